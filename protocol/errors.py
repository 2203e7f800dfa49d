"""The project's exceptions and their stable error codes.

Errors carry a code and a message safe to show a client, never an HTTP status or a close code:
each edge (HTTP, WebSocket) maps codes to its own form in one function.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TypeVar

import msgspec


class ErrorCode(enum.StrEnum):
    """Stable codes clients may rely on; never renamed, only added to."""

    # The client broke the rules of the wire or the API.
    MALFORMED = "malformed"  # not JSON, wrong types, unknown fields
    TOO_LARGE = "too_large"  # body or frame over its limit
    UNSUPPORTED = "unsupported"  # unknown message type, media type or version
    INVALID = "invalid"  # well-formed but breaks a rule of the value (bad e-mail, short password)
    CSRF = "csrf"  # cookie-authenticated write without the matching CSRF token
    # Who you are.
    UNAUTHENTICATED = "unauthenticated"
    BAD_CREDENTIALS = "bad_credentials"
    # What you may do.
    FORBIDDEN = "forbidden"
    NOT_FOUND = "not_found"
    CONFLICT = "conflict"
    GONE = "gone"  # an invitation that expired, was revoked or was used up
    RATE_LIMITED = "rate_limited"
    LIMIT_EXCEEDED = "limit_exceeded"
    # Ours.
    UNAVAILABLE = "unavailable"
    INTERNAL = "internal"
    # The file archive: an upload that would take its space over the space's quota.
    QUOTA_EXCEEDED = "quota_exceeded"
    # Issue 9: the server's file store is full (HTTP 507); nothing of the upload was kept.
    INSUFFICIENT_STORAGE = "insufficient_storage"
    # Issue 9: a request body that stalled or trickled past the upload timeouts (HTTP 408).
    REQUEST_TIMEOUT = "request_timeout"
    # Issue 17: sign-in with the right password to an account that may not sign in (HTTP 403),
    # so the page can say why in the person's language.
    ACCOUNT_SUSPENDED = "account_suspended"
    ACCOUNT_REJECTED = "account_rejected"


class FieldCode(enum.StrEnum):
    """Why one field of a request body was refused (``error.fields[].code``).

    Stable, never renamed, only added to: a client translates each code, with the field's
    ``min``/``max`` where they apply, next to the input the field names.
    """

    REQUIRED = "required"  # absent, and it has no default
    UNKNOWN = "unknown"  # a field the body does not have
    TYPE = "type"  # the wrong JSON type (a number for a text, null where none is allowed)
    BLANK = "blank"  # empty or only spaces where text is needed
    TOO_SHORT = "too_short"  # fewer characters (text) or items (list) than ``min``
    TOO_LONG = "too_long"  # more characters (text) or items (list) than ``max``
    TOO_SMALL = "too_small"  # a number below ``min``
    TOO_LARGE = "too_large"  # a number above ``max``
    FORMAT = "format"  # text of the wrong form (an e-mail, a country code, a date)
    CHOICE = "choice"  # not one of the values the field takes


class FieldError(msgspec.Struct, frozen=True, kw_only=True, omit_defaults=True):
    """One refused field: its name (a dotted path when nested, ``pupils.0.display_name``;
    empty for the body as a whole), why, and the field's limits where they apply."""

    field: str
    code: FieldCode
    min: int | float | None = None
    max: int | float | None = None


#: A value a client may put into its own sentence: a name, a count.
Param = str | int


class ErrorReason(enum.StrEnum):
    """Which of the refusals under one code this is (``error.reason``), with the ``params``
    each one carries, so a client can say it in its own language. Only added to."""

    # conflict
    NAME_TAKEN = "name_taken"  # {name}: an archive item of that name is already there
    IN_TRASH = "in_trash"  # {name}: restore the item before doing this
    NOT_IN_TRASH = "not_in_trash"  # {name}: trash it first
    PARENT_IN_TRASH = "parent_in_trash"  # {name}: the item's folder is in the trash
    FOLDER_NOT_EMPTY = "folder_not_empty"  # {name}: trash what is in it first
    WRONG_STATUS = "wrong_status"  # {status}: the account's status does not allow this change
    NOT_A_GUEST = "not_a_guest"  # a guest link accepted with the e-mail of an eTwinner's account
    # gone: why an invitation link no longer works
    REVOKED = "revoked"
    EXPIRED = "expired"
    USED_UP = "used_up"


class TwinspaceError(Exception):
    """Root of every error this project raises on purpose.

    ``message`` is a summary for developers and logs; a client shows a sentence of its own made
    from ``code``, and ``reason`` with ``params`` (a folder's name) or ``fields`` (which body
    fields were refused and why) where they are given.
    """

    code: ErrorCode = ErrorCode.INTERNAL

    def __init__(
        self,
        message: str,
        *,
        code: ErrorCode | None = None,
        reason: str | None = None,
        params: Mapping[str, Param] | None = None,
        fields: Sequence[FieldError] = (),
    ) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.reason = reason
        self.params: dict[str, Param] = dict(params or {})
        self.fields: tuple[FieldError, ...] = tuple(fields)


class InvariantBroken(TwinspaceError):
    """The server's own state or code broke a rule it relies on (a row a foreign key promises,
    a setting validated at start): our bug or a race nobody foresaw, never the client's doing.

    Unlike an ``assert`` it holds under ``python -O``. Each edge treats it as an unexpected
    failure: logged with its traceback, answered with a bare INTERNAL error and no details.
    """

    code = ErrorCode.INTERNAL


_Value = TypeVar("_Value")


def present(value: _Value | None, what: str) -> _Value:
    """``value``, which the caller knows is there; :class:`InvariantBroken` naming ``what``
    (``"the report's post"``) if it is None after all."""
    if value is None:
        raise InvariantBroken(f"{what} is missing")
    return value


class ProtocolError(TwinspaceError):
    """The client sent something the wire or API does not accept."""

    code = ErrorCode.MALFORMED


class DomainError(TwinspaceError):
    """A well-formed request that the domain refuses."""

    code = ErrorCode.FORBIDDEN


class Unauthenticated(DomainError):
    code = ErrorCode.UNAUTHENTICATED


class Forbidden(DomainError):
    code = ErrorCode.FORBIDDEN


class NotFound(DomainError):
    """Also what a non-member hears about a space it may not know exists."""

    code = ErrorCode.NOT_FOUND


class Conflict(DomainError):
    code = ErrorCode.CONFLICT


class Gone(DomainError):
    code = ErrorCode.GONE


class LimitExceeded(DomainError):
    code = ErrorCode.LIMIT_EXCEEDED


class RateLimited(DomainError):
    """Too many tries: wait ``retry_after_s`` seconds (sent as ``Retry-After``) and try again."""

    code = ErrorCode.RATE_LIMITED

    def __init__(self, message: str, *, retry_after_s: int) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class Unavailable(TwinspaceError):
    """A part we depend on (database, Redis) does not answer."""

    code = ErrorCode.UNAVAILABLE


class StorageFull(Unavailable):
    """The file store has no room left (disk full): the upload was dropped whole; retry once
    the operator has freed space."""

    code = ErrorCode.INSUFFICIENT_STORAGE


class RequestTimeout(ProtocolError):
    """The client sent its request body too slowly, or stopped sending it."""

    code = ErrorCode.REQUEST_TIMEOUT
