"""PostgreSQL goes away under a running server and comes back: requests fail clearly while it
is down (503 ``unavailable``, never a 500), readiness says so, and everything heals after it
returns, with no restart of the server."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from server.clock import FakeClock
from server.config import Settings
from storage.database import create_engine, migrate

from .conftest import service_unavailable
from .http.conftest import ApiUser
from .realtime.conftest import LiveServer, serve
from .support import PrivatePostgres, eventually, postgres_binaries


@pytest.fixture
def private_postgres() -> Iterator[PrivatePostgres]:
    binaries = postgres_binaries()
    if binaries is None:
        service_unavailable("PostgreSQL server programs are not installed (postgresql package)")
    # Not under pytest's tmp_path: that is private to root, and the cluster runs as postgres.
    folder = Path(tempfile.mkdtemp(prefix="twinspace-pg-"))
    server = PrivatePostgres(binaries, folder)
    try:
        server.init()
        server.start()
        yield server
    finally:
        server.ensure_stopped()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
async def live(private_postgres: PrivatePostgres, tmp_path: Path) -> AsyncIterator[LiveServer]:
    engine = create_engine(private_postgres.url)
    try:
        await migrate(engine)
    finally:
        await engine.dispose()
    settings = Settings(
        database_url=private_postgres.url, data_dir=tmp_path / "data", cheap_hashing=True
    )
    async with serve(settings, FakeClock()) as server:
        yield server


async def statuses(client: httpx.AsyncClient, teacher: ApiUser, space_id: int) -> set[int]:
    """What a read, a write and the readiness probe answer right now."""
    read = await teacher.get(f"/api/spaces/{space_id}")
    write = await teacher.patch(f"/api/spaces/{space_id}", {"description": "still here?"})
    ready = await client.get("/readyz")
    for response in (read, write):
        if response.status_code == 503:
            assert response.json()["error"]["code"] == "unavailable"
    return {read.status_code, write.status_code, ready.status_code}


@pytest.mark.postgres
async def test_requests_fail_clearly_while_postgres_is_down_then_heal(
    live: LiveServer, private_postgres: PrivatePostgres
) -> None:
    world = live.world
    teacher = await world.etwinner("Ana")
    space_id = await world.space(teacher)
    assert await statuses(world.client, teacher, space_id) == {200}

    private_postgres.stop()
    down = await statuses(world.client, teacher, space_id)
    assert down == {503}, f"while PostgreSQL is down every answer is 503, got {down}"
    readiness = (await world.client.get("/readyz")).json()
    assert readiness["checks"]["database"] != "ok"

    private_postgres.start()
    # The pool's connections died with the server; they are replaced, so the first requests
    # after the restart already succeed, without restarting the server.
    for _ in range(10):
        assert await statuses(world.client, teacher, space_id) == {200}


@pytest.mark.postgres
async def test_a_quick_postgres_restart_costs_no_request(
    live: LiveServer, private_postgres: PrivatePostgres
) -> None:
    world = live.world
    teacher = await world.etwinner("Ana")
    space_id = await world.space(teacher)
    assert await statuses(world.client, teacher, space_id) == {200}
    # Restarted while nobody asked: the pool still holds connections to the old server.
    private_postgres.stop()
    private_postgres.start()
    for _ in range(10):
        assert await statuses(world.client, teacher, space_id) == {200}


@pytest.mark.postgres
async def test_backends_killed_between_requests_cost_no_request(
    live: LiveServer, private_postgres: PrivatePostgres
) -> None:
    """The pool's connections whose backends were terminated (an operator's
    pg_terminate_backend, a failover, an idle-session timeout) are replaced at checkout,
    without the per-checkout ping the pool used to send (three round trips each)."""
    world = live.world
    teacher = await world.etwinner("Ana")
    space_id = await world.space(teacher)
    for _ in range(3):  # several pooled connections, some idle in the pool afterwards
        assert await statuses(world.client, teacher, space_id) == {200}
    killer = create_engine(private_postgres.url)
    try:
        async with killer.connect() as connection:
            killed = list(
                await connection.scalars(
                    text(
                        "SELECT pid FROM pg_stat_activity, pg_terminate_backend(pid)"
                        " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    )
                )
            )
            assert killed, "the server held no pooled connection to kill"
            left = text("SELECT count(*) FROM pg_stat_activity WHERE pid = ANY(:pids)")

            async def gone() -> bool:
                await connection.rollback()  # pg_stat_activity is read once a transaction
                return bool(await connection.scalar(left, {"pids": killed}) == 0)

            await eventually("the killed backends have exited", gone)
    finally:
        await killer.dispose()
    for _ in range(10):
        assert await statuses(world.client, teacher, space_id) == {200}
