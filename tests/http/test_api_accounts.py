"""Registration, sign-in, sessions, CSRF, profiles and national admins' decisions."""

from __future__ import annotations

import asyncio
import datetime as dt

import httpx
import pytest

from .conftest import PASSWORD, ApiUser, World, error_code, ok


async def test_registered_teacher_is_pending_and_can_do_nothing_but_edit_profile(
    world: World,
) -> None:
    account = await world.register("Ana")
    assert account["status"] == "pending"
    ana = await world.sign_in(account["email"])
    assert error_code(await ana.post("/api/spaces", {"kind": "room", "title": "R"}), 403)
    edited = ok(await ana.patch("/api/me", {"display_name": "Ana M."}))
    assert edited["display_name"] == "Ana M."


async def test_registering_twice_with_one_email_conflicts(world: World) -> None:
    account = await world.register("Ana")
    body = {
        "email": account["email"].upper(),
        "password": PASSWORD,
        "display_name": "Other",
        "school": "S",
        "country": "FR",
    }
    assert error_code(await world.client.post("/api/accounts/teachers", json=body), 409)


async def test_password_is_stored_as_argon2_hash(world: World) -> None:
    from sqlalchemy import select

    from storage.models import Account

    account = await world.register("Ana")
    async with world.ctx.sessionmaker() as db:
        stored = (await db.execute(select(Account).where(Account.id == account["id"]))).scalar_one()
    assert stored.password_hash is not None
    assert stored.password_hash.startswith("$argon2id$")
    assert PASSWORD not in stored.password_hash


async def test_wrong_password_and_unknown_email_get_the_same_answer(world: World) -> None:
    account = await world.register("Ana")
    wrong = await world.client.post(
        "/api/auth/login", json={"email": account["email"], "password": "not the password"}
    )
    unknown = await world.client.post(
        "/api/auth/login", json={"email": "nobody@school.example", "password": PASSWORD}
    )
    assert error_code(wrong, 401) == error_code(unknown, 401) == "bad_credentials"
    assert wrong.json() == unknown.json()


async def test_national_admin_validates_a_pending_teacher_of_their_country(world: World) -> None:
    account = await world.register("Ana", "FR")
    admin = await world.national_admin("FR")
    pending = ok(await admin.get("/api/admin/pending-teachers"))
    assert [a["id"] for a in pending] == [account["id"]]
    validated = ok(await admin.post(f"/api/admin/accounts/{account['id']}/validate", {}))
    assert validated["status"] == "active"
    ana = await world.sign_in(account["email"])
    ok(await ana.post("/api/spaces", {"kind": "room", "title": "Staff room"}), 201)
    assert ok(await admin.get("/api/admin/pending-teachers")) == []


async def test_national_admin_of_another_country_cannot_see_or_validate(world: World) -> None:
    account = await world.register("Ana", "FR")
    german_admin = await world.national_admin("DE")
    assert ok(await german_admin.get("/api/admin/pending-teachers")) == []
    response = await german_admin.post(f"/api/admin/accounts/{account['id']}/validate", {})
    missing = await german_admin.post("/api/admin/accounts/999999/validate", {})
    assert error_code(response, 404) == error_code(missing, 404)
    assert response.json() == missing.json()


async def test_rejected_teacher_stays_out(world: World) -> None:
    account = await world.register("Ana", "FR")
    admin = await world.national_admin("FR")
    ok(await admin.post(f"/api/admin/accounts/{account['id']}/reject", {"reason": "not a teacher"}))
    response = await world.client.post(
        "/api/auth/login", json={"email": account["email"], "password": PASSWORD}
    )
    assert error_code(response, 403) == "account_rejected"
    again = await admin.post(f"/api/admin/accounts/{account['id']}/validate", {})
    assert error_code(again, 409) == "conflict"
    assert again.json()["error"]["params"] == {"status": "rejected"}


