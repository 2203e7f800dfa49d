"""Forums: threads, posts, edits with history, soft delete, read marks, search.

Every action asks the policy (through authorize_in_space and the Viewer) with the facts of
the thread or post; live events are gathered in the outbox and sent after commit.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from protocol import api
from protocol.errors import (
    Conflict,
    DomainError,
    ErrorCode,
    FieldCode,
    FieldError,
    NotFound,
    ProtocolError,
)
from protocol.event_payloads import HeldNotice, PostGone, PostShown, ReadNotice
from protocol.events import EventName as E
from protocol.vocabulary import (
    CHAT_AREAS,
    FORUM_AREAS,
    TEACHERS_ONLY_AREAS,
    ForumArea,
    PostState,
    SpaceKind,
)
from storage.models import Account, ForumPost, ForumThread
from storage.repositories import forums as forum_repo
from storage.repositories import groups as group_repo

from ..forum_limits import ForumLimits
from ..policy import Outcome, SpaceAction
from ..policy.capabilities import forum_allowed
from .access import authorize_in_space, enforce
from .allowed import post_for, thread_for
from .context import RequestContext
from .forum_events import ForumEvents
from .forum_view import (
    NO_SUCH_THREAD,
    People,
    ThreadAccess,
    may_see_post,
    may_see_thread,
    open_post,
    open_thread,
    people_for_posts,
    post_out,
    post_target,
    thread_out,
    thread_target,
    viewer_of,
)
from .reactions import with_reactions

#: Threads or posts on one page when the client asks for no number (and the most it may).
PAGE_DEFAULT = 50
PAGE_MAX = 200


class RateLimited(DomainError):
    """Too many posts in the window of :class:`ForumLimits`; retry later."""

    code = ErrorCode.RATE_LIMITED


@dataclass(frozen=True, slots=True)
class Created:
    """A created post, and whether this call made it (False: a retry found the first)."""

    value: api.PostOut | api.ThreadCreated
    new: bool


async def list_threads(
    req: RequestContext, space_id: int, area: ForumArea, before_id: int | None, limit: int
) -> api.ThreadPage:
    session, actor, now = req.db, req.actor, req.now
    action = (
        SpaceAction.READ_TEACHERS_AREA if area is ForumArea.TEACHERS else SpaceAction.READ_FORUM
    )
    access = await authorize_in_space(req, space_id, action)
    viewer = viewer_of(actor, access, now)
    held = viewer.may(SpaceAction.SEE_MODERATION)
    people = People(space_id)

    async def page(pinned: bool, before: int | None, size: int) -> list[ForumThread]:
        rows = await forum_repo.list_threads(
            session,
            space_id,
            area,
            viewer_id=actor.id,
            held=held,
            pinned=pinned,
            before_id=before,
            limit=size,
        )
        await people.load(session, [t.author_id for t in rows])
        return [t for t in rows if may_see_thread(viewer, t, people.role(t.author_id))]

    pinned = await page(True, None, PAGE_MAX) if before_id is None else []
    rows = await forum_repo.list_threads(
        session,
        space_id,
        area,
        viewer_id=actor.id,
        held=held,
        pinned=False,
        before_id=before_id,
        limit=limit,
    )
    await people.load(session, [t.author_id for t in rows])
    threads = [t for t in rows if may_see_thread(viewer, t, people.role(t.author_id))]
    unread = await forum_repo.unread_counts(session, actor.id, [t.id for t in pinned + threads])
    return api.ThreadPage(
        pinned=[thread_for(viewer, people, t, unread.get(t.id, 0)) for t in pinned],
        threads=[thread_for(viewer, people, t, unread.get(t.id, 0)) for t in threads],
        next_before=rows[-1].id if len(rows) == limit else None,
        allowed=forum_allowed(viewer, area is ForumArea.TEACHERS),
    )


async def get_thread(req: RequestContext, space_id: int, thread_id: int) -> api.ThreadOut:
    session, actor = req.db, req.actor
    seen = await open_thread(req, space_id, thread_id)
    unread = await forum_repo.unread_counts(session, actor.id, [thread_id])
    return thread_for(seen.viewer, seen.people, seen.thread, unread.get(thread_id, 0))


async def list_posts(
    req: RequestContext, space_id: int, thread_id: int, after_id: int | None, limit: int
) -> api.PostPage:
    session, actor, now = req.db, req.actor, req.now
    seen = await open_thread(req, space_id, thread_id)
    rows = await forum_repo.list_posts(
        session,
        thread_id,
        viewer_id=actor.id,
        held=seen.viewer.may(SpaceAction.SEE_MODERATION),
        after_id=after_id,
        limit=limit,
    )
    await people_for_posts(session, seen.people, rows)
    posts = [
        post_for(seen.viewer, seen.people, p, seen.thread, now)
        for p in rows
        if may_see_post(seen.viewer, p, post_target(seen.people, p, seen.thread, now))
    ]
    posts = await with_reactions(session, actor.id, posts)
    return api.PostPage(posts=posts, next_after=rows[-1].id if len(rows) == limit else None)


async def check_rate(req: RequestContext, limits: ForumLimits, space_id: int) -> None:
    session, actor, now = req.db, req.actor, req.now
    since = now - limits.window
    areas = limits.areas
    mine = await forum_repo.count_posts_since(
        session, since, author_id=actor.id, space_id=None, areas=areas
    )
    if mine >= limits.posts_per_member:
        raise RateLimited("you are posting very fast: wait a minute and try again")
    everyone = await forum_repo.count_posts_since(
        session, since, author_id=None, space_id=space_id, areas=areas
    )
    if everyone >= limits.posts_per_space:
        raise RateLimited("this project's forum is very busy: wait a minute and try again")


#: A post with the same client id committed first, then went before we could read it (its
#: author deleted it, or its thread went): nothing to answer with; the client may retry.
CLIENT_ID_RACE = "a post with this client id was made and removed meanwhile; try again"


async def existing(
    session: AsyncSession, actor: Account, client_id: str, thread_id: int | None
) -> ForumPost | None:
    """The post an earlier try with this client id made, if any (a retry)."""
    post = await forum_repo.find_by_client_id(session, actor.id, client_id)
    if post is not None and thread_id is not None and post.thread_id != thread_id:
        raise Conflict("this client id was used for a post in another thread")
    return post


def announce_post(events: ForumEvents, seen: ThreadAccess, post: ForumPost) -> None:
    out = post_out(seen.people, post)
    if post.state is PostState.PENDING:
        events.to_moderators(E.POST_PENDING, PostShown(post=out))
        held = HeldNotice(post=out)
        events.to_member(post.author_id, E.POST_PENDING, held)
        return
    events.on_thread(seen.thread.id, E.POST_CREATED, PostShown(post=out))
    events.on_list(thread_out(seen.people, seen.thread), E.THREAD_UPDATED)


async def create_post(
    req: RequestContext, limits: ForumLimits, space_id: int, thread_id: int, body: api.CreatePost
) -> Created:
    session, actor, now = req.db, req.actor, req.now
    seen = await open_thread(req, space_id, thread_id)
    if seen.thread.area not in limits.areas:
        # Forum routes write forum threads, chat routes chats: each under its own limits.
        raise NotFound(NO_SUCH_THREAD)
    found = await existing(session, actor, body.client_id, thread_id)
    if found is not None:
        await people_for_posts(session, seen.people, [found])
        return Created(post_for(seen.viewer, seen.people, found, seen.thread, now), new=False)
    target = thread_target(seen.people, seen.thread)
    if seen.thread.area in TEACHERS_ONLY_AREAS:
        area = seen.viewer.decide(SpaceAction.POST_TEACHERS_AREA)
        enforce(area, NO_SUCH_THREAD)
    decision = enforce(seen.viewer.decide(SpaceAction.POST_REPLY, target), NO_SUCH_THREAD)
    await check_rate(req, limits, space_id)
    held = decision.outcome is Outcome.ALLOW_HELD
    post = ForumPost(
        thread_id=thread_id,
        space_id=space_id,
        author_id=actor.id,
        client_id=body.client_id,
        body=body.body,
        state=PostState.PENDING if held else PostState.VISIBLE,
        teacher_acted=False,
        created_at=now,
    )
    if await forum_repo.insert_once(session, post) is None:
        # A concurrent duplicate committed first: answer with that one.
        found = await existing(session, actor, body.client_id, thread_id)
        if found is None:
            raise Conflict(CLIENT_ID_RACE)
        await people_for_posts(session, seen.people, [found])
        return Created(post_for(seen.viewer, seen.people, found, seen.thread, now), new=False)
    await forum_repo.refresh_thread(session, thread_id, now)
    if seen.access.space.kind is SpaceKind.GROUP:
        await group_repo.touch(session, space_id, now)  # the directory's "most active"
    await people_for_posts(session, seen.people, [post])
    announce_post(ForumEvents(session, space_id), seen, post)
    return Created(post_for(seen.viewer, seen.people, post, seen.thread, now), new=True)


async def writing(req: RequestContext, limits: ForumLimits, space_id: int, thread_id: int) -> None:
    """Whether the caller may say they are writing a reply in the thread (issue 21): the
    questions of a reply, asked without a body. Nothing is stored or announced here; the edge
    makes them the thread's most recently active reader."""
    seen = await open_thread(req, space_id, thread_id)
    if seen.thread.area not in limits.areas:
        raise NotFound(NO_SUCH_THREAD)
    if seen.thread.area in TEACHERS_ONLY_AREAS:
        enforce(seen.viewer.decide(SpaceAction.POST_TEACHERS_AREA), NO_SUCH_THREAD)
    target = thread_target(seen.people, seen.thread)
    enforce(seen.viewer.decide(SpaceAction.POST_REPLY, target), NO_SUCH_THREAD)


