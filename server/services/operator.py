"""The operator's actions from the command line (DOMAIN.md: "everything, logged").

The operator is no account: ``actor`` is None, and every change is written to the audit log
with actor None, in the same transaction. Live effects go into the session's outbox, as on the
HTTP path, and the command line sends them once committed (server/ops/live.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from protocol.errors import NotFound
from protocol.vocabulary import AuditAction
from storage.models import Account, Membership, Space
from storage.repositories import accounts as account_repo
from storage.repositories import audit as audit_repo
from storage.repositories import operator as operator_repo
from storage.repositories import spaces as space_repo

from ..config import VideoSettings
from .commands import SpaceDeleted
from .outbox import outbox_of
from .video import space_end

NO_SUCH_SPACE = "no such space"


async def account_by_reference(session: AsyncSession, reference: str) -> Account:
    """An account by id (digits) or e-mail address."""
    reference = reference.strip()
    account = (
        await account_repo.get(session, int(reference))
        if reference.isdigit()
        else await account_repo.find_by_email(session, reference)
    )
    if account is None:
        raise NotFound(f"no account {reference!r}")
    return account


@dataclass(frozen=True, slots=True)
class SpaceReport:
    space: Space
    members: list[tuple[Membership, Account]]
    roles: dict[str, int]
    rows: dict[str, int]


async def space_report(session: AsyncSession, space_id: int) -> SpaceReport:
    space = await space_repo.get(session, space_id)
    if space is None:
        raise NotFound(NO_SUCH_SPACE)
    return SpaceReport(
        space,
        list(await space_repo.list_members(session, space_id)),
        await operator_repo.role_counts(session, space_id),
        await operator_repo.rows_per_table(session, space_id),
    )


async def purge_space(
    session: AsyncSession, space_id: int, now: dt.datetime, reason: str, video: VideoSettings
) -> dict[str, int]:
    """Delete a space and everything in it (the database cascades); its live video sessions
    end first (their SFU rooms destroyed) and its live subscriptions end on every process.
    The audit entry has no space (it would go with it): the space's id, kind and how many
    rows went are in its details. Returns those counts."""
    report = await space_report(session, space_id)
    await space_end.end_for_deletion(session, space_id, now, video)
    await space_repo.delete_space(session, space_id)
    outbox_of(session).command(SpaceDeleted(space_id=space_id))
    audit_repo.record(
        session,
        now=now,
        action=AuditAction.SPACE_PURGED,
        actor_id=None,
        reason=reason,
        details={"space_id": space_id, "kind": report.space.kind.value, "rows": report.rows},
    )
    return report.rows
