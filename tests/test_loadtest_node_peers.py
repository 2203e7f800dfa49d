"""The fan-out benchmark's Node.js peers (loadtest/node_peers.py): installed once from their lock,
then compared with ours in one run, with nothing lost.

Timing is never asserted: only that every figure of both Node servers is in the report and that
every event published reached every subscriber once. The packages come from the npm registry
the first time (``npm ci`` into loadtest/node/node_modules); after that no network is needed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from loadtest import node_peers
from tests.conftest import service_unavailable
from tests.test_loadtest_smoke import LATENCY_KEYS, RUN_TIMEOUT_S, run_in_own_group

NODE_RUNS = ("node_socketio", "node_ws")
NODE_GOAL = "ours >= 2x Node Socket.IO deliveries/s"


@pytest.fixture
def node_installed() -> None:
    """The lock's packages in loadtest/node/node_modules (npm ci the first time only)."""
    try:
        node_peers.install()
    except node_peers.NodeSetupError as exc:
        service_unavailable(f"the Node.js peers cannot be installed: {exc}")


def test_install_does_nothing_once_the_lock_is_installed(node_installed: None) -> None:
    # npm ci empties node_modules first: a second install that ran it would write a new stamp.
    before = node_peers.STAMP.stat()
    node_peers.install()
    after = node_peers.STAMP.stat()
    assert node_peers.is_installed()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_without_node_the_benchmark_says_what_to_install(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "loadtest.fanout", "--quick", "--json", str(tmp_path / "r")]
    env = {**os.environ, "PATH": str(tmp_path)}  # an empty folder: no node, no npm
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT_S, check=False
    )
    assert done.returncode == 2, done.stdout + done.stderr
    assert "need node" in done.stderr
    assert "--no-node-socketio --no-node-ws" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "r").exists()


def test_a_node_that_will_not_start_is_quoted(tmp_path: Path) -> None:
    if shutil.which("node") is None:
        service_unavailable("node is not installed: the Node.js peers need it")
    # A V8 flag that node refuses in NODE_OPTIONS: `node --version` prints nothing and exits 9.
    env = {**os.environ, "NODE_OPTIONS": "--single-threaded-gc"}
    done = subprocess.run(
        [sys.executable, "-m", "loadtest.node_peers"],
        env=env,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
        check=False,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "not allowed in NODE_OPTIONS" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.redis
@pytest.mark.multiprocess
def test_quick_comparison_with_both_node_peers_reports_every_figure_and_loses_nothing(
    node_installed: None, redis_url: str, tmp_path: Path
) -> None:
    report_path = tmp_path / "report.json"
    command = [
        sys.executable,
        "-m",
        "loadtest.fanout",
        "--quick",
        # Ours and the two Node servers only: the Python peers and ours' other phases have
        # their own test (test_loadtest_smoke.py).
        "--idle-connections",
        "0",
        "--auth-pairs",
        "0",
        "--no-stall",
        "--no-baseline",
        "--no-socketio",
        "--redis-url",
        redis_url,
        "--json",
        str(report_path),
    ]
    done = run_in_own_group(command, timeout=RUN_TIMEOUT_S)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    report = json.loads(report_path.read_text())

    subscribers = report["config"]["channels"] * report["config"]["subscribers"]
    for name in ("fanout", *NODE_RUNS):
        run = report[name]
        assert run["subscribers"] == subscribers, (name, run["connect_errors"])
        assert run["connect_failures"] == 0, (name, run["connect_errors"])
        assert set(run["latency_ms"]) == LATENCY_KEYS
        assert run["latency_ms"]["count"] > 0, name
        assert run["deliveries_per_s"] > 0, name
        assert run["lost"] == 0, name
        assert run["duplicates"] == 0, name
        assert run["closed_early"] == 0, name
        assert run["server_cpu_percent"] is not None, name
        assert run["server_rss_mib"] is not None, name
        assert run["memory"]["kib_per_subscriber"] is not None, name
    # Socket.IO's events come through Redis, as ours do; the raw ws server has none.
    assert report["node_socketio"]["redis_cpu_percent"] is not None
    assert report["node_ws"]["redis_cpu_percent"] is None

    assert set(report["saturation"]) == {"ours", *NODE_RUNS}
    for name, run in report["saturation"].items():
        assert run["connect_failures"] == 0, (name, run["connect_errors"])
        assert run["published"] > 0, name
        assert run["delivered"] == run["published"] * report["config"]["subscribers"], name
        assert run["lost"] == 0, name
        assert run["duplicates"] == 0, name
        assert run["closed_early"] == 0, name
        assert run["deliveries_per_s"] is not None, name
        assert run["server_cpu_percent"] is not None, name

    for name in NODE_RUNS:
        for figure in ("deliveries_per_s", "p99", "kib_per_subscriber"):
            assert report["comparison"][f"ours_vs_{name}_{figure}"] is not None, (name, figure)
        # Each Node server said only that it was listening: no Redis or socket error.
        assert report[f"{name}_log_tail"].strip() == "ready", name
    assert report["goals"][NODE_GOAL]["measured"] is not None
    for label in ("Node Socket.IO", "Node ws"):  # the rows of the printed tables
        assert label in done.stdout
