"""The soak command end to end, for a few seconds: it starts its own real server, runs the
classroom workload, scrapes the server's leak gauges before, during and after, reports a
verdict for each, and stops the server. The 10-minute run is for a person (docs/reliability.md);
nothing here is about time or flatness."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from loadtest.soak import FIGURES, parse
from tests.test_loadtest_smoke import RUN_TIMEOUT_S, is_gone, run_in_own_group

PROMETHEUS_TEXT = """\
# HELP twinspace_ws_subscriptions Channel subscriptions held by open connections now.
# TYPE twinspace_ws_subscriptions gauge
twinspace_ws_subscriptions{kind="space"} 3.0
twinspace_ws_subscriptions{kind="presence"} 2.0
# HELP twinspace_process_resident_bytes Resident memory.
# TYPE twinspace_process_resident_bytes gauge
twinspace_process_resident_bytes 1048576.0
# HELP twinspace_broker_channels Channels.
# TYPE twinspace_broker_channels gauge
"""


def test_parse_adds_up_channel_kinds_and_scales_memory() -> None:
    figures = parse(PROMETHEUS_TEXT)
    assert figures == {"subscriptions": 5.0, "rss_mib": 1.0, "broker_channels": 0.0}
    # No subscription family at all yet (several workers' combined answer): none held.
    assert parse("")["subscriptions"] == 0.0


def test_a_short_soak_samples_every_figure_and_stops_its_server(tmp_path: Path) -> None:
    report_path = tmp_path / "soak.json"
    command = [
        sys.executable,
        "-m",
        "loadtest",
        "soak",
        "--minutes",
        "0.05",
        "--classrooms",
        "1",
        "--pupils",
        "2",
        "--sample-every",
        "1",
        "--settle",
        "1",
        "--drain",
        "0.5",
        "--churn-rate",
        "0",
        "--teacher-action-every",
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
    done = run_in_own_group(command, timeout=RUN_TIMEOUT_S)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["continuity"] == {"lost": 0, "lost_at_tail": 0, "duplicated": 0, "resets": 0}
    soak = report["soak"]
    assert set(soak["figures"]) == set(FIGURES)
    assert soak["verdict"]
    samples = soak["samples"]
    before = [s for s in samples if s["second"] < 0]
    assert len(before) >= 3
    for sample in samples:
        assert {"rss_mib", "open_fds", "asyncio_tasks", "subscriptions"} <= set(sample)
    # All three tabs were seen subscribed (space and presence each), and none is left after.
    assert max(s["connections"] for s in samples) == 3
    assert soak["figures"]["connections"]["before"] == 0
    assert soak["figures"]["connections"]["after"] == 0
    assert soak["figures"]["subscriptions"]["after"] == 0
    assert all(is_gone(pid) for pid in report["server"]["pids"])
