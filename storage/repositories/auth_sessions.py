"""Signed-in sessions, stored by the hash of their token."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import BigInteger, ColumnElement, any_, bindparam, delete, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from protocol.vocabulary import AccountStatus

from ..dialect import on_postgresql
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


#: Ids per query when checking many sessions at once on SQLite (well under its limit of
#: variables); PostgreSQL takes them all as one array.
STANDING_BATCH = 500


def one_of(
    column: InstrumentedAttribute[int], ids: list[int], *, as_array: bool
) -> ColumnElement[bool]:
    """``column IN ids``; ``as_array`` (PostgreSQL) as one array parameter (``= ANY(:ids)``):
    an expanding ``IN`` is rendered again with a parameter per id at every execution, which
    was 4 % of an idle server's CPU in the session sweep (docs/benchmarks.md)."""
    if as_array:
        return column == any_(bindparam(None, ids, type_=ARRAY(BigInteger)))
    return column.in_(ids)


async def standing(
    session: AsyncSession, pairs: Iterable[tuple[int, int]], now: dt.datetime
) -> tuple[set[int], dict[int, AccountStatus]]:
    """For (session id, account id) pairs: which sessions still exist unexpired, and each
    account's status (an account missing from the answer no longer exists)."""
    wanted = sorted(set(pairs))
    as_array = on_postgresql(session)
    batch_size = max(1, len(wanted)) if as_array else STANDING_BATCH
    live: set[int] = set()
    statuses: dict[int, AccountStatus] = {}
    for start in range(0, len(wanted), batch_size):
        batch = wanted[start : start + batch_size]
        sessions = await session.execute(
            select(AuthSession.id).where(
                one_of(AuthSession.id, [s for s, _ in batch], as_array=as_array),
                AuthSession.expires_at > now,
            )
        )
        live.update(sessions.scalars())
        accounts = await session.execute(
            select(Account.id, Account.status).where(
                one_of(Account.id, sorted({a for _, a in batch}), as_array=as_array)
            )
        )
        statuses.update({row[0]: row[1] for row in accounts})
    return live, statuses


async def delete_others(session: AsyncSession, account_id: int, keep_id: int) -> list[int]:
    """End every session of an account but one (a password change); returns their ids."""
    result = await session.execute(
        delete(AuthSession)
        .where(AuthSession.account_id == account_id, AuthSession.id != keep_id)
        .returning(AuthSession.id)
    )
    return list(result.scalars())
