"""Password-reset links, stored by the hash of their secret."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from ..models import PasswordReset


def add(
    session: AsyncSession,
    *,
    account_id: int,
    token_hash: str,
    now: dt.datetime,
    lifetime: dt.timedelta,
) -> PasswordReset:
    reset = PasswordReset(
        token_hash=token_hash, account_id=account_id, created_at=now, expires_at=now + lifetime
    )
    session.add(reset)
    return reset


async def take(session: AsyncSession, token_hash: str, now: dt.datetime) -> int | None:
    """Mark the unused, unexpired link of this hash used; the account it opens, or None.

    One UPDATE decides: of two requests racing with one link, only one sees a row changed.
    """
    result = await session.execute(
        update(PasswordReset)
        .where(
            PasswordReset.token_hash == token_hash,
            PasswordReset.used_at.is_(None),
            PasswordReset.expires_at > now,
        )
        .values(used_at=now)
        .returning(PasswordReset.account_id)
    )
    return result.scalar_one_or_none()


async def forget_for_account(session: AsyncSession, account_id: int, now: dt.datetime) -> None:
    """Spend every other open link of the account (a new password makes them pointless)."""
    await session.execute(
        update(PasswordReset)
        .where(PasswordReset.account_id == account_id, PasswordReset.used_at.is_(None))
        .values(used_at=now)
    )


async def delete_stale(session: AsyncSession, now: dt.datetime) -> int:
    """Forget links past their expiry (used or not); returns how many."""
    result = await session.execute(delete(PasswordReset).where(PasswordReset.expires_at <= now))
    return int(getattr(result, "rowcount", 0) or 0)


async def newest(session: AsyncSession, account_id: int) -> PasswordReset | None:
    result = await session.execute(
        select(PasswordReset)
        .where(PasswordReset.account_id == account_id)
        .order_by(PasswordReset.id.desc())
        .limit(1)
    )
    return result.scalar_one_or_none()
