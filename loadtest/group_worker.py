"""A generator process of the group scenario: a share of the online tabs (:mod:`loadtest.group`).

500 tabs receiving 5 posts a second are 2,500 frames a second to decode; one Python process
doing that and the posting measured its own queue, not the server's delivery. So the tabs are
spread over ``--workers`` processes, each following the run's phases from the coordinator's
signals, and each post carries the time its request was sent (``time.monotonic()``, one clock
for every process of the machine), so a tab measures its delay wherever it runs.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
from dataclasses import dataclass
from multiprocessing.queues import Queue
from multiprocessing.sharedctypes import Synchronized
from multiprocessing.synchronize import Event
from typing import Any

from server.collector import DEFAULT_YOUNG_THRESHOLD, tune_for_serving

from .group_tab import GroupTab, GroupTally, TabFailed

#: Seconds the drain waits at most for the last post to reach every open tab.
DRAIN_TIMEOUT_S = 30.0
#: Seconds a churned tab stays closed before reopening with ``since``.
CHURN_GAP_S = 1.0
#: Tabs of one process opening at once during the ramp.
RAMP_CONCURRENCY = 10


@dataclass(frozen=True, slots=True)
class WorkerPlan:
    index: int
    ws_url: str
    tokens: tuple[str, ...]
    presence_channel: str
    thread_channel: str
    #: Seconds the ramp takes (from this process's start: they start within a second).
    ramp_s: float
    #: Tabs this process closes and reopens a second during the load.
    churn_rate: float
    seed: int


@dataclass(frozen=True, slots=True)
class Signals:
    """The coordinator's phases: idle, load, and the thread's head once posting is over."""

    idle: Event
    load: Event
    stop: Event
    #: The thread channel's last seq once posting is over (-1 before).
    head: Synchronized[int]


def worker_main(plan: WorkerPlan, signals: Signals, results: Queue[Any]) -> None:
    # Tuned as the server is (server/collector.py): this process measures each delivery as it
    # reads it, and a full collection of its hundreds of tabs' objects delayed every reading
    # behind it, counted as the server's latency.
    tune_for_serving(DEFAULT_YOUNG_THRESHOLD)
    tally = asyncio.run(work(plan, signals, results))
    results.put(("done", plan.index, tally))


async def work(plan: WorkerPlan, signals: Signals, results: Queue[Any]) -> GroupTally:
    tally, rng = GroupTally(), random.Random(plan.seed)  # noqa: S311 (a load pattern)
    tabs = [
        GroupTab(plan.ws_url, token, plan.presence_channel, plan.thread_channel, tally)
        for token in plan.tokens
    ]
    await ramp(tabs, plan.ramp_s, tally)
    results.put(("ramped", plan.index, None))
    await asyncio.to_thread(signals.idle.wait)
    tally.idle = True
    await asyncio.to_thread(signals.load.wait)
    tally.idle = False
    stop = asyncio.Event()
    churning = asyncio.create_task(churn(tabs, plan.churn_rate, rng, stop, tally))
    await asyncio.to_thread(signals.stop.wait)
    stop.set()
    await churning
    tally.behind_after_drain = await drain(tabs, int(signals.head.value), tally)
    tally.open_at_end = sum(1 for t in tabs if t.is_open)
    for tab in tabs:
        await tab.close()
    return tally


async def ramp(tabs: list[GroupTab], seconds: float, tally: GroupTally) -> None:
    gate = asyncio.Semaphore(RAMP_CONCURRENCY)
    start = time.monotonic()

    async def one(index: int, tab: GroupTab) -> None:
        at = start + seconds * index / max(1, len(tabs))
        await asyncio.sleep(max(0.0, at - time.monotonic()))
        async with gate:
            try:
                await tab.open()
            except TabFailed as exc:
                tally.fail(f"ramp: {exc}")

    await asyncio.gather(*(one(i, t) for i, t in enumerate(tabs)))


async def churn(
    tabs: list[GroupTab], rate: float, rng: random.Random, stop: asyncio.Event, tally: GroupTally
) -> None:
    """Close ``rate`` tabs a second; each reopens CHURN_GAP_S later with ``since``."""
    if rate <= 0:
        await stop.wait()
        return
    reopening: set[asyncio.Task[None]] = set()

    async def cycle(tab: GroupTab) -> None:
        await tab.close()
        await asyncio.sleep(CHURN_GAP_S)
        try:
            await tab.open()
        except TabFailed as exc:
            tally.fail(f"reopen: {exc}")

    while not stop.is_set():
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), 1 / rate)
        if stop.is_set():
            break
        open_tabs = [t for t in tabs if t.is_open]
        if open_tabs:
            task = asyncio.create_task(cycle(rng.choice(open_tabs)))
            reopening.add(task)
            task.add_done_callback(reopening.discard)
            tally.churned += 1
    await asyncio.gather(*reopening)


async def drain(tabs: list[GroupTab], head: int, tally: GroupTally) -> int:
    """Wait until every open tab has the thread's last event; the tabs still behind (what
    they miss is counted lost)."""
    deadline = time.monotonic() + DRAIN_TIMEOUT_S
    while time.monotonic() < deadline:
        if all(t.last_seq >= head for t in tabs if t.is_open):
            return 0
        await asyncio.sleep(0.2)
    behind = [t for t in tabs if t.is_open and t.last_seq < head]
    tally.lost += sum(head - t.last_seq for t in behind)
    return len(behind)
