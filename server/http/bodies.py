"""Strict JSON request bodies: the right media type, a size limit, no unknown fields, and
every refused field at once (protocol.fields)."""

from __future__ import annotations

from typing import TypeVar

import msgspec
from starlette.requests import Request

from protocol.codec import NUL_REFUSED, contains_nul
from protocol.errors import ErrorCode, ProtocolError
from protocol.fields import field_errors, refused_fields, summary

T = TypeVar("T")


async def read_limited(request: Request, max_bytes: int) -> bytes:
    """The body, refused with TOO_LARGE as soon as it passes max_bytes (never read whole)."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise ProtocolError("Content-Length is not a number")
        if int(declared) > max_bytes:
            raise ProtocolError(f"body is over {max_bytes} bytes", code=ErrorCode.TOO_LARGE)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes:
            raise ProtocolError(f"body is over {max_bytes} bytes", code=ErrorCode.TOO_LARGE)
        chunks.append(chunk)
    return b"".join(chunks)


#: What an empty body stands for: an object with no fields (every default, or the required
#: fields listed as ``required``), so that an operation whose fields are all optional may be
#: called with no body at all (docs/api.md, Conventions).
EMPTY_BODY = b"{}"


async def read_json(request: Request, body_type: type[T], max_bytes: int) -> T:
    """The request's JSON body as ``body_type``. An empty body, sent as JSON or with no
    Content-Type, is ``{}``; any other media type is refused (415)."""
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type not in ("application/json", ""):
        # Also a CSRF guard: a cross-site form cannot send application/json.
        raise ProtocolError("send the body as application/json", code=ErrorCode.UNSUPPORTED)
    raw = await read_limited(request, max_bytes)
    if not raw:
        raw = EMPTY_BODY
    elif media_type != "application/json":
        raise ProtocolError("send the body as application/json", code=ErrorCode.UNSUPPORTED)
    return decode_body(raw, body_type)


def decode_body(raw: bytes, body_type: type[T]) -> T:
    """The body as ``body_type``; refused as 400 ``malformed`` when it is not JSON, else as
    422 ``invalid`` listing every refused field (never only msgspec's first complaint)."""
    try:
        body = msgspec.json.decode(raw, type=body_type)
    except msgspec.ValidationError as exc:
        raise invalid_body(raw, body_type, exc) from None
    except msgspec.DecodeError as exc:
        raise ProtocolError(f"body is not valid JSON: {exc}") from exc
    if contains_nul(raw):
        fields = field_errors(msgspec.json.decode(raw), body_type)
        raise ProtocolError(NUL_REFUSED, code=ErrorCode.INVALID, fields=fields)
    return body


def invalid_body(raw: bytes, body_type: type[T], exc: msgspec.ValidationError) -> ProtocolError:
    try:
        value = msgspec.json.decode(raw)
    except msgspec.DecodeError as not_json:
        # msgspec refused the shape before it reached the broken part of the JSON.
        return ProtocolError(f"body is not valid JSON: {not_json}")
    fields = refused_fields(value, body_type, exc)
    return ProtocolError(summary(fields), code=ErrorCode.INVALID, fields=fields)
