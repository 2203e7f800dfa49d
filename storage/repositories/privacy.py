"""Privacy (issue 9): what a pupil created, erasure records, audit retention. Never commits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence

from sqlalchemy import delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from protocol.vocabulary import TEACHER_ROLES, PostState

from ..models import (
    ArchiveFile,
    ArchiveFileVersion,
    ArchiveUpload,
    AuditEntry,
    AuditSettings,
    ForumPost,
    ForumPostRevision,
    ForumReaction,
    ForumReadMark,
    ForumReport,
    ForumThread,
    Membership,
    PupilErasure,
    Space,
    VideoParticipant,
)
from .retention import put_retention


async def teacher_space_ids(session: AsyncSession, teacher_id: int) -> set[int]:
    """The spaces where the account holds a teacher role."""
    result = await session.execute(
        select(Membership.space_id).where(
            Membership.account_id == teacher_id, Membership.role.in_(TEACHER_ROLES)
        )
    )
    return set(result.scalars().all())


async def spaces_of(session: AsyncSession, space_ids: Collection[int]) -> Sequence[Space]:
    result = await session.execute(select(Space).where(Space.id.in_(space_ids)).order_by(Space.id))
    return result.scalars().all()


async def posts_by(
    session: AsyncSession, author_id: int, space_ids: Collection[int]
) -> Sequence[tuple[ForumPost, ForumThread]]:
    """Every post (and chat message) of the author in these spaces, in any state."""
    result = await session.execute(
        select(ForumPost, ForumThread)
        .join(ForumThread, ForumThread.id == ForumPost.thread_id)
        .where(ForumPost.author_id == author_id, ForumPost.space_id.in_(space_ids))
        .order_by(ForumPost.id)
    )
    return [(post, thread) for post, thread in result]


async def reactions_by(
    session: AsyncSession, account_id: int, space_ids: Collection[int]
) -> Sequence[tuple[ForumReaction, ForumPost]]:
    """Every reaction of the account to a post in these spaces, oldest first."""
    result = await session.execute(
        select(ForumReaction, ForumPost)
        .join(ForumPost, ForumPost.id == ForumReaction.post_id)
        .where(ForumReaction.account_id == account_id, ForumPost.space_id.in_(space_ids))
        .order_by(ForumReaction.created_at, ForumReaction.post_id, ForumReaction.kind)
    )
    return [(reaction, post) for reaction, post in result]


async def revisions_of(
    session: AsyncSession, post_ids: Collection[int]
) -> dict[int, list[ForumPostRevision]]:
    found: dict[int, list[ForumPostRevision]] = {}
    if not post_ids:
        return found
    result = await session.execute(
        select(ForumPostRevision)
        .where(ForumPostRevision.post_id.in_(post_ids))
        .order_by(ForumPostRevision.id)
    )
    for revision in result.scalars():
        found.setdefault(revision.post_id, []).append(revision)
    return found


async def versions_by(
    session: AsyncSession, uploader_id: int, space_ids: Collection[int]
) -> Sequence[tuple[ArchiveFileVersion, ArchiveFile]]:
    """Every file version the account uploaded in these spaces (trashed files included)."""
    result = await session.execute(
        select(ArchiveFileVersion, ArchiveFile)
        .join(ArchiveFile, ArchiveFile.id == ArchiveFileVersion.file_id)
        .where(
            ArchiveFileVersion.uploaded_by_id == uploader_id,
            ArchiveFileVersion.space_id.in_(space_ids),
        )
        .order_by(ArchiveFileVersion.id)
    )
    return [(version, file) for version, file in result]


async def delete_posts_by(
    session: AsyncSession, author_id: int, space_ids: Collection[int]
) -> list[tuple[int, int, int, PostState]]:
    """Remove the author's posts in these spaces for good; each one's id, space, thread and
    state. Revisions and reports of them go too (ON DELETE CASCADE), and the search index
    (triggers)."""
    where = (ForumPost.author_id == author_id, ForumPost.space_id.in_(space_ids))
    found = await session.execute(
        select(ForumPost.id, ForumPost.space_id, ForumPost.thread_id, ForumPost.state).where(*where)
    )
    removed = [
        (post_id, space_id, thread_id, state) for post_id, space_id, thread_id, state in found
    ]
    if removed:
        await session.execute(
            delete(ForumPost).where(*where).execution_options(synchronize_session=False)
        )
    return removed


async def delete_reports_by(
    session: AsyncSession, reporter_id: int, space_ids: Collection[int]
) -> None:
    await session.execute(
        delete(ForumReport).where(
            ForumReport.reporter_id == reporter_id, ForumReport.space_id.in_(space_ids)
        )
    )


async def delete_empty_threads_by(
    session: AsyncSession, author_id: int, space_ids: Collection[int]
) -> list[int]:
    """Remove the author's threads in these spaces that no longer hold any post."""
    has_posts = select(ForumPost.id).where(ForumPost.thread_id == ForumThread.id).exists()
    result = await session.execute(
        select(ForumThread.id).where(
            ForumThread.author_id == author_id,
            ForumThread.space_id.in_(space_ids),
            ~has_posts,
        )
    )
    thread_ids = list(result.scalars().all())
    if thread_ids:
        await session.execute(
            delete(ForumThread)
            .where(ForumThread.id.in_(thread_ids))
            .execution_options(synchronize_session=False)
        )
    return thread_ids


