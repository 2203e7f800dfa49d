"""Video sessions over HTTP: starting, the lobby, locking, moderation and its audit trail."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from server.config import VideoSettings
from server.services import spaces as space_service
from server.services.context import RequestContext
from storage.models import Account

from .conftest import ApiUser, World, error_code, ok


def sessions(space_id: int) -> str:
    return f"/api/spaces/{space_id}/video-sessions"


async def start(teacher: ApiUser, space_id: int, *, lobby: bool = False) -> dict[str, Any]:
    body: dict[str, Any] = ok(await teacher.post(sessions(space_id), {"lobby": lobby}), 201)
    return body


async def account_of(world: World, account_id: int) -> Account:
    async with world.ctx.sessionmaker() as db:
        account = await db.get(Account, account_id)
    assert account is not None
    return account


async def audit_actions(founder: ApiUser, space_id: int) -> list[str]:
    entries = ok(await founder.get(f"/api/spaces/{space_id}/audit"))
    return [entry["action"] for entry in entries]


async def test_teacher_starts_a_session_and_is_its_first_participant(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    started = await start(ana, space_id)
    session = started["session"]
    assert session["state"] == "live"
    assert session["mode"] == "mesh"
    assert session["channel"] == f"video:{space_id}:{session['id']}"
    assert started["me"]["state"] == "admitted"
    assert started["me"]["role"] == "founder"
    assert started["ice_servers"] == []  # none configured; host candidates on a LAN
    listed = ok(await ana.get(sessions(space_id)))
    assert [s["id"] for s in listed] == [session["id"]]
    assert "video.started" in await audit_actions(ana, space_id)


async def test_pupils_and_guests_cannot_start_a_session(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    guest = await world.guest(ana, space_id)
    for person in (lea, guest):
        assert error_code(await person.post(sessions(space_id), {}), 403) == "forbidden"


async def test_non_member_sees_the_same_not_found_as_for_a_missing_space(world: World) -> None:
    ana = await world.etwinner("Ana")
    outsider = await world.etwinner("Out")
    space_id = await world.space(ana)
    session_id = (await start(ana, space_id))["session"]["id"]
    missing = error_code(await outsider.get(f"{sessions(space_id)}/{session_id}"), 404)
    unknown = error_code(await outsider.get(f"{sessions(space_id + 99)}/{session_id}"), 404)
    assert missing == unknown == "not_found"
    join = await outsider.post(f"{sessions(space_id)}/{session_id}/join")
    assert error_code(join, 404) == "not_found"
    # A member asking for a session of another space gets "no such video session".
    other = await world.space(outsider)
    assert error_code(await outsider.get(f"{sessions(other)}/{session_id}"), 404)


async def test_pupil_joins_directly_without_a_lobby(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    session_id = (await start(ana, space_id))["session"]["id"]
    joined = ok(await lea.post(f"{sessions(space_id)}/{session_id}/join"))
    assert joined["me"]["state"] == "admitted"
    assert {p["display_name"] for p in joined["session"]["participants"]} == {"Ana", "Léa"}
    again = ok(await lea.post(f"{sessions(space_id)}/{session_id}/join"))
    assert again["me"]["id"] == joined["me"]["id"]  # idempotent: one place per person


async def test_lobby_holds_pupils_and_guests_until_a_teacher_admits(world: World) -> None:
    ana = await world.etwinner("Ana")
    bob = await world.etwinner("Bob")
    space_id = await world.space(ana)
    await world.add_teacher(ana, space_id, bob)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    guest = await world.guest(ana, space_id)
    session_id = (await start(ana, space_id, lobby=True))["session"]["id"]
    base = f"{sessions(space_id)}/{session_id}"
    assert ok(await bob.post(f"{base}/join"))["me"]["state"] == "admitted"
    waiting = ok(await lea.post(f"{base}/join"))["me"]
    assert waiting["state"] == "lobby"
    assert error_code(await lea.post(f"{base}/participants/{waiting['id']}/admit", {}), 403)
    admitted = ok(await bob.post(f"{base}/participants/{waiting['id']}/admit", {}))
    assert admitted["state"] == "admitted"
    visitor = ok(await guest.post(f"{base}/join"))["me"]
    assert visitor["state"] == "lobby"
    denied = ok(await ana.post(f"{base}/participants/{visitor['id']}/deny", {"reason": "later"}))
    assert denied["state"] == "removed"
    assert error_code(await guest.post(f"{base}/join"), 403) == "forbidden"
    actions = await audit_actions(ana, space_id)
    assert "video.admitted" in actions
    assert "video.denied" in actions


async def test_guests_wait_in_the_lobby_even_without_one(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    guest = await world.guest(ana, space_id)
    session_id = (await start(ana, space_id, lobby=False))["session"]["id"]
    me = ok(await guest.post(f"{sessions(space_id)}/{session_id}/join"))["me"]
    assert me["state"] == "lobby"


async def test_locked_session_lets_only_teachers_in_until_unlocked(world: World) -> None:
    ana = await world.etwinner("Ana")
    bob = await world.etwinner("Bob")
    space_id = await world.space(ana)
    await world.add_teacher(ana, space_id, bob)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    session_id = (await start(ana, space_id))["session"]["id"]
    base = f"{sessions(space_id)}/{session_id}"
    assert ok(await ana.post(f"{base}/lock"))["state"] == "locked"
    assert error_code(await ana.post(f"{base}/lock"), 409) == "conflict"
    assert error_code(await lea.post(f"{base}/join"), 403) == "forbidden"
    assert ok(await bob.post(f"{base}/join"))["me"]["state"] == "admitted"
    assert error_code(await lea.post(f"{base}/unlock"), 403) == "forbidden"
    assert ok(await ana.post(f"{base}/unlock"))["state"] == "live"
    assert ok(await lea.post(f"{base}/join"))["me"]["state"] == "admitted"
    actions = await audit_actions(ana, space_id)
    assert "video.locked" in actions
    assert "video.unlocked" in actions


async def test_mute_remove_and_spotlight_are_teachers_and_audited(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea, tom] = await world.pupils(ana, space_id, ["Léa", "Tom"])
    session_id = (await start(ana, space_id))["session"]["id"]
    base = f"{sessions(space_id)}/{session_id}"
    lea_id = ok(await lea.post(f"{base}/join"))["me"]["id"]
    ok(await tom.post(f"{base}/join"))
    assert error_code(await tom.post(f"{base}/participants/{lea_id}/mute", {}), 403)
    muted = ok(await ana.post(f"{base}/participants/{lea_id}/mute", {"reason": "noise"}))
    assert muted["force_muted"] is True
    assert muted["mic"] is False
    allowed = ok(await ana.post(f"{base}/participants/{lea_id}/mute", {"muted": False}))
    assert allowed["force_muted"] is False
    # Spotlight needs someone joined over the signalling; an admitted one is not shown.
    assert error_code(await ana.post(f"{base}/spotlight", {"participant_id": lea_id}), 404)
    assert ok(await ana.post(f"{base}/spotlight", {"participant_id": None}))["spotlight_id"] is None
    assert error_code(await tom.post(f"{base}/participants/{lea_id}/remove", {}), 403)
    removed = ok(await ana.post(f"{base}/participants/{lea_id}/remove", {"reason": "rude"}))
    assert removed["state"] == "removed"
    assert error_code(await lea.post(f"{base}/join"), 403) == "forbidden"
    shown = ok(await ana.get(base))
    assert {p["display_name"] for p in shown["participants"]} == {"Ana", "Tom"}
    actions = await audit_actions(ana, space_id)
    for action in ("video.muted", "video.unmuted", "video.spotlight", "video.removed"):
        assert action in actions


async def test_teacher_cannot_remove_themself(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    started = await start(ana, space_id)
    base = f"{sessions(space_id)}/{started['session']['id']}"
    assert error_code(await ana.post(f"{base}/participants/{started['me']['id']}/remove", {}), 403)


async def test_ending_removes_everyone_and_the_session_stays_ended(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    session_id = (await start(ana, space_id))["session"]["id"]
    base = f"{sessions(space_id)}/{session_id}"
    ok(await lea.post(f"{base}/join"))
    assert error_code(await lea.post(f"{base}/end"), 403)
    ended = ok(await ana.post(f"{base}/end"))
    assert ended["state"] == "ended"
    assert {p["state"] for p in ended["participants"]} == {"removed"}
    assert error_code(await lea.post(f"{base}/join"), 410) == "gone"
    assert error_code(await ana.post(f"{base}/unlock"), 410) == "gone"
    assert ok(await ana.get(sessions(space_id))) == []
    assert "video.ended" in await audit_actions(ana, space_id)


async def test_leaving_frees_the_place_and_one_may_come_back(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    session_id = (await start(ana, space_id))["session"]["id"]
    base = f"{sessions(space_id)}/{session_id}"
    first = ok(await lea.post(f"{base}/join"))["me"]
    ok(await lea.post(f"{base}/leave"), 204)
    assert error_code(await lea.post(f"{base}/leave"), 404)
    back = ok(await lea.post(f"{base}/join"))["me"]
    assert back["id"] == first["id"]
    assert back["state"] == "admitted"


async def test_mesh_is_full_at_its_limit_without_an_sfu(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    pupils = await world.pupils(ana, space_id, ["P1", "P2", "P3", "P4"])
    session_id = (await start(ana, space_id))["session"]["id"]
    base = f"{sessions(space_id)}/{session_id}"
    for pupil in pupils[:3]:
        ok(await pupil.post(f"{base}/join"))
    assert error_code(await pupils[3].post(f"{base}/join"), 422) == "limit_exceeded"


async def test_bad_bodies_are_refused_and_change_nothing(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    before = await world.row_counts()
    assert error_code(await ana.post(sessions(space_id), {"lobby": "yes"}), 422)
    assert error_code(await ana.post(sessions(space_id), {"title": "x" * 201}), 422)
    assert error_code(await ana.post(sessions(space_id), {"extra": 1}), 422)
    assert await world.row_counts() == before


async def test_no_one_joins_again_once_the_space_is_archived(world: World) -> None:
    # Found by the authorization matrix (tests/authz): someone already present got a fresh
    # join answer (TURN and SFU credentials included) in a read-only space.
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    session_id = (await start(ana, space_id))["session"]["id"]
    ok(await lea.post(f"{sessions(space_id)}/{session_id}/join"))
    ok(await ana.post(f"/api/spaces/{space_id}/archive"))
    for person in (ana, lea):
        join = await person.post(f"{sessions(space_id)}/{session_id}/join")
        assert error_code(join, 403) == "forbidden"
        assert "archived" in join.json()["error"]["message"]
    assert error_code(await ana.post(sessions(space_id), {}), 403) == "forbidden"


async def test_archiving_ends_every_live_session_as_a_teacher_would(world: World) -> None:
    ana = await world.etwinner("Ana")
    bob = await world.etwinner("Bob")
    space_id = await world.space(ana)
    await world.add_teacher(ana, space_id, bob)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    guest = await world.guest(ana, space_id)
    live_id = (await start(bob, space_id))["session"]["id"]
    ok(await lea.post(f"{sessions(space_id)}/{live_id}/join"))
    locked_id = (await start(ana, space_id, lobby=True))["session"]["id"]
    assert ok(await guest.post(f"{sessions(space_id)}/{locked_id}/join"))["me"]["state"] == "lobby"
    ok(await ana.post(f"{sessions(space_id)}/{locked_id}/lock"))
    done_id = (await start(ana, space_id))["session"]["id"]
    ok(await ana.post(f"{sessions(space_id)}/{done_id}/end"))

    assert ok(await ana.post(f"/api/spaces/{space_id}/archive"))["archived"] is True
    assert ok(await lea.get(sessions(space_id))) == []  # reading still works, nothing is open
    for session_id in (live_id, locked_id):
        shown = ok(await ana.get(f"{sessions(space_id)}/{session_id}"))
        assert (shown["state"], shown["participants"]) == ("ended", [])
    log = ok(await ana.get(f"/api/spaces/{space_id}/audit"))
    by_archive = [e for e in log if e["reason"] == "the space was archived"]
    assert sorted(e["details"]["session_id"] for e in by_archive) == [live_id, locked_id]
    assert {(e["action"], e["actor_id"]) for e in by_archive} == {("video.ended", ana.id)}
    # The archive comes first in the log (newest first: the ends are above it).
    assert [e["action"] for e in log[:3]] == ["video.ended", "video.ended", "space.archived"]

    ok(await ana.post(f"/api/spaces/{space_id}/archive"))  # already archived: nothing more
    assert len(ok(await ana.get(f"/api/spaces/{space_id}/audit"))) == len(log)
    # Opened again, the space does not bring its sessions back: ended is for good.
    ok(await ana.post(f"/api/spaces/{space_id}/unarchive"))
    assert error_code(await lea.post(f"{sessions(space_id)}/{live_id}/join"), 410) == "gone"
    assert ok(await ana.get(f"{sessions(space_id)}/{live_id}"))["state"] == "ended"


async def test_an_archived_sessions_chat_is_the_teachers_and_read_only(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    session_id = (await start(ana, space_id))["session"]["id"]
    ok(await lea.post(f"{sessions(space_id)}/{session_id}/join"))
    chat_id = ok(await lea.get(f"{sessions(space_id)}/{session_id}/chat"))["id"]
    messages = f"/api/spaces/{space_id}/chats/{chat_id}/messages"
    ok(await lea.post(messages, {"body": "hello", "client_id": "lea-00001"}), 201)
    ok(await ana.post(f"/api/spaces/{space_id}/archive"))
    # As after a teacher's end: the pupil is outside the session, so its chat is gone for
    # her; the teachers still read it, and nobody writes in a read-only space.
    assert error_code(await lea.get(messages), 404) == "not_found"
    assert [m["body"] for m in ok(await ana.get(messages))["messages"]] == ["hello"]
    refused = await ana.post(messages, {"body": "late", "client_id": "ana-00001"})
    assert error_code(refused, 403) == "forbidden"


async def test_a_session_started_while_the_space_is_archived_waits_and_is_refused(
    world: World, database_url: str
) -> None:
    # The race the archive's end could miss: a start reading the space just before the
    # archive commits would store a live session in a read-only space. The start holds the
    # space's row, so it waits for the archive in flight and then reads it archived.
    if database_url.startswith("sqlite"):
        pytest.skip("SQLite runs one writer at a time: there is no such race to lose")
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    account = await account_of(world, ana.id)
    async with world.ctx.sessionmaker() as db, db.begin():
        await space_service.set_archived(
            RequestContext(db, account, world.clock.now()), space_id, True, VideoSettings()
        )
        starting = asyncio.create_task(ana.post(sessions(space_id), {}))
        await asyncio.sleep(0.5)
        assert not starting.done(), "the start did not wait for the archive in flight"
    assert error_code(await starting, 403) == "forbidden"
    assert ok(await ana.get(sessions(space_id))) == []


async def test_who_is_inside_a_locked_session_may_ask_to_join_again(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    session_id = (await start(ana, space_id, lobby=True))["session"]["id"]
    waiting = ok(await lea.post(f"{sessions(space_id)}/{session_id}/join"))
    assert waiting["me"]["state"] == "lobby"
    admit = f"{sessions(space_id)}/{session_id}/participants/{waiting['me']['id']}/admit"
    ok(await ana.post(admit, {}))
    ok(await ana.post(f"{sessions(space_id)}/{session_id}/lock"))
    again = ok(await lea.post(f"{sessions(space_id)}/{session_id}/join"))
    assert (again["me"]["id"], again["me"]["state"]) == (waiting["me"]["id"], "admitted")
