"""Signalling payloads: strict, bounded, and the small pure rules (roles, audio in an SDP)."""

from __future__ import annotations

import pytest

from protocol.errors import ErrorCode, ProtocolError
from protocol.video import (
    MAX_CANDIDATE_LENGTH,
    MAX_SDP_LENGTH,
    Candidate,
    Hand,
    Join,
    Offer,
    parse_signal,
    polite,
    sends_audio,
)

AUDIO_SENDRECV = "v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=mid:0\r\na=sendrecv\r\n"
AUDIO_RECVONLY = "v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=mid:0\r\na=recvonly\r\n"
VIDEO_ONLY = "v=0\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\na=sendrecv\r\n"


def test_each_event_decodes_to_its_type() -> None:
    assert parse_signal("join", {}) == Join()
    assert parse_signal("offer", {"to": 3, "sdp": "v=0"}) == Offer(to=3, sdp="v=0")
    assert parse_signal("hand", {"raised": True}) == Hand(raised=True)
    candidate = parse_signal("candidate", {"to": 2, "candidate": "", "sdp_mid": "0"})
    assert candidate == Candidate(to=2, candidate="", sdp_mid="0")


@pytest.mark.parametrize(
    ("event", "data"),
    [
        ("chat", {"text": "hi"}),  # no free text is ever relayed
        ("offer", {"to": 3}),
        ("offer", {"to": 0, "sdp": "v=0"}),
        ("offer", {"to": 3, "sdp": "v=0", "extra": 1}),
        ("offer", {"to": 3, "sdp": "x" * (MAX_SDP_LENGTH + 1)}),
        ("answer", {"to": "3", "sdp": "v=0"}),
        ("candidate", {"to": 3, "candidate": "c" * (MAX_CANDIDATE_LENGTH + 1)}),
        ("join", {"as": "someone else"}),
        ("media", {"mic": True}),
    ],
)
def test_bad_payloads_are_invalid(event: str, data: dict[str, object]) -> None:
    with pytest.raises(ProtocolError) as raised:
        parse_signal(event, data)
    assert raised.value.code is ErrorCode.INVALID


def test_largest_sdp_passes() -> None:
    assert isinstance(parse_signal("offer", {"to": 1, "sdp": "x" * MAX_SDP_LENGTH}), Offer)


def test_exactly_one_side_of_each_pair_is_polite() -> None:
    for a, b in [(1, 2), (7, 3), (10, 11)]:
        assert polite(a, b) != polite(b, a)
    assert polite(5, 2) is True  # the later participant yields


@pytest.mark.parametrize(
    ("sdp", "sending"),
    [
        (AUDIO_SENDRECV, True),
        (AUDIO_RECVONLY, False),
        (AUDIO_SENDRECV.replace("a=sendrecv\r\n", ""), True),  # sendrecv is the default
        (AUDIO_SENDRECV.replace("sendrecv", "sendonly"), True),
        (AUDIO_SENDRECV.replace("sendrecv", "inactive"), False),
        (AUDIO_SENDRECV.replace("m=audio 9", "m=audio 0"), False),  # rejected m-line
        (VIDEO_ONLY, False),
        (VIDEO_ONLY + AUDIO_SENDRECV.removeprefix("v=0\r\n"), True),
        (AUDIO_RECVONLY + VIDEO_ONLY.removeprefix("v=0\r\n"), False),
    ],
)
def test_sends_audio_reads_each_audio_section(sdp: str, sending: bool) -> None:
    assert sends_audio(sdp) is sending
