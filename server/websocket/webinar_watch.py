"""The count watching of running webinars, announced to their moderators on ``stage:EVENT``
(issue 22), coalesced: the loop wakes when a connection starts or stops following an event,
waits out the window (``WATCH_WINDOW_S``) so that a burst of joins makes one announcement,
counts in the database (every process's viewers) and announces only a changed count. The
same pass tells the organiser's seat that the attendance changed (``event.attendance``).

Every process announces what it counted for the joins it saw: with several processes a
moderator may hear the same count more than once a window, at most once per process."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from protocol.events import EventName
from storage.repositories import events as event_repo

from ..realtime.watch_counts import WATCH_WINDOW_S
from ..services import event_attendance
from ..services.event_live import running, stage_channel, watching, watching_payload
from ..services.outbox import outbox_of, take_outbox

if TYPE_CHECKING:
    from ..context import AppContext

logger = logging.getLogger("twinspace.webinar")


async def announce_counts(ctx: AppContext, event_ids: set[int]) -> None:
    counts = ctx.watch_counts
    async with ctx.sessionmaker() as db:
        async with db.begin():
            for event_id in sorted(event_ids):
                event = await event_repo.get(db, event_id)
                if event is not None:  # the organiser's attendance list follows, session or not
                    await event_attendance.announce_change(db, event, ctx.clock.now())
                if event is None or await running(db, event_id) is None:
                    counts.last.pop(event_id, None)
                    continue
                count = await watching(db, event)
                if counts.last.get(event_id) == count:
                    continue
                counts.last[event_id] = count
                outbox_of(db).event(
                    stage_channel(event_id),
                    EventName.LIVE_WATCHING,
                    watching_payload(event_id, count),
                )
        await ctx.hub.flush(take_outbox(db))


async def keep_counting(ctx: AppContext, window_s: float = WATCH_WINDOW_S) -> None:
    counts = ctx.watch_counts
    while True:
        await counts.wake.wait()
        await asyncio.sleep(window_s)  # the coalescing window: later joins ride along
        try:
            await announce_counts(ctx, counts.take())
        except Exception:  # the database away for a moment: the next change counts again
            logger.exception("could not announce the count watching")
