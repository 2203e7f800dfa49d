"""The operator's commands, run for real as subprocesses against the database a server uses:
find accounts, suspend and reinstate (closing live sockets through Redis), validate teachers
in bulk, show and purge a space; every change in the audit log with actor None."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from protocol.messages import Ack, Event, Subscribe, Unsubscribed
from server.clock import FakeClock
from server.config import Settings
from server.context import AppContext
from storage.models import Account, AuditEntry, Membership, Space
from tests.http.conftest import ok
from tests.realtime.conftest import LiveServer, serve
from tests.test_cli import twinspace


@pytest.fixture
async def live(database_url: str, redis_url: str, tmp_path: Path) -> AsyncIterator[LiveServer]:
    settings = Settings(
        database_url=database_url, data_dir=tmp_path, cheap_hashing=True, redis_url=redis_url
    )
    async with serve(settings, FakeClock()) as server:
        yield server


def ctx_of(live: LiveServer) -> AppContext:
    ctx: AppContext = live.world.ctx  # type: ignore[assignment]
    return ctx


async def admin(live: LiveServer, *args: str, redis: bool = True) -> tuple[int, str, str]:
    ctx = ctx_of(live)
    options = ["--database-url", ctx.settings.effective_database_url]
    options += ["--data-dir", str(ctx.settings.data_dir)]
    if redis and ctx.settings.redis_url:
        options += ["--redis-url", ctx.settings.redis_url]
    result = await asyncio.to_thread(twinspace, "admin", *args, *options, cwd=ctx.settings.data_dir)
    return result.returncode, result.stdout, result.stderr


async def audit_of(live: LiveServer, action: str) -> list[AuditEntry]:
    async with ctx_of(live).sessionmaker() as db:
        result = await db.execute(select(AuditEntry).where(AuditEntry.action == action))
        return list(result.scalars())


async def account(live: LiveServer, account_id: int) -> Account:
    async with ctx_of(live).sessionmaker() as db:
        found = await db.get(Account, account_id)
    assert found is not None
    return found


async def test_users_finds_accounts_by_email_kind_status_and_country(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    pending_be = await world.register("Bram", country="BE")
    await world.register("Dora", country="DE")
    await world.national_admin("FR")

    code, out, err = await admin(
        live, "users", "--kind", "teacher", "--status", "pending", "--json"
    )
    assert code == 0, err
    found = [json.loads(line) for line in out.splitlines()]
    assert {row["country"] for row in found} == {"BE", "DE"}
    assert all(row["kind"] == "teacher" and row["status"] == "pending" for row in found)

    code, out, _ = await admin(live, "users", "--country", "be", "--json")
    assert [json.loads(line)["id"] for line in out.splitlines()] == [pending_be["id"]]

    part = ana.account["email"].split("@")[0].upper()
    code, out, _ = await admin(live, "users", "--email", part)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == [
        "id",
        "kind",
        "status",
        "country",
        "email",
        "username",
        "display_name",
    ]
    assert len(lines) == 2
    assert ana.account["email"] in lines[1]

    code, _, err = await admin(live, "users", "--email", "nobody-like-this")
    assert code == 0
    assert "no account matches" in err


async def test_suspend_closes_live_sockets_on_the_server_and_reinstate_reopens(
    live: LiveServer,
) -> None:
    ana = await live.world.etwinner("Ana")
    socket = await live.connect(ana)

    code, out, err = await admin(live, "suspend", ana.account["email"], "--reason", "abuse report")
    assert code == 0, err
    assert f"account {ana.id} is now suspended" in out
    # The server heard it through Redis and closed the socket at once.
    await socket.closed_with(4003)
    assert (await ana.get("/api/me")).status_code == 401
    assert (await account(live, ana.id)).status.value == "suspended"
    entry = (await audit_of(live, "account.suspended"))[0]
    assert (entry.actor_id, entry.target_account_id, entry.reason) == (None, ana.id, "abuse report")

    code, out, err = await admin(live, "reinstate", str(ana.id), "--reason", "cleared")
    assert code == 0, err
    assert (await account(live, ana.id)).status.value == "active"
    assert (await audit_of(live, "account.reinstated"))[0].actor_id is None
    await live.world.sign_in(ana.account["email"])

    # Twice is a clear refusal, and an unknown account too.
    code, _, err = await admin(live, "reinstate", str(ana.id), "--reason", "again")
    assert code == 1
    assert "cannot reinstate an account that is active" in err
    code, _, err = await admin(live, "suspend", "nobody@nowhere.example", "--reason", "x")
    assert code == 1
    assert "no account 'nobody@nowhere.example'" in err


async def test_suspend_without_redis_stores_it_and_says_the_server_was_not_told(
    live: LiveServer,
) -> None:
    ana = await live.world.etwinner("Ana")
    code, _, err = await admin(live, "suspend", str(ana.id), "--reason", "test", redis=False)
    assert code == 0, err
    assert "is not told at once" in err
    assert (await account(live, ana.id)).status.value == "suspended"


async def test_validate_teachers_in_bulk_from_a_file_and_arguments(
    live: LiveServer, tmp_path: Path
) -> None:
    world = live.world
    first, second, third = [await world.register(name) for name in ("Ana", "Ben", "Cleo")]
    founder = await world.etwinner("Dan")
    space_id = await world.space(founder)
    pupil = (await world.pupils(founder, space_id, ["Zoé"]))[0]
    listing = tmp_path / "teachers.txt"
    listing.write_text(f"# from the NSO's spreadsheet\n{first['email']}\n\n{second['id']}\n")

    code, out, err = await admin(
        live, "validate-teachers", str(third["id"]), str(pupil.id), "424242",
        "--file", str(listing),
    )  # fmt: skip
    assert code == 1
    assert out.splitlines() == [
        f"validated {third['id']}",
        f"validated {first['email']}",
        f"validated {second['id']}",
    ]
    assert f"refused {pupil.id}: account {pupil.id} is not a teacher" in err
    assert "refused 424242: no account '424242'" in err
    assert "3 validated, 2 refused" in err
    for teacher in (first, second, third):
        assert (await account(live, teacher["id"])).status.value == "active"
    entries = await audit_of(live, "account.validated")
    operator = {e.target_account_id for e in entries if e.actor_id is None}
    assert operator == {first["id"], second["id"], third["id"]}


async def test_space_show_lists_members_and_figures(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    await world.pupils(ana, space_id, ["Zoé", "Yann"])
    code, out, err = await admin(live, "space", "show", str(space_id), "--json")
    assert code == 0, err
    shown: dict[str, Any] = json.loads(out)
    assert shown["roles"] == {"founder": 1, "pupil": 2}
    assert shown["rows"]["memberships"] == 3
    assert shown["rows"]["audit_log"] >= 2
    assert sorted(m["role"] for m in shown["members"]) == ["founder", "pupil", "pupil"]

    code, out, _ = await admin(live, "space", "show", str(space_id))
    assert code == 0
    assert f"space {space_id} (twinspace)" in out
    code, _, err = await admin(live, "space", "show", "999999")
    assert code == 1
    assert "no such space" in err


async def test_space_purge_deletes_it_ends_live_subscriptions_and_is_audited(
    live: LiveServer,
) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    await world.pupils(ana, space_id, ["Zoé"])
    socket = await live.connect(ana)
    await socket.send(Subscribe(ref="s", channel=f"space:{space_id}"))
    await socket.expect(Ack)

    code, _, _ = await admin(live, "space", "purge", str(space_id), "--reason", "court order")
    assert code == 1, "without --yes it asks, and with no answer it does nothing"
    async with ctx_of(live).sessionmaker() as db:
        assert await db.get(Space, space_id) is not None

    code, out, err = await admin(
        live, "space", "purge", str(space_id), "--reason", "court order", "--yes"
    )
    assert code == 0, err
    assert f"space {space_id} purged" in out
    gone = await socket.expect(Unsubscribed)
    assert gone.channel == f"space:{space_id}"
    async with ctx_of(live).sessionmaker() as db:
        assert await db.get(Space, space_id) is None
        left = await db.execute(select(Membership).where(Membership.space_id == space_id))
        assert list(left.scalars()) == []
    entry = (await audit_of(live, "space.purged"))[0]
    assert entry.actor_id is None
    assert entry.space_id is None
    assert entry.reason == "court order"
    assert entry.details["space_id"] == space_id
    assert entry.details["rows"]["memberships"] == 2
    assert (await ana.get(f"/api/spaces/{space_id}")).status_code == 404
    ok(await ana.get("/api/me"))


async def test_space_purge_ends_its_live_video_sessions_first(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [zoe] = await world.pupils(ana, space_id, ["Zoé"])
    sessions = f"/api/spaces/{space_id}/video-sessions"
    session_id = ok(await ana.post(sessions, {}), 201)["session"]["id"]
    ok(await zoe.post(f"{sessions}/{session_id}/join"))
    socket = await live.connect(zoe)
    channel = f"video:{space_id}:{session_id}"
    await socket.send(Subscribe(ref="s", channel=channel))
    await socket.expect(Ack)

    code, _, err = await admin(live, "space", "purge", str(space_id), "--reason", "gdpr", "--yes")
    assert code == 0, err
    ended = await socket.expect(Event)
    while ended.event != "session":
        ended = await socket.expect(Event)
    assert (ended.channel, ended.data["state"]) == (channel, "ended")
    assert ended.data["reason"] == "space_deleted"
    gone = await socket.expect(Unsubscribed)
    assert gone.channel == channel
