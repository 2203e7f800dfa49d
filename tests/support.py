"""Test helpers shared by modules: polling with a bound, private Redis servers, toy suites."""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
import redis.asyncio
import redis.exceptions

from loadtest.processes import free_port

__all__ = [
    "WAIT_S",
    "PrivatePostgres",
    "PrivateRedis",
    "eventually",
    "free_port",
    "postgres_binaries",
    "run_toy_suite",
]

#: Longest wait for something that normally takes milliseconds.
WAIT_S = 3.0


async def eventually(
    what: str, condition: Callable[[], bool | Awaitable[bool]], within: float = WAIT_S
) -> None:
    """Poll ``condition`` (every 5 ms) until it holds; fail the test after ``within`` s."""
    try:
        async with asyncio.timeout(within):
            while True:
                result = condition()
                if result if isinstance(result, bool) else await result:
                    return
                await asyncio.sleep(0.005)
    except TimeoutError:
        pytest.fail(f"not within {within} s: {what}")


class PrivateRedis:
    """A ``redis-server`` subprocess on a free loopback port, with no persistence."""

    def __init__(self, binary: str) -> None:
        self.binary = binary
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        self.process = await asyncio.create_subprocess_exec(
            self.binary,
            *("--port", str(self.port), "--bind", "127.0.0.1"),
            *("--save", "", "--appendonly", "no"),
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
        )
        await eventually("redis-server answers", self.answers, within=5)

    async def answers(self) -> bool:
        client = redis.asyncio.Redis.from_url(self.url, socket_connect_timeout=0.5)
        try:
            return bool(await client.ping())
        except (redis.exceptions.ConnectionError, OSError):
            return False
        finally:
            await client.aclose()

    async def kill(self) -> None:
        """``kill -9``: no goodbye to the clients, and its data is gone."""
        if self.process is not None and self.process.returncode is None:
            self.process.kill()
            await self.process.wait()
        self.process = None


def postgres_binaries() -> Path | None:
    """The folder of Debian's PostgreSQL server programs (initdb, pg_ctl), if installed."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    return found[-1].parent if found else None


class PrivatePostgres:
    """A throwaway PostgreSQL cluster of the test's own, on a free loopback port, to stop and
    start at will. initdb refuses to run as root, so as root it runs as the postgres user."""

    def __init__(self, binaries: Path, folder: Path) -> None:
        self.binaries = binaries
        self.folder = folder
        self.data = folder / "data"
        self.port = free_port()
        self.url = f"postgresql+asyncpg://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str) -> None:
        command = [str(self.binaries / args[0]), *args[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=60)

    def init(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync")

    def start(self) -> None:
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} -c fsync=off"
        # With its own log file: otherwise the server keeps pg_ctl's output pipes open.
        log = str(self.folder / "server.log")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", log, "-w", "start")

    def stop(self) -> None:
        """Immediate stop: connections are cut as in a crash."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def ensure_stopped(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self.stop()


def run_toy_suite(
    folder: Path,
    conftest: str,
    tests: str,
    *options: str,
    environment: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run a toy test suite (``conftest`` and ``tests``, dedented into ``folder``) in a pytest
    of its own, with this repository importable and none of its own configuration: how the
    suite's plugins behave is tested by what they make of a toy."""
    (folder / "conftest.py").write_text(textwrap.dedent(conftest))
    (folder / "test_toy.py").write_text(textwrap.dedent(tests))
    repository = Path(__file__).resolve().parent.parent
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-c", "/dev/null"]
    command += ["--rootdir", str(folder), "-o", "asyncio_default_fixture_loop_scope=function"]
    env = {"PYTHONPATH": str(repository), "PATH": "/usr/bin:/bin", **(environment or {})}
    return subprocess.run(
        [*command, *options, str(folder)],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
