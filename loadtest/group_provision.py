"""One group of thousands of eTwinners, made in a few bulk statements (issue 21's size).

Creating 5,000 members through the HTTP API means 5,000 registrations, validations and
joins; the load test and the size tests need the rows, not the paths that make them (those
have their own tests), so this writes them straight into storage: the accounts (validated
eTwinners, each with the same password hash so that signing in works), the group's space and
``groups`` row, and the memberships (the first account is the owner, the second a moderator).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from protocol.vocabulary import AccountKind, AccountStatus, GroupAccess, Role, SpaceKind
from storage.models import Account, Group, Membership, Space

#: Rows per INSERT: under SQLite's and asyncpg's limits on bound parameters.
BATCH = 1000


@dataclass(frozen=True, slots=True)
class ProvisionedGroup:
    space_id: int
    #: Account ids in order: ``[0]`` the owner, ``[1]`` a moderator, then members.
    account_ids: tuple[int, ...]

    @property
    def owner_id(self) -> int:
        return self.account_ids[0]


def member_name(index: int) -> str:
    return "Owner" if index == 0 else f"Member {index}"


def member_email(run: str, index: int) -> str:
    return f"group-{run}-{index}@load.example"


def role_of(index: int) -> Role:
    return Role.FOUNDER if index == 0 else Role.ADMIN if index == 1 else Role.TEACHER


async def provision_group(
    sessionmaker: async_sessionmaker[AsyncSession],
    members: int,
    now: dt.datetime,
    *,
    run: str = "size",
    password_hash: str | None = None,
    country: str = "FR",
) -> ProvisionedGroup:
    """A group of ``members`` validated eTwinners (at least 2), in one transaction."""
    async with sessionmaker() as db, db.begin():
        rows = [
            {
                "kind": AccountKind.TEACHER,
                "status": AccountStatus.ACTIVE,
                "display_name": member_name(i),
                "name_key": member_name(i).casefold(),  # a bulk insert skips the validator
                "email": member_email(run, i),
                "password_hash": password_hash,
                "country": country,
                "school": "Load school",
                "created_at": now,
                "status_changed_at": now,
            }
            for i in range(max(members, 2))
        ]
        ids: list[int] = []
        for start in range(0, len(rows), BATCH):
            batch = rows[start : start + BATCH]
            made = await db.execute(insert(Account).returning(Account.id), batch)
            ids.extend(made.scalars().all())
        space = Space(
            kind=SpaceKind.GROUP, title=f"Group {run}", created_at=now, created_by_id=ids[0]
        )
        db.add(space)
        await db.flush()
        db.add(
            Group(
                space_id=space.id,
                topic="Load",
                language="en",
                access=GroupAccess.OPEN,
                featured=False,
                last_activity_at=now,
            )
        )
        memberships = [
            {"space_id": space.id, "account_id": a, "role": role_of(i), "created_at": now}
            for i, a in enumerate(ids)
        ]
        for start in range(0, len(memberships), BATCH):
            await db.execute(insert(Membership), memberships[start : start + BATCH])
    return ProvisionedGroup(space.id, tuple(ids))
