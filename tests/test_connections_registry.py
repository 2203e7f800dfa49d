"""The per-account connection count: the same table for one process (memory) and for many
(Redis, two stores standing for two processes), plus what only Redis has: expiry."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import pytest

from server.brokers.connections import ConnectionRegistry, MemoryConnections
from server.brokers.connections_redis import RedisConnections
from tests.conftest import cluster_database, redis_database
from tests.support import PrivateRedis

Stores = tuple[ConnectionRegistry, ConnectionRegistry]


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def redis_url(any_redis_url: str) -> str:
    """One Redis, then the test Redis Cluster (tests/conftest.py's ``any_redis_url``)."""
    return any_redis_url


@pytest.fixture(
    params=[
        "memory",
        pytest.param("redis", marks=pytest.mark.redis),
        pytest.param("cluster", marks=pytest.mark.cluster),
    ]
)
async def stores(request: pytest.FixtureRequest, clock: Clock) -> AsyncIterator[Stores]:
    """Two views of one count: the same store in memory, two processes' stores on Redis (one
    server, or the test Redis Cluster)."""
    if request.param == "memory":
        memory = MemoryConnections()
        yield memory, memory
        return
    async with contextlib.AsyncExitStack() as stack:
        if request.param == "redis":
            url = await stack.enter_async_context(redis_database())
        else:
            url = stack.enter_context(cluster_database(request.getfixturevalue("redis_cluster")))
        a, b = (RedisConnections(url, process_id=name, ttl_s=15, clock=clock) for name in "ab")
        try:
            yield a, b
        finally:
            await a.close()
            await b.close()


async def test_the_limit_holds_over_both_and_a_release_frees_a_place(stores: Stores) -> None:
    a, b = stores
    assert await a.admit(7, "c1", limit=3)
    assert await b.admit(7, "c2", limit=3)
    assert await a.admit(7, "c3", limit=3)
    assert not await b.admit(7, "c4", limit=3)
    assert not await a.admit(7, "c5", limit=3)
    assert await a.admit(8, "c6", limit=3), "another account has its own count"
    await a.release(7, "c1")
    assert await b.admit(7, "c4", limit=3)
    assert not await a.admit(7, "c5", limit=3)


async def test_admitting_the_same_connection_again_is_harmless(stores: Stores) -> None:
    a, _ = stores
    assert await a.admit(7, "c1", limit=1)
    assert await a.admit(7, "c1", limit=1)
    assert not await a.admit(7, "c2", limit=1)
    await a.release(7, "c1")
    await a.release(7, "c1")  # idempotent
    assert await a.admit(7, "c2", limit=1)


@pytest.mark.redis
async def test_a_dead_process_s_entries_stop_counting_after_the_ttl(
    redis_url: str, clock: Clock
) -> None:
    alive = RedisConnections(redis_url, process_id="alive", ttl_s=15, clock=clock)
    dead = RedisConnections(redis_url, process_id="dead", ttl_s=15, clock=clock)
    try:
        assert await alive.admit(7, "kept", limit=2)
        assert await dead.admit(7, "lost", limit=2)
        assert not await alive.admit(7, "new", limit=2)
        clock.now += 10
        await alive.refresh()  # "dead" refreshes no more
        clock.now += 10
        assert await alive.admit(7, "new", limit=2), "the dead process's entry still counts"
        assert not await alive.admit(7, "one more", limit=2), "a refreshed entry expired"
    finally:
        await alive.close()
        await dead.close()


@pytest.mark.redis
async def test_a_refresh_does_not_bring_back_a_released_entry(redis_url: str, clock: Clock) -> None:
    store = RedisConnections(redis_url, process_id="p", ttl_s=15, clock=clock)
    try:
        assert await store.admit(7, "c1", limit=1)
        await store.release(7, "c1")
        await store.refresh()
        assert await store.admit(7, "c2", limit=1)
    finally:
        await store.close()


@pytest.mark.redis
async def test_an_unreachable_store_says_unavailable(private_redis: PrivateRedis) -> None:
    from protocol.errors import Unavailable

    store = RedisConnections(private_redis.url, process_id="p")
    try:
        assert await store.admit(7, "c1", limit=5)
        await private_redis.kill()
        with pytest.raises(Unavailable):
            await store.admit(7, "c2", limit=5)
        with pytest.raises(Unavailable):
            await store.release(7, "c1")
    finally:
        await store.close()


@pytest.mark.redis
async def test_closing_forgets_what_the_process_held_and_later_releases_are_quiet(
    redis_url: str, clock: Clock
) -> None:
    # At shutdown the store closes before the sockets' handlers release their entries: a
    # restarted server must not count them against their accounts until the TTL runs out.
    stopping = RedisConnections(redis_url, process_id="old", ttl_s=15, clock=clock)
    assert await stopping.admit(7, "c1", limit=2)
    assert await stopping.admit(7, "c2", limit=2)
    await stopping.close()
    await stopping.release(7, "c1")  # the handler's own release, after the close: no error
    restarted = RedisConnections(redis_url, process_id="new", ttl_s=15, clock=clock)
    try:
        assert await restarted.admit(7, "d1", limit=2)
        assert await restarted.admit(7, "d2", limit=2), "the closed process's entries counted"
    finally:
        await restarted.close()


#: Sockets closing at once in the burst test, far past the store's two Redis connections.
BURST = 500


async def test_a_burst_of_closes_releases_every_connection(any_redis_url: str) -> None:
    """5,100 sockets closing at once left 129 connections unreleased (issue 24): each release
    waited for one of the store's pooled connections and gave up when the wait ran out. With
    two connections and no wait at all (on a cluster, redis-py never waits), a burst still
    releases every entry: releases that arrive together share one flush."""
    store = RedisConnections(
        any_redis_url, process_id="p", ttl_s=15, max_redis_connections=2, pool_wait_s=0.0
    )
    try:
        for n in range(BURST):
            assert await store.admit(n % 50, f"c{n}", limit=BURST)
        await asyncio.gather(*(store.release(n % 50, f"c{n}") for n in range(BURST)))
        for account in range(50):
            assert await store.admit(account, "again", limit=1), f"account {account} still full"
    finally:
        await store.close()
