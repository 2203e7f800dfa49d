"""Which database a session talks to, for the few statements that differ between PostgreSQL
and SQLite (advisory locks, arrays as parameters): asked here, not spelled out in each
repository."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession


def on_postgresql(session: AsyncSession) -> bool:
    """Whether ``session`` is bound to PostgreSQL (otherwise it is the embedded SQLite)."""
    return session.get_bind().dialect.name == "postgresql"
