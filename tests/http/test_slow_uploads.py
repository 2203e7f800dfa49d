"""Slowloris uploads (issue 9) against a real `twinspace serve` with short upload timeouts:
a body that stalls, or trickles a byte now and then, is answered 408 request_timeout, the
connection is closed, nothing is left on disk or in the database, and the server keeps
serving."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import os
import signal
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from server.clock import FakeClock
from server.security import Secrets
from storage.database import create_engine, make_sessionmaker
from storage.models import ArchiveFile, ArchiveUpload
from tests.command_runner import ForkedServer, start_serve
from tests.support import free_port

from .archive_support import temp_files, uploaded
from .conftest import ApiUser, World

STARTUP_S = 60.0
#: Upper bound on waiting for an answer, so a broken server fails the test instead of hanging
#: it. Not a timing assertion: the server's own limits are 0.5 s idle and 1 s grace.
ANSWER_WITHIN_S = 30.0
TIMEOUTS = {
    "TWINSPACE_UPLOAD_IDLE_S": "0.5",
    "TWINSPACE_UPLOAD_MIN_RATE": "2000",
    "TWINSPACE_UPLOAD_GRACE_S": "1",
}


@dataclasses.dataclass
class Storage:
    sessionmaker: object
    secrets: Secrets


@dataclasses.dataclass
class Served:
    port: int
    data_dir: Path
    world: World


def spawn(port: int, data_dir: Path, url: str) -> ForkedServer:
    """`twinspace serve`, forked: the imports are paid once (tests/command_runner.py)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWINSPACE_")} | TIMEOUTS
    args = ["serve", "--port", str(port), "--data-dir", str(data_dir)]
    args += ["--database-url", url, "--log-level", "warning"]
    return start_serve(args, env)


@contextlib.asynccontextmanager
async def served(tmp_path: Path) -> AsyncIterator[Served]:
    port = free_port()
    data_dir = tmp_path / "data"
    url = f"sqlite+aiosqlite:///{data_dir}/twinspace.sqlite3"
    popen = spawn(port, data_dir, url)
    engine = create_engine(url)
    try:
        base = f"http://127.0.0.1:{port}"
        async with httpx.AsyncClient(base_url=base) as client:
            async with asyncio.timeout(STARTUP_S):
                while True:
                    assert popen.poll() is None, popen.stderr.read()
                    with contextlib.suppress(httpx.TransportError):
                        if (await client.get("/readyz")).status_code == 200:
                            break
                    await asyncio.sleep(0.1)
            storage = Storage(make_sessionmaker(engine), Secrets(cheap_hashing=True))
            world = World(client, storage, FakeClock())  # type: ignore[arg-type]
            yield Served(port, data_dir, world)
    finally:
        await engine.dispose()
        popen.send_signal(signal.SIGTERM)
        try:
            popen.wait(15)
        except subprocess.TimeoutExpired:
            popen.kill()
            popen.wait()
        popen.close()


async def slow_upload(
    served: Served, user: ApiUser, space_id: int, pieces: list[bytes], pause: float
) -> tuple[int, dict[str, object], bytes]:
    """Announce 100 kB, send ``pieces`` ``pause`` seconds apart, then wait: the status, the
    JSON error, and whatever followed (b"" when the server closed the connection)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", served.port)
    try:
        head = (
            f"POST /api/spaces/{space_id}/files?name=slow.bin HTTP/1.1\r\n"
            f"Host: 127.0.0.1:{served.port}\r\n"
            f"Authorization: Bearer {user.token}\r\n"
            "Content-Type: application/octet-stream\r\n"
            "Content-Length: 100000\r\n\r\n"
        )
        writer.write(head.encode())

        async def trickle() -> None:
            # Until the server answers and hangs up: then writing fails, as it should.
            with contextlib.suppress(ConnectionError):
                for piece in pieces:
                    writer.write(piece)
                    await writer.drain()
                    await asyncio.sleep(pause)

        sender = asyncio.create_task(trickle())
        async with asyncio.timeout(ANSWER_WITHIN_S):
            status_line = await reader.readline()
            headers: dict[str, str] = {}
            while (line := await reader.readline()) not in (b"\r\n", b""):
                name, _, value = line.decode().partition(":")
                headers[name.strip().lower()] = value.strip()
            body = await reader.readexactly(int(headers["content-length"]))
            rest = await reader.read()  # EOF: the server closed the connection
        sender.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await sender
        assert headers.get("connection") == "close"
        return int(status_line.split()[1]), json.loads(body), rest
    finally:
        writer.close()
        with contextlib.suppress(ConnectionError):
            await writer.wait_closed()


async def nothing_left(served: Served) -> None:
    assert temp_files(served.data_dir) == []
    async with served.world.ctx.sessionmaker() as db:
        for model in (ArchiveFile, ArchiveUpload):
            count = await db.execute(select(func.count()).select_from(model))
            assert count.scalar_one() == 0, model


@pytest.fixture
async def server(tmp_path: Path) -> AsyncIterator[Served]:
    async with served(tmp_path) as running:
        yield running


# One server for both cases: starting `twinspace serve` is most of this module's time.
async def test_stalled_and_trickled_upload_bodies_get_408_and_leave_nothing(
    server: Served,
) -> None:
    world = server.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    # Stalled: ten bytes, then nothing.
    status, error, rest = await slow_upload(server, ana, space_id, [b"x" * 10], pause=0)
    assert status == 408
    assert error["error"]["code"] == "request_timeout"  # type: ignore[index]
    assert "no byte" in error["error"]["message"]  # type: ignore[index]
    assert rest == b""
    await nothing_left(server)
    # Trickled: a byte every 0.2 s is never idle for 0.5 s, but far under 2000 bytes a second.
    status, error, rest = await slow_upload(server, ana, space_id, [b"x"] * 40, pause=0.2)
    assert status == 408
    assert "slower than 2000 bytes a second" in error["error"]["message"]  # type: ignore[index]
    assert rest == b""
    await nothing_left(server)
    # The server keeps serving: a normal upload goes through.
    stored = await uploaded(ana, space_id, "fine.txt", b"sent at once")
    assert stored["size"] == len(b"sent at once")