async def create_thread(
    req: RequestContext, limits: ForumLimits, space_id: int, body: api.CreateThread
) -> Created:
    session, actor, now = req.db, req.actor, req.now
    if body.area not in FORUM_AREAS:
        raise ProtocolError("a thread's area must be 'open' or 'teachers'", code=ErrorCode.INVALID)
    area_action = (
        SpaceAction.POST_TEACHERS_AREA
        if body.area is ForumArea.TEACHERS
        else SpaceAction.READ_FORUM
    )
    await authorize_in_space(req, space_id, area_action)
    found = await existing(session, actor, body.client_id, None)
    if found is not None:
        return Created(await retried_thread(req, space_id, found), new=False)
    creating = await authorize_in_space(req, space_id, SpaceAction.CREATE_THREAD)
    await check_rate(req, limits, space_id)
    held = creating.decision.outcome is Outcome.ALLOW_HELD
    state = PostState.PENDING if held else PostState.VISIBLE
    thread = ForumThread(
        space_id=space_id,
        area=body.area,
        title=body.title,
        author_id=actor.id,
        state=state,
        pinned=False,
        locked=False,
        created_at=now,
        updated_at=now,
        visible_posts=0,
    )
    session.add(thread)
    await session.flush()
    post = ForumPost(
        thread_id=thread.id,
        space_id=space_id,
        author_id=actor.id,
        client_id=body.client_id,
        body=body.body,
        state=state,
        teacher_acted=False,
        created_at=now,
    )
    if await forum_repo.insert_once(session, post) is None:
        await session.delete(thread)
        found = await existing(session, actor, body.client_id, None)
        if found is None:
            raise Conflict(CLIENT_ID_RACE)
        return Created(await retried_thread(req, space_id, found), new=False)
    await forum_repo.refresh_thread(session, thread.id, now)
    if creating.space.kind is SpaceKind.GROUP:
        await group_repo.touch(session, space_id, now)
    events = ForumEvents(session, space_id)
    people = await people_for_posts(session, People(space_id), [post])
    created = api.ThreadCreated(thread=thread_out(people, thread), post=post_out(people, post))
    if held:
        events.to_moderators(E.THREAD_PENDING, created)
        notice = HeldNotice(thread=created.thread, post=created.post)
        events.to_member(actor.id, E.POST_PENDING, notice)
    else:
        events.on_list(created.thread, E.THREAD_CREATED)
    viewer = viewer_of(actor, creating, now)
    answer = api.ThreadCreated(
        thread=thread_for(viewer, people, thread), post=post_for(viewer, people, post, thread, now)
    )
    return Created(answer, new=True)


