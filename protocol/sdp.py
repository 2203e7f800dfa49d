"""A strict reader of the WebRTC session descriptions (SDP) and ICE candidates the signalling
relays, so that what goes from one participant to another is what a browser's (or aiortc's)
``RTCPeerConnection`` writes, and never free text.

Why our own reader and not ``aiortc.sdp``: aiortc's parser reads what aiortc needs and skips
every line it does not know (``s=``, ``i=`` and any ``a=x-...`` line pass untouched), which is
right for a media stack and wrong for a gate. This one is pure (stdlib only, no I/O, as
``protocol/`` must be) and refuses, naming the line:

* any line type but ``v o s t c b a m`` (``i=``, ``u=``, ``e=``, ``p=``, ``k=``, ``r=``, ``z=``
  are free text or unused by WebRTC); ``s=`` must be ``-``, as every WebRTC stack writes it;
* any attribute not in :data:`ATTRIBUTES`, and any value that does not match its grammar
  (tokens, numbers, hex, known header-extension URIs: no spaces where the grammar has none);
* media other than ``audio``, ``video`` and ``application`` (data channels), with their WebRTC
  transports only;
* more than :data:`MAX_MEDIA_SECTIONS` sections, a line over :data:`MAX_LINE_LENGTH`
  characters, anything but printable ASCII.

What it cannot stop: identifiers (ICE username fragments and passwords, stream ids, CNAMEs, mids)
are opaque tokens, so a modified client can still hide a few dozen characters in each. They
cannot carry a sentence with spaces, but they can carry an encoded one; the size bounds keep it
small. Whether a section is allowed in a given session (data channels) is the server's policy.
"""

from __future__ import annotations

import enum
import ipaddress
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from protocol.errors import ErrorCode, ProtocolError

#: Longest SDP line; real ones are under 220 characters (a sha-512 fingerprint).
MAX_LINE_LENGTH: Final = 512
#: Most media sections in one description (audio, camera, screen, and stopped ones kept for
#: their place). More is refused as ``invalid``.
MAX_MEDIA_SECTIONS: Final = 32


class MediaKind(enum.StrEnum):
    AUDIO = "audio"
    VIDEO = "video"
    APPLICATION = "application"  # a data channel (SCTP over DTLS)


@dataclass(frozen=True, slots=True)
class MediaSection:
    kind: MediaKind
    port: int  # 0: a rejected or stopped section
    mid: str | None


@dataclass(frozen=True, slots=True)
class SessionDescription:
    """What the server needs of a description that passed: its sections."""

    media: tuple[MediaSection, ...]

    @property
    def kinds(self) -> frozenset[MediaKind]:
        """Kinds of the sections in use (port not 0)."""
        return frozenset(m.kind for m in self.media if m.port != 0)


class SdpRefused(ProtocolError):
    """Not an SDP or candidate we relay; ``invalid``, with the line and what is wrong."""

    code = ErrorCode.INVALID


# -- small grammars -------------------------------------------------------------------------

