"""Reactions to posts over HTTP (issue 21): the fixed set, once per person, add and take back
idempotently, counts and one's own in every read, and the refusals; on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from protocol.vocabulary import SpaceKind
from server.clock import FakeClock
from server.config import Settings
from server.forum_limits import ForumLimits

from .conftest import ApiUser, World, error_code, ok, open_world
from .forum_support import Classroom, classroom


@pytest.fixture
async def room(world: World) -> Classroom:
    return await classroom(world)


def path(room: Classroom, post_id: int, kind: str) -> str:
    return f"{room.forum}/posts/{post_id}/reactions/{kind}"


async def react(room: Classroom, user: ApiUser, post_id: int, kind: str) -> Any:
    return ok(await user.request("PUT", path(room, post_id, kind)))


async def unreact(room: Classroom, user: ApiUser, post_id: int, kind: str) -> Any:
    return ok(await user.delete(path(room, post_id, kind)))


async def first_post(room: Classroom) -> tuple[int, int]:
    created = await room.thread(room.ana, "Our river", "Who has seen the heron?")
    return created["thread"]["id"], created["post"]["id"]


async def test_each_member_reacts_once_of_each_kind_and_counts_add_up(room: Classroom) -> None:
    thread_id, post_id = await first_post(room)
    for user in (room.ana, room.bea, room.max, room.lea, room.guest):
        await react(room, user, post_id, "thumbs_up")
    await react(room, room.max, post_id, "heart")
    again = await react(room, room.max, post_id, "heart")  # idempotent: nothing added
    assert again == {
        "post_id": post_id,
        "thread_id": thread_id,
        "reactions": {"thumbs_up": 5, "heart": 1},
        "mine": ["thumbs_up", "heart"],
    }
    posts = await room.posts(room.max, thread_id)
    assert posts[0]["reactions"] == {"thumbs_up": 5, "heart": 1}
    assert posts[0]["my_reactions"] == ["thumbs_up", "heart"]
    assert "react" in posts[0]["allowed"]
    lea_sees = ok(await room.lea.get(f"{room.forum}/posts/{post_id}"))
    assert (lea_sees["reactions"], lea_sees["my_reactions"]) == (
        {"thumbs_up": 5, "heart": 1},
        ["thumbs_up"],
    )


async def test_taking_a_reaction_back_is_idempotent(room: Classroom) -> None:
    thread_id, post_id = await first_post(room)
    await react(room, room.bea, post_id, "idea")
    await react(room, room.lea, post_id, "idea")
    taken = await unreact(room, room.bea, post_id, "idea")
    assert (taken["reactions"], taken["mine"]) == ({"idea": 1}, [])
    assert await unreact(room, room.bea, post_id, "idea") == taken
    # Never reacted: the same answer, nothing changes.
    assert (await unreact(room, room.guest, post_id, "laugh"))["reactions"] == {"idea": 1}
    await unreact(room, room.lea, post_id, "idea")
    assert (await room.posts(room.ana, thread_id))[0]["reactions"] == {}


async def test_a_page_of_posts_reads_its_counts_in_two_queries(room: Classroom) -> None:
    thread_id, first = await first_post(room)
    ids = [first] + [(await room.reply(room.max, thread_id, f"Reply {n}"))["id"] for n in range(8)]
    for post_id in ids:
        await react(room, room.lea, post_id, "clap")
    statements: list[str] = []

    def count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if "forum_reactions" in statement:
            statements.append(statement)

    engine = room.world.ctx.sessionmaker.kw["bind"].sync_engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        posts = await room.posts(room.bea, thread_id)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert [p["reactions"] for p in posts] == [{"clap": 1}] * 9
    assert len(statements) == 2  # the counts and the reader's own, whatever the page's size


async def test_an_unknown_reaction_is_refused_by_name(room: Classroom) -> None:
    _, post_id = await first_post(room)
    answer = await room.max.request("PUT", path(room, post_id, "poo"))
    assert error_code(answer, 422) == "invalid"
    assert answer.json()["error"]["fields"] == [{"field": "reaction", "code": "choice"}]
    assert (await room.posts(room.max, (await first_post(room))[0]))[0]["reactions"] == {}


async def test_a_missing_post_or_another_spaces_post_is_no_such_post(room: Classroom) -> None:
    _, post_id = await first_post(room)
    other_space = await room.world.space(room.ana)
    elsewhere = f"/api/spaces/{other_space}/forum/posts/{post_id}/reactions/heart"
    missing = await room.ana.request("PUT", path(room, 999999, "heart"))
    assert error_code(missing, 404) == "not_found"
    wrong = await room.ana.request("PUT", elsewhere)
    assert (wrong.status_code, wrong.content) == (404, missing.content)


async def test_outsiders_hear_what_a_missing_space_answers(room: Classroom) -> None:
    _, post_id = await first_post(room)
    outsider = await room.world.etwinner("Zoe")
    real = await outsider.request("PUT", path(room, post_id, "heart"))
    missing = await outsider.request(
        "PUT", f"/api/spaces/999999/forum/posts/{post_id}/reactions/heart"
    )
    assert (real.status_code, real.content) == (404, missing.content)
    real = await outsider.delete(path(room, post_id, "heart"))
    assert (real.status_code, real.content) == (404, missing.content)


async def test_pupils_cannot_react_to_what_they_may_not_read(room: Classroom) -> None:
    created = await room.thread(room.bea, "Marks", "Grades on Friday", area="teachers")
    teachers_post = created["post"]["id"]
    await react(room, room.ana, teachers_post, "thumbs_up")
    missing = await room.max.request("PUT", path(room, 999999, "heart"))
    for user in (room.max, room.guest):
        real = await user.request("PUT", path(room, teachers_post, "heart"))
        assert (real.status_code, real.content) == (404, missing.content)


async def test_hidden_posts_take_no_reactions(room: Classroom) -> None:
    thread_id = (await room.thread(room.ana))["thread"]["id"]
    reply = await room.reply(room.max, thread_id, "Something rude")
    await react(room, room.lea, reply["id"], "laugh")
    ok(await room.moderate(room.bea, reply["id"], "hide"))
    # Its author still sees it, but may not react; to the class it is not there.
    assert error_code(await room.max.request("PUT", path(room, reply["id"], "heart")), 403)
    missing = await room.lea.request("PUT", path(room, 999999, "heart"))
    real = await room.lea.delete(path(room, reply["id"], "laugh"))
    assert (real.status_code, real.content) == (404, missing.content)
    ok(await room.moderate(room.bea, reply["id"], "restore"))
    # Restored: its reactions are back as they were.
    assert (await react(room, room.max, reply["id"], "heart"))["reactions"] == {
        "heart": 1,
        "laugh": 1,
    }


async def test_muted_members_and_locked_threads(room: Classroom) -> None:
    thread_id, post_id = await first_post(room)
    mute = f"/api/spaces/{room.space_id}/members/{room.max.id}/mute"
    ok(await room.bea.post(mute, {"minutes": 10, "reason": "shouting"}))
    assert error_code(await room.max.request("PUT", path(room, post_id, "heart")), 403)
    ok(await room.ana.patch(f"{room.forum}/threads/{thread_id}", {"locked": True}))
    assert error_code(await room.lea.request("PUT", path(room, post_id, "heart")), 403)
    assert "react" not in ok(await room.lea.get(f"{room.forum}/posts/{post_id}"))["allowed"]
    await react(room, room.bea, post_id, "heart")  # teachers still may


async def test_reactions_in_a_room_and_a_group(world: World) -> None:
    ana = await world.etwinner("Ana")
    bea = await world.etwinner("Bea")
    for kind in (SpaceKind.ROOM, SpaceKind.GROUP):
        space_id = await (world.group(ana) if kind is SpaceKind.GROUP else world.space(ana, kind))
        forum = f"/api/spaces/{space_id}/forum"
        body = {"title": "Hi", "body": "Hello", "area": "open", "client_id": f"c-{kind}-1"}
        created = ok(await ana.post(f"{forum}/threads", body), 201)
        post_id = created["post"]["id"]
        if kind is SpaceKind.GROUP:
            ok(await bea.post(f"/api/groups/{space_id}/join"))
        else:
            await world.add_teacher(ana, space_id, bea)
        answer = ok(await bea.request("PUT", f"{forum}/posts/{post_id}/reactions/question"))
        assert answer["reactions"] == {"question": 1}


async def test_an_erased_pupils_reactions_go_with_its_personal_data(room: Classroom) -> None:
    thread_id, post_id = await first_post(room)
    await react(room, room.max, post_id, "heart")
    await react(room, room.lea, post_id, "heart")
    erase = f"/api/spaces/{room.space_id}/pupils/{room.max.id}/erase"
    ok(await room.ana.post(erase, {"posts": "keep", "files": "keep"}))
    assert (await room.posts(room.lea, thread_id))[0]["reactions"] == {"heart": 1}


async def test_clicking_on_and_off_is_held_back_for_the_window_and_changes_nothing(
    database_url: str, tmp_path: Path, clock: FakeClock
) -> None:
    limits = dataclasses.replace(ForumLimits(), reaction_changes_per_member=4)
    settings = Settings(
        database_url=database_url, data_dir=tmp_path, cheap_hashing=True, forum_limits=limits
    )
    async with open_world(settings, clock) as world:
        room = await classroom(world)
        _, post_id = await first_post(room)
        # An unknown kind costs nothing of the budget.
        unknown = await room.max.request("PUT", path(room, post_id, "wow"))
        assert error_code(unknown, 422) == "invalid"
        for _ in range(2):
            await react(room, room.max, post_id, "heart")
            await unreact(room, room.max, post_id, "heart")
        refused = await room.max.request("PUT", path(room, post_id, "heart"))
        assert error_code(refused, 429) == "rate_limited"
        assert refused.headers["retry-after"] == "60"
        # Nothing changed, and the rest of the class still reacts.
        assert (await react(room, room.lea, post_id, "heart"))["reactions"] == {"heart": 1}
        clock.advance(dt.timedelta(seconds=59))
        held = await room.max.request("DELETE", path(room, post_id, "clap"))
        assert error_code(held, 429) == "rate_limited"
        assert held.headers["retry-after"] == "1"
        clock.advance(dt.timedelta(seconds=1))
        assert (await react(room, room.max, post_id, "heart"))["reactions"] == {"heart": 2}
