"""Accounts: teacher registration, sign-in, sessions, profiles, validation and suspension."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from protocol import api
from protocol.errors import (
    Conflict,
    ErrorCode,
    ErrorReason,
    Forbidden,
    NotFound,
    Unauthenticated,
)
from protocol.vocabulary import AccountKind, AccountStatus, AuditAction
from storage.models import Account, AuthSession
from storage.repositories import accounts as account_repo
from storage.repositories import audit as audit_repo
from storage.repositories import auth_sessions as session_repo

from ..config import VideoSettings
from ..policy import AccountAction, AccountFacts, decide_account
from ..security import Secrets, new_token, token_hash
from .access import actor_of, enforce
from .commands import AccountActivated, AccountLocked, SessionsEnded
from .event_stage_hold import suspended_off_stage
from .outbox import outbox_of

BAD_CREDENTIALS = "e-mail or password is wrong"
BAD_PUPIL_CREDENTIALS = "username or code is wrong"
NO_SUCH_ACCOUNT = "no such account"
#: The cookie that carries a session's token: set by the HTTP edge, read by it and by the
#: WebSocket edge (both resolve it here, with resolve_session).
SESSION_COOKIE = "twinspace_session"


@dataclass(frozen=True, slots=True)
class OpenedSession:
    """A new session; the two tokens exist in clear only in this value, once."""

    account: Account
    token: str
    csrf_token: str
    expires_at: dt.datetime


def account_out(account: Account, *, with_private: bool = True) -> api.AccountOut:
    return api.AccountOut(
        id=account.id,
        kind=account.kind,
        status=account.status,
        display_name=account.display_name,
        email=account.email if with_private else None,
        username=account.username if with_private else None,
        school=account.school,
        country=account.country,
        language=account.language if with_private else None,
        created_at=account.created_at,
    )


async def register_teacher(
    session: AsyncSession, secrets: Secrets, now: dt.datetime, body: api.RegisterTeacher
) -> Account:
    # Hashed before the first query, so the transaction holds no lock while argon2 works.
    password_hash = await secrets.hash_password(body.password)
    email = body.email.lower()
    if await account_repo.find_by_email(session, email):
        raise Conflict("an account with this e-mail address exists already")
    account = account_repo.new(
        kind=AccountKind.TEACHER,
        status=AccountStatus.PENDING,
        display_name=body.display_name.strip(),
        email=email,
        password_hash=password_hash,
        school=body.school.strip(),
        country=body.country,
        language=body.language,
        now=now,
    )
    session.add(account)
    await session.flush()
    return account


def check_may_sign_in(account: Account) -> None:
    if account.status is AccountStatus.SUSPENDED:
        raise Forbidden("this account is suspended", code=ErrorCode.ACCOUNT_SUSPENDED)
    if account.status is AccountStatus.REJECTED:
        raise Forbidden("this registration was rejected", code=ErrorCode.ACCOUNT_REJECTED)
    if account.status is AccountStatus.ERASED:
        raise Unauthenticated(BAD_CREDENTIALS, code=ErrorCode.BAD_CREDENTIALS)


async def check_password(
    sessionmaker: async_sessionmaker[AsyncSession], secrets: Secrets, email: str, password: str
) -> int:
    """The id of the account this e-mail and password open, or BAD_CREDENTIALS.

    The lookup uses its own short session and argon2 runs after it, outside any transaction.
    An unknown e-mail is verified against a dummy hash: timing does not tell which exist.
    """
    async with sessionmaker() as db:
        account = await account_repo.find_by_email(db, email)
        found = (account.id, account.password_hash) if account else None
    if not await secrets.verify_password(found[1] if found else None, password) or not found:
        raise Unauthenticated(BAD_CREDENTIALS, code=ErrorCode.BAD_CREDENTIALS)
    return found[0]


async def check_pupil_code(
    sessionmaker: async_sessionmaker[AsyncSession], secrets: Secrets, username: str, code: str
) -> int:
    """The id of the pupil this username and code open, or BAD_CREDENTIALS (as above)."""
    async with sessionmaker() as db:
        account = await account_repo.find_by_username(db, username.strip())
        found = (account.id, account.login_code_hash) if account else None
    stored = found[1] if found else None
    if not await secrets.verify_login_code(stored, code.strip().lower()) or not found:
        raise Unauthenticated(BAD_PUPIL_CREDENTIALS, code=ErrorCode.BAD_CREDENTIALS)
    return found[0]


async def account_to_sign_in(session: AsyncSession, account_id: int) -> Account:
    """The account whose credentials were just checked, if it may still sign in."""
    account = await account_repo.get(session, account_id)
    if account is None:
        raise Unauthenticated(BAD_CREDENTIALS, code=ErrorCode.BAD_CREDENTIALS)
    check_may_sign_in(account)
    return account


def open_session(
    session: AsyncSession, account: Account, now: dt.datetime, lifetime: dt.timedelta
) -> OpenedSession:
    token, csrf_token = new_token(), new_token()
    expires_at = now + lifetime
    session.add(
        AuthSession(
            token_hash=token_hash(token),
            csrf_hash=token_hash(csrf_token),
            account_id=account.id,
            created_at=now,
            expires_at=expires_at,
        )
    )
    return OpenedSession(account, token, csrf_token, expires_at)


async def resolve_session(
    session: AsyncSession, token: str, now: dt.datetime
) -> tuple[AuthSession, Account]:
    """The live session of a token, or Unauthenticated (unknown, expired, suspended)."""
    found = await session_repo.find_live(session, token_hash(token), now)
    if found is None:
        raise Unauthenticated("not signed in, or the session has expired")
    auth_session, account = found
    if account.status not in (AccountStatus.ACTIVE, AccountStatus.PENDING):
        raise Unauthenticated("not signed in, or the session has expired")
    return auth_session, account


async def end_session(session: AsyncSession, account_id: int, session_id: int) -> None:
    """Log out one session; its live connections close too."""
    await session_repo.delete_by_id(session, session_id)
    outbox_of(session).command(SessionsEnded(account_id=account_id, session_id=session_id))


def edit_profile(actor: Account, body: api.EditProfile) -> Account:
    """One's own profile; every part asked for is allowed, or nothing changes. The language
    alone is a pupil's to set: a body with only it asks for nothing else."""
    facts = actor_of(actor)
    if body.display_name is not None or body.school is not None or body.language is None:
        enforce(decide_account(facts, AccountAction.EDIT_OWN_PROFILE))
    if body.school is not None:
        enforce(decide_account(facts, AccountAction.SET_OWN_SCHOOL))
    if body.language is not None:
        enforce(decide_account(facts, AccountAction.SET_OWN_LANGUAGE))
    if body.display_name is not None:
        actor.display_name = body.display_name.strip()
    if body.school is not None:
        actor.school = body.school.strip()
    if body.language is not None:
        actor.language = body.language
    return actor


