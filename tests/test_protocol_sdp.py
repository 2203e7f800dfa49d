"""The strict SDP and candidate reader: real browsers' and aiortc's descriptions pass, free
text and anything WebRTC does not write are refused, naming the line. Pure: no event loop."""

from __future__ import annotations

import pytest
from aiortc.sdp import SessionDescription as AiortcDescription

from protocol.errors import ErrorCode, ProtocolError
from protocol.sdp import (
    MAX_LINE_LENGTH,
    MAX_MEDIA_SECTIONS,
    MediaKind,
    SdpRefused,
    parse_candidate,
    parse_description,
)
from protocol.video import Answer, Candidate, Offer, check_relayed, parse_signal
from tests.video_sdp import ALL_SDP, AUDIO_OFFER, CHROMIUM_CANDIDATES, sdp

CHROMIUM = sdp("chromium-offer")


def refused(text: str) -> str:
    with pytest.raises(SdpRefused) as caught:
        parse_description(text)
    assert caught.value.code is ErrorCode.INVALID
    return caught.value.message


@pytest.mark.parametrize("name", sorted(ALL_SDP))
def test_real_descriptions_pass_and_aiortc_reads_them_too(name: str) -> None:
    description = parse_description(ALL_SDP[name])
    assert description.kinds <= set(MediaKind)
    # Our reader is stricter than aiortc's, never looser about what it accepts.
    assert len(AiortcDescription.parse(ALL_SDP[name]).media) == len(description.media)


def test_sections_are_read_with_their_kinds_and_mids() -> None:
    description = parse_description(sdp("chromium-datachannel-offer"))
    assert [(m.kind, m.mid) for m in description.media] == [
        (MediaKind.AUDIO, "0"),
        (MediaKind.VIDEO, "1"),
        (MediaKind.APPLICATION, "2"),
    ]
    assert MediaKind.APPLICATION not in parse_description(CHROMIUM).kinds


def test_line_ends_may_be_crlf_or_lf() -> None:
    assert parse_description(CHROMIUM.replace("\r\n", "\n")).kinds == {
        MediaKind.AUDIO,
        MediaKind.VIDEO,
    }


@pytest.mark.parametrize("cname", ["/DsoBVdP+4Fy41St", "XnHW4J5eHsyV7oGn", "abc=", "{dbe7571e}"])
def test_chromiums_random_base64_cnames_and_stream_ids_pass(cname: str) -> None:
    # Chromium draws CNAMEs as random base64: "/" and "+" come up (caught by the e2e test).
    offer = CHROMIUM.replace("cname:XnHW4J5eHsyV7oGn", f"cname:{cname}")
    offer = offer.replace("a=msid:27de7a2e-0dfa-4c36-8eb7-70a061e37dc6", f"a=msid:{cname}")
    assert cname in offer
    parse_description(offer)


@pytest.mark.parametrize("candidate", CHROMIUM_CANDIDATES)
def test_chromium_trickled_candidates_pass(candidate: str) -> None:
    parse_candidate(candidate)


@pytest.mark.parametrize(
    "candidate",
    [
        "",  # end of candidates
        # mDNS host names (Chromium and Firefox hide the host's address behind one)
        "candidate:1 1 udp 2122260223 5a1c3f0e-8f2b-4b4e-9c3e-0d4e1f2a3b4c.local 54321 typ host"
        " generation 0 ufrag sDZ/ network-cost 999",
        "candidate:0 1 UDP 2122252543 65f3253a-de86-44d6-aaa7-5f63d65e1029.local 60257 typ host",
        "candidate:842163049 1 udp 1677729535 203.0.113.7 56143 typ srflx raddr 0.0.0.0 rport 0"
        " generation 0 ufrag sXWk network-cost 999",
        "candidate:2 1 UDP 92216831 198.51.100.10 49574 typ relay raddr 198.51.100.10 rport 49574",
        "candidate:3 1 TCP 2105524479 192.0.2.4 9 typ host tcptype active",
        "candidate:16572de626da4e5384a0ce2d0d93678a 1 udp 2130706431 127.0.0.1 35746 typ host",
        "candidate:1 1 udp 2122262783 2001:db8::1 51000 typ host generation 0",
    ],
)
def test_candidates_of_every_kind_pass(candidate: str) -> None:
    parse_candidate(candidate)


