"""Shared fixtures: a database on each backend (SQLite, PostgreSQL) and a Redis database.

PostgreSQL and Redis are real services on loopback. Without them the tests that need them are
skipped with the command that starts them, except under CI=true, where they fail: CI must
never pass by skipping.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import dataclasses
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Coroutine, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import pytest
import redis.asyncio
import redis.exceptions
from sqlalchemy import exc as sa_exc
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from loadtest.ceph import ACCESS_KEY, SECRET_KEY, CephS3, S3ServerFailed, missing_binaries
from server.blobs.s3 import S3BlobStore
from server.blobs.target import S3Target
from storage.database import create_engine, make_sessionmaker, migrate, normalize_url
from tests import command_runner, cpu_report, media_lock
from tests.cluster_support import RedisClusterServer
from tests.frozen_heap import FrozenHeap
from tests.hang_report import HangReport
from tests.support import PrivateRedis, free_port
from tests.xdist_groups import GroupNames

# httpx's in-process transport asks `import sniffio` on every request (to tell trio from
# asyncio). sniffio is not installed here, so each request searched the whole import path
# again and failed: about 1 ms of CPU per request, tens of seconds over the suite's in-process
# requests. Marked absent once, the import fails at once, with the same answer (asyncio).
sys.modules.setdefault("sniffio", None)  # type: ignore[arg-type]

#: Server for the PostgreSQL tests; their databases (twinspace_test_*) are created through it.
POSTGRES_URL = os.environ.get(
    "TWINSPACE_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
)
#: Database 15, never 0: it is flushed before and after each test. Under pytest-xdist only the
#: first worker uses it; each other worker gets a redis-server of its own (see pytest_configure).
REDIS_URL = os.environ.get("TWINSPACE_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
#: How long to wait for a service to answer before calling it unreachable.
SERVICE_TIMEOUT_S = 5.0

T = TypeVar("T")

START_POSTGRES = "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start"
START_REDIS = "redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save ''"


def service_unavailable(reason: str) -> NoReturn:
    """Skip for a developer without the service; fail under CI, where it must be there."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true, so this is a failure, not a skip)", pytrace=False)
    pytest.skip(reason)


# Why a redis-server per xdist worker rather than a database number per worker: pub/sub channels
# and keyspace notifications are global to a Redis server, not per database, and every worker's
# tests publish on the same channel names (space 1's channels, ...). Two workers on one server
# would hear each other's events. The first worker keeps the configured server (the machine's
# real one on 6379); the others start their own on a free loopback port, killed at the end.
_worker_redis: subprocess.Popen[bytes] | None = None


def pytest_configure(config: pytest.Config) -> None:
    global REDIS_URL, _worker_redis
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    cpu_report.register(config)
    config.pluginmanager.register(FrozenHeap(), "twinspace-frozen-heap")
    config.pluginmanager.register(HangReport(), "twinspace-hang-report")
    if worker is not None:
        config.pluginmanager.register(GroupNames(), "twinspace-xdist-group-names")
    media_lock.register(config)
    binary = shutil.which("redis-server")
    if worker in (None, "gw0") or binary is None:
        return
    port = free_port()
    command = [binary, "--port", str(port), "--bind", "127.0.0.1"]
    command += ["--save", "", "--appendonly", "no"]
    # Gone with the worker even when pytest_unconfigure is never reached (a killed run left
    # one redis-server per worker behind): util-linux's setpriv asks for SIGTERM at our death.
    setpriv = shutil.which("setpriv")
    wrapper = [setpriv, "--pdeathsig", "TERM"] if setpriv else []
    _worker_redis = subprocess.Popen(
        [*wrapper, *command], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    REDIS_URL = f"redis://127.0.0.1:{port}/15"
    deadline = time.monotonic() + SERVICE_TIMEOUT_S
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.02)


def pytest_unconfigure(config: pytest.Config) -> None:
    command_runner.stop_forkserver()
    if _worker_redis is not None:
        _worker_redis.kill()
        _worker_redis.wait()


#: The fixtures that bring a real browser or a real Janus: a test using one is marked for it,
#: so `make test-fast` (`-m "not (browser or janus or multiprocess)"`) leaves it out without
#: each module having to remember a mark.
BROWSER_FIXTURES = frozenset({"site", "sfu_site"})
JANUS_FIXTURES = frozenset({"janus", "sfu_site", "sfu_world", "sfu_live"})


@pytest.hookimpl(tryfirst=True)  # before xdist's, which reads the xdist_group marks added here
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        if names & BROWSER_FIXTURES:
            item.add_marker(pytest.mark.browser)
        if names & JANUS_FIXTURES:
            item.add_marker(pytest.mark.janus)
        if uses_s3(item, names):
            item.add_marker(pytest.mark.xdist_group("s3"))
        if media_lock.is_media(item):
            # One worker runs them one after another: each waits for the machine to itself
            # anyway (tests/media_lock.py), and their rigs (Janus in a namespace) start once.
            item.add_marker(pytest.mark.xdist_group("media"))
    items[:] = slow_modules_first(items)


