"""The session sweep's question to the database, on both backends and past one SQLite batch:
which of these sessions still run, and what is each account's status now."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from protocol.vocabulary import AccountKind, AccountStatus
from storage.models import Account, AuthSession
from storage.repositories import accounts as account_repo
from storage.repositories.auth_sessions import STANDING_BATCH, standing

NOW = dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC)
#: More than one SQLite batch, so that the batches' answers are put together.
PEOPLE = STANDING_BATCH + 37


async def test_standing_answers_for_every_pair_past_one_batch(
    db: async_sessionmaker[AsyncSession],
) -> None:
    async with db() as session, session.begin():
        people = [
            account_repo.new(
                kind=AccountKind.TEACHER,
                status=AccountStatus.ACTIVE,
                display_name=f"Teacher {n}",
                now=NOW,
            )
            for n in range(PEOPLE)
        ]
        session.add_all(people)
        await session.flush()
        sessions = [
            AuthSession(
                token_hash=f"{n:064x}",
                csrf_hash=f"{n:064x}",
                account_id=person.id,
                created_at=NOW,
                # Every seventh one expired a second ago.
                expires_at=NOW + dt.timedelta(seconds=-1 if n % 7 == 0 else 3600),
            )
            for n, person in enumerate(people)
        ]
        session.add_all(sessions)
        await session.flush()
        suspended = {people[n].id for n in range(0, PEOPLE, 11)}
        await session.execute(
            update(Account).where(Account.id.in_(suspended)).values(status=AccountStatus.SUSPENDED)
        )
        pairs = [(s.id, s.account_id) for s in sessions]
        gone = max(s.id for s in sessions) + 1000  # a session no longer there
        pairs.append((gone, people[0].id))

    async with db() as session:
        live, statuses = await standing(session, pairs, NOW)

    assert live == {s.id for n, s in enumerate(sessions) if n % 7 != 0}
    assert statuses == {
        p.id: AccountStatus.SUSPENDED if p.id in suspended else AccountStatus.ACTIVE for p in people
    }


async def test_standing_of_nothing_asks_nothing(db: async_sessionmaker[AsyncSession]) -> None:
    async with db() as session:
        assert await standing(session, [], NOW) == (set(), {})
