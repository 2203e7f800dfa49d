"""Timed mutes that ran out (issue 10): finding them, and claiming each once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from protocol.video import VideoSessionState

from ..models import Membership, VideoParticipant, VideoSession

#: Mutes handled in one pass at most; the rest wait for the next one (default 200).
BATCH = 200


async def due(session: AsyncSession, now: dt.datetime) -> Sequence[Membership]:
    """Memberships whose mute has run out and is not yet lifted (a read: cheap when none)."""
    result = await session.execute(
        select(Membership)
        .where(Membership.muted_until.is_not(None), Membership.muted_until <= now)
        .order_by(Membership.muted_until, Membership.id)
        .limit(BATCH)
    )
    return result.scalars().all()


async def claim(session: AsyncSession, membership_id: int, now: dt.datetime) -> bool:
    """Clear one run-out mute; False if another process (or a teacher's new mute) came first.
    The conditional UPDATE is the claim: with PostgreSQL's row lock the second waits, then
    finds the condition false."""
    result = await session.execute(
        update(Membership)
        .where(
            Membership.id == membership_id,
            Membership.muted_until.is_not(None),
            Membership.muted_until <= now,
        )
        .values(muted_until=None)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def space_muted_places(
    session: AsyncSession, space_id: int, account_id: int
) -> Sequence[tuple[VideoSession, VideoParticipant]]:
    """The member's places force-muted by its space mute, in the space's sessions not ended
    (present or not: someone who left keeps their row and would rejoin still muted)."""
    result = await session.execute(
        select(VideoSession, VideoParticipant)
        .join(VideoParticipant, VideoParticipant.session_id == VideoSession.id)
        .where(
            VideoSession.space_id == space_id,
            VideoSession.state != VideoSessionState.ENDED,
            VideoParticipant.account_id == account_id,
            VideoParticipant.force_muted.is_(True),
            VideoParticipant.space_muted.is_(True),
        )
        .order_by(VideoParticipant.id)
        .with_for_update(of=VideoParticipant)
    )
    return [(s, p) for s, p in result.all()]