#: The fixtures that bring the S3-protocol server (a one-node Ceph with radosgw).
S3_FIXTURES = frozenset({"s3_server", "s3_bucket", "s3_target"})
#: Fixtures parametrized over the blob stores ("local", "s3").
STORE_CHOICES = ("blob_choice", "store")


def uses_s3(item: pytest.Item, names: set[str]) -> bool:
    """Whether the test runs on the S3 store. Such tests share one worker under `make test`
    (--dist loadgroup): the server is per worker session, and a Ceph monitor, OSD and radosgw
    on each of 4 workers cost more (about 20 s of starting each, and their daemons' CPU for
    the whole run) than the 130 tests take on one."""
    if names & S3_FIXTURES:
        return True
    params = getattr(getattr(item, "callspec", None), "params", {})
    return any(params.get(name) == "s3" for name in STORE_CHOICES)


def slow_modules_first(items: list[pytest.Item]) -> list[pytest.Item]:
    """The modules holding heavy tests first, then those holding media tests, then the rest,
    each module kept whole, otherwise in order.

    xdist hands tests out in collection order: a 60 s browser test collected last leaves the
    other workers idle while it runs, one collected first overlaps the thousands of quick ones.
    The media tests, which run while no heavy test does (tests/media_lock.py), come once the
    heavy ones are handed out, so that the other workers run quick tests beside them instead
    of waiting. Modules stay contiguous so that their module-scoped fixtures are set up once
    per worker.
    """
    media = {item.path for item in items if media_lock.is_media(item)}
    heavy = {item.path for item in items if media_lock.is_heavy(item)} - media

    def rank(item: pytest.Item) -> int:
        return 0 if item.path in heavy else 1 if item.path in media else 2

    return sorted(items, key=rank)


class Unreachable(Exception):
    """The test PostgreSQL server did not answer."""


def _postgres_unavailable(error: Unreachable) -> NoReturn:
    server = normalize_url(POSTGRES_URL)
    service_unavailable(
        f"PostgreSQL not reachable on {server.host}:{server.port or 5432} ({error}): "
        f"start it with `{START_POSTGRES}` or point TWINSPACE_TEST_POSTGRES_URL at another server"
    )


async def _admin(statement: str) -> None:
    """Run one statement outside a transaction on the test server (CREATE/DROP DATABASE)."""
    admin = create_engine(POSTGRES_URL)
    try:
        try:
            async with asyncio.timeout(SERVICE_TIMEOUT_S):
                conn = await admin.connect()
        except (OSError, TimeoutError, sa_exc.OperationalError, sa_exc.InterfaceError) as exc:
            raise Unreachable(f"{type(exc).__name__}: {exc}") from None
        try:
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.execute(text(statement))
        finally:
            await conn.close()
    finally:
        await admin.dispose()


def _database_url(name: str) -> str:
    return normalize_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)


@asynccontextmanager
async def postgres_database() -> AsyncIterator[str]:
    """A brand new, empty database on the test server, dropped afterwards; yields its URL."""
    name = f"twinspace_test_{secrets.token_hex(6)}"
    try:
        await _admin(f'CREATE DATABASE "{name}"')
    except Unreachable as error:
        _postgres_unavailable(error)
    try:
        yield _database_url(name)
    finally:
        # FORCE: a test that leaked a connection must not leave the database behind.
        await _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _in_own_loop(coroutine: Coroutine[Any, Any, T]) -> T:
    # Session-scoped work runs on a thread with its own event loop: asyncpg connections belong
    # to one loop, and pytest-asyncio gives each test a fresh one.
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


