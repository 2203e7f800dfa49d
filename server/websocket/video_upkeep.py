"""Liveness of video sessions across processes: each process marks the participants bound to
its live connections as seen; anyone unseen for the grace period has left; a session with
nobody joined in it for ``empty_after`` ends, with the reason ``empty``, as a teacher's end.

The same pass runs once at start-up, so sessions a dead process left behind (their people
unseen since it died) end as soon as a server is back, not never."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import TYPE_CHECKING

from protocol.channels import ChannelKind
from protocol.errors import InvariantBroken, TwinspaceError, present
from protocol.video import EndReason, ParticipantState, VideoSessionState
from protocol.vocabulary import AuditAction
from storage.repositories import video as video_repo

from ..services.outbox import take_outbox
from ..services.video import rooms
from ..services.video.moderation import end_for_all
from ..services.video.sessions import (
    announce_count,
    announce_participant,
    announce_session,
    audit,
    cut_off,
)
from ..services.video.states import ParticipantEvent, next_participant_state

if TYPE_CHECKING:
    from ..context import AppContext

logger = logging.getLogger("twinspace.video")


def live_video_connections(ctx: AppContext) -> list[str]:
    """Ids of this process's open connections subscribed to a video channel."""
    return [
        connection.id
        for connections in ctx.hub.connections_of.values()
        for connection in connections
        if connection.is_open
        and any(
            s.grant.channel.kind is ChannelKind.VIDEO for s in connection.subscriptions.values()
        )
    ]


async def release_connection(ctx: AppContext, connection_id: str) -> None:
    """A connection with a video subscription closed: signalling to its participants answers
    "reconnecting" until they join again, instead of going to a dead socket."""
    async with ctx.sessionmaker() as db, db.begin():
        await video_repo.release_connection(db, connection_id)


#: The audit entry's reason (and the ``moderated`` event's) for a session that ended empty.
EMPTY_REASON = "nobody was in the session"


async def sweep(ctx: AppContext) -> int:
    """One pass: refresh this process's participants, drop the stale ones, then end the
    sessions left empty (:func:`end_empty`); returns how many participants were dropped.
    Their peers see them leave; a rejoin after this starts afresh."""
    now = ctx.clock.now()
    async with ctx.sessionmaker() as db:
        async with db.begin():
            await video_repo.touch(db, live_video_connections(ctx), now)
            stale = await video_repo.list_stale(db, now - ctx.settings.video.grace)
            for p in stale:
                # A participant goes with its session (ON DELETE CASCADE).
                session = present(await video_repo.get(db, p.session_id), "a participant's session")
                p.state = next_participant_state(p.state, ParticipantEvent.DROP)
                cut_off(db, session, p)
                await rooms.kick(session, p, ctx.settings.video)
                announce_participant(db, session, p)
                await announce_count(db, session)
        await ctx.hub.flush(take_outbox(db))
    await end_empty(ctx)
    return len(stale)


async def end_empty(ctx: AppContext) -> list[int]:
    """End every session nobody has been in for ``empty_after``; the ids ended. Each in its
    own transaction: one whose SFU cannot be reached stays for the next pass (its room could
    not be closed), the others end."""
    now = ctx.clock.now()
    before = now - ctx.settings.video.empty_after
    async with ctx.sessionmaker() as db, db.begin():
        candidates = await video_repo.list_vacant(db, before)
    ended = []
    for session_id in candidates:
        try:
            if await end_if_empty(ctx, session_id, before):
                ended.append(session_id)
        except InvariantBroken:
            raise  # our bug, not the SFU's absence: the loop logs it
        except TwinspaceError:  # the SFU away: its room stays open, so does the session
            logger.warning("video session %d could not end yet", session_id, exc_info=True)
    return ended


async def end_if_empty(ctx: AppContext, session_id: int, before: dt.datetime) -> bool:
    """Lock the session, check again (a join, an admission or a teacher's end may have come
    in between: they lock the same row), and end it as a teacher's "end" would: everyone
    present removed and cut off, the SFU room destroyed, audited as the server's
    ``video.ended``, announced with the reason ``empty``."""
    now = ctx.clock.now()
    async with ctx.sessionmaker() as db:
        async with db.begin():
            session = await video_repo.get(db, session_id, for_update=True)
            if session is None or session.state is VideoSessionState.ENDED:
                return False
            everyone = list(await video_repo.list_participants(db, session_id, present_only=False))
            if any(
                p.state is ParticipantState.JOINED
                or p.created_at > before
                or (p.seen_at is not None and p.seen_at > before)
                for p in everyone
            ):
                return False
            present = [p for p in everyone if p.state in video_repo.PRESENT_STATES]
            await end_for_all(db, session, present, EndReason.EMPTY, now, ctx.settings.video)
            audit(db, now, AuditAction.VIDEO_ENDED, None, session, reason=EMPTY_REASON)
            announce_session(db, session, EndReason.EMPTY)
        await ctx.hub.flush(take_outbox(db))
    logger.info("video session %d ended: nobody was in it", session_id)
    return True


async def sweep_at_start(ctx: AppContext) -> None:
    """The first pass, as the server starts: sessions a dead process left end now if nobody
    has been seen in them for long enough (the others on the next passes)."""
    try:
        await sweep(ctx)
    except Exception:  # the database away: the periodic passes will do it
        logger.warning("video upkeep at start-up failed; retrying later", exc_info=True)


async def keep_video(ctx: AppContext) -> None:
    """Sweep three times per grace period (every 5 s by default), for the server's life."""
    interval = max(ctx.settings.video.grace.total_seconds() / 3, 0.1)
    while True:
        await asyncio.sleep(interval)
        try:
            await sweep(ctx)
        except Exception:  # the database away for a moment: try again next time
            logger.warning("video upkeep failed; retrying", exc_info=True)
