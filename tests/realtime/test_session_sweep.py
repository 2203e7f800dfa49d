"""The session sweep: live connections whose session ended, or whose account was suspended,
with no control command to say so (the operator's CLI on a server without Redis), are closed
by the server's own periodic check."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete

from protocol.messages import Ping, Pong
from server.clock import FakeClock
from server.config import Settings
from server.context import AppContext
from server.realtime import hub as hub_module
from storage.models import AuthSession
from tests.ops.test_cli_ops import admin

from .conftest import LiveServer, WsClient, serve


async def still_open(ws: WsClient) -> None:
    await ws.send(Ping(ref=ws.ref()))
    await ws.expect(Pong)


def ctx_of(live: LiveServer) -> AppContext:
    ctx: AppContext = live.world.ctx  # type: ignore[assignment]
    return ctx


async def test_an_account_suspended_from_the_cli_without_redis_is_closed_4003(
    live: LiveServer,
) -> None:
    ana = await live.world.etwinner("Ana")
    ben = await live.world.etwinner("Ben")
    ana_ws, ben_ws = await live.connect(ana), await live.connect(ben)
    code, _, err = await admin(live, "suspend", str(ana.id), "--reason", "test", redis=False)
    assert code == 0, err
    assert await ctx_of(live).hub.sweep_sessions() == 1
    await ana_ws.closed_with(4003)
    # Ben's connection stands.
    await still_open(ben_ws)


async def test_a_session_ended_behind_the_servers_back_is_closed_4001(live: LiveServer) -> None:
    ana = await live.world.etwinner("Ana")
    ws = await live.connect(ana)
    async with ctx_of(live).sessionmaker() as db, db.begin():
        await db.execute(delete(AuthSession).where(AuthSession.account_id == ana.id))
    assert await ctx_of(live).hub.sweep_sessions() == 1
    await ws.closed_with(4001)


async def test_nothing_is_closed_while_every_session_stands(live: LiveServer) -> None:
    teachers = [await live.world.etwinner(name) for name in ("Ana", "Ben", "Cleo")]
    sockets = [await live.connect(teacher) for teacher in teachers]
    assert await ctx_of(live).hub.sweep_sessions() == 0
    for ws in sockets:
        await still_open(ws)


async def test_the_sweep_runs_by_itself(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(hub_module, "SESSION_SWEEP_INTERVAL_S", 0.05)
    settings = Settings(database_url=database_url, data_dir=tmp_path, cheap_hashing=True)
    async with serve(settings, FakeClock()) as live:
        ana = await live.world.etwinner("Ana")
        ws = await live.connect(ana)
        code, _, err = await admin(live, "suspend", str(ana.id), "--reason", "t", redis=False)
        assert code == 0, err
        await ws.closed_with(4003)
