"""The WebSocket close codes the server uses, what each means and whether a client should retry.

Standard codes (RFC 6455 and the IANA registry) where one fits, 4000-range application codes
otherwise; the app codes echo HTTP statuses where they can (4001 ~ 401, 4003 ~ 403, 4029 ~ 429).
Before closing for any reason but a broken wire, the server sends a ``closing`` message with the
same code and, when a retry makes sense, ``retry_after_ms``.
"""

from __future__ import annotations

import dataclasses
import enum


class CloseCode(enum.IntEnum):
    """A WebSocket close code; stable, only ever added to."""

    NORMAL = 1000
    GOING_AWAY = 1001
    POLICY_VIOLATION = 1008
    MESSAGE_TOO_BIG = 1009
    INTERNAL_ERROR = 1011
    SERVICE_RESTART = 1012
    TRY_AGAIN_LATER = 1013
    UNAUTHENTICATED = 4001
    IDLE_TIMEOUT = 4002
    FORBIDDEN = 4003
    SLOW_CONSUMER = 4008
    RATE_LIMITED = 4029


class Retry(enum.StrEnum):
    """What a client should do after a close."""

    NO = "no"  # reconnecting would fail the same way; tell the user
    REAUTHENTICATE = "reauthenticate"  # sign in again (new token or cookie), then reconnect
    BACKOFF = "backoff"  # reconnect after `retry_after_ms` or exponential backoff with jitter
    NOW = "now"  # reconnect at once (with a little jitter) and resume with `since`


@dataclasses.dataclass(frozen=True, slots=True)
class CloseCodeInfo:
    """The documented meaning of one close code."""

    meaning: str
    retry: Retry


#: Every close code with its meaning and the client's retry policy; the docs are rendered from it.
CLOSE_CODE_INFO: dict[CloseCode, CloseCodeInfo] = {
    CloseCode.NORMAL: CloseCodeInfo(
        "The client asked to close, or the server ended the connection on purpose with nothing "
        "wrong (for example after the client logged out).",
        Retry.NO,
    ),
    CloseCode.GOING_AWAY: CloseCodeInfo(
        "This server process is shutting down for good (scale-in). Other processes serve the "
        "same channels.",
        Retry.NOW,
    ),
    CloseCode.POLICY_VIOLATION: CloseCodeInfo(
        "The client kept breaking the protocol (a wrong subprotocol, repeated malformed frames). "
        "A client bug: retrying sends the same frames.",
        Retry.NO,
    ),
    CloseCode.MESSAGE_TOO_BIG: CloseCodeInfo(
        "A client frame exceeded `limits.max_frame_bytes`.",
        Retry.NO,
    ),
    CloseCode.INTERNAL_ERROR: CloseCodeInfo(
        "Something broke on our side. No details are sent; the server logs them.",
        Retry.BACKOFF,
    ),
    CloseCode.SERVICE_RESTART: CloseCodeInfo(
        "Graceful restart or deploy. `closing.retry_after_ms` says when to come back; resume "
        "with `since`.",
        Retry.BACKOFF,
    ),
    CloseCode.TRY_AGAIN_LATER: CloseCodeInfo(
        "The server is overloaded or a part it needs (database, Redis) is unavailable.",
        Retry.BACKOFF,
    ),
    CloseCode.UNAUTHENTICATED: CloseCodeInfo(
        "No valid session: no cookie and no `auth` within `limits.auth_timeout_ms`, a bad "
        "token, or the session expired or was logged out.",
        Retry.REAUTHENTICATE,
    ),
    CloseCode.IDLE_TIMEOUT: CloseCodeInfo(
        "No client message for `limits.idle_timeout_ms`; send `ping` every "
        "`limits.heartbeat_interval_ms`.",
        Retry.NOW,
    ),
    CloseCode.FORBIDDEN: CloseCodeInfo(
        "The account was suspended, erased or otherwise lost the right to be connected. "
        "Losing one space only ends that space's subscriptions (`unsubscribed`), not the "
        "connection.",
        Retry.NO,
    ),
    CloseCode.SLOW_CONSUMER: CloseCodeInfo(
        "The client read too slowly and more than `limits.max_outbound_queue` messages waited "
        "for it. Reconnect and resume with `since`.",
        Retry.NOW,
    ),
    CloseCode.RATE_LIMITED: CloseCodeInfo(
        "The client kept sending over the rate after `limits.rate_limit_strikes` `rate_limited` "
        "errors.",
        Retry.BACKOFF,
    ),
}


class CloseReason(enum.StrEnum):
    """Why the server closed: the ``reason`` of the ``closing`` message and of the close frame.

    A stable code, never a sentence: a client says it in its reader's language (the page's
    catalogue has ``conn-closed-<reason>`` for each). Only ever added to.
    """

    AUTH_MISSING = "auth_missing"  # no cookie, and no valid `auth` frame in time
    SESSION_INVALID = "session_invalid"  # the token or cookie names no live session
    SESSION_EXPIRED = "session_expired"  # the session ran out while connected
    SIGNED_OUT = "signed_out"  # the session was signed out (here, in another tab, everywhere)
    ACCOUNT_LOCKED = "account_locked"  # the account was suspended, rejected or erased
    TOO_MANY_CONNECTIONS = "too_many_connections"  # over `max_ws_per_account`
    TOO_MANY_MESSAGES = "too_many_messages"  # kept sending over the rate
    FRAME_TOO_LARGE = "frame_too_large"  # a frame over `limits.max_frame_bytes`
    IDLE_TIMEOUT = "idle_timeout"  # nothing received within `limits.idle_timeout_ms`
    SLOW_CONSUMER = "slow_consumer"  # read too slowly: resume with `since`
    SERVER_RESTARTING = "server_restarting"  # graceful restart: come back, resume with `since`
    SERVER_SHUTTING_DOWN = "server_shutting_down"  # this process stops; others serve
    UNAVAILABLE = "unavailable"  # a part the server needs (the database) does not answer
    INTERNAL = "internal"  # our bug; details are in the server's log only
