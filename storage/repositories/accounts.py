"""Accounts: lookups by id, e-mail and pupil username; status changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from protocol.vocabulary import AccountKind, AccountStatus

from ..models import Account
from ..text_match import holds


async def get(session: AsyncSession, account_id: int) -> Account | None:
    return await session.get(Account, account_id)


async def find_by_email(session: AsyncSession, email: str) -> Account | None:
    result = await session.execute(select(Account).where(Account.email == email.lower()))
    return result.scalar_one_or_none()


async def find_by_username(session: AsyncSession, username: str) -> Account | None:
    result = await session.execute(select(Account).where(Account.username == username.lower()))
    return result.scalar_one_or_none()


async def usernames_taken(session: AsyncSession, usernames: Sequence[str]) -> set[str]:
    result = await session.execute(select(Account.username).where(Account.username.in_(usernames)))
    return {name for name in result.scalars() if name is not None}


async def list_by_status(
    session: AsyncSession,
    *,
    kind: AccountKind,
    status: AccountStatus,
    country: str | None,
    limit: int = 200,
) -> Sequence[Account]:
    query = select(Account).where(Account.kind == kind, Account.status == status)
    if country is not None:
        query = query.where(Account.country == country)
    result = await session.execute(query.order_by(Account.id).limit(limit))
    return result.scalars().all()


async def search_etwinners(
    session: AsyncSession, text: str, *, after_id: int | None, limit: int
) -> Sequence[Account]:
    """Validated teachers whose name, school or country holds ``text`` (any case), by id,
    from after ``after_id``: a directory of partners, paged by a stable cursor."""
    query = select(Account).where(
        Account.kind == AccountKind.TEACHER, Account.status == AccountStatus.ACTIVE
    )
    words = text.strip()
    if words:
        columns = (Account.display_name, Account.school, Account.country)
        query = query.where(or_(*(holds(column, words) for column in columns)))
    if after_id is not None:
        query = query.where(Account.id > after_id)
    result = await session.execute(query.order_by(Account.id).limit(limit))
    return result.scalars().all()


async def count(session: AsyncSession) -> int:
    result = await session.execute(select(func.count()).select_from(Account))
    return int(result.scalar_one())


def new(
    *,
    kind: AccountKind,
    status: AccountStatus,
    display_name: str,
    now: dt.datetime,
    email: str | None = None,
    password_hash: str | None = None,
    username: str | None = None,
    login_code_hash: str | None = None,
    school: str | None = None,
    country: str | None = None,
    created_by_id: int | None = None,
    language: str | None = None,
) -> Account:
    """A new account, its timestamps set, in no session yet (the caller adds it and flushes
    for its id, or :func:`stored_once` does)."""
    return Account(
        kind=kind,
        status=status,
        display_name=display_name,
        email=email,
        password_hash=password_hash,
        username=username,
        login_code_hash=login_code_hash,
        school=school,
        country=country,
        created_by_id=created_by_id,
        language=language,
        created_at=now,
        status_changed_at=now,
    )


async def stored_once(session: AsyncSession, account: Account) -> bool:
    """Store ``account`` now, or answer False when its username (or e-mail) was taken
    meanwhile by another transaction: inside a savepoint, so the caller's transaction carries
    on and can try another name."""
    try:
        async with session.begin_nested():
            session.add(account)
            await session.flush()
    except IntegrityError:
        return False  # the savepoint's rollback took the account out of the session
    return True


def set_status(
    account: Account, status: AccountStatus, *, by: int | None, now: dt.datetime
) -> None:
    account.status = status
    account.status_changed_at = now
    account.status_changed_by_id = by


async def search(
    session: AsyncSession,
    *,
    country: str,
    words: str,
    offset: int,
    limit: int,
    kinds: Sequence[AccountKind],
) -> tuple[Sequence[Account], int]:
    """One page of a country's accounts whose name, e-mail or school holds every word
    (case-insensitive), newest first, and how many match in all."""
    query = select(Account).where(Account.country == country, Account.kind.in_(kinds))
    for word in words.split():
        columns = (Account.display_name, Account.email, Account.school)
        query = query.where(or_(*(holds(column, word) for column in columns)))
    total = await session.execute(select(func.count()).select_from(query.subquery()))
    page = await session.execute(
        query.order_by(Account.created_at.desc(), Account.id.desc()).offset(offset).limit(limit)
    )
    return page.scalars().all(), int(total.scalar_one())