# Isolation on PostgreSQL, chosen by measurement on this machine kind (PostgreSQL 15, 2 cores,
# fsync on). CREATE DATABASE took 15-25 ms when the machine was quiet but 90-230 ms while other
# work ran (it copies the 7 MB template through the WAL and flushes it); DROP ... WITH (FORCE)
# 12-15 ms; migrating the new database 45-85 ms: 80-330 ms per test, over the 150 ms budget.
# So the session shares one database, migrated once, with synchronous_commit off (durability is
# not under test), and each test starts by emptying it. TRUNCATE ... RESTART IDENTITY CASCADE
# took 45-60 ms (it swaps every table's files); DELETE with foreign-key triggers off plus
# ALTER SEQUENCE ... RESTART takes about 20 ms with its connection, ids restarting at 1 as on a
# new SQLite file. A PostgreSQL test's setup is then about 40 ms in all (SQLite: 40-50 ms, most
# of it migrating a new file). Tests that need a database with no schema at all (migration
# tests) ask for `empty_database_url` and pay for CREATE DATABASE.
@contextmanager
def migrated_postgres_database() -> Iterator[str]:
    """A new PostgreSQL database migrated to head, dropped when the caller is done with it."""
    name = f"twinspace_test_{secrets.token_hex(6)}"

    async def create() -> None:
        await _admin(f'CREATE DATABASE "{name}"')
        await _admin(f'ALTER DATABASE "{name}" SET synchronous_commit = off')
        engine = create_engine(_database_url(name))
        try:
            await migrate(engine)
        finally:
            await engine.dispose()

    try:
        _in_own_loop(create())
    except Unreachable as error:
        _postgres_unavailable(error)
    try:
        yield _database_url(name)
    finally:
        _in_own_loop(_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def postgres_session_database() -> Iterator[str]:
    """The URL of the session's shared PostgreSQL database, migrated to head."""
    with migrated_postgres_database() as url:
        yield url


# What emptying the shared database runs: a DELETE per table the migrations made (not per
# model: a model may lag behind) and a restart of every sequence. The list is read from the
# catalogue once per database (its tables do not change within a session), and a sequence
# restarts through setval(), not ALTER SEQUENCE ... RESTART: DDL, which invalidated every
# backend's caches. Measured over 200 emptyings of the session database, alternating: about
# 10-15 ms of PostgreSQL's CPU and 15-20 ms of wall time each, against 20-45 and 22-55.
_EMPTYING_STATEMENTS = """
SELECT 'DELETE FROM ' || quote_ident(tablename) FROM pg_tables
WHERE schemaname = current_schema() AND tablename <> 'alembic_version'
UNION ALL
SELECT 'SELECT setval(' || quote_literal(quote_ident(sequencename)) || ', 1, false)'
FROM pg_sequences WHERE schemaname = current_schema()
"""
#: The emptying script of each database URL, read from its catalogue at its first emptying.
_emptying_scripts: dict[str, str] = {}


async def _empty_postgres_tables(url: str) -> None:
    engine = create_engine(url)
    try:
        async with engine.begin() as conn:
            script = _emptying_scripts.get(url)
            if script is None:
                statements = (await conn.execute(text(_EMPTYING_STATEMENTS))).scalars().all()
                # Replica role: no foreign-key triggers fire, so the order of the DELETEs is
                # free. One round trip through asyncpg's simple protocol, which takes several
                # statements.
                script = ";".join(["SET LOCAL session_replication_role = replica", *statements])
                _emptying_scripts[url] = script
            raw = (await conn.get_raw_connection()).driver_connection
            assert raw is not None
            await raw.execute(script)
    finally:
        await engine.dispose()


# Migrating a new SQLite file took 130-320 ms a test; copying one migrated file takes about
# 1 ms, and a test cannot tell the copy from a freshly migrated database.
@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated to head once per session (per xdist worker), to copy."""
    path = tmp_path_factory.mktemp("template") / "twinspace.sqlite3"

    async def create() -> None:
        engine = create_engine(f"sqlite+aiosqlite:///{path}")
        try:
            await migrate(engine)
        finally:
            # Disposing closes the last connection, which checkpoints the WAL into the file.
            await engine.dispose()

    _in_own_loop(create())
    return path


BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
]


@pytest.fixture(params=BACKENDS)
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of a database migrated to head and holding no rows, on each backend.

    SQLite: a new file. PostgreSQL: the session's database, emptied (see above).
    """
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        database = tmp_path / "twinspace.sqlite3"
        shutil.copyfile(template, database)
        return f"sqlite+aiosqlite:///{database}"
    url = str(request.getfixturevalue("postgres_session_database"))
    await _empty_postgres_tables(url)
    return url


@pytest.fixture(params=BACKENDS)
async def empty_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """The URL of a brand new database with no schema at all, on each backend."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path}/empty.sqlite3"
        return
    async with postgres_database() as url:
        yield url


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    """An engine on `database_url` (already at head); disposed afterwards."""
    engine = create_engine(database_url)
    try:
        yield engine
    finally:
        await engine.dispose()


@pytest.fixture
def db(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions on the migrated database, as the server makes them."""
    return make_sessionmaker(engine)


@asynccontextmanager
async def redis_database() -> AsyncIterator[str]:
    """The URL of a Redis database (not 0) flushed before and after use."""
    url = REDIS_URL
    client = redis.asyncio.Redis.from_url(url)
    try:
        unreachable = None
        try:
            async with asyncio.timeout(SERVICE_TIMEOUT_S):
                await client.ping()
        except (OSError, TimeoutError, redis.exceptions.ConnectionError) as exc:
            unreachable = f"{type(exc).__name__}: {exc}"
        if unreachable is not None:
            service_unavailable(
                f"Redis not reachable at {url} ({unreachable}): start it with `{START_REDIS}` "
                "or point TWINSPACE_TEST_REDIS_URL at another one"
            )
        await client.flushdb()
        yield url
        await client.flushdb()
    finally:
        await client.aclose()


@pytest.fixture
async def redis_url() -> AsyncIterator[str]:
    """The URL of a Redis database (not 0) flushed before and after the test."""
    async with redis_database() as url:
        yield url


@pytest.fixture(scope="session")
def redis_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisClusterServer]:
    """A real Redis Cluster (3 masters, 3 replicas on free loopback ports), one per worker.

    Started by the first test that needs it (about 2 s) and killed at the end of the worker's
    session; a test that killed a node calls :meth:`RedisClusterServer.heal` afterwards.
    """
    server, cli = shutil.which("redis-server"), shutil.which("redis-cli")
    if server is None or cli is None:
        service_unavailable("redis-server or redis-cli is not on PATH: install redis-server")
    cluster = RedisClusterServer(tmp_path_factory.mktemp("redis-cluster"), server, cli)
    try:
        cluster.start()
    except (OSError, TimeoutError, subprocess.SubprocessError) as exc:
        cluster.stop()
        output = getattr(exc, "stdout", None) or b""
        service_unavailable(f"could not start a Redis Cluster: {exc} {output[-500:]!r}")
    try:
        yield cluster
    finally:
        cluster.stop()


