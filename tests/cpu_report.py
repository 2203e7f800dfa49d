"""What each test costs in CPU, for finding where the suite's time goes (issue 19).

Opt-in: `TWINSPACE_TEST_CPU_REPORT=FOLDER make test` writes one line per test to
`FOLDER/<worker>.tsv`: the node id, wall seconds, CPU seconds of the test process, CPU seconds
of the child processes it reaped during the test (the Playwright driver and its Chromium, a
server process, a Janus), setup to teardown. A `twinspace` command or server forked from the
forkserver (tests/command_runner.py) is reaped by the forkserver, not by the test: its CPU
reaches this process only when the forkserver is reaped, at the end of the session, outside
every test's row (a whole-process figure, `/usr/bin/time`, has it).
`python -m tests.cpu_report FOLDER` sums them by module, most expensive first.
"""

from __future__ import annotations

import collections
import os
import resource
import sys
import time
from collections.abc import Generator
from pathlib import Path
from typing import TextIO

import pytest


class CpuReport:
    def __init__(self, folder: Path) -> None:
        self._folder = folder
        # Opened at the first test: xdist's controller runs none and leaves no empty file.
        self._out: TextIO | None = None

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_protocol(self, item: pytest.Item) -> Generator[None, None, None]:
        own, children = (
            resource.getrusage(resource.RUSAGE_SELF),
            resource.getrusage(resource.RUSAGE_CHILDREN),
        )
        wall = time.perf_counter()
        yield
        own_after = resource.getrusage(resource.RUSAGE_SELF)
        children_after = resource.getrusage(resource.RUSAGE_CHILDREN)
        row = (
            item.nodeid,
            time.perf_counter() - wall,
            own_after.ru_utime + own_after.ru_stime - own.ru_utime - own.ru_stime,
            children_after.ru_utime
            + children_after.ru_stime
            - children.ru_utime
            - children.ru_stime,
        )
        if self._out is None:
            self._folder.mkdir(parents=True, exist_ok=True)
            worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
            self._out = (self._folder / f"{worker}.tsv").open("a", encoding="utf-8")
        self._out.write("\t".join([row[0], *(f"{v:.3f}" for v in row[1:])]) + "\n")
        self._out.flush()


def register(config: pytest.Config) -> None:
    folder = os.environ.get("TWINSPACE_TEST_CPU_REPORT")
    if folder:
        config.pluginmanager.register(CpuReport(Path(folder)), "twinspace-cpu-report")


def summary(folder: Path) -> str:
    by_module: dict[str, list[float]] = collections.defaultdict(lambda: [0, 0.0, 0.0, 0.0])
    for tsv in folder.glob("*.tsv"):
        for line in tsv.read_text(encoding="utf-8").splitlines():
            nodeid, *figures = line.split("\t")
            sums = by_module[nodeid.split("::")[0]]
            sums[0] += 1
            for i, value in enumerate(figures, start=1):
                sums[i] += float(value)
    rows = sorted(by_module.items(), key=lambda kv: -(kv[1][2] + kv[1][3]))
    total = [sum(v[i] for v in by_module.values()) for i in range(4)]
    lines = [f"{'tests':>6} {'wall s':>8} {'own CPU':>8} {'children':>8}  module"]
    for module, (n, wall, own, kids) in [("ALL", total), *rows]:
        lines.append(f"{n:6.0f} {wall:8.1f} {own:8.1f} {kids:8.1f}  {module}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(summary(Path(sys.argv[1])))
