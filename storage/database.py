"""Engines, sessions and migrations for SQLite (aiosqlite) and PostgreSQL (asyncpg).

The schema is owned by Alembic (storage/migrations); `migrate` runs it in-process over the
engine's own connection, so the server and the tests need no alembic.ini.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import event, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlalchemy.ext.asyncio import create_async_engine as _create_async_engine

from .text_match import register_sqlite_functions

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

#: How long (default 5 s) a SQLite writer waits for another writer's lock before the statement
#: fails with "database is locked". WAL lets readers run alongside the one writer meanwhile.
SQLITE_BUSY_TIMEOUT_MS = 5000

#: Execution option of an engine whose transactions only read (:func:`read_only_sessions`).
#: On SQLite they BEGIN DEFERRED: under WAL they take no lock at all, so a connect storm's
#: thousands of session checks neither queue for the one write lock nor hold it from writers.
READ_ONLY = "twinspace_read_only"
#: What the database raises when it is away, or busy past its waits (SQLite's busy timeout;
#: every pooled connection taken for the pool's whole wait, as in a connect storm): the
#: client is told to come back, not that the server failed. The edges map these (HTTP 503,
#: WebSocket ``unavailable``).
DATABASE_DOWN: tuple[type[Exception], ...] = (
    sa_exc.OperationalError,
    sa_exc.InterfaceError,
    sa_exc.TimeoutError,
)
#: Key of a SQLite connection's ``info``: whether its ``PRAGMA query_only`` is on.
QUERY_ONLY = "twinspace_query_only"

# Plain schemes (as operators and hosting platforms write them) mapped to our async drivers.
_ASYNC_DRIVERS = {
    "sqlite": "sqlite+aiosqlite",
    "sqlite+aiosqlite": "sqlite+aiosqlite",
    "postgresql": "postgresql+asyncpg",
    "postgres": "postgresql+asyncpg",
    "postgresql+asyncpg": "postgresql+asyncpg",
}

# Any constant works; it only has to be the same in every process that migrates.
_MIGRATION_LOCK_ID = 0x7457494E  # "tWIN"


def normalize_url(url: str) -> URL:
    """Parse a database URL and pick the async driver; ValueError says what is supported."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ValueError(
            "invalid database URL: expected sqlite:///PATH or postgresql://USER@HOST/DB"
        ) from None
    driver = _ASYNC_DRIVERS.get(parsed.drivername)
    if driver is None:
        # Only the scheme is echoed: the rest of the URL may hold a password.
        raise ValueError(
            f"unsupported database URL scheme {parsed.drivername!r}: use sqlite:///PATH "
            "(or sqlite+aiosqlite://) or postgresql://USER@HOST/DB (or postgresql+asyncpg://)"
        )
    return parsed.set(drivername=driver)


def create_engine(url: str) -> AsyncEngine:
    """An AsyncEngine for `url`; SQLite gets foreign keys, WAL and a busy timeout.

    PostgreSQL connections that the server closed are replaced when taken from the pool
    (:func:`_replace_closed`): after a database restart or a killed backend the pool still
    holds them, and the first request on each would fail (tests/test_faults_postgres.py).
    SQLite has no server to lose.
    """
    parsed = normalize_url(url)
    sqlite = parsed.get_backend_name() == "sqlite"
    # Parameters (e-mail addresses, names, hashes) stay out of error messages and logs.
    engine = _create_async_engine(parsed, hide_parameters=True)
    if sqlite:
        event.listen(engine.sync_engine, "connect", _configure_sqlite)
        event.listen(engine.sync_engine, "begin", _begin_immediate)
    else:
        event.listen(engine.sync_engine, "checkout", _replace_closed)
    return engine


