"""The Redis client every adapter uses: a burst past the pool's bound waits for a connection."""

from __future__ import annotations

import asyncio

import pytest

from server.brokers.redis_client import connect

BOUND = 4
BURST = 300


async def test_a_burst_past_the_pool_bound_waits_for_a_connection(any_redis_url: str) -> None:
    """redis-py 6+ refuses the command past a pool's bound ("Too many connections"), which
    refused 20 subscribes at 5,100 subscribers in the fan-out benchmark (issue 24); on a
    cluster, each node's bound refused it the same way."""
    client = connect(any_redis_url, max_connections=BOUND, socket_timeout=5.0)
    try:
        results = await asyncio.gather(*(client.incr("burst") for _ in range(BURST)))
    finally:
        await client.aclose()
    assert sorted(results) == list(range(1, BURST + 1))


async def test_a_burst_of_pipelines_past_the_bound_waits_too(any_redis_url: str) -> None:
    client = connect(any_redis_url, max_connections=BOUND, socket_timeout=5.0)

    async def pipelined(n: int) -> None:
        async with client.pipeline(transaction=False) as pipe:
            pipe.sadd("{burst}:members", str(n))
            pipe.scard("{burst}:members")
            await pipe.execute()

    try:
        await asyncio.gather(*(pipelined(n) for n in range(BURST)))
        assert await client.scard("{burst}:members") == BURST
    finally:
        await client.aclose()


@pytest.mark.redis
async def test_a_burst_opens_no_more_connections_than_the_bound(redis_url: str) -> None:
    client = connect(redis_url, max_connections=BOUND, socket_timeout=5.0, client_name="burst")
    try:
        await asyncio.gather(*(client.incr("burst") for _ in range(BURST)))
        clients = await client.client_list()
    finally:
        await client.aclose()
    assert sum(1 for c in clients if c["name"] == "burst") <= BOUND


async def test_the_default_bound_queues_a_burst_of_subscriber_sized_work(
    any_redis_url: str,
) -> None:
    """Thousands of commands at once, with no bound named, as the adapters open their clients:
    they queue for the default number of connections instead of being refused at once.

    The wait is named, long: each command may wait its turn for ``pool_wait_s`` (5 s by
    default), and the last of 2,000 waits for the 1,900 before it. On a machine at load 25 a
    round of 100 cluster commands took over 0.26 s and the tail was refused "No connection
    available" (a full CI run, 2026-12-07): the bound's deadline working, not the queue
    failing. This test is about the queue."""
    client = connect(any_redis_url, decode_responses=True, pool_wait_s=120.0)
    try:
        await asyncio.gather(*(client.sadd("members", str(n)) for n in range(2_000)))
        assert await client.scard("members") == 2_000
    finally:
        await client.aclose()
