"""Routes: registration, sign-in, sessions, profile, national admins' decisions."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from protocol import api

from ..services import accounts as account_service
from ..services.accounts import OpenedSession, account_out
from ..services.sign_in_throttle import EMAIL, USERNAME
from .auth import clear_session_cookies, client_address, set_session_cookies
from .routing import ApiRouter, Call, Reply

router = ApiRouter("accounts")


def signed_in_reply(call: Call[Any], opened: OpenedSession, mode: str, status: int) -> Reply:
    """Cookie mode sets the HttpOnly session cookie; token mode returns a bearer token."""
    body = api.SessionOut(
        account=account_out(opened.account),
        csrf_token=opened.csrf_token,
        expires_at=opened.expires_at,
        token=opened.token if mode == "token" else None,
    )
    settings = call.ctx.settings

    def with_cookies(response: Response) -> None:
        set_session_cookies(response, opened, settings)

    return Reply(body, status, with_cookies if mode == "cookie" else None)


@router.operation(
    "POST",
    "/api/accounts/teachers",
    "Register as a teacher; the account stays pending until a national admin validates it",
    body=api.RegisterTeacher,
    response=api.AccountOut,
    status=201,
    auth=False,
    errors=(409,),
)
async def register_teacher(call: Call[api.RegisterTeacher]) -> api.AccountOut:
    account = await account_service.register_teacher(call.db, call.ctx.secrets, call.now, call.body)
    return account_out(account)


@router.operation(
    "POST",
    "/api/auth/login",
    "Sign in with e-mail and password (teachers, guests, national admins)",
    body=api.Login,
    response=api.SessionOut,
    auth=False,
    errors=(401, 403, 429),
)
async def login(call: Call[api.Login]) -> Reply:
    throttle = call.ctx.sign_in_throttle
    keys = await throttle.keys(EMAIL, call.body.email, client_address(call.request))
    account_id = await throttle.guard(
        keys,
        lambda: account_service.check_password(
            call.ctx.sessionmaker, call.ctx.secrets, call.body.email, call.body.password
        ),
    )
    account = await account_service.account_to_sign_in(call.db, account_id)
    opened = account_service.open_session(
        call.db, account, call.now, call.ctx.settings.session_lifetime
    )
    return signed_in_reply(call, opened, call.body.mode, 200)


@router.operation(
    "POST",
    "/api/auth/pupil-login",
    "Sign in as a pupil with the username and code the teacher handed out",
    body=api.PupilLogin,
    response=api.SessionOut,
    auth=False,
    errors=(401, 403, 429),
)
async def pupil_login(call: Call[api.PupilLogin]) -> Reply:
    throttle = call.ctx.sign_in_throttle
    keys = await throttle.keys(USERNAME, call.body.username, client_address(call.request))
    account_id = await throttle.guard(
        keys,
        lambda: account_service.check_pupil_code(
            call.ctx.sessionmaker, call.ctx.secrets, call.body.username, call.body.code
        ),
    )
    account = await account_service.account_to_sign_in(call.db, account_id)
    opened = account_service.open_session(
        call.db, account, call.now, call.ctx.settings.session_lifetime
    )
    return signed_in_reply(call, opened, call.body.mode, 200)


@router.operation("POST", "/api/auth/logout", "End this session", status=204)
async def logout(call: Call[None]) -> Reply:
    await account_service.end_session(call.db, call.account.id, call.signed_in_session)
    settings = call.ctx.settings
    return Reply(None, 204, lambda response: clear_session_cookies(response, settings))


@router.operation("GET", "/api/me", "The signed-in account", response=api.AccountOut)
async def me(call: Call[None]) -> api.AccountOut:
    return account_out(call.account)


@router.operation(
    "PATCH",
    "/api/me",
    "Edit one's own profile (not pupils: their teacher keeps it)",
    body=api.EditProfile,
    response=api.AccountOut,
)
async def edit_me(call: Call[api.EditProfile]) -> api.AccountOut:
    return account_out(account_service.edit_profile(call.account, call.body))


@router.operation(
    "GET",
    "/api/admin/pending-teachers",
    "Pending teachers of the national admin's country",
    response=list[api.AccountOut],
    errors=(403,),
)
async def pending_teachers(call: Call[None]) -> list[api.AccountOut]:
    found = await account_service.list_pending_teachers(call.db, call.account)
    return [account_out(account) for account in found]


def status_change_route(change: str, summary: str) -> None:
    async def handler(call: Call[api.StatusChange]) -> api.AccountOut:
        account = await account_service.change_status(
            call.db,
            call.account,
            call.path_id("account_id"),
            change,
            call.now,
            call.body.reason,
            call.ctx.settings.video,
        )
        return account_out(account)

    handler.__name__ = f"{change}_account"
    router.operation(
        "POST",
        f"/api/admin/accounts/{{account_id:int}}/{change}",
        summary,
        body=api.StatusChange,
        response=api.AccountOut,
        errors=(403, 404, 409),
    )(handler)


status_change_route("validate", "Validate a pending teacher of one's country: an eTwinner")
status_change_route("reject", "Reject a pending teacher of one's country")
status_change_route("suspend", "Suspend an account of one's country, ending all its sessions")
status_change_route("reinstate", "Reinstate a suspended account of one's country")
