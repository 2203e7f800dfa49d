"""Liveness of joined participants across processes: each process marks the participants
bound to its live connections as seen; anyone unseen for the grace period has left."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from protocol.channels import ChannelKind
from storage.repositories import video as video_repo

from ..realtime.outbox import take_outbox
from . import rooms
from .sessions import announce_participant, cut_off
from .states import ParticipantEvent, next_participant_state

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


async def sweep(ctx: AppContext) -> int:
    """One pass: refresh this process's participants, drop the stale ones; returns how many
    were dropped. Their peers see them leave; a rejoin after this starts afresh."""
    now = ctx.clock.now()
    async with ctx.sessionmaker() as db:
        async with db.begin():
            await video_repo.touch(db, live_video_connections(ctx), now)
            stale = await video_repo.list_stale(db, now - ctx.settings.video.grace)
            for p in stale:
                session = await video_repo.get(db, p.session_id)
                assert session is not None
                p.state = next_participant_state(p.state, ParticipantEvent.DROP)
                cut_off(db, session, p)
                await rooms.kick(session, p, ctx.settings.video)
                announce_participant(db, session, p)
        await ctx.hub.flush(take_outbox(db))
    return len(stale)


async def keep_video(ctx: AppContext) -> None:
    """Sweep three times per grace period (every 5 s by default), for the server's life."""
    interval = max(ctx.settings.video.grace.total_seconds() / 3, 0.1)
    while True:
        await asyncio.sleep(interval)
        try:
            await sweep(ctx)
        except Exception:  # the database away for a moment: try again next time
            logger.warning("video upkeep failed; retrying", exc_info=True)
