"""Video sessions and participants."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import exists, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from protocol.video import ParticipantState, VideoSessionState

from ..models import VideoParticipant, VideoSession

#: Participants who hold a place in the session (may subscribe to its channel).
PRESENT_STATES = (ParticipantState.LOBBY, ParticipantState.ADMITTED, ParticipantState.JOINED)


async def get(
    session: AsyncSession, session_id: int, *, for_update: bool = False
) -> VideoSession | None:
    query = select(VideoSession).where(VideoSession.id == session_id)
    if for_update:
        query = query.with_for_update()
    result = await session.execute(query)
    return result.scalar_one_or_none()


async def list_open(
    session: AsyncSession, space_id: int, *, for_update: bool = False
) -> Sequence[VideoSession]:
    """The space's sessions that have not ended, oldest first (locked with ``for_update``,
    in id order, so two callers locking them all never deadlock)."""
    query = (
        select(VideoSession)
        .where(VideoSession.space_id == space_id, VideoSession.state != VideoSessionState.ENDED)
        .order_by(VideoSession.id)
    )
    if for_update:
        query = query.with_for_update().execution_options(populate_existing=True)
    result = await session.execute(query)
    return result.scalars().all()


async def get_participant(
    session: AsyncSession, session_id: int, account_id: int
) -> VideoParticipant | None:
    result = await session.execute(
        select(VideoParticipant).where(
            VideoParticipant.session_id == session_id, VideoParticipant.account_id == account_id
        )
    )
    return result.scalar_one_or_none()


async def get_participant_by_id(
    session: AsyncSession, session_id: int, participant_id: int
) -> VideoParticipant | None:
    result = await session.execute(
        select(VideoParticipant).where(
            VideoParticipant.session_id == session_id, VideoParticipant.id == participant_id
        )
    )
    return result.scalar_one_or_none()


async def list_participants(
    session: AsyncSession, session_id: int, *, present_only: bool = True
) -> Sequence[VideoParticipant]:
    query = select(VideoParticipant).where(VideoParticipant.session_id == session_id)
    if present_only:
        query = query.where(VideoParticipant.state.in_(PRESENT_STATES))
    result = await session.execute(query.order_by(VideoParticipant.id))
    return result.scalars().all()


async def count_joined(session: AsyncSession, session_id: int) -> int:
    joined = await list_participants(session, session_id)
    return sum(1 for p in joined if p.state is not ParticipantState.LOBBY)


async def touch(session: AsyncSession, connection_ids: Sequence[str], now: dt.datetime) -> None:
    """Mark the participants bound to these live connections as seen now."""
    if not connection_ids:
        return
    await session.execute(
        update(VideoParticipant)
        .where(
            VideoParticipant.connection_id.in_(connection_ids),
            VideoParticipant.state == ParticipantState.JOINED,
        )
        .values(seen_at=now)
    )


async def release_connection(session: AsyncSession, connection_id: str) -> None:
    """The connection closed: its joined participants keep their place (the grace period) but
    are bound to no connection until they join again."""
    await session.execute(
        update(VideoParticipant)
        .where(
            VideoParticipant.connection_id == connection_id,
            VideoParticipant.state == ParticipantState.JOINED,
        )
        .values(connection_id=None)
    )


async def list_stale(session: AsyncSession, before: dt.datetime) -> Sequence[VideoParticipant]:
    """Joined participants whose connection nobody has seen alive since ``before``."""
    result = await session.execute(
        select(VideoParticipant).where(
            VideoParticipant.state == ParticipantState.JOINED,
            VideoParticipant.seen_at < before,
        )
    )
    return result.scalars().all()


async def list_vacant(session: AsyncSession, before: dt.datetime) -> Sequence[int]:
    """Ids of the sessions that have not ended, have no joined participant, and showed no
    sign of life after ``before``: started by then, and no participant came (created), was
    seen joined or left after it. Unlocked: the caller locks each and checks again."""
    joined = exists().where(
        VideoParticipant.session_id == VideoSession.id,
        VideoParticipant.state == ParticipantState.JOINED,
    )
    recent = exists().where(
        VideoParticipant.session_id == VideoSession.id,
        or_(VideoParticipant.created_at > before, VideoParticipant.seen_at > before),
    )
    result = await session.execute(
        select(VideoSession.id)
        .where(
            VideoSession.state != VideoSessionState.ENDED,
            VideoSession.created_at <= before,
            ~joined,
            ~recent,
        )
        .order_by(VideoSession.id)
    )
    return result.scalars().all()
