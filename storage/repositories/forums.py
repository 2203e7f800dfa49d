"""Forum threads, posts, revisions, read marks and reports. Repositories never commit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence

from sqlalchemy import ColumnElement, and_, func, or_, select, true, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from protocol.vocabulary import ForumArea, PostState

from ..models import ForumPost, ForumPostRevision, ForumReadMark, ForumReport, ForumThread
from ..search import matches, query_words


async def get_thread(session: AsyncSession, thread_id: int) -> ForumThread | None:
    return await session.get(ForumThread, thread_id)


async def get_post(session: AsyncSession, post_id: int) -> ForumPost | None:
    return await session.get(ForumPost, post_id)


def visibility(
    model: type[ForumThread] | type[ForumPost], viewer_id: int, held: bool
) -> ColumnElement[bool]:
    """Rows a viewer may be shown at all: visible ones, the viewer's own, and with ``held``
    (moderators) every row; the service asks the policy about each non-visible one."""
    if held:
        return true()
    return or_(model.state == PostState.VISIBLE, model.author_id == viewer_id)


async def list_threads(
    session: AsyncSession,
    space_id: int,
    area: ForumArea,
    *,
    viewer_id: int,
    held: bool,
    pinned: bool,
    before_id: int | None,
    limit: int,
) -> Sequence[ForumThread]:
    """Newest first, keyset-paginated on id (``before_id``)."""
    query = select(ForumThread).where(
        ForumThread.space_id == space_id,
        ForumThread.area == area,
        ForumThread.pinned == pinned,
        visibility(ForumThread, viewer_id, held),
    )
    if before_id is not None:
        query = query.where(ForumThread.id < before_id)
    result = await session.execute(query.order_by(ForumThread.id.desc()).limit(limit))
    return result.scalars().all()


async def list_posts(
    session: AsyncSession,
    thread_id: int,
    *,
    viewer_id: int,
    held: bool,
    after_id: int | None,
    limit: int,
) -> Sequence[ForumPost]:
    """Oldest first, keyset-paginated on id (``after_id``): a thread reads in order."""
    query = select(ForumPost).where(
        ForumPost.thread_id == thread_id,
        visibility(ForumPost, viewer_id, held),
    )
    if after_id is not None:
        query = query.where(ForumPost.id > after_id)
    result = await session.execute(query.order_by(ForumPost.id).limit(limit))
    return result.scalars().all()


async def find_by_client_id(
    session: AsyncSession, author_id: int, client_id: str
) -> ForumPost | None:
    result = await session.execute(
        select(ForumPost).where(ForumPost.author_id == author_id, ForumPost.client_id == client_id)
    )
    return result.scalar_one_or_none()


async def insert_once(session: AsyncSession, post: ForumPost) -> ForumPost | None:
    """Insert the post, or return None when its (author, client id) exists already: a
    concurrent duplicate loses at the unique constraint, inside a savepoint, and the
    caller's transaction carries on."""
    try:
        async with session.begin_nested():
            session.add(post)
            await session.flush()
    except IntegrityError:
        return None
    return post


async def count_posts_since(
    session: AsyncSession,
    since: dt.datetime,
    *,
    author_id: int | None,
    space_id: int | None,
    areas: Collection[ForumArea] | None = None,
) -> int:
    """Posts since ``since`` (of one author, of one space), in threads of ``areas`` if given."""
    query = select(func.count()).select_from(ForumPost).where(ForumPost.created_at > since)
    if areas is not None:
        query = query.join(ForumThread, ForumThread.id == ForumPost.thread_id).where(
            ForumThread.area.in_(sorted(areas))
        )
    if author_id is not None:
        query = query.where(ForumPost.author_id == author_id)
    if space_id is not None:
        query = query.where(ForumPost.space_id == space_id)
    return int((await session.execute(query)).scalar_one())


