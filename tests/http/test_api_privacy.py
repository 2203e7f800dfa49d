"""A pupil's data: export (a streamed zip) and erasure (issue 9), on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import io
import json
import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy import select

from protocol.vocabulary import AccountStatus, SpaceKind
from server.clock import FakeClock
from server.config import PrivacySettings, Settings
from storage.models import Account, AuditEntry, AuthSession, ForumPost, Membership

from .archive_support import sha, stored_blobs, upload_leftovers, uploaded
from .chat_support import bodies as chat_bodies
from .chat_support import said, space_chat
from .conftest import ApiUser, World, error_code, ok, open_world
from .forum_support import Classroom, classroom

DRAWING = b"\x89PNG a drawing of the river " * 100


def pupil_path(room: Classroom, pupil: ApiUser, what: str) -> str:
    return f"/api/spaces/{room.space_id}/pupils/{pupil.id}/{what}"


async def pupil_with_code(
    world: World, teacher: ApiUser, space_id: int
) -> tuple[ApiUser, dict[str, Any]]:
    """A new pupil, signed in, with the username and code its teacher was shown."""
    body = {"pupils": [{"display_name": "Zoé Martin", "role": "pupil"}]}
    [credentials] = ok(await teacher.post(f"/api/spaces/{space_id}/pupils", body), 201)
    login = {"username": credentials["username"], "code": credentials["code"], "mode": "token"}
    signed = ok(await world.client.post("/api/auth/pupil-login", json=login))
    return ApiUser(world.client, signed["token"], signed["account"]), credentials


@dataclasses.dataclass
class Work:
    """What the pupil Max created in the classroom: a thread, an edited reply, a chat
    message, a file and two reactions to Lea's post; Lea wrote beside him."""

    thread_id: int
    reply_id: int
    chat_id: int
    file_id: int
    leas_post_id: int


async def pupils_work(room: Classroom) -> Work:
    ok(await room.ana.patch(f"/api/spaces/{room.space_id}", {"pupils_may_create_threads": True}))
    teachers_thread = await room.thread(room.ana, "Our river", "Tell us what you saw")
    thread_id = teachers_thread["thread"]["id"]
    reply = await room.reply(room.max, thread_id, "I saw a heron")
    edited = {"body": "I saw a grey heron"}
    ok(await room.max.patch(f"{room.forum}/posts/{reply['id']}", edited))
    leas = await room.reply(room.lea, thread_id, "Lea saw a fish")
    # Max likes Lea's fish twice over; Lea likes his heron (hers are not his to export).
    for kind in ("heart", "clap"):
        ok(await room.max.put(f"{room.forum}/posts/{leas['id']}/reactions/{kind}", {}))
    ok(await room.lea.put(f"{room.forum}/posts/{reply['id']}/reactions/heart", {}))
    own = await room.thread(room.max, "Max's question", "Where do herons sleep?")
    chat = await space_chat(room, room.max)
    await said(room, room.max, chat["id"], "hello from Max")
    await said(room, room.lea, chat["id"], "hello from Lea")
    file = await uploaded(room.max, room.space_id, "heron.png", DRAWING)
    await uploaded(room.lea, room.space_id, "fish.txt", b"a fish")
    return Work(own["thread"]["id"], reply["id"], chat["id"], file["id"], leas["id"])


async def audit_rows(world: World) -> list[AuditEntry]:
    async with world.ctx.sessionmaker() as db:
        return list((await db.execute(select(AuditEntry))).scalars().all())


# -- export -----------------------------------------------------------------------------------


