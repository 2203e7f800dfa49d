"""Signalling over real WebSockets: only participants subscribe, SDP reaches only its peer,
mutes are enforced, removals cut off at once, dead sockets leave after the grace period."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from protocol.messages import Ack, Error, Event, Publish, Signal, Subscribe, Unsubscribed
from server.websocket.video_signalling import PEER_AWAY
from server.websocket.video_upkeep import sweep

from ..http.conftest import ApiUser, ok
from ..video_sdp import AUDIO_OFFER, AUDIO_RECVONLY, sdp
from .conftest import LiveServer, WsClient

#: Real offers (aiortc's): one that sends audio, and the same receiving only.
OFFER = AUDIO_OFFER
RECVONLY_OFFER = AUDIO_RECVONLY


class Seat:
    """One person in one session: their WebSocket and their participant id."""

    def __init__(self, client: WsClient, channel: str, participant_id: int) -> None:
        self.client = client
        self.channel = channel
        self.id = participant_id

    async def publish(self, event: str, data: dict[str, Any]) -> Any:
        await self.client.send(
            Publish(ref=self.client.ref(), channel=self.channel, event=event, data=data)
        )
        return await self.next_answer()

    async def next_answer(self) -> Ack | Error:
        while True:
            message = await self.client.receive()
            if isinstance(message, Ack | Error):
                return message

    async def next_signal(self) -> Signal:
        while True:
            message = await self.client.receive()
            if isinstance(message, Signal):
                return message

    async def until(self, kind: type[Any]) -> Any:
        while True:
            message = await self.client.receive()
            if isinstance(message, kind):
                return message


async def start(live: LiveServer, teacher: ApiUser, space_id: int, lobby: bool = False) -> int:
    body = ok(await teacher.post(f"/api/spaces/{space_id}/video-sessions", {"lobby": lobby}), 201)
    session_id: int = body["session"]["id"]
    return session_id


async def seat(
    live: LiveServer, user: ApiUser, space_id: int, session_id: int, *, join: bool = True
) -> Seat:
    """Take a place over HTTP, subscribe to the channel and (by default) join the signalling."""
    me = ok(await user.post(f"/api/spaces/{space_id}/video-sessions/{session_id}/join"))["me"]
    client = await live.connect(user)
    channel = f"video:{space_id}:{session_id}"
    await client.send(Subscribe(ref=client.ref(), channel=channel))
    assert isinstance(await client.expect(Ack), Ack)
    taken = Seat(client, channel, me["id"])
    if join:
        assert isinstance(await taken.publish("join", {}), Ack)
        welcome = await taken.next_signal()
        assert welcome.event == "welcome"
        assert welcome.data["participant_id"] == me["id"]
    return taken


async def test_only_participants_subscribe_and_outsiders_see_not_found(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    other_space = await world.space(ana)
    [max_] = await world.pupils(ana, other_space, ["Max"])
    session_id = await start(live, ana, space_id)
    channel = f"video:{space_id}:{session_id}"
    answers = []
    for user, name in [
        (lea, channel),  # a member who has not taken a place
        (max_, channel),  # a pupil of another space
        (lea, f"video:{space_id}:{session_id + 50}"),  # no such session
        (max_, f"video:{other_space}:{session_id}"),  # a session of another space
    ]:
        client = await live.connect(user)
        await client.send(Subscribe(ref="s", channel=name))
        error = await client.expect(Error)
        answers.append((error.code, error.message))
        await client.send(Publish(ref="p", channel=name, event="join", data={}))
        answers.append(((await client.expect(Error)).code, "publish"))
    assert {answer for answer in answers[::2]} == {("not_found", "no such channel")}
    assert {code for code, _ in answers[1::2]} == {"not_found"}


async def test_offer_reaches_only_the_addressed_peer(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea, tom] = await world.pupils(ana, space_id, ["Léa", "Tom"])
    session_id = await start(live, ana, space_id)
    teacher = await seat(live, ana, space_id, session_id)
    pupil = await seat(live, lea, space_id, session_id)
    bystander = await seat(live, tom, space_id, session_id)
    assert isinstance(await teacher.publish("offer", {"to": pupil.id, "sdp": OFFER}), Ack)
    signal = await pupil.next_signal()
    assert signal.event == "offer"
    assert signal.sender == teacher.id
    assert signal.data == {"sdp": OFFER, "ice_restart": False, "polite": True}
    answer = {"to": teacher.id, "sdp": sdp("aiortc-answer")}
    assert isinstance(await pupil.publish("answer", answer), Ack)
    back = await teacher.next_signal()
    assert (back.event, back.sender, back.data["polite"]) == ("answer", pupil.id, False)
    candidate = {"to": pupil.id, "candidate": "candidate:1 1 udp 1 127.0.0.1 5000 typ host"}
    assert isinstance(await teacher.publish("candidate", candidate), Ack)
    assert (await pupil.next_signal()).event == "candidate"
    # The third participant saw the joins as events, never the SDP.
    while True:
        try:
            message = await bystander.client.receive(within=0.3)
        except TimeoutError:
            break
        assert not isinstance(message, Signal), message
        assert isinstance(message, Event)


async def test_welcome_lists_peers_with_polite_roles_and_ice_restart_is_relayed(
    live: LiveServer,
) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    session_id = await start(live, ana, space_id)
    teacher = await seat(live, ana, space_id, session_id)
    pupil = await seat(live, lea, space_id, session_id, join=False)
    assert isinstance(await pupil.publish("join", {}), Ack)
    welcome = await pupil.next_signal()
    assert welcome.data["peers"] == [{"id": teacher.id, "display_name": "Ana", "polite": True}]
    restart = {"to": teacher.id, "sdp": OFFER, "ice_restart": True}
    assert isinstance(await pupil.publish("offer", restart), Ack)
    relayed = await teacher.next_signal()
    assert relayed.data["ice_restart"] is True


async def test_signalling_to_someone_outside_the_session_is_not_found(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    first = await start(live, ana, space_id)
    second = await start(live, ana, space_id)
    teacher = await seat(live, ana, space_id, first)
    elsewhere = await seat(live, lea, space_id, second)
    answer = await teacher.publish("offer", {"to": elsewhere.id, "sdp": OFFER})
    assert isinstance(answer, Error)
    assert answer.code == "not_found"
    bad = await teacher.publish("offer", {"to": teacher.id, "sdp": "x" * 20_000})
    assert isinstance(bad, Error)
    assert bad.code == "invalid"


async def test_lobby_participant_hears_the_session_but_cannot_signal(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    session_id = await start(live, ana, space_id, lobby=True)
    teacher = await seat(live, ana, space_id, session_id)
    waiting = await seat(live, lea, space_id, session_id, join=False)
    refused = await waiting.publish("join", {})
    assert isinstance(refused, Error)
    assert refused.code == "forbidden"
    base = f"/api/spaces/{space_id}/video-sessions/{session_id}"
    ok(await ana.post(f"{base}/participants/{waiting.id}/admit", {}))
    while True:
        event = await waiting.until(Event)
        if event.event == "participant" and event.data["state"] == "admitted":
            break
    assert isinstance(await waiting.publish("join", {}), Ack)
    assert teacher.id in {p["id"] for p in (await waiting.next_signal()).data["peers"]}


async def test_muted_participant_cannot_offer_audio_until_allowed(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    session_id = await start(live, ana, space_id)
    teacher = await seat(live, ana, space_id, session_id)
    pupil = await seat(live, lea, space_id, session_id)
    base = f"/api/spaces/{space_id}/video-sessions/{session_id}/participants/{pupil.id}"
    ok(await ana.post(f"{base}/mute", {"reason": "noise"}))
    moderated = await pupil.until(Event)
    while moderated.event != "moderated":
        moderated = await pupil.until(Event)
    assert moderated.data["action"] == "video.muted"
    refused = await pupil.publish("offer", {"to": teacher.id, "sdp": OFFER})
    assert isinstance(refused, Error)
    assert refused.code == "forbidden"
    # Nor may it accept audio by answering the teacher's offer with it.
    refused = await pupil.publish("answer", {"to": teacher.id, "sdp": OFFER})
    assert isinstance(refused, Error)
    assert refused.code == "forbidden"
    assert "answer audio" in refused.message
    assert isinstance(await pupil.publish("answer", {"to": teacher.id, "sdp": RECVONLY_OFFER}), Ack)
    assert (await teacher.next_signal()).data["sdp"] == RECVONLY_OFFER
    unmute = await pupil.publish("media", {"mic": True, "camera": True})
    assert isinstance(unmute, Error)
    assert isinstance(await pupil.publish("offer", {"to": teacher.id, "sdp": RECVONLY_OFFER}), Ack)
    assert (await teacher.next_signal()).data["sdp"] == RECVONLY_OFFER
    ok(await ana.post(f"{base}/mute", {"muted": False}))
    assert isinstance(await pupil.publish("offer", {"to": teacher.id, "sdp": OFFER}), Ack)
    assert isinstance(await pupil.publish("media", {"mic": True, "camera": True}), Ack)


async def test_removed_participant_is_cut_off_at_once(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    session_id = await start(live, ana, space_id)
    teacher = await seat(live, ana, space_id, session_id)
    pupil = await seat(live, lea, space_id, session_id)
    base = f"/api/spaces/{space_id}/video-sessions/{session_id}"
    ok(await ana.post(f"{base}/participants/{pupil.id}/remove", {"reason": "rude"}))
    gone = await pupil.until(Unsubscribed)
    assert gone.channel == teacher.channel
    assert gone.code == "not_found"
    refused = await pupil.publish("offer", {"to": teacher.id, "sdp": OFFER})
    assert isinstance(refused, Error)
    toward = await teacher.publish("offer", {"to": pupil.id, "sdp": OFFER})
    assert isinstance(toward, Error)
    assert toward.code == "not_found"
    await pupil.client.send(Subscribe(ref="again", channel=teacher.channel))
    assert (await pupil.until(Error)).code == "not_found"


async def test_ending_cuts_everyone_off(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    session_id = await start(live, ana, space_id)
    teacher = await seat(live, ana, space_id, session_id)
    pupil = await seat(live, lea, space_id, session_id)
    ok(await ana.post(f"/api/spaces/{space_id}/video-sessions/{session_id}/end"))
    for who in (teacher, pupil):
        event = await who.until(Event)
        while event.event != "session":
            event = await who.until(Event)
        assert event.data["state"] == "ended"
        await who.until(Unsubscribed)


async def test_dead_socket_keeps_its_place_for_the_grace_period_then_leaves(
    live: LiveServer,
) -> None:
    world = live.world
    ctx = world.ctx
    grace = ctx.settings.video.grace  # type: ignore[attr-defined]
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    session_id = await start(live, ana, space_id)
    teacher = await seat(live, ana, space_id, session_id)
    pupil = await seat(live, lea, space_id, session_id)
    await pupil.client.socket.close()
    # Meanwhile a relay to it is refused, not acked into a dead socket (the server learns of
    # the close a moment later: a few tries, 0.1 s apart).
    for _ in range(30):
        answer = await teacher.publish("offer", {"to": pupil.id, "sdp": OFFER})
        if isinstance(answer, Error):
            break
        await asyncio.sleep(0.1)
    assert isinstance(answer, Error), "a relay to a closed socket was acked"
    assert (answer.code, answer.message) == ("not_found", PEER_AWAY)
    world.clock.advance(grace - dt.timedelta(seconds=1))
    assert await sweep(ctx) == 0  # type: ignore[arg-type]
    # Rejoin in place from a new socket, within the grace period: same participant.
    again = await seat(live, lea, space_id, session_id)
    assert again.id == pupil.id
    assert isinstance(await teacher.publish("offer", {"to": again.id, "sdp": OFFER}), Ack)
    assert (await again.next_signal()).event == "offer"
    await again.client.socket.close()
    # The server learns of the close a moment later; a sweep before that sees a live socket
    # and keeps (touches) its participant, so sweep again past a fresh grace period.
    for _ in range(30):
        world.clock.advance(grace + dt.timedelta(seconds=1))
        dropped = await sweep(ctx)  # type: ignore[arg-type]
        if dropped:
            break
        await asyncio.sleep(0.1)
    assert dropped == 1
    while True:
        event = await teacher.until(Event)
        data = event.data
        if event.event == "participant" and data["id"] == pupil.id and data["state"] == "left":
            break
    refused = await teacher.publish("offer", {"to": pupil.id, "sdp": OFFER})
    assert isinstance(refused, Error)
    # The teacher's own live socket was seen at each sweep and keeps its place.
    assert isinstance(await teacher.publish("hand", {"raised": True}), Ack)


async def test_two_joining_at_once_never_both_miss_each_other(live: LiveServer) -> None:
    # Each join reads who is already joined; two joins racing in their own transactions
    # (PostgreSQL, READ COMMITTED) would each see the other absent, so neither would offer
    # and the two would never connect. The session row is locked for a join: the later one
    # sees the earlier.
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    for _ in range(8):
        session_id = await start(live, ana, space_id)
        seats = [
            await seat(live, ana, space_id, session_id, join=False),
            await seat(live, lea, space_id, session_id, join=False),
        ]
        joins = [
            Publish(ref=s.client.ref(), channel=s.channel, event="join", data={}) for s in seats
        ]
        await asyncio.gather(*(s.client.send(j) for s, j in zip(seats, joins, strict=True)))
        welcomes = [await s.next_signal() for s in seats]
        peers = [[p["id"] for p in w.data["peers"]] for w in welcomes]
        assert sorted(peers) == [[], [seats[0].id]] or sorted(peers) == [[], [seats[1].id]], peers
        for s in seats:
            await s.client.socket.close()
        ok(await ana.post(f"/api/spaces/{space_id}/video-sessions/{session_id}/end"))
