"""Events and webinars (issue 22): schedule, change and cancel one; the list of upcoming
events; registration, the waiting list and its promotion; the organiser's registrants.

Every answer is the policy's (``decide_event``, ``decide_event_plan``): an event outside the
asker's audience answers as one that does not exist (``NotFound("no such event")``, the same
bytes), and scheduling for a group or twinspace one is not in answers as the spaces do.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import msgspec
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from protocol import event_api
from protocol.channels import Channel, ChannelKind
from protocol.errors import ErrorCode, FieldCode, FieldError, NotFound, ProtocolError
from protocol.event_payloads import PlacesNow, SeatNow
from protocol.events import EventName
from protocol.vocabulary import (
    TEACHER_ROLES,
    AccountKind,
    AccountStatus,
    AuditAction,
    EventAudience,
    EventState,
    Registration,
    Role,
    SpaceId,
    SpaceKind,
)
from storage.models import (
    Account,
    Event,
    EventLiveSession,
    EventRegistration,
    EventStagePlace,
    Membership,
)
from storage.repositories import audit as audit_repo
from storage.repositories import events as event_repo
from storage.repositories import spaces as space_repo

from ..policy import (
    EventAction,
    EventFacts,
    EventPlanFacts,
    decide_event,
    decide_event_plan,
    event_allowed,
)
from ..policy.event_rules import NO_SUCH_EVENT, is_etwinner
from .access import actor_of, enforce
from .context import RequestContext
from .event_calendar import calendar_file
from .outbox import outbox_of

#: The kind of space each audience names.
SPACE_OF: dict[EventAudience, SpaceKind] = {
    EventAudience.GROUP: SpaceKind.GROUP,
    EventAudience.TWINSPACE: SpaceKind.TWINSPACE,
}


def invalid(field: str, code: FieldCode, message: str) -> ProtocolError:
    return ProtocolError(
        message, code=ErrorCode.INVALID, fields=[FieldError(field=field, code=code)]
    )


def state_of(event: Event, now: dt.datetime) -> EventState:
    if event.cancelled_at is not None:
        return EventState.CANCELLED
    if now < event.starts_at:
        return EventState.SCHEDULED
    if now < event.ends_at:
        return EventState.LIVE
    return EventState.ENDED


@dataclass(frozen=True, slots=True)
class Seen:
    """An event the asker may act on, with what its answer shows."""

    event: Event
    facts: EventFacts
    speakers: list[Account]


def facts_of(
    account_id: int,
    now: dt.datetime,
    event: Event,
    speakers: list[Account],
    membership: Membership | None,
    registered: bool = False,
    space_archived: bool = False,
    session_live: bool = False,
    on_stage: bool = False,
) -> EventFacts:
    muted = (
        membership is not None
        and membership.muted_until is not None
        and membership.muted_until > now
    )
    return EventFacts(
        audience=event.audience,
        country=event.country,
        role=membership.role if membership is not None else None,
        organiser=event.organiser_id == account_id,
        speaker=any(speaker.id == account_id for speaker in speakers),
        state=state_of(event, now),
        registered=registered,
        space_archived=space_archived,
        muted=muted,
        session_live=session_live,
        on_stage=on_stage,
    )


async def event_facts(
    db: AsyncSession, account_id: int, event: Event, now: dt.datetime
) -> EventFacts:
    """One event as this account stands with it (the facts ``decide_event`` asks for)."""
    facts, _ = await facts_and_speakers(db, account_id, event, now)
    return facts


async def facts_and_speakers(
    db: AsyncSession, account_id: int, event: Event, now: dt.datetime
) -> tuple[EventFacts, list[Account]]:
    speakers = (await event_repo.speakers(db, [event.id]))[event.id]
    roles = await event_repo.roles_in(
        db, account_id, [event.space_id] if event.space_id is not None else []
    )
    entry = await event_repo.registration(db, event.id, account_id)
    registered = entry is not None and entry.state is Registration.REGISTERED
    membership = roles.get(event.space_id or 0)
    space = await space_repo.get(db, event.space_id) if event.space_id is not None else None
    archived = space is not None and space.archived_at is not None
    live = await db.get(EventLiveSession, event.id)
    session_live = live is not None and live.ended_at is None
    place = await db.get(EventStagePlace, (event.id, account_id)) if session_live else None
    facts = facts_of(
        account_id,
        now,
        event,
        speakers,
        membership,
        registered,
        archived,
        session_live=session_live,
        on_stage=place is not None and place.on_stage,
    )
    return facts, speakers


async def load_event(
    req: RequestContext, event_id: int, action: EventAction, *, for_update: bool = False
) -> Seen:
    """An event the asker may act on so: NotFound for a missing one or one outside the
    asker's audience (the same answer), Forbidden for a refusal."""
    session = req.db
    event = await event_repo.get(session, event_id, for_update=for_update)
    if event is None:
        enforce(decide_event(actor_of(req.actor), action, None), NO_SUCH_EVENT)
        raise NotFound(NO_SUCH_EVENT)
    facts, speakers = await facts_and_speakers(session, req.actor.id, event, req.now)
    enforce(decide_event(actor_of(req.actor), action, facts), NO_SUCH_EVENT)
    return Seen(event=event, facts=facts, speakers=speakers)