async def list_pending_teachers(session: AsyncSession, actor: Account) -> list[Account]:
    enforce(decide_account(actor_of(actor), AccountAction.LIST_PENDING_TEACHERS))
    found = await account_repo.list_by_status(
        session, kind=AccountKind.TEACHER, status=AccountStatus.PENDING, country=actor.country
    )
    return list(found)


class StatusChange(NamedTuple):
    """One national-admin decision: what the policy is asked, the statuses it may start
    from, the status it leads to, and what the audit log calls it."""

    action: AccountAction
    from_statuses: frozenset[AccountStatus]
    to_status: AccountStatus
    audit_action: AuditAction


STATUS_CHANGES: dict[str, StatusChange] = {
    "validate": StatusChange(
        AccountAction.VALIDATE_TEACHER,
        frozenset({AccountStatus.PENDING}),
        AccountStatus.ACTIVE,
        AuditAction.ACCOUNT_VALIDATED,
    ),
    "reject": StatusChange(
        AccountAction.VALIDATE_TEACHER,
        frozenset({AccountStatus.PENDING}),
        AccountStatus.REJECTED,
        AuditAction.ACCOUNT_REJECTED,
    ),
    "suspend": StatusChange(
        AccountAction.SUSPEND_ACCOUNT,
        frozenset({AccountStatus.ACTIVE, AccountStatus.PENDING}),
        AccountStatus.SUSPENDED,
        AuditAction.ACCOUNT_SUSPENDED,
    ),
    "reinstate": StatusChange(
        AccountAction.SUSPEND_ACCOUNT,
        frozenset({AccountStatus.SUSPENDED}),
        AccountStatus.ACTIVE,
        AuditAction.ACCOUNT_REINSTATED,
    ),
}


