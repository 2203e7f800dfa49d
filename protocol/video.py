"""Video sessions on the wire: their states and the signalling payloads of ``video:<id>:<sid>``.

A client publishes on its session's channel with one of :class:`SignalEvent` as the ``event``
and the matching struct of :data:`SIGNAL_PAYLOADS` as the ``data``; anything else is refused
as ``invalid``. Offers, answers and candidates name the peer they are for (``to``, a
participant id) and reach only that peer's connection, as a ``signal`` message. Session and
participant changes (joins, mutes, hands, moderation) are ordinary, sequenced ``event``\\ s on
the same channel, seen by every participant.

Sizes are bounded here, in the schema, so every client knows them:

* an SDP is at most :data:`MAX_SDP_LENGTH` characters (16 KiB; a browser offer with audio,
  video and a data channel is 4-8 KiB). A longer one is refused as ``invalid`` and not relayed;
* an ICE candidate line is at most :data:`MAX_CANDIDATE_LENGTH` characters (512; real ones are
  under 200).

Beyond the schema, what is relayed must read as what a WebRTC stack writes
(:func:`check_relayed`, with :mod:`protocol.sdp`): an SDP or a candidate carrying free text is
refused as ``invalid`` and reaches nobody.
"""

from __future__ import annotations

import enum
from typing import Annotated, Any, Final

import msgspec

from protocol.errors import ErrorCode, ProtocolError
from protocol.sdp import SessionDescription, parse_candidate, parse_description

#: Longest SDP (offer or answer) in characters; longer is refused as `invalid`.
MAX_SDP_LENGTH: Final = 16 * 1024
#: Longest ICE candidate line in characters; longer is refused as `invalid`.
MAX_CANDIDATE_LENGTH: Final = 512
#: Longest media id (``a=mid``) of a candidate.
MAX_MID_LENGTH: Final = 32

ParticipantId = Annotated[int, msgspec.Meta(ge=1, description="A participant of the session.")]
Sdp = Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_SDP_LENGTH)]


class VideoSessionState(enum.StrEnum):
    """A session's life: live (joinable), locked (no one new gets in), ended (for good)."""

    LIVE = "live"
    LOCKED = "locked"
    ENDED = "ended"


class ParticipantState(enum.StrEnum):
    """One person's place in one session."""

    LOBBY = "lobby"  # waiting for a teacher to admit
    ADMITTED = "admitted"  # may join; not connected to the signalling yet
    JOINED = "joined"  # connected: signalling and media flow
    LEFT = "left"  # left by themselves, or their socket died past the grace period
    REMOVED = "removed"  # removed or denied by a teacher, or the session ended


class VideoMode(enum.StrEnum):
    """How media flows: peer to peer (small sessions) or through the SFU (classrooms)."""

    MESH = "mesh"
    SFU = "sfu"


class EndReason(enum.StrEnum):
    """Why a session ended: the ``reason`` of its last ``session`` event (and of the space's
    ``video.ended``), so a client can say why everyone was cut off."""

    TEACHER = "teacher"  # a teacher ended it for everyone
    SPACE_ARCHIVED = "space_archived"  # its space became read-only: no video there
    SPACE_DELETED = "space_deleted"  # its space was deleted (by a founder or the operator)
    EMPTY = "empty"  # nobody was in it for the empty grace period (TWINSPACE_VIDEO_EMPTY_S)


class SignalEvent(enum.StrEnum):
    """The ``event`` names a client may publish on a video channel."""

    JOIN = "join"  # bind this connection to the participant (first time, or rejoin in place)
    LEAVE = "leave"
    OFFER = "offer"  # relayed to `to` only
    ANSWER = "answer"  # relayed to `to` only
    CANDIDATE = "candidate"  # relayed to `to` only
    MEDIA = "media"  # own mic/camera/screen state, announced to all
    HAND = "hand"  # raise or lower one's hand, announced to all


