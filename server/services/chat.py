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
from protocol.channels import ChannelKind
from protocol.errors import ErrorCode, NotFound, ProtocolError, present
from protocol.event_payloads import MentionNotice, Typing
from protocol.events import EventName
from protocol.vocabulary import CHAT_AREAS, AuditAction, ForumArea, PostState
from storage.models import Chat, ForumThread
from storage.repositories import accounts as account_repo
from storage.repositories import audit as audit_repo
from storage.repositories import chat as chat_repo
from storage.repositories import forums as forum_repo
from storage.repositories import spaces as space_repo
from storage.repositories import video as video_repo

from ..brokers.typing_memory import TypingGate
from ..forum_limits import ForumLimits
from ..policy import SessionPlaceFacts, SpaceAction
from . import forums
from .access import actor_of, authorize_in_space, enforce, membership_facts, space_facts
from .context import RequestContext
from .forum_events import ForumEvents, channel, thread_channel
from .forum_view import (
    NO_SUCH_THREAD,
    ThreadAccess,
    Viewer,
    may_see_post,
    may_see_thread,
    open_thread,
    people_for_posts,
    post_out,
    post_target,
    session_facts,
    thread_target,
    viewer_of,
)
from .outbox import outbox_of

NO_SUCH_CHAT = "no such chat"
NO_SUCH_SESSION = "no such video session"  # the video routes' words for a missing session
#: Messages on one page when the client asks for no number (and the most it may).
HISTORY_DEFAULT = 50
HISTORY_MAX = 200

