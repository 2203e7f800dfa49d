"""A connect storm on the embedded SQLite: every WebSocket sign-in check succeeds, and the
housekeeping passes with nothing to do succeed, even while a writer holds the database's one
write lock (issue 24's "database is locked")."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import sqlite3

import pytest

from protocol.messages import Auth, Welcome
from server.context import AppContext
from server.housekeeping import lift_once

from .conftest import LiveServer, SettingsTweak, WsClient

#: Sign-ins at once: far more than the engine's pooled connections (5 + 10 overflow).
STORM = 300


@pytest.fixture
def tweak() -> SettingsTweak:
    return lambda settings: dataclasses.replace(settings, max_ws_per_account=STORM)


def take_the_write_lock(database_url: str) -> sqlite3.Connection:
    path = database_url.removeprefix("sqlite+aiosqlite:///")
    writer = sqlite3.connect(path, timeout=30, check_same_thread=False)
    writer.isolation_level = None
    writer.execute("BEGIN IMMEDIATE")
    return writer


async def hold_the_write_lock(database_url: str) -> sqlite3.Connection:
    """Another connection holding SQLite's write lock, as a purge or a post does meanwhile.
    Taken in a thread: a server transaction in progress needs this event loop to finish."""
    return await asyncio.to_thread(take_the_write_lock, database_url)


async def sign_in(live: LiveServer, token: str) -> None:
    client = WsClient(await live.raw())
    await client.send(Auth(token=token))
    await client.expect(Welcome)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_a_sign_in_storm_succeeds_while_a_writer_holds_the_lock(
    live: LiveServer, database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """5,100 sign-ins at once each took SQLite's write lock in turn (every transaction began
    IMMEDIATE), past the 5 s busy timeout: "database is locked", sign-ins refused
    `unavailable`, housekeeping failing. A check that only reads now takes no lock, so the
    storm passes even while a housekeeping purge or a post holds the write lock throughout."""
    ana = await live.world.etwinner("Ana")
    writer = await hold_the_write_lock(database_url)  # until the storm is over
    try:
        with caplog.at_level(logging.WARNING):
            await asyncio.gather(*(sign_in(live, ana.token) for _ in range(STORM)))
        writer.execute("ROLLBACK")
    finally:
        writer.close()
    # What the WebSocket edge (and uvicorn under it) said; the writers the held lock stopped
    # meanwhile (the outbox's sweep) may complain, and a busy machine logs event loop pauses.
    complaints = [r for r in caplog.records if r.name in ("twinspace.ws", "uvicorn.error")]
    assert complaints == [], [r.getMessage() for r in complaints]


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_housekeeping_with_nothing_to_do_waits_for_no_writer(
    live: LiveServer, database_url: str
) -> None:
    """The mute-lifting pass (every second) and the outbox sweep began a write transaction
    even with nothing due: behind a storm of writers they waited past the busy timeout and
    failed, "retrying" (issue 24). With nothing due they now only read."""
    ctx = live.world.ctx
    assert isinstance(ctx, AppContext)
    writer = await hold_the_write_lock(database_url)
    try:
        assert await lift_once(ctx) == 0
        assert await ctx.hub.outbox.sweep() == 0
        writer.execute("ROLLBACK")
    finally:
        writer.close()
