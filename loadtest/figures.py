"""Figures from raw readings: connects, continuity, CPU and memory of one run, as report dicts.

The coordinator gathers replies from the generator processes and /proc samples; these turn
them into the JSON report's numbers (no I/O except reading /proc).
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from .procstat import ProcSample, cpu_percent, sample, wait_percent
from .publishers import Publisher

#: CPU, in percent of one core, at which a generator process is called saturated: its figure
#: is then the generator's, not the server's.
SATURATED_PERCENT = 90.0
#: Share of a window (percent) a process spent runnable but waiting for a CPU at which it is
#: called starved: the machine, not the software under test, then set its pace, and the
#: report gives no verdict on that phase (verdicts.phase_verdict).
STARVED_WAIT_PERCENT = 20.0


def window_cpu(before: ProcSample | None, after: ProcSample | None) -> float | None:
    return cpu_percent(before, after) if before and after else None


def try_sample(pid: int | None) -> ProcSample | None:
    if pid is None:
        return None
    try:
        return sample(pid)
    except OSError:  # gone, or not ours to read (a Redis in another namespace)
        return None


def describe_stalled(tally: dict[str, Any], publisher: Publisher) -> dict[str, Any]:
    """What the stalled client got once it read again: how far it got, and how it ended."""
    final = publisher.final.get(tally["channel"], tally["ack_seq"])
    last = tally["last_sent_ns"]
    return {
        "events_published": final - tally["ack_seq"],
        "events_received_after_resume": tally["received"],
        "closing_code": tally["closing_code"],
        "close_code": tally["close_code"],
        "closed_4008": tally["closing_code"] == 4008 or tally["close_code"] == 4008,
        # Its last event was published this long after it stopped reading: about when the
        # server stopped sending to it if it was closed (else about the end of the run).
        "last_event_after_stall_s": round((last - tally["stalled_at_ns"]) / 1e9, 2)
        if last
        else None,
    }


def describe_connects(ready: list[dict[str, Any]], seconds: float) -> dict[str, Any]:
    return {
        "subscribers": sum(r["ok"] for r in ready),
        "connect_failures": sum(r["failed"] for r in ready),
        "connect_errors": [e for r in ready for e in r["errors"]][:5],
        "connect_seconds": round(seconds, 1),
    }


def describe_continuity(replies: list[dict[str, Any]], publisher: Publisher) -> dict[str, Any]:
    """Lost (a gap up to the channel's final seq), duplicated, reset and closed deliveries."""
    tallies = [t for reply in replies for t in reply["tallies"]]
    return {
        "lost": sum(
            publisher.final.get(t["channel"], t["ack_seq"]) - t["ack_seq"] - t["received"]
            for t in tallies
        ),
        "duplicates": sum(t["duplicates"] for t in tallies),
        "resets": sum(t["resets"] for t in tallies),
        "closed_early": sum(r["closed_early"] for r in replies),
    }


def describe_cpu(
    pids: dict[str, int | None],
    before: dict[str, ProcSample | None],
    after: dict[str, ProcSample | None],
) -> dict[str, Any]:
    """CPU of each process over the window; generators at SATURATED_PERCENT are flagged."""
    cpu = {name: window_cpu(before[name], after[name]) for name in pids}
    waits = {
        name: wait_percent(b, a)
        for name in pids
        if (b := before[name]) is not None and (a := after[name]) is not None
    }
    workers = [cpu[n] for n in pids if n.startswith("worker")]
    generator = [cpu["coordinator"], *workers]
    return {
        "server_cpu_percent": cpu["server"],
        "server_rss_mib": round(rss.rss_bytes / 2**20, 1) if (rss := after["server"]) else None,
        "redis_cpu_percent": cpu["redis"],
        "generator_cpu_percent": {
            "coordinator": cpu["coordinator"],
            "workers": workers,
            "total": round(sum(c or 0.0 for c in generator), 1),
        },
        "generator_saturated": any((c or 0.0) >= SATURATED_PERCENT for c in generator),
        "wait_percent": waits,
        "starved": {
            name: wait
            for name, wait in waits.items()
            if wait is not None and wait >= STARVED_WAIT_PERCENT
        },
    }


def describe_memory(
    before: ProcSample, after: ProcSample, ready: list[dict[str, Any]]
) -> dict[str, Any]:
    subscribers = sum(r["ok"] for r in ready)
    grown = after.rss_bytes - before.rss_bytes
    return {
        "rss_before_mib": round(before.rss_bytes / 2**20, 1),
        "rss_after_mib": round(after.rss_bytes / 2**20, 1),
        "kib_per_subscriber": round(grown / 1024 / subscribers, 2) if subscribers else None,
    }


async def sample_window(
    pids: dict[str, int | None], start: float, end: float
) -> tuple[dict[str, ProcSample | None], dict[str, ProcSample | None]]:
    await asyncio.sleep(max(0.0, start - time.monotonic()))
    before = {name: try_sample(pid) for name, pid in pids.items()}
    await asyncio.sleep(max(0.0, end - time.monotonic()))
    after = {name: try_sample(pid) for name, pid in pids.items()}
    return before, after
