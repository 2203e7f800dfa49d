"""Who is reading a thread (issue 21), over real sockets: on the in-process broker and on Redis,
in one server and across two sharing Redis; readers who leave, whose tab dies, whose process
dies; one presence message per connection per pass."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from protocol.messages import Ack, Error, PresenceCount, PresenceReaders, Subscribe, Unsubscribe
from server.brokers.base import Reader
from server.brokers.readers_redis import RedisReaders
from server.clock import FakeClock
from server.config import Settings
from server.realtime.hub import Hub

from ..http.conftest import ApiUser, World, ok
from ..http.forum_support import client_id
from .conftest import LiveServer, SettingsTweak, WsClient, serve


@pytest.fixture(params=["memory", "redis"])
def tweak(request: pytest.FixtureRequest) -> SettingsTweak:
    if request.param == "memory":
        return lambda settings: settings
    url = request.getfixturevalue("redis_url")
    return lambda settings: dataclasses.replace(settings, redis_url=url)


async def stop_counting(hub: Hub) -> None:
    """No presence pass but the test's own."""
    assert hub.counter is not None
    hub.counter.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await hub.counter


def hub_of(live: LiveServer) -> Hub:
    hub: Hub = live.world.ctx.hub  # type: ignore[attr-defined]
    return hub


async def group_thread(world: World, owner: ApiUser, *members: ApiUser) -> tuple[int, int]:
    group = await world.group(owner)
    for member in members:
        ok(await member.post(f"/api/groups/{group}/join"))
    body = {"area": "open", "title": "Rivers", "body": "Hello", "client_id": client_id()}
    created = ok(await owner.post(f"/api/spaces/{group}/forum/threads", body), 201)
    return group, int(created["thread"]["id"])


async def read(client: WsClient, space_id: int, thread_id: int) -> PresenceReaders:
    await client.send(Subscribe(ref=client.ref(), channel=f"readers:{space_id}:{thread_id}"))
    await client.expect(Ack)
    snapshot: PresenceReaders = await client.expect(PresenceReaders)
    return snapshot


def who(message: PresenceReaders) -> list[str]:
    return [reader.display_name for reader in message.readers]


async def test_readers_see_each_other_come_post_and_go(live: LiveServer) -> None:
    world, hub = live.world, hub_of(live)
    ana, bob, eva = [await world.etwinner(n) for n in ("Ana", "Bob", "Eva")]
    group, thread = await group_thread(world, ana, bob, eva)
    ana_tab = await live.connect(ana)
    first = await read(ana_tab, group, thread)
    assert (who(first), first.more, first.online) == (["Ana"], 0, 0)
    assert first.readers[0].role == "founder"  # a group's owner: the page says "owner"
    await asyncio.sleep(0.01)  # activity is ordered by wall time
    bob_tab = await live.connect(bob)
    assert who(await read(bob_tab, group, thread)) == ["Bob", "Ana"]
    await ana_tab.nothing_within(0.1)  # no event per reader: the next pass says it
    assert await hub.send_counts() == 2  # one message to each reader
    seen = await ana_tab.expect(PresenceReaders)
    assert who(seen) == ["Bob", "Ana"]
    assert (await bob_tab.expect(PresenceReaders)).readers == seen.readers
    assert await hub.send_counts() == 0  # unchanged: nothing sent (coalesced)

    # Ana posts: she is active, first in the line at the next pass.
    reply = {"body": "A photo", "client_id": client_id()}
    ok(await ana.post(f"/api/spaces/{group}/forum/threads/{thread}/posts", reply), 201)
    assert await hub.send_counts() == 2
    assert who(await bob_tab.expect(PresenceReaders)) == ["Ana", "Bob"]
    await ana_tab.expect(PresenceReaders)

    # Bob closes the thread (the ack comes once he is gone from it).
    await bob_tab.send(Unsubscribe(ref=bob_tab.ref(), channel=f"readers:{group}:{thread}"))
    await bob_tab.expect(Ack)
    assert await hub.send_counts() == 1
    assert who(await ana_tab.expect(PresenceReaders)) == ["Ana"]
    await bob_tab.nothing_within(0.1)