async def retried_thread(req: RequestContext, space_id: int, post: ForumPost) -> api.ThreadCreated:
    session, actor, now = req.db, req.actor, req.now
    seen = await open_thread(req, space_id, post.thread_id)
    first = await forum_repo.list_posts(
        session, post.thread_id, viewer_id=actor.id, held=True, after_id=None, limit=1
    )
    if first[0].id != post.id:
        raise Conflict("this client id was used for a reply, not for a new thread")
    await people_for_posts(session, seen.people, [post])
    return api.ThreadCreated(
        thread=thread_for(seen.viewer, seen.people, seen.thread),
        post=post_for(seen.viewer, seen.people, post, seen.thread, now),
    )


async def edit_post(
    req: RequestContext, space_id: int, post_id: int, body: api.EditPost
) -> api.PostOut:
    session, now = req.db, req.now
    seen, post = await open_post(req, space_id, post_id)
    if post.state is PostState.DELETED:
        raise NotFound("no such post")
    target = post_target(seen.people, post, seen.thread, now)
    if seen.thread.area in CHAT_AREAS and len(body.body) > api.MAX_CHAT_CHARS:
        raise ProtocolError(
            f"a chat message holds at most {api.MAX_CHAT_CHARS} characters",
            code=ErrorCode.INVALID,
            fields=[
                FieldError(field="body", code=FieldCode.TOO_LONG, min=1, max=api.MAX_CHAT_CHARS)
            ],
        )
    enforce(seen.viewer.decide(SpaceAction.EDIT_OWN_POST, target))
    if body.body != post.body:
        forum_repo.add_revision(session, post, now)
        post.body = body.body
        post.edited_at = now
        await session.flush()
    await people_for_posts(session, seen.people, [post])  # whom the new words mention
    out = post_out(seen.people, post)
    events = ForumEvents(session, space_id)
    if post.state is PostState.VISIBLE:
        events.on_thread(post.thread_id, E.POST_EDITED, PostShown(post=out))
    else:
        events.to_moderators(E.POST_EDITED, PostShown(post=out))
    edited = post_for(seen.viewer, seen.people, post, seen.thread, now)
    return (await with_reactions(session, req.actor.id, [edited]))[0]


