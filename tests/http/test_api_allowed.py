"""The `allowed` lists in API answers (issue 8), as a table per role: what each member of a
class may do with a thread, a pupil's post, a file, a folder; and that live events carry none
(they go to everyone alike)."""

from __future__ import annotations

from typing import Any

import pytest

from .archive_support import listing, uploaded
from .conftest import ApiUser, World, error_code, ok
from .forum_support import Classroom, classroom

#: The answers' logic is the same on both backends: SQLite only, to spare the CPU.
SQLITE = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
#: Ana founds the space, Bea teaches, Max and Lea are pupils, and a guest.
ROLES = ("ana", "bea", "max", "lea", "guest")


@pytest.fixture
async def room(world: World) -> Classroom:
    return await classroom(world)


def who(room: Classroom, name: str) -> ApiUser:
    user: ApiUser = getattr(room, name)
    return user


async def answers(room: Classroom, user: ApiUser, thread_id: int) -> dict[str, Any]:
    page = ok(await user.get(f"{room.forum}/threads"))
    [thread] = page["threads"]
    posts = {p["author"]["display_name"]: p["allowed"] for p in await room.posts(user, thread_id)}
    return {"area": page["allowed"], "thread": thread["allowed"], "posts": posts}


@SQLITE
async def test_forum_answers_say_what_each_role_may_do(room: Classroom) -> None:
    thread_id = (await room.thread(room.ana, body="Welcome"))["thread"]["id"]
    await room.reply(room.max, thread_id, "Max here")
    found = {name: await answers(room, who(room, name), thread_id) for name in ROLES}
    teacher_area = ["create_thread", "moderate", "teachers_area"]
    assert found == {
        "ana": {
            "area": teacher_area,
            "thread": ["reply", "pin", "lock"],
            "posts": {
                "Ana": ["edit", "delete", "report", "react", "history", "hide", "purge"],
                "Max": ["report", "react", "history", "hide", "purge"],
            },
        },
        "bea": {
            "area": teacher_area,
            "thread": ["reply"],  # the founder's thread: not a plain teacher's to pin or lock
            "posts": {"Ana": ["report", "react"], "Max": ["report", "react", "history", "hide"]},
        },
        "max": {
            "area": [],
            "thread": ["reply"],
            "posts": {
                "Ana": ["report", "react"],
                "Max": ["edit", "delete", "report", "react", "history"],
            },
        },
        "lea": {
            "area": [],
            "thread": ["reply"],
            "posts": {"Ana": ["report", "react"], "Max": ["report", "react"]},
        },
        "guest": {
            "area": [],
            "thread": ["reply"],
            "posts": {"Ana": ["report", "react"], "Max": ["report", "react"]},
        },
    }


@SQLITE
async def test_moderating_changes_the_answer_and_one_post_can_be_asked_for(
    room: Classroom,
) -> None:
    thread_id = (await room.thread(room.ana))["thread"]["id"]
    post = await room.reply(room.max, thread_id, "Max here")
    assert post["allowed"] == ["edit", "delete", "report", "react", "history"]
    hidden = ok(await room.moderate(room.bea, post["id"], "hide"))
    assert hidden["allowed"] == ["report", "history", "restore"]
    one = f"{room.forum}/posts/{post['id']}"
    # The author still sees it, but may no longer edit it: a teacher acted.
    assert ok(await room.max.get(one))["allowed"] == ["report", "history"]
    assert ok(await room.ana.get(one))["allowed"] == ["report", "history", "restore", "purge"]
    # To another pupil the hidden post does not exist.
    assert (await room.lea.get(one)).status_code == 404
    # Bea may not lock Ana's thread (as her answer said); Ana may.
    refused = await room.bea.patch(f"{room.forum}/threads/{thread_id}", {"locked": True})
    assert error_code(refused, 403) == "forbidden"
    thread = ok(await room.ana.patch(f"{room.forum}/threads/{thread_id}", {"locked": True}))
    assert thread["allowed"] == ["reply", "pin", "unlock"]
    assert ok(await room.lea.get(f"{room.forum}/threads/{thread_id}"))["allowed"] == []


@SQLITE
async def test_archive_answers_say_what_each_role_may_do(room: Classroom) -> None:
    space_id = room.space_id
    mine = await uploaded(room.max, space_id, "max.txt", b"max")
    assert mine["allowed"] == ["rename", "move", "add_version", "trash"]
    ok(await room.bea.post(f"/api/spaces/{space_id}/folders", {"name": "Science"}), 201)
    found = {}
    for name in ROLES:
        answer = await listing(who(room, name), space_id)
        found[name] = {
            "archive": answer["allowed"],
            "file": answer["files"][0]["allowed"],
            "folder": answer["folders"][0]["allowed"],
        }
    everything = ["rename", "move", "add_version", "trash"]
    assert found == {
        "ana": {
            "archive": ["upload", "create_folder"],
            "file": everything,
            "folder": ["rename", "move", "trash"],
        },
        "bea": {
            "archive": ["upload", "create_folder"],
            "file": everything,
            "folder": ["rename", "move", "trash"],
        },
        "max": {"archive": ["upload", "create_folder"], "file": everything, "folder": []},
        "lea": {"archive": ["upload", "create_folder"], "file": [], "folder": []},
        "guest": {"archive": [], "file": [], "folder": []},
    }
    trashed = ok(await room.max.post(f"/api/spaces/{space_id}/files/{mine['id']}/trash"))
    assert trashed["allowed"] == ["restore"]
    trash = await listing(room.ana, space_id, trash=True)
    assert trash["files"][0]["allowed"] == ["restore", "purge"]
