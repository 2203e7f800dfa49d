"""Signed-in sessions, stored by the hash of their token."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from ..models import Account, AuthSession


async def find_live(
    session: AsyncSession, token_hash: str, now: dt.datetime
) -> tuple[AuthSession, Account] | None:
    """The session and its account, or None if unknown or expired."""
    result = await session.execute(
        select(AuthSession, Account)
        .join(Account, Account.id == AuthSession.account_id)
        .where(AuthSession.token_hash == token_hash, AuthSession.expires_at > now)
    )
    row = result.one_or_none()
    return None if row is None else (row[0], row[1])


async def delete_by_id(session: AsyncSession, session_id: int) -> None:
    await session.execute(delete(AuthSession).where(AuthSession.id == session_id))


async def delete_for_account(session: AsyncSession, account_id: int) -> int:
    """End every session of an account (suspension, code reset); returns how many."""
    result = await session.execute(delete(AuthSession).where(AuthSession.account_id == account_id))
    return int(getattr(result, "rowcount", 0) or 0)


async def delete_expired(session: AsyncSession, now: dt.datetime) -> int:
    """Forget sessions past their expiry (they already answer 401); returns how many."""
    result = await session.execute(delete(AuthSession).where(AuthSession.expires_at <= now))
    return int(getattr(result, "rowcount", 0) or 0)
