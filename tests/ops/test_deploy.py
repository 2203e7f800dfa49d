"""The shipped systemd unit starts the real command with flags that exist."""

from __future__ import annotations

import configparser
import shlex
import subprocess
from pathlib import Path

import pytest

from tests.test_cli import TWINSPACE

pytestmark = pytest.mark.multiprocess

UNIT = Path(__file__).resolve().parents[2] / "deploy" / "systemd" / "twinspace.service"


def test_the_systemd_unit_runs_serve_with_flags_that_exist() -> None:
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read_string(UNIT.read_text())
    command = shlex.split(unit["Service"]["ExecStart"])
    assert command[0].endswith("/bin/twinspace")
    assert command[1] == "serve"
    flags = [part for part in command[2:] if part.startswith("--")]
    assert flags, "ExecStart passes no flags"
    help_text = subprocess.run(
        [str(TWINSPACE), "serve", "--help"], capture_output=True, text=True, check=True
    ).stdout
    for flag in flags:
        assert flag in help_text, f"{flag} is not a `twinspace serve` flag"
    # Several workers need Redis: the unit's environment file must give it.
    assert "--workers" in flags
    assert unit["Service"]["EnvironmentFile"] == "/etc/twinspace/env"
    assert unit["Service"]["KillSignal"] == "SIGTERM"