async def delete_post(req: RequestContext, space_id: int, post_id: int) -> None:
    """Soft delete by the author: kept, and still shown to the space's moderators."""
    session, now = req.db, req.now
    seen, post = await open_post(req, space_id, post_id)
    if post.state is PostState.DELETED:
        raise NotFound("no such post")
    target = post_target(seen.people, post, seen.thread, now)
    enforce(seen.viewer.decide(SpaceAction.DELETE_OWN_POST, target))
    was_visible = post.state is PostState.VISIBLE
    post.state = PostState.DELETED
    await session.flush()
    await forum_repo.refresh_thread(session, post.thread_id, now)
    events = ForumEvents(session, space_id)
    if was_visible:
        events.on_thread(post.thread_id, E.POST_DELETED, PostGone(post_id=post.id))
        events.on_list(thread_out(seen.people, seen.thread), E.THREAD_UPDATED)
    events.to_moderators(E.POST_DELETED, PostShown(post=post_out(seen.people, post)))


async def history(req: RequestContext, space_id: int, post_id: int) -> list[api.RevisionOut]:
    """Earlier bodies: for the author and the post's moderators."""
    session = req.db
    seen, post = await open_post(req, space_id, post_id)
    target = post_target(seen.people, post, seen.thread, req.now)
    if not seen.viewer.may(SpaceAction.READ_HELD_POST, target):
        raise NotFound("no such post")
    return [
        api.RevisionOut(body=r.body, replaced_at=r.replaced_at)
        for r in await forum_repo.revisions(session, post_id)
    ]


async def mark_read(
    req: RequestContext, space_id: int, thread_id: int, body: api.MarkRead
) -> api.ThreadOut:
    session, actor, now = req.db, req.actor, req.now
    seen = await open_thread(req, space_id, thread_id)
    mark = await forum_repo.mark_read(session, actor.id, thread_id, body.last_read_post_id, now)
    unread = (await forum_repo.unread_counts(session, actor.id, [thread_id])).get(thread_id, 0)
    # The reader's other tabs and devices update their counts.
    read = ReadNotice(thread_id=thread_id, last_read_post_id=mark.last_read_post_id, unread=unread)
    ForumEvents(session, space_id).to_member(actor.id, E.THREAD_READ, read)
    return thread_for(seen.viewer, seen.people, seen.thread, unread)


async def search(req: RequestContext, space_id: int, query: str, limit: int) -> list[api.SearchHit]:
    session, actor, now = req.db, req.actor, req.now
    access = await authorize_in_space(req, space_id, SpaceAction.READ_FORUM)
    areas = [ForumArea.OPEN]
    if access.may(actor, SpaceAction.READ_TEACHERS_AREA, now):
        areas.append(ForumArea.TEACHERS)
    rows = await forum_repo.search(session, space_id, query, areas, limit=limit)
    people = await people_for_posts(session, People(space_id), [p for p, _ in rows])
    return [api.SearchHit(post=post_out(people, p), thread_title=t.title) for p, t in rows]


async def get_post(req: RequestContext, space_id: int, post_id: int) -> api.PostOut:
    """One post as the caller may see it, with what they may do with it: how a client
    learns its controls for a post a live event brought (events carry no `allowed`)."""
    now = req.now
    seen, post = await open_post(req, space_id, post_id)
    out = post_for(seen.viewer, seen.people, post, seen.thread, now)
    return (await with_reactions(req.db, req.actor.id, [out]))[0]
