"""The load tester runs end to end (`--quick`) against a real server and the real Redis.

Timing is never asserted here: only that the report is whole and that no event was lost or
delivered twice, in our server's runs and in both baselines' (raw websockets, python-socketio
with its Redis manager), at a fixed rate and in the saturating bursts.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.redis

#: The quick run takes about 25 s; past this it is hung, not slow.
RUN_TIMEOUT_S = 38

RUNS = ("fanout", "stalled", "baseline", "socketio")
SERVERS = {"ours", "ceiling", "socketio"}
LATENCY_KEYS = {"count", "p50", "p95", "p99", "p999", "max"}


def test_quick_run_reports_every_figure_and_loses_nothing(redis_url: str, tmp_path: Path) -> None:
    report_path = tmp_path / "report.json"
    command = [
        sys.executable,
        "-m",
        "loadtest.fanout",
        "--quick",
        "--redis-url",
        redis_url,
        "--json",
        str(report_path),
    ]
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=RUN_TIMEOUT_S, check=False
    )
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
    assert len(report["goals"]) == 2
    for goal in report["goals"].values():
        assert goal["measured"] is not None
    assert "stalled_client" in report["stalled"]
    assert report["subscribe"]["errors"] == 0
    assert report["subscribe"]["pairs"] == report["config"]["auth_pairs"]
    assert set(report["ratios"]) == {
        "stalled_p99",
        "ours_vs_baseline_p50",
        "ours_vs_baseline_p99",
        "ours_vs_baseline_server_cpu",
    }
