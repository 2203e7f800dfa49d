"""`--dist loadgroup` really sends a group's tests to one worker (tests/xdist_groups.py).

It silently stopped doing so once (pytest 9.2 renamed the attribute xdist writes), and the
suite paid for four Janus rigs and four Ceph clusters instead of one each without any test
noticing: this one runs a small suite under xdist, as `make test` does, and reads where each
test ran.
"""

from __future__ import annotations

from pathlib import Path

from tests.support import run_toy_suite

TOY_CONFTEST = """
import os
from tests.xdist_groups import GroupNames

def pytest_configure(config):
    if os.environ.get("PYTEST_XDIST_WORKER") is not None:
        config.pluginmanager.register(GroupNames(), "twinspace-xdist-group-names")
"""

TOY_TESTS = """
import os
import time
import pytest

def record(name):
    with open(os.path.join(os.environ["RAN_FOLDER"], name), "w") as file:
        file.write(os.environ["PYTEST_XDIST_WORKER"])
    time.sleep(0.05)  # long enough that one worker cannot take every test alone

@pytest.mark.xdist_group("rig")
@pytest.mark.parametrize("n", range(6))
def test_grouped(n):
    record(f"grouped-{n}")

@pytest.mark.parametrize("n", range(12))
def test_free(n):
    record(f"free-{n}")
"""


def test_a_groups_tests_all_run_on_one_worker(tmp_path: Path) -> None:
    (tmp_path / "ran").mkdir()
    ran_folder = {"RAN_FOLDER": str(tmp_path / "ran")}
    options = ("-n", "2", "--dist", "loadgroup")
    result = run_toy_suite(tmp_path, TOY_CONFTEST, TOY_TESTS, *options, environment=ran_folder)
    assert result.returncode == 0, result.stdout + result.stderr
    ran = {path.name: path.read_text() for path in (tmp_path / "ran").iterdir()}
    grouped = {worker for name, worker in ran.items() if name.startswith("grouped-")}
    free = {worker for name, worker in ran.items() if name.startswith("free-")}
    assert len(ran) == 18
    assert len(grouped) == 1, f"the group ran on {sorted(grouped)}"
    assert free == {"gw0", "gw1"}, "the toy should have used both workers"