async def test_writing_a_reply_moves_a_reader_up_and_is_for_those_who_may_reply(
    live: LiveServer,
) -> None:
    world, hub = live.world, hub_of(live)
    ana, bob, eve = [await world.etwinner(n) for n in ("Ana", "Bob", "Eve")]
    group, thread = await group_thread(world, ana, bob)
    ana_tab = await live.connect(ana)
    await read(ana_tab, group, thread)
    await asyncio.sleep(0.01)
    bob_tab = await live.connect(bob)
    assert who(await read(bob_tab, group, thread)) == ["Bob", "Ana"]
    assert await hub.send_counts() == 2  # Ana hears of Bob (and Bob, once more, too)
    await ana_tab.expect(PresenceReaders)
    await bob_tab.expect(PresenceReaders)
    typing = f"/api/spaces/{group}/forum/threads/{thread}/typing"
    assert (await ana.post(typing)).status_code == 204
    assert await hub.send_counts() == 2
    assert who(await bob_tab.expect(PresenceReaders)) == ["Ana", "Bob"]
    # Someone outside the group: the thread does not exist for them, and nothing moves.
    missing = f"/api/spaces/{group}/forum/threads/{thread + 999}/typing"
    answers = [(await eve.post(path)).status_code for path in (typing, missing)]
    assert answers == [404, 404]
    assert await hub.send_counts() == 0


async def test_a_reader_gets_the_group_count_inside_its_snapshot_not_twice(
    live: LiveServer,
) -> None:
    world, hub = live.world, hub_of(live)
    ana, bob = await world.etwinner("Ana"), await world.etwinner("Bob")
    group, thread = await group_thread(world, ana, bob)
    ana_tab = await live.connect(ana)
    await ana_tab.send(Subscribe(ref=ana_tab.ref(), channel=f"presence:{group}"))
    await ana_tab.expect(Ack)
    assert (await ana_tab.expect(PresenceCount)).online == 1
    await read(ana_tab, group, thread)
    # Bob comes online and opens the thread: the count and the readers both changed.
    bob_tab = await live.connect(bob)
    await bob_tab.send(Subscribe(ref=bob_tab.ref(), channel=f"presence:{group}"))
    await bob_tab.expect(Ack)
    await bob_tab.expect(PresenceCount)
    await read(bob_tab, group, thread)
    assert await hub.send_counts() == 2  # one each, not four
    both = await ana_tab.expect(PresenceReaders)
    assert (who(both), both.online) == (["Bob", "Ana"], 2)
    await ana_tab.nothing_within(0.1)  # no presence.count besides
    await bob_tab.expect(PresenceReaders)
    # Bob closes the thread but stays online: only the readers changed.
    await bob_tab.send(Unsubscribe(ref=bob_tab.ref(), channel=f"readers:{group}:{thread}"))
    await bob_tab.expect(Ack)
    assert await hub.send_counts() == 1
    assert (await ana_tab.expect(PresenceReaders)).online == 2


async def test_a_crowded_groups_presence_goes_every_other_pass_and_loses_no_change(
    live: LiveServer,
) -> None:
    """Past `crowded_subscribers` presence subscribers here, a group's counts and readers go
    out every second pass (20 s): a change made before an off pass is told at the next one."""
    world, hub = live.world, hub_of(live)
    await stop_counting(hub)  # the test makes the passes, and their order matters here
    hub.crowded_subscribers = 2  # the test's crowd: Ana and Bob
    ana, bob = await world.etwinner("Ana"), await world.etwinner("Bob")
    group, thread = await group_thread(world, ana, bob)
    tabs = []
    for person in (ana, bob):
        tab = await live.connect(person)
        await tab.send(Subscribe(ref=tab.ref(), channel=f"presence:{group}"))
        await tab.expect(Ack)
        await tab.expect(PresenceCount)
        await read(tab, group, thread)
        tabs.append(tab)
    assert hub.presence_passes % 2 == 0  # so the next pass is an off pass
    assert await hub.send_counts() == 0  # off: Bob's coming is kept
    await tabs[0].nothing_within(0.1)
    assert await hub.send_counts() == 2  # due: one snapshot each, with both readers
    seen = await tabs[0].expect(PresenceReaders)
    assert (who(seen), seen.online) == (["Bob", "Ana"], 2)
    await tabs[1].expect(PresenceReaders)
    # Below the crowd, every pass again.
    hub.crowded_subscribers = 3
    await tabs[1].send(Unsubscribe(ref=tabs[1].ref(), channel=f"readers:{group}:{thread}"))
    await tabs[1].expect(Ack)
    assert hub.presence_passes % 2 == 0
    assert await hub.send_counts() == 1  # an odd pass, sent all the same
    assert who(await tabs[0].expect(PresenceReaders)) == ["Ana"]


