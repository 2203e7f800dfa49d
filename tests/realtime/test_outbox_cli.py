"""The command line without Redis: its announcements wait in the outbox table, and the
running server's outbox sweep sends them (here: a suspension closes the account's socket)."""

from __future__ import annotations

import dataclasses

import pytest

from server.config import OutboxSettings
from storage.repositories import outbox as outbox_repo

from ..ops.test_cli_ops import admin
from ..support import eventually
from .conftest import LiveServer, SettingsTweak


@pytest.fixture
def tweak() -> SettingsTweak:
    outbox = OutboxSettings(lease_s=0.5, sweep_interval_s=0.05)
    return lambda settings: dataclasses.replace(settings, outbox=outbox)


async def test_a_suspension_from_the_cli_without_redis_reaches_the_server_through_the_sweep(
    live: LiveServer,
) -> None:
    ana = await live.world.etwinner("Ana")
    ws = await live.connect(ana)
    code, _, err = await admin(live, "suspend", str(ana.id), "--reason", "test", redis=False)
    assert code == 0, err
    # No command reached the server, and its session sweep is 15 s away: the AccountLocked
    # the command line committed to the outbox table arrives through the outbox sweep.
    await ws.closed_with(4003)

    async def emptied() -> bool:
        async with live.world.ctx.sessionmaker() as db:
            return await outbox_repo.count(db) == 0

    await eventually("the row is deleted", emptied)