TITLES = {
    ForumArea.CHAT: "Chat",
    ForumArea.TEACHERS_CHAT: "Teachers' Bulletin",
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
            # The concurrent maker committed it (ON CONFLICT waited for that commit).
            chat = present(await chat_repo.by_key(session, key), "the chat a concurrent call made")
    return chat.thread_id


async def open_chat(req: RequestContext, space_id: int, chat_id: int) -> ThreadAccess:
    """A chat the actor may read; anything else (a forum thread, another space's chat, the
    teachers' chat for a pupil) answers the same 404 as a chat that does not exist."""
    try:
        seen = await open_thread(req, space_id, chat_id)
    except NotFound as exc:
        if exc.message == NO_SUCH_THREAD:
            raise NotFound(NO_SUCH_CHAT) from None
        raise
    if seen.thread.area not in CHAT_AREAS:
        raise NotFound(NO_SUCH_CHAT)
    return seen


async def space_chat(req: RequestContext, space_id: int, teachers: bool, limit: int) -> api.ChatOut:
    """The space's chat (every member) or the teachers' chat (READ_TEACHERS_AREA: pupils and
    guests hear "no such chat"), with its newest messages."""
    session, now = req.db, req.now
    action = SpaceAction.READ_TEACHERS_AREA if teachers else SpaceAction.READ_FORUM
    await authorize_in_space(req, space_id, action, not_found=NO_SUCH_CHAT)
    area = ForumArea.TEACHERS_CHAT if teachers else ForumArea.CHAT
    chat_id = await ensure_chat(session, space_id, area, None, now)
    return await chat_out(req, space_id, chat_id, None, limit)


async def session_chat(
    req: RequestContext, space_id: int, video_session_id: int, limit: int
) -> api.ChatOut:
    """A video session's chat: for the people inside it and the space's teachers; a late
    joiner pages it from its start with ``after=0``."""
    session, actor, now = req.db, req.actor, req.now
    access = await authorize_in_space(req, space_id, SpaceAction.SEE_SPACE)
    video = await video_repo.get(session, video_session_id)
    if video is None or video.space_id != space_id:
        raise NotFound(NO_SUCH_SESSION)
    me = await video_repo.get_participant(session, video.id, actor.id)
    inside = me is not None and me.state in chat_repo.CHAT_STATES
    decision = viewer_of(actor, access, now).decide(
        SpaceAction.READ_SESSION_CHAT, SessionPlaceFacts(participant=inside)
    )
    enforce(decision, NO_SUCH_SESSION)
    chat_id = await ensure_chat(session, space_id, ForumArea.SESSION_CHAT, video.id, now)
    return await chat_out(req, space_id, chat_id, video.id, limit)


async def chat_out(
    req: RequestContext, space_id: int, chat_id: int, video_session_id: int | None, limit: int
) -> api.ChatOut:
    session, actor = req.db, req.actor
    page = await messages(req, space_id, chat_id, None, None, limit)
    thread = present(await forum_repo.get_thread(session, chat_id), "the chat's thread")
    unread = await forum_repo.unread_counts(session, actor.id, [chat_id])
    return api.ChatOut(
        id=chat_id,
        space_id=space_id,
        area=thread.area,
        video_session_id=video_session_id,
        channel=thread_channel(space_id, chat_id),
        messages=page.messages,
        next_before=page.next_before,
        last_read_id=await chat_repo.read_mark(session, actor.id, chat_id),
        unread=unread.get(chat_id, 0),
        typing_channel=typing_channel(space_id, chat_id),
    )


def typing_channel(space_id: int, chat_id: int) -> str:
    return channel(ChannelKind.TYPING, space_id, chat_id)


async def messages(
    req: RequestContext,
    space_id: int,
    chat_id: int,
    before_id: int | None,
    after_id: int | None,
    limit: int,
) -> api.ChatPage:
    """Oldest first either way: the newest ``limit`` before ``before_id`` (scrolling back,
    or on joining with neither), or the oldest ``limit`` after ``after_id`` (catching up
    after a reconnect, or reading a session's chat from its start with ``after=0``)."""
    session, actor = req.db, req.actor
    if before_id is not None and after_id is not None:
        raise ProtocolError("give 'before' or 'after', not both", code=ErrorCode.INVALID)
    seen = await open_chat(req, space_id, chat_id)
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
    await people_for_posts(session, seen.people, rows)
    shown = [
        post_out(seen.people, p)
        for p in rows
        if may_see_post(seen.viewer, p, post_target(seen.people, p, seen.thread, req.now))
    ]
    if after_id is not None:
        return api.ChatPage(messages=shown, next_after=rows[-1].id if full else None)
    return api.ChatPage(messages=shown, next_before=rows[0].id if full else None)


async def send(
    req: RequestContext, limits: ForumLimits, space_id: int, chat_id: int, body: api.SendChatMessage
) -> forums.Created:
    """Send one message: the forum's reply path under the chat's limits (held for a teacher
    if the space pre-moderates pupils; a retry with the same client id: the same message)."""
    session, now = req.db, req.now
    seen = await open_chat(req, space_id, chat_id)
    post = api.CreatePost(body=body.body, client_id=body.client_id)
    created = await forums.create_post(req, limits, space_id, chat_id, post)
    sent = created.value
    if created.new and isinstance(sent, api.PostOut) and sent.state is PostState.VISIBLE:
        await tell_mentioned(session, seen, sent, now)
    return created


async def tell_mentioned(
    session: AsyncSession, seen: ThreadAccess, sent: api.PostOut, now: dt.datetime
) -> None:
    """A notice to each member named with ``@Name`` who may read this chat (a pupil named in
    the teachers' chat, or someone outside a session, hears nothing of it). A held message
    tells no one until a teacher approves it (moderation.py calls this then)."""
    space = seen.access.space
    events = ForumEvents(session, space.id)
    for account_id in sent.mentions:
        if account_id == sent.author.account_id:
            continue
        membership = await space_repo.get_membership(session, space.id, account_id)
        account = await account_repo.get(session, account_id)
        facts = membership_facts(membership, now)
        if account is None or facts is None:
            continue
        viewer = Viewer(actor_of(account), facts, space_facts(space))
        inside = await session_facts(session, seen.thread, account_id)
        if may_see_thread(viewer, seen.thread, None, inside):
            mention = MentionNotice(chat_id=seen.thread.id, post=sent)
            events.to_member(account_id, EventName.CHAT_MENTION, mention)


async def mark_read(
    req: RequestContext, space_id: int, chat_id: int, body: api.MarkRead
) -> api.ChatRead:
    """Move the caller's read mark forward (the forum's read marks; other tabs are told)."""
    session, actor = req.db, req.actor
    await open_chat(req, space_id, chat_id)
    thread = await forums.mark_read(req, space_id, chat_id, body)
    mark = await chat_repo.read_mark(session, actor.id, chat_id)
    return api.ChatRead(chat_id=chat_id, last_read_id=mark, unread=thread.unread)


async def typing(req: RequestContext, gate: TypingGate, space_id: int, chat_id: int) -> bool:
    """Tell the chat's readers the caller is typing (at most once per TYPING_EVERY); only
    members who may write there (not a muted one) type. Whether an event was sent.
    The gate is shared by every process when Redis is configured."""
    session, actor, now = req.db, req.actor, req.now
    seen = await open_chat(req, space_id, chat_id)
    enforce(seen.viewer.decide(SpaceAction.POST_REPLY, thread_target(seen.people, seen.thread)))
    if not await gate.admit(actor.id, chat_id, now):
        return False
    who = Typing(account_id=actor.id, display_name=actor.display_name)
    outbox_of(session).event(typing_channel(space_id, chat_id), EventName.TYPING, who)
    return True


async def get_settings(req: RequestContext, space_id: int) -> api.ChatSettingsOut:
    session = req.db
    await authorize_in_space(req, space_id, SpaceAction.SEE_SPACE)
    settings = await chat_repo.get_settings(session, space_id)
    return api.ChatSettingsOut(retention_days=settings.retention_days if settings else None)


async def change_settings(
    req: RequestContext, space_id: int, body: api.ChatSettings
) -> api.ChatSettingsOut:
    """Teacher admins set how long the space's chats keep messages (audited)."""
    session, actor, now = req.db, req.actor, req.now
    await authorize_in_space(req, space_id, SpaceAction.UPDATE_SETTINGS)
    settings = await chat_repo.put_settings(session, space_id, body.retention_days, now)
    audit_repo.record(
        session,
        now=now,
        action=AuditAction.SPACE_SETTINGS_CHANGED,
        actor_id=actor.id,
        space_id=space_id,
        target_account_id=None,
        reason="",
        details={"chat_retention_days": settings.retention_days},
    )
    return api.ChatSettingsOut(retention_days=settings.retention_days)


async def purge_expired(session: AsyncSession, now: dt.datetime) -> int:
    """The housekeeping task's part: remove messages past their space's retention, and
    recount the chats they were in. How many messages were removed."""
    removed = await chat_repo.purge_expired(session, now)
    for thread_id, count in removed.items():
        await forum_repo.refresh_thread(session, thread_id, now)
        thread = present(await forum_repo.get_thread(session, thread_id), "a purged chat's thread")
        audit_repo.record(
            session,
            now=now,
            action=AuditAction.CHAT_EXPIRED,
            actor_id=None,
            space_id=thread.space_id,
            details={"chat_id": thread_id, "messages": count},
        )
    return sum(removed.values())
