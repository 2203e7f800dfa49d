"""Spaces: creation, listing, existence hidden from outsiders, settings, archive, deletion."""

from __future__ import annotations

from protocol.vocabulary import SpaceKind

from .conftest import World, error_code, ok


async def test_creator_is_founder_and_sees_the_space_in_my_spaces(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    listed = ok(await ana.get("/api/spaces"))
    assert [(s["id"], s["my_role"]) for s in listed] == [(space_id, "founder")]
    shown = ok(await ana.get(f"/api/spaces/{space_id}"))
    assert shown["settings"] == {
        "pupils_may_create_threads": False,
        "pupils_may_upload": True,
        "premoderate_pupils": False,
    }


async def test_non_member_cannot_learn_that_a_space_exists(world: World) -> None:
    ana = await world.etwinner("Ana")
    outsider = await world.etwinner("Bob")
    space_id = await world.space(ana)
    for path in (
        f"/api/spaces/{space_id}",
        f"/api/spaces/{space_id}/members",
        f"/api/spaces/{space_id}/audit",
        f"/api/spaces/{space_id}/invitations",
    ):
        existing = await outsider.get(path)
        missing = await outsider.get(path.replace(str(space_id), "987654"))
        assert error_code(existing, 404) == "not_found"
        assert (existing.status_code, existing.content) == (missing.status_code, missing.content)
    writes = [
        (f"/api/spaces/{space_id}/archive", None),
        (f"/api/spaces/{space_id}/leave", None),
        (f"/api/spaces/{space_id}/pupils", {"pupils": [{"display_name": "X"}]}),
    ]
    for path, body in writes:
        existing = await outsider.post(path, body)
        missing = await outsider.post(path.replace(str(space_id), "987654"), body)
        assert (existing.status_code, existing.content) == (missing.status_code, missing.content)
    assert ok(await outsider.get("/api/spaces")) == []


async def test_member_of_another_space_cannot_reach_this_one(world: World) -> None:
    ana = await world.etwinner("Ana")
    bob = await world.etwinner("Bob")
    mine = await world.space(ana)
    theirs = await world.space(bob)
    [pupil] = await world.pupils(bob, theirs, ["Léa"])
    assert error_code(await pupil.get(f"/api/spaces/{mine}"), 404) == "not_found"
    assert error_code(await bob.get(f"/api/spaces/{mine}/members"), 404) == "not_found"


async def test_only_teacher_admins_change_settings(world: World) -> None:
    ana = await world.etwinner("Ana")
    bob = await world.etwinner("Bob")
    space_id = await world.space(ana)
    await world.add_teacher(ana, space_id, bob)
    body = {"pupils_may_create_threads": True, "premoderate_pupils": True}
    assert error_code(await bob.patch(f"/api/spaces/{space_id}", body), 403) == "forbidden"
    changed = ok(await ana.patch(f"/api/spaces/{space_id}", body))
    assert changed["settings"]["pupils_may_create_threads"] is True
    assert changed["settings"]["premoderate_pupils"] is True
    audit = ok(await ana.get(f"/api/spaces/{space_id}/audit"))
    assert audit[0]["action"] == "space.settings_changed"
    assert audit[0]["details"] == body


async def test_archived_space_is_read_only_until_unarchived(world: World) -> None:
    ana = await world.etwinner("Ana")
    bob = await world.etwinner("Bob")
    space_id = await world.space(ana)
    assert ok(await ana.post(f"/api/spaces/{space_id}/archive"))["archived"] is True
    ok(await ana.get(f"/api/spaces/{space_id}/members"))
    body = {"email": bob.account["email"]}
    assert error_code(await ana.post(f"/api/spaces/{space_id}/members", body), 403)
    assert error_code(await ana.patch(f"/api/spaces/{space_id}", {"title": "New"}), 403)
    ok(await ana.post(f"/api/spaces/{space_id}/unarchive"))
    ok(await ana.post(f"/api/spaces/{space_id}/members", body), 201)


async def test_only_founders_archive_and_delete(world: World) -> None:
    ana = await world.etwinner("Ana")
    bob = await world.etwinner("Bob")
    space_id = await world.space(ana)
    await world.add_teacher(ana, space_id, bob, role="admin")
    assert error_code(await bob.post(f"/api/spaces/{space_id}/archive"), 403)
    assert error_code(await bob.delete(f"/api/spaces/{space_id}"), 403)
    assert (await ana.delete(f"/api/spaces/{space_id}")).status_code == 204
    assert error_code(await ana.get(f"/api/spaces/{space_id}"), 404)
    assert ok(await bob.get("/api/spaces")) == []


async def test_rooms_hold_no_pupils_or_guests(world: World) -> None:
    ana = await world.etwinner("Ana")
    room = await world.space(ana, SpaceKind.ROOM)
    pupils = {"pupils": [{"display_name": "Léa"}]}
    assert error_code(await ana.post(f"/api/spaces/{room}/pupils", pupils), 403) == "forbidden"
    assert error_code(await ana.post(f"/api/spaces/{room}/invitations", {}), 403) == "forbidden"


async def test_audit_log_is_for_teacher_admins_and_pages_newest_first(world: World) -> None:
    ana = await world.etwinner("Ana")
    bob = await world.etwinner("Bob")
    space_id = await world.space(ana)
    await world.add_teacher(ana, space_id, bob)
    await world.pupils(ana, space_id, ["A", "B", "C"])
    assert error_code(await bob.get(f"/api/spaces/{space_id}/audit"), 403) == "forbidden"
    everything = ok(await ana.get(f"/api/spaces/{space_id}/audit"))
    actions = [entry["action"] for entry in everything]
    assert actions == ["pupil.created"] * 3 + ["member.invited", "space.created"]
    first = ok(await ana.get(f"/api/spaces/{space_id}/audit?limit=2"))
    rest = ok(await ana.get(f"/api/spaces/{space_id}/audit?before={first[-1]['id']}"))
    assert first + rest == everything
    assert error_code(await ana.get(f"/api/spaces/{space_id}/audit?limit=0"), 422)
    assert error_code(await ana.get(f"/api/spaces/{space_id}/audit?limit=abc"), 422)
