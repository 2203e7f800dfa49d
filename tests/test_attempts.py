"""Attempt counters: the rules both stores follow, run on the in-process one and on Redis."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator

import pytest

from server.brokers.attempts import AttemptCounter, MemoryAttemptCounter, RedisAttemptCounter
from server.brokers.redis_client import connect
from server.clock import FakeClock

WINDOW = dt.timedelta(minutes=15)


@pytest.fixture
def redis_url(any_redis_url: str) -> str:
    """One Redis, then the test Redis Cluster (tests/conftest.py's ``any_redis_url``)."""
    return any_redis_url


class AttemptCounterContract:
    """Rules for every counter; a subclass provides the ``counter`` fixture."""

    async def test_unknown_keys_count_zero(self, counter: AttemptCounter) -> None:
        assert await counter.counts(["a", "b"]) == [0, 0]
        assert await counter.remaining("a") == dt.timedelta(0)

    async def test_failures_add_up_per_key(self, counter: AttemptCounter) -> None:
        assert await counter.add(["a", "b"], WINDOW) == [1, 1]
        assert await counter.add(["a"], WINDOW) == [2]
        assert await counter.counts(["a", "b", "c"]) == [2, 1, 0]

    async def test_the_first_failure_opens_the_window(self, counter: AttemptCounter) -> None:
        await counter.add(["a"], WINDOW)
        remaining = await counter.remaining("a")
        assert dt.timedelta(minutes=14) < remaining <= WINDOW
        # Later failures do not push the end of the window back.
        await counter.add(["a"], dt.timedelta(hours=5))
        assert await counter.remaining("a") <= WINDOW

    async def test_clear_forgets_only_the_named_keys(self, counter: AttemptCounter) -> None:
        await counter.add(["a", "b"], WINDOW)
        await counter.clear(["a"])
        assert await counter.counts(["a", "b"]) == [0, 1]
        await counter.clear([])


class TestMemoryAttemptCounter(AttemptCounterContract):
    @pytest.fixture
    def clock(self) -> FakeClock:
        return FakeClock()

    @pytest.fixture
    async def counter(self, clock: FakeClock) -> AsyncIterator[AttemptCounter]:
        counter = MemoryAttemptCounter(clock.now)
        yield counter
        await counter.close()

    async def test_a_window_ends_on_time(self, clock: FakeClock) -> None:
        counter = MemoryAttemptCounter(clock.now)
        await counter.add(["a"], WINDOW)
        clock.advance(WINDOW - dt.timedelta(seconds=1))
        assert await counter.counts(["a"]) == [1]
        assert await counter.remaining("a") == dt.timedelta(seconds=1)
        clock.advance(dt.timedelta(seconds=1))
        assert await counter.counts(["a"]) == [0]
        assert await counter.add(["a"], WINDOW) == [1]

    async def test_a_flood_of_keys_is_bounded_oldest_first(self, clock: FakeClock) -> None:
        counter = MemoryAttemptCounter(clock.now, max_keys=100)
        for n in range(250):
            await counter.add([f"address:{n}"], WINDOW)
        assert len(counter.windows) == 100
        assert await counter.counts(["address:0", "address:249"]) == [0, 1]

    async def test_expired_windows_go_first_when_the_bound_is_reached(
        self, clock: FakeClock
    ) -> None:
        counter = MemoryAttemptCounter(clock.now, max_keys=3)
        await counter.add(["old"], dt.timedelta(seconds=1))
        await counter.add(["kept-1", "kept-2"], WINDOW)
        clock.advance(dt.timedelta(seconds=2))
        await counter.add(["new"], WINDOW)
        assert set(counter.windows) == {"kept-1", "kept-2", "new"}


@pytest.mark.redis
class TestRedisAttemptCounter(AttemptCounterContract):
    @pytest.fixture
    async def counter(self, redis_url: str) -> AsyncIterator[AttemptCounter]:
        counter = RedisAttemptCounter(redis_url)
        yield counter
        await counter.close()

    async def test_every_key_gets_its_expiry_with_its_first_failure(
        self, counter: AttemptCounter, redis_url: str
    ) -> None:
        await counter.add(["a"], WINDOW)
        client = connect(redis_url)
        try:
            keys = [key async for key in client.scan_iter("tsl:*")]
            assert keys == [b"tsl:{attempts}:a"]
            ttl = await client.pttl(keys[0])
            assert 0 < ttl <= WINDOW.total_seconds() * 1000
        finally:
            await client.aclose()

    async def test_two_processes_share_one_count(
        self, counter: AttemptCounter, redis_url: str
    ) -> None:
        other = RedisAttemptCounter(redis_url)
        try:
            await counter.add(["a"], WINDOW)
            assert await other.add(["a"], WINDOW) == [2]
            assert await counter.counts(["a"]) == [2]
        finally:
            await other.close()