async def test_two_tabs_count_once_and_a_dead_tab_drops_out(live: LiveServer) -> None:
    world, hub = live.world, hub_of(live)
    ana, bob = await world.etwinner("Ana"), await world.etwinner("Bob")
    group, thread = await group_thread(world, ana, bob)
    ana_tab = await live.connect(ana)
    await read(ana_tab, group, thread)
    bob_tabs = [await live.connect(bob), await live.connect(bob)]
    for tab in bob_tabs:
        await read(tab, group, thread)
    await hub.send_counts()
    assert (await ana_tab.expect(PresenceReaders)).readers[0].display_name == "Bob"
    # One of Bob's tabs dies without a goodbye (the TCP connection cut): still reading.
    bob_tabs[0].socket.transport.abort()
    await asyncio.sleep(0.2)
    assert await hub.send_counts() == 0
    bob_tabs[1].socket.transport.abort()
    for _ in range(50):  # the server notices the cut connection
        if await hub.send_counts():
            break
        await asyncio.sleep(0.05)
    assert who(await ana_tab.expect(PresenceReaders)) == ["Ana"]


async def test_readers_of_a_twinspace_thread_have_no_count(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space = await world.space(ana)
    body = {"area": "open", "title": "Rivers", "body": "Hello", "client_id": client_id()}
    thread = ok(await ana.post(f"/api/spaces/{space}/forum/threads", body), 201)["thread"]["id"]
    snapshot = await read(await live.connect(ana), space, thread)
    assert (who(snapshot), snapshot.online) == (["Ana"], None)


async def test_outsiders_get_the_answer_of_a_missing_thread(live: LiveServer) -> None:
    world = live.world
    ana, eve = await world.etwinner("Ana"), await world.etwinner("Eve")
    group, thread = await group_thread(world, ana)
    eve_tab = await live.connect(eve)
    answers = []
    for channel in (f"readers:{group}:{thread}", f"readers:{group}:{thread + 999}"):
        await eve_tab.send(Subscribe(ref=eve_tab.ref(), channel=channel))
        error = await eve_tab.expect(Error)
        answers.append((error.code, error.message))
    assert answers[0] == answers[1] == ("not_found", "no such channel")


# -- several processes: two servers behind one Redis -------------------------------------


@pytest.fixture
async def pair(
    database_url: str, tmp_path: Path, clock: FakeClock, redis_url: str
) -> AsyncIterator[tuple[LiveServer, LiveServer]]:
    def settings(name: str) -> Settings:
        return Settings(
            database_url=database_url,
            data_dir=tmp_path / name,
            cheap_hashing=True,
            redis_url=redis_url,
        )

    async with serve(settings("one"), clock) as one, serve(settings("two"), clock) as two:
        yield one, two


async def test_readers_on_two_processes_see_each_other_and_a_dead_process_expires(
    pair: tuple[LiveServer, LiveServer], redis_url: str
) -> None:
    one, two = pair
    world = one.world
    ana, bob = await world.etwinner("Ana"), await world.etwinner("Bob")
    group, thread = await group_thread(world, ana, bob)
    ana_tab = await one.connect(ana)
    await read(ana_tab, group, thread)
    bob_tab = await two.connect(bob)
    assert sorted(who(await read(bob_tab, group, thread))) == ["Ana", "Bob"]
    assert await hub_of(one).send_counts() == 1
    assert sorted(who(await ana_tab.expect(PresenceReaders))) == ["Ana", "Bob"]
    # A third process with a reader dies: it stops refreshing and its entry expires.
    dead = RedisReaders(redis_url, process_id="dead", ttl_s=0.5)
    try:
        await dead.enter(group, thread, Reader(9999, "Ghost", "teacher"), "c1")
        for hub, tab in ((hub_of(one), ana_tab), (hub_of(two), bob_tab)):  # each its own pass
            assert await hub.send_counts() == 1
            assert who(await tab.expect(PresenceReaders))[0] == "Ghost"
        await asyncio.sleep(0.6)
        for hub, tab in ((hub_of(one), ana_tab), (hub_of(two), bob_tab)):
            assert await hub.send_counts() == 1
            assert sorted(who(await tab.expect(PresenceReaders))) == ["Ana", "Bob"]
    finally:
        await dead.close()
