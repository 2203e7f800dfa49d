"""Members: inviting teachers, creating pupils, roles, removal, leaving, e-mail visibility."""

from __future__ import annotations

import pytest

from protocol.languages import LANGUAGE_CODES
from protocol.vocabulary import SpaceKind

from .conftest import ApiUser, World, error_code, ok


async def test_only_validated_etwinners_are_invited_as_teachers(world: World) -> None:
    ana = await world.etwinner("Ana")
    pending = await world.register("Pending")
    space_id = await world.space(ana)
    body = {"email": pending["email"]}
    assert error_code(await ana.post(f"/api/spaces/{space_id}/members", body), 403)
    unknown = {"email": "nobody@school.example"}
    assert error_code(await ana.post(f"/api/spaces/{space_id}/members", unknown), 403)


async def test_inviting_a_member_twice_conflicts(world: World) -> None:
    ana = await world.etwinner("Ana")
    bob = await world.etwinner("Bob")
    space_id = await world.space(ana)
    await world.add_teacher(ana, space_id, bob)
    again = await ana.post(f"/api/spaces/{space_id}/members", {"email": bob.account["email"]})
    assert error_code(again, 409) == "conflict"


async def test_plain_teachers_cannot_invite_teachers_or_change_roles(world: World) -> None:
    ana = await world.etwinner("Ana")
    bob = await world.etwinner("Bob")
    cid = await world.etwinner("Cid")
    space_id = await world.space(ana)
    await world.add_teacher(ana, space_id, bob)
    body = {"email": cid.account["email"]}
    assert error_code(await bob.post(f"/api/spaces/{space_id}/members", body), 403)
    promote = {"role": "admin"}
    assert error_code(await bob.patch(f"/api/spaces/{space_id}/members/{bob.id}", promote), 403)


async def test_founders_roles_are_changed_by_founders_only(world: World) -> None:
    ana = await world.etwinner("Ana")
    bob = await world.etwinner("Bob")
    cid = await world.etwinner("Cid")
    space_id = await world.space(ana)
    await world.add_teacher(ana, space_id, bob, role="admin")
    await world.add_teacher(ana, space_id, cid)
    to_founder = {"role": "founder"}
    member = f"/api/spaces/{space_id}/members/{cid.id}"
    assert error_code(await bob.patch(member, to_founder), 403)
    assert ok(await ana.patch(member, to_founder))["role"] == "founder"
    assert error_code(await bob.patch(member, {"role": "teacher"}), 403)
    assert ok(await bob.patch(member.replace(str(cid.id), str(bob.id)), {"role": "teacher"}))


async def test_last_founder_cannot_leave_step_down_or_be_removed(world: World) -> None:
    ana = await world.etwinner("Ana")
    bob = await world.etwinner("Bob")
    space_id = await world.space(ana)
    await world.add_teacher(ana, space_id, bob, role="founder")
    ok(await bob.post(f"/api/spaces/{space_id}/leave"), 204)
    assert error_code(await ana.post(f"/api/spaces/{space_id}/leave"), 403)
    me = f"/api/spaces/{space_id}/members/{ana.id}"
    assert error_code(await ana.patch(me, {"role": "admin"}), 403)
    assert len(ok(await ana.get(f"/api/spaces/{space_id}/members"))) == 1


