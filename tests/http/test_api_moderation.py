"""Moderation over HTTP: the pre-moderation queue, hide/restore, pin/lock, purge, reports,
mutes that end on time, and the audit log of each; on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from server.clock import FakeClock

from .conftest import ApiUser, World, error_code, ok
from .forum_support import Classroom, classroom


@pytest.fixture
async def room(world: World) -> Classroom:
    return await classroom(world)


async def audit(room: Classroom) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = ok(await room.ana.get(f"/api/spaces/{room.space_id}/audit"))
    return entries


async def test_premoderation_queue_end_to_end(room: Classroom) -> None:
    await room.premoderate()
    thread_id = (await room.thread(room.ana))["thread"]["id"]
    held = await room.reply(room.max, thread_id, "Can I say this?")
    assert held["state"] == "pending"
    await room.reply(room.guest, thread_id, "Guests are not held")
    # The author sees it as pending; nobody else but moderators sees it at all.
    assert [(p["body"], p["state"]) for p in await room.posts(room.max, thread_id)] == [
        ("Hello", "visible"),
        ("Can I say this?", "pending"),
        ("Guests are not held", "visible"),
    ]
    assert await room.bodies(room.lea, thread_id) == ["Hello", "Guests are not held"]
    assert await room.bodies(room.guest, thread_id) == ["Hello", "Guests are not held"]
    thread = ok(await room.lea.get(f"{room.forum}/threads/{thread_id}"))
    assert thread["posts"] == 2
    assert error_code(await room.lea.get(f"{room.forum}/posts/{held['id']}/history"), 404)
    assert error_code(await room.max.get(f"{room.forum}/queue"), 403) == "forbidden"
    queue = ok(await room.bea.get(f"{room.forum}/queue"))
    assert [p["id"] for p in queue] == [held["id"]]

    approved = ok(await room.moderate(room.bea, held["id"], "approve", "fine"))
    assert approved["state"] == "visible"
    assert await room.bodies(room.lea, thread_id) == [
        "Hello",
        "Can I say this?",
        "Guests are not held",
    ]
    assert ok(await room.bea.get(f"{room.forum}/queue")) == []
    entry = (await audit(room))[0]
    assert (entry["action"], entry["actor_id"], entry["target_account_id"]) == (
        "post.approved",
        room.bea.id,
        room.max.id,
    )
    assert (entry["reason"], entry["details"]["post_id"]) == ("fine", held["id"])
    # Approving twice is a conflict, not a silent success.
    assert error_code(await room.moderate(room.bea, held["id"], "approve"), 409) == "conflict"


async def test_a_rejected_post_stays_with_its_author_only(room: Classroom) -> None:
    await room.premoderate()
    thread_id = (await room.thread(room.ana))["thread"]["id"]
    held = await room.reply(room.max, thread_id, "rude words")
    ok(await room.moderate(room.ana, held["id"], "reject", "unkind"))
    assert [p["state"] for p in await room.posts(room.max, thread_id)] == ["visible", "rejected"]
    assert await room.bodies(room.lea, thread_id) == ["Hello"]
    assert (await audit(room))[0]["action"] == "post.rejected"


async def test_a_pupils_held_thread_appears_when_approved(room: Classroom) -> None:
    await room.premoderate()
    created = await room.thread(room.max, "My idea", "Let us plant trees")
    assert (created["thread"]["state"], created["post"]["state"]) == ("pending", "pending")
    thread_id = created["thread"]["id"]
    assert ok(await room.lea.get(f"{room.forum}/threads"))["threads"] == []
    missing = await room.lea.get(f"{room.forum}/threads/999999")
    hidden = await room.lea.get(f"{room.forum}/threads/{thread_id}")
    assert (hidden.status_code, hidden.content) == (404, missing.content)
    mine = ok(await room.max.get(f"{room.forum}/threads"))["threads"]
    assert [(t["id"], t["state"]) for t in mine] == [(thread_id, "pending")]
    ok(await room.moderate(room.bea, created["post"]["id"], "approve"))
    listed = ok(await room.lea.get(f"{room.forum}/threads"))["threads"]
    assert [(t["id"], t["state"], t["posts"]) for t in listed] == [(thread_id, "visible", 1)]


async def test_hide_and_restore_keep_every_word(room: Classroom) -> None:
    thread_id = (await room.thread(room.ana))["thread"]["id"]
    post = await room.reply(room.max, thread_id, "silly")
    assert error_code(await room.moderate(room.lea, post["id"], "hide"), 403) == "forbidden"
    assert error_code(await room.moderate(room.guest, post["id"], "hide"), 403) == "forbidden"
    ok(await room.moderate(room.bea, post["id"], "hide", "off topic"))
    assert await room.bodies(room.lea, thread_id) == ["Hello"]
    assert [p["state"] for p in await room.posts(room.max, thread_id)] == ["visible", "hidden"]
    assert [p["body"] for p in await room.posts(room.bea, thread_id)] == ["Hello", "silly"]
    ok(await room.moderate(room.bea, post["id"], "restore"))
    assert await room.bodies(room.lea, thread_id) == ["Hello", "silly"]
    assert [e["action"] for e in (await audit(room))[:2]] == ["post.restored", "post.hidden"]


async def test_a_plain_teacher_does_not_moderate_teachers(room: Classroom) -> None:
    thread_id = (await room.thread(room.ana))["thread"]["id"]
    post = await room.reply(room.ana, thread_id, "from the founder")
    assert error_code(await room.moderate(room.bea, post["id"], "hide"), 403) == "forbidden"
    ok(await room.moderate(room.ana, (await room.reply(room.bea, thread_id, "x"))["id"], "hide"))


async def test_pin_and_lock_are_audited(room: Classroom) -> None:
    created = await room.thread(room.ana)
    path = f"{room.forum}/threads/{created['thread']['id']}"
    assert error_code(await room.max.patch(path, {"pinned": True}), 403) == "forbidden"
    ok(await room.ana.patch(path, {"pinned": True, "locked": True, "reason": "rules"}))
    ok(await room.ana.patch(path, {"locked": False}))
    actions = [e["action"] for e in (await audit(room))[:3]]
    assert actions == ["thread.unlocked", "thread.locked", "thread.pinned"]


async def test_only_teacher_admins_purge(room: Classroom) -> None:
    thread_id = (await room.thread(room.ana))["thread"]["id"]
    post = await room.reply(room.max, thread_id, "personal data")
    path = f"{room.forum}/posts/{post['id']}/purge"
    assert error_code(await room.bea.post(path, {"reason": "x"}), 403) == "forbidden"
    ok(await room.ana.post(path, {"reason": "a phone number"}), 204)
    assert [p["body"] for p in await room.posts(room.ana, thread_id)] == ["Hello"]
    entry = (await audit(room))[0]
    assert (entry["action"], entry["reason"]) == ("post.purged", "a phone number")


async def test_any_member_reports_and_teachers_resolve(room: Classroom) -> None:
    thread_id = (await room.thread(room.ana))["thread"]["id"]
    post = await room.reply(room.lea, thread_id, "mean")
    report = ok(
        await room.guest.post(f"{room.forum}/posts/{post['id']}/report", {"reason": "r"}), 201
    )
    ok(await room.max.post(f"{room.forum}/posts/{post['id']}/report", {}), 201)
    assert report["post"]["id"] == post["id"]
    assert error_code(await room.max.get(f"{room.forum}/reports"), 403) == "forbidden"
    queue = ok(await room.bea.get(f"{room.forum}/reports"))
    assert [r["reporter"]["display_name"] for r in queue] == ["Expert", "Max"]
    resolve = f"{room.forum}/reports/{report['id']}/resolve"
    assert error_code(await room.max.post(resolve, {}), 403) == "forbidden"
    done = ok(await room.bea.post(resolve, {"resolution": "talked to Lea"}))
    assert done["resolved_at"] is not None
    assert error_code(await room.bea.post(resolve, {}), 409) == "conflict"
    assert len(ok(await room.bea.get(f"{room.forum}/reports"))) == 1
    assert (await audit(room))[0]["action"] == "report.resolved"


async def mute(by: ApiUser, room: Classroom, who: ApiUser, minutes: int) -> Any:
    path = f"/api/spaces/{room.space_id}/members/{who.id}/mute"
    return await by.post(path, {"minutes": minutes, "reason": "shouting"})


async def test_a_mute_stops_writing_everywhere_and_ends_on_time(
    room: Classroom, clock: FakeClock
) -> None:
    await room.ana.patch(f"/api/spaces/{room.space_id}", {"pupils_may_create_threads": True})
    thread_id = (await room.thread(room.ana))["thread"]["id"]
    own = await room.reply(room.max, thread_id, "before")
    muted = ok(await mute(room.bea, room, room.max, 10))
    assert muted["muted_until"] == (clock.now() + dt.timedelta(minutes=10)).isoformat().replace(
        "+00:00", "Z"
    )
    for answer in (
        await room.send(room.max, thread_id, "during"),
        await room.start(room.max, "New", "during"),
        await room.max.patch(f"{room.forum}/posts/{own['id']}", {"body": "edited"}),
    ):
        assert error_code(answer, 403) == "forbidden"
    assert await room.bodies(room.max, thread_id) == ["Hello", "before"]  # still reads
    clock.advance(dt.timedelta(minutes=9, seconds=59))
    assert error_code(await room.send(room.max, thread_id, "almost"), 403) == "forbidden"
    clock.advance(dt.timedelta(seconds=1))
    await room.reply(room.max, thread_id, "after")
    # The server's housekeeping may have lifted the run-out mute meanwhile (audited as
    # member.unmuted, with no actor): the mute's own entry is looked up, not taken as newest.
    entries = await audit(room)
    newest = [e["action"] for e in entries[:2]]
    lifted = ["member.unmuted", "member.muted"]
    assert newest in (["member.muted", "space.settings_changed"], lifted), newest
    entry = next(e for e in entries if e["action"] == "member.muted")
    assert (entry["reason"], entry["target_account_id"]) == ("shouting", room.max.id)


async def test_who_may_mute_whom(room: Classroom) -> None:
    assert error_code(await mute(room.max, room, room.lea, 5), 403) == "forbidden"
    assert error_code(await mute(room.bea, room, room.ana, 5), 403) == "forbidden"
    assert error_code(await mute(room.ana, room, room.ana, 5), 403) == "forbidden"
    assert error_code(await mute(room.ana, room, room.bea, 0), 422) == "invalid"
    ok(await mute(room.ana, room, room.bea, 5))
    ok(await mute(room.bea, room, room.guest, 5))
    stranger = await room.world.etwinner("Zed")
    missing = await mute(room.ana, room, stranger, 5)
    assert error_code(missing, 403) == "forbidden"  # the policy: not a member


async def test_unmute_ends_a_mute_at_once(room: Classroom) -> None:
    thread_id = (await room.thread(room.ana))["thread"]["id"]
    ok(await mute(room.bea, room, room.max, 60))
    ended = ok(await room.bea.delete(f"/api/spaces/{room.space_id}/members/{room.max.id}/mute"))
    assert ended["muted_until"] is None
    await room.reply(room.max, thread_id, "back")
    assert (await audit(room))[0]["action"] == "member.unmuted"
