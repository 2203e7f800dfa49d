"""Audit-log retention (issue 9): how long each space's log keeps entries, and the job that
deletes older ones. A space sets its own number of days within the server's bounds, or
follows the server's default; account-level entries follow the default."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.ext.asyncio import AsyncSession

from protocol import api
from protocol.errors import ErrorCode, FieldCode, FieldError, ProtocolError
from protocol.vocabulary import AuditAction
from storage.repositories import audit as audit_repo
from storage.repositories import privacy as privacy_repo

from ..config import PrivacySettings
from ..policy import SpaceAction
from .access import authorize_in_space
from .context import RequestContext


def effective_days(own: int | None, limits: PrivacySettings) -> int:
    """The days that apply: the space's own setting held within the bounds, or the default."""
    if own is None:
        return limits.audit_retention_days
    return min(max(own, limits.audit_retention_min_days), limits.audit_retention_max_days)


def settings_out(own: int | None, limits: PrivacySettings) -> api.AuditSettingsOut:
    return api.AuditSettingsOut(
        retention_days=own,
        effective_days=effective_days(own, limits),
        default_days=limits.audit_retention_days,
        min_days=limits.audit_retention_min_days,
        max_days=limits.audit_retention_max_days,
    )


async def get_settings(
    req: RequestContext, space_id: int, limits: PrivacySettings
) -> api.AuditSettingsOut:
    """Who reads the log (teacher admins) reads how long it keeps entries."""
    session = req.db
    await authorize_in_space(req, space_id, SpaceAction.READ_AUDIT_LOG)
    stored = await privacy_repo.get_audit_settings(session, space_id)
    return settings_out(stored.retention_days if stored else None, limits)


async def change_settings(
    req: RequestContext, space_id: int, body: api.AuditSettings, limits: PrivacySettings
) -> api.AuditSettingsOut:
    """Teacher admins set the retention, within the bounds (outside: 422); audited."""
    session, actor, now = req.db, req.actor, req.now
    await authorize_in_space(req, space_id, SpaceAction.UPDATE_SETTINGS)
    days = body.retention_days
    low, high = limits.audit_retention_min_days, limits.audit_retention_max_days
    if days is not None and not low <= days <= high:
        # This server's own bounds, narrower than the declared ones (its /openapi.json
        # publishes them: server/http/openapi.py server_bounds).
        code = FieldCode.TOO_SMALL if days < low else FieldCode.TOO_LARGE
        raise ProtocolError(
            f"the audit log keeps entries from {low} to {high} days on this server",
            code=ErrorCode.INVALID,
            fields=[FieldError(field="retention_days", code=code, min=low, max=high)],
        )
    stored = await privacy_repo.put_audit_settings(session, space_id, days, now)
    audit_repo.record(
        session,
        now=now,
        action=AuditAction.AUDIT_RETENTION_CHANGED,
        actor_id=actor.id,
        space_id=space_id,
        details={"retention_days": days},
    )
    return settings_out(stored.retention_days, limits)


async def purge_expired(session: AsyncSession, now: dt.datetime, limits: PrivacySettings) -> int:
    """Delete every entry older than its retention; how many went (the job itself writes
    no entry: it would only be deleted in turn, and the log says what the rule is)."""
    removed = 0
    for days, space_ids in (await privacy_repo.retention_groups(session)).items():
        cutoff = now - dt.timedelta(days=effective_days(days, limits))
        removed += await privacy_repo.delete_audit_of_spaces(session, space_ids, cutoff)
    default_cutoff = now - dt.timedelta(days=limits.audit_retention_days)
    removed += await privacy_repo.delete_audit_by_default(session, default_cutoff)
    return removed
