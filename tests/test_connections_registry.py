"""The per-account connection count: the same table for one process (memory) and for many
(Redis, two stores standing for two processes), plus what only Redis has: expiry."""

from __future__ import annotations

import asyncio
import contextlib
import math
from collections.abc import AsyncIterator

import pytest
import redis.asyncio

from server.brokers.connections import ConnectionRegistry, MemoryConnections
from server.brokers.connections_redis import (
    PROCESSES_KEY,
    RedisConnections,
    connections_key,
    process_index_key,
)
from server.brokers.redis_client import connect
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


async def redis_calls(client: redis.asyncio.Redis) -> int:
    """Commands the Redis server ran since its last CONFIG RESETSTAT (scripts' own calls
    included), less the INFO that asks."""
    stats = await client.info("commandstats")
    return sum(int(stat["calls"]) for stat in stats.values()) - 1


@pytest.mark.redis
async def test_an_idle_process_s_upkeep_costs_the_same_few_commands_whatever_it_holds(
    private_redis: PrivateRedis, clock: Clock
) -> None:
    """Issue 24: the upkeep pushed every entry's expiry forward, two commands per connection
    every 5 s (a fifth of an idle server's CPU). Now it beats the process's liveness."""
    store = RedisConnections(private_redis.url, process_id="p", ttl_s=15, clock=clock)
    client = redis.asyncio.Redis.from_url(private_redis.url)
    try:
        for n in range(300):
            assert await store.admit(n % 30, f"c{n}", limit=10)
        await store.refresh()  # holds the 300 new entries
        await client.config_resetstat()
        for _ in range(3):
            clock.now += 5
            await store.refresh()
        assert await redis_calls(client) <= 3 * 8, "the upkeep touched each connection"
    finally:
        await client.aclose()
        await store.close()


async def test_a_held_entry_counts_past_its_own_expiry_while_its_process_lives(
    redis_url: str, clock: Clock
) -> None:
    store = RedisConnections(redis_url, process_id="p", ttl_s=15, clock=clock)
    raw = connect(redis_url, decode_responses=True)
    try:
        assert await store.admit(7, "c1", limit=1)
        await store.refresh()
        assert await raw.zscore(connections_key(7), "p|c1") == math.inf
        assert await raw.ttl(connections_key(7)) == -1, "a held entry's key must not expire"
        assert await raw.smembers(process_index_key("p")) == {"7"}
        clock.now += 100  # a day of upkeeps that touch no entry would change nothing
        await store.refresh()
        assert not await store.admit(7, "c2", limit=1)
        await store.release(7, "c1")
        await store.refresh()
        assert await raw.smembers(process_index_key("p")) == set()
        assert await store.admit(7, "c2", limit=1)
    finally:
        await raw.aclose()
        await store.close()


async def test_a_dead_process_s_held_entries_are_removed_once_a_live_process_sees_it(
    redis_url: str, clock: Clock
) -> None:
    alive = RedisConnections(redis_url, process_id="alive", ttl_s=15, clock=clock)
    dead = RedisConnections(redis_url, process_id="dead", ttl_s=15, clock=clock)
    raw = connect(redis_url, decode_responses=True)
    try:
        assert await alive.admit(7, "kept", limit=3)
        assert await dead.admit(7, "lost-1", limit=3)
        assert await dead.admit(7, "lost-2", limit=3)
        assert await dead.admit(8, "lost-3", limit=1)
        await alive.refresh()
        await dead.refresh()  # held: they count past their own expiry now
        clock.now += 10
        await alive.refresh()
        assert not await alive.admit(7, "new", limit=3), "the dead process still lives"
        clock.now += 10  # past the dead process's liveness, not the live one's
        await alive.refresh()
        assert await alive.admit(7, "new-1", limit=3)
        assert await alive.admit(7, "new-2", limit=3)
        assert not await alive.admit(7, "one more", limit=3)
        assert await alive.admit(8, "new", limit=1)
        assert not await raw.exists(process_index_key("dead")), "the dead process is buried"
        assert await raw.zscore(PROCESSES_KEY, "dead") is None
    finally:
        await raw.aclose()
        await alive.close()
        await dead.close()


async def test_a_process_that_stalled_past_its_ttl_counts_its_connections_again(
    redis_url: str,
) -> None:
    """It was taken for dead and its entries removed; it still holds the sockets, so its
    next upkeep writes them back (before, they stayed gone: the account could pass its
    limit until they closed)."""
    stalled_clock, reaper_clock = Clock(), Clock()
    stalled = RedisConnections(redis_url, process_id="stalled", ttl_s=15, clock=stalled_clock)
    reaper = RedisConnections(redis_url, process_id="reaper", ttl_s=15, clock=reaper_clock)
    try:
        assert await stalled.admit(7, "c1", limit=1)
        await stalled.refresh()
        reaper_clock.now += 20
        await reaper.refresh()  # the stalled process's liveness ran out: removed
        assert await reaper.admit(7, "x", limit=1)
        await reaper.release(7, "x")
        stalled_clock.now += 20
        await stalled.refresh()
        assert not await reaper.admit(7, "y", limit=1), "the stalled process's socket is open"
        reaper_clock.now += 10
        await reaper.refresh()
        assert not await reaper.admit(7, "y", limit=1), "written back, and indexed again"
    finally:
        await stalled.close()
        await reaper.close()


async def test_concurrent_admissions_on_two_processes_hold_the_limit_exactly(
    redis_url: str, clock: Clock
) -> None:
    a, b = (RedisConnections(redis_url, process_id=name, ttl_s=15, clock=clock) for name in "ab")
    try:
        assert await a.admit(7, "held", limit=5)
        await a.refresh()
        admitted = await asyncio.gather(
            *(
                store.admit(7, f"{store.process_id}{n}", limit=5)
                for n in range(20)
                for store in (a, b)
            )
        )
        assert sum(admitted) == 4
    finally:
        await a.close()
        await b.close()