async def files_owned_by(
    session: AsyncSession, owner_id: int, space_ids: Collection[int]
) -> list[tuple[int, int]]:
    """The files the account owns in these spaces: (file id, space id)."""
    result = await session.execute(
        select(ArchiveFile.id, ArchiveFile.space_id).where(
            ArchiveFile.owner_id == owner_id, ArchiveFile.space_id.in_(space_ids)
        )
    )
    return [(file_id, space_id) for file_id, space_id in result.all()]


async def drop_uploads_of(session: AsyncSession, owner_id: int) -> list[str]:
    """Forget the account's chunked uploads in progress; their store keys, to abort."""
    result = await session.execute(
        select(ArchiveUpload.store_key).where(ArchiveUpload.owner_id == owner_id)
    )
    keys = list(result.scalars().all())
    await session.execute(delete(ArchiveUpload).where(ArchiveUpload.owner_id == owner_id))
    return keys


async def forget_traces(session: AsyncSession, account_id: int, name: str) -> None:
    """What is about the person rather than their work: read marks and memberships go; the
    places in video sessions stay (a live session's upkeep still sees the place left and
    tells the others) under ``name`` instead of the copy of the display name."""
    for model in (ForumReadMark, Membership):
        await session.execute(delete(model).where(model.account_id == account_id))
    await session.execute(
        update(VideoParticipant)
        .where(VideoParticipant.account_id == account_id)
        .values(display_name=name)
        .execution_options(synchronize_session=False)
    )


async def erasure(session: AsyncSession, space_id: int, account_id: int) -> PupilErasure | None:
    result = await session.execute(
        select(PupilErasure).where(
            PupilErasure.space_id == space_id, PupilErasure.account_id == account_id
        )
    )
    return result.scalar_one_or_none()


async def erased_among(
    session: AsyncSession, space_id: int, account_ids: Collection[int]
) -> set[int]:
    """Which of ``account_ids`` were erased while members of the space (none asked: no query)."""
    if not account_ids:
        return set()
    result = await session.execute(
        select(PupilErasure.account_id).where(
            PupilErasure.space_id == space_id, PupilErasure.account_id.in_(sorted(account_ids))
        )
    )
    return set(result.scalars().all())


# -- audit retention --------------------------------------------------------------------------


async def get_audit_settings(session: AsyncSession, space_id: int) -> AuditSettings | None:
    return await session.get(AuditSettings, space_id)


async def put_audit_settings(
    session: AsyncSession, space_id: int, retention_days: int | None, now: dt.datetime
) -> AuditSettings:
    return await put_retention(session, AuditSettings, space_id, retention_days, now)


async def retention_groups(session: AsyncSession) -> dict[int, list[int]]:
    """The spaces with a retention of their own, grouped by their number of days."""
    result = await session.execute(
        select(AuditSettings.retention_days, AuditSettings.space_id).where(
            AuditSettings.retention_days.is_not(None)
        )
    )
    groups: dict[int, list[int]] = {}
    for days, space_id in result.all():
        if days is not None:
            groups.setdefault(days, []).append(space_id)
    return groups


async def delete_audit_of_spaces(
    session: AsyncSession, space_ids: Collection[int], cutoff: dt.datetime
) -> int:
    """Delete these spaces' entries older than ``cutoff``; how many went."""
    result = await session.execute(
        delete(AuditEntry)
        .where(AuditEntry.space_id.in_(space_ids), AuditEntry.created_at < cutoff)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


async def delete_audit_by_default(session: AsyncSession, cutoff: dt.datetime) -> int:
    """Delete entries older than ``cutoff`` of spaces with no retention of their own, and
    account-level entries; how many went."""
    own_setting = (
        select(AuditSettings.space_id)
        .where(
            AuditSettings.space_id == AuditEntry.space_id,
            AuditSettings.retention_days.is_not(None),
        )
        .exists()
    )
    result = await session.execute(
        delete(AuditEntry)
        .where(AuditEntry.created_at < cutoff, or_(AuditEntry.space_id.is_(None), ~own_setting))
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
