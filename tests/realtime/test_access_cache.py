"""The per-process cache of spaces' facts and members behind subscribes and presence."""

from __future__ import annotations

import asyncio

from protocol.messages import Ack, Error, Presence, Subscribe
from server.realtime.access_cache import SpaceAccessCache
from server.services.commands import AccountLocked, MembershipChanged, encode_command

from ..http.conftest import ok
from .conftest import LiveServer, WsClient


def cache_of(live: LiveServer) -> SpaceAccessCache:
    cache: SpaceAccessCache = live.world.ctx.hub.access  # type: ignore[attr-defined]
    return cache


async def subscribe(client: WsClient, channel: str) -> None:
    await client.send(Subscribe(ref=client.ref(), channel=channel))
    await client.expect(Ack)


async def test_one_load_serves_every_member_and_the_presence_snapshot(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    pupils = await world.pupils(ana, space_id, ["Léa", "Max", "Zoé"])
    cache = cache_of(live)
    before = cache.loads
    for pupil in pupils:
        await subscribe(await live.connect(pupil), f"space:{space_id}")
    teacher = await live.connect(ana)
    await subscribe(teacher, f"presence:{space_id}")
    await teacher.expect(Presence)
    assert cache.loads - before == 1


async def test_a_membership_change_is_loaded_again(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    client = await live.connect(lea)
    await subscribe(client, f"space:{space_id}")
    cache = cache_of(live)
    loads = cache.loads
    command = MembershipChanged(space_id=space_id, account_id=lea.id)
    live.world.ctx.hub.on_control(encode_command(command))  # type: ignore[attr-defined]
    assert space_id not in cache.entries
    await subscribe(client, f"archive:{space_id}")
    assert cache.loads == loads + 1


async def test_a_member_added_after_the_load_may_subscribe_at_once(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    await subscribe(await live.connect(ana), f"space:{space_id}")
    cache = cache_of(live)
    [max_] = await world.pupils(ana, space_id, ["Max"])
    # Even had no command reached this process, an unlisted account is looked up again.
    entry = cache.entries.get(space_id)
    if entry is not None:
        entry.members.pop(max_.id, None)
    await subscribe(await live.connect(max_), f"space:{space_id}")


async def test_a_load_that_straddles_an_invalidation_is_used_once_not_kept(
    live: LiveServer,
) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    cache = cache_of(live)
    loading = asyncio.create_task(cache.load(space_id))
    await asyncio.sleep(0)  # the load has begun and waits for the database
    cache.forget(MembershipChanged(space_id=space_id, account_id=ana.id))
    entry = await loading
    assert entry is not None
    assert ana.id in entry.members
    assert space_id not in cache.entries


async def test_a_locked_account_drops_the_spaces_it_is_cached_in(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    kept, dropped = await world.space(ana), await world.space(ana)
    [lea] = await world.pupils(ana, dropped, ["Léa"])
    cache = cache_of(live)
    await cache.entry(kept)
    await cache.entry(dropped)
    cache.forget(AccountLocked(account_id=lea.id))
    assert kept in cache.entries
    assert dropped not in cache.entries


async def test_a_groups_entry_loads_no_member_list_and_looks_each_subscriber_up_once(
    live: LiveServer,
) -> None:
    world = live.world
    ana, bob, eva = [await world.etwinner(n) for n in ("Ana", "Bob", "Eva")]
    group = await world.group(ana)
    ok(await bob.post(f"/api/groups/{group}/join"))
    cache = cache_of(live)
    loads, lookups = cache.loads, cache.lookups
    owner, member = await live.connect(ana), await live.connect(bob)
    for client in (owner, member):
        await subscribe(client, f"space:{group}")
        await subscribe(client, f"archive:{group}")
    entry = cache.entries[group]
    assert entry.partial
    assert set(entry.members) == {ana.id, bob.id}  # the two who subscribed, no one else
    assert (cache.loads - loads, cache.lookups - lookups) == (1, 2)  # once each
    # A non-member's probe costs one row each time and is refused as no such channel.
    stranger = await live.connect(eva)
    for _ in range(2):
        await stranger.send(Subscribe(ref=stranger.ref(), channel=f"space:{group}"))
        assert (await stranger.expect(Error)).code == "not_found"
    assert (cache.loads - loads, cache.lookups - lookups) == (1, 4)
    assert set(entry.members) == {ana.id, bob.id}
