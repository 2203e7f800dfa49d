"""A hung test fails with what it waited for (tests/hang_report.py), under xdist as in CI.

A whole run once sat at 99 % for six minutes in an async fixture's teardown, and all a stack
dump showed was the event loop idle in ``select``. This runs a small suite whose fixture hangs
in its teardown and reads the failure: the test is reported failed, the run goes on, and the
report names the fixture's line and what it awaited.
"""

from __future__ import annotations

from pathlib import Path

from tests.support import run_toy_suite

TOY_CONFTEST = """
from tests.hang_report import HangReport

def pytest_configure(config):
    config.pluginmanager.register(HangReport(), "twinspace-hang-report")
"""

TOY_TESTS = """
import asyncio
import pytest

@pytest.fixture
async def never_closes():
    yield
    await asyncio.Event().wait()  # the hang

@pytest.mark.timeout(2)
async def test_hangs_in_teardown(never_closes):
    pass

def test_after_it():
    pass
"""


def test_a_hung_teardown_fails_with_the_await_it_hung_on(tmp_path: Path) -> None:
    result = run_toy_suite(tmp_path, TOY_CONFTEST, TOY_TESTS, "-n", "1", "-o", "asyncio_mode=auto")
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "2 passed, 1 error" in output, output
    assert "test_hangs_in_teardown ran over 2 s: what it waited for" in output, output
    # The await chain, down to the fixture's own line and the Event it waited on.
    assert 'test_toy.py", line 8, in never_closes' in output, output
    assert 'asyncio/locks.py", line' in output, output
