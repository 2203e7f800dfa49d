"""The pause watch (server/observability/pauses.py) names what held the event loop: a blocking
call shows as loop lag and a warning, a full collection as a generation-2 pause."""

from __future__ import annotations

import asyncio
import gc
import logging
import time

import pytest
from prometheus_client import REGISTRY

from server.observability.pauses import watch_pauses


def count(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(f"{name}_count", labels) or 0.0


def over(name: str, bound: str) -> float:
    """Observations above ``bound`` seconds (the +Inf bucket minus the bucket at ``bound``)."""
    total = REGISTRY.get_sample_value(f"{name}_bucket", {"le": "+Inf"}) or 0.0
    below = REGISTRY.get_sample_value(f"{name}_bucket", {"le": bound}) or 0.0
    return total - below


async def test_a_blocked_loop_is_measured_and_logged_with_its_collections(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="twinspace.pauses")
    held_before = over("twinspace_event_loop_lag_seconds", "0.1")
    full_before = count("twinspace_gc_pause_seconds", generation="2")
    watch = asyncio.create_task(watch_pauses(probe_s=0.01, warn_s=0.1))
    try:
        await asyncio.sleep(0.05)  # the probe is sleeping now
        time.sleep(0.3)  # noqa: ASYNC251 - the blocking call under test
        gc.collect()
        await asyncio.sleep(0.05)
    finally:
        watch.cancel()
        await asyncio.gather(watch, return_exceptions=True)
    assert over("twinspace_event_loop_lag_seconds", "0.1") == held_before + 1
    assert count("twinspace_gc_pause_seconds", generation="2") == full_before + 1
    held = [r.getMessage() for r in caplog.records if "event loop was held" in r.getMessage()]
    assert len(held) == 1
    assert int(held[0].split("held for ")[1].split(" ms")[0]) >= 300


async def test_the_watch_takes_its_callback_out_of_the_collector_when_cancelled() -> None:
    before = list(gc.callbacks)
    watch = asyncio.create_task(watch_pauses(probe_s=0.01))
    await asyncio.sleep(0.02)
    assert len(gc.callbacks) == len(before) + 1
    watch.cancel()
    await asyncio.gather(watch, return_exceptions=True)
    assert gc.callbacks == before
