"""The typing gate: one event per member and chat per window, on a given clock; in-process,
and shared by several processes through Redis."""

from __future__ import annotations

import datetime as dt

import pytest

from server.brokers import typing_memory as chat_typing
from server.brokers.redis_client import connect
from server.brokers.typing_memory import TYPING_EVERY, MemoryTypingGate
from server.brokers.typing_redis import RedisTypingGate

T0 = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
JUST_BEFORE = T0 + TYPING_EVERY - dt.timedelta(milliseconds=1)


@pytest.fixture
def redis_url(any_redis_url: str) -> str:
    """One Redis, then the test Redis Cluster (tests/conftest.py's ``any_redis_url``)."""
    return any_redis_url


async def test_one_event_per_member_and_chat_per_window() -> None:
    gate = MemoryTypingGate()
    assert await gate.admit(1, 10, T0)
    assert not await gate.admit(1, 10, JUST_BEFORE)
    assert await gate.admit(2, 10, T0)  # another member
    assert await gate.admit(1, 11, T0)  # another chat
    assert await gate.admit(1, 10, T0 + TYPING_EVERY)


def test_stale_entries_are_dropped_when_the_gate_is_full() -> None:
    gate = MemoryTypingGate()
    for account in range(chat_typing.MAX_ENTRIES):
        assert gate.admit_now(account, 1, T0)
    later = T0 + TYPING_EVERY
    assert gate.admit_now(-1, 1, later)
    assert set(gate.last) == {(-1, 1)}


@pytest.mark.redis
async def test_two_processes_share_one_window_through_redis(redis_url: str) -> None:
    first, second = RedisTypingGate(redis_url), RedisTypingGate(redis_url)  # two processes
    try:
        assert await first.admit(1, 10, T0)
        assert not await second.admit(1, 10, T0)  # the other process: within the window
        assert not await second.admit(1, 10, JUST_BEFORE)
        assert await second.admit(2, 10, T0)  # another member
        assert await second.admit(1, 11, T0)  # another chat
        assert await second.admit(1, 10, T0 + TYPING_EVERY)
        assert not await first.admit(1, 10, T0 + TYPING_EVERY)  # the window moved for both
    finally:
        await first.close()
        await second.close()


@pytest.mark.redis
async def test_a_key_cleans_itself_up_in_redis(redis_url: str) -> None:
    gate = RedisTypingGate(redis_url)
    client = connect(redis_url)
    try:
        assert await gate.admit(1, 10, T0)
        ttl = await client.pttl(RedisTypingGate.redis_key(1, 10))
        assert 0 < ttl <= TYPING_EVERY.total_seconds() * 1000 * 10
    finally:
        await client.aclose()
        await gate.close()


async def test_a_failing_redis_leaves_this_processs_gate_deciding() -> None:
    gate = RedisTypingGate("redis://127.0.0.1:1/15")  # nothing listens on port 1
    try:
        assert await gate.admit(1, 10, T0)
        assert not await gate.admit(1, 10, JUST_BEFORE)
    finally:
        await gate.close()
