"""Registrations live over real sockets (issue 22): a registration, a place given back and a
move up from the waiting list reach the registrant's own ``seat:EVENT:ACCOUNT`` and the
organiser's at once, the counts reach every follower of ``qa:EVENT`` (never who), and nobody
else may follow another person's seat."""

from __future__ import annotations

from typing import Any

from protocol.messages import Error, Event, Subscribe

from ..http.conftest import ok
from .conftest import LiveServer, WsClient
from .test_event_qa_live import MISSING, follow


async def seat(client: WsClient) -> dict[str, Any]:
    event = await client.expect(Event)
    assert event.event == "registration.changed"
    return dict(event.data)


async def places(client: WsClient) -> tuple[int, int]:
    event = await client.expect(Event)
    assert event.event == "event.places"
    assert set(event.data) == {"event_id", "capacity", "registered", "waiting"}  # never who
    return event.data["registered"], event.data["waiting"]


def standing(data: dict[str, Any]) -> tuple[str, str, int | None, bool]:
    return (
        data["display_name"],
        data["state"],
        data["waiting_position"],
        data["from_waiting_list"],
    )


async def test_registrations_reach_the_registrant_and_the_organiser_live(
    live: LiveServer,
) -> None:
    world = live.world
    olga = await world.etwinner("Olga")
    ana = await world.etwinner("Ana")
    bob = await world.etwinner("Bob")
    event_id = await world.event(olga, capacity=1)
    base = f"/api/events/{event_id}"
    organiser = await follow(live, olga, f"seat:{event_id}:{olga.id}")
    mine = {p.id: await follow(live, p, f"seat:{event_id}:{p.id}") for p in (ana, bob)}
    counts = await follow(live, bob, f"qa:{event_id}")

    ok(await ana.post(base + "/registration"))
    assert standing(await seat(mine[ana.id])) == ("Ana", "registered", None, False)
    assert standing(await seat(organiser)) == ("Ana", "registered", None, False)
    assert await places(counts) == (1, 0)

    ok(await bob.post(base + "/registration"))
    assert standing(await seat(mine[bob.id])) == ("Bob", "waiting", 1, False)
    assert standing(await seat(organiser)) == ("Bob", "waiting", 1, False)
    assert await places(counts) == (1, 1)

    # Ana gives her place back: Bob moves up, and learns it on his open page.
    ok(await ana.delete(base + "/registration"), 204)
    assert standing(await seat(mine[ana.id])) == ("Ana", "none", None, False)
    assert standing(await seat(organiser)) == ("Ana", "none", None, False)
    assert standing(await seat(mine[bob.id])) == ("Bob", "registered", None, True)
    assert standing(await seat(organiser)) == ("Bob", "registered", None, True)
    assert await places(counts) == (1, 0)  # Ana gone, Bob placed: in one announcement
    await mine[ana.id].nothing_within(0.3)  # nothing of Bob's reaches Ana's seat

    # More places: the organiser's change is counted for everyone following.
    ok(await olga.patch(base, {"capacity": 5}))
    assert (await counts.expect(Event)).data["capacity"] == 5


async def test_a_seat_is_its_owners_alone(live: LiveServer) -> None:
    world = live.world
    olga = await world.etwinner("Olga")
    ana = await world.etwinner("Ana")
    event_id = await world.event(olga)
    client = await live.connect(ana)
    for channel in (f"seat:{event_id}:{olga.id}", f"seat:{MISSING}:{ana.id}"):
        await client.send(Subscribe(ref=client.ref(), channel=channel))
        error = await client.expect(Error)
        assert (error.code, error.message) == ("not_found", "no such channel")
