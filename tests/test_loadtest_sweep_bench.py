"""The session sweep's benchmark runs whole on both databases (`python -m loadtest.sweep_bench`):
both variants checked, their answers equal (the benchmark stops otherwise), every figure in
its report. Timing is never asserted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import POSTGRES_URL

pytestmark = pytest.mark.postgres

#: A hang detector, not an expectation (about 2 s on a quiet machine).
RUN_TIMEOUT_S = 120.0


def test_both_variants_answer_alike_on_both_databases_and_every_figure_is_reported(
    tmp_path: Path,
) -> None:
    report_path = tmp_path / "sweep.json"
    command = [sys.executable, "-m", "loadtest.sweep_bench", "--sessions", "520"]
    command += ["--calls", "2", "--rounds", "2", "--postgres-url", POSTGRES_URL]
    command += ["--json", str(report_path)]
    done = subprocess.run(command, capture_output=True, timeout=RUN_TIMEOUT_S, check=False)
    assert done.returncode == 0, done.stderr.decode()[-3000:]
    report = json.loads(report_path.read_text(encoding="utf-8"))
    for kind in ("postgres", "sqlite"):
        figures = report[kind]
        assert figures["live_sessions"] == 468  # every tenth of the 520 expired
        for variant in ("current", "baseline"):
            for what in ("cpu", "wall"):
                assert figures[variant][what]["count"] == 4  # 2 calls x 2 rounds
                assert figures[variant][what]["p50"] > 0
        assert figures["ratio_cpu_p50"] > 0
        assert figures["ratio_wall_p50"] > 0
    printed = done.stdout.decode()
    assert "postgres current / baseline, medians: CPU" in printed
    assert "sqlite current / baseline, medians: CPU" in printed
