"""Resident memory and CPU time of a process, read from Linux's /proc (no psutil needed).

CPU time counts every thread of the process (the server's aiosqlite thread included). The
time spent waiting for a CPU (runnable, not running: /proc/<pid>/schedstat, the main thread,
which runs the event loop) tells a starved process from an idle one.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
PAGE_BYTES = os.sysconf("SC_PAGE_SIZE")


@dataclass(frozen=True, slots=True)
class ProcSample:
    pid: int
    at: float  # time.monotonic() when read
    cpu_s: float  # user + system seconds since the process started
    rss_bytes: int
    wait_s: float | None = None  # seconds the main thread waited on a run queue (None: unknown)


def sample(pid: int) -> ProcSample:
    """One reading; raises OSError if the process is gone."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        # The command name may hold spaces and parentheses: split after its last ')'.
        fields = stat.read().rpartition(")")[2].split()
    # Fields after the name start at the state (field 3): utime is 14, stime 15.
    utime, stime = int(fields[11]), int(fields[12])
    with open(f"/proc/{pid}/statm", encoding="ascii") as statm:
        resident_pages = int(statm.read().split()[1])
    return ProcSample(
        pid=pid,
        at=time.monotonic(),
        cpu_s=(utime + stime) / CLOCK_TICKS,
        rss_bytes=resident_pages * PAGE_BYTES,
        wait_s=run_queue_wait_s(pid),
    )


def run_queue_wait_s(pid: int) -> float | None:
    """Seconds the process's main thread has waited for a CPU (None without schedstats)."""
    try:
        with open(f"/proc/{pid}/schedstat", encoding="ascii") as schedstat:
            # Time on the CPU, time waiting on a run queue (both ns), timeslices run.
            return int(schedstat.read().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return None


def wait_percent(before: ProcSample, after: ProcSample) -> float | None:
    """Time spent waiting for a CPU between two samples, in percent of the wall time."""
    wall = after.at - before.at
    if wall <= 0 or before.wait_s is None or after.wait_s is None:
        return None
    return round(100.0 * (after.wait_s - before.wait_s) / wall, 1)


def cpu_percent(before: ProcSample, after: ProcSample) -> float:
    """CPU used between two samples, in percent of one core (200 % = both cores of two)."""
    wall = after.at - before.at
    if wall <= 0:
        return 0.0
    return round(100.0 * (after.cpu_s - before.cpu_s) / wall, 1)
