"""Chats live, over real sockets on both databases: messages reach every allowed member at once
and nobody else (the teachers' chat, a session's chat), moderation arrives like the forum's,
and a client that dropped catches up with nothing missing and nothing twice."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from protocol.messages import Ack, Event, Subscribe, Unsubscribed
from server.clock import FakeClock

from ..http.chat_support import page, said, space_chat
from ..http.conftest import ok
from ..http.forum_support import Classroom, classroom
from .conftest import LiveServer, WsClient
from .test_forum_live import events, follow, names, refused


@pytest.fixture
async def room(live: LiveServer) -> Classroom:
    return await classroom(live.world)


async def bodies_of(client: WsClient, count: int) -> list[tuple[str, str]]:
    got: list[tuple[str, str]] = []
    for _ in range(count):
        event = await client.expect(Event)
        got.append((event.event, event.data["post"]["body"]))
    return got


async def test_a_message_reaches_every_member_live(live: LiveServer, room: Classroom) -> None:
    chat = await space_chat(room, room.ana)
    people = (room.ana, room.bea, room.max, room.lea, room.guest)
    clients = [await follow(live, user, chat["channel"]) for user in people]
    await said(room, room.max, chat["id"], "Look, a heron!")
    await said(room, room.guest, chat["id"], "A grey one")
    for client in clients:
        assert await bodies_of(client, 2) == [
            ("post.created", "Look, a heron!"),
            ("post.created", "A grey one"),
        ]


async def test_teachers_chat_never_reaches_pupils_or_guests(
    live: LiveServer, room: Classroom
) -> None:
    s = room.space_id
    teachers = await space_chat(room, room.ana, teachers=True)
    open_chat = await space_chat(room, room.ana)
    bea = await follow(live, room.bea, teachers["channel"])
    watchers = [
        await follow(live, user, f"space:{s}", open_chat["channel"])
        for user in (room.max, room.guest)
    ]
    for client in watchers:
        missing = await refused(client, f"thread:{s}:999999")
        assert missing == ("not_found", "no such channel")
        assert await refused(client, teachers["channel"]) == missing
    await said(room, room.ana, teachers["id"], "Secret marks")
    assert await bodies_of(bea, 1) == [("post.created", "Secret marks")]
    # The next thing the pupils' and guests' channels carry is the open chat's message.
    await said(room, room.bea, open_chat["id"], "Hello class")
    for client in watchers:
        event = await client.expect(Event)
        assert (event.channel, event.data["post"]["body"]) == (open_chat["channel"], "Hello class")
        await client.nothing_within(0.05)


async def test_chat_moderation_is_the_forums_live(live: LiveServer, room: Classroom) -> None:
    s = room.space_id
    await room.premoderate()
    chat = await space_chat(room, room.ana)
    lea = await follow(live, room.lea, chat["channel"])
    bea = await follow(live, room.bea, f"moderation:{s}")
    max_ = await follow(live, room.max, f"notice:{s}:{room.max.id}", chat["channel"])

    held = await said(room, room.max, chat["id"], "can I say this?")
    assert names(await events(bea, 1)) == {f"moderation:{s}": ["post.pending"]}
    assert names(await events(max_, 1)) == {f"notice:{s}:{room.max.id}": ["post.pending"]}
    await said(room, room.ana, chat["id"], "Teacher here")
    for client in (lea, max_):  # the held message never went on the chat channel
        assert await bodies_of(client, 1) == [("post.created", "Teacher here")]

    ok(await room.moderate(room.bea, held["id"], "approve"))
    assert await bodies_of(lea, 1) == [("post.approved", "can I say this?")]
    ok(await room.moderate(room.ana, held["id"], "hide", "rude"))
    event = await lea.expect(Event)
    assert (event.event, event.data) == ("post.hidden", {"post_id": held["id"]})
    moderation = await events(bea, 2)
    assert names(moderation) == {f"moderation:{s}": ["moderation.approve", "moderation.hide"]}
    assert moderation[f"moderation:{s}"][1][1]["reason"] == "rude"


async def test_a_dropped_client_catches_up_with_nothing_missing_or_twice(
    live: LiveServer, room: Classroom
) -> None:
    chat = await space_chat(room, room.ana)
    first = await follow(live, room.lea, chat["channel"])
    for n in range(3):
        await said(room, room.max, chat["id"], f"before {n}")
    seen = [await first.expect(Event) for _ in range(3)]
    await first.socket.close()
    missed = [await said(room, room.max, chat["id"], f"away {n}") for n in range(4)]

    second = await live.connect(room.lea)
    await second.send(Subscribe(ref=second.ref(), channel=chat["channel"], since=seen[-1].seq))
    await second.expect(Ack)
    replayed = [await second.expect(Event) for _ in range(4)]
    assert [e.seq for e in replayed] == list(range(seen[-1].seq + 1, seen[-1].seq + 5))
    assert [e.data["post"]["id"] for e in replayed] == [m["id"] for m in missed]
    await said(room, room.ana, chat["id"], "live again")
    assert await bodies_of(second, 1) == [("post.created", "live again")]
    await second.nothing_within(0.05)
    # The HTTP catch-up (after a reset, or on a page load) agrees: the same messages, once.
    last_seen = seen[-1].data["post"]["id"]
    caught = await page(room, room.lea, chat["id"], f"?after={last_seen}")
    assert [m["body"] for m in caught["messages"]] == [
        "away 0",
        "away 1",
        "away 2",
        "away 3",
        "live again",
    ]


def session_path(room: Classroom, session_id: int, tail: str = "") -> str:
    return f"/api/spaces/{room.space_id}/video-sessions/{session_id}{tail}"


async def test_session_chat_reaches_its_participants_and_teachers_only(
    live: LiveServer, room: Classroom
) -> None:
    s = room.space_id
    started = ok(await room.ana.post(f"/api/spaces/{s}/video-sessions", {}), 201)
    session_id = started["session"]["id"]
    ok(await room.max.post(session_path(room, session_id, "/join")))
    chat: dict[str, Any] = ok(await room.max.get(session_path(room, session_id, "/chat")))
    max_ = await follow(live, room.max, chat["channel"])
    bea = await follow(live, room.bea, chat["channel"])  # a teacher outside the session
    lea = await live.connect(room.lea)
    missing = await refused(lea, f"thread:{s}:999999")
    assert await refused(lea, chat["channel"]) == missing

    await said(room, room.ana, chat["id"], "Can you hear me?")
    for client in (max_, bea):
        assert await bodies_of(client, 1) == [("post.created", "Can you hear me?")]

    # Removed from the session: the chat's subscription ends at once.
    me = ok(await room.ana.get(session_path(room, session_id)))
    max_place = next(p for p in me["participants"] if p["account_id"] == room.max.id)
    removed = session_path(room, session_id, f"/participants/{max_place['id']}/remove")
    ok(await room.ana.post(removed, {"reason": "test"}))
    ended = await max_.expect(Unsubscribed)
    assert ended.channel == chat["channel"]
    await said(room, room.ana, chat["id"], "after the removal")
    assert await bodies_of(bea, 1) == [("post.created", "after the removal")]
    await max_.nothing_within(0.05)


async def test_typing_is_live_gated_and_for_the_chats_readers_only(
    live: LiveServer, room: Classroom, clock: FakeClock
) -> None:
    s = room.space_id
    chat = await space_chat(room, room.ana)
    teachers = await space_chat(room, room.ana, teachers=True)
    assert chat["typing_channel"] == f"typing:{s}:{chat['id']}"
    lea = await follow(live, room.lea, chat["typing_channel"])
    bea = await follow(live, room.bea, teachers["typing_channel"])
    typing = f"/api/spaces/{s}/chats/{chat['id']}/typing"
    for _ in range(3):  # a keystroke each: one event
        ok(await room.max.post(typing), 204)
    event = await lea.expect(Event)
    assert (event.event, event.data) == (
        "typing",
        {"account_id": room.max.id, "display_name": "Max"},
    )
    await lea.nothing_within(0.05)
    clock.advance(dt.timedelta(seconds=3))
    ok(await room.max.post(typing), 204)
    assert (await lea.expect(Event)).data["account_id"] == room.max.id

    # The teachers' typing reaches teachers only; a pupil cannot follow it or type there.
    ok(await room.ana.post(f"/api/spaces/{s}/chats/{teachers['id']}/typing"), 204)
    assert (await bea.expect(Event)).data["account_id"] == room.ana.id
    missing = await refused(lea, f"typing:{s}:999999")
    assert await refused(lea, teachers["typing_channel"]) == missing
    thread_id = (await room.thread(room.ana))["thread"]["id"]
    assert await refused(lea, f"typing:{s}:{thread_id}") == missing  # a forum thread
    answer = await room.max.post(f"/api/spaces/{s}/chats/{teachers['id']}/typing")
    assert answer.status_code == 404
    # A muted member does not type.
    mute = f"/api/spaces/{s}/members/{room.max.id}/mute"
    ok(await room.bea.post(mute, {"minutes": 5, "reason": "calm"}))
    clock.advance(dt.timedelta(seconds=3))
    assert (await room.max.post(typing)).status_code == 403
    await lea.nothing_within(0.05)


async def test_mentions_notify_only_members_who_may_read_the_chat(
    live: LiveServer, room: Classroom
) -> None:
    s = room.space_id
    chat = await space_chat(room, room.ana)
    teachers = await space_chat(room, room.ana, teachers=True)
    lea = await follow(live, room.lea, f"notice:{s}:{room.lea.id}")
    bea = await follow(live, room.bea, f"notice:{s}:{room.bea.id}")
    await said(room, room.ana, teachers["id"], "@Lea and @Bea: the marks")
    [(name, told)] = (await events(bea, 1))[f"notice:{s}:{room.bea.id}"]
    assert (name, told["chat_id"], told["post"]["body"]) == (
        "chat.mention",
        teachers["id"],
        "@Lea and @Bea: the marks",
    )
    await said(room, room.max, chat["id"], "@Lea come and see")
    [(name, told)] = (await events(lea, 1))[f"notice:{s}:{room.lea.id}"]
    # The teachers' chat told Lea nothing: the first notice she gets is from the open chat.
    assert (name, told["post"]["body"]) == ("chat.mention", "@Lea come and see")
    # Who mentioned her is the post's author; the page words the notice itself.
    assert (told["post"]["author"]["account_id"], "message" in told) == (room.max.id, False)


async def test_reading_the_chat_updates_the_readers_other_tabs(
    live: LiveServer, room: Classroom
) -> None:
    s = room.space_id
    chat = await space_chat(room, room.ana)
    message = await said(room, room.ana, chat["id"], "news")
    other_tab = await follow(live, room.lea, f"notice:{s}:{room.lea.id}")
    body = {"last_read_post_id": message["id"]}
    ok(await room.lea.post(f"/api/spaces/{s}/chats/{chat['id']}/read", body))
    event = await other_tab.expect(Event)
    assert (event.event, event.data["thread_id"], event.data["unread"]) == (
        "thread.read",
        chat["id"],
        0,
    )


async def test_a_held_message_tells_its_mentions_once_approved(
    live: LiveServer, room: Classroom
) -> None:
    s = room.space_id
    await room.premoderate()
    chat = await space_chat(room, room.ana)
    lea = await follow(live, room.lea, f"notice:{s}:{room.lea.id}")
    held = await said(room, room.max, chat["id"], "@Lea hello")
    assert held["state"] == "pending"
    await lea.nothing_within(0.05)  # not while it waits for a teacher
    ok(await room.moderate(room.bea, held["id"], "approve"))
    event = await lea.expect(Event)
    assert (event.event, event.data["post"]["id"]) == ("chat.mention", held["id"])
    assert (event.data["post"]["author"]["account_id"], "message" in event.data) == (
        room.max.id,
        False,
    )
