"""Routes: forum threads and posts, edits, read marks, search.

Creating a thread or a post is idempotent on the body's ``client_id``: the first call
answers 201; a retry with the same client id (after a lost answer) answers 200 with the very
same thread or post, and never stores a second one.
"""

from __future__ import annotations

from protocol import api
from protocol.errors import ErrorCode, ProtocolError
from protocol.vocabulary import FORUM_AREAS, ForumArea

from ..services import forums as forum_service
from ..services import reactions as reaction_service
from .routing import ApiRouter, Call, Reply

router = ApiRouter("forums")
FORUM = "/api/spaces/{space_id:int}/forum"
THREAD = FORUM + "/threads/{thread_id:int}"
POST = FORUM + "/posts/{post_id:int}"
MAX_ID = 10**18


def area_of(call: Call[None]) -> ForumArea:
    raw = call.request.query_params.get("area", ForumArea.OPEN.value)
    if raw in {area.value for area in FORUM_AREAS}:
        return ForumArea(raw)
    raise ProtocolError(
        "query parameter 'area' must be 'open' or 'teachers'", code=ErrorCode.INVALID
    )


def created(result: forum_service.Created) -> Reply:
    return Reply(result.value, 201 if result.new else 200)


@router.operation(
    "GET",
    FORUM + "/threads",
    "Threads of one area, newest first; pinned ones apart on the first page; unread counts",
    response=api.ThreadPage,
    errors=(404, 422),
    query=("before", "limit"),
    text_query=("area",),
)
async def list_threads(call: Call[None]) -> api.ThreadPage:
    return await forum_service.list_threads(
        call.req,
        call.path_id("space_id"),
        area_of(call),
        call.query_int("before", None, 1, MAX_ID),
        call.query_int("limit", forum_service.PAGE_DEFAULT, 1, forum_service.PAGE_MAX) or 1,
    )


@router.operation(
    "POST",
    FORUM + "/threads",
    "Start a thread with its first post (201; a retry with the same client_id: 200, same)",
    body=api.CreateThread,
    response=api.ThreadCreated,
    status=201,
    errors=(403, 404, 409, 422, 429),
)
async def create_thread(call: Call[api.CreateThread]) -> Reply:
    result = await forum_service.create_thread(
        call.req, call.ctx.settings.forum_limits, call.path_id("space_id"), call.body
    )
    return created(result)


@router.operation(
    "GET",
    THREAD,
    "One thread, with the caller's unread count",
    response=api.ThreadOut,
    errors=(404,),
)
async def get_thread(call: Call[None]) -> api.ThreadOut:
    return await forum_service.get_thread(
        call.req, call.path_id("space_id"), call.path_id("thread_id")
    )


@router.operation(
    "GET",
    THREAD + "/posts",
    "Posts of a thread, oldest first, from after the cursor",
    response=api.PostPage,
    errors=(404, 422),
    query=("after", "limit"),
)
async def list_posts(call: Call[None]) -> api.PostPage:
    return await forum_service.list_posts(
        call.req,
        call.path_id("space_id"),
        call.path_id("thread_id"),
        call.query_int("after", None, 0, MAX_ID),
        call.query_int("limit", forum_service.PAGE_DEFAULT, 1, forum_service.PAGE_MAX) or 1,
    )


@router.operation(
    "POST",
    THREAD + "/posts",
    "Reply (201; held for approval if the space pre-moderates pupils; retry: 200, same post)",
    body=api.CreatePost,
    response=api.PostOut,
    status=201,
    errors=(403, 404, 409, 422, 429),
)
async def create_post(call: Call[api.CreatePost]) -> Reply:
    result = await forum_service.create_post(
        call.req,
        call.ctx.settings.forum_limits,
        call.path_id("space_id"),
        call.path_id("thread_id"),
        call.body,
    )
    if result.new and isinstance(result.value, api.PostOut) and result.value.state == "visible":
        # Posting is activity (issue 21): first in the thread's "reading now" at the next
        # pass. A held post is not, so that nobody learns of it before a moderator.
        await call.ctx.hub.readers.touch(
            call.path_id("space_id"), call.path_id("thread_id"), call.req.actor.id
        )
    return created(result)