# -- what an answer shows ------------------------------------------------------------------------


def person(account: Account) -> event_api.PersonOut:
    return event_api.PersonOut(id=account.id, display_name=account.display_name)


async def live_facts(
    db: AsyncSession, account_id: int, ids: list[int]
) -> tuple[set[int], set[int]]:
    """Of these events, those whose session runs, and those where the account is promoted."""
    if not ids:
        return set(), set()
    running = set(
        await db.scalars(
            select(EventLiveSession.event_id).where(
                EventLiveSession.event_id.in_(ids), EventLiveSession.ended_at.is_(None)
            )
        )
    )
    staged = set(
        await db.scalars(
            select(EventStagePlace.event_id).where(
                EventStagePlace.event_id.in_(running),
                EventStagePlace.account_id == account_id,
                EventStagePlace.on_stage,
            )
        )
    )
    return running, staged


def full_facts(
    facts: EventFacts,
    entry: EventRegistration | None,
    running: set[int],
    staged: set[int],
    event_id: int,
) -> EventFacts:
    """The facts with the asker's place and the session's state (the list reads its
    candidates without them)."""
    return dataclasses.replace(
        facts,
        registered=entry is not None and entry.state is Registration.REGISTERED,
        session_live=event_id in running,
        on_stage=event_id in staged,
    )


async def outs(req: RequestContext, seen: list[Seen]) -> list[event_api.EventOut]:
    """The events as the asker sees them, with counts, the asker's own standing and what
    the asker may do (the policy's ``event_allowed``)."""
    session = req.db
    ids = [item.event.id for item in seen]
    counts = await event_repo.counts(session, ids)
    mine = await event_repo.registrations_of(session, req.actor.id, ids)
    running, staged = await live_facts(session, req.actor.id, ids)
    who = actor_of(req.actor)
    organisers = await event_repo.accounts(
        session, {item.event.organiser_id for item in seen if item.event.organiser_id}
    )
    answers = []
    for item in seen:
        event = item.event
        count = counts.get(event.id, event_repo.Counts())
        entry = mine.get(event.id)
        position = None
        if entry is not None and entry.state is Registration.WAITING:
            position = await event_repo.waiting_position(session, entry)
        organiser = organisers.get(event.organiser_id or 0)
        facts = full_facts(item.facts, entry, running, staged, event.id)
        answers.append(
            event_api.EventOut(
                id=event.id,
                title=event.title,
                description=event.description,
                language=event.language,
                audience=event.audience,
                space_id=event.space_id,
                country=event.country,
                organiser=person(organiser) if organiser is not None else None,
                speakers=[person(speaker) for speaker in item.speakers],
                starts_at=event.starts_at,
                ends_at=event.ends_at,
                duration_minutes=round((event.ends_at - event.starts_at).total_seconds() / 60),
                capacity=event.capacity,
                registered=count.registered,
                waiting=count.waiting,
                state=item.facts.state,
                my_registration=entry.state if entry is not None else Registration.NONE,
                my_waiting_position=position,
                organising=item.facts.organiser,
                allowed=event_allowed(who, facts, entered=entry is not None),
            )
        )
    return answers


async def out(req: RequestContext, seen: Seen) -> event_api.EventOut:
    return (await outs(req, [seen]))[0]


# -- scheduling ---------------------------------------------------------------------------------


