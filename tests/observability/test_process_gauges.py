"""The process gauges the soak watches for leaks: tasks, descriptors and resident memory
follow what this process really holds."""

from __future__ import annotations

import asyncio
import os

from server.http.metrics_sampler import sample_process
from server.observability import metrics


def gauge(g: object) -> float:
    return float(g._value.get())  # type: ignore[attr-defined]


async def test_task_gauge_counts_live_tasks_and_drops_when_they_end() -> None:
    release = asyncio.Event()
    sample_process()
    before = gauge(metrics.ASYNCIO_TASKS)
    waiting = [asyncio.create_task(release.wait()) for _ in range(5)]
    sample_process()
    assert gauge(metrics.ASYNCIO_TASKS) == before + 5
    release.set()
    await asyncio.gather(*waiting)
    sample_process()
    assert gauge(metrics.ASYNCIO_TASKS) == before


def test_descriptor_gauge_counts_open_files_and_memory_is_read() -> None:
    sample_process()
    before = gauge(metrics.PROCESS_OPEN_FDS)
    pipes = [os.pipe() for _ in range(3)]
    try:
        sample_process()
        assert gauge(metrics.PROCESS_OPEN_FDS) == before + 6
    finally:
        for read, write in pipes:
            os.close(read)
            os.close(write)
    sample_process()
    assert gauge(metrics.PROCESS_OPEN_FDS) == before
    assert gauge(metrics.PROCESS_RESIDENT_BYTES) > 1_000_000
