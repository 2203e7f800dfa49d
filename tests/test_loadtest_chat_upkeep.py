"""The chat upkeep benchmark runs end to end on a tiny database and reports what it lifted."""

from __future__ import annotations

import json

import pytest

from loadtest import chat_upkeep


def test_the_upkeep_benchmark_reports_its_passes(capsys: pytest.CaptureFixture[str]) -> None:
    assert chat_upkeep.main(["--members", "12", "--muted", "5", "--rounds", "2"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["lifting_pass"]["lifted"] == 5
    assert report["idle_pass_ms"]["count"] == 2
    assert report["typing_gate_memory_ms"]["count"] == 20
    assert "typing_gate_redis_ms" not in report  # no Redis given


def test_the_upkeep_benchmark_refuses_impossible_numbers() -> None:
    with pytest.raises(SystemExit):
        chat_upkeep.main(["--members", "3", "--muted", "4"])
