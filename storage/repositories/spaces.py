"""Spaces and memberships."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from sqlalchemy import delete, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from protocol.vocabulary import TEACHER_ROLES, Role

from ..models import Account, Membership, Space


async def get(session: AsyncSession, space_id: int, *, for_share: bool = False) -> Space | None:
    """The space; ``for_share`` holds its row (FOR SHARE) until the transaction ends: a
    change to it in flight (an archive) is waited for and then read, and a later one waits."""
    if for_share:
        return await session.get(
            Space, space_id, with_for_update={"read": True}, populate_existing=True
        )
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


async def member_with_account(
    session: AsyncSession, space_id: int, account_id: int
) -> tuple[Membership, Account] | None:
    """One member's membership and account (one query, by the memberships' unique key)."""
    result = await session.execute(
        select(Membership, Account)
        .join(Account, Account.id == Membership.account_id)
        .where(Membership.space_id == space_id, Membership.account_id == account_id)
    )
    row = result.first()
    return None if row is None else (row[0], row[1])


async def members_among(
    session: AsyncSession,
    space_id: int,
    account_ids: Collection[int],
    name_keys: Collection[str] = (),
) -> Sequence[tuple[int, Role, str]]:
    """(account id, role, display name) of the space's members who are one of
    ``account_ids`` or whose ``name_key`` is one of ``name_keys``: what a post, a thread page
    or a chat message involves. One query whose cost follows what is asked, not the space's
    size (the memberships' unique key and ``ix_accounts_name_key``); nothing is asked of the
    database when both are empty."""
    if not account_ids and not name_keys:
        return []
    wanted = []
    if account_ids:
        wanted.append(Membership.account_id.in_(sorted(account_ids)))
    if name_keys:
        wanted.append(Account.name_key.in_(sorted(name_keys)))
    result = await session.execute(
        select(Membership.account_id, Membership.role, Account.display_name)
        .join(Account, Account.id == Membership.account_id)
        .where(Membership.space_id == space_id, or_(*wanted))
    )
    return [(account_id, role, name) for account_id, role, name in result]


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


async def teaches(session: AsyncSession, teacher_id: int, pupil_id: int) -> bool:
    """Whether the teacher is a teacher of some space the pupil is a member of."""
    pupil_side = aliased(Membership)
    result = await session.execute(
        select(func.count())
        .select_from(Membership)
        .join(pupil_side, pupil_side.space_id == Membership.space_id)
        .where(
            Membership.account_id == teacher_id,
            Membership.role.in_(TEACHER_ROLES),
            pupil_side.account_id == pupil_id,
        )
    )
    return int(result.scalar_one()) > 0
