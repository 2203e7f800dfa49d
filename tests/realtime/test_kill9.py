"""kill -9 of a server process while clients post to a busy thread (issue 9, item 4).

Two real `twinspace serve` processes share PostgreSQL and Redis. Pupils post to one thread
through both; followers on both sockets follow it. One process is killed with SIGKILL in the
middle of the stream: no shutdown, no goodbye, its in-flight requests cut. Then:

* every post a client saw acknowledged is in the database (a poster whose request was cut
  retries on the survivor with the same client id: exactly-once creates answer with the post
  if the dead process had committed it);
* the dead process's followers reconnect to the survivor with ``since`` and, like everyone,
  see every post of the thread once, with consecutive sequence numbers and no ``reset``;
* a post committed with its announcement but never published (what a kill right after a
  commit leaves; written here by the test itself, just before the kill, so the case is
  always there) reaches every follower through the outbox sweep.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime as dt
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake
from websockets.typing import Subprotocol

from protocol import api
from protocol.codec import decode_server_message, encode_client_message
from protocol.messages import SUBPROTOCOL, Ack, Auth, Event, Reset, Subscribe, Welcome
from protocol.vocabulary import AccountId
from server.clock import FakeClock
from server.forum_limits import ForumLimits
from server.security import Secrets
from server.services import forums as forum_service
from server.services.context import RequestContext
from server.services.outbox import take_outbox, write_rows
from storage.database import create_engine, make_sessionmaker
from storage.models import ForumPost
from storage.repositories import accounts as account_repo
from storage.repositories import outbox as outbox_repo
from tests.conftest import _empty_postgres_tables
from tests.support import eventually, free_port

from ..http.conftest import ApiUser, World, ok

pytestmark = [pytest.mark.redis, pytest.mark.postgres, pytest.mark.multiprocess]

TWINSPACE = str(Path(sys.executable).parent / "twinspace")
#: How long a server may take to become ready (generous: the machine may be busy).
STARTUP_S = 60.0
#: The processes' outbox lease and sweep interval: short, so the test is quick.
OUTBOX_ENV = {"TWINSPACE_OUTBOX_LEASE_S": "1", "TWINSPACE_OUTBOX_SWEEP_S": "0.2"}
POSTERS = 8  # pupils, half posting through each process
POSTS_EACH = 8  # under the forum's 10 a minute per member
#: Acknowledged posts before the kill: the stream is well under way, far from done.
KILL_AFTER = 20
#: Longest wait for the followers to have every post after the last acknowledgement.
CATCH_UP_S = 30.0


@dataclasses.dataclass
class Server:
    port: int
    popen: subprocess.Popen[bytes]

    @property
    def http(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ws(self) -> str:
        return f"ws://127.0.0.1:{self.port}/ws"

    def kill(self) -> None:
        if self.popen.poll() is None:
            self.popen.kill()
        self.popen.wait(10)


def spawn(database_url: str, redis_url: str, data_dir: Path) -> Server:
    data_dir.mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWINSPACE_")}
    env.update(OUTBOX_ENV)
    port = free_port()
    argv = [TWINSPACE, "serve", "--port", str(port), "--data-dir", str(data_dir)]
    argv += ["--database-url", database_url, "--redis-url", redis_url, "--log-level", "warning"]
    with (data_dir / "server.log").open("wb") as log:  # the child keeps its own descriptor
        popen = subprocess.Popen(argv, env=env, stdout=log, stderr=subprocess.STDOUT)
    return Server(port, popen)


def tail(log: Path) -> str:
    return log.read_text(errors="replace")[-3000:]


async def ready(server: Server, log: Path) -> None:
    async with httpx.AsyncClient() as client, asyncio.timeout(STARTUP_S):
        while True:
            assert server.popen.poll() is None, tail(log)
            with contextlib.suppress(httpx.TransportError):
                if (await client.get(f"{server.http}/readyz")).status_code == 200:
                    return
            await asyncio.sleep(0.1)


@dataclasses.dataclass
class Storage:
    sessionmaker: async_sessionmaker[AsyncSession]
    secrets: Secrets


@dataclasses.dataclass
class Cluster:
    a: Server
    b: Server
    world: World
    storage: Storage
    data: Path


@pytest.fixture
async def cluster(
    postgres_session_database: str, redis_url: str, tmp_path: Path
) -> AsyncIterator[Cluster]:
    database_url = postgres_session_database
    await _empty_postgres_tables(database_url)
    servers: list[Server] = []
    engine = create_engine(database_url)
    try:
        for name in ("a", "b"):  # both start at once: start-up is most of the test's time
            servers.append(spawn(database_url, redis_url, tmp_path / name))
        await asyncio.gather(
            *(
                ready(s, tmp_path / name / "server.log")
                for s, name in zip(servers, "ab", strict=True)
            )
        )
        sessionmaker = make_sessionmaker(engine)
        write_rows(sessionmaker)  # the test commits as a server process does
        storage = Storage(sessionmaker, Secrets(cheap_hashing=True))
        async with httpx.AsyncClient(base_url=servers[0].http) as client:
            world = World(client, storage, FakeClock())
            yield Cluster(servers[0], servers[1], world, storage, tmp_path)
    finally:
        for server in servers:  # SIGKILL: nothing of theirs is under test any more
            server.kill()
        await engine.dispose()


class Follower:
    """A socket following the thread; when its process dies it reconnects to the survivor
    with ``since`` (the last sequence number it has), as the web client does."""

    def __init__(self, token: str, channel: str, url: str, survivor: str) -> None:
        self.token = token
        self.channel = channel
        self.url = url
        self.survivor = survivor
        self.seqs: list[int] = []
        self.post_ids: list[int] = []
        self.first_head: int | None = None
        self.reconnects = 0
        self.resets: list[Reset] = []
        self.ready = asyncio.Event()

    @property
    def last(self) -> int | None:
        return self.seqs[-1] if self.seqs else self.first_head

    async def run(self) -> None:
        while True:
            try:
                await self.follow()
            except (ConnectionClosed, OSError, InvalidHandshake, TimeoutError):
                self.reconnects += 1
                self.url = self.survivor
                await asyncio.sleep(0.05)

    async def follow(self) -> None:
        async with connect(self.url, subprotocols=[Subprotocol(SUBPROTOCOL)]) as ws:
            await ws.send(encode_client_message(Auth(token=self.token)).decode())
            assert isinstance(decode_server_message(await ws.recv()), Welcome)
            subscribe = Subscribe(ref="f", channel=self.channel, since=self.last)
            await ws.send(encode_client_message(subscribe).decode())
            async for frame in ws:
                message = decode_server_message(frame)
                if isinstance(message, Ack) and self.first_head is None:
                    self.first_head = message.seq
                    self.ready.set()
                elif isinstance(message, Reset):
                    self.resets.append(message)
                elif isinstance(message, Event) and message.channel == self.channel:
                    self.seqs.append(message.seq)
                    if message.event == "post.created":
                        self.post_ids.append(int(message.data["post"]["id"]))


class Posters:
    """Pupils posting to the thread one post after another, each through its process; a
    request cut by the kill is retried on the survivor with the same client id."""

    def __init__(self, http: httpx.AsyncClient, path: str, survivor: str) -> None:
        self.http = http
        self.path = path
        self.survivor = survivor
        self.acked: dict[str, int] = {}  # client id -> post id, as acknowledged
        self.retried = 0
        self.enough = asyncio.Event()

    async def post_all(self, pupil: ApiUser, base: str) -> None:
        headers = {"Authorization": f"Bearer {pupil.token}"}
        for n in range(POSTS_EACH):
            client_id = f"kill9-{pupil.id}-{n}"
            body = {"body": f"post {n} by {pupil.id}", "client_id": client_id}
            while True:
                try:
                    response = await self.http.post(base + self.path, json=body, headers=headers)
                except httpx.TransportError:
                    self.retried += 1
                    base = self.survivor
                    continue
                assert response.status_code in (200, 201), response.text
                self.acked[client_id] = int(response.json()["id"])
                break
            if len(self.acked) >= KILL_AFTER:
                self.enough.set()
            await asyncio.sleep(0.02)


async def committed_never_announced(
    storage: Storage, pupil: ApiUser, space_id: int, thread_id: int
) -> int:
    """A post committed with its announcements, as the killed process would have done just
    before dying: nothing is published. Returns its id."""
    async with storage.sessionmaker() as db:
        async with db.begin():
            account = await account_repo.get(db, AccountId(pupil.id))
            assert account is not None
            body = api.CreatePost(body="committed, never announced", client_id="kill9-orphan")
            now = dt.datetime.now(dt.UTC)
            created = await forum_service.create_post(
                RequestContext(db, account, now), ForumLimits(), space_id, thread_id, body
            )
        assert take_outbox(db).announcements()  # announcements were written, none sent
    assert isinstance(created.value, api.PostOut)
    return int(created.value.id)


async def stored_post_ids(storage: Storage, thread_id: int, opening: int) -> set[int]:
    async with storage.sessionmaker() as db:
        result = await db.execute(select(ForumPost.id).where(ForumPost.thread_id == thread_id))
        return set(result.scalars().all()) - {opening}


async def outbox_rows(storage: Storage) -> int:
    async with storage.sessionmaker() as db:
        return await outbox_repo.count(db)


async def test_kill_9_mid_stream_loses_no_acknowledged_post_and_followers_recover(
    cluster: Cluster,
) -> None:
    world, a, b = cluster.world, cluster.a, cluster.b
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    names = [f"Pupil {n}" for n in range(POSTERS + 1)]
    *pupils, orphan_author = await world.pupils(ana, space_id, names)
    opened = ok(
        await ana.post(
            f"/api/spaces/{space_id}/forum/threads",
            {"title": "Busy", "body": "Go!", "client_id": "kill9-thread"},
        ),
        201,
    )
    thread_id, opening = int(opened["thread"]["id"]), int(opened["post"]["id"])
    channel = f"thread:{space_id}:{thread_id}"

    followers = [
        Follower(user.token, channel, server.ws, b.ws)
        for user, server in ((ana, a), (pupils[0], a), (ana, b), (pupils[1], b))
    ]
    following = [asyncio.create_task(f.run()) for f in followers]
    async with httpx.AsyncClient(timeout=30) as http:
        try:
            async with asyncio.timeout(10):
                await asyncio.gather(*(f.ready.wait() for f in followers))
            posters = Posters(
                http, f"/api/spaces/{space_id}/forum/threads/{thread_id}/posts", b.http
            )
            posting = [
                asyncio.create_task(posters.post_all(p, (a if n % 2 else b).http))
                for n, p in enumerate(pupils)
            ]
            await posters.enough.wait()
            orphan = await committed_never_announced(
                cluster.storage, orphan_author, space_id, thread_id
            )
            a.kill()  # SIGKILL, mid-stream
            await asyncio.gather(*posting)

            stored = await stored_post_ids(cluster.storage, thread_id, opening)
            assert set(posters.acked.values()) <= stored  # every acknowledged post survived
            assert orphan in stored
            assert len(stored) == POSTERS * POSTS_EACH + 1
            await eventually(
                "every follower has every stored post",
                lambda: all(set(f.post_ids) >= stored for f in followers),
                within=CATCH_UP_S,
            )
            await asyncio.sleep(1.2)  # a duplicate would come by now, from a later sweep
        finally:
            for task in following:
                task.cancel()
            await asyncio.gather(*following, return_exceptions=True)

    for follower in followers:
        assert follower.resets == []
        assert sorted(follower.post_ids) == sorted(stored)  # each post once
        first = follower.first_head
        assert first is not None
        assert follower.seqs == list(range(first + 1, first + 1 + len(follower.seqs)))
    assert [f.reconnects > 0 for f in followers] == [True, True, False, False]
    await eventually("the outbox is empty", lambda: _empty(cluster.storage), within=10)
    assert b.popen.poll() is None  # the survivor kept serving


async def _empty(storage: Storage) -> bool:
    return await outbox_rows(storage) == 0