async def test_teacher_exports_everything_the_pupil_created(archive_world: World) -> None:
    # On both blob stores (the zip streams the files' bytes from the store).
    world = archive_world
    room = await classroom(world)
    work = await pupils_work(room)
    response = await room.bea.get(pupil_path(room, room.max, "export"))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/zip"
    assert "attachment" in response.headers["content-disposition"]
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert archive.testzip() is None
    manifest = json.loads(archive.read("manifest.json"))
    assert manifest["pupil"]["account_id"] == room.max.id
    assert manifest["pupil"]["display_name"] == "Max"
    assert manifest["pupil"]["username"] == room.max.account["username"]
    assert [m["space_id"] for m in manifest["memberships"]] == [room.space_id]
    bodies = {p["id"]: p for p in manifest["forum_posts"]}
    assert bodies[work.reply_id]["body"] == "I saw a grey heron"
    assert [e["body"] for e in bodies[work.reply_id]["earlier_bodies"]] == ["I saw a heron"]
    assert {p["body"] for p in manifest["forum_posts"]} == {
        "I saw a grey heron",
        "Where do herons sleep?",
    }
    assert [t["id"] for t in manifest["threads_started"]] == [work.thread_id]
    assert [m["body"] for m in manifest["chat_messages"]] == ["hello from Max"]
    reacted = sorted((r["post_id"], r["space_id"], r["reaction"]) for r in manifest["reactions"])
    assert reacted == [(work.leas_post_id, room.space_id, kind) for kind in ("clap", "heart")]
    [file] = manifest["files"]
    assert (file["file_id"], file["sha256"], file["size"]) == (
        work.file_id,
        sha(DRAWING),
        len(DRAWING),
    )
    assert archive.read(file["path"]) == DRAWING
    assert sorted(archive.namelist()) == sorted(["manifest.json", file["path"]])
    # Nothing of Lea's, and never a credential.
    assert b"Lea" not in response.content
    assert b"argon2" not in response.content
    exported = [e for e in await audit_rows(world) if e.action == "pupil.exported"]
    assert [(e.actor_id, e.target_account_id) for e in exported] == [(room.bea.id, room.max.id)]


async def test_export_refuses_pupils_guests_outsiders_and_non_pupils(world: World) -> None:
    room = await classroom(world)
    path = pupil_path(room, room.max, "export")
    assert error_code(await room.lea.get(path), 403) == "forbidden"
    assert error_code(await room.max.get(path), 403) == "forbidden"
    assert error_code(await room.guest.get(path), 403) == "forbidden"
    outsider = await world.etwinner("Oscar")
    other_space = await world.space(outsider)
    [stranger] = await world.pupils(outsider, other_space, ["Stranger"])
    # A teacher of another space hears of no space; one of this space, of no such pupil.
    assert error_code(await outsider.get(path), 404) == "not_found"
    for account_id in (stranger.id, room.bea.id, room.guest.id, 10**9):
        missing = await room.ana.get(f"/api/spaces/{room.space_id}/pupils/{account_id}/export")
        assert error_code(missing, 404) == "not_found"
    a_room = await world.space(room.ana, SpaceKind.ROOM)
    in_room = await room.ana.get(f"/api/spaces/{a_room}/pupils/{room.max.id}/export")
    assert error_code(in_room, 403) == "forbidden"


async def test_export_covers_only_the_spaces_the_teacher_teaches(world: World) -> None:
    room = await classroom(world)
    oscar = await world.etwinner("Oscar")
    other = await world.space(oscar)
    await world.add_teacher(oscar, other, room.ana)
    ok(
        await room.ana.post(
            f"/api/spaces/{other}/pupils/add",
            {"username": room.max.account["username"], "role": "pupil"},
        ),
        201,
    )
    other_thread = ok(
        await oscar.post(
            f"/api/spaces/{other}/forum/threads",
            {"title": "Other project", "body": "Hi", "area": "open", "client_id": "other-thread-1"},
        ),
        201,
    )
    ok(
        await room.max.post(
            f"/api/spaces/{other}/forum/threads/{other_thread['thread']['id']}/posts",
            {"body": "Max in the other project", "client_id": "max-other-post-1"},
        ),
        201,
    )
    oscars_post = other_thread["post"]["id"]
    ok(await room.max.put(f"/api/spaces/{other}/forum/posts/{oscars_post}/reactions/idea", {}))
    # Ana teaches both spaces; Bea teaches only the first and sees nothing of the other.
    both = json.loads(
        zipfile.ZipFile(
            io.BytesIO((await room.ana.get(pupil_path(room, room.max, "export"))).content)
        ).read("manifest.json")
    )
    only = json.loads(
        zipfile.ZipFile(
            io.BytesIO((await room.bea.get(pupil_path(room, room.max, "export"))).content)
        ).read("manifest.json")
    )
    assert "Max in the other project" in {p["body"] for p in both["forum_posts"]}
    assert {m["space_id"] for m in both["memberships"]} == {room.space_id, other}
    assert "Max in the other project" not in {p["body"] for p in only["forum_posts"]}
    assert {m["space_id"] for m in only["memberships"]} == {room.space_id}
    assert str(other) not in only["spaces"]
    assert [(r["post_id"], r["reaction"]) for r in both["reactions"]] == [(oscars_post, "idea")]
    assert only["reactions"] == []


