"""Spaces: create, list, show, settings, archive, delete, and the audit log."""

from __future__ import annotations

import datetime as dt

import msgspec
from sqlalchemy.ext.asyncio import AsyncSession

from protocol import api
from protocol.errors import ErrorCode, FieldCode, FieldError, ProtocolError, present
from protocol.event_payloads import SpaceArchived, SpaceUpdated
from protocol.events import EventName
from protocol.vocabulary import AuditAction, Role, SpaceKind
from storage.models import AuditEntry, Membership, Space
from storage.repositories import audit as audit_repo
from storage.repositories import forums as forum_repo
from storage.repositories import spaces as space_repo

from ..config import VideoSettings
from ..policy import AccountAction, SpaceAction, decide_account, decide_space
from .access import actor_of, authorize_in_space, enforce, membership_facts, space_facts
from .allowed import space_answer
from .commands import SpaceDeleted
from .context import RequestContext
from .members import space_channel
from .outbox import outbox_of
from .video import space_end


def space_out(space: Space, membership: Membership) -> api.SpaceOut:
    return api.SpaceOut(
        id=space.id,
        kind=space.kind,
        title=space.title,
        description=space.description,
        archived=space.archived_at is not None,
        settings=api.SpaceSettingsOut(
            pupils_may_create_threads=space.pupils_may_create_threads,
            pupils_may_upload=space.pupils_may_upload,
            premoderate_pupils=space.premoderate_pupils,
        ),
        my_role=membership.role,
    )


def audit_out(entry: AuditEntry) -> api.AuditEntryOut:
    return api.AuditEntryOut(
        id=entry.id,
        at=entry.created_at,
        action=entry.action,
        actor_id=entry.actor_id,
        target_account_id=entry.target_account_id,
        reason=entry.reason,
        details=dict(entry.details),
    )


async def create_space(req: RequestContext, body: api.CreateSpace) -> tuple[Space, Membership]:
    session, actor, now = req.db, req.actor, req.now
    enforce(decide_account(actor_of(actor), AccountAction.CREATE_SPACE))
    if body.kind is SpaceKind.GROUP:
        # A group has a topic, a language and a way in: POST /api/groups makes one.
        raise ProtocolError(
            "groups are created with POST /api/groups",
            code=ErrorCode.INVALID,
            fields=[FieldError(field="kind", code=FieldCode.CHOICE)],
        )
    space, founder = await new_space(
        session, body.kind, body.title, body.description, creator=actor.id, now=now
    )
    return space, present(founder, "the creator's membership")


async def new_space(
    session: AsyncSession,
    kind: SpaceKind,
    title: str,
    description: str,
    *,
    creator: int | None,
    now: dt.datetime,
) -> tuple[Space, Membership | None]:
    """A space with its creator as founder (None: the operator made it, no founder), and
    its audit entry."""
    space = Space(
        kind=kind,
        title=title.strip(),
        description=description,
        pupils_may_create_threads=False,
        pupils_may_upload=True,
        premoderate_pupils=False,
        created_by_id=creator,
        created_at=now,
    )
    session.add(space)
    await session.flush()
    founder = None
    if creator is not None:
        founder = Membership(
            space_id=space.id,
            account_id=creator,
            role=Role.FOUNDER,
            added_by_id=creator,
            created_at=now,
        )
        session.add(founder)
    audit_repo.record(
        session, now=now, action=AuditAction.SPACE_CREATED, actor_id=creator, space_id=space.id
    )
    await session.flush()
    return space, founder


async def list_my_spaces(req: RequestContext) -> list[api.SpaceOut]:
    # Only what the policy lets the actor see: a pending or suspended account sees none.
    session, actor, now = req.db, req.actor, req.now
    who = actor_of(actor)
    shown = []
    moderated = []
    for space, membership in await space_repo.list_for_account(session, actor.id):
        facts = membership_facts(membership, now), space_facts(space)
        if decide_space(who, *facts, SpaceAction.SEE_SPACE).allowed:
            shown.append(space_out(space, membership))
            if decide_space(who, *facts, SpaceAction.SEE_MODERATION).allowed:
                moderated.append(space.id)
    # What waits for the actor as a moderator, on each space it moderates (My spaces).
    waiting = await forum_repo.waiting_counts(session, moderated)
    return [
        msgspec.structs.replace(out, pending=waiting[out.id]) if out.id in waiting else out
        for out in shown
    ]


async def show_space(req: RequestContext, space_id: int) -> api.SpaceOut:
    access = await authorize_in_space(req, space_id, SpaceAction.SEE_SPACE)
    return await space_answer(req, access, space_out(access.space, access.membership))


async def update_settings(
    req: RequestContext, space_id: int, body: api.SpaceSettingsIn
) -> api.SpaceOut:
    session, actor, now = req.db, req.actor, req.now
    access = await authorize_in_space(req, space_id, SpaceAction.UPDATE_SETTINGS)
    space = access.space
    changes: dict[str, object] = {}
    for name in (
        "title",
        "description",
        "pupils_may_create_threads",
        "pupils_may_upload",
        "premoderate_pupils",
    ):
        value = getattr(body, name)
        if value is not None and value != getattr(space, name):
            setattr(space, name, value)
            changes[name] = value
    if changes:
        updated = msgspec.convert(changes, SpaceUpdated)
        outbox_of(session).event(space_channel(space.id), EventName.SPACE_UPDATED, updated)
        audit_repo.record(
            session,
            now=now,
            action=AuditAction.SPACE_SETTINGS_CHANGED,
            actor_id=actor.id,
            space_id=space.id,
            details=changes,
        )
    return await space_answer(req, access, space_out(space, access.membership))


async def set_archived(
    req: RequestContext, space_id: int, archived: bool, video: VideoSettings
) -> api.SpaceOut:
    """Archive (read-only) or open again. Archiving ends the space's live video sessions in
    the same transaction: no one could end them in a read-only space."""
    session, actor, now = req.db, req.actor, req.now
    access = await authorize_in_space(req, space_id, SpaceAction.ARCHIVE_SPACE)
    space = access.space
    if (space.archived_at is not None) != archived:
        space.archived_at = now if archived else None
        action = AuditAction.SPACE_ARCHIVED if archived else AuditAction.SPACE_UNARCHIVED
        audit_repo.record(session, now=now, action=action, actor_id=actor.id, space_id=space.id)
        name = EventName.SPACE_ARCHIVED if archived else EventName.SPACE_UNARCHIVED
        outbox_of(session).event(space_channel(space.id), name, SpaceArchived(archived=archived))
        if archived:
            # Flushed first, the UPDATE holds the space's row: a session being started now
            # waits for this transaction and then sees the space archived (video.start).
            await session.flush()
            await space_end.end_for_archive(req, space.id, video)
    return await space_answer(req, access, space_out(space, access.membership))


async def delete_space(req: RequestContext, space_id: int, video: VideoSettings) -> None:
    session, now = req.db, req.now
    await authorize_in_space(req, space_id, SpaceAction.DELETE_SPACE)
    await space_end.end_for_deletion(session, space_id, now, video)
    await space_repo.delete_space(session, space_id)
    outbox_of(session).command(SpaceDeleted(space_id=space_id))


async def read_audit_log(
    req: RequestContext, space_id: int, *, before_id: int | None, limit: int
) -> list[api.AuditEntryOut]:
    session = req.db
    await authorize_in_space(req, space_id, SpaceAction.READ_AUDIT_LOG)
    entries = await audit_repo.list_for_space(session, space_id, before_id=before_id, limit=limit)
    return [audit_out(entry) for entry in entries]
