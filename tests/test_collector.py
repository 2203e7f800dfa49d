"""A serving process freezes its start-up heap and collects its young generation less often
(server/collector.py); tests and TWINSPACE_GC_YOUNG_THRESHOLD=0 keep Python's defaults. Each
case runs in a fresh interpreter: the collector's settings are the whole process's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest

#: What the uvicorn factory of `twinspace serve` does in each worker, then the collector's
#: state as JSON.
PROBE = """
import gc, json, os, sys, tempfile
os.environ["TWINSPACE_DATA_DIR"] = tempfile.mkdtemp()
from server.cli import app_from_environment
before = gc.get_threshold()
app_from_environment()
print(json.dumps({"before": before, "after": gc.get_threshold(), "frozen": gc.get_freeze_count()}))
"""


def probe(threshold: str | None) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWINSPACE_")}
    if threshold is not None:
        env["TWINSPACE_GC_YOUNG_THRESHOLD"] = threshold
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_a_serving_worker_freezes_its_start_up_heap_and_raises_the_young_threshold() -> None:
    state = probe(None)
    assert state["after"] == [50_000, *state["before"][1:]]
    # The imports of a worker (Starlette, SQLAlchemy, aiortc, ...) are well over 10,000.
    assert state["frozen"] > 10_000


@pytest.mark.parametrize("threshold", ["0", "-1"])
def test_threshold_zero_keeps_pythons_defaults(threshold: str) -> None:
    state = probe(threshold)
    assert state["after"] == state["before"]
    assert state["frozen"] == 0


def test_a_custom_threshold_is_taken() -> None:
    assert probe("20000")["after"][0] == 20_000
