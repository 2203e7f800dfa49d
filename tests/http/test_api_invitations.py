"""Guest invitation links: expiring, revocable, use-limited; accepting makes a guest."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from server.clock import FakeClock
from server.config import Settings

from .conftest import PASSWORD, ApiUser, World, error_code, ok, open_world


def acceptance(token: str, email: str, name: str = "Guest") -> dict[str, Any]:
    return {
        "token": token,
        "display_name": name,
        "email": email,
        "password": PASSWORD,
        "mode": "token",
    }


async def new_link(teacher: ApiUser, space_id: int, **options: Any) -> dict[str, Any]:
    link: dict[str, Any] = ok(
        await teacher.post(f"/api/spaces/{space_id}/invitations", options), 201
    )
    return link


async def test_guest_joins_only_the_invited_twinspace(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    other_space = await world.space(ana)
    guest = await world.guest(ana, space_id)
    assert guest.account["kind"] == "guest"
    assert [s["id"] for s in ok(await guest.get("/api/spaces"))] == [space_id]
    assert ok(await guest.get(f"/api/spaces/{space_id}"))["my_role"] == "guest"
    assert error_code(await guest.get(f"/api/spaces/{other_space}"), 404)
    assert error_code(await guest.post("/api/spaces", {"kind": "room", "title": "R"}), 403)


async def test_expired_link_is_gone_and_changes_nothing(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    link = await new_link(ana, space_id, expires_in_hours=2)
    world.clock.advance(dt.timedelta(hours=2))
    before = await world.row_counts()
    response = await world.client.post(
        "/api/invitations/accept", json=acceptance(link["token"], world.email("g"))
    )
    assert error_code(response, 410) == "gone"
    assert "expired" in response.json()["error"]["message"]
    assert await world.row_counts() == before


async def test_revoked_link_is_gone(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    link = await new_link(ana, space_id)
    revoked = ok(await ana.post(f"/api/spaces/{space_id}/invitations/{link['id']}/revoke"))
    assert revoked["revoked"] is True
    assert revoked["token"] is None
    before = await world.row_counts()
    response = await world.client.post(
        "/api/invitations/accept", json=acceptance(link["token"], world.email("g"))
    )
    assert error_code(response, 410) == "gone"
    assert await world.row_counts() == before


async def test_link_is_used_up_after_its_uses(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    link = await new_link(ana, space_id, max_uses=2)
    for _ in range(2):
        response = await world.client.post(
            "/api/invitations/accept", json=acceptance(link["token"], world.email("g"))
        )
        ok(response, 201)
    response = await world.client.post(
        "/api/invitations/accept", json=acceptance(link["token"], world.email("g"))
    )
    assert error_code(response, 410) == "gone"
    listed = ok(await ana.get(f"/api/spaces/{space_id}/invitations"))
    assert [(i["uses"], i["max_uses"], i["token"]) for i in listed] == [(2, 2, None)]


async def test_unknown_token_is_not_found(world: World) -> None:
    response = await world.client.post(
        "/api/invitations/accept", json=acceptance("x" * 43, world.email("g"))
    )
    assert error_code(response, 404) == "not_found"


async def test_existing_guest_joins_a_second_space_with_their_password(world: World) -> None:
    ana = await world.etwinner("Ana")
    first, second = await world.space(ana), await world.space(ana)
    guest = await world.guest(ana, first)
    link = await new_link(ana, second)
    wrong = acceptance(link["token"], guest.account["email"]) | {"password": "wrong password!"}
    assert error_code(await world.client.post("/api/invitations/accept", json=wrong), 401)
    right = acceptance(link["token"], guest.account["email"])
    signed = ok(await world.client.post("/api/invitations/accept", json=right), 201)
    assert signed["account"]["id"] == guest.id
    assert {s["id"] for s in ok(await guest.get("/api/spaces"))} == {first, second}


async def test_etwinner_cannot_join_as_guest(world: World) -> None:
    ana = await world.etwinner("Ana")
    bob = await world.etwinner("Bob")
    space_id = await world.space(ana)
    link = await new_link(ana, space_id)
    response = await world.client.post(
        "/api/invitations/accept", json=acceptance(link["token"], bob.account["email"])
    )
    assert error_code(response, 409) == "conflict"


async def test_link_limits_are_enforced(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    path = f"/api/spaces/{space_id}/invitations"
    assert error_code(await ana.post(path, {"expires_in_hours": 24 * 31}), 422)
    assert error_code(await ana.post(path, {"max_uses": 201}), 422)
    assert error_code(await ana.post(path, {"max_uses": 0}), 422)


async def test_link_of_an_archived_space_is_gone(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    link = await new_link(ana, space_id)
    ok(await ana.post(f"/api/spaces/{space_id}/archive"))
    response = await world.client.post(
        "/api/invitations/accept", json=acceptance(link["token"], world.email("g"))
    )
    assert error_code(response, 410) == "gone"


async def test_a_new_link_is_the_whole_address_to_hand_out_and_it_works(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    created = await new_link(ana, space_id)
    # Without a configured public address: the address the request came to.
    assert created["link"] == f"http://testserver/#/invite/{created['token']}"
    token = created["link"].rsplit("/#/invite/", 1)[1]
    joined = await world.client.post(
        "/api/invitations/accept", json=acceptance(token, world.email("guest"))
    )
    ok(joined, 201)
    # Listed later, the secret is never shown again: neither token nor link.
    (listed,) = ok(await ana.get(f"/api/spaces/{space_id}/invitations"))
    assert listed["token"] is None
    assert listed["link"] is None


async def test_a_link_starts_with_the_configured_public_address(
    database_url: str, tmp_path: Path, clock: FakeClock
) -> None:
    settings = Settings(
        database_url=database_url,
        data_dir=tmp_path,
        cheap_hashing=True,
        public_url="https://twinspace.school.example/live/",
    )
    async with open_world(settings, clock) as world:
        ana = await world.etwinner("Ana")
        created = await new_link(ana, await world.space(ana))
    assert created["link"] == (f"https://twinspace.school.example/live/#/invite/{created['token']}")


async def status_of(world: World, token: str) -> Any:
    return await world.client.post("/api/invitations/status", json={"token": token})


async def test_link_status_names_the_space_only_while_the_link_works(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    title = ok(await ana.get(f"/api/spaces/{space_id}"))["title"]
    usable = await new_link(ana, space_id, expires_in_hours=2, max_uses=1)
    assert ok(await status_of(world, usable["token"])) == {"state": "usable", "space_title": title}

    revoked = await new_link(ana, space_id)
    ok(await ana.post(f"/api/spaces/{space_id}/invitations/{revoked['id']}/revoke"))
    assert ok(await status_of(world, revoked["token"])) == {
        "state": "revoked",
        "space_title": None,
    }
    used = await new_link(ana, space_id, max_uses=1)
    ok(
        await world.client.post(
            "/api/invitations/accept", json=acceptance(used["token"], world.email("g"))
        ),
        201,
    )
    assert ok(await status_of(world, used["token"]))["state"] == "used_up"
    world.clock.advance(dt.timedelta(hours=2))
    assert ok(await status_of(world, usable["token"])) == {"state": "expired", "space_title": None}


async def test_link_status_of_an_archived_space_is_closed(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    link = await new_link(ana, space_id)
    ok(await ana.post(f"/api/spaces/{space_id}/archive"))
    assert ok(await status_of(world, link["token"])) == {"state": "closed", "space_title": None}


async def test_link_status_of_an_unknown_token_is_not_found_and_changes_nothing(
    world: World,
) -> None:
    before = await world.row_counts()
    assert error_code(await status_of(world, "x" * 40), 404) == "not_found"
    assert await world.row_counts() == before


async def test_a_link_opens_the_page_in_the_inviting_teachers_language(world: World) -> None:
    ana = await world.etwinner("Ana")
    ok(await ana.patch("/api/me", {"language": "tr"}))
    created = await new_link(ana, await world.space(ana))
    # In the query, not the fragment: the page reads it before its router takes the fragment.
    assert created["link"] == f"http://testserver/?lang=tr#/invite/{created['token']}"


async def test_a_teacher_may_choose_the_language_a_link_opens_in(world: World) -> None:
    ana = await world.etwinner("Ana")
    ok(await ana.patch("/api/me", {"language": "fr"}))
    space_id = await world.space(ana)
    created = await new_link(ana, space_id, language="ka")
    assert created["link"] == f"http://testserver/?lang=ka#/invite/{created['token']}"
    refused = await ana.post(f"/api/spaces/{space_id}/invitations", {"language": "klingon"})
    assert error_code(refused, 422) == "invalid"
    assert refused.json()["error"]["fields"] == [{"field": "language", "code": "choice"}]


async def test_a_link_keeps_only_the_page_language_of_a_regional_choice(world: World) -> None:
    ana = await world.etwinner("Ana")
    ok(await ana.patch("/api/me", {"language": "pt-BR"}))
    created = await new_link(ana, await world.space(ana))
    assert created["link"] == f"http://testserver/?lang=pt#/invite/{created['token']}"


async def test_a_new_guest_keeps_the_language_the_page_spoke_when_accepting(
    world: World,
) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    link = await new_link(ana, space_id, max_uses=2)
    email = world.email("g")
    body = acceptance(link["token"], email) | {"language": "ar"}
    joined = ok(await world.client.post("/api/invitations/accept", json=body), 201)
    assert joined["account"]["language"] == "ar"
    # An existing guest's own saved choice is theirs: another link's page does not change it.
    second = await new_link(ana, await world.space(ana))
    again = acceptance(second["token"], email) | {"language": "fr"}
    rejoined = ok(await world.client.post("/api/invitations/accept", json=again), 201)
    assert rejoined["account"]["language"] == "ar"
    bad = acceptance(link["token"], world.email("g")) | {"language": "xx"}
    refused = await world.client.post("/api/invitations/accept", json=bad)
    assert refused.json()["error"]["fields"] == [{"field": "language", "code": "choice"}]


async def test_an_etwinners_address_on_a_guest_link_says_why(world: World) -> None:
    ana = await world.etwinner("Ana")
    bob = await world.etwinner("Bob")
    link = await new_link(ana, await world.space(ana))
    response = await world.client.post(
        "/api/invitations/accept", json=acceptance(link["token"], bob.account["email"])
    )
    assert error_code(response, 409) == "conflict"
    assert response.json()["error"]["reason"] == "not_a_guest"