SDP_TOKEN_CHAR = r"[!#$%&'*+\-.0-9A-Z^_`a-z{|}~]"  # RFC 8866 token-char  # noqa: S105 (not a password)
TOKEN = re.compile(rf"{SDP_TOKEN_CHAR}{{1,64}}")
DIGITS = re.compile(r"[0-9]{1,10}")
MID = re.compile(rf"{SDP_TOKEN_CHAR}{{1,32}}")
#: Stream ids and CNAMEs: tokens, and the base64 alphabet, since Chromium draws them as random
#: base64 strings ("/DsoBVdP+4Fy41St"), "/" and "=" included.
IDENTIFIER = re.compile(r"[!#$%&'*+\-./0-9=A-Z^_`a-z{|}~]{1,64}")
UUID_LOCAL = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\.local"
)
DIRECTIONS = frozenset({"sendrecv", "sendonly", "recvonly", "inactive"})
#: Attributes that take no value.
FLAGS = DIRECTIONS | {
    "rtcp-mux",
    "rtcp-mux-only",
    "rtcp-rsize",
    "ice-lite",
    "end-of-candidates",
    "extmap-allow-mixed",
    "bundle-only",
}
#: Header extensions browsers and aiortc offer: IETF and 3GPP URNs, and the URLs of the
#: drafts and experiments that name them (Chromium's webrtc.org ones, AV1's, the IETF's).
EXTMAP_URI = re.compile(
    r"(urn:ietf:params:rtp-hdrext:[A-Za-z0-9:._-]{1,64}"
    r"|urn:3gpp:[A-Za-z0-9:._-]{1,64}"
    r"|https?://(www\.webrtc\.org|www\.ietf\.org|tools\.ietf\.org|aomediacodec\.github\.io)"
    r"/[A-Za-z0-9/._#-]{1,100})"
)
FORMAT_PARAMS = re.compile(r"[A-Za-z0-9_.=/,:+-]{1,200}(; ?[A-Za-z0-9_.=/,:+-]{1,200}){0,20}")
RID_ID = re.compile(r"[A-Za-z0-9_-]{1,16}")
RID_PARAMS = re.compile(r"[A-Za-z0-9_.=,;:-]{1,200}")
SIMULCAST_LIST = re.compile(r"~?[A-Za-z0-9_-]{1,16}([;,]~?[A-Za-z0-9_-]{1,16}){0,15}")
HASHES = frozenset({"sha-1", "sha-224", "sha-256", "sha-384", "sha-512", "md5", "md2"})
FINGERPRINT = re.compile(r"[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){15,63}")
RTP_PROTOS = frozenset({"UDP/TLS/RTP/SAVPF", "TCP/TLS/RTP/SAVPF", "RTP/SAVPF", "RTP/SAVP"})
SCTP_PROTOS = frozenset({"UDP/DTLS/SCTP", "TCP/DTLS/SCTP", "DTLS/SCTP"})
CANDIDATE_TYPES = frozenset({"host", "srflx", "prflx", "relay"})
#: ICE candidate extensions browsers write, each with its value's grammar.
CANDIDATE_EXTENSIONS: Final[dict[str, re.Pattern[str]]] = {
    "generation": DIGITS,
    "ufrag": re.compile(r"[A-Za-z0-9+/]{4,64}"),
    "network-id": DIGITS,
    "network-cost": DIGITS,
    "tcptype": re.compile(r"active|passive|so"),
}


class _Refuse(Exception):
    """Inside the reader: what is wrong with the current line."""


def _need(ok: object, why: str) -> None:
    if not ok:
        raise _Refuse(why)


def _full(pattern: re.Pattern[str], value: str, why: str) -> None:
    _need(pattern.fullmatch(value), why)


def _number(value: str, high: int, why: str) -> int:
    _need(DIGITS.fullmatch(value) and int(value) <= high, why)
    return int(value)


def _address(value: str, *, local_names: bool) -> None:
    """An IP literal, or (where browsers hide the host's address) an mDNS ``<uuid>.local``."""
    if local_names and UUID_LOCAL.fullmatch(value):
        return
    try:
        ipaddress.ip_address(value)
    except ValueError:
        raise _Refuse(f"not an IP address: {value[:40]!r}") from None


def _network(value: str) -> None:
    """``IN IP4 <address>`` as in ``c=`` and ``a=rtcp``."""
    parts = value.split(" ")
    _need(len(parts) == 3 and parts[0] == "IN" and parts[1] in ("IP4", "IP6"), "bad address")
    _address(parts[2], local_names=True)


# -- attributes -----------------------------------------------------------------------------


def _group(value: str) -> None:
    semantics, *ids = value.split(" ")
    _need(semantics in ("BUNDLE", "LS"), "unknown group semantics")
    for mid in ids:
        _full(MID, mid, "bad mid in group")


def _msid_semantic(value: str) -> None:
    # Chromium writes "msid-semantic: WMS <id>", aiortc and Firefox "msid-semantic:WMS *".
    parts = value.strip().split(" ")
    _need(parts[0] == "WMS", "unknown msid semantic")
    for stream in parts[1:]:
        _need(stream == "*" or IDENTIFIER.fullmatch(stream), "bad stream id")


