"""The live webinar of an event over real sockets and a real Janus (its control plane, on
loopback; media through Janus is tests/test_webinar_media.py): the organiser starts the
session in webinar mode, the audience joins with no token (nothing to publish with, and Janus
refuses a publisher join without one), hands and the count watching reach the moderators on
``stage:EVENT``, who speaks reaches everyone on ``qa:EVENT``, a promoted viewer publishes and
a returned one is kicked at Janus."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from loadtest.janus_peer import JanusClient
from loadtest.janus_process import JanusProcess
from protocol.messages import Ack, Error, Event, Subscribe
from server.config import Settings, VideoSettings
from server.housekeeping import process_recordings
from server.services.video.janus import JanusError, JanusSfu

from ..http.conftest import ApiUser, World, error_code, ok
from ..test_video_janus import janus as janus  # the fixture
from ..test_video_janus import join_as, participants
from .conftest import LiveServer, SettingsTweak, WsClient


@pytest.fixture
def tweak(janus: JanusProcess) -> SettingsTweak:
    def apply(settings: Settings) -> Settings:
        video = VideoSettings(
            janus_url=janus.url,
            janus_admin_key=janus.admin_key,
            janus_recordings_dir=str(settings.data_dir / "recordings"),
        )
        return dataclasses.replace(settings, video=video)

    return apply


async def scheduled(world: World, organiser: ApiUser, speakers: list[int]) -> int:
    body: dict[str, Any] = {
        "title": "Robots in class",
        "language": "en",
        "starts_at": (world.clock.now() + dt.timedelta(days=1)).isoformat(),
        "duration_minutes": 60,
        "capacity": 10,
        "speakers": speakers,
    }
    event_id: int = ok(await organiser.post("/api/events", body), 201)["id"]
    return event_id


async def follow(live: LiveServer, user: ApiUser, channel: str) -> WsClient:
    client = await live.connect(user)
    await client.send(Subscribe(ref=client.ref(), channel=channel))
    await client.expect(Ack)
    return client


async def until(client: WsClient, name: str) -> dict[str, Any]:
    """The next event called ``name`` (others on the way are skipped)."""
    while True:
        event = await client.expect(Event)
        if event.event == name:
            return dict(event.data)


def speaking(data: dict[str, Any]) -> list[tuple[str, bool, bool]]:
    return [(s["display_name"], s["promoted"], s["publishing"]) for s in data["speakers"]]


async def test_a_webinar_from_start_to_end_with_a_viewer_promoted_and_returned(
    live: LiveServer, janus: JanusProcess
) -> None:
    world = live.world
    olga = await world.etwinner("Olga")  # the organiser
    sam = await world.etwinner("Sam")  # a speaker
    ana = await world.etwinner("Ana")
    bob = await world.etwinner("Bob")
    waiting = await world.etwinner("Wim")
    event_id = await scheduled(world, olga, [sam.id])
    base = f"/api/events/{event_id}"
    ok(await olga.patch(base, {"capacity": 2}))
    for person in (ana, bob, waiting):
        ok(await person.post(base + "/registration"))
    assert error_code(await olga.post(base + "/live"), 403) == "forbidden"  # not its time
    world.clock.advance(dt.timedelta(days=1, minutes=1))
    assert error_code(await ana.post(base + "/live/join"), 403) == "forbidden"  # not started
    assert error_code(await ana.post(base + "/live"), 403) == "forbidden"  # not hers to start

    stage = await follow(live, olga, f"stage:{event_id}")
    started = ok(await olga.post(base + "/live"))
    assert started["may_publish"] is True
    room = started["sfu"]["room"]
    assert started["sfu"]["token"]
    assert started["sfu"]["publisher_id"] == olga.id
    assert room >= 2**52  # random, clear of the classroom sessions' numbers
    assert ok(await sam.post(base + "/live"))["sfu"]["room"] == room  # again: the same room
    assert speaking(await until(stage, "live.session")) == [
        ("Olga", False, False),
        ("Sam", False, False),
    ]

    # The audience watches: no token, no publisher id, nothing to publish with.
    viewers = {
        name: await follow(live, p, f"qa:{event_id}") for name, p in (("Ana", ana), ("Bob", bob))
    }
    watched = ok(await ana.post(base + "/live/join"))
    assert watched["may_publish"] is False
    assert watched["sfu"] == {"url": janus.url, "room": room, "token": None, "publisher_id": None}
    assert watched["live"]["watching"] is None
    assert watched["live"]["hands"] is None
    assert error_code(await waiting.post(base + "/live/join"), 403) == "forbidden"
    assert error_code(await ana.post(base + "/live/publishing", {"publishing": True}), 403) == (
        "forbidden"
    )
    # The moderators' stage is theirs: a viewer is refused it.
    refused = await live.connect(ana)
    await refused.send(Subscribe(ref=refused.ref(), channel=f"stage:{event_id}"))
    assert (await refused.expect(Error)).code == "forbidden"
    # Two following: the count reaches the organiser, coalesced (never more than the changes).
    counts = [(await until(stage, "live.watching"))["watching"]]
    while counts[-1] != 2:
        counts.append((await until(stage, "live.watching"))["watching"])
    assert len(counts) <= 2
    assert ok(await olga.get(base + "/live"))["watching"] == 2

    client = JanusClient(janus.url)
    await client.open()
    sfu = JanusSfu(janus.url, janus.admin_key)
    try:
        # Janus refuses a viewer's publisher join: it holds no token.
        assert "error_code" in await join_as(client, room, ana.id, "")
        assert "error_code" in await join_as(client, room, ana.id, started["sfu"]["token"] + "x")
        assert (await join_as(client, room, olga.id, started["sfu"]["token"]))["videoroom"] == (
            "joined"
        )
        ok(await olga.post(base + "/live/publishing", {"publishing": True}))
        for viewer in viewers.values():
            assert ("Olga", False, True) in speaking(await until(viewer, "live.session"))

        ok(await ana.post(base + "/live/hand", {"raised": True}))
        hand = await until(stage, "live.hand")
        assert (hand["account_id"], hand["raised"]) == (ana.id, True)
        assert [h["display_name"] for h in ok(await sam.get(base + "/live"))["hands"]] == ["Ana"]
        promote = {"on_stage": True}
        assert error_code(await bob.post(f"{base}/live/stage/{ana.id}", promote), 403)
        assert error_code(
            await olga.post(f"{base}/live/stage/{waiting.id}", {"on_stage": True}), 403
        )
        ok(await sam.post(f"{base}/live/stage/{ana.id}", {"on_stage": True}))
        for viewer in viewers.values():
            assert ("Ana", True, False) in speaking(await until(viewer, "live.session"))
        promoted = ok(await ana.post(base + "/live/join"))
        assert promoted["may_publish"] is True
        assert promoted["hand_raised"] is False
        token = promoted["sfu"]["token"]
        assert (await join_as(client, room, ana.id, token))["videoroom"] == "joined"
        assert ana.id in await participants(sfu, room)

        ok(await olga.post(f"{base}/live/stage/{ana.id}", {"on_stage": False}))
        assert ana.id not in await participants(sfu, room)  # kicked at Janus
        assert "error_code" in await join_as(client, room, ana.id, token)  # token revoked
        assert ok(await ana.post(base + "/live/join"))["may_publish"] is False
        for viewer in viewers.values():
            assert ("Ana", True, False) not in speaking(await until(viewer, "live.session"))
    finally:
        await client.close()

    world.clock.advance(dt.timedelta(minutes=10))  # watched for ten minutes
    ended = ok(await sam.post(base + "/live/end"))
    assert ended["state"] == "ended"
    for viewer in viewers.values():
        assert (await until(viewer, "live.session"))["state"] == "ended"
    assert error_code(await ana.post(base + "/live/join"), 403) == "forbidden"
    with pytest.raises(JanusError, match="refused"):
        await participants(sfu, room)  # the room is gone
    people = ok(await olga.get(base + "/attendance"))
    assert sorted((p["display_name"], p["seconds"]) for p in people) == [
        ("Ana", 600),
        ("Bob", 600),
    ]


async def test_a_twinspaces_webinar_is_never_recorded_and_outsiders_see_no_stage(
    live: LiveServer,
) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    otto = await world.etwinner("Otto")
    space_id = await world.space(ana)
    body = {
        "title": "Class webinar",
        "language": "en",
        "starts_at": (world.clock.now() + dt.timedelta(days=1)).isoformat(),
        "duration_minutes": 60,
        "capacity": 10,
        "audience": "twinspace",
        "space_id": space_id,
    }
    event_id = ok(await ana.post("/api/events", body), 201)["id"]
    world.clock.advance(dt.timedelta(days=1, minutes=1))
    ok(await ana.post(f"/api/events/{event_id}/live"))
    refused = await ana.post(f"/api/events/{event_id}/live/recording", {"recording": True})
    assert error_code(refused, 403) == "forbidden"
    client = await live.connect(otto)
    for channel in (f"stage:{event_id}", "stage:987654"):
        await client.send(Subscribe(ref=client.ref(), channel=channel))
        error = await client.expect(Error)
        assert (error.code, error.message) == ("not_found", "no such channel")
    assert error_code(await otto.get(f"/api/events/{event_id}/live"), 404) == "not_found"


async def test_the_organiser_records_and_everyone_following_is_told(live: LiveServer) -> None:
    world = live.world
    olga = await world.etwinner("Olga")
    sam = await world.etwinner("Sam")
    ana = await world.etwinner("Ana")
    event_id = await scheduled(world, olga, [sam.id])
    base = f"/api/events/{event_id}"
    ok(await ana.post(base + "/registration"))
    world.clock.advance(dt.timedelta(days=1, minutes=1))
    ok(await olga.post(base + "/live"))
    viewer = await follow(live, ana, f"qa:{event_id}")
    switch = {"recording": True}
    assert error_code(await sam.post(base + "/live/recording", switch), 403) == "forbidden"
    assert error_code(await ana.post(base + "/live/recording", switch), 403) == "forbidden"
    assert ok(await olga.post(base + "/live/recording", switch))["recording"] is True
    assert (await until(viewer, "live.session"))["recording"] is True
    assert ok(await ana.post(base + "/live/join"))["live"]["recording"] is True
    ok(await olga.post(base + "/live/recording", {"recording": False}))
    assert (await until(viewer, "live.session"))["recording"] is False
    # Nobody published: the take has no files, and the event no recordings.
    assert await process_recordings(world.ctx) == 1  # type: ignore[arg-type]
    assert ok(await ana.get(base + "/recordings")) == []