#: The two Redis deployments the Redis adapters' tests run on (issue 23).
REDIS_KINDS = (
    pytest.param("redis", marks=pytest.mark.redis),
    pytest.param("cluster", marks=pytest.mark.cluster),
)


@pytest.fixture(params=REDIS_KINDS)
async def any_redis_url(request: pytest.FixtureRequest) -> AsyncIterator[str]:
    """A single Redis database (``redis://``) or the test Redis Cluster
    (``redis+cluster://``), emptied before and after the test. A module whose tests must hold
    on both overrides ``redis_url`` with this."""
    if request.param == "redis":
        async with redis_database() as url:
            yield url
        return
    with cluster_database(request.getfixturevalue("redis_cluster")) as url:
        yield url


@contextmanager
def cluster_database(cluster: RedisClusterServer) -> Iterator[str]:
    """The cluster's URL, with every node up and every master emptied before and after use."""
    cluster.heal()
    cluster.flush()
    yield cluster.url
    cluster.heal()
    cluster.flush()


@pytest.fixture
async def private_redis() -> AsyncIterator[PrivateRedis]:
    """A redis-server of the test's own, on a free loopback port, to kill and restart."""
    binary = shutil.which("redis-server")
    if binary is None:
        service_unavailable("redis-server is not on PATH: install the redis-server package")
    server = PrivateRedis(binary)
    try:
        await server.start()
        yield server
    finally:
        await server.kill()


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CephS3]:
    """A real S3-protocol server (Ceph radosgw on a one-node cluster, loadtest/ceph.py),
    started once per session (per xdist worker) on loopback ports and killed at the end."""
    missing = missing_binaries()
    if missing:
        service_unavailable(
            f"no S3 server: {', '.join(missing)} not installed (bash tests/machine-setup.sh)"
        )
    server = CephS3(tmp_path_factory.mktemp("ceph"))
    try:
        server.start()
    except (S3ServerFailed, OSError, subprocess.CalledProcessError) as exc:
        server.stop()
        service_unavailable(f"the S3 server (radosgw) did not start: {exc}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def s3_bucket(s3_server: CephS3) -> S3Target:
    """The session's bucket: radosgw takes seconds to create one on a loaded machine, so each
    test gets a prefix of its own in it instead (s3_target)."""
    target = S3Target(
        bucket="twinspace-tests",
        endpoint=s3_server.endpoint,
        access_key_id=ACCESS_KEY,
        secret_access_key=SECRET_KEY,
    )

    async def create() -> None:
        async with S3BlobStore(target).connected_client() as client:
            await client.create_bucket(Bucket=target.bucket)

    _in_own_loop(create())
    return target


@pytest.fixture
def s3_target(s3_bucket: S3Target) -> S3Target:
    """An empty part of the session's S3 bucket for this test: a prefix of its own (a plain
    fixture, so that async fixtures parametrized over stores can ask for it by name)."""
    return dataclasses.replace(s3_bucket, prefix=f"test-{secrets.token_hex(6)}/")


def s3_url(target: S3Target) -> str:
    """The TWINSPACE_BLOBS_URL naming ``target`` (its credentials go separately)."""
    return f"s3://{target.bucket}/{target.prefix}?endpoint={target.endpoint}"