@pytest.mark.parametrize(
    ("first", "then", "status"),
    [
        ("validate", "validate", "active"),
        ("validate", "reject", "active"),
        ("validate", "reinstate", "active"),
        ("reject", "reject", "rejected"),
        ("reject", "suspend", "rejected"),
        ("suspend", "suspend", "suspended"),
        ("suspend", "validate", "suspended"),
    ],
)
async def test_a_change_the_account_status_does_not_allow_is_a_conflict(
    world: World, first: str, then: str, status: str
) -> None:
    """The policy says who may change statuses; the status itself is the service's (409)."""
    account = await world.register("Ana", "FR")
    admin = await world.national_admin("FR")
    ok(await admin.post(f"/api/admin/accounts/{account['id']}/{first}", {}))
    before = await world.row_counts()
    response = await admin.post(f"/api/admin/accounts/{account['id']}/{then}", {})
    assert error_code(response, 409) == "conflict"
    assert response.json()["error"]["reason"] == "wrong_status"
    assert response.json()["error"]["params"] == {"status": status}
    assert await world.row_counts() == before


async def test_teachers_cannot_validate_anyone(world: World) -> None:
    ana = await world.etwinner("Ana")
    other = await world.register("Bob")
    assert error_code(await ana.post(f"/api/admin/accounts/{other['id']}/validate", {}), 403)
    assert error_code(await ana.get("/api/admin/pending-teachers"), 403)


async def test_suspension_ends_every_session_at_once(world: World) -> None:
    ana = await world.etwinner("Ana")
    second_tab = await world.sign_in(ana.account["email"])
    ok(await ana.get("/api/me"))
    admin = await world.national_admin("FR")
    ok(await admin.post(f"/api/admin/accounts/{ana.id}/suspend", {"reason": "complaint"}))
    assert error_code(await ana.get("/api/me"), 401) == "unauthenticated"
    assert error_code(await second_tab.get("/api/me"), 401) == "unauthenticated"
    login = await world.client.post(
        "/api/auth/login", json={"email": ana.account["email"], "password": PASSWORD}
    )
    assert error_code(login, 403) == "account_suspended"
    ok(await admin.post(f"/api/admin/accounts/{ana.id}/reinstate", {}))
    ok(await (await world.sign_in(ana.account["email"])).get("/api/me"))


async def test_status_changes_are_audited_with_reason(world: World) -> None:
    from storage.repositories import audit

    ana = await world.etwinner("Ana")
    admin = await world.national_admin("FR")
    ok(await admin.post(f"/api/admin/accounts/{ana.id}/suspend", {"reason": "complaint"}))
    async with world.ctx.sessionmaker() as db:
        entries = await audit.list_for_account(db, ana.id)
    assert [(e.action, e.actor_id, e.reason) for e in entries][:2] == [
        ("account.suspended", admin.id, "complaint"),
        ("account.validated", admin.id, ""),
    ]


async def test_session_expires(world: World) -> None:
    ana = await world.etwinner("Ana")
    world.clock.advance(dt.timedelta(days=13))
    ok(await ana.get("/api/me"))
    world.clock.advance(dt.timedelta(days=2))
    assert error_code(await ana.get("/api/me"), 401) == "unauthenticated"


async def test_logout_ends_only_this_session(world: World) -> None:
    ana = await world.etwinner("Ana")
    other = await world.sign_in(ana.account["email"])
    assert (await ana.post("/api/auth/logout")).status_code == 204
    assert error_code(await ana.get("/api/me"), 401) == "unauthenticated"
    ok(await other.get("/api/me"))


async def test_garbage_bearer_token_is_unauthenticated(world: World) -> None:
    response = await world.client.get("/api/me", headers={"Authorization": "Bearer nonsense"})
    assert error_code(response, 401) == "unauthenticated"
    response = await world.client.get("/api/me", headers={"Authorization": "Basic abc"})
    assert error_code(response, 401) == "unauthenticated"


async def browser_login(world: World, email: str) -> tuple[httpx.Response, str]:
    response = await world.client.post(
        "/api/auth/login", json={"email": email, "password": PASSWORD, "mode": "cookie"}
    )
    body = ok(response)
    assert body["token"] is None  # a browser never sees its session token
    return response, str(body["csrf_token"])