def _fingerprint(value: str) -> None:
    parts = value.split(" ")
    _need(len(parts) == 2 and parts[0].lower() in HASHES, "bad fingerprint hash")
    _full(FINGERPRINT, parts[1], "bad fingerprint")


def _extmap(value: str) -> None:
    parts = value.split(" ")
    _need(len(parts) == 2, "bad extmap")
    ident, _, direction = parts[0].partition("/")
    _number(ident, 255, "bad extmap id")
    _need(not direction or direction in DIRECTIONS, "bad extmap direction")
    _full(EXTMAP_URI, parts[1], "unknown header extension")


def _rtpmap(value: str) -> None:
    parts = value.split(" ")
    _need(len(parts) == 2, "bad rtpmap")
    _number(parts[0], 127, "bad payload type")
    codec = parts[1].split("/")
    _need(2 <= len(codec) <= 3, "bad rtpmap encoding")
    _need(re.fullmatch(r"[A-Za-z0-9_.-]{1,32}", codec[0]), "bad codec name")
    _number(codec[1], 1_000_000, "bad clock rate")
    if len(codec) == 3:
        _number(codec[2], 16, "bad channel count")


def _fmtp(value: str) -> None:
    pt, _, params = value.partition(" ")
    _number(pt, 127, "bad payload type")
    _full(FORMAT_PARAMS, params, "bad format parameters")


def _rtcp_fb(value: str) -> None:
    parts = value.split(" ")
    _need(2 <= len(parts) <= 3, "bad rtcp-fb")
    _need(parts[0] == "*" or DIGITS.fullmatch(parts[0]), "bad payload type")
    for word in parts[1:]:
        _need(re.fullmatch(r"[a-z0-9-]{1,32}", word), "bad feedback")


def _rtcp(value: str) -> None:
    port, _, network = value.partition(" ")
    _number(port, 65535, "bad port")
    if network:
        _network(network)


def _ssrc(value: str) -> None:
    ssrc, _, rest = value.partition(" ")
    _number(ssrc, 2**32 - 1, "bad ssrc")
    name, _, attribute = rest.partition(":")
    if name == "cname":
        _full(IDENTIFIER, attribute, "bad cname")
    elif name == "msid":
        _msid(attribute)
    else:
        raise _Refuse("unknown ssrc attribute")


def _ssrc_group(value: str) -> None:
    semantics, *ssrcs = value.split(" ")
    _need(semantics in ("FID", "FEC", "FEC-FR", "SIM"), "unknown ssrc-group")
    _need(ssrcs, "empty ssrc-group")
    for ssrc in ssrcs:
        _number(ssrc, 2**32 - 1, "bad ssrc")


def _msid(value: str) -> None:
    parts = value.split(" ")
    _need(1 <= len(parts) <= 2, "bad msid")
    for ident in parts:
        _full(IDENTIFIER, ident, "bad msid")


def _rid(value: str) -> None:
    parts = value.split(" ")
    _need(2 <= len(parts) <= 3, "bad rid")
    _full(RID_ID, parts[0], "bad rid id")
    _need(parts[1] in ("send", "recv"), "bad rid direction")
    if len(parts) == 3:
        _full(RID_PARAMS, parts[2], "bad rid parameters")


def _simulcast(value: str) -> None:
    parts = value.split(" ")
    _need(len(parts) in (2, 4), "bad simulcast")
    for i in range(0, len(parts), 2):
        _need(parts[i] in ("send", "recv"), "bad simulcast direction")
        _full(SIMULCAST_LIST, parts[i + 1], "bad simulcast list")


def _sctpmap(value: str) -> None:
    parts = value.split(" ")
    _need(len(parts) == 3 and parts[1] == "webrtc-datachannel", "bad sctpmap")
    _number(parts[0], 65535, "bad port")
    _number(parts[2], 65535, "bad stream count")


def _candidate_attribute(value: str) -> None:
    _candidate(value)


def _ice_options(value: str) -> None:
    for option in value.split(" "):
        _need(re.fullmatch(r"[a-z0-9-]{1,32}", option), "bad ice option")


def _setup(value: str) -> None:
    _need(value in ("actpass", "active", "passive", "holdconn"), "bad setup")


