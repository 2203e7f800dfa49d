"""Events and webinars (issue 22): events, their speakers and registrations. Never commits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from sqlalchemy import and_, delete, false, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from protocol.vocabulary import EventAudience, QuestionState, Registration

from ..models import (
    Account,
    Event,
    EventQuestion,
    EventQuestionVote,
    EventRegistration,
    EventSpeaker,
    Membership,
)


async def get(session: AsyncSession, event_id: int, *, for_update: bool = False) -> Event | None:
    """One event; ``for_update`` locks its row until the transaction ends (PostgreSQL; SQLite
    serialises writers anyway), so that two racing registrations for the last place queue
    instead of each counting the same free place."""
    query = select(Event).where(Event.id == event_id)
    if for_update:
        query = query.with_for_update()
    return (await session.execute(query)).scalar_one_or_none()


async def speakers(session: AsyncSession, event_ids: Collection[int]) -> dict[int, list[Account]]:
    """Each event's speakers in their given order."""
    found: dict[int, list[Account]] = {event_id: [] for event_id in event_ids}
    if not event_ids:
        return found
    rows = await session.execute(
        select(EventSpeaker.event_id, Account)
        .join(Account, Account.id == EventSpeaker.account_id)
        .where(EventSpeaker.event_id.in_(event_ids))
        .order_by(EventSpeaker.event_id, EventSpeaker.position)
    )
    for event_id, account in rows:
        found[event_id].append(account)
    return found


async def set_speakers(session: AsyncSession, event_id: int, account_ids: Sequence[int]) -> None:
    await session.execute(delete(EventSpeaker).where(EventSpeaker.event_id == event_id))
    for position, account_id in enumerate(account_ids):
        session.add(EventSpeaker(event_id=event_id, account_id=account_id, position=position))


@dataclass(frozen=True, slots=True)
class Counts:
    registered: int = 0
    waiting: int = 0


async def counts(session: AsyncSession, event_ids: Collection[int]) -> dict[int, Counts]:
    """How many hold a place at each event and how many wait."""
    if not event_ids:
        return {}
    rows = await session.execute(
        select(EventRegistration.event_id, EventRegistration.state, func.count())
        .where(EventRegistration.event_id.in_(event_ids))
        .group_by(EventRegistration.event_id, EventRegistration.state)
    )
    found: dict[int, dict[Registration, int]] = {}
    for event_id, state, count in rows:
        found.setdefault(event_id, {})[state] = count
    return {
        event_id: Counts(
            registered=by_state.get(Registration.REGISTERED, 0),
            waiting=by_state.get(Registration.WAITING, 0),
        )
        for event_id, by_state in found.items()
    }


async def registration(
    session: AsyncSession, event_id: int, account_id: int
) -> EventRegistration | None:
    return (
        await session.execute(
            select(EventRegistration).where(
                EventRegistration.event_id == event_id, EventRegistration.account_id == account_id
            )
        )
    ).scalar_one_or_none()


async def registrations_of(
    session: AsyncSession, account_id: int, event_ids: Collection[int]
) -> dict[int, EventRegistration]:
    """The asker's registration at each of these events that has one."""
    if not event_ids:
        return {}
    rows = await session.scalars(
        select(EventRegistration).where(
            EventRegistration.account_id == account_id,
            EventRegistration.event_id.in_(event_ids),
        )
    )
    return {row.event_id: row for row in rows}


async def waiting_position(session: AsyncSession, entry: EventRegistration) -> int:
    """1 for the first on the waiting list."""
    ahead = await session.scalar(
        select(func.count())
        .select_from(EventRegistration)
        .where(
            EventRegistration.event_id == entry.event_id,
            EventRegistration.state == Registration.WAITING,
            EventRegistration.id < entry.id,
        )
    )
    return int(ahead or 0) + 1


async def registrants(
    session: AsyncSession, event_id: int, state: Registration
) -> Sequence[tuple[EventRegistration, Account]]:
    """Who holds a place (or waits), in the order they came."""
    rows = await session.execute(
        select(EventRegistration, Account)
        .join(Account, Account.id == EventRegistration.account_id)
        .where(EventRegistration.event_id == event_id, EventRegistration.state == state)
        .order_by(EventRegistration.id)
    )
    return [(entry, account) for entry, account in rows]


async def first_waiting(
    session: AsyncSession, event_id: int, limit: int
) -> Sequence[EventRegistration]:
    """The first ``limit`` on the waiting list, in order (the next to get a place)."""
    rows = await session.scalars(
        select(EventRegistration)
        .where(
            EventRegistration.event_id == event_id,
            EventRegistration.state == Registration.WAITING,
        )
        .order_by(EventRegistration.id)
        .limit(limit)
    )
    return list(rows)


