"""How long this process stops serving: event-loop lag and garbage-collection pauses.

Every delivery waits for the one event loop, so a callback that holds it for 300 ms delays
every subscriber's events by up to 300 ms, however fast the fan-out itself is. Two figures
name such pauses from the outside:

- **Loop lag**: a task asks to wake every ``LAG_PROBE_S`` and records how late it woke.
  A late wake-up is a pause of the whole process (a long callback, a blocking call, a
  collection), measured as the clients feel it.
- **GC pauses**: ``gc.callbacks`` time every collection by generation. A full collection walks
  every tracked object, so it grows with the heap (thousands of connections) and is the usual
  suspect for a lone long pause; this says whether it was.

A pause longer than ``WARN_S`` is also logged, with the collections it contained.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import time
from typing import Any

from prometheus_client import Histogram

logger = logging.getLogger("twinspace.pauses")

#: How often the lag probe asks to wake: often enough to catch a pause of a tenth of this.
LAG_PROBE_S = 0.05
#: A pause this long is logged (the p99.9 delivery target is 150 ms).
WARN_S = 0.1

PAUSE_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)

EVENT_LOOP_LAG = Histogram(
    "twinspace_event_loop_lag_seconds",
    f"How late a task asking to wake every {LAG_PROBE_S} s woke: how long the event loop "
    "was held by something else (every delivery waits for the loop).",
    buckets=PAUSE_BUCKETS,
)
GC_PAUSE = Histogram(
    "twinspace_gc_pause_seconds",
    "Garbage collections of this process and how long each held it, by generation (2 is a "
    "full collection, which grows with the heap).",
    ["generation"],
    buckets=PAUSE_BUCKETS,
)


class GcTimer:
    """Times each collection (a ``gc.callbacks`` entry) and keeps the recent long ones."""

    def __init__(self) -> None:
        self.started = 0.0
        #: (end time, generation, seconds, objects collected) of collections over 10 ms,
        #: newest last; the lag probe reports those that fell inside a pause.
        self.long: list[tuple[float, int, float, int]] = []

    def __call__(self, phase: str, info: dict[str, Any]) -> None:
        now = time.perf_counter()
        if phase == "start":
            self.started = now
            return
        seconds = now - self.started
        generation = int(info.get("generation", 0))
        GC_PAUSE.labels(str(generation)).observe(seconds)
        if seconds >= 0.01:
            self.long.append((now, generation, seconds, int(info.get("collected", 0))))
            del self.long[:-32]

    def within(self, since: float) -> list[tuple[float, int, float, int]]:
        return [entry for entry in self.long if entry[0] >= since]


async def watch_pauses(probe_s: float = LAG_PROBE_S, warn_s: float = WARN_S) -> None:
    """Measure loop lag and collections until cancelled."""
    timer = GcTimer()
    gc.callbacks.append(timer)
    try:
        while True:
            asked = time.perf_counter()
            await asyncio.sleep(probe_s)
            woke = time.perf_counter()
            lag = max(0.0, woke - asked - probe_s)
            EVENT_LOOP_LAG.observe(lag)
            if lag >= warn_s:
                collections = timer.within(asked)
                logger.warning(
                    "the event loop was held for %.0f ms; garbage collections in it: %s",
                    lag * 1000,
                    ", ".join(
                        f"generation {gen} {secs * 1000:.0f} ms ({collected} freed)"
                        for _, gen, secs, collected in collections
                    )
                    or "none",
                )
    finally:
        gc.callbacks.remove(timer)