RTCP_XR = re.compile(r"[a-z-]{1,32}=[a-z0-9:,-]{1,32}( [a-z-]{1,32}=[a-z0-9:,-]{1,32}){0,7}")


def _digits(high: int) -> Callable[[str], None]:
    def check(value: str) -> None:
        _number(value, high, "not a number in range")

    return check


def _pattern(pattern: re.Pattern[str], why: str) -> Callable[[str], None]:
    def check(value: str) -> None:
        _full(pattern, value, why)

    return check


#: Every attribute with a value we relay, and the check of its value.
ATTRIBUTES: Final[dict[str, Callable[[str], None]]] = {
    "group": _group,
    "msid-semantic": _msid_semantic,
    "ice-ufrag": _pattern(re.compile(r"[A-Za-z0-9+/]{4,64}"), "bad ice-ufrag"),
    "ice-pwd": _pattern(re.compile(r"[A-Za-z0-9+/]{22,128}"), "bad ice-pwd"),
    "ice-options": _ice_options,
    "fingerprint": _fingerprint,
    "setup": _setup,
    "mid": _pattern(MID, "bad mid"),
    "extmap": _extmap,
    "rtpmap": _rtpmap,
    "fmtp": _fmtp,
    "rtcp-fb": _rtcp_fb,
    "rtcp": _rtcp,
    "rtcp-xr": _pattern(RTCP_XR, "bad rtcp-xr"),
    "ssrc": _ssrc,
    "ssrc-group": _ssrc_group,
    "msid": _msid,
    "rid": _rid,
    "simulcast": _simulcast,
    "candidate": _candidate_attribute,
    "sctp-port": _digits(65535),
    "max-message-size": _digits(2**32 - 1),
    "sctpmap": _sctpmap,
    "ptime": _digits(10_000),
    "maxptime": _digits(10_000),
}


def _attribute(value: str) -> None:
    name, colon, rest = value.partition(":")
    if not colon:
        _need(name in FLAGS, f"unknown attribute a={name[:32]}")
        return
    check = ATTRIBUTES.get(name)
    if check is None:
        raise _Refuse(f"unknown attribute a={name[:32]}")
    check(rest)


# -- lines and sections ---------------------------------------------------------------------


def _origin(value: str) -> None:
    parts = value.split(" ")
    _need(len(parts) == 6, "bad origin")
    username, session_id, version, net, addrtype, address = parts
    _full(TOKEN, username, "bad origin username")
    _need(re.fullmatch(r"[0-9]{1,20}", session_id), "bad origin session id")
    _need(re.fullmatch(r"[0-9]{1,20}", version), "bad origin version")
    _network(f"{net} {addrtype} {address}")


def _media(value: str) -> MediaSection:
    parts = value.split(" ")
    _need(len(parts) >= 4, "bad media line")
    kind_name, port_text, proto, *formats = parts
    try:
        kind = MediaKind(kind_name)
    except ValueError:
        raise _Refuse(f"media {kind_name[:16]!r} is not audio, video or a data channel") from None
    port = _number(port_text.partition("/")[0], 65535, "bad port")
    _need(len(formats) <= 64, "too many formats")
    if kind is MediaKind.APPLICATION:
        _need(proto in SCTP_PROTOS, "a data channel runs over DTLS/SCTP")
        _need(formats == ["webrtc-datachannel"] or formats == ["5000"], "bad data channel")
    else:
        _need(proto in RTP_PROTOS, "unknown media transport")
        for fmt in formats:
            _number(fmt, 127, "bad payload type")
    return MediaSection(kind=kind, port=port, mid=None)


SESSION_LINES = frozenset("vostcbam")