@dataclass(frozen=True, slots=True)
class Viewer:
    """What the list of upcoming events filters on: the asker and where they belong. The
    policy decides each event again; this only keeps the query to the candidates."""

    account_id: int
    etwinner: bool
    country: str | None
    #: The groups and twinspaces the asker is a member of (by the Membership table).
    include_spaces: bool


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where a page of upcoming events ends, in their order (start, then id)."""

    starts_at: dt.datetime
    event_id: int


async def upcoming(
    session: AsyncSession, viewer: Viewer, now: dt.datetime, after: Cursor | None, limit: int
) -> Sequence[Event]:
    """Events not over yet that may be the asker's to see, by start: for every eTwinner (of
    their country), of the asker's groups and twinspaces, organised or spoken at by them.
    Cancelled ones stay listed until their end, marked so."""
    mine = [
        Event.organiser_id == viewer.account_id,
        Event.id.in_(
            select(EventSpeaker.event_id).where(EventSpeaker.account_id == viewer.account_id)
        ),
    ]
    if viewer.etwinner:
        mine.append(
            and_(
                Event.audience == EventAudience.ETWINNERS,
                or_(Event.country.is_(None), Event.country == viewer.country),
            )
        )
    if viewer.include_spaces:
        mine.append(
            and_(
                Event.audience != EventAudience.ETWINNERS,
                Event.space_id.in_(
                    select(Membership.space_id).where(Membership.account_id == viewer.account_id)
                ),
            )
        )
    query = (
        select(Event)
        .where(Event.ends_at > now, or_(false(), *mine))
        .order_by(Event.starts_at, Event.id)
        .limit(limit)
    )
    if after is not None:
        query = query.where(
            or_(
                Event.starts_at > after.starts_at,
                and_(Event.starts_at == after.starts_at, Event.id > after.event_id),
            )
        )
    return list(await session.scalars(query))


async def roles_in(
    session: AsyncSession, account_id: int, space_ids: Collection[int]
) -> dict[int, Membership]:
    """The account's memberships in these spaces (the events' groups and twinspaces)."""
    if not space_ids:
        return {}
    rows = await session.scalars(
        select(Membership).where(
            Membership.account_id == account_id, Membership.space_id.in_(space_ids)
        )
    )
    return {row.space_id: row for row in rows}


async def accounts(session: AsyncSession, account_ids: Collection[int]) -> dict[int, Account]:
    if not account_ids:
        return {}
    rows = await session.scalars(select(Account).where(Account.id.in_(account_ids)))
    return {row.id: row for row in rows}


# -- the Q&A -------------------------------------------------------------------------------------


async def questions(
    session: AsyncSession, event_id: int, *, hidden: bool
) -> Sequence[tuple[EventQuestion, Account | None]]:
    """An event's questions, the most upvoted first, then the oldest; hidden ones only when
    asked for (the moderators')."""
    query = (
        select(EventQuestion, Account)
        .outerjoin(Account, Account.id == EventQuestion.author_id)
        .where(EventQuestion.event_id == event_id)
        .order_by(EventQuestion.votes.desc(), EventQuestion.id)
    )
    if not hidden:
        query = query.where(EventQuestion.state != QuestionState.HIDDEN)
    return [(question, author) for question, author in await session.execute(query)]


async def question(
    session: AsyncSession, event_id: int, question_id: int, *, for_update: bool = False
) -> EventQuestion | None:
    query = select(EventQuestion).where(
        EventQuestion.id == question_id, EventQuestion.event_id == event_id
    )
    if for_update:
        query = query.with_for_update()
    return (await session.execute(query)).scalar_one_or_none()


async def voted(session: AsyncSession, account_id: int, question_ids: Collection[int]) -> set[int]:
    if not question_ids:
        return set()
    rows = await session.scalars(
        select(EventQuestionVote.question_id).where(
            EventQuestionVote.account_id == account_id,
            EventQuestionVote.question_id.in_(question_ids),
        )
    )
    return set(rows)


async def add_vote(session: AsyncSession, question: EventQuestion, account_id: int) -> bool:
    """Count one upvote of this person; False if they had upvoted it already. The caller
    holds the question's row, so the count and the votes stay in step."""
    if await voted(session, account_id, [question.id]):
        return False
    session.add(EventQuestionVote(question_id=question.id, account_id=account_id))
    question.votes += 1
    await session.flush()
    return True