def test_free_text_in_an_offer_is_refused() -> None:
    # Tried by hand: a pupil's "offer" that is a message to another pupil.
    assert refused("just between us two") == (
        "not relayed: SDP line 1: not an SDP line WebRTC writes"
    )


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (("s=-", "s=meet me after class"), "s= must be '-'"),
        (("t=0 0\r\n", "t=0 0\r\ni=just between us two\r\n"), "not an SDP line WebRTC writes"),
        (("t=0 0\r\n", "t=0 0\r\nu=http://example.org/\r\n"), "not an SDP line WebRTC writes"),
        (("t=0 0\r\n", "t=0 0\r\ne=pupil@example.org\r\n"), "not an SDP line WebRTC writes"),
        (("a=rtcp-mux\r\n", "a=rtcp-mux\r\na=x-note:see you at five\r\n"), "unknown attribute"),
        (("a=rtcp-mux\r\n", "a=rtcp-mux\r\na=tool:hello there\r\n"), "unknown attribute"),
        (("a=mid:0", "a=mid:hi there"), "bad mid"),
        (("cname:XnHW4J5eHsyV7oGn", "cname:hello there"), "bad cname"),
        (("a=setup:actpass", "a=setup:hello"), "bad setup"),
        (("opus/48000/2", "opus/48000/2 hello"), "bad rtpmap"),
        (("minptime=10;useinbandfec=1", "minptime=10 see you"), "bad format parameters"),
        (("urn:ietf:params:rtp-hdrext:ssrc-audio-level", "https://example.org/hi"), "extension"),
        (("a=ice-ufrag:sDZ/", "a=ice-ufrag:hi!"), "bad ice-ufrag"),
        (("typ host generation 0", "typ host message hello"), "unknown candidate extension"),
        (("m=audio 47165", "m=text 47165"), "is not audio, video or a data channel"),
        (("UDP/TLS/RTP/SAVPF 111", "UDP/TLS/RTP/SAVPF hello"), "bad payload type"),
        (("a=group:BUNDLE 0 1", "a=group:BUNDLE 0 1 7"), "BUNDLE group names a mid"),
        (("a=mid:1", "a=mid:0"), "mid used twice"),
        (("v=0", "v=1"), "an SDP starts with v=0"),
        (("a=sendrecv", "a=sendrecv\u00e9"), "not printable ASCII"),
        (("a=sendrecv", "a=sendrecv\t"), "not printable ASCII"),
    ],
)
def test_anything_webrtc_does_not_write_is_refused(change: tuple[str, str], why: str) -> None:
    old, new = change
    assert old in CHROMIUM
    message = refused(CHROMIUM.replace(old, new, 1))
    assert message.startswith("not relayed: ")
    assert why in message


def test_the_refusal_names_the_line() -> None:
    lines = CHROMIUM.split("\r\n")
    lines.insert(9, "a=x-note:psst")
    assert refused("\r\n".join(lines)).startswith("not relayed: SDP line 10: unknown attribute")


def test_a_line_over_the_limit_is_refused() -> None:
    long_line = "a=ssrc:1 cname:" + "x" * MAX_LINE_LENGTH
    assert "line too long" in refused(CHROMIUM.replace("a=rtcp-rsize", long_line, 1))


def test_too_many_sections_are_refused() -> None:
    section = AUDIO_OFFER[AUDIO_OFFER.index("m=audio") :]
    head = AUDIO_OFFER[: AUDIO_OFFER.index("m=video")].replace("a=group:BUNDLE 0 1\r\n", "")
    many = head + "".join(
        section.replace("a=mid:1", f"a=mid:{i}") for i in range(MAX_MEDIA_SECTIONS + 1)
    )
    assert "too many media sections" in refused(many)
    just_enough = head + "".join(
        section.replace("a=mid:1", f"a=mid:{i}") for i in range(MAX_MEDIA_SECTIONS)
    )
    assert len(parse_description(just_enough).media) == MAX_MEDIA_SECTIONS


@pytest.mark.parametrize(
    "candidate",
    [
        "just between us two",
        "candidate:just between us two",
        "candidate:1 1 udp 2122194687 127.0.0.1 47165 typ host note hello",
        "candidate:1 1 udp 2122194687 see-you.local 47165 typ host",  # not an mDNS uuid
        "candidate:1 1 udp 2122194687 127.0.0.1 47165 typ chat",
        "candidate:1 1 sctp 2122194687 127.0.0.1 47165 typ host",
        "candidate:1 1 udp 2122194687 127.0.0.1 99999 typ host",
        "candidate:1 1 udp 2122194687 127.0.0.1 47165 typ host generation 0 generation 1",
        "candidate:1 1 udp 2122194687 127.0.0.1 47165 typ host generation",
    ],
)
def test_candidates_with_free_text_or_bad_fields_are_refused(candidate: str) -> None:
    with pytest.raises(SdpRefused) as caught:
        parse_candidate(candidate)
    assert caught.value.message.startswith("not relayed: ICE candidate: ")


def test_check_relayed_reads_offers_answers_and_candidates() -> None:
    assert check_relayed(Offer(to=2, sdp=CHROMIUM)) is not None
    assert check_relayed(Answer(to=2, sdp=sdp("chromium-answer"))) is not None
    assert check_relayed(Candidate(to=2, candidate=CHROMIUM_CANDIDATES[0], sdp_mid="0")) is None
    with pytest.raises(ProtocolError) as caught:
        check_relayed(Offer(to=2, sdp="just between us two"))
    assert caught.value.code is ErrorCode.INVALID


def test_a_candidates_mid_is_a_token() -> None:
    with pytest.raises(ProtocolError):
        parse_signal("candidate", {"to": 2, "candidate": "", "sdp_mid": "just between us"})
    parse_signal("candidate", {"to": 2, "candidate": "", "sdp_mid": "sdparta_0"})
