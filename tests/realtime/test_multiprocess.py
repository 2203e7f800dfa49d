"""Two real server processes behind one Redis: fan-out, revocation, recovery and presence
cross processes. The servers are `twinspace serve` processes on loopback ports, forked from
one that imported the server (tests/command_runner.py)."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import os
import signal
import subprocess
from collections.abc import AsyncIterator, Sequence
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text
from websockets.asyncio.client import connect
from websockets.typing import Subprotocol

from protocol.close_codes import CloseCode
from protocol.messages import (
    SUBPROTOCOL,
    Ack,
    Auth,
    Closing,
    Error,
    Event,
    Presence,
    Subscribe,
    Unsubscribed,
    Welcome,
)
from server.clock import FakeClock
from server.security import Secrets
from server.websocket.endpoint import RESTART_RETRY_MS
from storage.database import create_engine, make_sessionmaker
from tests.command_runner import ForkedServer, start_serve
from tests.conftest import cluster_database
from tests.support import free_port

from ..http.conftest import ApiUser, World
from .conftest import WsClient

pytestmark = [pytest.mark.redis, pytest.mark.multiprocess]
#: How long a server may take to become ready (generous: the machine may be busy).
STARTUP_S = 60.0
#: Within the server's shutdown window (GRACEFUL_SHUTDOWN_S, 10 s).
GRACE_S = 10.0
#: Low enough for a test to reach with a few sockets; no other test here opens as many.
CONNECTIONS_PER_ACCOUNT = 3
CLUSTER_FLAGS = ("--max-connections-per-account", str(CONNECTIONS_PER_ACCOUNT))


@dataclasses.dataclass
class Process:
    port: int
    popen: ForkedServer

    @property
    def http(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ws(self) -> str:
        return f"ws://127.0.0.1:{self.port}/ws"


@dataclasses.dataclass
class Storage:
    sessionmaker: object
    secrets: Secrets


def spawn(database_url: str, redis_url: str, data_dir: Path, extra: Sequence[str] = ()) -> Process:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWINSPACE_")}
    args = ["serve", "--port", str(port), "--data-dir", str(data_dir)]
    args += ["--database-url", database_url, "--redis-url", redis_url, "--log-level", "warning"]
    args += extra
    # `twinspace serve` forked from a process that has imported the server (about 1.2 s of
    # CPU less per start than exec'ing the script); tests/test_cli.py tests the script itself.
    return Process(port, start_serve(args, env))


async def start_process(
    database_url: str, redis_url: str, data_dir: Path, extra: Sequence[str] = ()
) -> Process:
    process = spawn(database_url, redis_url, data_dir, extra)
    popen = process.popen
    try:
        async with httpx.AsyncClient() as client, asyncio.timeout(STARTUP_S):
            while True:
                assert popen.poll() is None, popen.stderr.read()
                with contextlib.suppress(httpx.TransportError):
                    if (await client.get(f"{process.http}/readyz")).status_code == 200:
                        return process
                await asyncio.sleep(0.1)
    except BaseException:
        stop(process)  # never leave a half-started server (or its pipes) behind
        raise


def stop(process: Process) -> None:
    process.popen.send_signal(signal.SIGTERM)
    try:
        process.popen.wait(10)
    except subprocess.TimeoutExpired:
        process.popen.kill()
        process.popen.wait()
    process.popen.close()


@dataclasses.dataclass
class Cluster:
    a: Process
    b: Process
    world: World
    clients: list[WsClient] = dataclasses.field(default_factory=list)

    async def connect(self, process: Process, user: ApiUser) -> WsClient:
        client = WsClient(await connect(process.ws, subprotocols=[Subprotocol(SUBPROTOCOL)]))
        self.clients.append(client)
        await client.send(Auth(token=user.token))
        await client.expect(Welcome)
        return client


#: Tests marked with this run twice: on one Redis and on the test Redis Cluster
#: (``redis+cluster://``): fan-out, control commands, the connection registry and presence.
on_both_redis = pytest.mark.parametrize(
    "redis_kind", ["redis", pytest.param("cluster", marks=pytest.mark.cluster)]
)


@pytest.fixture
async def cluster(
    database_url: str, redis_url: str, tmp_path: Path, request: pytest.FixtureRequest
) -> AsyncIterator[Cluster]:
    callspec = getattr(request.node, "callspec", None)
    with contextlib.ExitStack() as stack:
        if callspec is not None and callspec.params.get("redis_kind") == "cluster":
            redis_url = stack.enter_context(
                cluster_database(request.getfixturevalue("redis_cluster"))
            )
        async with _processes(database_url, redis_url, tmp_path) as processes:
            yield processes


@contextlib.asynccontextmanager
async def _processes(database_url: str, redis_url: str, tmp_path: Path) -> AsyncIterator[Cluster]:
    a = await start_process(database_url, redis_url, tmp_path / "a", CLUSTER_FLAGS)
    try:
        b = await start_process(database_url, redis_url, tmp_path / "b", CLUSTER_FLAGS)
    except BaseException:
        stop(a)
        raise
    engine = create_engine(database_url)
    storage = Storage(make_sessionmaker(engine), Secrets(cheap_hashing=True))
    try:
        async with httpx.AsyncClient(base_url=a.http) as client:
            cluster = Cluster(a, b, World(client, storage, FakeClock()))  # type: ignore[arg-type]
            try:
                yield cluster
            finally:
                for ws in cluster.clients:
                    await ws.socket.close()
    finally:
        stop(a)
        stop(b)
        await engine.dispose()


async def subscribe(client: WsClient, channel: str, since: int | None = None) -> Ack:
    await client.send(Subscribe(ref=client.ref(), channel=channel, since=since))
    ack: Ack = await client.expect(Ack)
    return ack


@on_both_redis
async def test_event_published_on_one_process_reaches_the_other(
    cluster: Cluster, redis_kind: str
) -> None:
    world = cluster.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    on_a, on_b = await cluster.connect(cluster.a, ana), await cluster.connect(cluster.b, lea)
    for client in (on_a, on_b):
        await subscribe(client, f"space:{space_id}")
    for n in range(20):
        await ana.patch(f"/api/spaces/{space_id}", {"description": f"d{n}"})
    for client in (on_a, on_b):
        events = [await client.expect(Event) for _ in range(20)]
        assert [e.seq for e in events] == list(range(2, 22))  # 1 was the pupil joining
        await client.nothing_within(0.1)


@on_both_redis
async def test_removal_on_one_process_ends_subscriptions_on_the_other(
    cluster: Cluster, redis_kind: str
) -> None:
    world = cluster.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    on_b = await cluster.connect(cluster.b, lea)
    await subscribe(on_b, f"space:{space_id}")
    started = asyncio.get_running_loop().time()
    await ana.post(f"/api/spaces/{space_id}/members/{lea.id}/remove", {})
    while True:
        message = await on_b.receive(within=1.0)
        if isinstance(message, Unsubscribed):
            break
    assert asyncio.get_running_loop().time() - started < 1.0


async def test_client_recovers_on_another_process_with_since(cluster: Cluster) -> None:
    world = cluster.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    channel = f"space:{space_id}"
    first = await cluster.connect(cluster.b, ana)
    await subscribe(first, channel)
    await ana.patch(f"/api/spaces/{space_id}", {"description": "seen"})
    assert (await first.expect(Event)).seq == 1
    await first.socket.close()
    for n in range(5):
        await ana.patch(f"/api/spaces/{space_id}", {"description": f"missed {n}"})
    second = await cluster.connect(cluster.a, ana)
    await subscribe(second, channel, since=1)
    replayed = [await second.expect(Event) for _ in range(5)]
    assert [e.seq for e in replayed] == [2, 3, 4, 5, 6]
    await second.nothing_within(0.1)


@on_both_redis
async def test_the_connection_limit_counts_every_process(cluster: Cluster, redis_kind: str) -> None:
    ana = await cluster.world.etwinner("Ana")
    first = await cluster.connect(cluster.a, ana)
    await cluster.connect(cluster.a, ana)
    await cluster.connect(cluster.b, ana)  # the third, on the other process
    over = WsClient(await connect(cluster.b.ws, subprotocols=[Subprotocol(SUBPROTOCOL)]))
    cluster.clients.append(over)
    await over.send(Auth(token=ana.token))
    closing = await over.expect(Closing)
    assert closing.code == CloseCode.RATE_LIMITED
    await over.closed_with(CloseCode.RATE_LIMITED)
    await first.socket.close()  # a place is freed on process a, for process b to use

    for _ in range(50):  # the release is asynchronous: a few tries, 0.1 s apart
        client = WsClient(await connect(cluster.b.ws, subprotocols=[Subprotocol(SUBPROTOCOL)]))
        cluster.clients.append(client)
        await client.send(Auth(token=ana.token))
        if isinstance(await client.receive(), Welcome):
            break
        await asyncio.sleep(0.1)
    else:
        pytest.fail("the place freed on process a was never usable on process b")


@on_both_redis
async def test_presence_spans_processes(cluster: Cluster, redis_kind: str) -> None:
    world = cluster.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    teacher = await cluster.connect(cluster.a, ana)
    await subscribe(teacher, f"presence:{space_id}")
    await teacher.expect(Presence)
    pupil = await cluster.connect(cluster.b, lea)
    await subscribe(pupil, f"presence:{space_id}")
    seen = await pupil.expect(Presence)
    assert {m.display_name for m in seen.members} == {"Ana", "Léa"}
    assert (await teacher.expect(Event)).event == "join"
    await pupil.socket.close()
    left = await teacher.expect(Event)
    assert (left.event, left.data["account_id"]) == ("leave", lea.id)


async def test_sigterm_sends_closing_with_a_retry_hint_then_closes_1012(cluster: Cluster) -> None:
    ana = await cluster.world.etwinner("Ana")
    client = await cluster.connect(cluster.b, ana)
    waiting = WsClient(await connect(cluster.b.ws, subprotocols=[Subprotocol(SUBPROTOCOL)]))
    cluster.clients.append(waiting)  # accepted, not yet authenticated
    cluster.b.popen.send_signal(signal.SIGTERM)
    for each in (client, waiting):
        closing = await each.expect(Closing, within=GRACE_S)
        assert closing.code == CloseCode.SERVICE_RESTART
        assert closing.retry_after_ms is not None
        assert RESTART_RETRY_MS[0] <= closing.retry_after_ms <= RESTART_RETRY_MS[1]
        await each.closed_with(CloseCode.SERVICE_RESTART, within=GRACE_S)
    assert cluster.b.popen.wait(GRACE_S) in (0, -signal.SIGTERM)


@contextlib.asynccontextmanager
async def spaces_locked(database_url: str) -> AsyncIterator[None]:
    """Hold a lock that makes every read of the spaces table wait (a slow database)."""
    engine = create_engine(database_url)
    try:
        async with engine.begin() as connection:
            await connection.execute(text("LOCK TABLE spaces IN ACCESS EXCLUSIVE MODE"))
            yield
    finally:
        await engine.dispose()


# PostgreSQL only: on SQLite a subscribe's checks take no lock (issue 24: storage.database's
# read_only_sessions), and nothing another process can hold makes a WAL reader wait.
@pytest.mark.parametrize(
    "database_url", [pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True
)
async def test_sigterm_finishes_the_operation_in_progress_before_closing(
    cluster: Cluster, database_url: str
) -> None:
    world = cluster.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    client = await cluster.connect(cluster.b, ana)
    async with spaces_locked(database_url):
        await client.send(Subscribe(ref="in-flight", channel=f"space:{space_id}"))
        await asyncio.sleep(0.3)  # the subscribe now waits for the database
        cluster.b.popen.send_signal(signal.SIGTERM)
        await asyncio.sleep(0.5)  # uvicorn has begun its shutdown meanwhile
        await client.nothing_within(0.1)
    ack = await client.expect(Ack)
    assert (ack.ref, ack.channel) == ("in-flight", f"space:{space_id}")
    closing = await client.expect(Closing)
    assert closing.code == CloseCode.SERVICE_RESTART
    await client.closed_with(CloseCode.SERVICE_RESTART, within=GRACE_S)


# -- the per-process access cache (server/realtime/access_cache.py) across processes -------


async def refused(client: WsClient, channel: str) -> Error:
    await client.send(Subscribe(ref=client.ref(), channel=channel))
    error: Error = await client.expect(Error)
    return error


async def test_a_removed_member_cannot_subscribe_again_on_another_process(
    cluster: Cluster,
) -> None:
    world = cluster.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    on_b = await cluster.connect(cluster.b, lea)
    await subscribe(on_b, f"presence:{space_id}")  # B now has the space's members cached
    await on_b.expect(Presence)
    await ana.post(f"/api/spaces/{space_id}/members/{lea.id}/remove", {})
    while not isinstance(await on_b.receive(), Unsubscribed):
        pass  # B has applied the removal
    assert (await refused(on_b, f"space:{space_id}")).code == "not_found"
    assert (await refused(on_b, f"archive:{space_id}")).code == "not_found"


async def test_a_deleted_space_cannot_be_subscribed_again_on_another_process(
    cluster: Cluster,
) -> None:
    world = cluster.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    on_b = await cluster.connect(cluster.b, ana)
    await subscribe(on_b, f"space:{space_id}")
    await ana.delete(f"/api/spaces/{space_id}")
    while not isinstance(await on_b.receive(), Unsubscribed):
        pass
    assert (await refused(on_b, f"space:{space_id}")).code == "not_found"


async def test_a_member_added_on_one_process_is_in_presence_snapshots_on_the_other(
    cluster: Cluster,
) -> None:
    world = cluster.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    teacher = await cluster.connect(cluster.b, ana)
    await subscribe(teacher, f"presence:{space_id}")  # B caches the members: Ana alone
    assert [m.display_name for m in (await teacher.expect(Presence)).members] == ["Ana"]
    [max_] = await world.pupils(ana, space_id, ["Max"])  # added through process A
    pupil = await cluster.connect(cluster.a, max_)
    await subscribe(pupil, f"presence:{space_id}")
    await pupil.expect(Presence)
    while (await teacher.expect(Event)).event != "join":
        pass
    second_tab = await cluster.connect(cluster.b, ana)
    await subscribe(second_tab, f"presence:{space_id}")
    snapshot = await second_tab.expect(Presence)
    assert {m.display_name for m in snapshot.members} == {"Ana", "Max"}


async def test_an_erased_pupil_is_disconnected_on_every_process(cluster: Cluster) -> None:
    """Issue 9: erasing ends the pupil's sessions live, on the other process too."""
    world = cluster.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    on_a, on_b = await cluster.connect(cluster.a, lea), await cluster.connect(cluster.b, lea)
    erase = f"/api/spaces/{space_id}/pupils/{lea.id}/erase"
    response = await ana.post(erase, {"posts": "keep", "files": "keep"})
    assert response.status_code == 200, response.text
    for client in (on_a, on_b):
        await client.closed_with(CloseCode.FORBIDDEN)
    # Its token opens nothing any more, on either process.
    for process in (cluster.a, cluster.b):
        me = await world.client.get(
            f"{process.http}/api/me", headers={"Authorization": f"Bearer {lea.token}"}
        )
        assert me.status_code == 401
