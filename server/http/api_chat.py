"""Routes: the space's chat, the teachers' chat, a video session's chat; history and sending.

A chat message is a forum post of a chat thread: edit, delete, hide, restore, approve, reject,
report and purge it with the forum's post routes (``/forum/posts/{id}...``), which apply the
same rules. Sending is idempotent on ``client_id``: 201 first, 200 with the same message on
a retry.
"""

from __future__ import annotations

from protocol import api

from ..services import chat as chat_service
from .routing import ApiRouter, Call, Reply

router = ApiRouter("chat")
SPACE = "/api/spaces/{space_id:int}"
CHAT = SPACE + "/chats/{chat_id:int}"
MAX_ID = 10**18


def history_limit(call: Call[None]) -> int:
    limit = call.query_int("limit", chat_service.HISTORY_DEFAULT, 1, chat_service.HISTORY_MAX)
    return limit or 1


@router.operation(
    "GET",
    SPACE + "/chat",
    "The space's chat with its newest messages (every member)",
    response=api.ChatOut,
    errors=(404, 422),
    query=("limit",),
    writes=True,  # the chat is made on its first reading
)
async def space_chat(call: Call[None]) -> api.ChatOut:
    return await chat_service.space_chat(
        call.req, call.path_id("space_id"), False, history_limit(call)
    )


@router.operation(
    "GET",
    SPACE + "/chat/teachers",
    "The twinspace's teachers-only chat with its newest messages (teachers)",
    response=api.ChatOut,
    errors=(403, 404, 422),
    query=("limit",),
    writes=True,  # the chat is made on its first reading
)
async def teachers_chat(call: Call[None]) -> api.ChatOut:
    return await chat_service.space_chat(
        call.req, call.path_id("space_id"), True, history_limit(call)
    )


@router.operation(
    "GET",
    SPACE + "/video-sessions/{session_id:int}/chat",
    "A video session's chat with its newest messages (its participants, the teachers)",
    response=api.ChatOut,
    errors=(404, 422),
    query=("limit",),
    writes=True,  # the chat is made on its first reading
)
async def session_chat(call: Call[None]) -> api.ChatOut:
    return await chat_service.session_chat(
        call.req, call.path_id("space_id"), call.path_id("session_id"), history_limit(call)
    )


@router.operation(
    "GET",
    CHAT + "/messages",
    "Messages oldest first: the newest before 'before', or those after 'after' (catch-up)",
    response=api.ChatPage,
    errors=(404, 422),
    query=("before", "after", "limit"),
)
async def messages(call: Call[None]) -> api.ChatPage:
    return await chat_service.messages(
        call.req,
        call.path_id("space_id"),
        call.path_id("chat_id"),
        call.query_int("before", None, 1, MAX_ID),
        call.query_int("after", None, 0, MAX_ID),
        history_limit(call),
    )


@router.operation(
    "POST",
    CHAT + "/messages",
    "Send a message (201; held if the space pre-moderates pupils; retry: 200, same message)",
    body=api.SendChatMessage,
    response=api.PostOut,
    status=201,
    errors=(403, 404, 409, 422, 429),
)
async def send(call: Call[api.SendChatMessage]) -> Reply:
    result = await chat_service.send(
        call.req,
        call.ctx.settings.chat_limits,
        call.path_id("space_id"),
        call.path_id("chat_id"),
        call.body,
    )
    return Reply(result.value, 201 if result.new else 200)


@router.operation(
    "POST",
    CHAT + "/read",
    "Move the caller's read mark in a chat forward (the caller's other tabs are told)",
    body=api.MarkRead,
    response=api.ChatRead,
    errors=(404,),
)
async def mark_read(call: Call[api.MarkRead]) -> api.ChatRead:
    return await chat_service.mark_read(
        call.req, call.path_id("space_id"), call.path_id("chat_id"), call.body
    )


@router.operation(
    "POST",
    CHAT + "/typing",
    "Say the caller is typing: sent on typing:S:ID at most every 3 s, never stored (204)",
    status=204,
    errors=(403, 404),
)
async def typing(call: Call[None]) -> Reply:
    await chat_service.typing(
        call.req, call.ctx.typing_gate, call.path_id("space_id"), call.path_id("chat_id")
    )
    return Reply(None, 204)


@router.operation(
    "GET",
    SPACE + "/chat/settings",
    "The space's chat settings: how many days messages are kept (members)",
    response=api.ChatSettingsOut,
    errors=(404,),
)
async def get_settings(call: Call[None]) -> api.ChatSettingsOut:
    return await chat_service.get_settings(call.req, call.path_id("space_id"))


@router.operation(
    "PUT",
    SPACE + "/chat/settings",
    "Set how many days the space's chats keep messages; null keeps them (teacher admins)",
    body=api.ChatSettings,
    response=api.ChatSettingsOut,
    errors=(403, 404, 422),
)
async def change_settings(call: Call[api.ChatSettings]) -> api.ChatSettingsOut:
    return await chat_service.change_settings(call.req, call.path_id("space_id"), call.body)