async def refresh_thread(session: AsyncSession, thread_id: int, now: dt.datetime) -> None:
    """Recount a thread's visible posts and newest visible post from the posts themselves."""
    visible = and_(ForumPost.thread_id == thread_id, ForumPost.state == PostState.VISIBLE)
    count = select(func.count()).select_from(ForumPost).where(visible).scalar_subquery()
    last_id = select(func.max(ForumPost.id)).where(visible).scalar_subquery()
    last_at = select(func.max(ForumPost.created_at)).where(visible).scalar_subquery()
    await session.execute(
        update(ForumThread)
        .where(ForumThread.id == thread_id)
        .values(visible_posts=count, last_post_id=last_id, last_post_at=last_at, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    thread = await session.get(ForumThread, thread_id)
    if thread is not None:
        await session.refresh(thread)


def add_revision(session: AsyncSession, post: ForumPost, now: dt.datetime) -> None:
    session.add(ForumPostRevision(post_id=post.id, body=post.body, replaced_at=now))


async def revisions(session: AsyncSession, post_id: int) -> Sequence[ForumPostRevision]:
    result = await session.execute(
        select(ForumPostRevision)
        .where(ForumPostRevision.post_id == post_id)
        .order_by(ForumPostRevision.id)
    )
    return result.scalars().all()


async def mark_read(
    session: AsyncSession, account_id: int, thread_id: int, post_id: int, now: dt.datetime
) -> ForumReadMark:
    """Move the mark forward (never back)."""
    result = await session.execute(
        select(ForumReadMark).where(
            ForumReadMark.account_id == account_id, ForumReadMark.thread_id == thread_id
        )
    )
    mark = result.scalar_one_or_none()
    if mark is None:
        mark = ForumReadMark(
            account_id=account_id, thread_id=thread_id, last_read_post_id=post_id, updated_at=now
        )
        session.add(mark)
    elif post_id > mark.last_read_post_id:
        mark.last_read_post_id = post_id
        mark.updated_at = now
    await session.flush()
    return mark


async def unread_counts(
    session: AsyncSession, account_id: int, thread_ids: Sequence[int]
) -> dict[int, int]:
    """Visible posts by others past the account's mark, per thread."""
    if not thread_ids:
        return {}
    mark = (
        select(ForumReadMark.last_read_post_id)
        .where(
            ForumReadMark.account_id == account_id,
            ForumReadMark.thread_id == ForumPost.thread_id,
        )
        .scalar_subquery()
    )
    result = await session.execute(
        select(ForumPost.thread_id, func.count())
        .where(
            ForumPost.thread_id.in_(thread_ids),
            ForumPost.state == PostState.VISIBLE,
            or_(ForumPost.author_id.is_(None), ForumPost.author_id != account_id),
            ForumPost.id > func.coalesce(mark, 0),
        )
        .group_by(ForumPost.thread_id)
    )
    return {thread_id: int(count) for thread_id, count in result}


async def search(
    session: AsyncSession,
    space_id: int,
    query: str,
    areas: Sequence[ForumArea],
    *,
    limit: int,
) -> Sequence[tuple[ForumPost, ForumThread]]:
    """Visible posts of visible threads in the areas, holding every word; newest first."""
    words = query_words(query)
    if not words:
        return []
    dialect = session.get_bind().dialect.name
    result = await session.execute(
        select(ForumPost, ForumThread)
        .join(ForumThread, ForumThread.id == ForumPost.thread_id)
        .where(
            ForumPost.space_id == space_id,
            ForumPost.state == PostState.VISIBLE,
            ForumThread.state == PostState.VISIBLE,
            ForumThread.area.in_(areas),
            matches(dialect, words),
        )
        .order_by(ForumPost.id.desc())
        .limit(limit)
    )
    return [(post, thread) for post, thread in result]


def add_report(
    session: AsyncSession, post: ForumPost, reporter_id: int, reason: str, now: dt.datetime
) -> ForumReport:
    report = ForumReport(
        space_id=post.space_id,
        post_id=post.id,
        reporter_id=reporter_id,
        reason=reason,
        created_at=now,
    )
    session.add(report)
    return report


async def get_report(session: AsyncSession, report_id: int) -> ForumReport | None:
    return await session.get(ForumReport, report_id)


async def open_reports(session: AsyncSession, space_id: int) -> Sequence[ForumReport]:
    result = await session.execute(
        select(ForumReport)
        .where(ForumReport.space_id == space_id, ForumReport.resolved_at.is_(None))
        .order_by(ForumReport.id)
    )
    return result.scalars().all()


async def held_posts(session: AsyncSession, space_id: int) -> Sequence[ForumPost]:
    """The pre-moderation queue, oldest first."""
    result = await session.execute(
        select(ForumPost)
        .where(ForumPost.space_id == space_id, ForumPost.state == PostState.PENDING)
        .order_by(ForumPost.id)
    )
    return result.scalars().all()


async def waiting_counts(session: AsyncSession, space_ids: Sequence[int]) -> dict[int, int]:
    """Per space, what waits for a moderator: held posts and open reports (two queries)."""
    counts = dict.fromkeys(space_ids, 0)
    if not space_ids:
        return counts
    held = select(ForumPost.space_id, func.count()).where(
        ForumPost.space_id.in_(space_ids), ForumPost.state == PostState.PENDING
    )
    reports = select(ForumReport.space_id, func.count()).where(
        ForumReport.space_id.in_(space_ids), ForumReport.resolved_at.is_(None)
    )
    for query, column in ((held, ForumPost.space_id), (reports, ForumReport.space_id)):
        for space_id, count in (await session.execute(query.group_by(column))).all():
            counts[space_id] += count
    return counts


async def delete_post(session: AsyncSession, post: ForumPost) -> None:
    await session.delete(post)
    await session.flush()
