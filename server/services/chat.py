"""Chat: a live chat per space, a teachers-only chat per twinspace, one per video session.

A chat is a forum thread of a chat area and its messages are forum posts. Sending (exactly
once on the client id), pre-moderation of pupils, hiding and restoring, reports, mutes, the
audit log and the live events are the forums' own code paths (forums.py, moderation.py,
forum_events.py); this module finds or makes the chat and pages its history newest first.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.ext.asyncio import AsyncSession

from protocol import api
from protocol.errors import ErrorCode, NotFound, ProtocolError
from protocol.vocabulary import CHAT_AREAS, ForumArea, PostState
from storage.models import Account, Chat, ForumThread
from storage.repositories import chat as chat_repo
from storage.repositories import forums as forum_repo
from storage.repositories import video as video_repo

from ..forum_limits import ForumLimits
from ..policy import SpaceAction, Target
from . import forums
from .access import authorize_in_space, enforce
from .forum_events import thread_channel
from .forum_view import (
    NO_SUCH_THREAD,
    ThreadAccess,
    may_see_post,
    open_thread,
    post_out,
    post_target,
    viewer_of,
)

NO_SUCH_CHAT = "no such chat"
NO_SUCH_SESSION = "no such video session"  # the video routes' words for a missing session
#: Messages on one page when the client asks for no number (and the most it may).
HISTORY_DEFAULT = 50
HISTORY_MAX = 200

TITLES = {
    ForumArea.CHAT: "Chat",
    ForumArea.TEACHERS_CHAT: "Teachers' chat",
    ForumArea.SESSION_CHAT: "Video session chat",
}


async def ensure_chat(
    session: AsyncSession,
    space_id: int,
    area: ForumArea,
    video_session_id: int | None,
    now: dt.datetime,
) -> int:
    """The thread id of the chat, made on first use (once, even when two ask at once)."""
    key = f"session:{video_session_id}" if video_session_id else f"{area.value}:{space_id}"
    chat = await chat_repo.by_key(session, key)
    if chat is None:
        thread = ForumThread(
            space_id=space_id,
            area=area,
            title=TITLES[area],
            author_id=None,
            state=PostState.VISIBLE,
            pinned=False,
            locked=False,
            created_at=now,
            updated_at=now,
            visible_posts=0,
        )
        made = Chat(key=key, space_id=space_id, video_session_id=video_session_id, created_at=now)
        chat = await chat_repo.create_once(session, made, thread)
        if chat is None:
            chat = await chat_repo.by_key(session, key)
            assert chat is not None  # the concurrent maker committed it
    return chat.thread_id


async def open_chat(
    session: AsyncSession, actor: Account, space_id: int, chat_id: int, now: dt.datetime
) -> ThreadAccess:
    """A chat the actor may read; anything else (a forum thread, another space's chat, the
    teachers' chat for a pupil) answers the same 404 as a chat that does not exist."""
    try:
        seen = await open_thread(session, actor, space_id, chat_id, now)
    except NotFound as exc:
        if exc.message == NO_SUCH_THREAD:
            raise NotFound(NO_SUCH_CHAT) from None
        raise
    if seen.thread.area not in CHAT_AREAS:
        raise NotFound(NO_SUCH_CHAT)
    return seen


async def space_chat(
    session: AsyncSession,
    actor: Account,
    space_id: int,
    teachers: bool,
    limit: int,
    now: dt.datetime,
) -> api.ChatOut:
    """The space's chat (every member) or the teachers' chat (READ_TEACHERS_AREA: pupils and
    guests hear "no such chat"), with its newest messages."""
    action = SpaceAction.READ_TEACHERS_AREA if teachers else SpaceAction.READ_FORUM
    await authorize_in_space(session, actor, space_id, action, now, not_found=NO_SUCH_CHAT)
    area = ForumArea.TEACHERS_CHAT if teachers else ForumArea.CHAT
    chat_id = await ensure_chat(session, space_id, area, None, now)
    return await chat_out(session, actor, space_id, chat_id, None, limit, now)


async def session_chat(
    session: AsyncSession,
    actor: Account,
    space_id: int,
    video_session_id: int,
    limit: int,
    now: dt.datetime,
) -> api.ChatOut:
    """A video session's chat: for the people inside it and the space's teachers; a late
    joiner pages it from its start with ``after=0``."""
    access = await authorize_in_space(session, actor, space_id, SpaceAction.SEE_SPACE, now)
    video = await video_repo.get(session, video_session_id)
    if video is None or video.space_id != space_id:
        raise NotFound(NO_SUCH_SESSION)
    me = await video_repo.get_participant(session, video.id, actor.id)
    inside = me is not None and me.state in chat_repo.CHAT_STATES
    decision = viewer_of(actor, access, now).decide(
        SpaceAction.READ_SESSION_CHAT, Target(session_participant=inside)
    )
    enforce(decision, NO_SUCH_SESSION)
    chat_id = await ensure_chat(session, space_id, ForumArea.SESSION_CHAT, video.id, now)
    return await chat_out(session, actor, space_id, chat_id, video.id, limit, now)


async def chat_out(
    session: AsyncSession,
    actor: Account,
    space_id: int,
    chat_id: int,
    video_session_id: int | None,
    limit: int,
    now: dt.datetime,
) -> api.ChatOut:
    page = await messages(session, actor, space_id, chat_id, None, None, limit, now)
    thread = await forum_repo.get_thread(session, chat_id)
    assert thread is not None
    return api.ChatOut(
        id=chat_id,
        space_id=space_id,
        area=thread.area,
        video_session_id=video_session_id,
        channel=thread_channel(space_id, chat_id),
        messages=page.messages,
        next_before=page.next_before,
    )


async def messages(
    session: AsyncSession,
    actor: Account,
    space_id: int,
    chat_id: int,
    before_id: int | None,
    after_id: int | None,
    limit: int,
    now: dt.datetime,
) -> api.ChatPage:
    """Oldest first either way: the newest ``limit`` before ``before_id`` (scrolling back,
    or on joining with neither), or the oldest ``limit`` after ``after_id`` (catching up
    after a reconnect, or reading a session's chat from its start with ``after=0``)."""
    if before_id is not None and after_id is not None:
        raise ProtocolError("give 'before' or 'after', not both", code=ErrorCode.INVALID)
    seen = await open_chat(session, actor, space_id, chat_id, now)
    held = seen.viewer.may(SpaceAction.SEE_MODERATION)
    if after_id is not None:
        rows = list(
            await forum_repo.list_posts(
                session, chat_id, viewer_id=actor.id, held=held, after_id=after_id, limit=limit
            )
        )
    else:
        newest = await chat_repo.latest_posts(
            session, chat_id, viewer_id=actor.id, held=held, before_id=before_id, limit=limit
        )
        rows = list(reversed(newest))
    full = len(rows) == limit
    shown = [
        post_out(seen.people, p)
        for p in rows
        if may_see_post(seen.viewer, p, post_target(seen.people, p, seen.thread))
    ]
    if after_id is not None:
        return api.ChatPage(messages=shown, next_after=rows[-1].id if full else None)
    return api.ChatPage(messages=shown, next_before=rows[0].id if full else None)


async def send(
    session: AsyncSession,
    limits: ForumLimits,
    actor: Account,
    space_id: int,
    chat_id: int,
    body: api.SendChatMessage,
    now: dt.datetime,
) -> forums.Created:
    """Send one message: the forum's reply path under the chat's limits (held for a teacher
    if the space pre-moderates pupils; a retry with the same client id: the same message)."""
    await open_chat(session, actor, space_id, chat_id, now)
    post = api.CreatePost(body=body.body, client_id=body.client_id)
    return await forums.create_post(session, limits, actor, space_id, chat_id, post, now)
