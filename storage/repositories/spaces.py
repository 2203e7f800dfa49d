"""Spaces and memberships."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from protocol.vocabulary import Role

from ..models import Account, Membership, Space


async def get(session: AsyncSession, space_id: int) -> Space | None:
    return await session.get(Space, space_id)


async def get_membership(
    session: AsyncSession, space_id: int, account_id: int
) -> Membership | None:
    result = await session.execute(
        select(Membership).where(
            Membership.space_id == space_id, Membership.account_id == account_id
        )
    )
    return result.scalar_one_or_none()


async def list_for_account(
    session: AsyncSession, account_id: int
) -> Sequence[tuple[Space, Membership]]:
    result = await session.execute(
        select(Space, Membership)
        .join(Membership, Membership.space_id == Space.id)
        .where(Membership.account_id == account_id)
        .order_by(Space.id)
    )
    return [(space, membership) for space, membership in result]


async def list_members(
    session: AsyncSession, space_id: int
) -> Sequence[tuple[Membership, Account]]:
    result = await session.execute(
        select(Membership, Account)
        .join(Account, Account.id == Membership.account_id)
        .where(Membership.space_id == space_id)
        .order_by(Membership.id)
    )
    return [(membership, account) for membership, account in result]


async def count_founders(session: AsyncSession, space_id: int) -> int:
    result = await session.execute(
        select(func.count())
        .select_from(Membership)
        .where(Membership.space_id == space_id, Membership.role == Role.FOUNDER)
    )
    return int(result.scalar_one())


async def delete_space(session: AsyncSession, space_id: int) -> None:
    # Memberships, invitations and the audit log go with it (ON DELETE CASCADE).
    await session.execute(delete(Space).where(Space.id == space_id))