class VideoEvent(enum.StrEnum):
    """The sequenced ``event`` names the server publishes on a video channel."""

    PARTICIPANT = "participant"  # data: a participant, as it is now
    #: data: the session, as it is now (lock, spotlight, mode, end); when it ends, also
    #: ``reason``, one of :class:`EndReason`.
    SESSION = "session"
    MODERATED = "moderated"  # data: {action, participant_id, by}: an audited moderation


class Join(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    pass


class Leave(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    pass


class Offer(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """An SDP offer for one peer; ``ice_restart`` marks a renegotiation after a network change."""

    to: ParticipantId
    sdp: Sdp
    ice_restart: bool = False


class Answer(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    to: ParticipantId
    sdp: Sdp


class Candidate(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A trickled ICE candidate; an empty ``candidate`` means end of candidates."""

    to: ParticipantId
    candidate: Annotated[str, msgspec.Meta(max_length=MAX_CANDIDATE_LENGTH)]
    #: A media id is a token (RFC 8843), as browsers write it ("0", "sdparta_0").
    sdp_mid: (
        Annotated[str, msgspec.Meta(max_length=MAX_MID_LENGTH, pattern=r"^[!#-'*+\-.0-9A-Z^-~]+$")]
        | None
    ) = None
    sdp_mline_index: Annotated[int, msgspec.Meta(ge=0, le=255)] | None = None


class Media(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    mic: bool
    camera: bool
    screen: bool = False


class Hand(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    raised: bool


SignalPayload = Join | Leave | Offer | Answer | Candidate | Media | Hand

SIGNAL_PAYLOADS: Final[dict[SignalEvent, type[Any]]] = {
    SignalEvent.JOIN: Join,
    SignalEvent.LEAVE: Leave,
    SignalEvent.OFFER: Offer,
    SignalEvent.ANSWER: Answer,
    SignalEvent.CANDIDATE: Candidate,
    SignalEvent.MEDIA: Media,
    SignalEvent.HAND: Hand,
}

#: Events relayed to one peer rather than announced.
RELAYED: Final = frozenset({SignalEvent.OFFER, SignalEvent.ANSWER, SignalEvent.CANDIDATE})


def parse_signal(event: str, data: dict[str, Any]) -> SignalPayload:
    """The typed payload of a client's publish, or ProtocolError (``invalid``)."""
    try:
        kind = SignalEvent(event)
    except ValueError:
        raise ProtocolError(f"unknown video event {event!r}", code=ErrorCode.INVALID) from None
    try:
        payload: SignalPayload = msgspec.convert(data, SIGNAL_PAYLOADS[kind])
    except msgspec.ValidationError as exc:
        raise ProtocolError(f"bad {kind} payload: {exc}", code=ErrorCode.INVALID) from None
    return payload


def check_relayed(payload: Offer | Answer | Candidate) -> SessionDescription | None:
    """What an offer, answer or candidate carries reads as WebRTC writes it, or
    ProtocolError (``invalid``, naming the line); the description of an offer or answer, for
    the server's rules about which sections a session allows."""
    if isinstance(payload, Candidate):
        parse_candidate(payload.candidate)
        return None
    return parse_description(payload.sdp)


def polite(me: int, peer: int) -> bool:
    """Perfect negotiation roles per pair: the later participant (higher id) is polite, so
    exactly one side of every pair yields on an offer collision."""
    return me > peer


def sends_audio(sdp: str) -> bool:
    """Whether an SDP offers to send audio: an audio m-line with a non-zero port whose
    direction (default sendrecv) is sendrecv or sendonly."""
    sending = False
    in_audio = False
    direction = "sendrecv"
    for raw in sdp.splitlines():
        line = raw.strip()
        if line.startswith("m="):
            if in_audio and direction in ("sendrecv", "sendonly"):
                sending = True
            fields = line[2:].split()
            in_audio = len(fields) > 1 and fields[0] == "audio" and fields[1] != "0"
            direction = "sendrecv"
        elif in_audio and line in ("a=sendrecv", "a=sendonly", "a=recvonly", "a=inactive"):
            direction = line[2:]
    if in_audio and direction in ("sendrecv", "sendonly"):
        sending = True
    return sending
