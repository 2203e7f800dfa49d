"""A space archived or deleted ends its live video sessions, over real sockets: everyone
inside hears the end and why, loses the channel, and cannot come back; through the SFU the
Janus room goes too (a real Janus)."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from loadtest.janus_peer import JanusClient
from loadtest.janus_process import JanusProcess
from protocol.messages import Ack, Error, Event, Subscribe, Unsubscribed
from server.clock import FakeClock
from server.config import Settings, VideoSettings
from server.services.video.janus import JanusError, JanusSfu

from ..http.conftest import ApiUser, error_code, ok
from ..test_video_janus import janus as janus  # the fixture
from ..test_video_janus import join_as, participants
from .conftest import LiveServer, WsClient, serve
from .test_video_signalling import OFFER, Seat, seat, start


async def until_cut_off(who: Seat) -> list[Event]:
    """The video channel's events up to the end of the subscription (which must come)."""
    events: list[Event] = []
    while True:
        message = await who.client.receive()
        if isinstance(message, Unsubscribed):
            assert (message.channel, message.code) == (who.channel, "not_found")
            return events
        if isinstance(message, Event) and message.channel == who.channel:
            events.append(message)


def last_session_event(events: list[Event]) -> dict[str, Any]:
    sessions = [e.data for e in events if e.event == "session"]
    assert sessions, [e.event for e in events]
    data: dict[str, Any] = sessions[-1]
    return data


async def watch_space(live: LiveServer, user: ApiUser, space_id: int) -> WsClient:
    client = await live.connect(user)
    await client.send(Subscribe(ref="space", channel=f"space:{space_id}"))
    await client.expect(Ack)
    return client


async def space_events(client: WsClient, name: str) -> dict[str, Any]:
    """Events of the space channel up to the first one called ``name``; its data."""
    while True:
        message = await client.receive()
        if isinstance(message, Event) and message.event == name:
            data: dict[str, Any] = message.data
            return data


async def test_archiving_ends_the_session_for_the_teacher_and_the_pupil(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    session_id = await start(live, ana, space_id)
    teacher = await seat(live, ana, space_id, session_id)
    pupil = await seat(live, lea, space_id, session_id)
    watcher = await watch_space(live, ana, space_id)

    ok(await ana.post(f"/api/spaces/{space_id}/archive"))
    for who in (teacher, pupil):
        events = await until_cut_off(who)
        ended = last_session_event(events)
        assert (ended["id"], ended["state"], ended["reason"]) == (
            session_id,
            "ended",
            "space_archived",
        )
        [moderated] = [e.data for e in events if e.event == "moderated"]
        assert moderated["action"] == "video.ended"
        assert moderated["by"] == ana.id
        assert moderated["reason"] == "the space was archived"
    assert await space_events(watcher, "video.ended") == {
        "session_id": session_id,
        "reason": "space_archived",
    }

    # Nothing reaches or leaves the session any more, and no one gets back in.
    refused = await pupil.publish("offer", {"to": teacher.id, "sdp": OFFER})
    assert isinstance(refused, Error)
    await pupil.client.send(Subscribe(ref="again", channel=pupil.channel))
    assert (await pupil.until(Error)).code == "not_found"
    for person in (ana, lea):
        join = await person.post(f"/api/spaces/{space_id}/video-sessions/{session_id}/join")
        assert error_code(join, 403) == "forbidden"
        assert join.json()["error"]["message"] == "the space is archived and read-only"
    again = await ana.post(f"/api/spaces/{space_id}/video-sessions", {})
    assert error_code(again, 403) == "forbidden"


async def test_deleting_the_space_ends_the_session_before_the_channels_go(
    live: LiveServer,
) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    session_id = await start(live, ana, space_id)
    teacher = await seat(live, ana, space_id, session_id)
    pupil = await seat(live, lea, space_id, session_id)

    ok(await ana.delete(f"/api/spaces/{space_id}"), 204)
    for who in (teacher, pupil):
        ended = last_session_event(await until_cut_off(who))
        assert (ended["state"], ended["reason"]) == ("ended", "space_deleted")
    join = await lea.post(f"/api/spaces/{space_id}/video-sessions/{session_id}/join")
    assert error_code(join, 404) == "not_found"


async def test_a_teachers_end_names_the_teacher_as_the_reason(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    session_id = await start(live, ana, space_id)
    pupil = await seat(live, lea, space_id, session_id)
    ok(await ana.post(f"/api/spaces/{space_id}/video-sessions/{session_id}/end"))
    ended = last_session_event(await until_cut_off(pupil))
    assert (ended["state"], ended["reason"]) == ("ended", "teacher")


# -- through the SFU --------------------------------------------------------------------------


@pytest.fixture
async def sfu_live(
    database_url: str, tmp_path: Path, clock: FakeClock, janus: JanusProcess
) -> AsyncIterator[LiveServer]:
    video = VideoSettings(mesh_limit=2, janus_url=janus.url, janus_admin_key=janus.admin_key)
    settings = dataclasses.replace(
        Settings(database_url=database_url, data_dir=tmp_path, cheap_hashing=True), video=video
    )
    async with serve(settings, clock) as server:
        yield server


async def test_archiving_an_sfu_session_destroys_its_janus_room(
    sfu_live: LiveServer, janus: JanusProcess
) -> None:
    live = sfu_live
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea, tom] = await world.pupils(ana, space_id, ["Léa", "Tom"])
    session_id = await start(live, ana, space_id)
    seats = [await seat(live, user, space_id, session_id) for user in (ana, lea)]
    seats.append(await seat(live, tom, space_id, session_id))  # the third: past the mesh
    base = f"/api/spaces/{space_id}/video-sessions/{session_id}"
    access = ok(await tom.post(f"{base}/join"))["sfu"]
    assert access is not None
    sfu = JanusSfu(janus.url, janus.admin_key)
    client = JanusClient(janus.url)
    await client.open()
    try:
        joined = await join_as(client, session_id, access["publisher_id"], access["token"])
        assert joined["videoroom"] == "joined"
        assert access["publisher_id"] in await participants(sfu, session_id)

        ok(await ana.post(f"/api/spaces/{space_id}/archive"))
        for who in seats:
            ended = last_session_event(await until_cut_off(who))
            assert (ended["mode"], ended["state"], ended["reason"]) == (
                "sfu",
                "ended",
                "space_archived",
            )
        with pytest.raises(JanusError):
            await participants(sfu, session_id)  # the room is gone, and Tom with it
        assert error_code(await tom.post(f"{base}/join"), 403) == "forbidden"
    finally:
        await client.close()
