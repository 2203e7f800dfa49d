"""What the signalling relays between two participants: SDP and ICE candidates as WebRTC
stacks write them, never free text (no private line between pupils), and a data channel only
where no pupil is at either end. Real uvicorn, real WebSockets, on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from protocol.messages import Ack, Error, Signal

from ..http.conftest import ok
from ..video_sdp import CHROMIUM_CANDIDATES, sdp
from .conftest import LiveServer
from .test_video_signalling import Seat, seat, start

FREE_TEXT = "just between us two"


async def next_offer_or_answer(receiver: Seat) -> Signal:
    signal = await receiver.next_signal()
    assert signal.event in ("offer", "answer", "candidate"), signal
    return signal


async def proves_nothing_came_before(sender: Seat, receiver: Seat, event: str) -> None:
    """The receiver's next relayed message is a real one sent now: the refused one before it
    never reached it (both travel the same path, in order)."""
    real: dict[str, Any] = {"to": receiver.id, "sdp": sdp("chromium-offer")}
    if event == "answer":
        real["sdp"] = sdp("chromium-answer")
    if event == "candidate":
        real = {"to": receiver.id, "candidate": CHROMIUM_CANDIDATES[0], "sdp_mid": "0"}
    assert isinstance(await sender.publish(event, real), Ack)
    signal = await next_offer_or_answer(receiver)
    assert signal.sender == sender.id
    assert signal.data.get("sdp", signal.data.get("candidate")) == real.get(
        "sdp", real.get("candidate")
    )


async def two_pupils_and_a_teacher(live: LiveServer) -> tuple[Seat, Seat, Seat]:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea, tom] = await world.pupils(ana, space_id, ["Léa", "Tom"])
    session_id = await start(live, ana, space_id)
    teacher = await seat(live, ana, space_id, session_id)
    return (
        teacher,
        await seat(live, lea, space_id, session_id),
        await seat(live, tom, space_id, session_id),
    )


async def test_a_pupils_free_text_offer_is_refused_and_reaches_no_one(live: LiveServer) -> None:
    _, lea, tom = await two_pupils_and_a_teacher(live)
    # Tried by hand: a "private channel" between two pupils through the signalling.
    refused = await lea.publish("offer", {"to": tom.id, "sdp": FREE_TEXT})
    assert isinstance(refused, Error)
    assert refused.code == "invalid"
    assert refused.message.startswith("not relayed: SDP line 1")
    await proves_nothing_came_before(lea, tom, "offer")


async def test_free_text_answers_and_candidates_are_refused_too(live: LiveServer) -> None:
    _, lea, tom = await two_pupils_and_a_teacher(live)
    for event, data in [
        ("answer", {"to": lea.id, "sdp": FREE_TEXT}),
        # Free text hidden in an otherwise real answer.
        ("answer", {"to": lea.id, "sdp": sdp("chromium-answer").replace("s=-", f"s={FREE_TEXT}")}),
        ("candidate", {"to": lea.id, "candidate": f"candidate:{FREE_TEXT}"}),
        ("candidate", {"to": lea.id, "candidate": "", "sdp_mid": FREE_TEXT}),
    ]:
        refused = await tom.publish(event, data)
        assert isinstance(refused, Error), (event, data)
        assert refused.code == "invalid"
    await proves_nothing_came_before(tom, lea, "answer")
    await proves_nothing_came_before(tom, lea, "candidate")


async def test_real_browsers_offers_answers_and_candidates_are_relayed_intact(
    live: LiveServer,
) -> None:
    teacher, lea, tom = await two_pupils_and_a_teacher(live)
    for name in ("chromium-offer", "chromium-simulcast-offer", "firefox-offer", "aiortc-offer"):
        assert isinstance(await teacher.publish("offer", {"to": lea.id, "sdp": sdp(name)}), Ack)
        assert (await lea.next_signal()).data["sdp"] == sdp(name)
    answer = {"to": teacher.id, "sdp": sdp("chromium-answer")}
    assert isinstance(await lea.publish("answer", answer), Ack)
    assert (await teacher.next_signal()).data["sdp"] == sdp("chromium-answer")
    for candidate in [*CHROMIUM_CANDIDATES[:3], ""]:  # "" is the end of candidates
        data = {"to": tom.id, "candidate": candidate, "sdp_mid": "0", "sdp_mline_index": 0}
        assert isinstance(await lea.publish("candidate", data), Ack)
        assert (await tom.next_signal()).data["candidate"] == candidate


async def test_no_data_channel_reaches_or_leaves_a_pupil(live: LiveServer) -> None:
    teacher, lea, tom = await two_pupils_and_a_teacher(live)
    data_offer = sdp("chromium-datachannel-offer")
    for sender, receiver in [(lea, tom), (teacher, lea), (lea, teacher)]:
        refused = await sender.publish("offer", {"to": receiver.id, "sdp": data_offer})
        assert isinstance(refused, Error)
        assert refused.code == "forbidden"
        assert "no data channel" in refused.message
        await proves_nothing_came_before(sender, receiver, "offer")


async def test_teachers_may_open_a_data_channel_between_themselves(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    bob = await world.etwinner("Bob")
    space_id = await world.space(ana)
    await world.add_teacher(ana, space_id, bob)
    await world.pupils(ana, space_id, ["Léa"])  # a space with pupils, none at either end
    session_id = await start(live, ana, space_id)
    first = await seat(live, ana, space_id, session_id)
    second = await seat(live, bob, space_id, session_id)
    offer = {"to": second.id, "sdp": sdp("chromium-datachannel-offer")}
    assert isinstance(await first.publish("offer", offer), Ack)
    assert (await second.next_signal()).data["sdp"] == offer["sdp"]
    answer = {"to": first.id, "sdp": sdp("chromium-datachannel-answer")}
    assert isinstance(await second.publish("answer", answer), Ack)
    assert (await first.next_signal()).data["sdp"] == answer["sdp"]
    ok(await ana.post(f"/api/spaces/{space_id}/video-sessions/{session_id}/end"))
