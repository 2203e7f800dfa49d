"""The durable outbox: announcements committed with their change, until they are published.

Rows are written by ``server/services/outbox.py`` inside the committing transaction; these
functions read and delete them. Like every repository they never commit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence

from sqlalchemy import delete, func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from ..dialect import on_postgresql
from ..models import OutboxMessage

#: PostgreSQL advisory lock held by the one process sweeping at a time (any constant will do,
#: the same in every process): rows of one channel are then republished in id order.
SWEEP_LOCK_ID = 0x7453574F  # "tSWO"


async def take_sweep_lock(session: AsyncSession) -> bool:
    """Become the one sweeper of this transaction (PostgreSQL); False if another process is.

    SQLite has one writer at a time anyway (every transaction begins IMMEDIATE)."""
    if not on_postgresql(session):
        return True
    result = await session.execute(
        text("SELECT pg_try_advisory_xact_lock(:id)"), {"id": SWEEP_LOCK_ID}
    )
    return bool(result.scalar_one())


async def any_stale(session: AsyncSession, created_before: dt.datetime) -> bool:
    """Whether any row was written before ``created_before`` (a read, no lock taken)."""
    result = await session.execute(
        select(OutboxMessage.id).where(OutboxMessage.created_at < created_before).limit(1)
    )
    return result.first() is not None


async def claim_stale(
    session: AsyncSession, created_before: dt.datetime, limit: int
) -> Sequence[OutboxMessage]:
    """The oldest rows written before ``created_before``, locked for this transaction
    (``FOR UPDATE SKIP LOCKED`` on PostgreSQL: a row another transaction is deleting or
    sweeping is passed over, never waited for)."""
    result = await session.execute(
        select(OutboxMessage)
        .where(OutboxMessage.created_at < created_before)
        .order_by(OutboxMessage.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    return result.scalars().all()


async def delete_ids(session: AsyncSession, ids: Collection[int], *, relaxed: bool = False) -> int:
    """Forget published rows; returns how many were still there.

    ``relaxed``: on PostgreSQL, commit this transaction without waiting for its WAL flush
    (``synchronous_commit = off``; only for a transaction that does nothing else). A deletion
    lost in a crash costs nothing: a sweep finds the row, the broker knows its token, nothing
    is sent twice. It saves each request's share of a second durable commit."""
    if not ids:
        return 0
    if relaxed and on_postgresql(session):
        await session.execute(text("SET LOCAL synchronous_commit = off"))
    result = await session.execute(delete(OutboxMessage).where(OutboxMessage.id.in_(ids)))
    return int(getattr(result, "rowcount", 0) or 0)


async def count(session: AsyncSession) -> int:
    """How many rows wait (a figure for tests and the operator)."""
    result = await session.execute(select(func.count()).select_from(OutboxMessage))
    return int(result.scalar_one())
