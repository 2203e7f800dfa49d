"""The project's errors: the checked helper that replaces a narrowing ``assert``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from protocol.errors import ErrorCode, InvariantBroken, TwinspaceError, present

ROOT = Path(__file__).resolve().parent.parent


def test_present_gives_back_a_value_that_is_there() -> None:
    assert present(0, "a count") == 0  # falsy is not missing
    assert present("", "a name") == ""


def test_present_raises_a_typed_internal_error_for_a_missing_value() -> None:
    with pytest.raises(InvariantBroken, match="the report's post is missing") as raised:
        present(None, "the report's post")
    assert isinstance(raised.value, TwinspaceError)
    assert raised.value.code is ErrorCode.INTERNAL


def test_the_check_still_holds_under_python_dash_o() -> None:
    # The point of the type: it is raised by code, not by an `assert` that -O removes.
    check = "from protocol.errors import present; present(None, 'the thread')"
    ran = subprocess.run(
        [sys.executable, "-O", "-c", check], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert ran.returncode == 1
    assert "InvariantBroken: the thread is missing" in ran.stderr
