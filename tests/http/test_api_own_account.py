"""One's own account (issue 17): forgot my password, a new password, sign out everywhere, and
the national admin's search of their own country's accounts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import select

from server.context import AppContext
from storage.models import PasswordReset

from .conftest import PASSWORD, World, error_code, ok
from .mail_support import mail_to, messages, reset_link, text_of

NEW_PASSWORD = "a brand new password"


def data_dir(world: World) -> Path:
    ctx = world.ctx
    assert isinstance(ctx, AppContext)
    return ctx.settings.data_dir


async def ask_reset(world: World, email: str) -> Any:
    return await world.client.post("/api/auth/password-reset", json={"email": email})


async def login(world: World, email: str, password: str) -> Any:
    return await world.client.post(
        "/api/auth/login", json={"email": email, "password": password, "mode": "token"}
    )


async def test_reset_request_answers_the_same_whether_or_not_the_address_exists(
    world: World,
) -> None:
    ana = await world.etwinner("Ana")
    known = await ask_reset(world, ana.account["email"])
    unknown = await ask_reset(world, "nobody@school.example")
    assert known.status_code == unknown.status_code == 202
    assert known.content == unknown.content == b""
    assert known.headers.keys() == unknown.headers.keys()
    await mail_to(data_dir(world), ana.account["email"])
    assert [m["To"] for m in messages(data_dir(world))] == [ana.account["email"]]


async def test_reset_link_sets_a_new_password_once_and_ends_every_session(world: World) -> None:
    ana = await world.etwinner("Ana")
    other_tab = await world.sign_in(ana.account["email"])
    ok(await ask_reset(world, ana.account["email"]), 202)
    [mail] = await mail_to(data_dir(world), ana.account["email"])
    link, token = reset_link(mail)
    assert link.startswith("http://testserver/#/reset/")
    body = {"token": token, "password": NEW_PASSWORD}
    done = await world.client.post("/api/auth/password-reset/complete", json=body)
    assert done.status_code == 204
    for session in (ana, other_tab):
        assert error_code(await session.get("/api/me"), 401) == "unauthenticated"
    assert error_code(await login(world, ana.account["email"], PASSWORD), 401)
    ok(await login(world, ana.account["email"], NEW_PASSWORD))
    again = await world.client.post(
        "/api/auth/password-reset/complete", json={"token": token, "password": "yet another one"}
    )
    assert error_code(again, 410) == "gone"
    ok(await login(world, ana.account["email"], NEW_PASSWORD))


async def test_reset_link_stops_working_after_its_lifetime(world: World) -> None:
    ana = await world.etwinner("Ana")
    ok(await ask_reset(world, ana.account["email"]), 202)
    [mail] = await mail_to(data_dir(world), ana.account["email"])
    _, token = reset_link(mail)
    assert "60 minutes" in text_of(mail)
    world.clock.advance(dt.timedelta(minutes=60, seconds=1))
    late = await world.client.post(
        "/api/auth/password-reset/complete", json={"token": token, "password": NEW_PASSWORD}
    )
    assert error_code(late, 410) == "gone"
    ok(await login(world, ana.account["email"], PASSWORD))


async def test_reset_link_is_stored_only_as_a_hash(world: World) -> None:
    ana = await world.etwinner("Ana")
    ok(await ask_reset(world, ana.account["email"]), 202)
    [mail] = await mail_to(data_dir(world), ana.account["email"])
    _, token = reset_link(mail)
    async with world.ctx.sessionmaker() as db:
        [row] = (await db.execute(select(PasswordReset))).scalars().all()
    assert row.account_id == ana.id
    assert token not in row.token_hash
    assert len(row.token_hash) == 64


async def test_a_new_reset_spends_the_older_links(world: World) -> None:
    ana = await world.etwinner("Ana")
    ok(await ask_reset(world, ana.account["email"]), 202)
    ok(await ask_reset(world, ana.account["email"]), 202)
    first, second = await mail_to(data_dir(world), ana.account["email"], 2)
    tokens = [reset_link(first)[1], reset_link(second)[1]]
    complete = "/api/auth/password-reset/complete"
    ok(await world.client.post(complete, json={"token": tokens[1], "password": NEW_PASSWORD}), 204)
    older = await world.client.post(complete, json={"token": tokens[0], "password": "x" * 12})
    assert error_code(older, 410) == "gone"


async def test_reset_mail_is_in_the_accounts_language_else_english(world: World) -> None:
    french = {
        "email": "claire@school.example",
        "password": PASSWORD,
        "display_name": "Claire",
        "school": "École",
        "country": "FR",
        "language": "fr",
    }
    ok(await world.client.post("/api/accounts/teachers", json=french), 201)
    unknown = await world.register("Bob")
    ok(await ask_reset(world, french["email"]), 202)
    ok(await ask_reset(world, unknown["email"]), 202)
    [fr_mail] = await mail_to(data_dir(world), french["email"])
    [en_mail] = await mail_to(data_dir(world), unknown["email"])
    assert fr_mail["Subject"] == "Choisissez un nouveau mot de passe TwinSpace Live"
    assert "Bonjour Claire" in text_of(fr_mail)
    assert en_mail["Subject"] == "Choose a new TwinSpace Live password"


async def test_reset_requests_are_rate_limited_for_known_and_unknown_addresses(
    world: World,
) -> None:
    ana = await world.etwinner("Ana")
    for address in (ana.account["email"], "nobody@school.example"):
        for _ in range(3):
            assert (await ask_reset(world, address)).status_code == 202
        refused = await ask_reset(world, address)
        assert error_code(refused, 429) == "rate_limited"
        assert int(refused.headers["retry-after"]) > 0
    await mail_to(data_dir(world), ana.account["email"], 3)
    world.clock.advance(dt.timedelta(minutes=16))
    assert (await ask_reset(world, ana.account["email"])).status_code == 202


async def test_no_reset_mail_for_suspended_or_rejected_accounts(world: World) -> None:
    ana = await world.etwinner("Ana")
    admin = await world.national_admin("FR")
    ok(await admin.post(f"/api/admin/accounts/{ana.id}/suspend", {"reason": "complaint"}))
    assert (await ask_reset(world, ana.account["email"])).status_code == 202
    bob = await world.etwinner("Bob")
    ok(await ask_reset(world, bob.account["email"]), 202)
    await mail_to(data_dir(world), bob.account["email"])
    assert [m["To"] for m in messages(data_dir(world))] == [bob.account["email"]]


async def test_changing_the_password_needs_the_current_one_and_ends_other_sessions(
    world: World,
) -> None:
    ana = await world.etwinner("Ana")
    other_tab = await world.sign_in(ana.account["email"])
    wrong = await ana.post(
        "/api/auth/password", {"current_password": "not it at all", "new_password": NEW_PASSWORD}
    )
    assert error_code(wrong, 401) == "bad_credentials"
    ok(await ana.get("/api/me"))  # a wrong current password signs nobody out
    short = await ana.post(
        "/api/auth/password", {"current_password": PASSWORD, "new_password": "short"}
    )
    assert error_code(short, 422)
    changed = await ana.post(
        "/api/auth/password", {"current_password": PASSWORD, "new_password": NEW_PASSWORD}
    )
    assert changed.status_code == 204
    ok(await ana.get("/api/me"))
    assert error_code(await other_tab.get("/api/me"), 401) == "unauthenticated"
    ok(await login(world, ana.account["email"], NEW_PASSWORD))


async def test_pupil_cannot_change_a_password_but_signs_out_everywhere(world: World) -> None:
    teacher = await world.etwinner("Ana")
    space_id = await world.space(teacher)
    (pupil,) = await world.pupils(teacher, space_id, ["Léa"])
    refused = await pupil.post(
        "/api/auth/password", {"current_password": "x", "new_password": NEW_PASSWORD}
    )
    assert error_code(refused, 403) == "forbidden"
    assert (await pupil.post("/api/auth/logout-everywhere")).status_code == 204
    assert error_code(await pupil.get("/api/me"), 401) == "unauthenticated"


async def test_sign_out_everywhere_ends_every_session_of_the_account_only(world: World) -> None:
    ana = await world.etwinner("Ana")
    other_tab = await world.sign_in(ana.account["email"])
    bob = await world.etwinner("Bob")
    assert (await ana.post("/api/auth/logout-everywhere")).status_code == 204
    for session in (ana, other_tab):
        assert error_code(await session.get("/api/me"), 401) == "unauthenticated"
    ok(await bob.get("/api/me"))


async def test_pending_teacher_looks_after_own_account(world: World) -> None:
    account = await world.register("Ana")
    ana = await world.sign_in(account["email"])
    ok(await ana.patch("/api/me", {"display_name": "Ana M.", "language": "fr"}))
    assert ok(await ana.get("/api/me"))["language"] == "fr"
    changed = await ana.post(
        "/api/auth/password", {"current_password": PASSWORD, "new_password": NEW_PASSWORD}
    )
    assert changed.status_code == 204


async def test_national_admin_searches_only_their_own_country(world: World) -> None:
    ana = await world.etwinner("Ana Martin", "FR")
    await world.register("Anatole", "FR")
    await world.etwinner("Anna Schmidt", "DE")
    french_admin = await world.national_admin("FR")
    german_admin = await world.national_admin("DE")
    found = ok(await french_admin.get("/api/admin/accounts?q=ana"))
    names = [a["display_name"] for a in found["accounts"]]
    assert sorted(names) == ["Ana Martin", "Anatole"]
    assert found["total"] == 2
    assert {a["country"] for a in found["accounts"]} == {"FR"}
    by_email = ok(await french_admin.get(f"/api/admin/accounts?q={ana.account['email']}"))
    assert [a["id"] for a in by_email["accounts"]] == [ana.id]
    german = ok(await german_admin.get("/api/admin/accounts?q=an"))
    assert [a["display_name"] for a in german["accounts"]] == ["Anna Schmidt"]
    assert ok(await german_admin.get("/api/admin/accounts?q=Martin"))["total"] == 0


async def test_national_admin_search_is_paged_newest_first(world: World) -> None:
    for n in range(5):
        await world.register(f"Teacher {n}")
        world.clock.advance(dt.timedelta(seconds=1))
    admin = await world.national_admin("FR")
    first = ok(await admin.get("/api/admin/accounts?q=teacher&limit=2"))
    second = ok(await admin.get("/api/admin/accounts?q=teacher&limit=2&offset=2"))
    assert first["total"] == second["total"] == 5
    names = [a["display_name"] for a in first["accounts"] + second["accounts"]]
    assert names == ["Teacher 4", "Teacher 3", "Teacher 2", "Teacher 1"]
    assert error_code(await admin.get("/api/admin/accounts?limit=0"), 422) == "invalid"
    assert error_code(await admin.get("/api/admin/accounts?q=" + "x" * 201), 422) == "invalid"


async def test_search_words_are_literal_not_patterns(world: World) -> None:
    await world.register("Ana")
    admin = await world.national_admin("FR")
    assert ok(await admin.get("/api/admin/accounts?q=%25"))["total"] == 0
    assert ok(await admin.get("/api/admin/accounts?q=_"))["total"] == 0


async def test_pending_teachers_come_with_their_school_and_registration_date(
    world: World,
) -> None:
    account = await world.register("Ana")
    admin = await world.national_admin("FR")
    [pending] = ok(await admin.get("/api/admin/pending-teachers"))
    assert pending["id"] == account["id"]
    assert pending["school"] == "Ecole Jules Verne"
    assert dt.datetime.fromisoformat(pending["created_at"]) == world.clock.now()