def parse_description(sdp: str) -> SessionDescription:
    """The sections of an SDP that passes every rule above, or :class:`SdpRefused`."""
    lines = sdp.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the final line break
    sections: list[MediaSection] = []
    mids: list[str] = []
    bundled: list[str] = []
    current_mid: str | None = None
    number = 0
    try:
        for number, raw in enumerate(lines, start=1):
            line = raw.removesuffix("\r")
            _need(len(line) <= MAX_LINE_LENGTH, "line too long")
            _need(re.fullmatch(r"[\x20-\x7e]+", line), "not printable ASCII")
            kind, equals, value = line[:1], line[1:2], line[2:]
            _need(equals == "=" and kind in SESSION_LINES, "not an SDP line WebRTC writes")
            if number == 1:
                _need(line == "v=0", "an SDP starts with v=0")
                continue
            _need(kind != "v", "v= only once")
            if kind == "o":
                _need(number == 2, "o= comes second")
                _origin(value)
            elif kind == "s":
                _need(value == "-", "s= must be '-'")
            elif kind == "t":
                _need(re.fullmatch(r"[0-9]{1,20} [0-9]{1,20}", value), "bad t=")
            elif kind == "c":
                _network(value)
            elif kind == "b":
                _need(re.fullmatch(r"(AS|TIAS|CT|RR|RS):[0-9]{1,10}", value), "bad b=")
            elif kind == "m":
                _need(len(sections) < MAX_MEDIA_SECTIONS, "too many media sections")
                if sections:
                    sections[-1] = _with_mid(sections[-1], current_mid)
                sections.append(_media(value))
                current_mid = None
            else:  # "a"
                _attribute(value)
                if value.startswith("mid:"):
                    _need(sections and current_mid is None, "one mid per media section")
                    current_mid = value[4:]
                    _need(current_mid not in mids, "mid used twice")
                    mids.append(current_mid)
                elif value.startswith("group:BUNDLE"):
                    bundled.extend(value.split(" ")[1:])
        _need(number >= 4, "too short to be an SDP")
    except _Refuse as refused:
        raise SdpRefused(f"not relayed: SDP line {number}: {refused}") from None
    if sections:
        sections[-1] = _with_mid(sections[-1], current_mid)
    if not set(bundled) <= set(mids):
        raise SdpRefused("not relayed: the BUNDLE group names a mid no section has")
    return SessionDescription(media=tuple(sections))


def _with_mid(section: MediaSection, mid: str | None) -> MediaSection:
    return MediaSection(kind=section.kind, port=section.port, mid=mid)


# -- ICE candidates -------------------------------------------------------------------------


def _candidate(value: str) -> None:
    """The part after ``candidate:`` (RFC 8839 section 5.1), with browsers' extensions."""
    parts = value.split(" ")
    _need(len(parts) >= 8 and len(parts) % 2 == 0, "bad candidate")
    foundation, component, transport, priority, address, port, typ, cand_type = parts[:8]
    _need(re.fullmatch(r"[A-Za-z0-9+/]{1,32}", foundation), "bad candidate foundation")
    _number(component, 256, "bad candidate component")
    _need(transport.lower() in ("udp", "tcp"), "bad candidate transport")
    _number(priority, 2**32 - 1, "bad candidate priority")
    _address(address, local_names=True)
    _number(port, 65535, "bad candidate port")
    _need(typ == "typ" and cand_type in CANDIDATE_TYPES, "bad candidate type")
    rest = parts[8:]
    seen: set[str] = set()
    for name, item in zip(rest[::2], rest[1::2], strict=True):
        _need(name not in seen, "candidate extension twice")
        seen.add(name)
        if name == "raddr":
            _address(item, local_names=True)
        elif name == "rport":
            _number(item, 65535, "bad candidate rport")
        else:
            grammar = CANDIDATE_EXTENSIONS.get(name)
            if grammar is None:
                raise _Refuse(f"unknown candidate extension {name[:32]!r}")
            _full(grammar, item, f"bad candidate {name}")


def parse_candidate(candidate: str) -> None:
    """Refuse (:class:`SdpRefused`) anything but ``candidate:<RFC 8839 candidate>`` as
    ``RTCIceCandidate.candidate`` gives it, or ``""`` (end of candidates)."""
    if candidate == "":
        return
    body = candidate.removeprefix("candidate:")
    try:
        _need(body != candidate, "a candidate starts with 'candidate:'")
        _need(re.fullmatch(r"[\x20-\x7e]+", body), "not printable ASCII")
        _candidate(body)
    except _Refuse as refused:
        raise SdpRefused(f"not relayed: ICE candidate: {refused}") from None
