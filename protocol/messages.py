"""Every message of the real-time API (WebSocket subprotocol ``twinspace.v1``) as a typed value.

One envelope: each frame is one JSON object whose ``type`` names the message. Client operations
carry a client-chosen ``ref``, echoed in the ``ack`` or ``error`` that answers them; server
pushes carry a ``channel`` and that channel's ``seq``. Clients send :data:`ClientMessage`, the
server sends :data:`ServerMessage`; decode and encode them with :mod:`protocol.codec`.

Client messages are strict (unknown fields are an error). Server messages may gain optional
fields within ``v1``, so clients must ignore fields they do not know.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Sequence
from typing import Annotated, Any, Final

import msgspec

from protocol.channels import CHANNEL_PATTERN, anchored
from protocol.close_codes import CloseCode, CloseReason
from protocol.errors import ErrorCode, FieldError
from protocol.limits import (
    MAX_CHANNEL_NAME_LENGTH,
    MAX_EVENT_NAME_LENGTH,
    MAX_REF_LENGTH,
    MAX_TOKEN_LENGTH,
    Limits,
)
from protocol.vocabulary import AccountId, Role

#: The WebSocket subprotocol of this version; offered in ``Sec-WebSocket-Protocol``.
SUBPROTOCOL: Final = "twinspace.v1"
#: Subprotocols this server speaks, preferred first.
SUPPORTED_SUBPROTOCOLS: Final = (SUBPROTOCOL,)


def select_subprotocol(offered: Sequence[str]) -> str | None:
    """The subprotocol to accept from a client's offer, or None to refuse the handshake."""
    return next((p for p in SUPPORTED_SUBPROTOCOLS if p in offered), None)


