"""What the space's answers say each member may do with the space and with each member
(SpaceOut.allowed, MemberOut.allowed, issue 17), and the search of validated eTwinners."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import PASSWORD, ApiUser, World, error_code, ok
from .forum_support import Classroom, classroom

SQLITE = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@pytest.fixture
async def room(world: World) -> Classroom:
    return await classroom(world)


async def members_allowed(user: ApiUser, space_id: int) -> dict[str, Any]:
    return {
        m["display_name"]: (m["allowed"], m["assignable_roles"])
        for m in ok(await user.get(f"/api/spaces/{space_id}/members"))
    }


@SQLITE
async def test_space_answer_says_what_each_role_may_do_with_the_space(room: Classroom) -> None:
    found = {
        name: ok(await getattr(room, name).get(f"/api/spaces/{room.space_id}"))
        for name in ("ana", "bea", "max", "guest")
    }
    assert {name: space["allowed"] for name, space in found.items()} == {
        "ana": [
            "update_settings",
            "delete",
            "read_audit_log",
            "invite_teacher",
            "create_pupil",
            "invite_guest",
            "moderate",
            "archive",
        ],  # the only founder: cannot leave
        "bea": ["create_pupil", "invite_guest", "moderate", "leave"],
        "max": [],
        "guest": ["leave"],
    }
    assert found["ana"]["invite_roles"] == ["founder", "admin", "teacher"]
    assert found["bea"]["invite_roles"] == []
    await room.ana.post(f"/api/spaces/{room.space_id}/archive")
    archived = ok(await room.ana.get(f"/api/spaces/{room.space_id}"))
    assert archived["allowed"] == ["delete", "read_audit_log", "moderate", "unarchive"]


@SQLITE
async def test_member_answers_say_what_each_role_may_do_with_each_member(room: Classroom) -> None:
    pupil_verbs = ["change_role", "remove", "reset_code", "export", "erase"]
    pupil_roles = ["pupil_admin", "pupil"]
    assert await members_allowed(room.ana, room.space_id) == {
        "Ana": ([], []),  # the last founder: no step down, no removal
        "Bea": (["change_role", "remove"], ["founder", "admin", "teacher"]),
        "Max": (pupil_verbs, pupil_roles),
        "Lea": (pupil_verbs, pupil_roles),
        "Expert": (["remove"], []),
    }
    assert await members_allowed(room.bea, room.space_id) == {
        "Ana": ([], []),
        "Bea": ([], []),
        "Max": (["remove", "reset_code", "export", "erase"], []),
        "Lea": (["remove", "reset_code", "export", "erase"], []),
        "Expert": (["remove"], []),
    }
    for user in (room.max, room.guest):
        answers = await members_allowed(user, room.space_id)
        assert all(verbs == ([], []) for verbs in answers.values())


@SQLITE
async def test_teachers_see_pupils_usernames_and_pupils_see_none(room: Classroom) -> None:
    by_teacher = ok(await room.bea.get(f"/api/spaces/{room.space_id}/members"))
    by_pupil = ok(await room.max.get(f"/api/spaces/{room.space_id}/members"))
    assert {m["display_name"]: bool(m["username"]) for m in by_teacher} == {
        "Ana": False,
        "Bea": False,
        "Max": True,
        "Lea": True,
        "Expert": False,
    }
    assert all(m["username"] is None and m["email"] is None for m in by_pupil)


async def etwinner_at(world: World, name: str, school: str, country: str) -> dict[str, Any]:
    body = {
        "email": world.email(name.lower()),
        "password": PASSWORD,
        "display_name": name,
        "school": school,
        "country": country,
    }
    account: dict[str, Any] = ok(await world.client.post("/api/accounts/teachers", json=body), 201)
    admin = await world.national_admin(country)
    ok(await admin.post(f"/api/admin/accounts/{account['id']}/validate", {}))
    return account


@SQLITE
async def test_etwinner_search_finds_by_name_school_or_country_paged_without_emails(
    world: World,
) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    await etwinner_at(world, "Giulia", "Liceo Galilei", "IT")
    await etwinner_at(world, "Marco", "Liceo Volta", "IT")
    await etwinner_at(world, "Jan", "Szkoła 3", "PL")
    await world.register("Pending Pia", "IT")  # not validated: never found
    search = f"/api/spaces/{space_id}/etwinners"

    def names(page: dict[str, Any]) -> list[str]:
        return [e["display_name"] for e in page["etwinners"]]

    assert names(ok(await ana.get(f"{search}?q=LICEO"))) == ["Giulia", "Marco"]
    assert names(ok(await ana.get(f"{search}?q=pl"))) == ["Jan"]
    assert names(ok(await ana.get(f"{search}?q=jan"))) == ["Jan"]
    assert names(ok(await ana.get(f"{search}?q=%25"))) == []  # a wildcard is a character
    first = ok(await ana.get(f"{search}?q=&limit=2"))
    assert names(first) == ["Ana", "Giulia"]
    assert first["etwinners"][0]["member"] is True
    rest = ok(await ana.get(f"{search}?limit=2&after={first['next']}"))
    assert names(rest) == ["Marco", "Jan"]
    assert rest["next"] is None
    assert "@" not in str(first) + str(rest)
    assert error_code(await ana.get(f"{search}?q={'x' * 101}"), 422) == "invalid"
    # Any script, any case, on SQLite too (whose own lower() folds ASCII only).
    await etwinner_at(world, "Łucja", "ŁÓDŹ Liceum", "PL")
    assert names(ok(await ana.get(f"{search}?q=łódź"))) == ["Łucja"]

    # Invited by the id the search gave.
    giulia = ok(await ana.get(f"{search}?q=giulia"))["etwinners"][0]
    body = {"account_id": giulia["account_id"], "role": "teacher"}
    ok(await ana.post(f"/api/spaces/{space_id}/members", body), 201)
    assert ok(await ana.get(f"{search}?q=giulia"))["etwinners"][0]["member"] is True
    both = {"account_id": giulia["account_id"], "email": "x@school.example"}
    assert error_code(await ana.post(f"/api/spaces/{space_id}/members", both), 422) == "invalid"


@SQLITE
async def test_pupils_guests_and_plain_teachers_never_search_etwinners(room: Classroom) -> None:
    search = f"/api/spaces/{room.space_id}/etwinners?q=a"
    for user in (room.bea, room.max, room.guest):
        assert error_code(await user.get(search), 403) == "forbidden"
    outsider = await room.world.etwinner("Outsider")
    assert error_code(await outsider.get(search), 404) == "not_found"
