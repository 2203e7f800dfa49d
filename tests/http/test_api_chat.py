"""Chats over HTTP, on SQLite and PostgreSQL: the space's chat, the teachers' chat (nothing of
it for pupils and guests), video session chats, history paging, exactly-once sending, and the
forums' moderation, pre-moderation, reports and limits applied to chat messages as they are."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from protocol.vocabulary import SpaceKind
from server.app import create_app
from server.clock import FakeClock
from server.config import Settings
from server.forum_limits import ForumLimits, chat_limits

from .chat_support import bodies, chats, page, said, say, space_chat
from .conftest import World, error_code, ok
from .forum_support import Classroom, classroom, client_id


@pytest.fixture
async def room(world: World) -> Classroom:
    return await classroom(world)


async def test_every_member_reads_the_space_chat_in_order(room: Classroom) -> None:
    chat = await space_chat(room, room.ana)
    assert (chat["area"], chat["messages"], chat["next_before"]) == ("chat", [], None)
    assert chat["channel"] == f"thread:{room.space_id}:{chat['id']}"
    await said(room, room.ana, chat["id"], "Good morning")
    await said(room, room.max, chat["id"], "Hello!")
    await said(room, room.guest, chat["id"], "Hi from the museum")
    for user in (room.ana, room.bea, room.max, room.lea, room.guest):
        again = await space_chat(room, user)
        assert again["id"] == chat["id"]  # one chat per space, made once
        assert [m["body"] for m in again["messages"]] == [
            "Good morning",
            "Hello!",
            "Hi from the museum",
        ]
    assert again["messages"][1]["author"] == {"account_id": room.max.id, "display_name": "Max"}


async def test_history_pages_back_and_catches_up_without_gaps_or_doubles(room: Classroom) -> None:
    chat_id = (await space_chat(room, room.ana))["id"]
    sent = [(await said(room, room.max, chat_id, f"m{n}"))["id"] for n in range(7)]
    newest = ok(await room.lea.get(f"/api/spaces/{room.space_id}/chat?limit=3"))
    assert [m["body"] for m in newest["messages"]] == ["m4", "m5", "m6"]
    older = await page(room, room.lea, chat_id, f"?before={newest['next_before']}&limit=3")
    assert [m["body"] for m in older["messages"]] == ["m1", "m2", "m3"]
    oldest = await page(room, room.lea, chat_id, f"?before={older['next_before']}&limit=3")
    assert ([m["body"] for m in oldest["messages"]], oldest["next_before"]) == (["m0"], None)
    # Catching up after a reconnect: everything after the last message seen, once each.
    caught = await page(room, room.lea, chat_id, f"?after={sent[2]}&limit=2")
    assert [m["body"] for m in caught["messages"]] == ["m3", "m4"]
    rest = await page(room, room.lea, chat_id, f"?after={caught['next_after']}&limit=5")
    assert ([m["body"] for m in rest["messages"]], rest["next_after"]) == (["m5", "m6"], None)
    both = await room.lea.get(f"{chats(room)}/{chat_id}/messages?before=9&after=1")
    assert error_code(both, 422) == "invalid"


async def test_a_retried_send_is_stored_once(room: Classroom) -> None:
    chat_id = (await space_chat(room, room.ana))["id"]
    cid = client_id()
    first = ok(await say(room, room.max, chat_id, "Once", cid), 201)
    again = ok(await say(room, room.max, chat_id, "Once", cid), 200)
    assert again == first
    assert await bodies(room, room.lea, chat_id) == ["Once"]
    # The same client id cannot land in another chat or thread.
    thread_id = (await room.thread(room.ana))["thread"]["id"]
    assert error_code(await room.send(room.max, thread_id, "Once", cid), 409) == "conflict"


async def test_teachers_chat_does_not_exist_for_pupils_and_guests(room: Classroom) -> None:
    teachers = await space_chat(room, room.bea, teachers=True)
    assert teachers["area"] == "teachers_chat"
    await said(room, room.ana, teachers["id"], "Marks are due Friday")
    assert await bodies(room, room.bea, teachers["id"]) == ["Marks are due Friday"]
    path = f"/api/spaces/{room.space_id}/chat/teachers"
    for user in (room.max, room.lea, room.guest):
        hidden = await user.get(path)
        missing = await user.get(f"{chats(room)}/999999/messages")
        assert (hidden.status_code, missing.status_code) == (404, 404)
        assert hidden.content == missing.content
        secret = await user.get(f"{chats(room)}/{teachers['id']}/messages")
        assert (secret.status_code, secret.content) == (404, missing.content)
        sent = await say(room, user, teachers["id"], "let me in")
        assert (sent.status_code, sent.content) == (404, missing.content)
        forum = await user.get(f"{room.forum}/threads/{teachers['id']}")
        assert error_code(forum, 404) == "not_found"
    assert await bodies(room, room.ana, teachers["id"]) == ["Marks are due Friday"]


async def test_outsiders_hear_no_such_space(room: Classroom) -> None:
    outsider = await room.world.etwinner("Out")
    chat_id = (await space_chat(room, room.ana))["id"]
    nothing = await outsider.get(f"/api/spaces/{room.space_id + 999}/chat")
    for path in (f"/api/spaces/{room.space_id}/chat", f"{chats(room)}/{chat_id}/messages"):
        answer = await outsider.get(path)
        assert (answer.status_code, answer.content) == (404, nothing.content)


async def test_a_room_has_a_chat_but_no_teachers_chat(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana, SpaceKind.ROOM)
    chat = ok(await ana.get(f"/api/spaces/{space_id}/chat"))
    assert chat["area"] == "chat"
    assert error_code(await ana.get(f"/api/spaces/{space_id}/chat/teachers"), 403) == "forbidden"


async def test_chats_are_no_forum_threads(room: Classroom) -> None:
    chat_id = (await space_chat(room, room.ana))["id"]
    await space_chat(room, room.ana, teachers=True)
    await said(room, room.max, chat_id, "chatting")
    for area in ("open", "teachers"):
        listed = ok(await room.ana.get(f"{room.forum}/threads?area={area}"))
        assert listed["threads"] == listed["pinned"] == []
    assert ok(await room.ana.get(f"{room.forum}/search?q=chatting")) == []
    # Neither path writes the other's kind: each keeps its own limits.
    assert error_code(await room.send(room.max, chat_id, "sneaky"), 404) == "not_found"
    thread_id = (await room.thread(room.ana))["thread"]["id"]
    assert error_code(await say(room, room.max, thread_id, "sneaky"), 404) == "not_found"
    for area in ("chat", "teachers_chat", "session_chat"):
        start = await room.start(room.ana, "Nope", "x", area=area)
        assert error_code(start, 422) == "invalid"
        listing = await room.ana.get(f"{room.forum}/threads?area={area}")
        assert error_code(listing, 422) == "invalid"


async def test_premoderated_pupils_messages_wait_for_a_teacher(room: Classroom) -> None:
    await room.premoderate()
    chat_id = (await space_chat(room, room.ana))["id"]
    held = await said(room, room.max, chat_id, "is this ok?")
    assert held["state"] == "pending"
    guest = await said(room, room.guest, chat_id, "guests are not held")
    assert guest["state"] == "visible"
    assert await bodies(room, room.max, chat_id) == ["is this ok?", "guests are not held"]
    assert await bodies(room, room.lea, chat_id) == ["guests are not held"]
    assert await bodies(room, room.bea, chat_id) == ["is this ok?", "guests are not held"]
    queue = ok(await room.bea.get(f"{room.forum}/queue"))
    assert [p["id"] for p in queue] == [held["id"]]
    ok(await room.moderate(room.bea, held["id"], "approve"))
    assert await bodies(room, room.lea, chat_id) == ["is this ok?", "guests are not held"]


async def test_moderators_hide_and_restore_chat_messages_with_the_audit(room: Classroom) -> None:
    chat_id = (await space_chat(room, room.ana))["id"]
    message = await said(room, room.max, chat_id, "rude words")
    assert error_code(await room.moderate(room.lea, message["id"], "hide"), 403) == "forbidden"
    ok(await room.moderate(room.bea, message["id"], "hide", "not kind"))
    assert await bodies(room, room.lea, chat_id) == []
    assert await bodies(room, room.max, chat_id) == ["rude words"]  # its author still sees it
    assert await bodies(room, room.bea, chat_id) == ["rude words"]
    ok(await room.moderate(room.bea, message["id"], "restore"))
    assert await bodies(room, room.lea, chat_id) == ["rude words"]
    reported = ok(await room.lea.post(f"{room.forum}/posts/{message['id']}/report", {}), 201)
    assert reported["post"]["id"] == message["id"]
    log = ok(await room.ana.get(f"/api/spaces/{room.space_id}/audit"))
    actions = [entry["action"] for entry in log]
    for action in ("post.hidden", "post.restored", "post.reported"):
        assert action in actions


async def test_a_muted_member_reads_the_chat_but_cannot_send(
    room: Classroom, clock: FakeClock
) -> None:
    chat_id = (await space_chat(room, room.ana))["id"]
    path = f"/api/spaces/{room.space_id}/members/{room.max.id}/mute"
    ok(await room.bea.post(path, {"minutes": 5, "reason": "calm down"}))
    assert error_code(await say(room, room.max, chat_id, "let me talk"), 403) == "forbidden"
    assert await bodies(room, room.max, chat_id) == []
    clock.advance(dt.timedelta(minutes=5))
    await said(room, room.max, chat_id, "sorry")


async def test_nothing_is_stored_for_bad_input(room: Classroom) -> None:
    chat_id = (await space_chat(room, room.ana))["id"]
    before = await room.world.row_counts()
    path = f"{chats(room)}/{chat_id}/messages"
    for body in (
        {"body": "", "client_id": client_id()},
        {"body": "   ", "client_id": client_id()},
        {"body": "x" * 2001, "client_id": client_id()},
        {"body": "hi", "client_id": "short"},
        {"body": "hi"},
        {"body": "hi", "client_id": client_id(), "to": room.lea.id},  # no private messages
    ):
        assert error_code(await room.max.post(path, body), 422) == "invalid"
    assert await room.world.row_counts() == before


# -- video session chats ----------------------------------------------------------------------


def sessions(room: Classroom) -> str:
    return f"/api/spaces/{room.space_id}/video-sessions"


async def test_session_chat_is_for_its_participants_and_the_teachers(room: Classroom) -> None:
    started = ok(await room.ana.post(sessions(room), {"lobby": False}), 201)
    session_id = started["session"]["id"]
    path = f"{sessions(room)}/{session_id}/chat"
    ok(await room.max.post(f"{sessions(room)}/{session_id}/join"))
    chat = ok(await room.max.get(path))
    assert (chat["area"], chat["video_session_id"]) == ("session_chat", session_id)
    for n in range(4):
        await said(room, room.ana if n % 2 else room.max, chat["id"], f"s{n}")
    # Not in the session: the same answer as for a session that does not exist.
    missing = await room.lea.get(f"{sessions(room)}/999999/chat")
    for answer in (
        await room.lea.get(path),
        await room.guest.get(path),
    ):
        assert (answer.status_code, answer.content) == (404, missing.content)
    secret = await room.lea.get(f"{chats(room)}/{chat['id']}/messages")
    assert error_code(secret, 404) == "not_found"
    assert error_code(await say(room, room.lea, chat["id"], "hi"), 404) == "not_found"
    # A teacher outside the session reads it; a late joiner reads it from its start.
    assert await bodies(room, room.bea, chat["id"]) == ["s0", "s1", "s2", "s3"]
    ok(await room.lea.post(f"{sessions(room)}/{session_id}/join"))
    assert await bodies(room, room.lea, chat["id"], "?after=0&limit=2") == ["s0", "s1"]
    assert ok(await room.lea.get(path))["id"] == chat["id"]
    # Leaving the session leaves its chat.
    ok(await room.lea.post(f"{sessions(room)}/{session_id}/leave"), 204)
    assert error_code(await room.lea.get(path), 404) == "not_found"
    # Each session has its own chat.
    other = ok(await room.ana.post(sessions(room), {"lobby": False}), 201)["session"]["id"]
    other_chat = ok(await room.ana.get(f"{sessions(room)}/{other}/chat"))
    assert other_chat["id"] != chat["id"]
    assert other_chat["messages"] == []


async def test_the_lobby_does_not_read_the_session_chat(room: Classroom) -> None:
    started = ok(await room.ana.post(sessions(room), {"lobby": True}), 201)
    session_id = started["session"]["id"]
    chat_id = ok(await room.ana.get(f"{sessions(room)}/{session_id}/chat"))["id"]
    joined = ok(await room.guest.post(f"{sessions(room)}/{session_id}/join"))
    assert joined["me"]["state"] == "lobby"
    assert error_code(await room.guest.get(f"{chats(room)}/{chat_id}/messages"), 404)


# -- limits -------------------------------------------------------------------------------------


@pytest.fixture
async def tight(database_url: str, tmp_path: Path, clock: FakeClock) -> AsyncIterator[Classroom]:
    forum = ForumLimits(posts_per_member=2, posts_per_space=100)
    chat = dataclasses.replace(chat_limits(), posts_per_member=3, posts_per_space=5)
    settings = Settings(database_url=database_url, data_dir=tmp_path, cheap_hashing=True)
    app = create_app(
        dataclasses.replace(settings, forum_limits=forum, chat_limits=chat), clock=clock
    )
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            yield await classroom(World(client, app.state.ctx, clock))


async def test_chat_and_forum_each_keep_their_own_budget(
    tight: Classroom, clock: FakeClock
) -> None:
    room = tight
    chat_id = (await space_chat(room, room.ana))["id"]
    thread_id = (await room.thread(room.ana))["thread"]["id"]
    for n in range(3):
        await said(room, room.max, chat_id, f"c{n}")
    before = await room.world.row_counts()
    assert error_code(await say(room, room.max, chat_id, "more"), 429) == "rate_limited"
    assert await room.world.row_counts() == before
    # The chat's flood spent none of the forum's budget, and the class chats on.
    await room.reply(room.max, thread_id, "a forum reply")
    await said(room, room.lea, chat_id, "I can still chat")
    await said(room, room.bea, chat_id, "the space's fifth")
    busy = await say(room, room.guest, chat_id, "sixth")
    assert error_code(busy, 429) == "rate_limited"
    assert "busy" in busy.json()["error"]["message"]
    clock.advance(chat_limits().window)
    await said(room, room.max, chat_id, "calm now")


async def test_a_space_mute_also_mutes_the_members_microphone_in_live_sessions(
    room: Classroom,
) -> None:
    session_id = ok(await room.ana.post(sessions(room), {}), 201)["session"]["id"]
    ok(await room.max.post(f"{sessions(room)}/{session_id}/join"))
    ok(await room.lea.post(f"{sessions(room)}/{session_id}/join"))

    async def places() -> dict[int, dict[str, object]]:
        shown = ok(await room.ana.get(f"{sessions(room)}/{session_id}"))
        return {p["account_id"]: p for p in shown["participants"]}

    mute = f"/api/spaces/{room.space_id}/members/{room.max.id}/mute"
    ok(await room.bea.post(mute, {"minutes": 10, "reason": "shouting"}))
    now = await places()
    assert (now[room.max.id]["force_muted"], now[room.max.id]["mic"]) == (True, False)
    assert now[room.lea.id]["force_muted"] is False
    log = ok(await room.ana.get(f"/api/spaces/{room.space_id}/audit"))
    muted = [e for e in log if e["action"] == "video.muted"]
    assert [(e["target_account_id"], e["reason"]) for e in muted] == [(room.max.id, "shouting")]

    ok(await room.bea.delete(mute))
    assert (await places())[room.max.id]["force_muted"] is False


async def test_a_chat_asked_for_at_once_by_many_is_made_once(room: Classroom) -> None:
    path = f"/api/spaces/{room.space_id}/chat"
    users = (room.ana, room.bea, room.max, room.lea, room.guest)
    answers = await asyncio.gather(*(user.get(path) for user in users))
    assert len({ok(answer)["id"] for answer in answers}) == 1
    assert (await room.world.row_counts())["chats"] == 1


async def test_an_ended_sessions_chat_stays_with_the_teachers(room: Classroom) -> None:
    session_id = ok(await room.ana.post(sessions(room), {}), 201)["session"]["id"]
    ok(await room.max.post(f"{sessions(room)}/{session_id}/join"))
    chat_id = ok(await room.max.get(f"{sessions(room)}/{session_id}/chat"))["id"]
    await said(room, room.max, chat_id, "bye")
    ok(await room.ana.post(f"{sessions(room)}/{session_id}/end"))
    assert error_code(await room.max.get(f"{chats(room)}/{chat_id}/messages"), 404)
    assert await bodies(room, room.bea, chat_id) == ["bye"]
