"""Real aiortc peers on loopback, through the real server's signalling over real WebSockets:
frames flow both ways, a removed or ended participant's media stops, outsiders get nothing."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from loadtest.webrtc_loopback import FPS, Peer, wait_for_frames
from protocol.messages import Error, Publish, Signal, Subscribe

from ..http.conftest import ApiUser, ok
from .conftest import LiveServer

#: Live video: no other heavy test beside (tests/media_lock.py).
pytestmark = pytest.mark.media

#: Frames each peer must get from each other peer (video and audio) to count as flowing.
FLOWING = 5
#: Seconds to wait for media to start; loopback needs well under one, a loaded CI more.
MEDIA_TIMEOUT_S = 30.0
#: After a removal, frames may still arrive for a moment; one second's worth at most.
AFTER_REMOVAL_BOUND = FPS
#: How long the counts are watched after a removal: twice the bound, so a peer still
#: receiving would get 2 * FPS frames and fail.
WATCH_S = 2.0


class Session:
    def __init__(self, live: LiveServer, space_id: int, session_id: int) -> None:
        self.live = live
        self.space_id = space_id
        self.id = session_id
        self.base = f"/api/spaces/{space_id}/video-sessions/{session_id}"
        self.channel = f"video:{space_id}:{session_id}"
        self.peers: list[Peer] = []

    async def peer(self, user: ApiUser, *, honour_cut_off: bool = True) -> Peer:
        ok(await user.post(f"{self.base}/join"))
        peer = Peer(self.live.ws_url, user.token, self.channel, honour_cut_off=honour_cut_off)
        self.peers.append(peer)
        await peer.connect()
        await peer.join()
        return peer


@pytest.fixture
async def sessions() -> AsyncIterator[list[Session]]:
    made: list[Session] = []
    yield made
    for session in made:
        for peer in session.peers:
            await peer.close()


async def open_session(live: LiveServer, made: list[Session]) -> tuple[Session, ApiUser, int]:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    body = ok(await ana.post(f"/api/spaces/{space_id}/video-sessions", {}), 201)
    session = Session(live, space_id, body["session"]["id"])
    made.append(session)
    return session, ana, space_id


def video_from(peer: Peer, sender: Peer) -> int:
    return peer.frames_from(sender.id, "video")


async def test_three_peers_receive_each_others_video_and_audio(
    live: LiveServer, sessions: list[Session]
) -> None:
    session, ana, space_id = await open_session(live, sessions)
    lea, tom = await live.world.pupils(ana, space_id, ["Léa", "Tom"])
    peers = [await session.peer(ana), await session.peer(lea), await session.peer(tom)]
    ids = [p.id for p in peers]
    assert await wait_for_frames(peers, ids, FLOWING, MEDIA_TIMEOUT_S), [
        {sender: dict(r.frames) for sender, r in p.received.items()} for p in peers
    ]


@pytest.mark.parametrize("honours", [True, False], ids=["client_hangs_up", "client_ignores"])
async def test_removed_participants_media_stops(
    live: LiveServer, sessions: list[Session], honours: bool
) -> None:
    """Even a removed client that ignores the cut-off loses its media: its peers hang up."""
    session, ana, space_id = await open_session(live, sessions)
    [lea] = await live.world.pupils(ana, space_id, ["Léa"])
    teacher = await session.peer(ana)
    pupil = await session.peer(lea, honour_cut_off=honours)
    assert await wait_for_frames([teacher, pupil], [teacher.id, pupil.id], FLOWING, MEDIA_TIMEOUT_S)
    ok(await ana.post(f"{session.base}/participants/{pupil.id}/remove", {}))
    at_removal = (video_from(pupil, teacher), video_from(teacher, pupil))
    await asyncio.wait_for(pupil.cut_off.wait(), MEDIA_TIMEOUT_S)
    await asyncio.sleep(WATCH_S)
    after = (video_from(pupil, teacher), video_from(teacher, pupil))
    assert after[0] - at_removal[0] <= AFTER_REMOVAL_BOUND, (at_removal, after)
    assert after[1] - at_removal[1] <= AFTER_REMOVAL_BOUND, (at_removal, after)


async def test_ending_stops_everyones_media(live: LiveServer, sessions: list[Session]) -> None:
    session, ana, space_id = await open_session(live, sessions)
    [lea] = await live.world.pupils(ana, space_id, ["Léa"])
    teacher, pupil = await session.peer(ana), await session.peer(lea)
    assert await wait_for_frames([teacher, pupil], [teacher.id, pupil.id], FLOWING, MEDIA_TIMEOUT_S)
    ok(await ana.post(f"{session.base}/end"))
    at_end = (video_from(pupil, teacher), video_from(teacher, pupil))
    for peer in (teacher, pupil):
        await asyncio.wait_for(peer.cut_off.wait(), MEDIA_TIMEOUT_S)
    await asyncio.sleep(WATCH_S)
    after = (video_from(pupil, teacher), video_from(teacher, pupil))
    assert after[0] - at_end[0] <= AFTER_REMOVAL_BOUND, (at_end, after)
    assert after[1] - at_end[1] <= AFTER_REMOVAL_BOUND, (at_end, after)


async def test_pupil_of_another_space_never_receives_the_sessions_signalling(
    live: LiveServer, sessions: list[Session]
) -> None:
    session, ana, space_id = await open_session(live, sessions)
    [lea] = await live.world.pupils(ana, space_id, ["Léa"])
    other_space = await live.world.space(ana)
    [max_] = await live.world.pupils(ana, other_space, ["Max"])
    spy = await live.connect(max_)
    await spy.send(Subscribe(ref="s", channel=session.channel))
    assert (await spy.expect(Error)).code == "not_found"
    await spy.send(Publish(ref="j", channel=session.channel, event="join", data={}))
    assert (await spy.expect(Error)).code == "not_found"
    teacher, pupil = await session.peer(ana), await session.peer(lea)
    assert await wait_for_frames([teacher, pupil], [teacher.id, pupil.id], FLOWING, MEDIA_TIMEOUT_S)
    # Offers, answers and candidates all went by; the outsider's socket got none of them.
    while True:
        try:
            message = await spy.receive(within=0.3)
        except TimeoutError:
            break
        assert not isinstance(message, Signal), message