async def test_roles_must_fit_the_account_kind(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [pupil] = await world.pupils(ana, space_id, ["Léa"])
    member = f"/api/spaces/{space_id}/members/{pupil.id}"
    assert error_code(await ana.patch(member, {"role": "teacher"}), 403)
    assert ok(await ana.patch(member, {"role": "pupil_admin"}))["role"] == "pupil_admin"
    bad = {"pupils": [{"display_name": "X", "role": "admin"}]}
    assert error_code(await ana.post(f"/api/spaces/{space_id}/pupils", bad), 422) == "invalid"


async def test_whole_class_is_created_from_a_list_with_unique_usernames(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    names = [f"Élève {n}" for n in range(30)]
    body = {"pupils": [{"display_name": name} for name in names]}
    created = ok(await ana.post(f"/api/spaces/{space_id}/pupils", body), 201)
    assert [c["display_name"] for c in created] == names
    assert len({c["username"] for c in created}) == 30
    assert all(len(c["code"]) == 10 for c in created)
    too_many = {"pupils": [{"display_name": "X"}] * 61}
    assert error_code(await ana.post(f"/api/spaces/{space_id}/pupils", too_many), 422)


async def test_pupils_and_guests_never_see_emails(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [pupil] = await world.pupils(ana, space_id, ["Léa"])
    guest = await world.guest(ana, space_id)
    for viewer in (pupil, guest):
        members = ok(await viewer.get(f"/api/spaces/{space_id}/members"))
        assert {m["display_name"] for m in members} == {"Ana", "Léa", "Expert"}
        assert all(m["email"] is None for m in members)
    seen_by_teacher = ok(await ana.get(f"/api/spaces/{space_id}/members"))
    emails = {m["display_name"]: m["email"] for m in seen_by_teacher}
    assert emails["Ana"] == ana.account["email"]
    assert emails["Léa"] is None


async def test_pupils_cannot_create_pupils_invite_or_remove_anyone(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [admin_pupil] = await world.pupils(ana, space_id, ["Max"], role="pupil_admin")
    [pupil] = await world.pupils(ana, space_id, ["Léa"])
    for actor in (admin_pupil, pupil):
        pupils = {"pupils": [{"display_name": "Z"}]}
        assert error_code(await actor.post(f"/api/spaces/{space_id}/pupils", pupils), 403)
        assert error_code(await actor.post(f"/api/spaces/{space_id}/invitations", {}), 403)
        other = pupil if actor is admin_pupil else admin_pupil
        remove = f"/api/spaces/{space_id}/members/{other.id}/remove"
        assert error_code(await actor.post(remove, {}), 403)
        reset = f"/api/spaces/{space_id}/pupils/{other.id}/reset-code"
        assert error_code(await actor.post(reset), 403)
        assert error_code(await actor.post(f"/api/spaces/{space_id}/leave"), 403)


async def test_teachers_remove_pupils_and_guests_but_not_teachers(world: World) -> None:
    ana = await world.etwinner("Ana")
    bob = await world.etwinner("Bob")
    cid = await world.etwinner("Cid")
    space_id = await world.space(ana)
    await world.add_teacher(ana, space_id, bob)
    await world.add_teacher(ana, space_id, cid)
    [pupil] = await world.pupils(ana, space_id, ["Léa"])
    guest = await world.guest(ana, space_id)
    base = f"/api/spaces/{space_id}/members"
    ok(await bob.post(f"{base}/{pupil.id}/remove", {"reason": "left school"}), 204)
    ok(await bob.post(f"{base}/{guest.id}/remove", {}), 204)
    assert error_code(await bob.post(f"{base}/{cid.id}/remove", {}), 403)
    assert error_code(await pupil.get(f"/api/spaces/{space_id}"), 404)
    ok(await ana.post(f"{base}/{cid.id}/remove", {}), 204)
    audit = ok(await ana.get(f"/api/spaces/{space_id}/audit?limit=3"))
    assert [(e["action"], e["target_account_id"]) for e in audit] == [
        ("member.removed", cid.id),
        ("member.removed", guest.id),
        ("member.removed", pupil.id),
    ]
    assert audit[2]["reason"] == "left school"


async def test_acting_on_a_non_member_is_not_found(world: World) -> None:
    ana = await world.etwinner("Ana")
    bob = await world.etwinner("Bob")
    space_id = await world.space(ana)
    members = f"/api/spaces/{space_id}/members"
    response = await ana.post(f"{members}/{bob.id}/remove", {})
    assert response.json()["error"]["message"] == "no such member"
    assert error_code(await ana.patch(f"{members}/{bob.id}", {"role": "admin"}), 404)
    reset = f"/api/spaces/{space_id}/pupils/{bob.id}/reset-code"
    assert error_code(await ana.post(reset), 404) == "not_found"


async def test_teacher_adds_their_pupil_to_another_twinspace(world: World) -> None:
    ana = await world.etwinner("Ana")
    first, second = await world.space(ana), await world.space(ana)
    [lea] = await world.pupils(ana, first, ["Léa"])
    body = {"username": lea.account["username"]}
    added = ok(await ana.post(f"/api/spaces/{second}/pupils/add", body), 201)
    assert (added["account_id"], added["role"]) == (lea.id, "pupil")
    assert {s["id"] for s in ok(await lea.get("/api/spaces"))} == {first, second}
    again = await ana.post(f"/api/spaces/{second}/pupils/add", body)
    assert error_code(again, 409) == "conflict"


async def test_another_teachers_pupil_cannot_be_added_or_discovered(world: World) -> None:
    ana = await world.etwinner("Ana")
    bob = await world.etwinner("Bob")
    anas_space, bobs_space = await world.space(ana), await world.space(bob)
    [lea] = await world.pupils(ana, anas_space, ["Léa"])
    taken = await bob.post(
        f"/api/spaces/{bobs_space}/pupils/add", {"username": lea.account["username"]}
    )
    unknown = await bob.post(f"/api/spaces/{bobs_space}/pupils/add", {"username": "nobody.zzzz"})
    assert error_code(taken, 404) == "not_found"
    assert taken.json() == unknown.json()
    room = await world.space(ana, SpaceKind.ROOM)
    into_room = await ana.post(
        f"/api/spaces/{room}/pupils/add", {"username": lea.account["username"]}
    )
    assert error_code(into_room, 403) == "forbidden"


async def language_of(user: ApiUser) -> str | None:
    language: str | None = ok(await user.get("/api/me"))["language"]
    return language


async def test_pupils_get_the_language_their_teacher_chose_for_them(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    body = {"pupils": [{"display_name": "Aysel"}, {"display_name": "Murad"}], "language": "az"}
    created = ok(await ana.post(f"/api/spaces/{space_id}/pupils", body), 201)
    for credentials in created:
        signed = ok(
            await world.client.post(
                "/api/auth/pupil-login",
                json={"username": credentials["username"], "code": credentials["code"]},
            )
        )
        # The page reads it at sign-in to speak Azerbaijani to the pupil.
        assert signed["account"]["language"] == "az"


async def test_without_a_choice_pupils_get_their_teachers_own_language(world: World) -> None:
    ana = await world.etwinner("Ana")
    ok(await ana.patch("/api/me", {"language": "fr-BE"}))
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    assert await language_of(lea) == "fr"  # the page language the teacher's choice names


async def test_a_teacher_with_no_saved_language_leaves_it_to_the_pupils_browser(
    world: World,
) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    assert await language_of(lea) is None


@pytest.mark.parametrize("language", ["xx", "fr-BE", "EN", "", 7])
async def test_a_pupils_language_must_be_one_the_page_speaks(
    world: World, language: object
) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    before = await world.row_counts()
    body = {"pupils": [{"display_name": "Léa"}], "language": language}
    response = await ana.post(f"/api/spaces/{space_id}/pupils", body)
    assert error_code(response, 422) == "invalid"
    assert response.json()["error"]["fields"] == [{"field": "language", "code": "choice"}]
    assert await world.row_counts() == before


async def test_a_pupil_may_not_set_the_language_of_new_pupils(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    body = {"pupils": [{"display_name": "Z"}], "language": "fr"}
    assert error_code(await lea.post(f"/api/spaces/{space_id}/pupils", body), 403)


@pytest.mark.parametrize("language", LANGUAGE_CODES)
async def test_every_page_language_can_be_saved_as_ones_own(world: World, language: str) -> None:
    ana = await world.etwinner("Ana")
    ok(await ana.patch("/api/me", {"language": language}))
    assert await language_of(ana) == language


async def test_a_pupil_keeps_their_own_page_language_but_nothing_else_of_the_profile(
    world: World,
) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    body = {"pupils": [{"display_name": "Aysel"}], "language": "az"}
    [credentials] = ok(await ana.post(f"/api/spaces/{space_id}/pupils", body), 201)
    aysel = await world.pupil_login(credentials)
    ok(await aysel.patch("/api/me", {"language": "tr"}))
    assert await language_of(aysel) == "tr"
    # The name is the teacher's to choose: asked with the language, neither changes.
    both = {"display_name": "Queen", "language": "en"}
    assert error_code(await aysel.patch("/api/me", both), 403) == "forbidden"
    me = ok(await aysel.get("/api/me"))
    assert (me["display_name"], me["language"]) == ("Aysel", "tr")
    assert error_code(await aysel.patch("/api/me", {}), 403) == "forbidden"