REF_PATTERN: Final = anchored(rf"[A-Za-z0-9._:-]{{1,{MAX_REF_LENGTH}}}")
EVENT_NAME_PATTERN: Final = anchored(r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*")
TOKEN_PATTERN: Final = anchored(rf"[\x21-\x7e]{{1,{MAX_TOKEN_LENGTH}}}")

Ref = Annotated[
    str,
    msgspec.Meta(
        min_length=1,
        max_length=MAX_REF_LENGTH,
        pattern=REF_PATTERN,
        description="Client-chosen correlation id, echoed in the answer.",
    ),
]
ChannelName = Annotated[
    str,
    msgspec.Meta(
        max_length=MAX_CHANNEL_NAME_LENGTH,
        pattern=CHANNEL_PATTERN,
        description="`space:<id>`, `presence:<id>`, `archive:<id>`, `thread:<id>:<thread id>`"
        ", `video:<id>:<session id>`, `teachers:<id>`, `moderation:<id>`"
        ", `notice:<id>:<account id>`, `typing:<id>:<chat id>`"
        " or `readers:<id>:<thread id>`.",
    ),
]
EventName = Annotated[
    str,
    msgspec.Meta(
        min_length=1,
        max_length=MAX_EVENT_NAME_LENGTH,
        pattern=EVENT_NAME_PATTERN,
        description="Dotted snake_case name of what happened, such as `post.created`.",
    ),
]
Seq = Annotated[
    int,
    msgspec.Meta(ge=0, description="Position in the channel; only grows. 0 is before the first."),
]
#: A JSON object; bounded by the frame size and depth limits, not by a schema.
JsonObject = dict[str, Any]


class ClientMessageBase(msgspec.Struct, frozen=True, forbid_unknown_fields=True, tag_field="type"):
    """A message from client to server."""


class ServerMessageBase(msgspec.Struct, frozen=True, tag_field="type"):
    """A message from server to client."""


# Client to server.


class Auth(ClientMessageBase, frozen=True, tag="auth"):
    """First message of a connection made without a session cookie; answered with ``welcome``.

    A bad token is answered with ``error`` (``unauthenticated``) and close 4001. Tokens never
    go in the URL, where proxies and logs would keep them.
    """

    token: Annotated[
        str,
        msgspec.Meta(
            min_length=1,
            max_length=MAX_TOKEN_LENGTH,
            pattern=TOKEN_PATTERN,
            description="A session token from `POST /api/auth/login` or `/api/auth/pupil-login`"
            " with `mode` set to `token`.",
        ),
    ]


class Subscribe(ClientMessageBase, frozen=True, tag="subscribe"):
    """Start receiving a channel's events; answered with ``ack`` carrying the channel's seq.

    With ``since``, events after it follow the ack, or a ``reset`` when they are no longer held.
    Subscribing to ``presence`` is always followed by a ``presence`` snapshot.
    """

    ref: Ref
    channel: ChannelName
    since: Seq | None = None


class Unsubscribe(ClientMessageBase, frozen=True, tag="unsubscribe"):
    """Stop receiving a channel's events; answered with ``ack``."""

    ref: Ref
    channel: ChannelName


class Publish(ClientMessageBase, frozen=True, tag="publish"):
    """Send an event on a channel whose kind accepts client publishes (``video`` signalling).

    Answered with ``ack`` (with the event's ``seq`` if it was sequenced) or ``error``.
    """

    ref: Ref
    channel: ChannelName
    event: EventName
    data: JsonObject = msgspec.field(default_factory=dict)


class Ping(ClientMessageBase, frozen=True, tag="ping"):
    """Heartbeat, every ``limits.heartbeat_interval_ms`` when idle; answered with ``pong``."""

    ref: Ref


ClientMessage = Auth | Subscribe | Unsubscribe | Publish | Ping
CLIENT_MESSAGE_TYPES: Final[tuple[type[ClientMessageBase], ...]] = (
    Auth,
    Subscribe,
    Unsubscribe,
    Publish,
    Ping,
)


# Server to client.


class Welcome(ServerMessageBase, frozen=True, tag="welcome"):
    """The connection is authenticated; first server message, before any other."""

    account_id: AccountId
    server_time: datetime.datetime
    limits: Limits
    protocol: str = SUBPROTOCOL


class Ack(ServerMessageBase, frozen=True, tag="ack"):
    """The operation ``ref`` succeeded.

    For ``subscribe`` and ``unsubscribe``, ``channel`` and its current ``seq``; for ``publish``,
    the ``seq`` given to the event if the channel sequenced it.
    """

    ref: str
    channel: str | None = None
    seq: Seq | None = None


class Error(ServerMessageBase, frozen=True, tag="error"):
    """The operation ``ref`` failed, or (without ``ref``) a frame whose ref was unreadable."""

    code: ErrorCode
    #: An English summary for developers; clients say it from ``code`` (and ``fields``).
    message: str
    ref: str | None = None
    retry_after_ms: Annotated[int, msgspec.Meta(ge=0)] | None = None
    #: A frame of a known type with refused fields (code ``malformed``): every one, as in a
    #: 422 of the HTTP API (protocol.fields).
    fields: list[FieldError] | None = None


class Event(ServerMessageBase, frozen=True, tag="event"):
    """Something happened on a subscribed channel; ``seq`` is one more than the last one sent."""

    channel: str
    seq: Seq
    event: str
    data: JsonObject = msgspec.field(default_factory=dict)


class ResetReason(enum.StrEnum):
    """Why a ``since`` could not be honoured."""

    TOO_OLD = "too_old"  # the missed events are older than the history the server holds
    AHEAD = "ahead"  # since > the channel's seq: the client's state is from a lost history
    RESTARTED = "restarted"  # the channel's numbering restarted (the broker lost its data)


class Reset(ServerMessageBase, frozen=True, tag="reset"):
    """Events since the client's ``since`` are no longer held: refetch state over HTTP.

    Then carry on from ``seq``, the channel's current position; live events follow.
    """

    channel: str
    seq: Seq
    reason: ResetReason


class PresenceEvent(enum.StrEnum):
    """The ``event`` names on a presence channel; their ``data`` is a :class:`PresenceMember`."""

    JOIN = "join"  # the member's first connection came up
    LEAVE = "leave"  # the member's last connection went down


class PresenceMember(msgspec.Struct, frozen=True, kw_only=True):
    """One member online in a space (with at least one live connection)."""

    account_id: AccountId
    display_name: str
    role: Role


class Presence(ServerMessageBase, frozen=True, tag="presence"):
    """Who is online in a space, after subscribing to ``presence:<id>``.

    Replaces whatever the client knew; ``join`` and ``leave`` events (data: a member) with a
    higher ``seq`` follow.
    """

    channel: str
    seq: Seq
    members: list[PresenceMember]


class PresenceCount(ServerMessageBase, frozen=True, tag="presence.count"):
    """How many members are online in a group, on ``presence:<id>`` (issue 21).

    A group's presence is counted, not listed: after subscribing, this replaces the
    ``presence`` snapshot, and no ``join``/``leave`` events follow. It comes again when the
    count changed, at most once per ``PRESENCE_COUNT_INTERVAL_S`` (10 s) per subscriber, so
    500 people online cost each of them at most one message per 10 s, not 499 events per
    minute of churn. Twinspaces and rooms keep ``presence`` with its events.
    """

    channel: str
    online: int


class ThreadReader(msgspec.Struct, frozen=True, kw_only=True):
    """One member with the thread open now (a ``presence.readers`` entry)."""

    account_id: AccountId
    display_name: str
    role: Role


class PresenceReaders(ServerMessageBase, frozen=True, tag="presence.readers"):
    """Who is reading a forum thread now, on ``readers:<id>:<thread id>`` (issue 21).

    After subscribing (which makes the subscriber one of the readers while it stays
    subscribed), this snapshot replaces whatever the client knew; it comes again when it
    changed, at most once per ``PRESENCE_COUNT_INTERVAL_S`` (10 s) per subscriber. ``readers``
    are the first ``READERS_SHOWN`` (20) of them by latest activity (opening the thread,
    posting in it), ``more`` how many others have it open. In a group, ``online`` is the
    group's live count too (the same as ``presence.count``): a reader gets one presence
    message per interval, not one per channel. Several tabs of one member count once.
    """

    channel: str
    readers: list[ThreadReader]
    more: Annotated[int, msgspec.Meta(ge=0)] = 0
    online: Annotated[int, msgspec.Meta(ge=0)] | None = None


class Unsubscribed(ServerMessageBase, frozen=True, tag="unsubscribed"):
    """The server ended a subscription: membership removed (``forbidden``), object gone."""

    channel: str
    code: ErrorCode


class Pong(ServerMessageBase, frozen=True, tag="pong"):
    """Answer to ``ping``."""

    ref: str
    server_time: datetime.datetime


class Closing(ServerMessageBase, frozen=True, tag="closing"):
    """The server is about to close with ``code``; sent first so the client knows why.

    On 1012 (restart) and 1001 (going away) ``retry_after_ms`` says when to reconnect; add
    jitter so that thousands of clients do not come back at once.
    """

    code: CloseCode
    #: Why, as a stable code the client words itself (never a sentence).
    reason: CloseReason
    retry_after_ms: Annotated[int, msgspec.Meta(ge=0)] | None = None


class Signal(ServerMessageBase, frozen=True, tag="signal"):
    """WebRTC signalling (``offer``, ``answer``, ``candidate``) from one participant of a video
    session to this connection alone; not sequenced, never replayed (see protocol/video.py)."""

    channel: str
    event: str
    sender: Annotated[int, msgspec.Meta(ge=1, description="The sending participant's id.")]
    data: JsonObject = msgspec.field(default_factory=dict)


ServerMessage = (
    Welcome
    | Ack
    | Error
    | Event
    | Reset
    | Presence
    | PresenceCount
    | PresenceReaders
    | Unsubscribed
    | Pong
    | Closing
    | Signal
)
SERVER_MESSAGE_TYPES: Final[tuple[type[ServerMessageBase], ...]] = (
    Welcome,
    Ack,
    Error,
    Event,
    Reset,
    Presence,
    PresenceCount,
    PresenceReaders,
    Unsubscribed,
    Pong,
    Closing,
    Signal,
)
