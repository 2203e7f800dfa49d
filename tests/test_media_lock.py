"""A media test runs while no other heavy test does, and heavy tests run side by side
(tests/media_lock.py): a toy suite under xdist records when each test ran."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support import run_toy_suite

TOY_CONFTEST = """
from tests import media_lock

def pytest_configure(config):
    for mark in ("browser", "media"):
        config.addinivalue_line("markers", f"{mark}: a toy's")
    media_lock.register(config)
"""

TOY_TESTS = """
import json
import os
import time
from pathlib import Path

import pytest

FOLDER = Path(os.environ["RAN_FOLDER"])
# Interleaved, so that without the lock the workers would run them side by side.
KINDS = ["heavy", "media", "heavy", "light", "heavy", "media", "heavy", "light"] * 3
MARKS = {"heavy": [pytest.mark.browser], "media": [pytest.mark.media], "light": []}


def partner_running(name):
    # Another heavy test is running now: it wrote its start and not yet its end.
    running = {p.stem for p in FOLDER.glob("heavy*.running")} - {name}
    return bool(running)


@pytest.mark.parametrize(
    "kind", [pytest.param(kind, marks=MARKS[kind], id=f"{kind}{n}") for n, kind in enumerate(KINDS)]
)
def test_toy(kind, request):
    name = request.node.callspec.id
    started = time.monotonic()  # CLOCK_MONOTONIC: one clock for every process
    partnered = False
    if kind == "heavy":
        (FOLDER / f"{name}.running").touch()
        # Heavy tests share: wait a little for another one to be running beside this one.
        deadline = started + 1.5
        while not (partnered := partner_running(name)) and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.1)
    elif kind == "media":
        time.sleep(0.4)
    else:
        time.sleep(0.05)
    ended = time.monotonic()
    (FOLDER / f"{name}.running").unlink(missing_ok=True)
    record = {"kind": kind, "start": started, "end": ended, "partnered": partnered}
    (FOLDER / f"{name}.json").write_text(json.dumps(record))
"""


def test_media_tests_run_alone_among_heavy_ones_and_heavy_ones_together(tmp_path: Path) -> None:
    (tmp_path / "ran").mkdir()
    ran_folder = {"RAN_FOLDER": str(tmp_path / "ran")}
    result = run_toy_suite(tmp_path, TOY_CONFTEST, TOY_TESTS, "-n", "3", environment=ran_folder)
    assert result.returncode == 0, result.stdout + result.stderr
    records = [json.loads(path.read_text()) for path in (tmp_path / "ran").glob("*.json")]
    assert len(records) == 24
    spans = {
        kind: [(r["start"], r["end"]) for r in records if r["kind"] == kind]
        for kind in ("heavy", "media", "light")
    }

    def overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
        return a[0] < b[1] and b[0] < a[1]

    for media in spans["media"]:
        beside = [s for s in spans["heavy"] + spans["media"] if s != media and overlap(s, media)]
        assert beside == [], f"a media test ran beside {len(beside)} heavy or media tests"
    # Not one heavy test at a time: one found another running beside it.
    assert any(r["partnered"] for r in records if r["kind"] == "heavy")
