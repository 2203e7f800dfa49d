"""Chats: the index from a space, its teachers or a video session to the chat's thread, and
reading a chat newest first. Messages themselves are forum posts. Repositories never commit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from protocol.video import ParticipantState

from ..models import Chat, ChatSettings, ForumPost, ForumReadMark, ForumThread, VideoParticipant
from .forums import visibility
from .retention import put_retention

#: Who reads a session's chat besides the space's teachers: people inside the session now
#: (admitted or joined). The lobby and those who left or were removed do not.
CHAT_STATES = (ParticipantState.ADMITTED, ParticipantState.JOINED)


async def by_key(session: AsyncSession, key: str) -> Chat | None:
    result = await session.execute(select(Chat).where(Chat.key == key))
    return result.scalar_one_or_none()


async def by_thread(session: AsyncSession, thread_id: int) -> Chat | None:
    result = await session.execute(select(Chat).where(Chat.thread_id == thread_id))
    return result.scalar_one_or_none()


async def create_once(session: AsyncSession, chat: Chat, thread: ForumThread) -> Chat | None:
    """Store the chat and its thread, or None when a concurrent caller stored the same key
    first (inside a savepoint: the caller's transaction carries on and reads that one)."""
    try:
        async with session.begin_nested():
            session.add(thread)
            await session.flush()
            chat.thread_id = thread.id
            session.add(chat)
            await session.flush()
    except IntegrityError:
        return None
    return chat


async def in_session_chat(session: AsyncSession, thread_id: int, account_id: int) -> bool:
    """Whether the account is inside the video session whose chat this thread is."""
    result = await session.execute(
        select(VideoParticipant.id)
        .join(Chat, Chat.video_session_id == VideoParticipant.session_id)
        .where(
            Chat.thread_id == thread_id,
            VideoParticipant.account_id == account_id,
            VideoParticipant.state.in_(CHAT_STATES),
        )
    )
    return result.first() is not None


async def latest_posts(
    session: AsyncSession,
    thread_id: int,
    *,
    viewer_id: int,
    held: bool,
    before_id: int | None,
    limit: int,
) -> Sequence[ForumPost]:
    """The newest ``limit`` posts before ``before_id`` (keyset), newest first."""
    query = select(ForumPost).where(
        ForumPost.thread_id == thread_id, visibility(ForumPost, viewer_id, held)
    )
    if before_id is not None:
        query = query.where(ForumPost.id < before_id)
    result = await session.execute(query.order_by(ForumPost.id.desc()).limit(limit))
    return result.scalars().all()


async def read_mark(session: AsyncSession, account_id: int, thread_id: int) -> int | None:
    result = await session.execute(
        select(ForumReadMark.last_read_post_id).where(
            ForumReadMark.account_id == account_id, ForumReadMark.thread_id == thread_id
        )
    )
    return result.scalar_one_or_none()


async def get_settings(session: AsyncSession, space_id: int) -> ChatSettings | None:
    return await session.get(ChatSettings, space_id)


async def put_settings(
    session: AsyncSession, space_id: int, retention_days: int | None, now: dt.datetime
) -> ChatSettings:
    return await put_retention(session, ChatSettings, space_id, retention_days, now)


async def purge_expired(session: AsyncSession, now: dt.datetime) -> dict[int, int]:
    """Remove for good the chat messages older than each space's retention; how many were
    removed, by chat thread. Reports and revisions go with them (ON DELETE CASCADE)."""
    spaces = await session.execute(
        select(ChatSettings.space_id, ChatSettings.retention_days).where(
            ChatSettings.retention_days.is_not(None)
        )
    )
    removed: dict[int, int] = {}
    for space_id, days in spaces.all():
        if days is None:  # excluded by the query above; says so to the type checker
            continue
        cutoff = now - dt.timedelta(days=days)
        expired = (
            ForumPost.thread_id.in_(select(Chat.thread_id).where(Chat.space_id == space_id)),
            ForumPost.created_at < cutoff,
        )
        counts = await session.execute(
            select(ForumPost.thread_id, func.count()).where(*expired).group_by(ForumPost.thread_id)
        )
        found = {thread_id: int(count) for thread_id, count in counts.all()}
        if found:
            await session.execute(
                delete(ForumPost).where(*expired).execution_options(synchronize_session=False)
            )
            removed.update(found)
    return removed
