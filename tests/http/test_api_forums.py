"""The forum over HTTP: threads, posts, edits, deletion, read marks, paging, search, limits;
on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from server.app import create_app
from server.clock import FakeClock
from server.config import Settings
from server.forum_limits import ForumLimits

from .conftest import World, error_code, ok
from .forum_support import Classroom, classroom, client_id


@pytest.fixture
async def room(world: World) -> Classroom:
    return await classroom(world)


async def test_thread_and_replies_read_in_order_by_every_member(room: Classroom) -> None:
    created = await room.thread(room.ana, "Our river", "Who has seen the heron?")
    thread_id = created["thread"]["id"]
    assert created["post"]["state"] == "visible"
    await room.reply(room.max, thread_id, "Me, on Monday")
    await room.reply(room.guest, thread_id, "Herons nest in spring")
    for user in (room.ana, room.bea, room.max, room.lea, room.guest):
        assert await room.bodies(user, thread_id) == [
            "Who has seen the heron?",
            "Me, on Monday",
            "Herons nest in spring",
        ]
    thread = ok(await room.lea.get(f"{room.forum}/threads/{thread_id}"))
    assert (thread["posts"], thread["unread"], thread["title"]) == (3, 3, "Our river")


async def test_a_retry_with_the_same_client_id_returns_the_same_post(room: Classroom) -> None:
    thread_id = (await room.thread(room.ana))["thread"]["id"]
    cid = client_id()
    first = ok(await room.send(room.max, thread_id, "Once", cid), 201)
    again = ok(await room.send(room.max, thread_id, "Once", cid), 200)
    assert again == first
    assert await room.bodies(room.lea, thread_id) == ["Hello", "Once"]


async def test_a_retried_thread_is_the_same_thread(room: Classroom) -> None:
    cid = client_id()
    first = ok(await room.start(room.ana, "Plants", "Seeds", cid=cid), 201)
    again = ok(await room.start(room.ana, "Plants", "Seeds", cid=cid), 200)
    assert again == first
    page = ok(await room.ana.get(f"{room.forum}/threads"))
    assert [t["title"] for t in page["threads"]] == ["Plants"]


async def test_concurrent_duplicates_store_one_post(room: Classroom) -> None:
    thread_id = (await room.thread(room.ana))["thread"]["id"]
    cid = client_id()
    answers = await asyncio.gather(*(room.send(room.max, thread_id, "Same", cid) for _ in range(6)))
    statuses = sorted(a.status_code for a in answers)
    assert statuses == [200] * 5 + [201]
    assert len({a.json()["id"] for a in answers}) == 1
    assert await room.bodies(room.ana, thread_id) == ["Hello", "Same"]


async def test_a_client_id_of_another_thread_is_a_conflict(room: Classroom) -> None:
    one = (await room.thread(room.ana, "One"))["thread"]["id"]
    two = (await room.thread(room.ana, "Two"))["thread"]["id"]
    cid = client_id()
    ok(await room.send(room.max, one, "Hi", cid), 201)
    assert error_code(await room.send(room.max, two, "Hi", cid), 409) == "conflict"


async def test_a_replys_client_id_cannot_start_a_thread(room: Classroom) -> None:
    thread_id = (await room.thread(room.ana))["thread"]["id"]
    cid = client_id()
    ok(await room.send(room.ana, thread_id, "a reply", cid), 201)
    assert error_code(await room.start(room.ana, "New", "Hi", cid=cid), 409) == "conflict"


async def test_pupils_and_guests_cannot_tell_a_teachers_thread_exists(room: Classroom) -> None:
    created = await room.thread(room.bea, "Marks", "Grades on Friday", area="teachers")
    thread_id, post_id = created["thread"]["id"], created["post"]["id"]
    teachers = ok(await room.ana.get(f"{room.forum}/threads?area=teachers"))
    assert [t["id"] for t in teachers["threads"]] == [thread_id]
    for user in (room.max, room.guest):
        real = await user.get(f"{room.forum}/threads/{thread_id}")
        missing = await user.get(f"{room.forum}/threads/999999")
        assert (real.status_code, real.content) == (missing.status_code, missing.content)
        assert real.status_code == 404
        real = await user.get(f"{room.forum}/threads/{thread_id}/posts")
        assert real.content == missing.content
        real_post = await user.post(f"{room.forum}/posts/{post_id}/report", {"reason": "x"})
        missing_post = await user.post(f"{room.forum}/posts/999999/report", {"reason": "x"})
        assert (real_post.status_code, real_post.content) == (404, missing_post.content)
        assert error_code(await user.get(f"{room.forum}/threads?area=teachers"), 404)
        assert ok(await user.get(f"{room.forum}/threads"))["threads"] == []
        assert ok(await user.get(f"{room.forum}/search?q=Grades")) == []
        answer = await room.send(user, thread_id, "peek")
        assert (answer.status_code, answer.content) == (404, missing.content)
    assert len(ok(await room.ana.get(f"{room.forum}/search?q=Grades"))) == 1


async def test_a_non_member_hears_what_a_missing_space_answers(room: Classroom) -> None:
    thread_id = (await room.thread(room.ana))["thread"]["id"]
    outsider = await room.world.etwinner("Zoe")
    real = await outsider.get(f"{room.forum}/threads/{thread_id}/posts")
    missing = await outsider.get(f"/api/spaces/999999/forum/threads/{thread_id}/posts")
    assert (real.status_code, real.content) == (404, missing.content)


async def test_forum_answers_carry_no_email_address(room: Classroom) -> None:
    thread_id = (await room.thread(room.ana))["thread"]["id"]
    await room.reply(room.guest, thread_id, "Hi")
    for path in (f"{room.forum}/threads", f"{room.forum}/threads/{thread_id}/posts"):
        text = (await room.max.get(path)).text
        assert "@" not in text
        assert room.ana.account["email"] not in text


async def test_a_too_long_post_is_refused_and_nothing_is_stored(room: Classroom) -> None:
    thread_id = (await room.thread(room.ana))["thread"]["id"]
    before = await room.world.row_counts()
    assert error_code(await room.send(room.max, thread_id, "x" * 10_001), 422) == "invalid"
    assert error_code(await room.send(room.max, thread_id, "   "), 422) == "invalid"
    assert await room.world.row_counts() == before


async def test_edits_keep_their_history_and_pupils_stop_after_a_teacher_acted(
    room: Classroom,
) -> None:
    thread_id = (await room.thread(room.ana))["thread"]["id"]
    post = await room.reply(room.max, thread_id, "Frist")
    path = f"{room.forum}/posts/{post['id']}"
    edited = ok(await room.max.patch(path, {"body": "First"}))
    assert (edited["body"], edited["edited_at"] is not None) == ("First", True)
    history = ok(await room.max.get(path + "/history"))
    assert [h["body"] for h in history] == ["Frist"]
    assert error_code(await room.lea.patch(path, {"body": "mine now"}), 403) == "forbidden"
    assert error_code(await room.lea.get(path + "/history"), 404) == "not_found"
    ok(await room.moderate(room.bea, post["id"], "hide"))
    ok(await room.moderate(room.bea, post["id"], "restore"))
    assert error_code(await room.max.patch(path, {"body": "again"}), 403) == "forbidden"


async def test_a_deleted_post_is_gone_for_members_and_kept_for_teachers(room: Classroom) -> None:
    thread_id = (await room.thread(room.ana))["thread"]["id"]
    post = await room.reply(room.max, thread_id, "Oops")
    assert error_code(await room.lea.delete(f"{room.forum}/posts/{post['id']}"), 403)
    ok(await room.max.delete(f"{room.forum}/posts/{post['id']}"), 204)
    assert await room.bodies(room.lea, thread_id) == ["Hello"]
    assert await room.bodies(room.max, thread_id) == ["Hello"]
    kept = await room.posts(room.bea, thread_id)
    assert [(p["body"], p["state"]) for p in kept] == [("Hello", "visible"), ("Oops", "deleted")]
    thread = ok(await room.lea.get(f"{room.forum}/threads/{thread_id}"))
    assert thread["posts"] == 1


async def test_threads_and_posts_page_with_cursors(room: Classroom) -> None:
    ids = [(await room.thread(room.ana, f"T{n}"))["thread"]["id"] for n in range(5)]
    first = ok(await room.max.get(f"{room.forum}/threads?limit=2"))
    assert [t["id"] for t in first["threads"]] == [ids[4], ids[3]]
    second = ok(await room.max.get(f"{room.forum}/threads?limit=2&before={first['next_before']}"))
    assert [t["id"] for t in second["threads"]] == [ids[2], ids[1]]
    last = ok(await room.max.get(f"{room.forum}/threads?limit=2&before={second['next_before']}"))
    assert ([t["id"] for t in last["threads"]], last["next_before"]) == ([ids[0]], None)

    for n in range(4):
        await room.reply(room.max, ids[0], f"p{n}")
    path = f"{room.forum}/threads/{ids[0]}/posts"
    page = ok(await room.lea.get(f"{path}?limit=3"))
    assert [p["body"] for p in page["posts"]] == ["Hello", "p0", "p1"]
    rest = ok(await room.lea.get(f"{path}?limit=3&after={page['next_after']}"))
    assert [p["body"] for p in rest["posts"]] == ["p2", "p3"]
    assert rest["next_after"] is None
    assert error_code(await room.lea.get(f"{path}?limit=0"), 422) == "invalid"


async def test_pinned_threads_come_apart_on_the_first_page(room: Classroom) -> None:
    old = (await room.thread(room.ana, "Rules"))["thread"]["id"]
    await room.thread(room.ana, "News")
    ok(await room.ana.patch(f"{room.forum}/threads/{old}", {"pinned": True}))
    page = ok(await room.max.get(f"{room.forum}/threads"))
    assert [t["title"] for t in page["pinned"]] == ["Rules"]
    assert [t["title"] for t in page["threads"]] == ["News"]


async def test_unread_counts_follow_the_read_mark(room: Classroom) -> None:
    thread_id = (await room.thread(room.ana))["thread"]["id"]
    posts = [await room.reply(room.bea, thread_id, f"n{n}") for n in range(3)]
    mine = await room.reply(room.max, thread_id, "mine")
    path = f"{room.forum}/threads/{thread_id}"
    assert ok(await room.max.get(path))["unread"] == 4  # one's own posts are not unread
    marked = ok(await room.max.post(path + "/read", {"last_read_post_id": posts[1]["id"]}))
    assert marked["unread"] == 1
    ok(await room.max.post(path + "/read", {"last_read_post_id": posts[0]["id"]}))  # not back
    page = ok(await room.max.get(f"{room.forum}/threads"))
    assert page["threads"][0]["unread"] == 1
    ok(await room.max.post(path + "/read", {"last_read_post_id": mine["id"]}))
    assert ok(await room.max.get(path))["unread"] == 0


async def test_search_finds_every_word_in_visible_posts_of_one_space(
    room: Classroom, world: World
) -> None:
    thread_id = (await room.thread(room.ana, "Birds", "The grey heron fishes"))["thread"]["id"]
    await room.reply(room.max, thread_id, "A HERON near the bridge")
    hidden = await room.reply(room.lea, thread_id, "heron heron heron")
    ok(await room.moderate(room.bea, hidden["id"], "hide"))
    await room.reply(room.lea, thread_id, "Élan, été: accents stay")
    other_space = await world.space(room.ana)
    other = ok(
        await room.ana.post(
            f"/api/spaces/{other_space}/forum/threads",
            {"title": "Elsewhere", "body": "heron elsewhere", "client_id": client_id()},
        ),
        201,
    )
    assert other["post"]["body"] == "heron elsewhere"

    def bodies(hits: list[dict[str, object]]) -> list[object]:
        return [hit["post"]["body"] for hit in hits]  # type: ignore[index]

    hits = ok(await room.guest.get(f"{room.forum}/search?q=heron"))
    assert bodies(hits) == ["A HERON near the bridge", "The grey heron fishes"]
    assert hits[0]["thread_title"] == "Birds"
    both = ok(await room.guest.get(f"{room.forum}/search?q=grey%20heron"))
    assert bodies(both) == ["The grey heron fishes"]
    assert bodies(ok(await room.guest.get(f"{room.forum}/search?q=été"))) == [
        "Élan, été: accents stay"
    ]
    assert ok(await room.guest.get(f"{room.forum}/search?q=%22%20OR%20*")) == []
    assert error_code(await room.guest.get(f"{room.forum}/search?q="), 422) == "invalid"


async def test_a_locked_thread_takes_replies_from_teachers_only(room: Classroom) -> None:
    thread_id = (await room.thread(room.ana))["thread"]["id"]
    path = f"{room.forum}/threads/{thread_id}"
    # A plain teacher moderates pupils' and guests' content, not a teacher admin's thread.
    assert error_code(await room.bea.patch(path, {"locked": True}), 403) == "forbidden"
    locked = ok(await room.ana.patch(path, {"locked": True}))
    assert locked["locked"] is True
    assert error_code(await room.send(room.max, thread_id, "late"), 403) == "forbidden"
    await room.reply(room.bea, thread_id, "Closed, thanks all")


async def test_a_pupil_starts_threads_only_where_the_space_allows(room: Classroom) -> None:
    assert error_code(await room.start(room.max, "Mine", "Hi"), 403) == "forbidden"
    assert error_code(await room.start(room.guest, "Mine", "Hi"), 403) == "forbidden"
    ok(await room.ana.patch(f"/api/spaces/{room.space_id}", {"pupils_may_create_threads": True}))
    await room.thread(room.max, "Mine", "Hi")


# -- rate limits -------------------------------------------------------------------------------


@pytest.fixture
async def tight(database_url: str, tmp_path: Path, clock: FakeClock) -> AsyncIterator[Classroom]:
    limits = ForumLimits(posts_per_member=3, posts_per_space=8)
    settings = Settings(database_url=database_url, data_dir=tmp_path, cheap_hashing=True)
    app = create_app(dataclasses.replace(settings, forum_limits=limits), clock=clock)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            yield await classroom(World(client, app.state.ctx, clock))


async def test_one_pupils_flood_is_stopped_and_the_class_goes_on(
    tight: Classroom, clock: FakeClock
) -> None:
    room = tight
    thread_id = (await room.thread(room.ana))["thread"]["id"]
    for n in range(3):
        await room.reply(room.max, thread_id, f"spam {n}")
    before = await room.world.row_counts()
    for _ in range(5):
        assert error_code(await room.send(room.max, thread_id, "more"), 429) == "rate_limited"
    assert await room.world.row_counts() == before
    await room.reply(room.lea, thread_id, "I can still talk")
    clock.advance(ForumLimits().window)
    await room.reply(room.max, thread_id, "calm now")


async def test_a_busy_space_is_limited_as_a_whole(tight: Classroom) -> None:
    room = tight
    thread_id = (await room.thread(room.ana))["thread"]["id"]  # 1 post
    for user in (room.max, room.lea, room.bea):
        for n in range(2):
            await room.reply(user, thread_id, f"{n}")  # 7 posts
    await room.reply(room.guest, thread_id, "eighth")
    answer = await room.send(room.guest, thread_id, "ninth")
    assert error_code(answer, 429) == "rate_limited"
    assert "busy" in answer.json()["error"]["message"]
