"""The operator's queries: finding accounts, and a space's figures."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from protocol.vocabulary import AccountKind, AccountStatus

from ..models import Account, Base, Membership


async def find_accounts(
    session: AsyncSession,
    *,
    email: str | None = None,
    kind: AccountKind | None = None,
    status: AccountStatus | None = None,
    country: str | None = None,
    limit: int = 100,
) -> Sequence[Account]:
    """Accounts matching every filter given; ``email`` matches a part of the address."""
    query = select(Account)
    if email:
        escaped = email.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(Account.email.like(f"%{escaped}%", escape="\\"))
    if kind is not None:
        query = query.where(Account.kind == kind)
    if status is not None:
        query = query.where(Account.status == status)
    if country:
        query = query.where(Account.country == country.upper())
    result = await session.execute(query.order_by(Account.id).limit(limit))
    return result.scalars().all()


async def role_counts(session: AsyncSession, space_id: int) -> dict[str, int]:
    result = await session.execute(
        select(Membership.role, func.count())
        .where(Membership.space_id == space_id)
        .group_by(Membership.role)
    )
    return {str(role): int(count) for role, count in result.all()}


async def rows_per_table(session: AsyncSession, space_id: int) -> dict[str, int]:
    """Rows that belong to the space in every table with a ``space_id`` column (memberships,
    invitations, the audit log, and whatever forums, files and video add)."""
    counts: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        column = table.columns.get("space_id")
        if column is None:
            continue
        result = await session.execute(
            select(func.count()).select_from(table).where(column == space_id)
        )
        counts[table.name] = int(result.scalar_one())
    return counts
