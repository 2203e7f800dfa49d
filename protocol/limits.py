"""The limits of the real-time WebSocket API, each with its default and what happens past it.

Two kinds live here:

* **Wire constants** (``MAX_REF_LENGTH`` ...): fixed by protocol version ``twinspace.v1`` and
  written into the message schemas, so every client can rely on them. Changing one is a new
  protocol version.
* **Per-server limits** (:class:`Limits`): operational knobs a deployment may tune. The server
  sends its values to each client in ``welcome.limits`` so clients can stay inside them.

Pure data: the codec enforces the frame limits, the server enforces the rest and maps each
breach to the error code or close code named in the field's description.
"""

from __future__ import annotations

import dataclasses
import typing
from typing import Annotated

import msgspec

# Wire constants (part of the schemas; a string over its limit fails decoding as `malformed`).

#: Longest client correlation id (``ref``); longer refs fail decoding and are never echoed.
MAX_REF_LENGTH = 64
#: Longest ``auth`` token; longer tokens fail decoding as ``malformed``.
MAX_TOKEN_LENGTH = 1024
#: Longest event name (``post.created``, ``sdp_offer``).
MAX_EVENT_NAME_LENGTH = 64
#: Longest channel name; the channel pattern (18-digit ids at most) keeps names well below it.
MAX_CHANNEL_NAME_LENGTH = 64

# Per-server defaults.
DEFAULT_MAX_FRAME_BYTES = 64 * 1024
DEFAULT_MAX_DEPTH = 16
DEFAULT_MAX_SUBSCRIPTIONS = 100
DEFAULT_MAX_OUTBOUND_QUEUE = 1000
DEFAULT_MAX_MESSAGES_PER_SECOND = 20
DEFAULT_MESSAGE_BURST = 40
DEFAULT_RATE_LIMIT_STRIKES = 20
DEFAULT_MAX_REPLAY_EVENTS = 500
DEFAULT_AUTH_TIMEOUT_MS = 10_000
DEFAULT_HEARTBEAT_INTERVAL_MS = 20_000
DEFAULT_IDLE_TIMEOUT_MS = 60_000


def _limit(description: str) -> msgspec.Meta:
    return msgspec.Meta(ge=1, description=description)


@dataclasses.dataclass(frozen=True, slots=True)
class Limits:
    """Operational limits of one server; sent to clients in ``welcome.limits``."""

    max_frame_bytes: Annotated[
        int,
        _limit(
            "Largest client frame in bytes. A larger frame is rejected as `too_large` and the "
            "server closes the connection with 1009 (message too big)."
        ),
    ] = DEFAULT_MAX_FRAME_BYTES
    max_depth: Annotated[
        int,
        _limit(
            "Deepest JSON nesting of a client frame, the envelope object counting as 1. A deeper "
            "frame is answered with an `error` of code `too_large`; the connection stays open."
        ),
    ] = DEFAULT_MAX_DEPTH
    max_subscriptions: Annotated[
        int,
        _limit(
            "Channels one connection may subscribe to at once. One more `subscribe` is answered "
            "with an `error` of code `limit_exceeded`."
        ),
    ] = DEFAULT_MAX_SUBSCRIPTIONS
    max_outbound_queue: Annotated[
        int,
        _limit(
            "Server messages waiting to be written to one connection. A client that lets more "
            "pile up is a slow consumer: it is sent `closing` and closed with 4008; it may "
            "reconnect and resume with `since`."
        ),
    ] = DEFAULT_MAX_OUTBOUND_QUEUE
    max_messages_per_second: Annotated[
        int,
        _limit(
            "Sustained rate of client messages (token bucket refill per second). A message over "
            "the rate is answered with an `error` of code `rate_limited` carrying "
            "`retry_after_ms`, and not processed."
        ),
    ] = DEFAULT_MAX_MESSAGES_PER_SECOND
    message_burst: Annotated[
        int,
        _limit("Token bucket size: messages a client may send at once before the rate applies."),
    ] = DEFAULT_MESSAGE_BURST
    rate_limit_strikes: Annotated[
        int,
        _limit(
            "Consecutive `rate_limited` answers after which the server stops answering and "
            "closes the connection with 4029 (rate limited)."
        ),
    ] = DEFAULT_RATE_LIMIT_STRIKES
    max_replay_events: Annotated[
        int,
        _limit(
            "Most events replayed to a `subscribe` with `since`. A client further behind (or "
            "behind the history the server still holds) gets a `reset` instead and refetches."
        ),
    ] = DEFAULT_MAX_REPLAY_EVENTS
    auth_timeout_ms: Annotated[
        int,
        _limit(
            "Time a connection without a session cookie has to send `auth`. Past it, or on any "
            "other first message, the server closes with 4001 (unauthenticated)."
        ),
    ] = DEFAULT_AUTH_TIMEOUT_MS
    heartbeat_interval_ms: Annotated[
        int,
        _limit(
            "How often a client should send `ping` when it has nothing else to send. Not a "
            "limit itself: it paces the client so it stays inside `idle_timeout_ms`."
        ),
    ] = DEFAULT_HEARTBEAT_INTERVAL_MS
    idle_timeout_ms: Annotated[
        int,
        _limit(
            "Time without any client message after which the server closes with 4002 (idle "
            "timeout). Must exceed `heartbeat_interval_ms`."
        ),
    ] = DEFAULT_IDLE_TIMEOUT_MS

    def __post_init__(self) -> None:
        # A misconfigured server is a programmer error, not a client's: plain ValueError.
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ValueError(f"Limits.{field.name} must be a positive int, got {value!r}")
        if self.idle_timeout_ms <= self.heartbeat_interval_ms:
            raise ValueError("Limits.idle_timeout_ms must exceed heartbeat_interval_ms")
        if self.message_burst < self.max_messages_per_second:
            raise ValueError("Limits.message_burst must be at least max_messages_per_second")


def describe() -> dict[str, str]:
    """Each limit's name mapped to its description, for the generated docs."""
    hints = typing.get_type_hints(Limits, include_extras=True)
    return {
        name: " ".join(
            meta.description or ""
            for meta in getattr(hint, "__metadata__", ())
            if isinstance(meta, msgspec.Meta)
        )
        for name, hint in hints.items()
    }
