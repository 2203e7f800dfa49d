"""Presence over the WebSocket: snapshot on subscribe, join and leave, tabs counted once."""

from __future__ import annotations

from protocol.messages import Ack, Event, Presence, Subscribe

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
