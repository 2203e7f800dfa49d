"""One mapping from error codes to HTTP statuses, and the JSON error body."""

from __future__ import annotations

import logging
from collections.abc import Mapping

import msgspec
from sqlalchemy import exc as sa_exc
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from protocol import api
from protocol.errors import ErrorCode, InvariantBroken, RateLimited, TwinspaceError
from storage.database import DATABASE_DOWN

from ..brokers.redis_client import REDIS_DOWN

logger = logging.getLogger("twinspace.http")

HTTP_STATUS: dict[ErrorCode, int] = {
    ErrorCode.MALFORMED: 400,
    ErrorCode.TOO_LARGE: 413,
    ErrorCode.UNSUPPORTED: 415,
    ErrorCode.INVALID: 422,
    ErrorCode.CSRF: 403,
    ErrorCode.UNAUTHENTICATED: 401,
    ErrorCode.BAD_CREDENTIALS: 401,
    ErrorCode.FORBIDDEN: 403,
    ErrorCode.NOT_FOUND: 404,
    ErrorCode.CONFLICT: 409,
    ErrorCode.GONE: 410,
    ErrorCode.RATE_LIMITED: 429,
    ErrorCode.LIMIT_EXCEEDED: 422,
    ErrorCode.UNAVAILABLE: 503,
    ErrorCode.INTERNAL: 500,
    ErrorCode.QUOTA_EXCEEDED: 413,
    ErrorCode.INSUFFICIENT_STORAGE: 507,
    ErrorCode.REQUEST_TIMEOUT: 408,
    ErrorCode.ACCOUNT_SUSPENDED: 403,
    ErrorCode.ACCOUNT_REJECTED: 403,
}

STATUS_CODE: dict[int, ErrorCode] = {
    404: ErrorCode.NOT_FOUND,
    405: ErrorCode.UNSUPPORTED,
    400: ErrorCode.MALFORMED,
}


def error_response(
    code: ErrorCode,
    message: str,
    status: int | None = None,
    headers: Mapping[str, str] | None = None,
    *,
    detail: TwinspaceError | None = None,
) -> Response:
    """The JSON error body; ``detail`` adds the error's reason, params and refused fields."""
    error = api.ErrorDetail(code=code.value, message=message)
    if detail is not None:
        error = api.ErrorDetail(
            code=code.value,
            message=message,
            reason=detail.reason,
            params=detail.params,
            fields=list(detail.fields),
        )
    body = api.ErrorOut(error=error)
    return Response(
        msgspec.json.encode(body),
        status_code=status or HTTP_STATUS[code],
        media_type="application/json",
        headers={"Cache-Control": "no-store", **(headers or {})},
    )


async def on_twinspace_error(request: Request, exc: Exception) -> Response:
    if not isinstance(exc, TwinspaceError) or isinstance(exc, InvariantBroken):
        # Our own broken rule is an unexpected failure like any other: logged, no details.
        return await on_unexpected(request, exc)
    if isinstance(exc, RateLimited):
        return error_response(
            exc.code, exc.message, headers={"Retry-After": str(exc.retry_after_s)}, detail=exc
        )
    if exc.code is ErrorCode.REQUEST_TIMEOUT:
        # The rest of the body is not read: the connection cannot carry another request.
        return error_response(exc.code, exc.message, headers={"Connection": "close"}, detail=exc)
    return error_response(exc.code, exc.message, detail=exc)


async def on_http_exception(request: Request, exc: Exception) -> Response:
    if not isinstance(exc, HTTPException):  # registered for HTTPException only
        return await on_unexpected(request, exc)
    code = STATUS_CODE.get(exc.status_code, ErrorCode.MALFORMED)
    message = "no such route" if exc.status_code == 404 else str(exc.detail)
    # Keep Starlette's own headers: a 405 must say what is Allowed.
    return error_response(code, message, exc.status_code, exc.headers)


async def on_integrity_error(request: Request, exc: Exception) -> Response:
    # Two requests raced for the same unique value; the loser hears it plainly.
    return error_response(ErrorCode.CONFLICT, "that already exists")


async def on_database_down(request: Request, exc: Exception) -> Response:
    if "readonly database" in str(exc):
        # A write in a reading transaction (a GET not declared ``writes=True``): our bug, not
        # an outage that passes, so a 500 with its traceback rather than "try again soon".
        return await on_unexpected(request, exc)
    logger.warning("database unavailable: %s", type(exc).__name__)
    return error_response(ErrorCode.UNAVAILABLE, "the database is unavailable; try again soon")


async def on_redis_down(request: Request, exc: Exception) -> Response:
    logger.warning("Redis unavailable: %s", type(exc).__name__)
    message = "a part of the server is unavailable; try again soon"
    return error_response(ErrorCode.UNAVAILABLE, message)


async def on_unexpected(request: Request, exc: Exception) -> Response:
    # Never tell a client what went wrong inside: it gets a bare INTERNAL error.
    logger.exception("unexpected error on %s %s", request.method, request.url.path)
    return error_response(ErrorCode.INTERNAL, "internal error")


EXCEPTION_HANDLERS = {
    TwinspaceError: on_twinspace_error,
    HTTPException: on_http_exception,
    sa_exc.IntegrityError: on_integrity_error,
    **dict.fromkeys(DATABASE_DOWN, on_database_down),
    ConnectionError: on_database_down,
    **dict.fromkeys(REDIS_DOWN, on_redis_down),
    Exception: on_unexpected,
}