async def plan_facts(req: RequestContext, body: event_api.CreateEvent) -> EventPlanFacts | None:
    """The audience asked for, as the asker stands in it; None: no such group or twinspace
    (or a space of another kind), which the policy conceals."""
    if body.audience is EventAudience.ETWINNERS:
        if body.space_id is not None:
            raise invalid("space_id", FieldCode.UNKNOWN, "an event for every eTwinner has no space")
        return EventPlanFacts(audience=body.audience, role=None)
    if body.space_id is None:
        raise invalid("space_id", FieldCode.REQUIRED, "a group's or twinspace's event names it")
    space = await space_repo.get(req.db, body.space_id)
    if space is None or space.kind is not SPACE_OF[body.audience]:
        return None
    membership = await space_repo.get_membership(req.db, space.id, req.actor.id)
    return EventPlanFacts(
        audience=body.audience,
        role=membership.role if membership is not None else None,
        archived=space.archived_at is not None,
    )


def check_start(starts_at: dt.datetime, now: dt.datetime) -> None:
    if starts_at <= now:
        raise invalid("starts_at", FieldCode.TOO_SMALL, "an event starts in the future")


async def check_speakers(
    req: RequestContext, audience: EventAudience, space_id: int | None, wanted: list[int]
) -> list[int]:
    """The speakers, once each in the order given: validated eTwinners, and for a group's or
    twinspace's event its teachers (members who may see what its audience writes). Any other
    id is refused on its own field (``speakers.2``: ``choice``), as one that does not exist."""
    unique = list(dict.fromkeys(wanted))
    found = await event_repo.accounts(req.db, unique)
    roles: dict[int, Role] = {}
    if space_id is not None:
        for account_id in unique:
            membership = await space_repo.get_membership(req.db, space_id, account_id)
            if membership is not None:
                roles[account_id] = membership.role
    errors = []
    for index, account_id in enumerate(wanted):
        account = found.get(account_id)
        etwinner = (
            account is not None
            and account.kind is AccountKind.TEACHER
            and account.status is AccountStatus.ACTIVE
        )
        if etwinner and space_id is not None:
            etwinner = roles.get(account_id) in TEACHER_ROLES
        if not etwinner:
            errors.append(FieldError(field=f"speakers.{index}", code=FieldCode.CHOICE))
    if errors:
        raise ProtocolError(
            "speakers are eTwinners (of the group or twinspace)",
            code=ErrorCode.INVALID,
            fields=errors,
        )
    return unique


def audit(req: RequestContext, event: Event, action: AuditAction, reason: str = "") -> None:
    audit_repo.record(
        req.db,
        now=req.now,
        action=action,
        actor_id=req.actor.id,
        space_id=event.space_id,
        reason=reason,
        details={"event_id": event.id, "title": event.title},
    )


async def create_event(req: RequestContext, body: event_api.CreateEvent) -> event_api.EventOut:
    """An eTwinner for every eTwinner, a national admin for its country's, a group's owners
    and moderators for the group, a twinspace's teachers for the twinspace."""
    session, actor, now = req.db, req.actor, req.now
    enforce(decide_event_plan(actor_of(actor), await plan_facts(req, body)))
    check_start(body.starts_at, now)
    speakers = await check_speakers(req, body.audience, body.space_id, body.speakers)
    national = actor.kind is AccountKind.NATIONAL_ADMIN
    event = Event(
        audience=body.audience,
        space_id=body.space_id,
        country=actor.country if national else None,
        organiser_id=actor.id,
        title=body.title,
        description=body.description,
        language=body.language,
        starts_at=body.starts_at,
        ends_at=body.starts_at + dt.timedelta(minutes=body.duration_minutes),
        capacity=body.capacity,
        created_at=now,
        updated_at=now,
    )
    session.add(event)
    await session.flush()
    await event_repo.set_speakers(session, event.id, speakers)
    audit(req, event, AuditAction.EVENT_CREATED)
    await session.flush()
    return await show_event(req, event.id)


async def show_event(req: RequestContext, event_id: int) -> event_api.EventOut:
    return await out(req, await load_event(req, event_id, EventAction.SEE_EVENT))


async def update_event(
    req: RequestContext, event_id: int, body: event_api.UpdateEvent
) -> event_api.EventOut:
    """The organiser's changes. More places give the first on the waiting list theirs;
    fewer take no place back (who registered keeps it; the list waits for the count to fall)."""
    session, now = req.db, req.now
    seen = await load_event(req, event_id, EventAction.EDIT_EVENT, for_update=True)
    event = seen.event
    if body.starts_at is not None and body.starts_at != event.starts_at:
        check_start(body.starts_at, now)
    if body.speakers is not None:
        speakers = await check_speakers(req, event.audience, event.space_id, body.speakers)
        await event_repo.set_speakers(session, event.id, speakers)
    duration = event.ends_at - event.starts_at
    if body.duration_minutes is not None:
        duration = dt.timedelta(minutes=body.duration_minutes)
    if body.starts_at is not None:
        event.starts_at = body.starts_at
    event.ends_at = event.starts_at + duration
    for name in ("title", "description", "language", "capacity"):
        value = getattr(body, name)
        if value is not None:
            setattr(event, name, value)
    event.updated_at = now
    await session.flush()
    promoted = await promote(req, event)
    if promoted or body.capacity is not None:
        await announce_places(session, event, [], promoted)
    audit(req, event, AuditAction.EVENT_UPDATED)
    await session.flush()
    return await show_event(req, event.id)


