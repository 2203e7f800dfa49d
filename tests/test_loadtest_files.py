"""The upload benchmark end to end against a real server process (small: it checks the tool,
not the speed)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .test_loadtest_classroom import RUN_TIMEOUT_S, server

__all__ = ["server"]


def test_files_benchmark_uploads_downloads_and_sees_every_event(
    server: str, tmp_path: Path
) -> None:
    report_path = tmp_path / "files.json"
    command = [
        sys.executable,
        "-m",
        "loadtest",
        "files",
        "--url",
        server,
        "--data-dir",
        str(tmp_path / "data"),
        "--uploaders",
        "3",
        "--uploads",
        "12",
        "--size-kb",
        "64",
        "--json",
        str(report_path),
    ]
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=RUN_TIMEOUT_S, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["errors"] == {}
    assert report["uploads"]["done"] == 12
    assert report["downloads"]["done"] == 12
    assert report["events_missing"] == 0
    for latency in (report["uploads"]["latency_ms"], report["file_added_event_ms"]):
        assert latency["count"] == 12
        assert 0 < latency["p50"] <= latency["p99"] <= latency["max"]
    files = list((tmp_path / "data" / "files" / "blobs").glob("*/*/*"))
    assert len(files) == 12
