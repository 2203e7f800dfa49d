"""The servers under test as subprocesses: ours (`twinspace serve`) and the raw baseline.

Both bind 127.0.0.1 only, log to a file in the run's folder, and are stopped with SIGTERM
(SIGKILL after a bounded wait).
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

#: Seconds a server gets to answer /readyz (ours migrates SQLite first) or to listen.
START_TIMEOUT_S = 60.0
#: Seconds a server gets to exit after SIGTERM (ours allows 10 s for connections to close).
STOP_TIMEOUT_S = 15.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def start_ours(
    data_dir: Path, port: int, redis_url: str, log_level: str, ws: str = "twinspace"
) -> subprocess.Popen[bytes]:
    """`twinspace serve` with one worker: the process spawned is the server itself."""
    command = [
        str(Path(sys.executable).parent / "twinspace"),
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--data-dir",
        str(data_dir),
        "--redis-url",
        redis_url,
        "--workers",
        "1",
        "--log-level",
        log_level,
        "--ws-implementation",
        ws,
    ]
    log = (data_dir / "server.log").open("wb")
    return subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603


def start_server(
    data_dir: Path,
    port: int,
    *,
    workers: int = 1,
    redis_url: str = "",
    metrics_token: str = "",
    log_level: str = "warning",
    database_url: str = "",
) -> subprocess.Popen[bytes]:
    """`twinspace serve` on 127.0.0.1 with its embedded defaults otherwise (SQLite in
    ``data_dir`` unless ``database_url``, the in-process broker unless ``redis_url``); the
    metrics token goes in the environment, as the operator's guide prefers. The process is
    the server itself (one worker) or the supervisor of ``workers``."""
    command = [
        str(Path(sys.executable).parent / "twinspace"),
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--data-dir",
        str(data_dir),
        "--workers",
        str(workers),
        "--log-level",
        log_level,
    ]
    if redis_url:
        command += ["--redis-url", redis_url]
    if database_url:
        command += ["--database-url", database_url]
    env = {**os.environ, "TWINSPACE_METRICS_TOKEN": metrics_token}
    log = (data_dir / "server.log").open("wb")
    return subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)  # noqa: S603


def start_baseline(data_dir: Path, port: int) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "loadtest.baseline_ws", "--port", str(port)]
    log = (data_dir / "baseline.log").open("wb")
    return subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603


async def http_status(port: int, path: str) -> int | None:
    """The status of GET ``path`` on 127.0.0.1, or None if nothing answered."""
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
    except OSError:
        return None
    try:
        writer.write(
            f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode()
        )
        async with asyncio.timeout(5):
            line = await reader.readline()
        parts = line.split()
        return int(parts[1]) if len(parts) > 1 else None
    except (OSError, TimeoutError, ValueError):
        return None
    finally:
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()


async def wait_until_up(process: subprocess.Popen[bytes], port: int, path: str | None) -> None:
    """Until GET ``path`` answers 200 (or, without a path, the port accepts connections)."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode} before it was up")
        if path is not None:
            if await http_status(port, path) == 200:
                return
        else:
            with contextlib.suppress(OSError):
                _, writer = await asyncio.open_connection("127.0.0.1", port)
                writer.close()
                return
        await asyncio.sleep(0.1)
    raise RuntimeError(f"server not up on port {port} within {START_TIMEOUT_S:.0f} s")


def stop(process: subprocess.Popen[bytes]) -> int | None:
    """SIGTERM, then SIGKILL after STOP_TIMEOUT_S; the exit code."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)
    return process.returncode


def stop_tree(
    process: subprocess.Popen[bytes], descendants: list[int], timeout_s: float
) -> int | None:
    """SIGTERM to ``process`` (a supervisor), up to ``timeout_s`` for it to stop its workers,
    then SIGKILL to it and to every one of ``descendants`` (its pids, found while it ran)
    still alive. SIGKILL to a supervisor alone leaves its workers running, orphaned, and still
    accepting on the port it bound (seen in a connect storm, where 10,000 graceful closes on
    a loaded machine outlasted :data:`STOP_TIMEOUT_S`)."""
    if process.poll() is None:
        process.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout_s)
    if process.poll() is None:
        process.kill()
        process.wait(5)
    for pid in descendants:
        if pid != process.pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
    return process.returncode


def log_tail(path: Path, lines: int = 20) -> str:
    with contextlib.suppress(OSError):
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    return ""


def log_pauses(path: Path, lines: int = 50) -> list[str]:
    """The server's own reports of event-loop pauses (server/observability/pauses.py): the
    first ones, which say what held the loop and whether a garbage collection did."""
    with contextlib.suppress(OSError):
        found = [
            line
            for line in path.read_text(errors="replace").splitlines()
            if "twinspace.pauses" in line
        ]
        return found[:lines]
    return []


#: A server log line's level and logger, after its timestamp: "WARNING twinspace.ws: ...".
_LOGGED = re.compile(r"\b(WARNING|ERROR|CRITICAL) ([\w.]+): (.*)")


def log_warnings(path: Path) -> dict[str, int]:
    """How often the server logged each warning or error over the run, by logger and message
    with its numbers and ids blanked ("WARNING twinspace.realtime: connection # not released:
    ..."), event-loop pauses aside (:func:`log_pauses`). The full-size runs of issue 24 hid
    "Too many connections", "database is locked" and "not released" in logs nobody read."""
    counts: collections.Counter[str] = collections.Counter()
    with contextlib.suppress(OSError):
        for line in path.read_text(errors="replace").splitlines():
            found = _LOGGED.search(line)
            if found is None or found[2] == "twinspace.pauses":
                continue
            message = re.sub(r"[0-9a-f]{8,}|\d+", "#", found[3])[:160]
            counts[f"{found[1]} {found[2]}: {message}"] += 1
    return dict(counts.most_common())
