"""Strict JSON request bodies: the right media type, a size limit, no unknown fields."""

from __future__ import annotations

from typing import TypeVar

import msgspec
from starlette.requests import Request

from protocol.codec import NUL_REFUSED, contains_nul
from protocol.errors import ErrorCode, ProtocolError

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


async def read_json(request: Request, body_type: type[T], max_bytes: int) -> T:
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != "application/json":
        # Also a CSRF guard: a cross-site form cannot send application/json.
        raise ProtocolError("send the body as application/json", code=ErrorCode.UNSUPPORTED)
    raw = await read_limited(request, max_bytes)
    try:
        body = msgspec.json.decode(raw, type=body_type)
    except msgspec.ValidationError as exc:
        raise ProtocolError(str(exc), code=ErrorCode.INVALID) from exc
    except msgspec.DecodeError as exc:
        raise ProtocolError(f"body is not valid JSON: {exc}") from exc
    if contains_nul(raw):
        raise ProtocolError(NUL_REFUSED, code=ErrorCode.INVALID)
    return body
