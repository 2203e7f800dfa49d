"""Video sessions across two real server processes behind one Redis: the session state is in
the database, signalling crosses processes to the one addressed connection, removals too."""

from __future__ import annotations

import pytest

from protocol.messages import Ack, Event, Publish, Signal, Subscribe, Unsubscribed

from ..http.conftest import ok
from ..video_sdp import sdp
from .conftest import WsClient
from .test_multiprocess import Cluster
from .test_multiprocess import cluster as cluster  # the fixture, shared

pytestmark = [pytest.mark.redis, pytest.mark.multiprocess]
OFFER = sdp("chromium-offer")


async def next_of(client: WsClient, kind: type[object]) -> object:
    while True:
        message = await client.receive()
        if isinstance(message, kind):
            return message


async def take_seat(client: WsClient, channel: str) -> int:
    await client.send(Subscribe(ref=client.ref(), channel=channel))
    assert isinstance(await next_of(client, Ack), Ack)
    await client.send(Publish(ref=client.ref(), channel=channel, event="join", data={}))
    welcome = await next_of(client, Signal)
    assert isinstance(welcome, Signal)
    return int(welcome.data["participant_id"])


async def test_signalling_and_removal_cross_processes(cluster: Cluster) -> None:
    world = cluster.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea, tom] = await world.pupils(ana, space_id, ["Léa", "Tom"])
    started = ok(await ana.post(f"/api/spaces/{space_id}/video-sessions", {}), 201)
    session_id = started["session"]["id"]
    base = f"/api/spaces/{space_id}/video-sessions/{session_id}"
    channel = f"video:{space_id}:{session_id}"
    for pupil in (lea, tom):
        ok(await pupil.post(f"{base}/join"))
    on_a = await cluster.connect(cluster.a, ana)
    on_b = await cluster.connect(cluster.b, lea)
    bystander = await cluster.connect(cluster.b, tom)
    teacher_id = await take_seat(on_a, channel)
    pupil_id = await take_seat(on_b, channel)
    await take_seat(bystander, channel)
    await on_a.send(
        Publish(ref="o", channel=channel, event="offer", data={"to": pupil_id, "sdp": OFFER})
    )
    offer = await next_of(on_b, Signal)
    assert isinstance(offer, Signal)
    assert (offer.event, offer.sender) == ("offer", teacher_id)
    # The bystander on the same process as the pupil saw only events.
    await bystander.send(Publish(ref="h", channel=channel, event="hand", data={"raised": True}))
    hand = await next_of(on_a, Event)
    while not (isinstance(hand, Event) and hand.data.get("hand_raised")):
        hand = await next_of(on_a, Event)
    ok(await ana.post(f"{base}/participants/{pupil_id}/remove", {}))
    assert isinstance(await next_of(on_b, Unsubscribed), Unsubscribed)
    while True:
        try:
            message = await bystander.receive(within=0.3)
        except TimeoutError:
            break
        assert not isinstance(message, Signal), message
