"""Bytes to messages and back: strict, bounded decoding of client frames and one-shot encoding.

:func:`decode_client_message` checks, in order and before any JSON parse, the frame size,
UTF-8 and nesting depth, then lets msgspec decode against the message schemas. Every failure is
a :class:`FrameRejected` (a :class:`~protocol.errors.ProtocolError`) with a stable code and a
message safe to send back, plus the frame's ``ref`` when it could be read, so the server can
answer with :func:`error_reply`. Nothing else escapes, whatever the bytes.

:func:`encode_server_message` produces the UTF-8 JSON of a message once, so that a fan-out sends
the same bytes to every subscriber; send them as a text frame.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import msgspec

from protocol.channels import Channel
from protocol.errors import ErrorCode, FieldError, ProtocolError
from protocol.fields import refused_fields
from protocol.limits import DEFAULT_MAX_DEPTH, DEFAULT_MAX_FRAME_BYTES
from protocol.messages import (
    CLIENT_MESSAGE_TYPES,
    REF_PATTERN,
    ClientMessage,
    Error,
    Publish,
    ServerMessage,
)

#: Longest part of a decoder's complaint quoted back to the client.
_MAX_DETAIL = 200

_CLIENT_TAGS: Final = frozenset(str(t.__struct_config__.tag) for t in CLIENT_MESSAGE_TYPES)
_REF_RE: Final = re.compile(REF_PATTERN)

# JSON strings, escapes included, are skipped whole when measuring depth: a bracket inside a
# string is text. Every match from a quote succeeds (an unterminated string, even one ending in
# a backslash, runs to the end: malformed, for the decoder to report) and quantifiers are
# possessive, so the scan stays linear on hostile input such as `"\"\"\"...`.
_JSON_STRING: Final = re.compile(rb'"(?:[^"\\]++|\\.?)*+(?:"|\Z)', re.DOTALL)
_NOT_BRACKETS: Final = bytes(b for b in range(256) if b not in b"[]{}")
_BRACKETS_TO_SQUARE: Final = bytes.maketrans(b"{}", b"[]")

_client_decoder: Final[msgspec.json.Decoder[ClientMessage]] = msgspec.json.Decoder(ClientMessage)
_server_decoder: Final[msgspec.json.Decoder[ServerMessage]] = msgspec.json.Decoder(ServerMessage)
_encoder: Final = msgspec.json.Encoder()


class FrameRejected(ProtocolError):
    """A client frame the codec refuses; ``ref`` is the frame's ref if it could be read, and
    ``fields`` every refused field of a frame whose type is known."""

    def __init__(
        self,
        message: str,
        *,
        code: ErrorCode,
        ref: str | None = None,
        fields: Sequence[FieldError] = (),
    ) -> None:
        super().__init__(message, code=code, fields=fields)
        self.ref = ref


class _Probe(msgspec.Struct):
    """What is salvaged from a rejected frame: unknown fields ignored, any types."""

    type: object = None
    ref: object = None


#: A JSON NUL escape (backslash, u0000) that is not itself escaped: an even run of backslashes
#: (none included) stands before it.
_NUL_ESCAPE = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000")
NUL_REFUSED = "text must not contain the NUL character (U+0000)"


def contains_nul(raw: bytes) -> bool:
    """Whether JSON text carries a NUL character, which no stored text may hold.

    PostgreSQL cannot store U+0000 in text at all, and it is never meaningful in a name, a post
    or an SDP: refusing it at the edge, for every body and frame, keeps the backends alike and
    turns what would be a database error into a clear ``invalid``. A raw NUL byte is not valid
    JSON already; this finds the escaped form.
    """
    return b"\\u0000" in raw and _NUL_ESCAPE.search(raw) is not None


def decode_client_message(
    data: bytes | str,
    *,
    max_frame_bytes: int = DEFAULT_MAX_FRAME_BYTES,
    max_depth: int = DEFAULT_MAX_DEPTH,
) -> ClientMessage:
    """The client message in one WebSocket frame (binary as bytes, text as str).

    Raises :class:`FrameRejected`: ``too_large`` over ``max_frame_bytes`` or ``max_depth``,
    ``malformed`` for bad UTF-8, bad JSON, missing or mistyped fields and unknown fields,
    ``unsupported`` for an unknown ``type``, ``invalid`` for a publish to a channel kind that
    does not accept client publishes.
    """
    raw = _as_bytes(data, max_frame_bytes)
    if _too_deep(raw, max_depth):
        raise FrameRejected(
            f"nested deeper than {max_depth} levels",
            code=ErrorCode.TOO_LARGE,
            ref=_salvage_ref(_probe(raw)),
        )
    try:
        message = _client_decoder.decode(raw)
    except (msgspec.DecodeError, RecursionError) as exc:
        raise _rejection(raw, exc) from None
    if contains_nul(raw):
        raise FrameRejected(NUL_REFUSED, code=ErrorCode.INVALID, ref=_salvage_ref(_probe(raw)))
    if isinstance(message, Publish) and not Channel.parse(message.channel).client_may_publish:
        raise FrameRejected(
            "this channel does not accept client publishes",
            code=ErrorCode.INVALID,
            ref=message.ref,
        )
    return message


def encode_server_message(message: ServerMessage) -> bytes:
    """The UTF-8 JSON of a server message; encode once per fan-out, send as a text frame."""
    return _encoder.encode(message)


def encode_client_message(message: ClientMessage) -> bytes:
    """The UTF-8 JSON of a client message (for clients written in Python: tests, load tester)."""
    return _encoder.encode(message)


def decode_server_message(data: bytes | str) -> ServerMessage:
    """The server message in a frame (for Python clients); raises :class:`ProtocolError`.

    Clients trust the server's sizes, so only the schema is checked.
    """
    try:
        return _server_decoder.decode(data)
    except msgspec.DecodeError as exc:  # ValidationError included
        raise ProtocolError(_detail(str(exc)), code=ErrorCode.MALFORMED) from None


def error_reply(error: ProtocolError) -> Error:
    """The ``error`` message answering a rejected frame, with its ``ref`` when known."""
    ref = error.ref if isinstance(error, FrameRejected) else None
    return Error(code=error.code, message=error.message, ref=ref, fields=list(error.fields) or None)


def _as_bytes(data: bytes | str, max_frame_bytes: int) -> bytes:
    if isinstance(data, str):
        # A str is never shorter in UTF-8, so its length alone can already be too much.
        if len(data) > max_frame_bytes:
            raise _too_large(max_frame_bytes)
        try:
            data = data.encode("utf-8")
        except UnicodeEncodeError:
            raise FrameRejected("text is not valid UTF-8", code=ErrorCode.MALFORMED) from None
    raw = bytes(data)  # no copy for bytes; a copy for bytearray, which could change under us
    if len(raw) > max_frame_bytes:
        raise _too_large(max_frame_bytes)
    try:
        # msgspec only checks UTF-8 in the strings it builds, not in the values it skips.
        raw.decode("utf-8")
    except UnicodeDecodeError:
        raise FrameRejected("frame is not valid UTF-8", code=ErrorCode.MALFORMED) from None
    return raw


def _too_large(max_frame_bytes: int) -> FrameRejected:
    return FrameRejected(f"frame larger than {max_frame_bytes} bytes", code=ErrorCode.TOO_LARGE)


def _too_deep(raw: bytes, max_depth: int) -> bool:
    """Whether brackets outside strings nest deeper than ``max_depth``, without parsing.

    Strings are cut out and every byte but brackets deleted; then each pass of
    ``replace(b"[]", b"")`` removes the innermost pairs, so a pair survives ``max_depth`` passes
    only if it sits deeper than that. All of it runs in C over at most one frame.
    """
    brackets = _JSON_STRING.sub(b"", raw).translate(_BRACKETS_TO_SQUARE, _NOT_BRACKETS)
    if brackets.count(b"[") <= max_depth:
        return False
    for _ in range(max_depth):
        brackets = brackets.replace(b"[]", b"")
        if not brackets:
            return False
    # Without a pair left, what remains is `]]][[[`: openers never closed nest as deep as they
    # are many (the decoder would recurse into them). Fewer are plain malformed JSON.
    return b"[]" in brackets or brackets.count(b"[") > max_depth


def _rejection(raw: bytes, exc: msgspec.DecodeError | RecursionError) -> FrameRejected:
    probe = _probe(raw)
    ref = _salvage_ref(probe)
    if isinstance(exc, RecursionError):  # unreachable after the depth check; belt and braces
        return FrameRejected("frame nested too deep", code=ErrorCode.TOO_LARGE, ref=ref)
    # ValidationError subclasses DecodeError: only a bare DecodeError means "not JSON".
    if not isinstance(exc, msgspec.ValidationError):
        return FrameRejected("frame is not valid JSON", code=ErrorCode.MALFORMED, ref=ref)
    if probe is not None and isinstance(probe.type, str) and probe.type not in _CLIENT_TAGS:
        return FrameRejected("unknown message type", code=ErrorCode.UNSUPPORTED, ref=ref)
    # Valid JSON (the probe above read it): every refused field, as the HTTP API lists them.
    fields = refused_fields(msgspec.json.decode(raw), ClientMessage, exc) if probe else []
    return FrameRejected(_detail(str(exc)), code=ErrorCode.MALFORMED, ref=ref, fields=fields)


def _probe(raw: bytes) -> _Probe | None:
    try:
        return msgspec.json.decode(raw, type=_Probe)
    except (msgspec.DecodeError, RecursionError):
        return None


def _salvage_ref(probe: _Probe | None) -> str | None:
    """The frame's ``ref`` if it is a valid ref; anything else is never echoed."""
    if probe is None or not isinstance(probe.ref, str) or not _REF_RE.search(probe.ref):
        return None
    return probe.ref


def _detail(complaint: str) -> str:
    # msgspec names the path (`$.since`) and may quote the client's own field name: bounded.
    if len(complaint) > _MAX_DETAIL:
        return complaint[: _MAX_DETAIL - 3] + "..."
    return complaint
