"""A pupil's username taken by a concurrent class creation between its check and its insert:
another name is drawn, the class is created (before, the whole class answered 409)."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from protocol.vocabulary import AccountKind, AccountStatus
from server.services.members import store_with_a_free_username
from storage.models import Account
from storage.repositories import accounts as account_repo

NOW = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)
#: How long the test waits to see the first insert queue behind the other transaction's.
WAIT_S = 10.0


def pupil(name: str) -> Account:
    return account_repo.new(
        kind=AccountKind.PUPIL, status=AccountStatus.ACTIVE, display_name=name, now=NOW
    )


async def test_a_taken_username_leaves_the_transaction_usable(
    db: async_sessionmaker[AsyncSession],
) -> None:
    async with db() as session, session.begin():
        taken = pupil("Léa")
        taken.username = "lea.aaaa"
        session.add(taken)
    async with db() as session, session.begin():
        again = pupil("Léa")
        again.username = "lea.aaaa"
        assert not await account_repo.stored_once(session, again)
        other = pupil("Léa")
        other.username = "lea.bbbb"
        assert await account_repo.stored_once(session, other)
    async with db() as session:
        names = set((await session.execute(select(Account.username))).scalars())
    assert names == {"lea.aaaa", "lea.bbbb"}


# PostgreSQL only: SQLite runs one writer at a time, so there is no such race to lose there.
@pytest.mark.parametrize(
    "database_url", [pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True
)
async def test_a_name_taken_between_the_check_and_the_insert_is_drawn_again(
    db: async_sessionmaker[AsyncSession],
) -> None:
    drawn = iter(("aaaa", "bbbb"))
    async with db() as other, other.begin():
        # Another teacher's class holds lea.aaaa, inserted and not yet committed: invisible
        # to the check below, and the insert of the same name waits for this transaction.
        first = pupil("Léa")
        first.username = "lea.aaaa"
        other.add(first)
        await other.flush()

        async def create() -> str:
            async with db() as session, session.begin():
                return await store_with_a_free_username(
                    session, pupil("Léa"), "Léa", suffix=lambda: next(drawn)
                )

        creating = asyncio.create_task(create())
        await waits_for_a_lock(db)
        await other.commit()
        assert await creating == "lea.bbbb"


async def waits_for_a_lock(db: async_sessionmaker[AsyncSession]) -> None:
    """Until another backend waits on a lock (the second insert of lea.aaaa). Each look in a
    new transaction: a transaction sees pg_stat_activity as it was at its first look."""
    async with asyncio.timeout(WAIT_S):
        while True:
            async with db() as look:
                waiting = await look.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity "
                        "WHERE wait_event_type = 'Lock' AND pid <> pg_backend_pid()"
                    )
                )
                if waiting.scalar_one():
                    return
            await asyncio.sleep(0.05)
