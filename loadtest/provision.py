"""Bulk provisioning of benchmark accounts, spaces and sessions straight into the server's
database, with SQLAlchemy Core inserts of the storage models.

A benchmark fixture, not a way to create real users: it skips the services (no audit entries,
no policy checks) and sets no password or login code at all, so argon2 is skipped deliberately:
10,000 argon2 hashes would take minutes and the benchmark signs in with session tokens only.
Tokens come from :func:`server.security.new_token` and are stored as
:func:`server.security.token_hash`, exactly as a sign-in stores them, so the server resolves
them through its ordinary path.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, select

from protocol.vocabulary import AccountKind, AccountStatus, Role, SpaceKind
from server.security import new_token, token_hash
from storage.database import create_engine
from storage.models import Account, AuthSession, Membership, Space

#: How long the benchmark's sessions last (default one day; a run takes minutes).
SESSION_LIFETIME = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class ProvisionedSpace:
    space_id: int
    #: One session token per pupil, each pupil its own account (the server caps connections per
    #: account per process at 20, so every benchmark connection gets an account of its own).
    pupil_tokens: list[str]
    #: The pupils' account ids, in the order of their tokens.
    pupil_ids: list[int] = field(default_factory=list)
    #: The founder (an eTwinner) and a session of theirs: the classroom scenario's teacher.
    teacher_id: int = 0
    teacher_token: str = ""

    @property
    def channel(self) -> str:
        return f"space:{self.space_id}"


@dataclass(frozen=True, slots=True)
class Provisioned:
    spaces: list[ProvisionedSpace]
    #: Tokens of extra pupils who belong to no space: idle connections beyond the subscribers.
    extra_tokens: list[str] = field(default_factory=list)

    def all_tokens(self) -> list[str]:
        """Every token, the spaces' pupils first (space by space), then the extra accounts."""
        return [t for s in self.spaces for t in s.pupil_tokens] + self.extra_tokens


class _Rows:
    """Rows for one bulk insert per table, with ids assigned here (the database is ours)."""

    def __init__(self, first_account: int, first_space: int, now: dt.datetime) -> None:
        self.now = now
        self.run = secrets.token_hex(4)  # keeps e-mails and usernames unique across runs
        self.next_account = first_account
        self.next_space = first_space
        self.accounts: list[dict[str, Any]] = []
        self.spaces: list[dict[str, Any]] = []
        self.memberships: list[dict[str, Any]] = []
        self.sessions: list[dict[str, Any]] = []

    def account(self, kind: AccountKind, name: str, created_by: int | None) -> int:
        self.next_account += 1
        is_teacher = kind is AccountKind.TEACHER
        self.accounts.append(
            {
                "id": self.next_account,
                "kind": kind,
                "status": AccountStatus.ACTIVE,
                "display_name": name,
                "name_key": name.casefold(),  # a bulk insert skips the model's validator
                "email": f"{name}-{self.run}@bench.example.org" if is_teacher else None,
                "username": None if is_teacher else f"{name}-{self.run}",
                "school": "Benchmark school" if is_teacher else None,
                "country": "FR",
                "created_by_id": created_by,
                "created_at": self.now,
                "status_changed_at": self.now,
            }
        )
        return self.next_account

    def space(self, teacher_id: int, index: int) -> int:
        self.next_space += 1
        self.spaces.append(
            {
                "id": self.next_space,
                "kind": SpaceKind.TWINSPACE,
                "title": f"Benchmark twinspace {index}",
                "description": "",
                "pupils_may_create_threads": False,
                "pupils_may_upload": True,
                "premoderate_pupils": False,
                "created_by_id": teacher_id,
                "created_at": self.now,
            }
        )
        return self.next_space

    def member(self, space_id: int, account_id: int, role: Role, added_by: int) -> None:
        self.memberships.append(
            {
                "space_id": space_id,
                "account_id": account_id,
                "role": role,
                "added_by_id": added_by,
                "created_at": self.now,
            }
        )

    def session(self, account_id: int) -> str:
        token = new_token()
        self.sessions.append(
            {
                "token_hash": token_hash(token),
                "csrf_hash": token_hash(new_token()),
                "account_id": account_id,
                "created_at": self.now,
                "expires_at": self.now + SESSION_LIFETIME,
            }
        )
        return token


async def provision(
    database_url: str, *, spaces: int, pupils_per_space: int, extra_accounts: int = 0
) -> Provisioned:
    """Create ``spaces`` twinspaces, each with an eTwinner founder and ``pupils_per_space``
    pupils, every one holding a session, plus ``extra_accounts`` pupils in no space.

    The database must already be migrated (the server migrates SQLite at start-up).
    """
    engine = create_engine(database_url)
    try:
        async with engine.begin() as conn:
            first_account = (await conn.execute(select(func.max(Account.id)))).scalar() or 0
            first_space = (await conn.execute(select(func.max(Space.id)))).scalar() or 0
            rows = _Rows(first_account, first_space, dt.datetime.now(dt.UTC))
            result: list[ProvisionedSpace] = []
            for s in range(spaces):
                teacher = rows.account(AccountKind.TEACHER, f"bench-teacher-{s}", None)
                space_id = rows.space(teacher, s)
                rows.member(space_id, teacher, Role.FOUNDER, teacher)
                tokens, ids = [], []
                for p in range(pupils_per_space):
                    pupil = rows.account(AccountKind.PUPIL, f"bench-pupil-{s}-{p}", teacher)
                    rows.member(space_id, pupil, Role.PUPIL, teacher)
                    tokens.append(rows.session(pupil))
                    ids.append(pupil)
                result.append(
                    ProvisionedSpace(space_id, tokens, ids, teacher, rows.session(teacher))
                )
            extra = [
                rows.session(rows.account(AccountKind.PUPIL, f"bench-idle-{i}", None))
                for i in range(extra_accounts)
            ]
            # Parents before children, for the foreign keys.
            for model, batch in (
                (Account, rows.accounts),
                (Space, rows.spaces),
                (Membership, rows.memberships),
                (AuthSession, rows.sessions),
            ):
                if batch:
                    await conn.execute(insert(model), batch)
        return Provisioned(result, extra)
    finally:
        await engine.dispose()