def _replace_closed(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
    """On checkout, a pooled connection whose server closed it (a restart, a backend killed
    by ``pg_terminate_backend`` or an idle timeout) is dropped and the pool hands out
    another. asyncpg learns of the close on the event loop, when the socket ends, so asking
    costs no round trip; ``pool_pre_ping`` cost three on every checkout (``BEGIN``, ``;``,
    ``ROLLBACK``), half of a WebSocket sign-in's ``authenticate`` (docs/benchmarks.md).

    Not caught: a server gone without closing its sockets (a host or network lost), whose
    first query fails after the socket timeout, as it did with the ping."""
    if dbapi_connection.driver_connection.is_closed():
        raise sa_exc.DisconnectionError("the database server closed this pooled connection")


def _begin_immediate(connection: Connection) -> None:
    read_only = bool(connection.get_execution_options().get(READ_ONLY))
    # query_only makes a write in a reading transaction fail at once ("attempt to write a
    # readonly database"), in the tests as in production, rather than upgrade the snapshot
    # to a write that may meet "database is locked". It belongs to the connection, which the
    # pool shares between both kinds of session, so it is set only when the kind changes.
    if connection.info.get(QUERY_ONLY, False) != read_only:
        connection.exec_driver_sql(f"PRAGMA query_only={int(read_only)}")
        connection.info[QUERY_ONLY] = read_only
    if read_only:
        # Reads only: a plain (deferred) BEGIN, a snapshot that waits for nobody. With
        # IMMEDIATE here too, 5,100 WebSocket sign-ins at once each took the write lock in
        # turn, past the busy timeout: "database is locked", sign-ins refused and housekeeping
        # failing (issue 24); and every GET queued behind every write.
        connection.exec_driver_sql("BEGIN")
        return
    # The sqlite3 driver on its own only BEGINs right before a write, so a transaction's reads
    # run outside it and a read-modify-write can lose a concurrent update. We start every
    # transaction ourselves, taking the write lock at once: writers queue (up to
    # busy_timeout) and each transaction sees a stable database. Transactions are kept short
    # (argon2 never runs inside one), so the queue moves fast.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def _configure_sqlite(dbapi_connection: Any, connection_record: Any) -> None:
    # SQLite leaves foreign keys off unless asked on every connection, and ON DELETE CASCADE
    # silently does nothing then.
    # The driver's own implicit BEGIN is turned off: _begin_immediate starts transactions.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS:d}")
    finally:
        cursor.close()
    # SQLite's lower() folds ASCII only: names and titles are matched in every script.
    register_sqlite_functions(dbapi_connection)


def make_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions whose objects stay readable after commit (no implicit reload I/O)."""
    return async_sessionmaker(engine, expire_on_commit=False)


def read_only_sessions(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> async_sessionmaker[AsyncSession]:
    """Sessions on the same engine (and pool) for work that only reads and never commits,
    such as checking a session token. On SQLite their transactions take no lock (see
    :data:`READ_ONLY`), and a write in one fails ("attempt to write a readonly database"), so
    nothing that writes may use them. On PostgreSQL they are ordinary sessions."""
    engine = sessionmaker.kw["bind"]
    if not isinstance(engine, AsyncEngine):
        raise TypeError(f"expected a sessionmaker bound to an AsyncEngine, got {engine!r}")
    return async_sessionmaker(engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False)


def alembic_config() -> Config:
    """Alembic configuration built in code: the migrations shipped inside this package."""
    config = Config()
    # ConfigParser interpolation would read a '%' in the path as a reference.
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    return config


@functools.cache
def head_revision() -> str | None:
    """The newest revision this version ships (read once: the scripts never change at run time)."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _upgrade(connection: Connection, revision: str) -> None:
    if connection.dialect.name == "postgresql":
        # Two processes starting together would both try to create the schema; the second
        # waits here and then finds nothing to do. Released when the transaction ends.
        connection.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _MIGRATION_LOCK_ID})
    if revision == "head" and _current_revision(connection) == head_revision():
        # Already there: Alembic's own upgrade would find nothing to do too, but only after
        # loading its environment and every script (70-140 ms, paid by each start and test).
        return
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


async def migrate(engine: AsyncEngine, revision: str = "head") -> None:
    """Upgrade the schema to `revision` in one transaction (atomic on PostgreSQL)."""
    async with engine.begin() as connection:
        await connection.run_sync(_upgrade, revision)


def _current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


async def current_revision(engine: AsyncEngine) -> str | None:
    """The schema's Alembic revision, or None for an empty database."""
    async with engine.connect() as connection:
        return await connection.run_sync(_current_revision)


async def check_database(engine: AsyncEngine) -> None:
    """Raise if the database cannot answer a trivial query (the readiness probe)."""
    async with engine.connect() as connection:
        await connection.execute(text("SELECT 1"))
