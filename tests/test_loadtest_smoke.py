"""The load tester runs end to end (`--quick`) against a real server and the real Redis.

Timing is never asserted here: only that the report is whole and that no event was lost or
delivered twice, in our server's runs and in both baselines' (raw websockets, python-socketio
with its Redis manager), at a fixed rate and in the saturating bursts. The Node.js peers have a
test of their own (test_loadtest_node_peers.py).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import eventually

pytestmark = [pytest.mark.redis, pytest.mark.multiprocess]

#: The quick run takes about 25 s on a quiet machine and over 40 s on a loaded one; past this
#: it is hung, not slow.
RUN_TIMEOUT_S = 120

RUNS = ("fanout", "stalled", "baseline", "socketio")
SERVERS = {"ours", "ceiling", "socketio"}
LATENCY_KEYS = {"count", "p50", "p95", "p99", "p999", "max"}
PYTHON_GOALS = ("ours >= 0.8x ceiling deliveries/s", "ours >= 3x python-socketio deliveries/s")


def run_in_own_group(command: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    """Runs ``command`` in a process group of its own and kills the whole group when it ends.

    The load tester starts its servers as children. ``subprocess.run`` kills only the load
    tester on timeout, so its ``twinspace serve`` children lived on, orphaned, and every 5 s
    reaped the presence of the test Redis with the real clock: they took the expired entries
    that later tests (test_presence_redis) had made with a fake clock, so those tests' reapers
    reported no one for them.
    """
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
        pytest.fail(f"hung past {timeout} s: {stdout[-2000:]}{stderr[-2000:]}")
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def is_gone(pid: int) -> bool:
    """The process has exited (a zombie not yet collected by its new parent counts)."""
    try:
        # The state follows the parenthesised command name, which may contain spaces.
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0] == "Z"
    except FileNotFoundError:
        return True


async def test_a_run_leaves_none_of_its_children_behind() -> None:
    # The command starts a long-lived child, as the load tester starts servers, and exits.
    spawn = (
        "import subprocess, sys\n"
        "child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)'],"
        " stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "print(child.pid)\n"
    )
    done = run_in_own_group([sys.executable, "-c", spawn], timeout=RUN_TIMEOUT_S)
    child = int(done.stdout)
    try:
        await eventually("the command's child is killed", lambda: is_gone(child))
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(child, signal.SIGKILL)


def test_quick_run_reports_every_figure_and_loses_nothing(redis_url: str, tmp_path: Path) -> None:
    report_path = tmp_path / "report.json"
    command = [
        sys.executable,
        "-m",
        "loadtest.fanout",
        "--quick",
        "--no-node-socketio",
        "--no-node-ws",
        "--redis-url",
        redis_url,
        "--json",
        str(report_path),
    ]
    done = run_in_own_group(command, timeout=RUN_TIMEOUT_S)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    report = json.loads(report_path.read_text())

    assert {
        "config",
        "machine",
        "idle",
        "subscribe",
        "ratios",
        "targets",
        "saturation",
        "comparison",
        "goals",
        "verdicts",
        *RUNS,
    } <= set(report)
    assert report["idle"]["failed"] == 0
    assert report["idle"]["kib_per_connection"] is not None
    for name in RUNS:
        run = report[name]
        assert run["connect_failures"] == 0, (name, run["connect_errors"])
        assert set(run["latency_ms"]) == LATENCY_KEYS
        assert run["latency_ms"]["count"] > 0, name
        assert run["lost"] == 0, name
        assert run["duplicates"] == 0, name
        assert run["resets"] == 0, name
        assert run["closed_early"] == 0, name
    for name in ("fanout", "baseline", "socketio"):
        assert report[name]["memory"]["kib_per_subscriber"] is not None, name
    assert set(report["saturation"]) == SERVERS
    for name, run in report["saturation"].items():
        assert run["connect_failures"] == 0, (name, run["connect_errors"])
        assert run["published"] > 0, name
        assert run["delivered"] == run["published"] * report["config"]["subscribers"], name
        assert run["lost"] == 0, name
        assert run["duplicates"] == 0, name
        assert run["closed_early"] == 0, name
        assert run["deliveries_per_s"] is not None, name
    assert set(report["comparison"]["bound"]) == SERVERS
    # The bursts alternate between the servers, --quick's two rounds each.
    assert {name: len(runs) for name, runs in report["saturation_rounds"].items()} == {
        name: 2 for name in SERVERS
    }
    for short in ("ceiling", "socketio"):
        rounds = report["comparison"][f"ours_vs_{short}_deliveries_per_s_rounds"]
        assert len(rounds["per_round"]) == 2
    for name in PYTHON_GOALS:
        assert report["goals"][name]["measured"] is not None, name
    assert "stalled_client" in report["stalled"]
    # The stalled client's effect is read within its own run: its channel-mates, the others.
    for group in ("neighbours_latency_ms", "others_latency_ms"):
        assert report["stalled"][group]["count"] > 0, group
    assert report["ratios"]["stalled_p99"] is not None
    # Every phase says whether it may decide anything, and why not (issue 24).
    assert {"fanout", "stalled", "saturation.ours"} <= set(report["verdicts"])
    assert isinstance(report["server_warnings"], dict)
    for name in RUNS:
        assert "server" in report[name]["wait_percent"], name
    assert report["subscribe"]["errors"] == 0
    assert report["subscribe"]["pairs"] == report["config"]["auth_pairs"]
    assert set(report["ratios"]) == {
        "stalled_p99",
        "ours_vs_baseline_p50",
        "ours_vs_baseline_p99",
        "ours_vs_baseline_server_cpu",
    }
