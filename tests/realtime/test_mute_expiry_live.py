"""A timed mute that runs out on the (injected) clock: the microphone is released in live
video, the member and the moderators are told, once, on every process; a teacher's own video
mute stays. Typing indicators are gated across processes through Redis. Real sockets, real
servers (two in one test process, sharing the database, the Redis broker and the clock)."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from protocol.messages import Ack, Event, Subscribe
from server.clock import FakeClock
from server.config import Settings

from ..http.conftest import ApiUser, ok
from .conftest import LiveServer, WsClient, serve
from .test_video_signalling import OFFER, Seat, seat, start

MUTE = dt.timedelta(minutes=5)


async def follow(live: LiveServer, user: ApiUser, *channels: str) -> WsClient:
    client = await live.connect(user)
    for channel in channels:
        await client.send(Subscribe(ref=client.ref(), channel=channel))
        await client.expect(Ack)
    return client


async def next_event(client: WsClient, name: str, **match: Any) -> Event:
    """The next event called ``name`` whose data has ``match`` (others are skipped)."""
    while True:
        message = await client.receive()
        if not isinstance(message, Event) or message.event != name:
            continue
        if all(message.data.get(k) == v for k, v in match.items()):
            return message


async def mute(teacher: ApiUser, space_id: int, pupil: ApiUser) -> None:
    path = f"/api/spaces/{space_id}/members/{pupil.id}/mute"
    ok(await teacher.post(path, {"minutes": int(MUTE.total_seconds() // 60), "reason": "noise"}))


async def audit_of(teacher: ApiUser, space_id: int, action: str) -> list[dict[str, Any]]:
    log: list[dict[str, Any]] = ok(await teacher.get(f"/api/spaces/{space_id}/audit"))
    return [e for e in log if e["action"] == action]


async def test_a_mute_running_out_releases_the_microphone_and_says_so(
    live: LiveServer, clock: FakeClock
) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    session_id = await start(live, ana, space_id)
    teacher = await seat(live, ana, space_id, session_id)
    pupil = await seat(live, lea, space_id, session_id)
    notices = await follow(live, lea, f"notice:{space_id}:{lea.id}")
    moderators = await follow(live, ana, f"moderation:{space_id}")

    await mute(ana, space_id, lea)
    await next_event(pupil.client, "participant", id=pupil.id, force_muted=True)
    assert (await pupil.publish("offer", {"to": teacher.id, "sdp": OFFER})).code == "forbidden"

    clock.advance(MUTE)
    lifted = await next_event(pupil.client, "moderated", action="video.unmuted")
    assert (lifted.data["by"], lifted.data["participant_id"]) == (None, pupil.id)
    await next_event(pupil.client, "participant", id=pupil.id, force_muted=False)
    told = await next_event(notices, "member.unmuted")
    assert (told.data["expired"], told.data["muted_until"]) == (True, None)
    assert "message" not in told.data  # the event's name is the code the page words
    seen = await next_event(moderators, "member.unmuted")
    assert (seen.data["account_id"], seen.data["by"]) == (lea.id, None)
    assert isinstance(await pupil.publish("offer", {"to": teacher.id, "sdp": OFFER}), Ack)
    [entry] = await audit_of(ana, space_id, "member.unmuted")
    assert (entry["actor_id"], entry["details"]["expired"]) == (None, True)
    members = ok(await ana.get(f"/api/spaces/{space_id}/members"))
    assert {m["account_id"]: m["muted_until"] for m in members}[lea.id] is None


async def test_a_teachers_own_video_mute_outlives_a_space_mute(
    live: LiveServer, clock: FakeClock
) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea, tom] = await world.pupils(ana, space_id, ["Léa", "Tom"])
    session_id = await start(live, ana, space_id)
    teacher = await seat(live, ana, space_id, session_id)
    pupil = await seat(live, lea, space_id, session_id)
    other = await seat(live, tom, space_id, session_id)
    base = f"/api/spaces/{space_id}/video-sessions/{session_id}/participants"
    ok(await ana.post(f"{base}/{pupil.id}/mute", {"reason": "echo"}))  # the teacher's own
    await mute(ana, space_id, lea)
    await mute(ana, space_id, tom)
    await next_event(other.client, "participant", id=other.id, force_muted=True)
    clock.advance(MUTE)
    # Tom's microphone is released; Léa's stays off, her teacher muted it in the session.
    await next_event(teacher.client, "moderated", action="video.unmuted", participant_id=other.id)
    shown = ok(await ana.get(f"/api/spaces/{space_id}/video-sessions/{session_id}"))
    muted = {p["account_id"]: p["force_muted"] for p in shown["participants"]}
    assert (muted[lea.id], muted[tom.id]) == (True, False)
    assert (await pupil.publish("offer", {"to": teacher.id, "sdp": OFFER})).code == "forbidden"


async def test_a_member_who_left_rejoins_unmuted_once_the_mute_ran_out(
    live: LiveServer, clock: FakeClock
) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    session_id = await start(live, ana, space_id)
    await seat(live, ana, space_id, session_id)
    notices = await follow(live, lea, f"notice:{space_id}:{lea.id}")
    base = f"/api/spaces/{space_id}/video-sessions/{session_id}"
    ok(await lea.post(f"{base}/join"))
    await mute(ana, space_id, lea)
    ok(await lea.post(f"{base}/leave"), 204)
    clock.advance(MUTE)
    await next_event(notices, "member.unmuted")
    me = ok(await lea.post(f"{base}/join"))["me"]
    assert me["force_muted"] is False


async def test_a_member_muted_after_leaving_rejoins_muted(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    session_id = await start(live, ana, space_id)
    base = f"/api/spaces/{space_id}/video-sessions/{session_id}"
    ok(await lea.post(f"{base}/join"))
    ok(await lea.post(f"{base}/leave"), 204)
    await mute(ana, space_id, lea)
    assert ok(await lea.post(f"{base}/join"))["me"]["force_muted"] is True


# -- two servers behind one Redis ---------------------------------------------------------


@dataclasses.dataclass
class Pair:
    a: LiveServer
    b: LiveServer
    clock: FakeClock


@pytest.fixture
async def pair(database_url: str, redis_url: str, tmp_path: Path) -> AsyncIterator[Pair]:
    clock = FakeClock()
    async with contextlib.AsyncExitStack() as stack:
        servers = []
        for name in ("a", "b"):
            settings = Settings(
                database_url=database_url,
                data_dir=tmp_path / name,
                cheap_hashing=True,
                redis_url=redis_url,
            )
            servers.append(await stack.enter_async_context(serve(settings, clock)))
        yield Pair(servers[0], servers[1], clock)


@pytest.mark.redis
async def test_a_mute_running_out_is_lifted_once_and_seen_on_every_process(pair: Pair) -> None:
    world = pair.a.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    session_id = await start(pair.a, ana, space_id)
    teacher = await seat(pair.a, ana, space_id, session_id)
    pupil: Seat = await seat(pair.b, lea, space_id, session_id)  # on the other process
    notices = await follow(pair.b, lea, f"notice:{space_id}:{lea.id}")
    await mute(ana, space_id, lea)
    await next_event(pupil.client, "participant", id=pupil.id, force_muted=True)
    pair.clock.advance(MUTE)
    await next_event(notices, "member.unmuted", expired=True)
    await next_event(teacher.client, "moderated", action="video.unmuted", participant_id=pupil.id)
    await next_event(teacher.client, "participant", id=pupil.id, force_muted=False)
    await next_event(pupil.client, "participant", id=pupil.id, force_muted=False)
    assert isinstance(await pupil.publish("offer", {"to": teacher.id, "sdp": OFFER}), Ack)
    # Both processes swept; one claimed it: one audit entry each, not two.
    assert len(await audit_of(ana, space_id, "member.unmuted")) == 1
    assert len(await audit_of(ana, space_id, "video.unmuted")) == 1


@pytest.mark.redis
async def test_typing_is_gated_across_processes(pair: Pair) -> None:
    world = pair.a.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea, tom] = await world.pupils(ana, space_id, ["Léa", "Tom"])
    chat = ok(await ana.get(f"/api/spaces/{space_id}/chat"))
    watcher = await follow(pair.a, ana, chat["typing_channel"])
    typing = f"/api/spaces/{space_id}/chats/{chat['id']}/typing"
    on_b = ApiUser(pair.b.world.client, lea.token, lea.account)
    tom_on_b = ApiUser(pair.b.world.client, tom.token, tom.account)
    assert (await lea.post(typing)).status_code == 204  # process a: sent
    assert (await on_b.post(typing)).status_code == 204  # process b, same window: dropped
    assert (await tom_on_b.post(typing)).status_code == 204  # another member: sent
    first = await next_event(watcher, "typing")
    second = await next_event(watcher, "typing")  # the same channel keeps its order
    assert [first.data["account_id"], second.data["account_id"]] == [lea.id, tom.id]
    pair.clock.advance(dt.timedelta(seconds=3))
    assert (await on_b.post(typing)).status_code == 204
    assert (await next_event(watcher, "typing")).data["account_id"] == lea.id
