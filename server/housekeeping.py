"""Periodic upkeep of stored state that nothing else removes."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.repositories import auth_sessions as session_repo
from storage.repositories import mutes as mute_repo
from storage.repositories import password_resets as reset_repo

from .clock import Clock
from .config import PrivacySettings
from .services import audit_retention, event_live, event_recordings
from .services import chat as chat_service
from .services.mute_expiry import lift_expired
from .services.outbox import take_outbox

if TYPE_CHECKING:
    from .context import AppContext

logger = logging.getLogger("twinspace.housekeeping")
mutes_logger = logging.getLogger("twinspace.mutes")

#: Seconds between purges of expired sessions (default 10 minutes). Expired sessions already
#: answer 401; purging only keeps the table small.
PURGE_INTERVAL_S = 600.0


async def purge_expired_sessions(
    sessionmaker: async_sessionmaker[AsyncSession], clock: Clock
) -> int:
    async with sessionmaker() as db, db.begin():
        purged = await session_repo.delete_expired(db, clock.now())
        # Password-reset links past their expiry open nothing; only the table shrinks.
        await reset_repo.delete_stale(db, clock.now())
        return purged


async def purge_expired_chat(sessionmaker: async_sessionmaker[AsyncSession], clock: Clock) -> int:
    """Chat messages past their space's retention (issue 10), removed for good and audited."""
    async with sessionmaker() as db, db.begin():
        return await chat_service.purge_expired(db, clock.now())


async def purge_expired_audit(
    sessionmaker: async_sessionmaker[AsyncSession], clock: Clock, limits: PrivacySettings
) -> int:
    """Audit entries past their space's retention (issue 9), deleted for good."""
    async with sessionmaker() as db, db.begin():
        return await audit_retention.purge_expired(db, clock.now(), limits)


async def keep_house(
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: Clock,
    privacy: PrivacySettings | None = None,
) -> None:
    """Run forever (until cancelled at shutdown); a failed round is logged and retried."""
    while True:
        await asyncio.sleep(PURGE_INTERVAL_S)
        try:
            purged = await purge_expired_sessions(sessionmaker, clock)
            if purged:
                logger.info("purged %d expired sessions", purged)
            expired = await purge_expired_chat(sessionmaker, clock)
            if expired:
                logger.info("removed %d chat messages past their retention", expired)
            audit = await purge_expired_audit(sessionmaker, clock, privacy or PrivacySettings())
            if audit:
                logger.info("deleted %d audit entries past their retention", audit)
        except Exception:
            logger.warning("housekeeping failed; retrying later", exc_info=True)


# -- timed mutes that ran out (issue 10; the work is services/mute_expiry.py) ----------

#: Seconds between two passes on each process (default 1 s): how late, at most, a mute that
#: ran out is announced and the microphone released. A pass with nothing due is one read.
LIFT_INTERVAL_S = 1.0


async def lift_once(ctx: AppContext) -> int:
    """One pass in its own transaction, its events flushed to the broker after the commit.
    A pass with nothing due is one read that takes no lock: on SQLite the write transaction,
    every second on every process, queued for the write lock behind every writer."""
    async with ctx.reader() as db:
        if not await mute_repo.due(db, ctx.clock.now()):
            return 0
    async with ctx.sessionmaker() as db:
        async with db.begin():
            lifted = await lift_expired(db, ctx.clock.now(), ctx.settings.video)
        await ctx.hub.flush(take_outbox(db))
    return lifted


async def keep_lifting(ctx: AppContext, interval: float = LIFT_INTERVAL_S) -> None:
    """Run for the server's life; a failed pass (the database away) is retried next time."""
    while True:
        await asyncio.sleep(interval)
        try:
            lifted = await lift_once(ctx)
            if lifted:
                mutes_logger.info("lifted %d mutes that ran out", lifted)
        except Exception:
            mutes_logger.warning("lifting mutes that ran out failed; retrying", exc_info=True)


#: Seconds between looks for recordings to process (issue 22's webinar).
RECORDING_INTERVAL_S = 2.0
recordings_logger = logging.getLogger("twinspace.recordings")


async def process_recordings(ctx: AppContext) -> int:
    """Process the takes Janus finished recording into the events' recordings: one
    transaction per take (its row held, so another process skips it)."""
    base = ctx.settings.video.janus_recordings_dir
    if base is None:
        return 0
    done = 0
    while True:
        async with ctx.sessionmaker() as db:
            async with db.begin():
                takes = await event_recordings.pending(db, limit=1)
                if not takes:
                    return done
                [take] = takes
                try:
                    made = await event_recordings.process(take, base, ctx.blobs)
                except Exception as exc:  # a broken file: recorded, not retried forever
                    recordings_logger.warning("recording take %s failed: %s", take.id, exc)
                    take.failure, take.processed_at = str(exc)[:500], ctx.clock.now()
                    event_recordings.announce_processed(db, take, 0)
                else:
                    event_recordings.record_made(db, take, made, ctx.clock.now())
            # Committed: the event's open pages list the take now (recording.processed).
            await ctx.hub.flush(take_outbox(db))
        done += 1


async def keep_recording(ctx: AppContext, interval: float = RECORDING_INTERVAL_S) -> None:
    """Run for the server's life; a failed pass (the database away) is retried next time."""
    while True:
        await asyncio.sleep(interval)
        try:
            await process_recordings(ctx)
        except Exception:
            recordings_logger.warning("processing recordings failed; retrying", exc_info=True)


# -- webinars past their event (issue 22; the work is services/event_live.end_overdue) -------

#: Seconds between two looks for sessions to end on each process (default 5 s): how late, at
#: most, past ``event_live.LIVE_GRACE`` a session ends. A pass with nothing due is one read.
LIVE_END_INTERVAL_S = 5.0
webinar_logger = logging.getLogger("twinspace.webinar")


async def end_overdue_once(ctx: AppContext) -> list[int]:
    """One pass in its own transaction, its announcements flushed to the broker after the
    commit; the events whose sessions it ended."""
    if ctx.settings.video.janus_url is None:
        return []  # no SFU: no session was ever started
    async with ctx.sessionmaker() as db:
        async with db.begin():
            ended = await event_live.end_overdue(db, ctx.clock.now(), ctx.settings.video)
        await ctx.hub.flush(take_outbox(db))
    return ended


async def keep_ending(ctx: AppContext, interval: float = LIVE_END_INTERVAL_S) -> None:
    """Run for the server's life; a failed pass (Janus or the database away) is retried."""
    while True:
        await asyncio.sleep(interval)
        try:
            ended = await end_overdue_once(ctx)
            if ended:
                webinar_logger.info("ended the sessions of events %s, past their end", ended)
        except Exception:
            webinar_logger.warning(
                "ending sessions past their event failed; retrying", exc_info=True
            )
