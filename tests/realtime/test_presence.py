"""Presence over the WebSocket: snapshot on subscribe, join and leave, tabs counted once."""

from __future__ import annotations

from protocol.messages import Ack, Event, Presence, PresenceCount, Subscribe, Unsubscribe
from server.realtime.hub import Hub

from ..http.conftest import ok
from .conftest import LiveServer, WsClient


async def watch_presence(client: WsClient, space_id: int) -> Presence:
    await client.send(Subscribe(ref=client.ref(), channel=f"presence:{space_id}"))
    await client.expect(Ack)
    snapshot: Presence = await client.expect(Presence)
    return snapshot


async def test_snapshot_then_join_and_leave(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    teacher = await live.connect(ana)
    snapshot = await watch_presence(teacher, space_id)
    assert [(m.display_name, m.role) for m in snapshot.members] == [("Ana", "founder")]

    pupil = await live.connect(lea)
    pupil_view = await watch_presence(pupil, space_id)
    assert {m.display_name for m in pupil_view.members} == {"Ana", "Léa"}
    joined = await teacher.expect(Event)
    assert (joined.event, joined.data["display_name"], joined.data["role"]) == (
        "join",
        "Léa",
        "pupil",
    )
    await pupil.socket.close()
    left = await teacher.expect(Event)
    assert (left.event, left.data["account_id"], left.seq) == ("leave", lea.id, joined.seq + 1)


async def test_two_tabs_of_one_member_count_once(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    teacher = await live.connect(ana)
    await watch_presence(teacher, space_id)
    tab1, tab2 = await live.connect(lea), await live.connect(lea)
    await watch_presence(tab1, space_id)
    assert (await teacher.expect(Event)).event == "join"
    second = await watch_presence(tab2, space_id)
    assert sorted(m.display_name for m in second.members) == ["Ana", "Léa"]
    await teacher.nothing_within(0.1)  # no second join
    await tab1.socket.close()
    await teacher.nothing_within(0.1)  # still online in the other tab
    await tab2.socket.close()
    assert (await teacher.expect(Event)).event == "leave"


# -- a group's presence is counted (issue 21) ----------------------------------------------


async def watch_count(client: WsClient, space_id: int) -> PresenceCount:
    await client.send(Subscribe(ref=client.ref(), channel=f"presence:{space_id}"))
    await client.expect(Ack)
    count: PresenceCount = await client.expect(PresenceCount)
    return count


async def test_a_group_sends_a_count_and_no_join_or_leave_events(live: LiveServer) -> None:
    world = live.world
    hub: Hub = live.world.ctx.hub  # type: ignore[attr-defined]
    ana, bob, eva = [await world.etwinner(n) for n in ("Ana", "Bob", "Eva")]
    group = await world.group(ana)
    for member in (bob, eva):
        ok(await member.post(f"/api/groups/{group}/join"))
    owner = await live.connect(ana)
    assert (await watch_count(owner, group)).online == 1
    tabs = [await live.connect(bob), await live.connect(bob), await live.connect(eva)]
    seen = [(await watch_count(tab, group)).online for tab in tabs]
    assert seen == [2, 2, 3]  # two tabs of Bob count once
    await owner.nothing_within(0.1)  # no join event: the count comes on the next pass
    assert await hub.send_counts() == 4  # one message to each subscriber
    counts = [(await c.expect(PresenceCount)).online for c in (owner, *tabs)]
    assert counts == [3, 3, 3, 3]
    assert await hub.send_counts() == 0  # unchanged: nothing sent (coalesced)
    # Eva leaves (the ack comes once her place is gone): no leave event either.
    await tabs[2].send(Unsubscribe(ref=tabs[2].ref(), channel=f"presence:{group}"))
    await tabs[2].expect(Ack)
    await owner.nothing_within(0.1)
    assert await hub.send_counts() == 3
    assert (await owner.expect(PresenceCount)).online == 2


async def test_a_twinspace_keeps_its_join_and_leave_events(live: LiveServer) -> None:
    # The count is for groups only: a class's presence is as before, with no counts.
    world = live.world
    hub: Hub = live.world.ctx.hub  # type: ignore[attr-defined]
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    teacher = await live.connect(ana)
    await watch_presence(teacher, space_id)
    await watch_presence(await live.connect(lea), space_id)
    assert (await teacher.expect(Event)).event == "join"
    assert await hub.send_counts() == 0
    await teacher.nothing_within(0.1)
