"""The live webinar of an event over real sockets and a real Janus (its control plane, on
loopback; media through Janus is tests/test_webinar_media.py): the organiser starts the
session in webinar mode, the audience joins with no token (nothing to publish with, and Janus
refuses a publisher join without one), hands and the count watching reach the moderators on
``stage:EVENT``, who speaks reaches everyone on ``qa:EVENT``, a promoted viewer publishes and
a returned one is kicked at Janus."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import select

from loadtest.janus_peer import JanusClient
from loadtest.janus_process import JanusProcess
from protocol.channels import Channel
from protocol.messages import Ack, Error, Event, Subscribe, Unsubscribed
from server.config import Settings, VideoSettings
from server.housekeeping import LIVE_END_INTERVAL_S, process_recordings
from server.realtime.channel_access import authorize_subscribe
from server.services import event_live
from server.services.access import actor_of
from server.services.video.janus import JanusError, JanusSfu
from storage.models import Account, EventAttendance, EventRecordingTake

from ..http.conftest import ApiUser, error_code, ok
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


async def unsubscribed(client: WsClient) -> tuple[str, str]:
    """The channel and code of the next ``unsubscribed`` (the channel's events skipped)."""
    ended = await client.receive()
    while isinstance(ended, Event):
        ended = await client.receive()
    assert isinstance(ended, Unsubscribed)
    return ended.channel, ended.code


@contextlib.asynccontextmanager
async def janus_side(janus: JanusProcess) -> AsyncIterator[tuple[JanusClient, JanusSfu]]:
    """A peer's client of Janus (to join as a participant) and the server's admin side."""
    client = JanusClient(janus.url)
    await client.open()
    try:
        yield client, JanusSfu(janus.url, janus.admin_key)
    finally:
        await client.close()


async def test_a_webinar_from_start_to_end_with_a_viewer_promoted_and_returned(
    live: LiveServer, janus: JanusProcess
) -> None:
    world = live.world
    olga = await world.etwinner("Olga")  # the organiser
    sam = await world.etwinner("Sam")  # a speaker
    ana = await world.etwinner("Ana")
    bob = await world.etwinner("Bob")
    waiting = await world.etwinner("Wim")
    event_id = await world.event(olga, title="Robots in class", speakers=[sam.id])
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

    async with janus_side(janus) as (client, sfu):
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
    event_id = await world.event(
        ana, title="Class webinar", audience="twinspace", space_id=space_id
    )
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
    event_id = await world.event(olga, title="Robots in class", speakers=[sam.id])
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


async def test_a_promoted_pupil_muted_or_removed_is_kicked_at_janus_and_told(
    live: LiveServer, janus: JanusProcess
) -> None:
    world = live.world
    olga = await world.etwinner("Olga")
    space_id = await world.space(olga)
    ana, bob = await world.pupils(olga, space_id, ["Ana", "Bob"])
    event_id = await world.event(
        olga, title="Class webinar", audience="twinspace", space_id=space_id
    )
    base = f"/api/events/{event_id}"
    for pupil in (ana, bob):
        ok(await pupil.post(base + "/registration"))
    world.clock.advance(dt.timedelta(days=1, minutes=1))
    room = ok(await olga.post(base + "/live"))["sfu"]["room"]
    seats = {p.id: await follow(live, p, f"seat:{event_id}:{p.id}") for p in (ana, bob)}
    watcher = await follow(live, olga, f"qa:{event_id}")
    async with janus_side(janus) as (client, sfu):
        tokens = {}
        for pupil in (ana, bob):
            ok(await olga.post(f"{base}/live/stage/{pupil.id}", {"on_stage": True}))
            told = await until(seats[pupil.id], "live.stage")
            assert (told["on_stage"], told["why"]) == (True, "promoted")
            tokens[pupil.id] = ok(await pupil.post(base + "/live/join"))["sfu"]["token"]
            assert (await join_as(client, room, pupil.id, tokens[pupil.id]))["videoroom"] == (
                "joined"
            )
        assert {ana.id, bob.id} <= await participants(sfu, room)

        # Muted in the event's space: off the stage at Janus, the token revoked, told.
        mute = {"minutes": 30, "reason": "shouting"}
        ok(await olga.post(f"/api/spaces/{space_id}/members/{ana.id}/mute", mute))
        assert ana.id not in await participants(sfu, room)
        assert "error_code" in await join_as(client, room, ana.id, tokens[ana.id])
        told = await until(seats[ana.id], "live.stage")
        assert (told["on_stage"], told["why"]) == (False, "muted")
        speakers = speaking(await until(watcher, "live.session"))
        while ("Ana", True, False) in speakers:  # the promotions' own announcements first
            speakers = speaking(await until(watcher, "live.session"))
        assert ("Bob", True, False) in speakers
        joined = ok(await ana.post(base + "/live/join"))
        assert (joined["may_publish"], joined["sfu"]["token"]) == (False, None)

        # Removed from the twinspace: the same, and the event is gone for them.
        removal = {"reason": "left the school"}
        ok(await olga.post(f"/api/spaces/{space_id}/members/{bob.id}/remove", removal), 204)
        assert bob.id not in await participants(sfu, room)
        assert "error_code" in await join_as(client, room, bob.id, tokens[bob.id])
        assert error_code(await bob.post(base + "/live/join"), 404) == "not_found"
        while ("Bob", True, False) in speaking(await until(watcher, "live.session")):
            pass


async def test_a_named_speaker_muted_or_removed_is_kicked_at_janus_and_speaks_again_unmuted(
    live: LiveServer, janus: JanusProcess
) -> None:
    world = live.world
    olga = await world.etwinner("Olga")  # the organiser, the twinspace's founder
    sam = await world.etwinner("Sam")
    tom = await world.etwinner("Tom")
    space_id = await world.space(olga)
    for teacher in (sam, tom):
        await world.add_teacher(olga, space_id, teacher)
    event_id = await world.event(
        olga,
        title="Class webinar",
        audience="twinspace",
        space_id=space_id,
        speakers=[sam.id, tom.id],
    )
    base = f"/api/events/{event_id}"
    world.clock.advance(dt.timedelta(days=1, minutes=1))
    room = ok(await olga.post(base + "/live"))["sfu"]["room"]
    seats = {p.id: await follow(live, p, f"seat:{event_id}:{p.id}") for p in (sam, tom)}
    watcher = await follow(live, olga, f"qa:{event_id}")
    async with janus_side(janus) as (client, sfu):
        tokens = {}
        for speaker in (sam, tom):
            joined = ok(await speaker.post(base + "/live/join"))
            assert joined["may_publish"] is True
            tokens[speaker.id] = joined["sfu"]["token"]
            assert (await join_as(client, room, speaker.id, tokens[speaker.id]))["videoroom"] == (
                "joined"
            )
            ok(await speaker.post(base + "/live/publishing", {"publishing": True}))
        assert {sam.id, tom.id} <= await participants(sfu, room)

        # Muted in the event's space: kicked at Janus, the token revoked, told, unlisted.
        mute = {"minutes": 30, "reason": "shouting"}
        ok(await olga.post(f"/api/spaces/{space_id}/members/{sam.id}/mute", mute))
        assert sam.id not in await participants(sfu, room)
        assert "error_code" in await join_as(client, room, sam.id, tokens[sam.id])
        told = await until(seats[sam.id], "live.stage")
        assert (told["on_stage"], told["why"]) == (False, "muted")
        names = [n for n, _, _ in speaking(await until(watcher, "live.session"))]
        while "Sam" in names:  # the publishing announcements first
            names = [n for n, _, _ in speaking(await until(watcher, "live.session"))]
        assert names == ["Olga", "Tom"]
        joined = ok(await sam.post(base + "/live/join"))
        assert (joined["may_publish"], joined["sfu"]["token"]) == (False, None)
        refused = await sam.post(base + "/live/publishing", {"publishing": True})
        assert error_code(refused, 403) == "forbidden"
        assert tom.id in await participants(sfu, room)  # the other speaker goes on

        # The mute lifted: listed again, and the token is good at Janus again.
        ok(await olga.delete(f"/api/spaces/{space_id}/members/{sam.id}/mute"))
        again = speaking(await until(watcher, "live.session"))
        assert ("Sam", False, False) in again
        joined = ok(await sam.post(base + "/live/join"))
        assert (joined["may_publish"], joined["sfu"]["token"]) == (True, tokens[sam.id])
        assert (await join_as(client, room, sam.id, tokens[sam.id]))["videoroom"] == "joined"

        # Muted again, the mute running out on the clock (the server's loop lifts it): the
        # same way back.
        ok(await olga.post(f"/api/spaces/{space_id}/members/{sam.id}/mute", mute))
        assert sam.id not in await participants(sfu, room)
        while "Sam" in [n for n, _, _ in speaking(await until(watcher, "live.session"))]:
            pass
        world.clock.advance(dt.timedelta(minutes=31))
        assert ("Sam", False, False) in speaking(await until(watcher, "live.session"))
        assert ok(await sam.post(base + "/live/join"))["may_publish"] is True
        assert (await join_as(client, room, sam.id, tokens[sam.id]))["videoroom"] == "joined"

        # Removed from the twinspace: kicked, and no speaker any more (the policy follows
        # the space, not the list as it was written): the event is gone for them.
        stage = await follow(live, tom, f"stage:{event_id}")
        removal = {"reason": "moved school"}
        ok(await olga.post(f"/api/spaces/{space_id}/members/{tom.id}/remove", removal), 204)
        assert tom.id not in await participants(sfu, room)
        assert "error_code" in await join_as(client, room, tom.id, tokens[tom.id])
        told = await until(seats[tom.id], "live.stage")
        assert (told["on_stage"], told["why"]) == (False, "removed")
        while "Tom" in [n for n, _, _ in speaking(await until(watcher, "live.session"))]:
            pass
        assert error_code(await tom.post(base + "/live/join"), 404) == "not_found"
        assert await unsubscribed(stage) == (f"stage:{event_id}", "not_found")
        assert sam.id in await participants(sfu, room)


async def test_a_muted_organiser_is_kicked_at_janus_and_hosts_again_unmuted(
    live: LiveServer, janus: JanusProcess
) -> None:
    """DOMAIN.md: a muted member reads and cannot speak, the organiser of the space's event
    too (a twinspace's teacher muted by its founder). Muted, they still run the session."""
    world = live.world
    olga = await world.etwinner("Olga")  # the twinspace's founder
    tina = await world.etwinner("Tina")  # one of its teachers, the event's organiser
    space_id = await world.space(olga)
    await world.add_teacher(olga, space_id, tina)
    event_id = await world.event(
        tina, title="Class webinar", audience="twinspace", space_id=space_id, speakers=[]
    )
    base = f"/api/events/{event_id}"
    world.clock.advance(dt.timedelta(days=1, minutes=1))
    started = ok(await tina.post(base + "/live"))
    room, token = started["sfu"]["room"], started["sfu"]["token"]
    assert started["may_publish"] is True
    seat = await follow(live, tina, f"seat:{event_id}:{tina.id}")
    watcher = await follow(live, olga, f"qa:{event_id}")
    async with janus_side(janus) as (client, sfu):
        assert (await join_as(client, room, tina.id, token))["videoroom"] == "joined"
        ok(await tina.post(base + "/live/publishing", {"publishing": True}))
        assert tina.id in await participants(sfu, room)

        mute = {"minutes": 30, "reason": "off topic"}
        ok(await olga.post(f"/api/spaces/{space_id}/members/{tina.id}/mute", mute))
        assert tina.id not in await participants(sfu, room)
        assert "error_code" in await join_as(client, room, tina.id, token)
        told = await until(seat, "live.stage")
        assert (told["on_stage"], told["why"]) == (False, "muted")
        while "Tina" in [n for n, _, _ in speaking(await until(watcher, "live.session"))]:
            pass
        joined = ok(await tina.post(base + "/live/join"))
        assert (joined["may_publish"], joined["sfu"]["token"]) == (False, None)
        refused = await tina.post(base + "/live/publishing", {"publishing": True})
        assert error_code(refused, 403) == "forbidden"
        # A mute stops speaking, not hosting: the hands and the count still reach her.
        await follow(live, tina, f"stage:{event_id}")

        ok(await olga.delete(f"/api/spaces/{space_id}/members/{tina.id}/mute"))
        assert ("Tina", False, False) in speaking(await until(watcher, "live.session"))
        joined = ok(await tina.post(base + "/live/join"))
        assert (joined["may_publish"], joined["sfu"]["token"]) == (True, token)
        assert (await join_as(client, room, tina.id, token))["videoroom"] == "joined"


async def test_a_speaker_taken_off_the_list_is_kicked_at_janus_and_one_added_speaks(
    live: LiveServer, janus: JanusProcess
) -> None:
    world = live.world
    olga = await world.etwinner("Olga")  # the organiser
    sam = await world.etwinner("Sam")  # named, then taken off the list
    tom = await world.etwinner("Tom")  # named while the session runs
    event_id = await world.event(olga, title="Robots in class", speakers=[sam.id])
    base = f"/api/events/{event_id}"
    world.clock.advance(dt.timedelta(days=1, minutes=1))
    room = ok(await olga.post(base + "/live"))["sfu"]["room"]
    seat = await follow(live, sam, f"seat:{event_id}:{sam.id}")
    stage = await follow(live, sam, f"stage:{event_id}")
    watcher = await follow(live, olga, f"qa:{event_id}")
    async with janus_side(janus) as (client, sfu):
        token = ok(await sam.post(base + "/live/join"))["sfu"]["token"]
        assert (await join_as(client, room, sam.id, token))["videoroom"] == "joined"
        ok(await sam.post(base + "/live/publishing", {"publishing": True}))
        assert sam.id in await participants(sfu, room)

        ok(await olga.patch(base, {"speakers": [tom.id]}))
        # Sam: kicked at Janus, the token revoked, told why; an attendee without a place.
        assert sam.id not in await participants(sfu, room)
        assert "error_code" in await join_as(client, room, sam.id, token)
        told = await until(seat, "live.stage")
        assert (told["on_stage"], told["why"]) == (False, "unnamed")
        names = [n for n, _, _ in speaking(await until(watcher, "live.session"))]
        while "Sam" in names:  # the publishing announcement first
            names = [n for n, _, _ in speaking(await until(watcher, "live.session"))]
        assert names == ["Olga", "Tom"]
        assert error_code(await sam.post(base + "/live/join"), 403) == "forbidden"
        # The moderators' stage channel ends for him (the audience sees the event: refused).
        assert await unsubscribed(stage) == (f"stage:{event_id}", "forbidden")
        # Tom: listed at once, and his token is good at Janus when he joins.
        joined = ok(await tom.post(base + "/live/join"))
        assert joined["may_publish"] is True
        assert (await join_as(client, room, tom.id, joined["sfu"]["token"]))["videoroom"] == (
            "joined"
        )


async def test_a_suspended_account_is_off_every_stage_at_janus(
    live: LiveServer, janus: JanusProcess
) -> None:
    world = live.world
    admin = await world.national_admin("FR")
    olga = await world.etwinner("Olga")  # organises one event, speaks at the other
    sam = await world.etwinner("Sam")  # organises the other
    ana = await world.etwinner("Ana")  # promoted in Sam's
    ours = await world.event(olga, title="Robots in class", speakers=[])
    theirs = await world.event(sam, title="Robots in class", speakers=[olga.id])
    ok(await ana.post(f"/api/events/{theirs}/registration"))
    world.clock.advance(dt.timedelta(days=1, minutes=1))
    rooms = {
        e: ok(await o.post(f"/api/events/{e}/live"))["sfu"]["room"]
        for e, o in ((ours, olga), (theirs, sam))
    }
    watchers = {e: await follow(live, sam, f"qa:{e}") for e in (ours, theirs)}
    async with janus_side(janus) as (client, sfu):
        tokens = {}
        for event_id in (ours, theirs):
            joined = ok(await olga.post(f"/api/events/{event_id}/live/join"))
            tokens[event_id] = joined["sfu"]["token"]
            answer = await join_as(client, rooms[event_id], olga.id, tokens[event_id])
            assert answer["videoroom"] == "joined"
        ok(await sam.post(f"/api/events/{theirs}/live/stage/{ana.id}", {"on_stage": True}))
        ana_token = ok(await ana.post(f"/api/events/{theirs}/live/join"))["sfu"]["token"]
        assert (await join_as(client, rooms[theirs], ana.id, ana_token))["videoroom"] == "joined"

        # Olga suspended: off both stages at Janus (her own event's too), unlisted.
        ok(await admin.post(f"/api/admin/accounts/{olga.id}/suspend", {"reason": "abuse"}))
        for event_id in (ours, theirs):
            assert olga.id not in await participants(sfu, rooms[event_id])
            refused = await join_as(client, rooms[event_id], olga.id, tokens[event_id])
            assert "error_code" in refused
            names = ["Olga"]
            while "Olga" in names:  # the promotion's announcement first
                said = await until(watchers[event_id], "live.session")
                names = [n for n, _, _ in speaking(said)]
        # Ana suspended: her promotion ends at Janus too.
        ok(await admin.post(f"/api/admin/accounts/{ana.id}/suspend", {"reason": "abuse"}))
        assert ana.id not in await participants(sfu, rooms[theirs])
        assert "error_code" in await join_as(client, rooms[theirs], ana.id, ana_token)

        # Reinstated, Olga hosts her event again: her token is given back when she joins.
        ok(await admin.post(f"/api/admin/accounts/{olga.id}/reinstate", {"reason": "cleared"}))
        olga = await world.sign_in(olga.account["email"])
        joined = ok(await olga.post(f"/api/events/{ours}/live/join"))
        assert (joined["may_publish"], joined["sfu"]["token"]) == (True, tokens[ours])
        assert (await join_as(client, rooms[ours], olga.id, tokens[ours]))["videoroom"] == "joined"


async def test_the_session_ends_by_itself_after_its_event_and_grace(
    live: LiveServer, janus: JanusProcess
) -> None:
    world = live.world
    olga = await world.etwinner("Olga")
    ana = await world.etwinner("Ana")
    event_id = await world.event(olga, title="Robots in class", speakers=[])
    base = f"/api/events/{event_id}"
    ok(await ana.post(base + "/registration"))
    world.clock.advance(dt.timedelta(days=1, minutes=1))
    room = ok(await olga.post(base + "/live"))["sfu"]["room"]
    ok(await olga.post(base + "/live/recording", {"recording": True}))
    viewer = await follow(live, ana, f"qa:{event_id}")
    stage = await follow(live, olga, f"stage:{event_id}")
    sfu = JanusSfu(janus.url, janus.admin_key)
    await participants(sfu, room)  # the room is there
    # Past the end, within the grace: it goes on (the loop looks every few seconds).
    world.clock.advance(dt.timedelta(minutes=60) + event_live.LIVE_GRACE / 2)
    await viewer.nothing_within(LIVE_END_INTERVAL_S + 1)
    assert ok(await olga.get(base + "/live"))["state"] == "live"
    # Past the grace: the server's housekeeping ends it, with nobody asking.
    world.clock.advance(event_live.LIVE_GRACE)
    within = LIVE_END_INTERVAL_S + 5
    for follower in (viewer, stage):
        ended = await follower.expect(Event, within=within)
        while ended.event != "live.session":  # the count watching, on the stage
            ended = await follower.expect(Event, within=within)
        assert ended.data["state"] == "ended"
    assert ok(await olga.get(base + "/live"))["state"] == "ended"
    with pytest.raises(JanusError, match="refused"):
        await participants(sfu, room)  # the room is gone
    async with world.ctx.sessionmaker() as db:
        # The recording stopped: its take is there for the recordings' loop (which may have
        # processed it already: nobody published, so it made no files).
        takes = list(
            await db.scalars(
                select(EventRecordingTake).where(EventRecordingTake.event_id == event_id)
            )
        )
        # Attendance closed at the event's end, though Ana's page is still open.
        stretches = list(
            await db.scalars(select(EventAttendance).where(EventAttendance.event_id == event_id))
        )
    assert [t.room for t in takes] == [room]
    assert [s.left_at is not None for s in stretches] == [True]
    [ana_there] = ok(await olga.get(base + "/attendance"))
    assert ana_there["display_name"] == "Ana"


async def test_only_one_process_ends_an_overdue_session(
    live: LiveServer, janus: JanusProcess, database_url: str
) -> None:
    """Two passes at once (two server processes): the event's row is held with SKIP LOCKED,
    so the second skips it while the first ends it, and finds nothing after."""
    if database_url.startswith("sqlite"):
        pytest.skip("SQLite has one writer at a time; several processes run on PostgreSQL")
    world = live.world
    olga = await world.etwinner("Olga")
    event_id = await world.event(olga, title="Robots in class", speakers=[])
    world.clock.advance(dt.timedelta(days=1, minutes=1))
    ok(await olga.post(f"/api/events/{event_id}/live"))
    # The passes' own time, past the grace; the server's loop keeps the clock's (not due).
    later = world.clock.now() + dt.timedelta(minutes=60) + event_live.LIVE_GRACE
    video = world.ctx.settings.video  # type: ignore[attr-defined]
    sessions = world.ctx.sessionmaker
    async with sessions() as first, sessions() as second:
        async with first.begin():
            assert await event_live.end_overdue(first, later, video) == [event_id]
            async with second.begin():
                assert await event_live.end_overdue(second, later, video) == []  # skipped
        async with second.begin():
            assert await event_live.end_overdue(second, later, video) == []  # ended already
    assert ok(await olga.get(f"/api/events/{event_id}/live"))["state"] == "ended"


async def test_event_channels_carry_no_role(live: LiveServer) -> None:
    world = live.world
    olga = await world.etwinner("Olga")
    event_id = await world.event(olga, title="Robots in class", speakers=[])
    async with world.ctx.sessionmaker() as db:
        account = await db.get(Account, olga.id)
        assert account is not None
        for name in (f"qa:{event_id}", f"stage:{event_id}", f"seat:{event_id}:{olga.id}"):
            grant = await authorize_subscribe(
                db, actor_of(account), Channel.parse(name), world.clock.now()
            )
            assert grant.role is None
