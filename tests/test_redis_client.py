"""The Redis client every adapter uses: a burst past the pool's bound waits for a connection."""

from __future__ import annotations

import asyncio

import pytest

from server.brokers.redis_client import connect

pytestmark = pytest.mark.redis

BOUND = 4
BURST = 300


async def test_a_burst_past_the_pool_bound_waits_for_a_connection(redis_url: str) -> None:
    """redis-py 6+ refuses the command past a plain pool's bound ("Too many connections"), which
    refused 20 subscribes at 5,100 subscribers in the fan-out benchmark (issue 24)."""
    client = connect(redis_url, max_connections=BOUND, socket_timeout=5.0, client_name="burst")
    try:
        results = await asyncio.gather(*(client.incr("burst") for _ in range(BURST)))
        clients = await client.client_list()
    finally:
        await client.aclose()
    assert sorted(results) == list(range(1, BURST + 1))
    assert sum(1 for c in clients if c["name"] == "burst") <= BOUND


async def test_the_default_bound_queues_a_burst_of_subscriber_sized_work(redis_url: str) -> None:
    """Thousands of commands at once, with no bound named, as the adapters open their clients."""
    client = connect(redis_url, decode_responses=True)
    try:
        await asyncio.gather(*(client.sadd("members", str(n)) for n in range(2_000)))
        assert await client.scard("members") == 2_000
    finally:
        await client.aclose()
