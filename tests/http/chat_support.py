"""Short ways to use the chats of a classroom, for the chat tests."""

from __future__ import annotations

from typing import Any

import httpx

from .conftest import ApiUser, ok
from .forum_support import Classroom, client_id


def chats(room: Classroom) -> str:
    return f"/api/spaces/{room.space_id}/chats"


async def space_chat(room: Classroom, user: ApiUser, teachers: bool = False) -> dict[str, Any]:
    path = f"/api/spaces/{room.space_id}/chat" + ("/teachers" if teachers else "")
    chat: dict[str, Any] = ok(await user.get(path))
    return chat


async def say(
    room: Classroom, user: ApiUser, chat_id: int, body: str, cid: str | None = None
) -> httpx.Response:
    payload = {"body": body, "client_id": cid or client_id()}
    return await user.post(f"{chats(room)}/{chat_id}/messages", payload)


async def said(room: Classroom, user: ApiUser, chat_id: int, body: str) -> dict[str, Any]:
    message: dict[str, Any] = ok(await say(room, user, chat_id, body), 201)
    return message


async def page(room: Classroom, user: ApiUser, chat_id: int, query: str = "") -> dict[str, Any]:
    result: dict[str, Any] = ok(await user.get(f"{chats(room)}/{chat_id}/messages{query}"))
    return result


async def bodies(room: Classroom, user: ApiUser, chat_id: int, query: str = "") -> list[str]:
    return [m["body"] for m in (await page(room, user, chat_id, query))["messages"]]
