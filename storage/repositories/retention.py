"""A space's retention setting, one row per space: the chat's and the audit log's."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from ..models import AuditSettings, ChatSettings

RetentionRow = TypeVar("RetentionRow", AuditSettings, ChatSettings)


async def put_retention(
    session: AsyncSession,
    model: type[RetentionRow],
    space_id: int,
    retention_days: int | None,
    now: dt.datetime,
) -> RetentionRow:
    """Create or update the space's row of ``model`` (None: the server's default)."""
    row = await session.get(model, space_id)
    if row is None:
        row = model(space_id=space_id, retention_days=retention_days, updated_at=now)
        session.add(row)
    else:
        row.retention_days = retention_days
        row.updated_at = now
    await session.flush()
    return row
