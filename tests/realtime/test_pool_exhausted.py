"""Every pooled database connection taken (a connect storm after a restart): a sign-in on the
WebSocket and a request over HTTP are told `unavailable`, to come back, not that the server
failed (issue 24: 487 sign-ins of a 10,000-tab storm closed 1011, a traceback each, with
SQLAlchemy's "QueuePool limit of size 5 overflow 10 reached, connection timed out")."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator

import pytest
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.pool import QueuePool

from protocol.close_codes import CloseCode
from protocol.errors import ErrorCode
from protocol.messages import Auth, Error
from server.context import AppContext

from .conftest import LiveServer, WsClient

#: Seconds a checkout waits for a pooled connection here (30 by default: the storm's wait).
POOL_WAIT_S = 0.2


@contextlib.asynccontextmanager
async def every_pooled_connection_taken(live: LiveServer) -> AsyncIterator[None]:
    """Every connection the server's pool may open, held by the test; the pool's wait made
    short (a setting of the real pool, not a stand-in) so the test does not take 30 s."""
    ctx = live.world.ctx
    assert isinstance(ctx, AppContext)
    pool = ctx.engine.sync_engine.pool
    assert isinstance(pool, QueuePool)
    waited = pool._timeout
    held: list[AsyncConnection] = []
    try:
        # Taken with the usual wait (the server's own housekeeping may hold one a moment).
        for _ in range(pool.size() + pool._max_overflow):
            held.append(await ctx.engine.connect())
        pool._timeout = POOL_WAIT_S
        yield
    finally:
        for connection in held:
            await connection.close()
        pool._timeout = waited


async def test_a_sign_in_with_every_pooled_connection_taken_is_told_to_come_back(
    live: LiveServer, caplog: pytest.LogCaptureFixture
) -> None:
    ana = await live.world.etwinner("Ana")
    client = WsClient(await live.raw())
    with caplog.at_level(logging.WARNING):
        async with every_pooled_connection_taken(live):
            await client.send(Auth(token=ana.token))
            refused = await client.expect(Error)
            await client.closed_with(CloseCode.TRY_AGAIN_LATER)
    assert refused.code == ErrorCode.UNAVAILABLE
    assert not [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


async def test_a_request_with_every_pooled_connection_taken_answers_503_unavailable(
    live: LiveServer,
) -> None:
    ana = await live.world.etwinner("Ana")
    async with every_pooled_connection_taken(live):
        answer = await ana.get("/api/me")
    assert answer.status_code == 503
    assert answer.json()["error"]["code"] == ErrorCode.UNAVAILABLE