async def cancel_event(
    req: RequestContext, event_id: int, body: event_api.CancelEvent
) -> event_api.EventOut:
    """Cancelled, not deleted: its page says so, its registrants and questions stay."""
    session, now = req.db, req.now
    seen = await load_event(req, event_id, EventAction.CANCEL_EVENT, for_update=True)
    seen.event.cancelled_at = now
    seen.event.updated_at = now
    audit(req, seen.event, AuditAction.EVENT_CANCELLED, body.reason)
    await session.flush()
    return await show_event(req, event_id)


# -- the list ------------------------------------------------------------------------------------


def encode_cursor(cursor: event_repo.Cursor) -> str:
    raw = msgspec.json.encode([cursor.starts_at.isoformat(), cursor.event_id])
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(text: str) -> event_repo.Cursor:
    """A cursor this server handed out; ``invalid`` for anything else."""
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        at, event_id = msgspec.json.decode(raw, type=tuple[str, int])
        when = dt.datetime.fromisoformat(at)
    except (binascii.Error, msgspec.DecodeError, msgspec.ValidationError, ValueError) as error:
        raise invalid("cursor", FieldCode.FORMAT, "not a cursor of the events") from error
    if when.tzinfo is None:
        raise invalid("cursor", FieldCode.FORMAT, "not a cursor of the events")
    return event_repo.Cursor(starts_at=when, event_id=event_id)


async def upcoming(req: RequestContext, cursor: str | None, limit: int) -> event_api.EventPage:
    """The events not over yet that the asker may see, by start, a page at a time. The query
    finds the candidates; the policy decides each one again."""
    session, actor, now = req.db, req.actor, req.now
    after = decode_cursor(cursor) if cursor else None
    who = actor_of(actor)
    viewer = event_repo.Viewer(
        account_id=actor.id,
        etwinner=is_etwinner(who),
        country=actor.country,
        include_spaces=actor.status is AccountStatus.ACTIVE,
    )
    rows = list(await event_repo.upcoming(session, viewer, now, after, limit + 1))
    page, more = rows[:limit], len(rows) > limit
    speakers = await event_repo.speakers(session, [event.id for event in page])
    roles = await event_repo.roles_in(
        session, actor.id, {event.space_id for event in page if event.space_id is not None}
    )
    seen = []
    for event in page:
        membership = roles.get(event.space_id or 0)
        facts = facts_of(actor.id, now, event, speakers[event.id], membership)
        if decide_event(who, EventAction.SEE_EVENT, facts).allowed:
            seen.append(Seen(event=event, facts=facts, speakers=speakers[event.id]))
    next_cursor = None
    if more:
        last = page[-1]
        next_cursor = encode_cursor(event_repo.Cursor(last.starts_at, last.id))
    return event_api.EventPage(events=await outs(req, seen), next_cursor=next_cursor)


# -- places --------------------------------------------------------------------------------------


def seat_channel(event_id: int, account_id: int) -> str:
    """``seat:EVENT:ACCOUNT``: one person's own place at the event (only they follow it)."""
    return Channel(ChannelKind.SEAT, SpaceId(event_id), account_id).name