@router.operation(
    "POST",
    THREAD + "/typing",
    "Say the caller is writing a reply: first in the thread's readers at the next pass (204)",
    status=204,
    errors=(403, 404),
)
async def typing(call: Call[None]) -> Reply:
    space_id, thread_id = call.path_id("space_id"), call.path_id("thread_id")
    await forum_service.writing(call.req, call.ctx.settings.forum_limits, space_id, thread_id)
    # The typing gate (shared by the processes on Redis) keeps a client that calls on every
    # keystroke to one store write per 3 s; thread and chat ids are one numbering.
    if await call.ctx.typing_gate.admit(call.req.actor.id, thread_id, call.req.now):
        await call.ctx.hub.readers.touch(space_id, thread_id, call.req.actor.id)
    return Reply(None, 204)


@router.operation(
    "POST",
    THREAD + "/read",
    "Mark the thread read up to a post",
    body=api.MarkRead,
    response=api.ThreadOut,
    errors=(404,),
)
async def mark_read(call: Call[api.MarkRead]) -> api.ThreadOut:
    return await forum_service.mark_read(
        call.req, call.path_id("space_id"), call.path_id("thread_id"), call.body
    )


@router.operation(
    "PATCH",
    POST,
    "Edit one's own post (the earlier text is kept in its history)",
    body=api.EditPost,
    response=api.PostOut,
    errors=(403, 404, 422),
)
async def edit_post(call: Call[api.EditPost]) -> api.PostOut:
    return await forum_service.edit_post(
        call.req, call.path_id("space_id"), call.path_id("post_id"), call.body
    )


@router.operation(
    "DELETE",
    POST,
    "Delete one's own post (kept for the moderators)",
    status=204,
    errors=(403, 404),
)
async def delete_post(call: Call[None]) -> Reply:
    await forum_service.delete_post(call.req, call.path_id("space_id"), call.path_id("post_id"))
    return Reply(None, 204)


@router.operation(
    "GET",
    POST + "/history",
    "Earlier texts of an edited post (its author and moderators)",
    response=list[api.RevisionOut],
    errors=(404,),
)
async def history(call: Call[None]) -> list[api.RevisionOut]:
    return await forum_service.history(call.req, call.path_id("space_id"), call.path_id("post_id"))


@router.operation(
    "GET",
    FORUM + "/search",
    "Full-text search of the visible posts the caller may read, newest first",
    response=list[api.SearchHit],
    errors=(404, 422),
    query=("limit",),
    text_query=("q",),
)
async def search(call: Call[None]) -> list[api.SearchHit]:
    query = call.request.query_params.get("q", "")
    if not query.strip() or len(query) > 200:
        raise ProtocolError(
            "query parameter 'q' must hold 1 to 200 characters", code=ErrorCode.INVALID
        )
    return await forum_service.search(
        call.req,
        call.path_id("space_id"),
        query,
        call.query_int("limit", forum_service.PAGE_DEFAULT, 1, forum_service.PAGE_MAX) or 1,
    )


@router.operation(
    "GET",
    POST,
    "One post as the caller may see it, with what they may do with it (`allowed`)",
    response=api.PostOut,
    errors=(404,),
)
async def get_post(call: Call[None]) -> api.PostOut:
    return await forum_service.get_post(call.req, call.path_id("space_id"), call.path_id("post_id"))


REACTION = POST + "/reactions/{reaction:str}"


def reactions_budget(call: Call[None]) -> reaction_service.ReactionBudget:
    return reaction_service.ReactionBudget(call.ctx.attempts, call.ctx.settings.forum_limits)


@router.operation(
    "PUT",
    REACTION,
    "Add one's reaction of one kind to a post (again: the same answer, nothing added)",
    response=api.ReactionsOut,
    errors=(403, 404, 422, 429),
)
async def add_reaction(call: Call[None]) -> api.ReactionsOut:
    return await reaction_service.react(
        call.req,
        reactions_budget(call),
        call.path_id("space_id"),
        call.path_id("post_id"),
        call.path_text(),
        on=True,
    )


@router.operation(
    "DELETE",
    REACTION,
    "Take back one's reaction of one kind to a post (again: the same answer)",
    response=api.ReactionsOut,
    errors=(403, 404, 422, 429),
)
async def remove_reaction(call: Call[None]) -> api.ReactionsOut:
    return await reaction_service.react(
        call.req,
        reactions_budget(call),
        call.path_id("space_id"),
        call.path_id("post_id"),
        call.path_text(),
        on=False,
    )
