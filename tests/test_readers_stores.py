"""Who reads a thread (issue 21): one contract for both stores, then Redis across processes.

Each Redis store is one "process" with its own clock, so a process that dies is one whose clock
stops while the others' move on: no test waits for a TTL to pass.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable

import pytest
import redis.asyncio

from server.brokers.base import Reader, ReaderStore
from server.brokers.readers_memory import MemoryReaders
from server.brokers.readers_redis import RedisReaders, reader_keys
from tests.conftest import redis_database
from tests.test_presence_redis import START, FakeClock

SPACE, THREAD, OTHER_THREAD = 12, 34, 35
ANA = Reader(1, "Ana", "founder")
BOB = Reader(2, "Bob", "teacher")
EVA = Reader(3, "Eva", "admin")
TTL = 15.0

MakeStore = Callable[[str, FakeClock], ReaderStore]


@pytest.fixture(params=["memory", "redis"])
async def make_store(request: pytest.FixtureRequest) -> AsyncIterator[MakeStore]:
    """Stores of one kind; for Redis, "processes" sharing the test Redis."""
    stores: list[ReaderStore] = []
    async with contextlib.AsyncExitStack() as stack:
        url = ""
        if request.param == "redis":
            url = await stack.enter_async_context(redis_database())

        def make(process_id: str, clock: FakeClock) -> ReaderStore:
            store: ReaderStore
            if url:
                store = RedisReaders(url, process_id=process_id, ttl_s=TTL, clock=clock)
            else:
                store = MemoryReaders(clock=clock)
            stores.append(store)
            return store

        yield make
        for store in stores:
            await store.close()


async def shown(store: ReaderStore, limit: int = 20, thread: int = THREAD) -> tuple[list[str], int]:
    now = await store.top(SPACE, thread, limit)
    return [reader.display_name for reader in now.shown], now.total


# -- the contract: both stores ---------------------------------------------------------------


async def test_readers_are_ordered_by_latest_activity_newest_first(make_store: MakeStore) -> None:
    clock = FakeClock()
    store = make_store("p1", clock)
    for reader in (ANA, BOB, EVA):
        await store.enter(SPACE, THREAD, reader, f"c{reader.account_id}")
        clock.advance(1)
    assert await shown(store) == (["Eva", "Bob", "Ana"], 3)
    await store.touch(SPACE, THREAD, ANA.account_id)  # Ana posted
    assert await shown(store) == (["Ana", "Eva", "Bob"], 3)
    top = await store.top(SPACE, THREAD, 20)
    assert top.shown[0] == ANA  # name and role as entered


async def test_ties_go_to_the_lower_account_id(make_store: MakeStore) -> None:
    store = make_store("p1", FakeClock())
    for reader in (EVA, ANA, BOB):
        await store.enter(SPACE, THREAD, reader, f"c{reader.account_id}")
    assert await shown(store) == (["Ana", "Bob", "Eva"], 3)


async def test_the_cap_shows_the_first_and_counts_all(make_store: MakeStore) -> None:
    clock = FakeClock()
    store = make_store("p1", clock)
    for n in range(1, 31):
        await store.enter(SPACE, THREAD, Reader(n, f"R{n}", "teacher"), f"c{n}")
        clock.advance(0.25)  # 30 arrivals within the TTL
    names_shown, total = await shown(store, limit=20)
    assert total == 30
    assert names_shown == [f"R{n}" for n in range(30, 10, -1)]


async def test_tabs_of_one_member_count_once_until_the_last_leaves(make_store: MakeStore) -> None:
    store = make_store("p1", FakeClock())
    await store.enter(SPACE, THREAD, ANA, "tab1")
    await store.enter(SPACE, THREAD, ANA, "tab2")
    await store.enter(SPACE, THREAD, BOB, "tab3")
    assert await shown(store) == (["Ana", "Bob"], 2)
    await store.leave(SPACE, THREAD, ANA.account_id, "tab1")
    assert await shown(store) == (["Ana", "Bob"], 2)
    await store.leave(SPACE, THREAD, ANA.account_id, "tab2")
    await store.leave(SPACE, THREAD, ANA.account_id, "tab2")  # twice: nothing more
    await store.leave(SPACE, THREAD, EVA.account_id, "never")
    assert await shown(store) == (["Bob"], 1)


async def test_threads_are_apart(make_store: MakeStore) -> None:
    store = make_store("p1", FakeClock())
    await store.enter(SPACE, THREAD, ANA, "c1")
    await store.enter(SPACE, OTHER_THREAD, BOB, "c2")
    assert await shown(store) == (["Ana"], 1)
    assert await shown(store, thread=OTHER_THREAD) == (["Bob"], 1)
    assert await shown(store, thread=99) == ([], 0)


async def test_touching_a_member_who_is_not_reading_lists_nobody(make_store: MakeStore) -> None:
    clock = FakeClock()
    store = make_store("p1", clock)
    await store.touch(SPACE, THREAD, ANA.account_id)
    assert await shown(store) == ([], 0)
    await store.enter(SPACE, THREAD, ANA, "c1")
    await store.leave(SPACE, THREAD, ANA.account_id, "c1")
    await store.touch(SPACE, THREAD, ANA.account_id)
    assert await shown(store) == ([], 0)
    # Back later: opening is activity again, newer than an earlier reader's.
    await store.enter(SPACE, THREAD, BOB, "c2")
    clock.advance(1)
    await store.enter(SPACE, THREAD, ANA, "c3")
    assert await shown(store) == (["Ana", "Bob"], 2)


# -- Redis: several processes, expiry -------------------------------------------------------


@pytest.fixture
async def redis_stores(redis_url: str) -> AsyncIterator[Callable[[str, FakeClock], RedisReaders]]:
    stores: list[RedisReaders] = []

    def make(process_id: str, clock: FakeClock) -> RedisReaders:
        store = RedisReaders(redis_url, process_id=process_id, ttl_s=TTL, clock=clock)
        stores.append(store)
        return store

    yield make
    for store in stores:
        await store.close()


async def test_readers_on_two_processes_are_seen_by_both(
    redis_stores: Callable[[str, FakeClock], RedisReaders],
) -> None:
    clock = FakeClock()
    one, two = redis_stores("p1", clock), redis_stores("p2", clock)
    await one.enter(SPACE, THREAD, ANA, "c1")
    clock.advance(1)
    await two.enter(SPACE, THREAD, BOB, "c1")  # the same connection id on another process
    assert await shown(one) == await shown(two) == (["Bob", "Ana"], 2)
    await two.touch(SPACE, THREAD, ANA.account_id)
    assert await shown(one) == (["Ana", "Bob"], 2)


async def test_a_dead_process_readers_expire_and_a_live_one_stays(
    redis_stores: Callable[[str, FakeClock], RedisReaders], redis_url: str
) -> None:
    live_clock, dead_clock = FakeClock(), FakeClock()
    live, dead = redis_stores("live", live_clock), redis_stores("dead", dead_clock)
    await live.enter(SPACE, THREAD, ANA, "c1")
    await dead.enter(SPACE, THREAD, BOB, "c2")  # its tab never says goodbye
    for _ in range(4):  # 20 s: the live process refreshes every 5 s, the dead one never
        live_clock.advance(5)
        await live.refresh()
    assert await shown(live) == (["Ana"], 1)
    # Bob's name and activity went with his entry: nothing of his is left behind.
    client = redis.asyncio.Redis.from_url(redis_url, decode_responses=True)
    try:
        _, active, who = reader_keys(SPACE, THREAD)
        assert await client.zrange(active, 0, -1) == [str(ANA.account_id)]
        assert await client.hkeys(who) == [str(ANA.account_id)]
        # Every key expires once nobody refreshes it (twice the TTL).
        assert 0 < await client.pttl(active) <= TTL * 2000
    finally:
        await client.aclose()


async def test_refresh_does_not_bring_back_a_left_entry(
    redis_stores: Callable[[str, FakeClock], RedisReaders],
) -> None:
    clock = FakeClock(START)
    store = redis_stores("p1", clock)
    await store.enter(SPACE, THREAD, ANA, "c1")
    await store.leave(SPACE, THREAD, ANA.account_id, "c1")
    await store.refresh()
    assert await shown(store) == ([], 0)