async def announce_places(
    db: AsyncSession,
    event: Event,
    changed: Sequence[tuple[Account, EventRegistration | None]],
    promoted: Sequence[EventRegistration] = (),
) -> None:
    """Registrations changed: the counts once on ``qa:EVENT`` (everyone who sees the event
    sees them in its answer), and each person's own standing on their ``seat`` channel and
    the organiser's (who reads the registrants; nobody else learns who registered).
    ``changed``: each person and their entry now (None: gave it back); ``promoted``: the
    entries that moved up from the waiting list."""
    count = (await event_repo.counts(db, [event.id])).get(event.id, event_repo.Counts())
    outbox = outbox_of(db)
    places = PlacesNow(
        event_id=event.id,
        capacity=event.capacity,
        registered=count.registered,
        waiting=count.waiting,
    )
    outbox.event(Channel(ChannelKind.QA, SpaceId(event.id)).name, EventName.EVENT_PLACES, places)
    people = await event_repo.accounts(db, {entry.account_id for entry in promoted})
    moved = [(people[e.account_id], e, True) for e in promoted if e.account_id in people]
    for account, entry, moved_up in [*((a, e, False) for a, e in changed), *moved]:
        position = None
        if entry is not None and entry.state is Registration.WAITING:
            position = await event_repo.waiting_position(db, entry)
        seat = SeatNow(
            event_id=event.id,
            account_id=account.id,
            display_name=account.display_name,
            state=entry.state if entry is not None else Registration.NONE,
            waiting_position=position,
            from_waiting_list=moved_up,
        )
        outbox.event(seat_channel(event.id, account.id), EventName.REGISTRATION_CHANGED, seat)
        if event.organiser_id is not None and event.organiser_id != account.id:
            channel = seat_channel(event.id, event.organiser_id)
            outbox.event(channel, EventName.REGISTRATION_CHANGED, seat)


async def promote(req: RequestContext, event: Event) -> list[EventRegistration]:
    """Give free places to the first on the waiting list, in the order they came. The
    caller holds the event's row (``for_update``), so two promotions never hand out the
    same place."""
    session = req.db
    count = (await event_repo.counts(session, [event.id])).get(event.id, event_repo.Counts())
    free = event.capacity - count.registered
    if free <= 0 or count.waiting == 0:
        return []
    promoted = list(await event_repo.first_waiting(session, event.id, free))
    for entry in promoted:
        entry.state = Registration.REGISTERED
        entry.placed_at = req.now
    await session.flush()
    return promoted


async def register(req: RequestContext, event_id: int) -> event_api.EventOut:
    """A place while there is one, else the end of the waiting list; again: the same."""
    session, actor, now = req.db, req.actor, req.now
    # The event's row is held: two racing registrations for the last place would each count
    # it free under READ COMMITTED; the second now waits and counts the first.
    seen = await load_event(req, event_id, EventAction.REGISTER, for_update=True)
    event = seen.event
    if await event_repo.registration(session, event.id, actor.id) is None:
        count = (await event_repo.counts(session, [event.id])).get(event.id, event_repo.Counts())
        placed = count.registered < event.capacity and count.waiting == 0
        entry = EventRegistration(
            event_id=event.id,
            account_id=actor.id,
            state=Registration.REGISTERED if placed else Registration.WAITING,
            created_at=now,
            placed_at=now if placed else None,
        )
        session.add(entry)
        await session.flush()
        await announce_places(session, event, [(actor, entry)])
    return await out(req, seen)


async def unregister(req: RequestContext, event_id: int) -> None:
    """Give one's place (or one's turn) back; the first who waits gets the place. With
    nothing to give back: the same answer."""
    session, actor = req.db, req.actor
    seen = await load_event(req, event_id, EventAction.UNREGISTER, for_update=True)
    entry = await event_repo.registration(session, seen.event.id, actor.id)
    if entry is None:
        return
    await session.delete(entry)
    await session.flush()
    promoted = []
    if entry.state is Registration.REGISTERED:
        promoted = await promote(req, seen.event)
    await announce_places(session, seen.event, [(actor, None)], promoted)


async def registrants(req: RequestContext, event_id: int) -> event_api.RegistrantsOut:
    """Who holds a place and who waits, in order: the organiser's lists."""
    seen = await load_event(req, event_id, EventAction.LIST_REGISTRANTS)

    async def listed(state: Registration) -> list[event_api.RegistrantOut]:
        rows = await event_repo.registrants(req.db, seen.event.id, state)
        return [
            event_api.RegistrantOut(
                account_id=account.id,
                display_name=account.display_name,
                at=entry.created_at,
                placed_at=entry.placed_at,
            )
            for entry, account in rows
        ]

    return event_api.RegistrantsOut(
        registered=await listed(Registration.REGISTERED),
        waiting=await listed(Registration.WAITING),
    )


async def calendar(req: RequestContext, event_id: int, site: str) -> tuple[bytes, str]:
    """The event's iCalendar file and a file name for it (whoever sees the event)."""
    seen = await load_event(req, event_id, EventAction.SEE_EVENT)
    return calendar_file(seen.event, site, req.now), f"event-{seen.event.id}.ics"
