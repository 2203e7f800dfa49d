"""Guest invitation links."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ..models import Invitation


async def find_by_token_hash(session: AsyncSession, token_hash: str) -> Invitation | None:
    # FOR UPDATE on PostgreSQL, so two guests cannot both take the last use of a link.
    result = await session.execute(
        select(Invitation).where(Invitation.token_hash == token_hash).with_for_update()
    )
    return result.scalar_one_or_none()


async def get_in_space(
    session: AsyncSession, space_id: int, invitation_id: int
) -> Invitation | None:
    result = await session.execute(
        select(Invitation).where(Invitation.id == invitation_id, Invitation.space_id == space_id)
    )
    return result.scalar_one_or_none()


async def list_for_space(session: AsyncSession, space_id: int) -> Sequence[Invitation]:
    result = await session.execute(
        select(Invitation).where(Invitation.space_id == space_id).order_by(Invitation.id)
    )
    return result.scalars().all()