async def test_cookie_session_is_httponly_samesite_and_bound_to_csrf_token(world: World) -> None:
    ana = await world.etwinner("Ana")
    response, csrf = await browser_login(world, ana.account["email"])
    cookies = response.headers.get_list("set-cookie")
    session_cookie = next(c for c in cookies if c.startswith("twinspace_session="))
    assert "HttpOnly" in session_cookie
    assert "SameSite=lax" in session_cookie
    csrf_cookie = next(c for c in cookies if c.startswith("twinspace_csrf="))
    assert "HttpOnly" not in csrf_cookie
    # Reads need no token; writes do, and only the session's own token counts.
    ok(await world.client.get("/api/me"))
    body = {"kind": "room", "title": "Staff room"}
    assert error_code(await world.client.post("/api/spaces", json=body), 403) == "csrf"
    forged = {"X-CSRF-Token": "x" * 43}
    assert error_code(await world.client.post("/api/spaces", json=body, headers=forged), 403)
    ok(await world.client.post("/api/spaces", json=body, headers={"X-CSRF-Token": csrf}), 201)


async def test_csrf_refusal_changes_nothing(world: World) -> None:
    ana = await world.etwinner("Ana")
    await browser_login(world, ana.account["email"])
    before = await world.row_counts()
    response = await world.client.post("/api/spaces", json={"kind": "room", "title": "R"})
    assert error_code(response, 403) == "csrf"
    assert await world.row_counts() == before


async def test_cookie_logout_clears_cookies(world: World) -> None:
    ana = await world.etwinner("Ana")
    _, csrf = await browser_login(world, ana.account["email"])
    response = await world.client.post("/api/auth/logout", headers={"X-CSRF-Token": csrf})
    assert response.status_code == 204
    assert error_code(await world.client.get("/api/me"), 401) == "unauthenticated"


async def test_pupil_signs_in_with_username_and_code_and_never_by_email(world: World) -> None:
    teacher = await world.etwinner("Ana")
    space_id = await world.space(teacher)
    [pupil] = await world.pupils(teacher, space_id, ["Léa Dubois"])
    me = ok(await pupil.get("/api/me"))
    assert me["kind"] == "pupil"
    assert me["email"] is None
    assert me["username"].startswith("lea.")
    assert me["display_name"] == "Léa Dubois"


async def test_pupil_cannot_edit_own_profile(world: World) -> None:
    teacher = await world.etwinner("Ana")
    space_id = await world.space(teacher)
    [pupil] = await world.pupils(teacher, space_id, ["Léa"])
    assert error_code(await pupil.patch("/api/me", {"display_name": "Boss"}), 403)


async def test_pupil_cannot_create_spaces(world: World) -> None:
    teacher = await world.etwinner("Ana")
    space_id = await world.space(teacher)
    [pupil] = await world.pupils(teacher, space_id, ["Léa"])
    assert error_code(await pupil.post("/api/spaces", {"kind": "room", "title": "R"}), 403)


async def test_resetting_a_pupil_code_ends_old_code_and_sessions(world: World) -> None:
    teacher = await world.etwinner("Ana")
    space_id = await world.space(teacher)
    [pupil] = await world.pupils(teacher, space_id, ["Léa"])
    fresh = ok(await teacher.post(f"/api/spaces/{space_id}/pupils/{pupil.id}/reset-code"))
    assert error_code(await pupil.get("/api/me"), 401) == "unauthenticated"
    signed = ok(
        await world.client.post(
            "/api/auth/pupil-login",
            json={"username": fresh["username"], "code": fresh["code"], "mode": "token"},
        )
    )
    assert ApiUser(world.client, signed["token"], signed["account"]).id == pupil.id


async def test_wrong_pupil_code_is_refused(world: World) -> None:
    teacher = await world.etwinner("Ana")
    space_id = await world.space(teacher)
    [pupil] = await world.pupils(teacher, space_id, ["Léa"])
    response = await world.client.post(
        "/api/auth/pupil-login",
        json={"username": pupil.account["username"], "code": "wrongcode2"},
    )
    assert error_code(response, 401) == "bad_credentials"


async def test_concurrent_writers_queue_rather_than_fail(world: World) -> None:
    async def register(n: int) -> int:
        body = {
            "email": f"crowd{n}@school.example",
            "password": PASSWORD,
            "display_name": f"Teacher {n}",
            "school": "S",
            "country": "FR",
        }
        return (await world.client.post("/api/accounts/teachers", json=body)).status_code

    statuses = await asyncio.gather(*(register(n) for n in range(30)))
    assert statuses == [201] * 30
