"""One's own account (issue 17): a new password, signing out everywhere, a forgotten password.

A national admin's search of their country's accounts is here too: it reads accounts the way
the console shows them.
"""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage

from sqlalchemy.ext.asyncio import AsyncSession

from protocol import api
from protocol.errors import ErrorCode, Gone, Unauthenticated, present
from protocol.vocabulary import AccountKind, AccountStatus
from storage.models import Account
from storage.repositories import accounts as account_repo
from storage.repositories import auth_sessions as session_repo
from storage.repositories import password_resets as reset_repo

from ..mail.settings import MailSettings
from ..mail.texts import reset_message
from ..policy import AccountAction, decide_account
from ..security import Secrets, new_token, token_hash
from .access import actor_of, enforce
from .accounts import account_out
from .commands import SessionsEnded
from .outbox import outbox_of

WRONG_CURRENT_PASSWORD = "the current password is wrong"  # noqa: S105 - a message
LINK_GONE = "this link has expired or was used already: ask for a new one"
#: Who signs in by e-mail and password, and so may be mailed a reset link.
PASSWORD_KINDS = frozenset({AccountKind.TEACHER, AccountKind.GUEST, AccountKind.NATIONAL_ADMIN})
#: Accounts a national admin's search shows: people who sign in by e-mail, of one country.
SEARCHED_KINDS = (AccountKind.TEACHER, AccountKind.GUEST)
#: Most accounts on one page of the search (default 20; the page asks for 20).
MAX_PAGE = 100


async def check_current_password(secrets: Secrets, actor: Account, password: str) -> None:
    """Unauthenticated (bad_credentials) unless ``password`` is the account's."""
    if not await secrets.verify_password(actor.password_hash, password):
        raise Unauthenticated(WRONG_CURRENT_PASSWORD, code=ErrorCode.BAD_CREDENTIALS)


def enforce_change_password(actor: Account) -> None:
    enforce(decide_account(actor_of(actor), AccountAction.CHANGE_OWN_PASSWORD))


async def change_password(
    session: AsyncSession, actor: Account, keep_session_id: int, password_hash: str
) -> None:
    """Set the new password (checked and hashed by the caller) and end every other sign-in:
    whoever knew the old password is out, this browser stays in."""
    enforce_change_password(actor)
    actor.password_hash = password_hash
    ended = await session_repo.delete_others(session, actor.id, keep_session_id)
    outbox = outbox_of(session)
    for session_id in ended:
        outbox.command(SessionsEnded(account_id=actor.id, session_id=session_id))


async def end_every_session(session: AsyncSession, actor: Account) -> None:
    """Sign out everywhere: every session, and every live connection on every process."""
    enforce(decide_account(actor_of(actor), AccountAction.END_OWN_SESSIONS))
    await session_repo.delete_for_account(session, actor.id)
    outbox_of(session).command(SessionsEnded(account_id=actor.id, session_id=None))


async def request_reset(
    session: AsyncSession, now: dt.datetime, mail: MailSettings, email: str, site_url: str
) -> EmailMessage | None:
    """The reset mail to send, or None when no account that signs in by password has this
    address (the caller answers the same either way: no account enumeration)."""
    account = await account_repo.find_by_email(session, email)
    if (
        account is None
        or account.email is None
        or account.kind not in PASSWORD_KINDS
        or account.status not in (AccountStatus.ACTIVE, AccountStatus.PENDING)
    ):
        return None
    token = new_token()
    reset_repo.add(
        session,
        account_id=account.id,
        token_hash=token_hash(token),
        now=now,
        lifetime=mail.reset_lifetime,
    )
    return reset_message(
        to=account.email,
        sender=mail.mail_from,
        name=account.display_name,
        link=f"{site_url}/#/reset/{token}",
        minutes=max(1, round(mail.reset_lifetime.total_seconds() / 60)),
        language=account.language,
    )


async def complete_reset(
    session: AsyncSession, now: dt.datetime, token: str, password_hash: str
) -> Account:
    """Spend the link and set the new password; every sign-in of the account ends."""
    account_id = await reset_repo.take(session, token_hash(token), now)
    account = await account_repo.get(session, account_id) if account_id is not None else None
    if account is None or account.status not in (AccountStatus.ACTIVE, AccountStatus.PENDING):
        raise Gone(LINK_GONE)
    account.password_hash = password_hash
    await reset_repo.forget_for_account(session, account.id, now)
    await session_repo.delete_for_account(session, account.id)
    outbox_of(session).command(SessionsEnded(account_id=account.id, session_id=None))
    return account


async def search_accounts(
    session: AsyncSession, actor: Account, words: str, offset: int, limit: int
) -> api.AccountPage:
    """One page of the national admin's country's accounts matching ``words``."""
    enforce(decide_account(actor_of(actor), AccountAction.SEARCH_ACCOUNTS))
    # Every national admin has one (create_national_admin).
    country = present(actor.country, "the national admin's country")
    found, total = await account_repo.search(
        session,
        country=country,
        words=words,
        offset=offset,
        limit=min(limit, MAX_PAGE),
        kinds=SEARCHED_KINDS,
    )
    return api.AccountPage(
        accounts=[account_out(account) for account in found],
        total=total,
        offset=offset,
        limit=limit,
    )
