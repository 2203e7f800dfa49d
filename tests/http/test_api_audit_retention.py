"""Audit-log retention (issue 9): a per-space setting within the server's bounds, and the
housekeeping job that deletes older entries, on the injected clock; the operator's command."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from server.clock import FakeClock
from server.config import PrivacySettings
from server.housekeeping import purge_expired_audit
from server.services.audit_retention import effective_days
from storage.database import create_engine, make_sessionmaker, migrate
from storage.models import AuditEntry
from storage.repositories import audit as audit_repo
from tests.test_cli import clean_environment, twinspace

from .conftest import World, error_code, ok
from .forum_support import classroom

DAY = dt.timedelta(days=1)
LIMITS = PrivacySettings()


async def actions(world: World, space_id: int | None) -> list[str]:
    async with world.ctx.sessionmaker() as db:
        where = (
            AuditEntry.space_id.is_(None) if space_id is None else AuditEntry.space_id == space_id
        )
        found = await db.execute(select(AuditEntry.action).where(where).order_by(AuditEntry.id))
        return list(found.scalars())


async def purge(world: World, clock: FakeClock, limits: PrivacySettings = LIMITS) -> int:
    return await purge_expired_audit(world.ctx.sessionmaker, clock, limits)


def test_effective_days_follow_the_default_and_keep_within_the_bounds() -> None:
    limits = PrivacySettings(
        audit_retention_days=100, audit_retention_min_days=30, audit_retention_max_days=200
    )
    assert effective_days(None, limits) == 100
    assert effective_days(45, limits) == 45
    # A setting stored before the operator narrowed the bounds is held to the nearest one.
    assert effective_days(10, limits) == 30
    assert effective_days(900, limits) == 200


async def test_teacher_admins_set_retention_within_the_bounds(world: World) -> None:
    room = await classroom(world)
    path = f"/api/spaces/{room.space_id}/audit/settings"
    shown = ok(await room.ana.get(path))
    assert shown == {
        "retention_days": None,
        "effective_days": 365,
        "default_days": 365,
        "min_days": 30,
        "max_days": 3650,
    }
    assert ok(await room.ana.put(path, {"retention_days": 90}))["effective_days"] == 90
    for outside in (29, 3651):
        refused = await room.ana.put(path, {"retention_days": outside})
        assert error_code(refused, 422) == "invalid"
        assert "30 to 3650 days" in refused.json()["error"]["message"]
    assert ok(await room.ana.get(path))["retention_days"] == 90
    assert ok(await room.ana.put(path, {"retention_days": None}))["effective_days"] == 365
    assert "audit.retention_changed" in await actions(world, room.space_id)
    # Who does not read the log does not see or change its retention.
    assert error_code(await room.bea.get(path), 403) == "forbidden"
    assert error_code(await room.bea.put(path, {"retention_days": 90}), 403) == "forbidden"
    assert error_code(await room.max.get(path), 403) == "forbidden"
    outsider = await world.etwinner("Oscar")
    assert error_code(await outsider.get(path), 404) == "not_found"


async def test_housekeeping_deletes_entries_past_each_spaces_retention(
    world: World, clock: FakeClock
) -> None:
    room = await classroom(world)  # a space made at day 0, with members and invitations
    other = await world.space(room.ana)  # follows the default (365 days)
    ok(await room.ana.put(f"/api/spaces/{room.space_id}/audit/settings", {"retention_days": 30}))
    assert await purge(world, clock) == 0
    clock.advance(10 * DAY)  # within the teacher's 14-day sign-in
    ok(await room.ana.post(f"/api/spaces/{room.space_id}/pupils/{room.lea.id}/reset-code"))
    clock.advance(21 * DAY)  # day 31: everything but the reset (day 10) is past 30 days
    removed = await purge(world, clock)
    assert removed > 0
    assert await actions(world, room.space_id) == ["pupil.code_reset"]
    assert await actions(world, other) == ["space.created"]
    account_level = await actions(world, None)
    assert "account.validated" in account_level
    clock.advance(335 * DAY)  # day 366: past the default too
    await purge(world, clock)
    assert await actions(world, other) == []
    assert await actions(world, None) == []
    assert await actions(world, room.space_id) == []  # the reset, at day 10, is 356 days old


async def test_a_narrowed_server_bound_applies_to_stored_settings(
    world: World, clock: FakeClock
) -> None:
    room = await classroom(world)
    ok(await room.ana.put(f"/api/spaces/{room.space_id}/audit/settings", {"retention_days": 3000}))
    clock.advance(101 * DAY)
    narrowed = PrivacySettings(audit_retention_days=50, audit_retention_max_days=100)
    await purge(world, clock, narrowed)
    assert await actions(world, room.space_id) == []


async def test_operator_command_runs_the_retention_job(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/twinspace.sqlite3"
    engine = create_engine(url)
    now = dt.datetime.now(dt.UTC)
    try:
        await migrate(engine)
        async with make_sessionmaker(engine)() as db, db.begin():
            for age in (400, 100, 10):
                audit_repo.record(db, now=now - age * DAY, action=f"test.{age}", actor_id=None)
        env = {**clean_environment(), "TWINSPACE_AUDIT_RETENTION_DAYS": "200"}
        result = twinspace("audit", "purge", "--database-url", url, cwd=tmp_path, env=env)
        assert result.returncode == 0, result.stderr
        assert "1 audit entries deleted (default retention 200 days" in result.stdout
        async with make_sessionmaker(engine)() as db:
            left = await db.execute(select(AuditEntry.action).order_by(AuditEntry.id))
            assert list(left.scalars()) == ["test.100", "test.10"]
        bad = {**clean_environment(), "TWINSPACE_AUDIT_RETENTION_DAYS": "5"}
        refused = twinspace("audit", "purge", "--database-url", url, cwd=tmp_path, env=bad)
        assert refused.returncode == 1
        assert "TWINSPACE_AUDIT_RETENTION_MIN_DAYS" in refused.stderr
    finally:
        await engine.dispose()
