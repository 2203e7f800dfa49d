"""The classroom scenario against N processes behind Redis (`twinspace serve --workers 2`), the
real command end to end: every event in sequence on every tab, whichever worker holds it, and
every server process sampled (found from the port, not told). Small on purpose: it checks the
target works, not how fast it is."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support import free_port
from tests.test_loadtest_classroom import READY_TIMEOUT_S, RUN_TIMEOUT_S

pytestmark = [pytest.mark.redis, pytest.mark.multiprocess]

WORKERS = 2


@pytest.fixture
def workers_server(tmp_path: Path, redis_url: str) -> Iterator[str]:
    """`twinspace serve --workers 2` on the test Redis, in a process group of its own."""
    port = free_port()
    log = (tmp_path / "server.log").open("wb")
    command = [
        sys.executable,
        "-c",
        "from server.cli import main; main()",
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--data-dir",
        str(tmp_path / "data"),
        "--workers",
        str(WORKERS),
        "--redis-url",
        redis_url,
        "--log-level",
        "warning",
    ]
    process = subprocess.Popen(
        command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + READY_TIMEOUT_S * 2
        while time.monotonic() < deadline:
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(url + "/readyz", timeout=1.0).status_code == 200:
                    break
            time.sleep(0.1)
        else:
            pytest.fail("the workers did not become ready")
        yield url
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)
        log.close()


def test_classroom_run_on_workers_behind_redis_loses_nothing(
    workers_server: str, tmp_path: Path
) -> None:
    report_path = tmp_path / "r.json"
    command = [
        sys.executable,
        "-m",
        "loadtest",
        "classroom",
        "--url",
        workers_server,
        "--data-dir",
        str(tmp_path / "data"),
        "--classrooms",
        "2",
        "--pupils",
        "4",
        "--duration",
        "3",
        "--churn-rate",
        "2",
        "--teacher-action-every",
        "0.5",
        "--drain",
        "1",
        "--forum-post-rate",
        "0",
        "--upload-every",
        "0",
        "--chat-rate",
        "0",
        "--video-peers",
        "0",
        "--json",
        str(report_path),
    ]
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=RUN_TIMEOUT_S * 2, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["continuity"] == {"lost": 0, "lost_at_tail": 0, "duplicated": 0, "resets": 0}
    assert report["failures"] == []
    assert report["teacher_actions"] > 0
    assert report["latency_ms"]["space"]["count"] > 0
    # The supervisor and both workers were found from the port and sampled.
    server = report["server"]
    assert len(server["pids"]) == WORKERS + 1
    held = [p["connections_max"] for p in server["processes"]]
    assert sum(h or 0 for h in held) > 0