async def test_an_export_over_the_size_bound_is_refused_before_a_byte(
    database_url: str, tmp_path: Path, clock: FakeClock
) -> None:
    privacy = PrivacySettings(export_max_bytes=2000)
    settings = Settings(
        database_url=database_url, data_dir=tmp_path, cheap_hashing=True, privacy=privacy
    )
    async with open_world(settings, clock) as world:
        room = await classroom(world)
        await uploaded(room.max, room.space_id, "big.bin", b"x" * 5000)
        response = await room.ana.get(pupil_path(room, room.max, "export"))
        assert error_code(response, 422) == "limit_exceeded"
        assert "MiB" in response.json()["error"]["message"]
        assert not [e for e in await audit_rows(world) if e.action == "pupil.exported"]


# -- erasure ----------------------------------------------------------------------------------


async def test_erasure_keeps_posts_and_files_as_former_pupil_and_leaves_no_personal_data(
    world: World,
) -> None:
    room = await classroom(world)
    zoe, credentials = await pupil_with_code(world, room.ana, room.space_id)
    thread = await room.thread(room.ana, "Birds", "Which birds?")
    post = await room.reply(zoe, thread["thread"]["id"], "Zoé likes owls")
    chat = await space_chat(room, zoe)
    await said(room, zoe, chat["id"], "owls!")
    file = await uploaded(zoe, room.space_id, "owl.png", DRAWING)
    erase = pupil_path(room, zoe, "erase")
    done = ok(await room.bea.post(erase, {"posts": "keep", "files": "keep"}))
    assert done == {
        "account_id": zoe.id,
        "posts": "kept",
        "files": "kept",
        "posts_removed": 0,
        "files_removed": 0,
        "already_erased": False,
    }
    # Signed out everywhere, and the code opens nothing.
    assert error_code(await zoe.get("/api/me"), 401) == "unauthenticated"
    login = {"username": credentials["username"], "code": credentials["code"], "mode": "token"}
    assert error_code(await world.client.post("/api/auth/pupil-login", json=login), 401)
    # Content stays, attributed to "former pupil".
    [_, kept] = await room.posts(room.ana, thread["thread"]["id"])
    assert kept["id"] == post["id"]
    assert kept["author"] == {"account_id": None, "display_name": "former pupil"}
    assert "owls!" in await chat_bodies(room, room.ana, chat["id"])
    assert (
        ok(await room.ana.get(f"/api/spaces/{room.space_id}/files/{file['id']}"))["name"]
        == "owl.png"
    )
    members = ok(await room.ana.get(f"/api/spaces/{room.space_id}/members"))
    assert zoe.id not in {m["account_id"] for m in members}
    async with world.ctx.sessionmaker() as db:
        account = await db.get(Account, zoe.id)
        assert account is not None
        assert account.status is AccountStatus.ERASED
        assert (account.display_name, account.username, account.login_code_hash) == (
            "former pupil",
            None,
            None,
        )
        assert (account.email, account.school, account.country, account.created_by_id) == (
            None,
            None,
            None,
            None,
        )
        sessions = await db.execute(select(AuthSession).where(AuthSession.account_id == zoe.id))
        assert sessions.first() is None
        memberships = await db.execute(select(Membership).where(Membership.account_id == zoe.id))
        assert memberships.first() is None
    entries = await audit_rows(world)
    [erased] = [e for e in entries if e.action == "pupil.erased"]
    assert (erased.actor_id, erased.target_account_id, erased.space_id) == (
        room.bea.id,
        None,
        room.space_id,
    )
    assert erased.details == {
        "posts": "kept",
        "files": "kept",
        "posts_removed": 0,
        "files_removed": 0,
    }
    # No entry of the log holds the pupil's name or username.
    for entry in entries:
        text = json.dumps([entry.reason, entry.details])
        assert "Zoé" not in text
        assert "Zo\\u00e9" not in text
        assert credentials["username"] not in text


