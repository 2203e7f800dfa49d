"""The operator's group commands (issue 21), run for real as subprocesses: a featured group
created and handed to moderators, marked and unmarked, a moderator appointed; each audited
with actor None, and the directory shows featured groups first."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import select

from server.clock import FakeClock
from server.config import Settings
from storage.models import AuditEntry, Group, Membership
from tests.http.conftest import error_code, ok
from tests.ops.test_cli_ops import admin, ctx_of
from tests.realtime.conftest import LiveServer, serve


@pytest.fixture
async def live(database_url: str, redis_url: str, tmp_path: Path) -> AsyncIterator[LiveServer]:
    settings = Settings(
        database_url=database_url, data_dir=tmp_path, cheap_hashing=True, redis_url=redis_url
    )
    async with serve(settings, FakeClock()) as server:
        yield server


async def roles_in(live: LiveServer, group_id: int) -> dict[int, str]:
    async with ctx_of(live).sessionmaker() as db:
        rows = await db.execute(select(Membership).where(Membership.space_id == group_id))
        return {m.account_id: m.role.value for m in rows.scalars()}


async def audited(live: LiveServer, group_id: int) -> list[tuple[str, int | None, int | None]]:
    async with ctx_of(live).sessionmaker() as db:
        rows = await db.execute(
            select(AuditEntry).where(AuditEntry.space_id == group_id).order_by(AuditEntry.id)
        )
        return [(e.action, e.actor_id, e.target_account_id) for e in rows.scalars()]


async def test_operator_creates_a_featured_group_for_its_moderators(live: LiveServer) -> None:
    world = live.world
    mia = await world.etwinner("Mia")
    ana = await world.etwinner("Ana")
    await world.group(ana)  # an ordinary group, made first and active since
    code, out, err = await admin(
        live,
        "group", "create", "--title", "Future teachers", "--topic", "Teacher training",
        "--language", "en", "--closed", "--moderator", mia.account["email"],
    )  # fmt: skip
    assert code == 0, err
    group_id = json.loads(out)["id"]
    assert await roles_in(live, group_id) == {mia.id: "admin"}  # no owner: the operator's
    assert await audited(live, group_id) == [
        ("space.created", None, None),
        ("group.featured", None, None),
        ("group.moderator_appointed", None, mia.id),
    ]
    bob = await world.etwinner("Bob")
    first = ok(await bob.get("/api/groups"))["groups"][0]
    assert (first["id"], first["featured"], first["access"]) == (group_id, True, "closed")
    # The moderator it was handed to runs it: requests, and no owner to appoint others.
    ok(await bob.post(f"/api/groups/{group_id}/requests", {}), 201)
    ok(await mia.post(f"/api/groups/{group_id}/requests/{bob.id}/accept", {}))

    code, out, err = await admin(live, "group", "unfeature", str(group_id), "--reason", "ended")
    assert (code, out.strip()) == (0, f"group {group_id} is not featured"), err
    async with ctx_of(live).sessionmaker() as db:
        group = await db.get(Group, group_id)
        assert group is not None
        assert group.featured is False
    code, out, err = await admin(live, "group", "feature", str(group_id))
    assert (code, out.strip()) == (0, f"group {group_id} is featured"), err

    code, out, err = await admin(live, "group", "moderator", str(group_id), str(bob.id))
    assert code == 0, err
    assert (await roles_in(live, group_id))[bob.id] == "admin"
    actions = [action for action, _, _ in await audited(live, group_id)]
    assert actions[-3:] == ["group.unfeatured", "group.featured", "group.moderator_appointed"]


async def test_moderator_command_refuses_a_banned_or_unvalidated_account(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    group_id = await world.group(ana)
    bob = await world.etwinner("Bob")
    ok(await ana.post(f"/api/groups/{group_id}/bans", {"account_id": bob.id}), 201)
    code, _, err = await admin(live, "group", "moderator", str(group_id), str(bob.id))
    assert code != 0
    assert "lift the ban first" in err
    pending = await world.register("Pat")
    code, _, err = await admin(live, "group", "moderator", str(group_id), pending["email"])
    assert code != 0
    assert "only validated eTwinners" in err
    twin = await world.space(ana)
    code, _, err = await admin(live, "group", "feature", str(twin))
    assert code != 0
    assert "no such group" in err
    assert error_code(await bob.get(f"/api/spaces/{group_id}"), 404) == "not_found"


async def test_create_refuses_a_bad_language(live: LiveServer) -> None:
    code, _, err = await admin(
        live, "group", "create", "--title", "T", "--topic", "X", "--language", "English"
    )
    assert code == 2
    assert "language" in err
