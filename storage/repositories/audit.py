"""The audit log: append and read, newest first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ..models import AuditEntry


def record(
    session: AsyncSession,
    *,
    now: dt.datetime,
    action: str,
    actor_id: int | None,
    space_id: int | None = None,
    target_account_id: int | None = None,
    reason: str = "",
    details: dict[str, Any] | None = None,
) -> AuditEntry:
    entry = AuditEntry(
        space_id=space_id,
        actor_id=actor_id,
        action=action,
        target_account_id=target_account_id,
        reason=reason,
        details=details or {},
        created_at=now,
    )
    session.add(entry)
    return entry


async def list_for_space(
    session: AsyncSession, space_id: int, *, before_id: int | None, limit: int
) -> Sequence[AuditEntry]:
    query = select(AuditEntry).where(AuditEntry.space_id == space_id)
    if before_id is not None:
        query = query.where(AuditEntry.id < before_id)
    result = await session.execute(query.order_by(AuditEntry.id.desc()).limit(limit))
    return result.scalars().all()


async def list_for_account(
    session: AsyncSession, account_id: int, *, limit: int = 100
) -> Sequence[AuditEntry]:
    result = await session.execute(
        select(AuditEntry)
        .where(AuditEntry.target_account_id == account_id)
        .order_by(AuditEntry.id.desc())
        .limit(limit)
    )
    return result.scalars().all()
