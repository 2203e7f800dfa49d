"""The session sweep's question to the database, on both backends and past one SQLite batch:
which of these sessions still run, and what is each account's status now."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from loadtest.sweep_bench import NOW, seed
from protocol.vocabulary import AccountStatus
from storage.models import Account
from storage.repositories.auth_sessions import STANDING_BATCH, standing

#: More than one SQLite batch, so that the batches' answers are put together.
PEOPLE = STANDING_BATCH + 37


async def test_standing_answers_for_every_pair_past_one_batch(
    database_url: str, db: async_sessionmaker[AsyncSession]
) -> None:
    pairs = await seed(database_url, PEOPLE)  # every tenth session expired a second ago
    accounts = [account for _, account in pairs]
    suspended = set(accounts[::11])
    async with db() as session, session.begin():
        await session.execute(
            update(Account).where(Account.id.in_(suspended)).values(status=AccountStatus.SUSPENDED)
        )
    gone = max(session_id for session_id, _ in pairs) + 1000  # a session no longer there

    async with db() as session:
        live, statuses = await standing(session, [*pairs, (gone, accounts[0])], NOW)

    assert live == {session_id for n, (session_id, _) in enumerate(pairs) if n % 10 != 0}
    assert statuses == {
        account: AccountStatus.SUSPENDED if account in suspended else AccountStatus.ACTIVE
        for account in accounts
    }


async def test_standing_of_nothing_asks_nothing(db: async_sessionmaker[AsyncSession]) -> None:
    async with db() as session:
        assert await standing(session, [], NOW) == (set(), {})