async def change_status(
    session: AsyncSession,
    actor: Account | None,
    account_id: int,
    change: str,
    now: dt.datetime,
    reason: str = "",
    video: VideoSettings | None = None,
) -> Account:
    """Validate, reject, suspend or reinstate an account. ``actor`` None is the operator.
    ``video``: the SFU that a suspended account is taken off the webinars' stages at."""
    action, from_statuses, to_status, audit_action = STATUS_CHANGES[change]
    target = await account_repo.get(session, account_id)
    if actor is not None:
        facts = (
            AccountFacts(account_kind=target.kind, account_country=target.country)
            if target
            else None
        )
        enforce(decide_account(actor_of(actor), action, facts), not_found=NO_SUCH_ACCOUNT)
    if target is None:
        raise NotFound(NO_SUCH_ACCOUNT)
    if target.status not in from_statuses:
        # A state conflict (409), the service's: the policy only said who may ask.
        raise Conflict(
            f"cannot {change} an account that is {target.status.value}",
            reason=ErrorReason.WRONG_STATUS,
            params={"status": target.status.value},
        )
    account_repo.set_status(target, to_status, by=actor.id if actor else None, now=now)
    if to_status is AccountStatus.SUSPENDED or to_status is AccountStatus.REJECTED:
        # Suspension ends every session at once, and every live connection on every process.
        await session_repo.delete_for_account(session, target.id)
        outbox_of(session).command(AccountLocked(account_id=target.id))
        # Its pages speak to Janus directly: what they publish stops there too (issue 22).
        await suspended_off_stage(session, target.id, video, actor.id if actor else None, now)
    elif to_status is AccountStatus.ACTIVE:
        # Pages the teacher opened while pending are connected already: they may now follow
        # the spaces the teacher creates or is invited to, without signing in again.
        outbox_of(session).command(AccountActivated(account_id=target.id))
    audit_repo.record(
        session,
        now=now,
        action=audit_action,
        actor_id=actor.id if actor else None,
        target_account_id=target.id,
        reason=reason,
    )
    return target


async def create_national_admin(
    session: AsyncSession,
    secrets: Secrets,
    now: dt.datetime,
    *,
    email: str,
    password: str,
    display_name: str,
    country: str,
) -> Account:
    """The operator's command: a national admin for one country."""
    password_hash = await secrets.hash_password(password)
    email = email.lower()
    if await account_repo.find_by_email(session, email):
        raise Conflict("an account with this e-mail address exists already")
    account = account_repo.new(
        kind=AccountKind.NATIONAL_ADMIN,
        status=AccountStatus.ACTIVE,
        display_name=display_name,
        email=email,
        password_hash=password_hash,
        country=country,
        now=now,
    )
    session.add(account)
    await session.flush()
    audit_repo.record(
        session,
        now=now,
        action=AuditAction.NATIONAL_ADMIN_CREATED,
        actor_id=None,
        target_account_id=account.id,
        details={"country": country},
    )
    return account