async def test_erasure_can_remove_posts_messages_and_files_for_good(
    archive_world: World,
) -> None:
    world = archive_world  # on both blob stores
    room = await classroom(world)
    work = await pupils_work(room)
    assert sha(DRAWING) in await stored_blobs(world)
    done = ok(
        await room.ana.post(
            pupil_path(room, room.max, "erase"), {"posts": "remove", "files": "remove"}
        )
    )
    assert (done["posts"], done["files"], done["files_removed"]) == ("removed", "removed", 1)
    assert done["posts_removed"] == 3  # the reply, his own thread's post, the chat message
    async with world.ctx.sessionmaker() as db:
        left = await db.execute(select(ForumPost.id).where(ForumPost.author_id == room.max.id))
        assert left.first() is None
    threads = ok(await room.ana.get(f"{room.forum}/threads"))
    assert work.thread_id not in {t["id"] for t in threads["threads"]}  # his, now empty
    [teachers_thread] = threads["threads"]
    assert await room.bodies(room.ana, teachers_thread["id"]) == [
        "Tell us what you saw",
        "Lea saw a fish",
    ]
    assert teachers_thread["posts"] == 2
    assert await chat_bodies(room, room.ana, work.chat_id) == ["hello from Lea"]
    gone = await room.ana.get(f"/api/spaces/{room.space_id}/files/{work.file_id}")
    assert error_code(gone, 404) == "not_found"
    assert sha(DRAWING) not in await stored_blobs(world)
    assert sha(b"a fish") in await stored_blobs(world)


async def test_erasing_again_answers_what_was_done_and_changes_nothing(world: World) -> None:
    room = await classroom(world)
    await pupils_work(room)
    erase = pupil_path(room, room.max, "erase")
    first = ok(await room.ana.post(erase, {"posts": "remove", "files": "keep"}))
    before = await world.row_counts()
    again = ok(await room.bea.post(erase, {"posts": "keep", "files": "remove"}))
    assert again == {**first, "posts_removed": 0, "files_removed": 0, "already_erased": True}
    assert await world.row_counts() == before
    # Still nothing for those who could not erase it in the first place.
    assert error_code(await room.lea.post(erase, {"posts": "keep", "files": "keep"}), 403)
    outsider = await world.etwinner("Oscar")
    assert error_code(await outsider.post(erase, {"posts": "keep", "files": "keep"}), 404)


async def test_erasure_is_refused_to_pupils_guests_and_outsiders_and_changes_nothing(
    world: World,
) -> None:
    room = await classroom(world)
    erase = pupil_path(room, room.max, "erase")
    choice = {"posts": "keep", "files": "keep"}
    outsider = await world.etwinner("Oscar")
    before = await world.row_counts()
    assert error_code(await room.lea.post(erase, choice), 403) == "forbidden"
    assert error_code(await room.max.post(erase, choice), 403) == "forbidden"
    assert error_code(await room.guest.post(erase, choice), 403) == "forbidden"
    assert error_code(await outsider.post(erase, choice), 404) == "not_found"
    teacher = f"/api/spaces/{room.space_id}/pupils/{room.bea.id}/erase"
    assert error_code(await room.ana.post(teacher, choice), 404) == "not_found"
    # The choice must be made: no default.
    assert error_code(await room.ana.post(erase, {"posts": "keep"}), 422)
    assert error_code(await room.ana.post(erase, {"posts": "keep", "files": "maybe"}), 422)
    assert await world.row_counts() == before
    assert ok(await room.max.get("/api/me"))["display_name"] == "Max"


