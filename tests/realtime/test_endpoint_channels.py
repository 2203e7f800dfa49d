"""Subscribing, live events, recovery with `since`, and the channels' access rules."""

from __future__ import annotations

import pytest

from protocol.close_codes import CloseCode
from protocol.errors import InvariantBroken
from protocol.messages import (
    Ack,
    Error,
    Event,
    Publish,
    Reset,
    ResetReason,
    Subscribe,
    Unsubscribe,
)
from protocol.vocabulary import SpaceKind
from server.websocket import endpoint

from .conftest import LiveServer, WsClient


async def subscribe(client: WsClient, channel: str, since: int | None = None) -> Ack:
    ref = client.ref()
    await client.send(Subscribe(ref=ref, channel=channel, since=since))
    ack: Ack = await client.expect(Ack)
    assert (ack.ref, ack.channel) == (ref, channel)
    return ack


async def test_member_subscribes_and_receives_space_events_live(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [pupil] = await world.pupils(ana, space_id, ["Léa"])
    client = await live.connect(pupil)
    ack = await subscribe(client, f"space:{space_id}")
    assert ack.seq == 1  # the pupil's own arrival was the space's first event
    await ana.patch(f"/api/spaces/{space_id}", {"premoderate_pupils": True})
    event = await client.expect(Event)
    assert (event.channel, event.seq, event.event) == (f"space:{space_id}", 2, "space.updated")
    assert event.data == {"premoderate_pupils": True}
    await world.pupils(ana, space_id, ["Max"])
    added = await client.expect(Event)
    assert (added.seq, added.event, added.data["display_name"]) == (3, "member.added", "Max")
    assert "email" not in added.data


async def test_non_member_cannot_tell_a_space_exists(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    outsider = await world.etwinner("Bob")
    space_id = await world.space(ana)
    client = await live.connect(outsider)
    answers = []
    for channel in (f"space:{space_id}", "space:999999", f"presence:{space_id}"):
        await client.send(Subscribe(ref="s", channel=channel))
        error = await client.expect(Error)
        answers.append((error.code, error.message))
    assert answers == [("not_found", "no such channel")] * 3


async def test_channels_without_objects_yet_are_not_found(live: LiveServer) -> None:
    ana = await live.world.etwinner("Ana")
    space_id = await live.world.space(ana)
    client = await live.connect(ana)
    for channel in (f"thread:{space_id}:1", f"video:{space_id}:1"):
        await client.send(Subscribe(ref="s", channel=channel))
        assert (await client.expect(Error)).code == "not_found"


async def test_clients_publish_only_where_the_kind_allows(live: LiveServer) -> None:
    ana = await live.world.etwinner("Ana")
    space_id = await live.world.space(ana)
    client = await live.connect(ana)
    await client.send(Publish(ref="p", channel=f"space:{space_id}", event="hello"))
    error = await client.expect(Error)
    assert (error.ref, error.code) == ("p", "invalid")  # refused by kind, before any lookup


async def test_reconnecting_with_since_gets_exactly_what_was_missed(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    channel = f"space:{space_id}"
    first = await live.connect(ana)
    await subscribe(first, channel)
    for n in range(3):
        await ana.patch(f"/api/spaces/{space_id}", {"description": f"v{n}"})
    seen = [(await first.expect(Event)).seq for _ in range(3)]
    assert seen == [1, 2, 3]
    await first.socket.close()
    for n in range(3, 8):  # missed while away
        await ana.patch(f"/api/spaces/{space_id}", {"description": f"v{n}"})
    second = await live.connect(ana)
    ack = await subscribe(second, channel, since=3)
    assert ack.seq == 8
    replayed = [await second.expect(Event) for _ in range(5)]
    assert [e.seq for e in replayed] == [4, 5, 6, 7, 8]
    assert [e.data["description"] for e in replayed] == [f"v{n}" for n in range(3, 8)]
    await ana.patch(f"/api/spaces/{space_id}", {"description": "live"})
    assert (await second.expect(Event)).seq == 9
    await second.nothing_within(0.1)


async def test_since_ahead_of_the_channel_gets_a_reset(live: LiveServer) -> None:
    ana = await live.world.etwinner("Ana")
    space_id = await live.world.space(ana)
    client = await live.connect(ana)
    await subscribe(client, f"space:{space_id}", since=50)
    reset = await client.expect(Reset)
    assert (reset.seq, reset.reason) == (0, ResetReason.AHEAD)


async def test_unsubscribe_stops_events(live: LiveServer) -> None:
    ana = await live.world.etwinner("Ana")
    space_id = await live.world.space(ana)
    client = await live.connect(ana)
    await subscribe(client, f"space:{space_id}")
    await client.send(Unsubscribe(ref="u", channel=f"space:{space_id}"))
    assert (await client.expect(Ack)).ref == "u"
    await ana.patch(f"/api/spaces/{space_id}", {"description": "quiet"})
    await client.nothing_within(0.2)
    await client.send(Unsubscribe(ref="u2", channel=f"space:{space_id}"))
    assert (await client.expect(Error)).code == "not_found"


async def test_double_subscribe_is_a_conflict(live: LiveServer) -> None:
    ana = await live.world.etwinner("Ana")
    space_id = await live.world.space(ana, SpaceKind.ROOM)
    client = await live.connect(ana)
    await subscribe(client, f"archive:{space_id}")
    await client.send(Subscribe(ref="again", channel=f"archive:{space_id}"))
    error = await client.expect(Error)
    assert (error.ref, error.code) == ("again", "conflict")


async def test_every_subscriber_gets_each_event_once_in_order(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    pupils = await world.pupils(ana, space_id, [f"P{n}" for n in range(5)])
    clients = [await live.connect(p) for p in pupils]
    for client in clients:
        await subscribe(client, f"space:{space_id}")
    for n in range(10):
        await ana.patch(f"/api/spaces/{space_id}", {"description": f"d{n}"})
    for client in clients:
        events = [await client.expect(Event) for _ in range(10)]
        assert [e.seq for e in events] == list(range(6, 16))  # after five member.added
        await client.nothing_within(0.05)


async def test_a_broken_invariant_closes_the_socket_as_an_internal_error(
    live: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Our own bug is no answer to the client's request: the socket closes with 1011 and no
    # details, as for any unexpected failure, instead of an `error` frame carrying our words.
    async def broken(*args: object, **kwargs: object) -> None:
        raise InvariantBroken("the thread's secret detail is missing")

    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    client = await live.connect(ana)
    monkeypatch.setattr(endpoint, "authorize_subscribe", broken)
    await client.send(Subscribe(ref="s", channel=f"thread:{space_id}:1"))
    await client.closed_with(CloseCode.INTERNAL_ERROR)
    assert client.socket.close_reason == "internal"
