"""Routes: one's own password and sign-ins, a forgotten password, a national admin's search
(issue 17). See server/services/own_account.py for what each does."""

from __future__ import annotations

from typing import Any

from protocol import api
from protocol.errors import ErrorCode, ProtocolError, present

from ..services import own_account
from ..services.sign_in_throttle import EMAIL, SignInLimits, SignInThrottle
from .auth import clear_session_cookies, client_address
from .routing import ApiRouter, Call, Reply

router = ApiRouter("accounts")

#: Reset mails asked for, per 15 minutes: 3 for one address from one machine, 5 for one
#: address from anywhere, 20 from one machine over any addresses. Past them the request is
#: answered 429 with Retry-After, for known and unknown addresses alike (counted before the
#: lookup), so nobody floods a teacher's inbox or learns which addresses exist.
RESET_LIMITS = SignInLimits(per_address_account=3, per_account=5, per_address=20)
#: The reset requests' counters: apart from the sign-in ones (a name kind of their own).
RESET = "reset"
#: Longest search text of the national admin's console.
MAX_SEARCH_CHARS = 200
PAGE_DEFAULT = 20


def site_url(call: Call[Any]) -> str:
    """The site's address for links in mail: the configured one, else where the request came
    (only the embedded default, mailing into the data folder, may rely on the Host header)."""
    configured = call.ctx.settings.mail.public_url
    return configured or str(call.request.base_url).rstrip("/")


@router.operation(
    "POST",
    "/api/auth/password-reset",
    "Mail a one-use link to choose a new password; answers 202 whether the address has an "
    "account or not",
    body=api.RequestPasswordReset,
    status=202,
    auth=False,
    errors=(429,),
)
async def request_password_reset(call: Call[api.RequestPasswordReset]) -> Reply:
    throttle = SignInThrottle(call.ctx.sign_in_throttle.counter, RESET_LIMITS)
    keys = await throttle.keys(RESET, call.body.email, client_address(call.request))
    await throttle.check(keys)
    await throttle.failed(keys)  # every request spends the budget: none is "right"
    message = await own_account.request_reset(
        call.db, call.now, call.ctx.settings.mail, call.body.email, site_url(call)
    )
    mailer = call.ctx.mailer

    async def send() -> None:
        if message is not None:
            mailer.dispatch(message)  # in the background: the answer's timing tells nothing

    return Reply(None, 202, after_commit=send)


@router.operation(
    "POST",
    "/api/auth/password-reset/complete",
    "Choose a new password with a reset link's secret; every sign-in of the account ends",
    body=api.ResetPassword,
    status=204,
    auth=False,
    errors=(410,),
)
async def complete_password_reset(call: Call[api.ResetPassword]) -> Reply:
    password_hash = await call.ctx.secrets.hash_password(call.body.password)
    account = await own_account.complete_reset(call.db, call.now, call.body.token, password_hash)
    email = account.email
    throttle = call.ctx.sign_in_throttle

    async def lift_lockout() -> None:
        if email is not None:  # the owner proved it by mail: guesses by others stop counting
            await throttle.lift_account(EMAIL, email)

    return Reply(None, 204, after_commit=lift_lockout)


@router.operation(
    "POST",
    "/api/auth/password",
    "Change one's own password (the current one is asked); one's other sign-ins end",
    body=api.ChangePassword,
    status=204,
    errors=(401, 403, 429),
)
async def change_password(call: Call[api.ChangePassword]) -> Reply:
    actor = call.account
    own_account.enforce_change_password(actor)
    secrets = call.ctx.secrets
    throttle = call.ctx.sign_in_throttle
    email = present(actor.email, "the e-mail address of an account that may change its password")
    keys = await throttle.keys(EMAIL, email, client_address(call.request))
    await throttle.guard(
        keys,
        lambda: own_account.check_current_password(secrets, actor, call.body.current_password),
    )
    password_hash = await secrets.hash_password(call.body.new_password)
    await own_account.change_password(call.db, actor, call.signed_in_session, password_hash)
    return Reply(None, 204)


@router.operation(
    "POST",
    "/api/auth/logout-everywhere",
    "End every session of one's account, this one included, and every live connection",
    status=204,
)
async def logout_everywhere(call: Call[None]) -> Reply:
    await own_account.end_every_session(call.db, call.account)
    settings = call.ctx.settings
    return Reply(None, 204, lambda response: clear_session_cookies(response, settings))


@router.operation(
    "GET",
    "/api/admin/accounts",
    "Search the accounts of the national admin's country by name, e-mail or school, newest "
    "first, one page at a time",
    response=api.AccountPage,
    errors=(403, 422),
    query=("offset", "limit"),
    text_query=("q",),
)
async def search_accounts(call: Call[None]) -> api.AccountPage:
    words = call.request.query_params.get("q", "")
    if len(words) > MAX_SEARCH_CHARS:
        raise ProtocolError(
            f"query parameter 'q' must hold at most {MAX_SEARCH_CHARS} characters",
            code=ErrorCode.INVALID,
        )
    offset = call.query_int("offset", 0, 0, 1_000_000) or 0
    limit = call.query_int("limit", PAGE_DEFAULT, 1, own_account.MAX_PAGE) or PAGE_DEFAULT
    return await own_account.search_accounts(call.db, call.account, words, offset, limit)
