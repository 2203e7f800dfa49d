"""Gauges read from this process's own state, so no code path keeps a count in step."""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
from collections import Counter
from typing import TYPE_CHECKING

from ..observability import metrics

if TYPE_CHECKING:
    from ..context import AppContext


#: Bytes in a memory page, for the resident size read from /proc/self/statm.
PAGE_BYTES = os.sysconf("SC_PAGE_SIZE")


def sample_process() -> None:
    """Resident memory, open descriptors and live asyncio tasks of this process: the figures
    that grow when something leaks (Linux /proc; elsewhere the first two stay unset)."""
    with contextlib.suppress(OSError):
        with open("/proc/self/statm", encoding="ascii") as statm:
            metrics.PROCESS_RESIDENT_BYTES.set(int(statm.read().split()[1]) * PAGE_BYTES)
        metrics.PROCESS_OPEN_FDS.set(len(os.listdir("/proc/self/fd")))
    with contextlib.suppress(RuntimeError):  # no running loop: nothing to count
        metrics.ASYNCIO_TASKS.set(len(asyncio.all_tasks()))


def sample(ctx: AppContext) -> None:
    sample_process()
    hub = ctx.hub
    metrics.WS_CONNECTIONS.set(sum(len(peers) for peers in hub.connections_of.values()))
    kinds: Counter[str] = Counter()
    for name, listeners in hub.listeners.items():
        kinds[name.partition(":")[0]] += len(listeners)
    metrics.set_subscriptions(kinds.items())
    metrics.BROKER_CHANNELS.set(len(hub.listeners))
    metrics.BROKER_HEALTHY.set(1 if hub.broker.healthy else 0)
    pool = ctx.engine.pool
    # QueuePool and its async variant (our SQLite and PostgreSQL pools) can say; others not.
    for gauge, reading in (
        (metrics.DB_POOL_SIZE, "size"),
        (metrics.DB_POOL_IN_USE, "checkedout"),
        (metrics.DB_POOL_OVERFLOW, "overflow"),
    ):
        read = getattr(pool, reading, None)
        if callable(read):
            gauge.set(int(read()))
    data_dir = ctx.settings.data_dir
    if data_dir.exists():
        metrics.DATA_DIR_FREE_BYTES.set(shutil.disk_usage(data_dir).free)
