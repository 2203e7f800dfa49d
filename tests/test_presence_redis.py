"""RedisPresence on the real Redis: the shared rules, then several processes, expiry and reaping.

Each store is one "process" with its own clock, so a process that dies is one whose clock stops
while the others' move on: no test waits for a TTL to pass.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import AsyncIterator, Callable

import pytest
import redis.asyncio
from redis.asyncio.cluster import RedisCluster

from server.brokers.base import PresenceChange, PresenceStore
from server.brokers.presence_redis import (
    DEFAULT_TTL_S,
    PROCESSES_KEY,
    YOUNG_LOOKBACK_S,
    RedisPresence,
    entries_key,
    members_key,
    process_index_key,
    young_key,
)
from server.brokers.redis_client import RedisClient, connect
from tests.support import PrivateRedis
from tests.test_presence_memory import ALICE, BOB, OTHER_SPACE, SPACE, PresenceStoreContract

TTL = 15.0
#: The fake clocks start in 2096, after the wall clock: a real process that shares the test
#: Redis (a server left running by another test, another session) reaps with the wall clock,
#: and would take entries stamped in the past as long expired (see the real-clock test below).
START = 4_000_000_000.0


class FakeClock:
    """A clock that moves only when told to."""

    def __init__(self, now: float = START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


MakeStore = Callable[[str, FakeClock], RedisPresence]


@pytest.fixture
def redis_url(any_redis_url: str) -> str:
    """One Redis, then the test Redis Cluster (tests/conftest.py's ``any_redis_url``)."""
    return any_redis_url


@pytest.fixture
async def make_store(redis_url: str) -> AsyncIterator[MakeStore]:
    """Makes RedisPresence "processes" on the test Redis; all closed afterwards."""
    stores: list[RedisPresence] = []

    def make(process_id: str, clock: FakeClock) -> RedisPresence:
        store = RedisPresence(redis_url, process_id=process_id, ttl_s=TTL, clock=clock)
        stores.append(store)
        return store

    yield make
    for store in stores:
        await store.close()


@pytest.fixture
async def raw(redis_url: str) -> AsyncIterator[RedisClient]:
    client = connect(redis_url, decode_responses=True)
    yield client
    await client.aclose()


async def all_keys(raw: RedisClient) -> list[str]:
    """Every key, from every master of a cluster (KEYS reads one node)."""
    if isinstance(raw, RedisCluster):
        found = await raw.keys("*", target_nodes=RedisCluster.PRIMARIES)
    else:
        found = await raw.keys("*")
    return [str(key) for key in found]


class TestRedisPresence(PresenceStoreContract):
    @pytest.fixture
    def store(self, make_store: MakeStore) -> RedisPresence:
        return make_store("p1", FakeClock())


def offline(*accounts: int, space: int = SPACE) -> list[PresenceChange]:
    return [PresenceChange(space, account, online=False) for account in accounts]


def test_redis_presence_is_a_presence_store() -> None:
    store: PresenceStore = RedisPresence("redis://127.0.0.1:6379/15", process_id="p")
    assert isinstance(store, RedisPresence)
    assert store.ttl_s == DEFAULT_TTL_S == 15.0


@pytest.mark.parametrize("process_id", ["", "a|b"])
def test_process_id_must_be_non_empty_without_separator(process_id: str) -> None:
    with pytest.raises(ValueError, match="process_id"):
        RedisPresence("redis://127.0.0.1:6379/15", process_id=process_id)


def test_ttl_must_be_positive() -> None:
    with pytest.raises(ValueError, match="ttl_s"):
        RedisPresence("redis://127.0.0.1:6379/15", process_id="p", ttl_s=0)


async def test_keys_of_a_space_share_its_hash_tag(make_store: MakeStore, raw: RedisClient) -> None:
    store = make_store("p1", FakeClock())
    await store.join(SPACE, ALICE, "tab-1")
    assert members_key(SPACE) == "tsl:{s12}:presence"
    assert entries_key(SPACE, ALICE) == "tsl:{s12}:presence:1"
    bucket = young_key(math.floor((START + TTL) / (TTL / 3)))
    assert set(await all_keys(raw)) == {members_key(SPACE), entries_key(SPACE, ALICE), bucket}
    assert await raw.zrange(entries_key(SPACE, ALICE), 0, -1, withscores=True) == [
        ("p1|tab-1", START + TTL)
    ]
    assert await raw.zscore(members_key(SPACE), str(ALICE)) == START + TTL
    assert await raw.smembers(bucket) == {str(SPACE)}  # where a young entry may expire


async def test_tabs_on_two_processes_count_once(make_store: MakeStore) -> None:
    clock = FakeClock()
    a, b = make_store("a", clock), make_store("b", clock)
    assert await a.join(SPACE, ALICE, "tab-1") is True
    assert await b.join(SPACE, ALICE, "tab-2") is False
    assert await a.online(SPACE) == await b.online(SPACE) == {ALICE}
    assert await a.leave(SPACE, ALICE, "tab-1") is False
    assert await b.online(SPACE) == {ALICE}
    assert await b.leave(SPACE, ALICE, "tab-2") is True
    assert await a.online(SPACE) == set()


async def test_one_connection_id_on_two_processes_is_two_connections(
    make_store: MakeStore,
) -> None:
    # Connection ids are unique per process only: the entry carries the process id too.
    clock = FakeClock()
    a, b = make_store("a", clock), make_store("b", clock)
    assert await a.join(SPACE, ALICE, "1") is True
    assert await b.join(SPACE, ALICE, "1") is False
    assert await a.leave(SPACE, ALICE, "1") is False
    assert await b.leave(SPACE, ALICE, "1") is True


async def test_members_of_a_dead_process_are_reaped_and_reported_once(
    make_store: MakeStore,
) -> None:
    dead_clock, live_clock = FakeClock(), FakeClock()
    dead, live = make_store("dead", dead_clock), make_store("live", live_clock)
    await dead.join(SPACE, ALICE, "a")
    await dead.join(SPACE, BOB, "b")
    await dead.join(OTHER_SPACE, ALICE, "a")
    await live.join(SPACE, 3, "c")

    live_clock.advance(TTL * 2 / 3)
    await live.refresh()
    assert await live.reap() == []
    assert await live.online(SPACE) == {ALICE, BOB, 3}

    live_clock.advance(TTL * 2 / 3)  # past the dead process's expiry, not the live one's
    assert await live.online(SPACE) == {3}  # expired entries are not online, even unreaped
    changes = await live.reap()
    assert sorted(changes, key=lambda c: (c.space_id, c.account_id)) == [
        *offline(ALICE, BOB),
        *offline(ALICE, space=OTHER_SPACE),
    ]
    assert await live.reap() == []
    assert await live.online(SPACE) == {3}
    assert await live.online(OTHER_SPACE) == set()


async def test_an_entry_is_online_until_its_expiry(
    make_store: MakeStore,
) -> None:
    clock = FakeClock()
    store = make_store("p", clock)
    await store.join(SPACE, ALICE, "a")
    clock.advance(TTL - 0.001)
    assert await store.online(SPACE) == {ALICE}
    clock.advance(0.001)
    assert await store.online(SPACE) == set()


async def test_concurrent_reapers_report_each_member_exactly_once(
    make_store: MakeStore,
) -> None:
    dead = make_store("dead", FakeClock())
    reaper_clock = FakeClock(START + TTL + 1)
    reapers = [make_store("r1", reaper_clock), make_store("r2", reaper_clock)]
    for round_ in range(5):
        members = set(range(1, 51))
        for account_id in members:
            await dead.join(SPACE, account_id, f"c{account_id}")
            await dead.join(OTHER_SPACE + round_, account_id, f"c{account_id}")
        first, second = await asyncio.gather(*(reaper.reap() for reaper in reapers))
        expected = {
            (space, account_id) for space in (SPACE, OTHER_SPACE + round_) for account_id in members
        }
        got_first = {(c.space_id, c.account_id) for c in first}
        got_second = {(c.space_id, c.account_id) for c in second}
        assert len(first) == len(got_first)
        assert len(second) == len(got_second)
        assert got_first | got_second == expected
        assert got_first & got_second == set()
        assert all(not c.online for c in first + second)
        for store in (dead, *reapers):
            assert await store.online(SPACE) == set()


async def test_a_wall_clock_reaper_on_the_same_redis_leaves_the_fake_entries_alone(
    make_store: MakeStore,
) -> None:
    # With START in the past, a stray server's reaper took a dead process's entries before the
    # reapers of test_concurrent_reapers_report_each_member_exactly_once, which then reported
    # no one for them.
    dead = make_store("dead", FakeClock())
    await dead.join(SPACE, ALICE, "a")
    stray = make_store("stray-server", FakeClock(time.time()))
    assert await stray.reap() == []
    reaper = make_store("r", FakeClock(START + TTL + 1))
    assert await reaper.reap() == offline(ALICE)


async def test_refresh_keeps_entries_alive_past_their_first_expiry(
    make_store: MakeStore,
) -> None:
    clock, reaper_clock = FakeClock(), FakeClock()
    store, reaper = make_store("p", clock), make_store("reaper", reaper_clock)
    await store.join(SPACE, ALICE, "a")
    await store.join(OTHER_SPACE, BOB, "b")
    for _ in range(4):
        clock.advance(TTL / 3)
        await store.refresh()
    reaper_clock.advance(TTL * 4 / 3 + 1)  # past the first expiry, before the refreshed one
    assert await reaper.reap() == []
    assert await reaper.online(SPACE) == {ALICE}
    assert await reaper.online(OTHER_SPACE) == {BOB}
    reaper_clock.advance(TTL)
    assert sorted(await reaper.reap(), key=lambda c: c.space_id) == [
        *offline(ALICE),
        *offline(BOB, space=OTHER_SPACE),
    ]


async def test_member_on_two_processes_stays_online_when_one_dies(
    make_store: MakeStore,
) -> None:
    dead_clock, live_clock = FakeClock(), FakeClock()
    dead, live = make_store("dead", dead_clock), make_store("live", live_clock)
    assert await dead.join(SPACE, ALICE, "phone") is True
    assert await live.join(SPACE, ALICE, "laptop") is False
    live_clock.advance(TTL * 2 / 3)
    await live.refresh()
    live_clock.advance(TTL * 2 / 3)
    assert await live.reap() == []
    assert await live.online(SPACE) == {ALICE}
    assert await live.leave(SPACE, ALICE, "laptop") is True
    assert await live.reap() == []


async def test_a_reaped_connection_is_not_brought_back_by_refresh(
    make_store: MakeStore,
) -> None:
    # The process stalled past the TTL and was reaped: its member was reported offline, so
    # its late refresh must not make them silently online again, nor its leave report twice.
    stalled_clock, reaper_clock = FakeClock(), FakeClock(START + TTL + 1)
    stalled, reaper = make_store("stalled", stalled_clock), make_store("r", reaper_clock)
    await stalled.join(SPACE, ALICE, "a")
    assert await reaper.reap() == offline(ALICE)
    stalled_clock.advance(TTL + 1)
    await stalled.refresh()
    assert await reaper.online(SPACE) == set()
    assert await stalled.leave(SPACE, ALICE, "a") is False
    assert await stalled.join(SPACE, ALICE, "a") is True
    assert await reaper.online(SPACE) == {ALICE}


async def test_refresh_keeps_a_connection_that_joined_again_meanwhile(
    make_store: MakeStore,
) -> None:
    clock = FakeClock()
    store = make_store("p", clock)
    await store.join(SPACE, ALICE, "a")
    await store.leave(SPACE, ALICE, "a")
    await store.join(SPACE, ALICE, "a")
    clock.advance(TTL / 3)
    await store.refresh()
    clock.advance(TTL * 5 / 6)  # past the join's own expiry: alive only through the refresh
    assert await store.online(SPACE) == {ALICE}


async def test_leaving_an_expired_unreaped_connection_reports_offline_once(
    make_store: MakeStore,
) -> None:
    clock, reaper_clock = FakeClock(), FakeClock()
    store, reaper = make_store("p", clock), make_store("r", reaper_clock)
    await store.join(SPACE, ALICE, "a")
    clock.advance(TTL + 1)
    reaper_clock.advance(TTL + 1)
    assert await store.leave(SPACE, ALICE, "a") is True
    assert await reaper.reap() == []


async def test_last_leave_sweeps_the_members_expired_entries(
    make_store: MakeStore,
) -> None:
    # Alice's phone was on a process that died; her laptop's leave takes her offline and
    # removes the phone's entry too, so the reaper does not report her offline again.
    dead_clock, live_clock = FakeClock(), FakeClock()
    dead, live = make_store("dead", dead_clock), make_store("live", live_clock)
    await dead.join(SPACE, ALICE, "phone")
    await live.join(SPACE, ALICE, "laptop")
    live_clock.advance(TTL * 2 / 3)
    await live.refresh()
    live_clock.advance(TTL * 2 / 3)
    assert await live.leave(SPACE, ALICE, "laptop") is True
    assert await live.reap() == []


async def test_joining_after_the_only_entry_expired_announces_again_without_offline(
    make_store: MakeStore,
) -> None:
    # Alice's only entry expired on a dead process; a new tab announces her online again
    # (clients ignore the repeat) and the reaper then has nothing to report.
    dead_clock, live_clock = FakeClock(), FakeClock()
    dead, live = make_store("dead", dead_clock), make_store("live", live_clock)
    await dead.join(SPACE, ALICE, "phone")
    live_clock.advance(TTL + 1)
    assert await live.join(SPACE, ALICE, "laptop") is True
    assert await live.reap() == []
    assert await live.online(SPACE) == {ALICE}


async def test_reaping_leaves_only_the_young_buckets_which_expire_by_themselves(
    make_store: MakeStore, raw: RedisClient
) -> None:
    clock = FakeClock()
    store = make_store("p", clock)
    await store.join(SPACE, ALICE, "a")
    await store.join(OTHER_SPACE, BOB, "b")
    await store.leave(SPACE, ALICE, "a")
    assert await store.reap() == []
    clock.advance(TTL + 1)
    assert await store.reap() == offline(BOB, space=OTHER_SPACE)
    left = await all_keys(raw)
    assert left
    assert all(key.startswith("tsl:presence:young:") for key in left), left
    for key in left:  # in real seconds: the lookback, a TTL and an interval, and a second
        assert 0 < await raw.ttl(key) <= YOUNG_LOOKBACK_S + TTL + TTL / 3 + 2


@pytest.mark.parametrize("silence_s", [TTL * 2, 600.0])
async def test_a_new_process_reaps_the_young_entries_a_predecessor_left_before_its_first_upkeep(
    make_store: MakeStore, silence_s: float
) -> None:
    # The only process died right after letting a tab in; its successor starts later, after
    # the young entry's bucket left the last TTL's window, and still announces Alice offline.
    dead = make_store("dead", FakeClock())
    await dead.join(SPACE, ALICE, "a")
    successor = make_store("successor", FakeClock(START + TTL + silence_s))
    assert await successor.reap() == offline(ALICE)
    assert await successor.online(SPACE) == set()


async def test_a_dead_processs_members_leave_the_count_when_their_entries_expire(
    make_store: MakeStore,
) -> None:
    clock = FakeClock()
    alive, dead = make_store("alive", clock), make_store("dead", clock)
    await alive.join(SPACE, ALICE, "a")
    await dead.join(SPACE, BOB, "b")
    assert await alive.count(SPACE) == 2
    clock.advance(TTL / 3)
    await alive.refresh()
    clock.advance(TTL * 2 / 3 + 1)  # the dead process never refreshed: its entry expired
    assert await alive.count(SPACE) == 1 == len(await alive.online(SPACE))


@pytest.mark.redis
async def test_an_idle_reap_costs_the_same_few_commands_whatever_the_spaces(
    private_redis: PrivateRedis,
) -> None:
    """Issue 24: each reap read two commands per space with members (6,700 at 100,000 tabs in
    classes of 30, every 5 s in every process). Now it reads the young buckets of the last TTL,
    and the spaces they name."""
    clock = FakeClock()
    store = RedisPresence(private_redis.url, process_id="p", ttl_s=TTL, clock=clock)
    client = redis.asyncio.Redis.from_url(private_redis.url)
    try:
        for n in range(300):
            await store.join(n, n, f"c{n}")  # 300 spaces
        assert await store.reap() == []  # the first reap looks back an hour
        for _ in range(8):  # past the joins' young bucket
            clock.advance(TTL / 3)
            await store.refresh()
        await client.config_resetstat()
        for _ in range(3):
            clock.advance(TTL / 3)
            await store.refresh()
            assert await store.reap() == []
        stats = await client.info("commandstats")
        calls = sum(int(stat["calls"]) for stat in stats.values()) - 1  # less this INFO
        assert calls <= 3 * (8 + 8), "the reap looked at each space"
        assert await store.count(299) == 1
    finally:
        await client.aclose()
        await store.close()


@pytest.mark.redis
async def test_an_idle_process_s_upkeep_costs_the_same_few_commands_whatever_it_holds(
    private_redis: PrivateRedis,
) -> None:
    """Issue 24: the upkeep pushed every entry's expiry forward every 5 s. Now it holds each
    entry once and then beats the process's liveness alone."""
    clock = FakeClock()
    store = RedisPresence(private_redis.url, process_id="p", ttl_s=TTL, clock=clock)
    client = redis.asyncio.Redis.from_url(private_redis.url)
    try:
        for n in range(300):
            await store.join(n % 10, n, f"c{n}")
        await store.refresh()  # holds the 300 new entries
        await client.config_resetstat()
        for _ in range(3):
            clock.advance(TTL / 3)
            await store.refresh()
        stats = await client.info("commandstats")
        calls = sum(int(stat["calls"]) for stat in stats.values()) - 1  # less this INFO
        assert calls <= 3 * 8, "the upkeep touched each connection"
    finally:
        await client.aclose()
        await store.close()


async def test_a_held_entry_stays_online_while_its_process_lives(
    make_store: MakeStore, raw: RedisClient
) -> None:
    clock, reader_clock = FakeClock(), FakeClock()
    store, reader = make_store("p", clock), make_store("reader", reader_clock)
    await store.join(SPACE, ALICE, "a")
    await store.refresh()
    assert await raw.zscore(entries_key(SPACE, ALICE), "p|a") == math.inf
    assert await raw.zscore(members_key(SPACE), str(ALICE)) == math.inf
    assert await raw.smembers(process_index_key("p")) == {f"{SPACE}:{ALICE}"}
    for _ in range(30):  # ten TTLs of upkeep that touch no entry
        clock.advance(TTL / 3)
        reader_clock.advance(TTL / 3)
        await store.refresh()
        assert await reader.reap() == []
    assert await reader.online(SPACE) == {ALICE}
    assert await reader.count(SPACE) == 1
    assert await store.leave(SPACE, ALICE, "a") is True
    await store.refresh()
    assert await raw.smembers(process_index_key("p")) == set()


async def test_held_members_of_a_dead_process_are_reaped_and_reported_once(
    make_store: MakeStore, raw: RedisClient
) -> None:
    dead_clock, reaper_clock = FakeClock(), FakeClock()
    dead = make_store("dead", dead_clock)
    reapers = [make_store("r1", reaper_clock), make_store("r2", reaper_clock)]
    members = set(range(1, 31))
    for account_id in members:
        await dead.join(SPACE, account_id, f"c{account_id}")
        await dead.join(OTHER_SPACE, account_id, f"c{account_id}")
    await reapers[0].join(SPACE, 1, "laptop")  # member 1 stays online in SPACE
    await dead.refresh()
    for reaper in reapers:
        await reaper.refresh()
    reaper_clock.advance(TTL * 2 / 3)
    for reaper in reapers:
        await reaper.refresh()
    assert await reapers[0].reap() == []
    reaper_clock.advance(TTL * 2 / 3)  # past the dead process's liveness
    for reaper in reapers:
        await reaper.refresh()
    first, second = await asyncio.gather(*(reaper.reap() for reaper in reapers))
    got = [(c.space_id, c.account_id) for c in first + second]
    expected = {(SPACE, a) for a in members - {1}} | {(OTHER_SPACE, a) for a in members}
    assert sorted(got) == sorted(expected)
    assert all(not c.online for c in first + second)
    assert await reapers[1].online(SPACE) == {1}
    assert await reapers[1].online(OTHER_SPACE) == set()
    assert not await raw.exists(process_index_key("dead"))
    assert await raw.zscore(PROCESSES_KEY, "dead") is None


async def test_a_held_connection_reaped_while_its_process_stalled_stays_gone(
    make_store: MakeStore,
) -> None:
    stalled_clock, reaper_clock = FakeClock(), FakeClock()
    stalled, reaper = make_store("stalled", stalled_clock), make_store("r", reaper_clock)
    await stalled.join(SPACE, ALICE, "a")
    await stalled.refresh()
    reaper_clock.advance(TTL + 1)
    assert await reaper.reap() == offline(ALICE)
    stalled_clock.advance(TTL + 1)
    await stalled.refresh()  # lapsed: holds what is still there, which is nothing
    assert await reaper.online(SPACE) == set()
    assert await stalled.leave(SPACE, ALICE, "a") is False
    assert await stalled.join(SPACE, ALICE, "a") is True
    await stalled.refresh()
    stalled_clock.advance(TTL * 2 / 3)
    reaper_clock.advance(TTL * 2 / 3)
    await stalled.refresh()
    assert await reaper.reap() == []
    assert await reaper.online(SPACE) == {ALICE}
