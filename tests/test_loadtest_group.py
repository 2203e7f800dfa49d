"""``twinspace-loadtest group`` end to end, small: the real command, its own server process.

Small on purpose (a group of 60 with 12 online, 2 s of posts and reactions with churn): it
checks that the scenario provisions, keeps every thread event (posts' and reactions') in
sequence across reconnections with ``since``, counts the presence traffic and writes its
report, not how fast it is.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.multiprocess

#: A hang detector, not an expectation (the run itself lasts about 5 s).
RUN_TIMEOUT_S = 180.0


def test_a_short_group_run_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    report_path = tmp_path / "group.json"
    command = [sys.executable, "-m", "loadtest", "group", "--members", "60", "--online", "12"]
    command += ["--ramp", "1", "--idle", "1", "--duration", "2", "--post-rate", "5"]
    command += ["--reaction-rate", "5"]
    command += ["--churn-rate", "2", "--json", str(report_path)]
    done = subprocess.run(command, capture_output=True, timeout=RUN_TIMEOUT_S, check=False)
    assert done.returncode == 0, done.stderr.decode()[-3000:]
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert (report["lost"], report["duplicated"], report["tabs"]["failed"]) == (0, 0, 0)
    made = report["posts"]["made"]
    assert made == 10
    assert report["posts"]["refused"] == 0
    # Every open tab got every post, the churned ones through `since`.
    assert report["tabs"]["open_at_end"] == 12
    assert report["deliveries"]["received"] == made * 12
    # Reactions to the recent posts: each one a change, each change to every tab, once.
    reactions = report["reactions"]
    assert reactions["refused"] == 0
    assert reactions["made"] == reactions["added"] + reactions["taken_back"] > 0
    assert reactions["deliveries"]["received"] == reactions["deliveries"]["expected"]
    assert reactions["deliveries"]["expected"] == reactions["made"] * 12
    assert report["tabs"]["resumed_with_since"] == report["tabs"]["churned"] > 0
    # A group's presence: a count and a readers snapshot per subscribe (every tab has the
    # thread open), then at most one message per pass (10 s, longer than this run): no
    # join/leave per member.
    presence = report["presence"]
    opened = report["tabs"]["opened"]
    assert opened <= presence["readers_messages"] <= presence["messages"] <= opened * 3
    assert report["post_to_delivery_ms"]["count"] > 0
    assert {"ramp", "idle", "load", "drain"} <= set(report["server"])
