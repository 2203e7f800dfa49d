"""Chat niceties over HTTP, on SQLite and PostgreSQL: edits within the window (injected
clock), deletion by the author (kept for teachers), read marks, @mentions resolved to
members, per-space retention purged by housekeeping."""

from __future__ import annotations

import datetime as dt

import pytest

from server.clock import FakeClock
from server.forum_limits import CHAT_EDIT_WINDOW
from server.housekeeping import purge_expired_chat

from .chat_support import bodies, chats, said, say, space_chat
from .conftest import World, error_code, ok
from .forum_support import Classroom, classroom


@pytest.fixture
async def room(world: World) -> Classroom:
    return await classroom(world)


async def test_a_message_is_edited_within_five_minutes_only(
    room: Classroom, clock: FakeClock
) -> None:
    chat_id = (await space_chat(room, room.ana))["id"]
    message = await said(room, room.max, chat_id, "helo")
    path = f"{room.forum}/posts/{message['id']}"
    clock.advance(CHAT_EDIT_WINDOW - dt.timedelta(seconds=1))
    edited = ok(await room.max.patch(path, {"body": "hello"}))
    assert (edited["body"], edited["edited_at"] is not None) == ("hello", True)
    assert error_code(await room.lea.patch(path, {"body": "mine"}), 403) == "forbidden"
    too_long = await room.max.patch(path, {"body": "x" * 2001})
    assert error_code(too_long, 422) == "invalid"
    clock.advance(dt.timedelta(seconds=2))
    late = await room.max.patch(path, {"body": "hello!"})
    assert error_code(late, 403) == "forbidden"
    assert "time" in late.json()["error"]["message"]
    assert await bodies(room, room.lea, chat_id) == ["hello"]
    history = ok(await room.bea.get(f"{path}/history"))
    assert [r["body"] for r in history] == ["helo"]


async def test_the_author_deletes_a_message_and_teachers_still_see_it(room: Classroom) -> None:
    chat_id = (await space_chat(room, room.ana))["id"]
    message = await said(room, room.max, chat_id, "oops")
    assert error_code(await room.lea.delete(f"{room.forum}/posts/{message['id']}"), 403)
    ok(await room.max.delete(f"{room.forum}/posts/{message['id']}"), 204)
    assert await bodies(room, room.lea, chat_id) == []
    assert await bodies(room, room.max, chat_id) == []
    seen = ok(await room.bea.get(f"{chats(room)}/{chat_id}/messages"))["messages"]
    assert [(m["body"], m["state"]) for m in seen] == [("oops", "deleted")]


async def test_read_marks_count_what_others_wrote_since(room: Classroom) -> None:
    chat_id = (await space_chat(room, room.ana))["id"]
    first = await said(room, room.ana, chat_id, "one")
    await said(room, room.lea, chat_id, "mine")  # one's own messages are never unread
    await said(room, room.bea, chat_id, "two")
    joined = await space_chat(room, room.lea)
    assert (joined["last_read_id"], joined["unread"]) == (None, 2)
    read = ok(
        await room.lea.post(f"{chats(room)}/{chat_id}/read", {"last_read_post_id": first["id"]})
    )
    assert read == {"chat_id": chat_id, "last_read_id": first["id"], "unread": 1}
    back = ok(await room.lea.post(f"{chats(room)}/{chat_id}/read", {"last_read_post_id": 1}))
    assert back["last_read_id"] == first["id"]  # a mark never moves back
    again = await space_chat(room, room.lea)
    assert (again["last_read_id"], again["unread"]) == (first["id"], 1)
    assert (await space_chat(room, room.max))["unread"] == 3


async def test_mentions_resolve_display_names_to_members(room: Classroom) -> None:
    chat_id = (await space_chat(room, room.ana))["id"]
    message = await said(room, room.max, chat_id, "@lea look! and @Bea, and @Nobody and @Maxine")
    assert message["mentions"] == sorted([room.lea.id, room.bea.id])
    plain = await said(room, room.max, chat_id, "mail me at lea@example.org")
    assert plain["mentions"] == []


async def test_retention_removes_old_messages_for_good(room: Classroom, clock: FakeClock) -> None:
    settings = f"/api/spaces/{room.space_id}/chat/settings"
    assert ok(await room.max.get(settings)) == {"retention_days": None}
    assert error_code(await room.bea.put(settings, {"retention_days": 7}), 403) == "forbidden"
    assert error_code(await room.ana.put(settings, {"retention_days": 0}), 422) == "invalid"
    assert ok(await room.ana.put(settings, {"retention_days": 7})) == {"retention_days": 7}
    chat_id = (await space_chat(room, room.ana))["id"]
    teachers_id = (await space_chat(room, room.ana, teachers=True))["id"]
    old = await said(room, room.max, chat_id, "last week")
    ok(await room.lea.post(f"{room.forum}/posts/{old['id']}/report", {"reason": "x"}), 201)
    await said(room, room.ana, teachers_id, "old teachers' talk")
    thread_id = (await room.thread(room.ana, "Kept", "forum posts are not chat"))["thread"]["id"]
    clock.advance(dt.timedelta(days=6))
    await said(room, room.lea, chat_id, "yesterday")
    ctx = room.world.ctx
    assert await purge_expired_chat(ctx.sessionmaker, clock) == 0
    clock.advance(dt.timedelta(days=1, seconds=1))
    assert await purge_expired_chat(ctx.sessionmaker, clock) == 2
    assert await bodies(room, room.ana, chat_id) == ["yesterday"]
    assert await bodies(room, room.ana, teachers_id) == []
    assert await room.bodies(room.ana, thread_id) == ["forum posts are not chat"]
    assert ok(await room.bea.get(f"{room.forum}/reports")) == []
    log = ok(await room.ana.get(f"/api/spaces/{room.space_id}/audit"))
    expired = [e["details"] for e in log if e["action"] == "chat.expired"]
    assert sorted(d["messages"] for d in expired) == [1, 1]
    # Without a retention, everything stays.
    assert ok(await room.ana.put(settings, {"retention_days": None})) == {"retention_days": None}
    clock.advance(dt.timedelta(days=400))
    assert await purge_expired_chat(ctx.sessionmaker, clock) == 0


async def test_a_teacher_admin_locks_the_chat_for_pupils(room: Classroom) -> None:
    chat_id = (await space_chat(room, room.ana))["id"]
    path = f"{room.forum}/threads/{chat_id}"
    assert error_code(await room.bea.patch(path, {"locked": True}), 403) == "forbidden"
    ok(await room.ana.patch(path, {"locked": True, "reason": "quiet time"}))
    refused = await say(room, room.max, chat_id, "hello?")
    assert error_code(refused, 403) == "forbidden"
    await said(room, room.bea, chat_id, "teachers still write")
    ok(await room.ana.patch(path, {"locked": False}))
    await said(room, room.max, chat_id, "back")
    assert await bodies(room, room.lea, chat_id) == ["teachers still write", "back"]
