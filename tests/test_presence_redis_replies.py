"""RedisPresence.reap when Redis ran the reap but its reply never came back.

A loopback proxy between one store and the real Redis forwards everything, except that it
drops the connection instead of passing on the reply to a reap script: Redis has removed the
members by then, so a reaper that does not get its answer back reports nobody, and those
members would stay online for everyone.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import math
from collections.abc import AsyncIterator, Callable
from urllib.parse import urlsplit

import pytest
import redis.asyncio
import redis.exceptions

from server.brokers import presence_redis
from server.brokers.presence_redis import REAP_ATTEMPTS, RedisPresence, young_key
from tests.test_presence_memory import ALICE, BOB, SPACE
from tests.test_presence_redis import START, TTL, FakeClock, offline

#: Bytes that only a reap script call carries: EVALSHA and the script's SHA1, in RESP (the
#: SCRIPT EXISTS that redis-py sends first names the SHA1 too, without EVALSHA).
_REAP_SHA1 = hashlib.sha1(presence_redis._REAP.encode(), usedforsecurity=False).hexdigest()
REAP_CALL = b"$7\r\nEVALSHA\r\n$40\r\n" + _REAP_SHA1.encode()


class ReplyDropper:
    """A TCP proxy to Redis on 127.0.0.1 that loses the next ``drops`` replies to reap calls.

    The request reaches Redis; when its reply arrives, the client's connection is cut
    instead, as when a connection drops or a socket timeout fires while Redis answers.
    """

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.drops = 0
        self.dropped = 0
        self.port = 0
        self._server: asyncio.Server | None = None
        self._handlers: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
        # The clients have closed: each handler ends by itself (cancelling one from outside
        # makes asyncio's start_server callback raise on Python 3.11).
        async with asyncio.timeout(5):
            await asyncio.gather(*self._handlers)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._handlers.add(task)
        up_reader, up_writer = await asyncio.open_connection(*self.upstream)
        losing = asyncio.Event()

        async def requests() -> None:
            while data := await reader.read(65536):
                if self.drops and REAP_CALL in data:
                    self.drops -= 1
                    losing.set()  # before forwarding: the next reply is this call's
                up_writer.write(data)
                await up_writer.drain()

        async def replies() -> None:
            while data := await up_reader.read(65536):
                if losing.is_set():  # Redis has run the call: it answered
                    self.dropped += 1
                    writer.transport.abort()
                    return
                writer.write(data)
                await writer.drain()

        pumps = {asyncio.create_task(requests()), asyncio.create_task(replies())}
        try:
            await asyncio.wait(pumps, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for pump in pumps:
                pump.cancel()
            await asyncio.gather(*pumps, return_exceptions=True)
            for stream in (up_writer, writer):
                stream.close()
                with contextlib.suppress(OSError):
                    await stream.wait_closed()
            self._handlers.discard(task)


Stores = Callable[[str, str, FakeClock], RedisPresence]


@pytest.fixture
async def dropper(redis_url: str) -> AsyncIterator[tuple[ReplyDropper, str]]:
    """The proxy, and the URL of the test Redis database through it."""
    parts = urlsplit(redis_url)
    proxy = ReplyDropper((parts.hostname or "127.0.0.1", parts.port or 6379))
    await proxy.start()
    yield proxy, f"redis://127.0.0.1:{proxy.port}{parts.path}"
    await proxy.stop()


@pytest.fixture
async def stores(dropper: tuple[ReplyDropper, str]) -> AsyncIterator[Stores]:
    """Makes RedisPresence "processes" on a URL (direct or through the proxy); closes them."""
    made: list[RedisPresence] = []

    def make(url: str, process_id: str, clock: FakeClock) -> RedisPresence:
        store = RedisPresence(url, process_id=process_id, ttl_s=TTL, clock=clock)
        made.append(store)
        return store

    yield make
    for store in made:
        await store.close()


async def test_a_reap_whose_reply_is_lost_reports_its_members_when_sent_again(
    redis_url: str, dropper: tuple[ReplyDropper, str], stores: Stores
) -> None:
    proxy, lossy_url = dropper
    dead = stores(redis_url, "dead", FakeClock())
    await dead.join(SPACE, ALICE, "a")
    await dead.join(SPACE, BOB, "b")
    reaper = stores(lossy_url, "r", FakeClock(START + TTL + 1))
    proxy.drops = 1
    changes = await reaper.reap()
    assert proxy.dropped == 1
    assert sorted(changes, key=lambda c: c.account_id) == offline(ALICE, BOB)
    raw = redis.asyncio.Redis.from_url(redis_url)
    try:
        # The kept answer was deleted once received; the young bucket expires by itself.
        assert await raw.keys("*") == [young_key(math.floor((START + TTL) / (TTL / 3))).encode()]
    finally:
        await raw.aclose()


async def test_a_reap_that_lost_every_reply_reports_its_members_at_the_next_reap(
    redis_url: str, dropper: tuple[ReplyDropper, str], stores: Stores
) -> None:
    proxy, lossy_url = dropper
    dead = stores(redis_url, "dead", FakeClock())
    await dead.join(SPACE, ALICE, "a")
    reaper = stores(lossy_url, "r", FakeClock(START + TTL + 1))
    other = stores(redis_url, "other", FakeClock(START + TTL + 1))
    proxy.drops = REAP_ATTEMPTS
    with pytest.raises(redis.exceptions.ConnectionError):
        await reaper.reap()
    assert proxy.dropped == REAP_ATTEMPTS
    assert await other.reap() == []  # Redis removed Alice: nobody else can report her
    assert await reaper.reap() == offline(ALICE)
    assert await reaper.reap() == []
