"""Attendance of an event (issue 22): who followed it live and for how long.

The webinar's own video session is not built yet, so following the event's live Q&A
(``qa:EVENT``) while the event runs is what counts: a stretch opens when a connection
subscribes before or during the event and closes when it unsubscribes or the socket closes.
Stretches are cut to the event's start and end when listed, so one opened early counts from
the start, and one left open by a process that died ends with the event. The WebSocket edge
calls :func:`joined` and :func:`left`, and :func:`announce_change` coalesced; the organiser
reads :func:`attendance`, again at each ``event.attendance`` on their seat.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from protocol import event_api
from protocol.event_payloads import AttendanceNow
from protocol.events import EventName
from protocol.vocabulary import EventState
from storage.models import Account, Event, EventAttendance
from storage.repositories import events as event_repo

from ..policy import EventAction
from .context import RequestContext
from .events import load_event, seat_channel, state_of
from .outbox import outbox_of

#: The states in which following the event may become attendance.
FOLLOWABLE = frozenset({EventState.SCHEDULED, EventState.LIVE})


async def joined(
    db: AsyncSession, event_id: int, account_id: int, connection: str, now: dt.datetime
) -> None:
    """A connection began following the event: a stretch opens unless the event is over or
    cancelled. One opened before the start counts from the start (the listing cuts it):
    whoever opens the page early and stays attended, and one who leaves before counts not."""
    event = await event_repo.get(db, event_id)
    if event is None or state_of(event, now) not in FOLLOWABLE:
        return
    db.add(
        EventAttendance(
            event_id=event_id, account_id=account_id, connection_id=connection, joined_at=now
        )
    )
    await db.flush()


async def left(db: AsyncSession, event_ids: list[int], connection: str, now: dt.datetime) -> None:
    """The connection stopped following these events: its open stretches close now."""
    if not event_ids:
        return
    await db.execute(
        update(EventAttendance)
        .where(
            EventAttendance.event_id.in_(event_ids),
            EventAttendance.connection_id == connection,
            EventAttendance.left_at.is_(None),
        )
        .values(left_at=now)
        .execution_options(synchronize_session=False)
    )


async def announce_change(db: AsyncSession, event: Event, now: dt.datetime) -> None:
    """Someone began or stopped following the event (the WebSocket edge's coalesced loop
    calls this at most once a window): while it runs, ``event.attendance`` on the
    organiser's own seat, the only reader of the attendance, whose page reads it again."""
    if event.organiser_id is None or state_of(event, now) is not EventState.LIVE:
        return
    following = await db.scalar(
        select(func.count(func.distinct(EventAttendance.account_id))).where(
            EventAttendance.event_id == event.id, EventAttendance.left_at.is_(None)
        )
    )
    outbox_of(db).event(
        seat_channel(event.id, event.organiser_id),
        EventName.EVENT_ATTENDANCE,
        AttendanceNow(event_id=event.id, following=int(following or 0)),
    )


async def attendance(req: RequestContext, event_id: int) -> list[event_api.AttendeeOut]:
    """Each person who followed the event live: first joined, last left, and the time in it
    (overlapping tabs counted once), the longest first."""
    seen = await load_event(req, event_id, EventAction.READ_ATTENDANCE)
    event = seen.event
    rows = await req.db.execute(
        select(EventAttendance, Account)
        .join(Account, Account.id == EventAttendance.account_id)
        .where(EventAttendance.event_id == event.id)
        .order_by(EventAttendance.account_id, EventAttendance.joined_at)
    )
    stretches: dict[int, list[tuple[dt.datetime, dt.datetime]]] = {}
    names: dict[int, str] = {}
    for stretch, account in rows:
        start = max(stretch.joined_at, event.starts_at)
        end = min(stretch.left_at or req.now, event.ends_at)
        if end > start:
            stretches.setdefault(account.id, []).append((start, end))
            names[account.id] = account.display_name
    people = []
    for account_id, spans in stretches.items():
        total = dt.timedelta()
        covered_to: dt.datetime | None = None
        for start, end in sorted(spans):
            if covered_to is not None and start < covered_to:
                start = covered_to
            if end > start:
                total += end - start
            covered_to = end if covered_to is None else max(covered_to, end)
        people.append(
            event_api.AttendeeOut(
                account_id=account_id,
                display_name=names[account_id],
                first_joined_at=min(start for start, _ in spans),
                last_left_at=max(end for _, end in spans),
                seconds=int(total.total_seconds()),
            )
        )
    people.sort(key=lambda person: (-person.seconds, person.display_name))
    return people
