"""Erasing a pupil, live (issue 9): its connection closes 4003 at once, the space hears it
leave as "former pupil", and readers of a thread drop the posts that were removed."""

from __future__ import annotations

from protocol.close_codes import CloseCode
from protocol.messages import Ack, Event, Subscribe

from ..http.conftest import ok
from ..http.forum_support import classroom
from .conftest import LiveServer


async def test_erasing_a_pupil_closes_its_socket_and_tells_the_space_and_the_thread(
    live: LiveServer,
) -> None:
    room = await classroom(live.world)
    s = room.space_id
    thread_id = (await room.thread(room.ana))["thread"]["id"]
    post = await room.reply(room.max, thread_id, "my heron")
    pupil = await live.connect(room.max)
    teacher = await live.connect(room.bea)
    for channel in (f"space:{s}", f"thread:{s}:{thread_id}"):
        await teacher.send(Subscribe(ref=teacher.ref(), channel=channel))
        await teacher.expect(Ack)
    erase = f"/api/spaces/{s}/pupils/{room.max.id}/erase"
    ok(await room.ana.post(erase, {"posts": "remove", "files": "keep"}))
    await pupil.closed_with(CloseCode.FORBIDDEN)
    seen = {}
    for _ in range(2):
        event = await teacher.expect(Event)
        seen[event.channel] = (event.event, dict(event.data))
    assert seen[f"space:{s}"] == (
        "member.removed",
        {"account_id": room.max.id, "display_name": "former pupil"},
    )
    assert seen[f"thread:{s}:{thread_id}"] == ("post.deleted", {"post_id": post["id"]})
    await teacher.nothing_within(0.1)
