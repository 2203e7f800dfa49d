"""Who is asking: a session cookie (browsers, with a CSRF token) or a bearer token."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request
from starlette.responses import Response

from protocol.errors import ErrorCode, ProtocolError, Unauthenticated
from storage.models import Account, AuthSession

from ..config import Settings
from ..security import tokens_match
from ..services import accounts as account_service
from ..services.accounts import SESSION_COOKIE

CSRF_COOKIE = "twinspace_csrf"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def client_address(request: Request) -> str:
    """The peer's address, as uvicorn reports it (behind a trusted proxy, the forwarded one)."""
    return request.client.host if request.client else "unknown"


def presented_token(request: Request) -> tuple[str, bool] | None:
    """The session token and whether it came from the cookie."""
    authorization = request.headers.get("authorization")
    if authorization is not None:
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Unauthenticated("use 'Authorization: Bearer <token>'")
        return token.strip(), False
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        return cookie, True
    return None


async def authenticate(
    request: Request, db: AsyncSession, now: dt.datetime
) -> tuple[AuthSession, Account, str]:
    """The live session and account behind the request, or Unauthenticated.

    A cookie-authenticated write must carry the session's CSRF token in X-CSRF-Token.
    """
    presented = presented_token(request)
    if presented is None:
        raise Unauthenticated("sign in first")
    token, from_cookie = presented
    auth_session, account = await account_service.resolve_session(db, token, now)
    if from_cookie and request.method not in SAFE_METHODS:
        csrf = request.headers.get(CSRF_HEADER, "")
        if not csrf or not tokens_match(csrf, auth_session.csrf_hash):
            raise ProtocolError("missing or wrong X-CSRF-Token header", code=ErrorCode.CSRF)
    return auth_session, account, token


def set_session_cookies(
    response: Response, opened: account_service.OpenedSession, settings: Settings
) -> None:
    max_age = int(settings.session_lifetime.total_seconds())
    secure = settings.effective_cookie_secure
    response.set_cookie(
        SESSION_COOKIE,
        opened.token,
        max_age=max_age,
        httponly=True,
        samesite="lax",
        secure=secure,
        path="/",
    )
    # Readable by the page's script, which echoes it in X-CSRF-Token (double submit, bound
    # to the session by its hash on the server).
    response.set_cookie(
        CSRF_COOKIE,
        opened.csrf_token,
        max_age=max_age,
        httponly=False,
        samesite="strict",
        secure=secure,
        path="/",
    )


def clear_session_cookies(response: Response, settings: Settings) -> None:
    for name in (SESSION_COOKIE, CSRF_COOKIE):
        response.delete_cookie(name, path="/", secure=settings.effective_cookie_secure)
