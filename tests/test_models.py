"""storage.models against the migrated schema: types, unique constraints, foreign keys."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, select, text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from protocol.vocabulary import AccountKind, AccountStatus, Role, SpaceKind
from storage.models import Account, Membership, Space

NOW = dt.datetime(2025, 3, 1, 9, 30, 15, 123456, tzinfo=dt.UTC)

Sessions = async_sessionmaker[AsyncSession]


def teacher(email: str, **fields: object) -> Account:
    return Account(
        kind=AccountKind.TEACHER,
        status=AccountStatus.ACTIVE,
        display_name=email.split("@")[0],
        email=email,
        created_at=NOW,
        status_changed_at=NOW,
        **fields,
    )


def twinspace(title: str = "Water in our towns") -> Space:
    return Space(kind=SpaceKind.TWINSPACE, title=title, created_at=NOW)


async def add_space_with_member(db: Sessions) -> tuple[int, int]:
    """A twinspace and its founder; returns (space_id, account_id)."""
    async with db() as session, session.begin():
        account, space = teacher("ana@example.org"), twinspace()
        session.add_all([account, space])
        await session.flush()
        session.add(
            Membership(space_id=space.id, account_id=account.id, role=Role.FOUNDER, created_at=NOW)
        )
    return space.id, account.id


async def test_utc_datetime_round_trips_as_aware_utc(db: Sessions) -> None:
    athens = dt.timezone(dt.timedelta(hours=2))
    muted_until = dt.datetime(2025, 3, 1, 11, 30, 15, 123456, tzinfo=athens)
    space_id, _ = await add_space_with_member(db)
    async with db() as session, session.begin():
        membership = await session.scalar(select(Membership).where(Membership.space_id == space_id))
        assert membership is not None
        membership.muted_until = muted_until

    async with db() as session:
        stored = await session.scalar(select(Membership.muted_until))
        created_at = await session.scalar(select(Account.created_at))
    assert stored == muted_until
    assert stored is not None
    assert stored.tzinfo is dt.UTC
    assert stored.hour == 9
    assert created_at == NOW
    assert created_at is not None
    assert created_at.tzinfo is dt.UTC


async def test_utc_datetime_rejects_naive_datetimes(db: Sessions) -> None:
    account = teacher("ana@example.org")
    account.created_at = dt.datetime(2025, 3, 1, 9, 30)
    with pytest.raises(StatementError, match="naive datetime"):
        async with db() as session, session.begin():
            session.add(account)


async def test_enums_are_stored_as_their_values(db: Sessions) -> None:
    await add_space_with_member(db)
    async with db() as session:
        row = (await session.execute(text("SELECT kind, status FROM accounts"))).one()
        role = await session.scalar(text("SELECT role FROM memberships"))
    assert tuple(row) == ("teacher", "active")
    assert role == "founder"


async def test_account_email_is_unique(db: Sessions) -> None:
    async with db() as session, session.begin():
        session.add(teacher("ana@example.org"))
    with pytest.raises(IntegrityError):
        async with db() as session, session.begin():
            session.add(teacher("ana@example.org"))


async def test_account_may_be_in_a_space_only_once(db: Sessions) -> None:
    space_id, account_id = await add_space_with_member(db)
    with pytest.raises(IntegrityError):
        async with db() as session, session.begin():
            session.add(
                Membership(
                    space_id=space_id, account_id=account_id, role=Role.ADMIN, created_at=NOW
                )
            )


async def test_membership_needs_an_existing_space(db: Sessions) -> None:
    # SQLite ignores foreign keys unless each connection turns them on; ours do.
    async with db() as session, session.begin():
        account = teacher("ana@example.org")
        session.add(account)
    with pytest.raises(IntegrityError):
        async with db() as session, session.begin():
            session.add(
                Membership(space_id=4242, account_id=account.id, role=Role.TEACHER, created_at=NOW)
            )


async def test_deleting_a_space_deletes_its_memberships(db: Sessions) -> None:
    space_id, account_id = await add_space_with_member(db)
    async with db() as session, session.begin():
        await session.execute(delete(Space).where(Space.id == space_id))
    async with db() as session:
        assert (await session.scalars(select(Membership))).all() == []
        assert await session.get(Account, account_id) is not None


async def test_deleting_an_account_keeps_what_it_created(db: Sessions) -> None:
    async with db() as session, session.begin():
        creator = teacher("ana@example.org")
        session.add(creator)
        await session.flush()
        session.add(teacher("ben@example.org", created_by_id=creator.id))
    async with db() as session, session.begin():
        await session.execute(delete(Account).where(Account.id == creator.id))
    async with db() as session:
        created = await session.scalar(select(Account).where(Account.email == "ben@example.org"))
    assert created is not None
    assert created.created_by_id is None
