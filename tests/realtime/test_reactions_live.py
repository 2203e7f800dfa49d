"""Reactions live (issue 21), over real sockets on both databases: a second reader of the
thread sees a post's counts change at once, one event per change (none for a repeat), and a
reader who may not see the thread hears nothing of them. Again with the Redis broker in
test_reactions_live_redis.py."""

from __future__ import annotations

import pytest

from protocol.messages import Event

from ..http.forum_support import Classroom, classroom
from .conftest import LiveServer
from .test_forum_live import follow


@pytest.fixture
async def room(live: LiveServer) -> Classroom:
    return await classroom(live.world)


async def test_a_second_reader_sees_the_counts_change_live(
    live: LiveServer, room: Classroom
) -> None:
    created = await room.thread(room.ana, "Our river", "Who has seen the heron?")
    thread_id, post_id = created["thread"]["id"], created["post"]["id"]
    channel = f"thread:{room.space_id}:{thread_id}"
    lea = await follow(live, room.lea, channel)
    guest = await follow(live, room.guest, channel)
    url = f"{room.forum}/posts/{post_id}/reactions"

    await room.max.request("PUT", f"{url}/heart")
    for client in (lea, guest):
        event = await client.expect(Event)
        assert (event.channel, event.event) == (channel, "post.reactions")
        assert dict(event.data) == {"post_id": post_id, "reactions": {"heart": 1}}

    # A repeat changes nothing and announces nothing; the next change comes as one event.
    await room.max.request("PUT", f"{url}/heart")
    await room.bea.request("PUT", f"{url}/clap")
    event = await lea.expect(Event)
    assert dict(event.data) == {"post_id": post_id, "reactions": {"heart": 1, "clap": 1}}
    await room.max.delete(f"{url}/heart")
    event = await lea.expect(Event)
    assert dict(event.data) == {"post_id": post_id, "reactions": {"clap": 1}}
    await lea.nothing_within(0.3)


async def test_reactions_in_the_teachers_area_never_reach_pupils(
    live: LiveServer, room: Classroom
) -> None:
    created = await room.thread(room.bea, "Marks", "Grades on Friday", area="teachers")
    thread_id, post_id = created["thread"]["id"], created["post"]["id"]
    ana = await follow(live, room.ana, f"thread:{room.space_id}:{thread_id}")
    lea = await follow(live, room.lea, f"space:{room.space_id}")
    await room.ana.request("PUT", f"{room.forum}/posts/{post_id}/reactions/thumbs_up")
    event = await ana.expect(Event)
    assert event.event == "post.reactions"
    await lea.nothing_within(0.3)


async def test_ones_other_tabs_learn_ones_own_reactions_and_nobody_else_hears_who(
    live: LiveServer, room: Classroom
) -> None:
    created = await room.thread(room.ana, "Our river", "Who has seen the heron?")
    thread_id, post_id = created["thread"]["id"], created["post"]["id"]
    # Max's other tab follows his own notice channel, as the thread's page does; Lea hers.
    max_tab = await follow(live, room.max, f"notice:{room.space_id}:{room.max.id}")
    lea = await follow(live, room.lea, f"notice:{room.space_id}:{room.lea.id}")
    url = f"{room.forum}/posts/{post_id}/reactions"

    await room.max.request("PUT", f"{url}/heart")
    await room.max.request("PUT", f"{url}/idea")
    await room.max.request("PUT", f"{url}/idea")  # a repeat: nothing changes, nothing said
    await room.max.delete(f"{url}/heart")
    seen = [await max_tab.expect(Event) for _ in range(3)]
    assert [(e.event, dict(e.data)) for e in seen] == [
        ("post.my_reactions", {"post_id": post_id, "thread_id": thread_id, "mine": mine})
        for mine in (["heart"], ["heart", "idea"], ["idea"])
    ]
    await max_tab.nothing_within(0.3)
    await lea.nothing_within(0.3)
