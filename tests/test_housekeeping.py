"""Expired sessions are purged; live ones stay."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from protocol.vocabulary import AccountKind, AccountStatus
from server.clock import FakeClock
from server.housekeeping import purge_expired_sessions
from server.services.accounts import open_session
from storage.models import AuthSession
from storage.repositories import accounts as account_repo


async def test_only_expired_sessions_are_purged(db: async_sessionmaker[AsyncSession]) -> None:
    clock = FakeClock()
    async with db() as session, session.begin():
        account = account_repo.new(
            kind=AccountKind.GUEST,
            status=AccountStatus.ACTIVE,
            display_name="Guest",
            now=clock.now(),
        )
        session.add(account)
        await session.flush()
        open_session(session, account, clock.now(), dt.timedelta(hours=1))
        open_session(session, account, clock.now(), dt.timedelta(days=2))
    clock.advance(dt.timedelta(hours=2))
    assert await purge_expired_sessions(db, clock) == 1
    async with db() as session:
        left = await session.execute(select(func.count()).select_from(AuthSession))
        assert left.scalar_one() == 1
