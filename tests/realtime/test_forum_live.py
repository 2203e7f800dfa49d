"""The forum live, over real sockets on both databases: moderation reaches other clients at
once, the teachers-only area never reaches a pupil's or guest's connection, held posts stay
with their author and moderators until approved, mutes end on time, and a post retried after
a dropped connection is stored once."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from typing import Any
from urllib.parse import urlsplit

import pytest

from protocol.messages import Ack, Error, Event, Subscribe
from server.clock import FakeClock

from ..http.conftest import ApiUser, ok
from ..http.forum_support import Classroom, classroom, client_id
from .conftest import LiveServer, WsClient


@pytest.fixture
async def room(live: LiveServer) -> Classroom:
    return await classroom(live.world)


async def follow(live: LiveServer, user: ApiUser, *channels: str) -> WsClient:
    client = await live.connect(user)
    for channel in channels:
        await client.send(Subscribe(ref=client.ref(), channel=channel))
        await client.expect(Ack)
    return client


async def events(client: WsClient, count: int) -> dict[str, list[tuple[str, dict[str, Any]]]]:
    """The next ``count`` events, by channel, in the order each channel sent them."""
    by_channel: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for _ in range(count):
        event = await client.expect(Event)
        by_channel.setdefault(event.channel, []).append((event.event, dict(event.data)))
    return by_channel


def names(received: dict[str, list[tuple[str, dict[str, Any]]]]) -> dict[str, list[str]]:
    return {channel: [name for name, _ in items] for channel, items in received.items()}


async def refused(client: WsClient, channel: str) -> tuple[str, str]:
    await client.send(Subscribe(ref=client.ref(), channel=channel))
    error = await client.expect(Error)
    return (error.code, error.message)


async def test_every_moderation_action_reaches_other_clients_live(
    live: LiveServer, room: Classroom
) -> None:
    s = room.space_id
    thread_id = (await room.thread(room.ana))["thread"]["id"]
    post = await room.reply(room.max, thread_id, "silly")
    thread, space, moderation = f"thread:{s}:{thread_id}", f"space:{s}", f"moderation:{s}"
    notices = f"notice:{s}:{room.max.id}"
    lea = await follow(live, room.lea, thread, space)
    bea = await follow(live, room.bea, moderation)
    max_ = await follow(live, room.max, notices)

    ok(await room.moderate(room.ana, post["id"], "hide", "off topic"))
    assert names(await events(lea, 2)) == {thread: ["post.hidden"], space: ["thread.updated"]}
    [(name, seen)] = (await events(bea, 1))[moderation]
    assert (name, seen["reason"], seen["by"]) == ("moderation.hide", "off topic", room.ana.id)
    [(name, told)] = (await events(max_, 1))[notices]
    # The event's name is the notice's code: no sentence in the server's words comes with it.
    assert (name, told) == ("post.hidden", {"post_id": post["id"], "thread_id": post["thread_id"]})
    assert "off topic" not in json.dumps(told)

    ok(await room.moderate(room.ana, post["id"], "restore"))
    restored = await events(lea, 2)
    assert restored[thread] == [("post.restored", {"post": restored[thread][0][1]["post"]})]
    assert restored[thread][0][1]["post"]["body"] == "silly"
    assert names(await events(bea, 1)) == {moderation: ["moderation.restore"]}
    assert names(await events(max_, 1)) == {notices: ["post.restored"]}

    ok(await room.ana.patch(f"{room.forum}/threads/{thread_id}", {"pinned": True}))
    assert names(await events(lea, 2)) == {space: ["thread.pinned"], thread: ["thread.pinned"]}
    ok(await room.ana.patch(f"{room.forum}/threads/{thread_id}", {"locked": True}))
    assert names(await events(lea, 2)) == {space: ["thread.locked"], thread: ["thread.locked"]}
    assert names(await events(bea, 2)) == {
        moderation: ["moderation.thread.pinned", "moderation.thread.locked"]
    }

    path = f"/api/spaces/{s}/members/{room.max.id}/mute"
    ok(await room.bea.post(path, {"minutes": 5, "reason": "calm down"}))
    assert names(await events(bea, 1)) == {moderation: ["member.muted"]}
    [(name, told)] = (await events(max_, 1))[notices]
    assert (name, told["account_id"]) == ("member.muted", room.max.id)

    ok(await room.lea.post(f"{room.forum}/posts/{post['id']}/report", {"reason": "mean"}), 201)
    [(name, report)] = (await events(bea, 1))[moderation]
    assert (name, report["report"]["reason"]) == ("report.created", "mean")

    ok(await room.ana.post(f"{room.forum}/posts/{post['id']}/purge", {"reason": "x"}), 204)
    assert names(await events(lea, 1)) == {thread: ["post.deleted"]}
    assert names(await events(bea, 1)) == {moderation: ["moderation.purge"]}
    assert names(await events(max_, 1)) == {notices: ["post.purged"]}


async def test_teachers_area_never_reaches_pupils_or_guests(
    live: LiveServer, room: Classroom
) -> None:
    s = room.space_id
    bea = await follow(live, room.bea, f"teachers:{s}", f"space:{s}")
    watchers = [await follow(live, user, f"space:{s}") for user in (room.max, room.guest)]
    created = await room.thread(room.ana, "Marks", "Secret", area="teachers")
    teachers_thread = created["thread"]["id"]
    await room.reply(room.ana, teachers_thread, "More")
    seen = await events(bea, 2)
    assert names(seen) == {f"teachers:{s}": ["thread.created", "thread.updated"]}
    assert seen[f"teachers:{s}"][0][1]["thread"]["title"] == "Marks"

    for client in watchers:
        missing = await refused(client, f"thread:{s}:999999")
        assert missing == ("not_found", "no such channel")
        assert await refused(client, f"thread:{s}:{teachers_thread}") == missing
        assert await refused(client, f"teachers:{s}") == missing
        assert await refused(client, f"notice:{s}:{room.ana.id}") == missing
        assert (await refused(client, f"moderation:{s}"))[0] == "forbidden"

    # The next thing their space channel carries is the open thread started after: nothing
    # of the teachers' thread came before it.
    await room.thread(room.ana, "Open", "For all")
    for client in watchers:
        event = await client.expect(Event)
        assert (event.event, event.data["thread"]["title"]) == ("thread.created", "Open")
    assert names(await events(bea, 1)) == {f"space:{s}": ["thread.created"]}


async def test_premoderation_end_to_end_live(live: LiveServer, room: Classroom) -> None:
    s = room.space_id
    await room.premoderate()
    thread_id = (await room.thread(room.ana))["thread"]["id"]
    thread, notices = f"thread:{s}:{thread_id}", f"notice:{s}:{room.max.id}"
    lea = await follow(live, room.lea, thread)
    bea = await follow(live, room.bea, f"moderation:{s}")
    max_ = await follow(live, room.max, notices, thread)

    held = await room.reply(room.max, thread_id, "Is this fine?")
    [(name, pending)] = (await events(bea, 1))[f"moderation:{s}"]
    assert (name, pending["post"]["id"], pending["post"]["state"]) == (
        "post.pending",
        held["id"],
        "pending",
    )
    [(name, told)] = (await events(max_, 1))[notices]
    assert (name, told["post"]["id"]) == ("post.pending", held["id"])
    await room.reply(room.ana, thread_id, "Teacher speaking")
    for client in (lea, max_):
        event = await client.expect(Event)  # not the held post: the teacher's, next
        assert (event.event, event.data["post"]["body"]) == ("post.created", "Teacher speaking")

    ok(await room.moderate(room.bea, held["id"], "approve"))
    event = await lea.expect(Event)
    assert (event.event, event.data["post"]["body"]) == ("post.approved", "Is this fine?")
    approved = await events(max_, 2)
    assert names(approved) == {thread: ["post.approved"], notices: ["post.approved"]}
    assert approved[notices][0][1] == {"post_id": held["id"], "thread_id": held["thread_id"]}


async def test_a_mute_ends_on_the_injected_clock(
    live: LiveServer, room: Classroom, clock: FakeClock
) -> None:
    s = room.space_id
    thread_id = (await room.thread(room.ana))["thread"]["id"]
    lea = await follow(live, room.lea, f"thread:{s}:{thread_id}")
    max_ = await follow(live, room.max, f"notice:{s}:{room.max.id}")
    path = f"/api/spaces/{s}/members/{room.max.id}/mute"
    muted = ok(await room.bea.post(path, {"minutes": 5, "reason": "noise"}))
    event = await max_.expect(Event)
    assert (event.event, event.data["muted_until"]) == ("member.muted", muted["muted_until"])
    answer = await room.send(room.max, thread_id, "still muted?")
    assert answer.status_code == 403
    clock.advance(dt.timedelta(minutes=5))
    await room.reply(room.max, thread_id, "free again")
    event = await lea.expect(Event)
    assert (event.event, event.data["post"]["body"]) == ("post.created", "free again")


async def test_reading_updates_the_readers_other_tabs(live: LiveServer, room: Classroom) -> None:
    s = room.space_id
    thread_id = (await room.thread(room.ana))["thread"]["id"]
    other_tab = await follow(live, room.max, f"notice:{s}:{room.max.id}", f"space:{s}")
    post = await room.reply(room.bea, thread_id, "news")
    event = await other_tab.expect(Event)  # the list event: enough to count one more unread
    assert (event.event, event.data["thread"]["last_post_id"]) == ("thread.updated", post["id"])
    assert "unread" not in event.data["thread"]
    path = f"{room.forum}/threads/{thread_id}/read"
    ok(await room.max.post(path, {"last_read_post_id": post["id"]}))
    event = await other_tab.expect(Event)
    assert (event.event, event.data["thread_id"], event.data["unread"]) == (
        "thread.read",
        thread_id,
        0,
    )


async def send_and_drop(live: LiveServer, user: ApiUser, path: str, body: dict[str, str]) -> None:
    """Send a whole request on a raw loopback socket and close it before the answer."""
    address = urlsplit(live.ws_url)
    assert address.hostname == "127.0.0.1"
    assert address.port is not None
    payload = json.dumps(body).encode()
    head = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {user.token}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(payload)}\r\n\r\n"
    ).encode()
    _, writer = await asyncio.open_connection(address.hostname, address.port)
    writer.write(head + payload)
    await writer.drain()
    writer.close()  # the answer is lost: the client never reads it
    await writer.wait_closed()


async def test_a_post_whose_answer_was_lost_is_stored_once(
    live: LiveServer, room: Classroom
) -> None:
    s = room.space_id
    thread_id = (await room.thread(room.ana))["thread"]["id"]
    lea = await follow(live, room.lea, f"thread:{s}:{thread_id}")
    path = f"{room.forum}/threads/{thread_id}/posts"
    cid = client_id()
    await send_and_drop(live, room.max, path, {"body": "Lost answer", "client_id": cid})
    stored = await lea.expect(Event)  # the server committed it, the client never heard
    assert stored.data["post"]["body"] == "Lost answer"
    retry = ok(await room.send(room.max, thread_id, "Lost answer", cid), 200)
    assert retry["id"] == stored.data["post"]["id"]

    # Dropped and retried at once, racing: whichever wins, one post.
    cid = client_id()
    await send_and_drop(live, room.max, path, {"body": "Racing", "client_id": cid})
    racing = await room.send(room.max, thread_id, "Racing", cid)
    assert racing.status_code in (200, 201), racing.text
    first = await lea.expect(Event)
    assert (first.event, first.data["post"]["id"]) == ("post.created", racing.json()["id"])
    await room.reply(room.ana, thread_id, "marker")
    marker = await lea.expect(Event)  # no second "Racing" before the marker
    assert marker.data["post"]["body"] == "marker"
    bodies = await room.bodies(room.ana, thread_id)
    assert bodies == ["Hello", "Lost answer", "Racing", "marker"]
