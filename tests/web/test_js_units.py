"""The browser client's pure JavaScript modules, unit-tested with node's built-in runner."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from tests.conftest import service_unavailable

JS_TESTS = Path(__file__).parent / "js"


def test_javascript_unit_tests_pass() -> None:
    node = shutil.which("node")
    if node is None:
        service_unavailable("node is not installed: the client library's unit tests need it")
    files = sorted(str(path) for path in JS_TESTS.glob("*.test.mjs"))
    assert files, "no JavaScript tests found"
    done = subprocess.run(
        [node, "--test", "--test-reporter=dot", *files],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