async def test_erasure_drops_the_pupils_uploads_in_progress(archive_world: World) -> None:
    world = archive_world  # on both blob stores
    room = await classroom(world)
    path = f"/api/spaces/{room.space_id}/uploads"
    started = ok(await room.max.post(path, {"name": "film.mp4", "size": 10_000}), 201)
    sent = await room.max.client.put(
        f"{path}/{started['id']}?offset=0",
        content=b"y" * 4000,
        headers={"Authorization": f"Bearer {room.max.token}"},
    )
    assert sent.status_code == 202, sent.text
    assert await upload_leftovers(world) != []
    ok(await room.ana.post(pupil_path(room, room.max, "erase"), {"posts": "keep", "files": "keep"}))
    assert await upload_leftovers(world) == []
    assert (await world.row_counts())["archive_uploads"] == 0


async def test_erasure_leaves_only_former_pupil_in_a_video_session(world: World) -> None:
    room = await classroom(world)
    base = f"/api/spaces/{room.space_id}/video-sessions"
    session_id = ok(await room.ana.post(base, {}), 201)["session"]["id"]
    ok(await room.max.post(f"{base}/{session_id}/join"))
    ok(await room.ana.post(pupil_path(room, room.max, "erase"), {"posts": "keep", "files": "keep"}))
    shown = ok(await room.ana.get(f"{base}/{session_id}"))
    names = {p["display_name"] for p in shown["participants"]}
    assert "Max" not in names
    assert "former pupil" in names


async def test_removal_reaches_only_the_spaces_the_eraser_teaches(world: World) -> None:
    room = await classroom(world)
    oscar = await world.etwinner("Oscar")
    other = await world.space(oscar)
    await world.add_teacher(oscar, other, room.ana)
    username = room.max.account["username"]
    added = {"username": username, "role": "pupil"}
    ok(await room.ana.post(f"/api/spaces/{other}/pupils/add", added), 201)
    here = await room.thread(room.ana, "Here", "Hi")
    await room.reply(room.max, here["thread"]["id"], "Max here")
    there = ok(
        await oscar.post(
            f"/api/spaces/{other}/forum/threads",
            {"title": "There", "body": "Hi", "area": "open", "client_id": "there-thread-1"},
        ),
        201,
    )
    there_posts = f"/api/spaces/{other}/forum/threads/{there['thread']['id']}/posts"
    ok(await room.max.post(there_posts, {"body": "Max there", "client_id": "max-there-1"}), 201)
    # Bea teaches only the first space: the account goes everywhere, the posts only there.
    done = ok(
        await room.bea.post(
            pupil_path(room, room.max, "erase"), {"posts": "remove", "files": "keep"}
        )
    )
    assert done["posts_removed"] == 1
    assert await room.bodies(room.ana, here["thread"]["id"]) == ["Hi"]
    kept = ok(await oscar.get(there_posts))["posts"]
    assert [(p["body"], p["author"]["display_name"]) for p in kept] == [
        ("Hi", "Oscar"),
        ("Max there", "former pupil"),
    ]
    erased = {e.space_id: e.details for e in await audit_rows(world) if e.action == "pupil.erased"}
    assert (erased[room.space_id]["posts"], erased[room.space_id]["posts_removed"]) == (
        "removed",
        1,
    )
    assert (erased[other]["posts"], erased[other]["posts_removed"]) == ("kept", 0)
    members = ok(await oscar.get(f"/api/spaces/{other}/members"))
    assert room.max.id not in {m["account_id"] for m in members}
