"""storage.database: URLs, engines, sessions and the readiness check, on both backends."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from protocol.vocabulary import AccountKind, AccountStatus
from storage.database import (
    check_database,
    create_engine,
    make_sessionmaker,
    migrate,
    normalize_url,
    read_only_sessions,
)
from storage.models import Account
from storage.repositories import accounts as account_repo

NOW = dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("url", "driver"),
    [
        ("sqlite:///data/twinspace.sqlite3", "sqlite+aiosqlite"),
        ("sqlite+aiosqlite:////abs/twinspace.sqlite3", "sqlite+aiosqlite"),
        ("postgresql://app:secret@db.example/twinspace", "postgresql+asyncpg"),
        ("postgres://app:secret@db.example/twinspace", "postgresql+asyncpg"),
        ("postgresql+asyncpg://app@db.example:6543/twinspace", "postgresql+asyncpg"),
    ],
)
def test_plain_urls_get_the_async_driver(url: str, driver: str) -> None:
    normalized = normalize_url(url)
    assert normalized.drivername == driver
    # Only the driver changes.
    assert normalized.set(drivername="x") == make_url(url).set(drivername="x")


def test_normalizing_keeps_everything_but_the_driver() -> None:
    url = normalize_url("postgres://app:s3cret@db.example:6543/twinspace?ssl=require")
    assert url.render_as_string(hide_password=False) == (
        "postgresql+asyncpg://app:s3cret@db.example:6543/twinspace?ssl=require"
    )


@pytest.mark.parametrize(
    "url",
    [
        "mysql://app:s3cret@db.example/twinspace",
        "sqlite+pysqlite:///twinspace.sqlite3",
        "postgresql+psycopg2://app:s3cret@db.example/twinspace",
    ],
)
def test_unsupported_scheme_is_a_clear_value_error(url: str) -> None:
    scheme = url.split(":", 1)[0]
    expected = re.escape(f"unsupported database URL scheme '{scheme}'")
    with pytest.raises(ValueError, match=expected) as info:
        create_engine(url)
    assert "sqlite:///" in str(info.value)
    assert "postgresql://" in str(info.value)
    assert "s3cret" not in str(info.value)


def test_unparseable_url_is_a_clear_value_error() -> None:
    with pytest.raises(ValueError, match="invalid database URL"):
        create_engine("twinspace.sqlite3")


async def test_sqlite_connections_enforce_foreign_keys_use_wal_and_wait_for_locks(
    tmp_path: Path,
) -> None:
    engine = create_engine(f"sqlite:///{tmp_path}/pragmas.sqlite3")
    try:
        async with engine.connect() as conn:
            assert (await conn.execute(text("PRAGMA foreign_keys"))).scalar() == 1
            assert (await conn.execute(text("PRAGMA journal_mode"))).scalar() == "wal"
            assert (await conn.execute(text("PRAGMA busy_timeout"))).scalar() == 5000
    finally:
        await engine.dispose()


async def test_check_database_answers_on_a_live_database(engine: AsyncEngine) -> None:
    await check_database(engine)


async def test_check_database_raises_when_the_server_is_down() -> None:
    # Port 1 on loopback: nothing listens there. (Not a SQLite file that cannot be opened:
    # aiosqlite 0.22 then leaves a stop request whose reply can outlive the event loop.)
    engine = create_engine("postgresql://postgres@127.0.0.1:1/twinspace")
    try:
        with pytest.raises(ConnectionRefusedError):
            await check_database(engine)
    finally:
        await engine.dispose()


def new_account(email: str) -> Account:
    return Account(
        kind=AccountKind.TEACHER,
        status=AccountStatus.ACTIVE,
        display_name=email.split("@")[0],
        email=email,
        created_at=NOW,
        status_changed_at=NOW,
    )


async def test_objects_stay_readable_after_commit(db: async_sessionmaker[AsyncSession]) -> None:
    async with db() as session, session.begin():
        account = new_account("ana@example.org")
        session.add(account)
    # expire_on_commit=False: no reload, so no implicit I/O outside the session.
    assert account.display_name == "ana"
    assert account.id is not None


async def test_concurrent_writers_all_commit(db: async_sessionmaker[AsyncSession]) -> None:
    # One session per task, as the server does; on SQLite the writers queue on the busy timeout.
    async def write(n: int) -> None:
        async with db() as session, session.begin():
            session.add(new_account(f"teacher{n}@example.org"))

    await asyncio.gather(*(write(n) for n in range(20)))
    async with db() as session:
        assert await session.scalar(select(func.count()).select_from(Account)) == 20


async def test_sqlite_read_modify_write_loses_no_update(tmp_path: Path) -> None:
    # The driver's default would run the SELECT outside the transaction (it only BEGINs before
    # a write), so concurrent increments would overwrite each other. BEGIN IMMEDIATE makes the
    # read and the write one transaction, and writers queue.
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path}/queue.sqlite3")
    try:
        await migrate(engine)
        sessions = make_sessionmaker(engine)
        async with sessions() as db, db.begin():
            account = account_repo.new(
                kind=AccountKind.GUEST,
                status=AccountStatus.ACTIVE,
                display_name="Counter",
                now=dt.datetime.now(dt.UTC),
            )
            db.add(account)
            await db.flush()
            account_id = account.id

        async def increment() -> None:
            async with sessions() as db, db.begin():
                counted = await db.get(Account, account_id)
                assert counted is not None
                name = counted.display_name
                await asyncio.sleep(0.02)
                counted.display_name = name + "+"

        await asyncio.gather(*(increment() for _ in range(5)))
        async with sessions() as db:
            final = await db.get(Account, account_id)
            assert final is not None
            assert final.display_name == "Counter+++++"
    finally:
        await engine.dispose()


async def test_sqlite_reading_sessions_refuse_writes_and_leave_the_pool_writable(
    tmp_path: Path,
) -> None:
    """A read-only session (every GET's) runs PRAGMA query_only: a write in it fails at once,
    never upgrading its snapshot; the pooled connection it used writes again for the next
    ordinary session."""
    engine = create_engine(f"sqlite:///{tmp_path}/reading.sqlite3")
    try:
        await migrate(engine)
        writers = make_sessionmaker(engine)
        readers = read_only_sessions(writers)
        with pytest.raises(OperationalError, match="readonly database"):
            async with readers() as session, session.begin():
                session.add(new_account("ana@example.org"))
        for n in range(3):  # each kind again on the one pooled connection
            async with writers() as session, session.begin():
                session.add(new_account(f"teacher{n}@example.org"))
            async with readers() as session, session.begin():
                count = await session.scalar(select(func.count()).select_from(Account))
            assert count == n + 1
    finally:
        await engine.dispose()


async def test_sqlite_reading_sessions_wait_for_no_writer(tmp_path: Path) -> None:
    """While another process holds the write lock, a read-only session reads (a snapshot);
    an ordinary one would wait out the busy timeout and fail "database is locked"."""
    path = tmp_path / "locked.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    try:
        await migrate(engine)
        readers = read_only_sessions(make_sessionmaker(engine))
        holder = sqlite3.connect(path, isolation_level=None)
        try:
            holder.execute("BEGIN IMMEDIATE")
            holder.execute("CREATE TABLE held (x)")  # the write lock, held
            async with readers() as session, session.begin():
                count = await session.scalar(select(func.count()).select_from(Account))
            assert count == 0
        finally:
            holder.execute("ROLLBACK")
            holder.close()
    finally:
        await engine.dispose()
