"""``twinspace-loadtest hundredk`` end to end, tiny: the real command, its own ``twinspace
serve --workers 2`` on a fresh PostgreSQL database with Redis between the workers.

Tiny on purpose (120 tabs from two generator processes and four source addresses, a second of
idling, 20 posts; and a storm of 120 tabs): it checks that every tab connects, authenticates
and subscribes, that the measured class gets every post once, and that after a restart every
tab comes back with ``since`` and misses nothing; not how fast any of it is.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import POSTGRES_URL

pytestmark = pytest.mark.multiprocess

#: A hang detector, not an expectation (each run lasts about 15 s on a quiet machine).
RUN_TIMEOUT_S = 240.0
TABS = 120


def hundredk(tmp_path: Path, redis_url: str, *flags: str) -> dict[str, Any]:
    report_path = tmp_path / "hundredk.json"
    command = [sys.executable, "-m", "loadtest", "hundredk", "--connections", str(TABS)]
    command += ["--rate", "1000", "--clients", "2", "--per-address", "40", "--settle", "0"]
    command += ["--postgres-url", POSTGRES_URL, "--redis-url", redis_url]
    command += ["--json", str(report_path), *flags]
    done = subprocess.run(command, capture_output=True, timeout=RUN_TIMEOUT_S, check=False)
    assert done.returncode == 0, done.stderr.decode()[-3000:]
    report: dict[str, Any] = json.loads(report_path.read_text(encoding="utf-8"))
    return report


def test_tabs_connect_from_several_addresses_and_the_class_gets_every_post(
    tmp_path: Path, redis_url: str
) -> None:
    report = hundredk(tmp_path, redis_url, "--idle", "1", "--posts", "20", "--post-rate", "50")
    connect = report["connect"]
    assert (connect["connected"], connect["failed"]) == (TABS, 0)
    assert connect["connect_to_subscribed_ms"]["count"] == TABS
    memory = report["memory"]
    # The server's processes (the supervisor and its two workers) hold every connection.
    assert sum(memory["held_by_worker"].values()) == TABS
    post = report["post"]
    # Paced (20 at 50/s, 0.4 s): a starved publisher may send fewer within that time.
    assert 0 < post["posts"] <= 20
    expected = post["posts"] * 30
    assert post["deliveries"] == {"received": expected, "expected": expected}
    assert post["delivery_ms"]["count"] == expected
    assert report["continuity"] == {"lost": 0, "duplicates": 0, "resets": 0, "closed_early": 0}
    assert set(report["verdicts"]) == {"kib_per_connection", "idle_cpu_percent", "post_p99_ms"}


def test_after_a_restart_every_tab_is_back_with_since_and_misses_nothing(
    tmp_path: Path, redis_url: str
) -> None:
    report = hundredk(tmp_path, redis_url, "--storm", "--storm-events", "2")
    storm = report["storm"]
    assert (storm["back"], storm["not_back"]) == (TABS, 0)
    # One event per class before the restart, two while the server was down: all of them
    # reach every tab once, the last two through `since`.
    assert storm["received"] == storm["expected"] == TABS * 3
    assert report["continuity"] == {"lost": 0, "duplicates": 0, "resets": 0, "closed_early": 0}
    assert storm["database"]["new_backends"] > 0
