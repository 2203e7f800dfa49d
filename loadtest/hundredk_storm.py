"""The connect storm of ``twinspace-loadtest hundredk --storm`` (issue 24): the server restarts
under thousands of connected tabs, and every tab comes back at once.

With every tab connected (:mod:`loadtest.hundredk`), one event goes to every class's space
channel and reaches everyone; the server is stopped (SIGTERM: it closes every socket with
1012), ``--storm-events`` more events per class are published through Redis while it is down,
and it is started again on the same port. Each tab retries from the moment its socket closed
and resumes its space with ``since`` (:mod:`loadtest.hundredk_worker`). Reported: the seconds
from the new server's start (and from the stop) until the last tab was subscribed
again, every event received once or a ``reset`` (checked per tab by the caller), and the
database's load over the storm: the most connections it held for our database at once, the
transactions committed (pg_stat_database) and the CPU of the backends the new server opened.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import subprocess
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import text

from storage.database import create_engine

from . import processes, serverprocs
from .hundredk_worker import STORM_GIVE_UP_S
from .procstat import sample
from .provision import Provisioned
from .publishers import BrokerPublisher
from .workers import Pool

#: Seconds the old server gets to close every tab gracefully before it is killed.
STOP_TIMEOUT_S = 60.0
#: Seconds between two readings of pg_stat_activity during the storm.
ACTIVITY_EVERY_S = 0.25
#: Seconds the events may take to reach every tab, before and after the restart.
DELIVERY_TIMEOUT_S = 60.0
STATS_QUERY = (
    "SELECT xact_commit, xact_rollback, tup_returned, tup_fetched, tup_inserted, tup_updated"
    " FROM pg_stat_database WHERE datname = current_database()"
)


class Database:
    """Readings of our database's statistics, on a connection of its own."""

    def __init__(self, url: str) -> None:
        self.engine = create_engine(url)
        self.most_connections = 0

    async def stats(self) -> dict[str, int]:
        async with self.engine.connect() as conn:
            # A fresh snapshot: the statistics of one transaction would stay as they were.
            await conn.execute(text("SELECT pg_stat_clear_snapshot()"))
            row = (await conn.execute(text(STATS_QUERY))).one()
        return dict(row._mapping)

    async def backends(self, since: dt.datetime | None = None) -> list[int]:
        """Pids of the other backends on our database (opened after ``since``, if given)."""
        query = (
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
            " AND pid <> pg_backend_pid() AND (CAST(:since AS timestamptz) IS NULL"
            " OR backend_start >= :since)"
        )
        async with self.engine.connect() as conn:
            rows = await conn.execute(text(query), {"since": since})
            return [int(pid) for (pid,) in rows]

    async def watch_connections(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            self.most_connections = max(self.most_connections, len(await self.backends()))
            await asyncio.sleep(ACTIVITY_EVERY_S)

    async def close(self) -> None:
        await self.engine.dispose()


def cpu_seconds(pids: list[int]) -> float:
    total = 0.0
    for pid in pids:
        try:
            total += sample(pid).cpu_s
        except OSError:  # gone, or another user's we may not read
            continue
    return round(total, 2)


async def publish_round(publisher: BrokerPublisher, fixture: Provisioned) -> None:
    for space in fixture.spaces:
        await publisher.publish(space.channel, time.monotonic_ns(), 0)


async def totals(pool: Pool) -> dict[str, int]:
    replies = await pool.ask_all([{"op": "progress"}] * len(pool))
    return {
        "received": sum(r["received"] for r in replies),
        "open": sum(r["open"] for r in replies),
        "back": sum(r["back"] for r in replies),
        "retries": sum(r["retries"] for r in replies),
        "first_back_ns": min((r["first_back_ns"] for r in replies if r["back"]), default=0),
        "last_back_ns": max(r["last_back_ns"] for r in replies),
    }


async def until(
    pool: Pool, done: Callable[[dict[str, int]], bool], timeout_s: float
) -> dict[str, int]:
    """The tabs' totals once ``done`` says so (or the timeout has passed)."""
    deadline = time.monotonic() + timeout_s
    while True:
        now = await totals(pool)
        if done(now) or time.monotonic() > deadline:
            return now
        await asyncio.sleep(0.2)


async def storm(
    knobs: Any,
    pool: Pool,
    fixture: Provisioned,
    publisher: BrokerPublisher,
    database_url: str,
    old: subprocess.Popen[bytes],
    start: Callable[[], subprocess.Popen[bytes]],
) -> dict[str, Any]:
    """Restart the server ``old`` (with ``start``) under the tabs; the figures,
    and the new server (``"server"``)."""
    tabs = knobs.connections
    await publish_round(publisher, fixture)
    await until(pool, lambda t: t["received"] >= tabs, DELIVERY_TIMEOUT_S)
    await pool.ask_all([{"op": "arm_storm"}] * len(pool))
    database = Database(database_url)
    watching = asyncio.Event()
    try:
        before = await database.stats()
        watcher = asyncio.create_task(database.watch_connections(watching))
        stopped_wall = dt.datetime.now(dt.UTC)
        stop_at = time.monotonic()
        tree = serverprocs.children(old.pid)
        await asyncio.to_thread(processes.stop_tree, old, tree, STOP_TIMEOUT_S)
        stopped_s = time.monotonic() - stop_at
        for _ in range(knobs.storm_events):
            await publish_round(publisher, fixture)
        # Not waiting for /readyz: under the storm its checks compete with every tab's
        # sign-in, so it would time the storm, not the start; the tabs say when they are back.
        server = start()
        spawned = time.monotonic()
        back = await until(
            pool, lambda t: t["back"] >= tabs or server.poll() is not None, STORM_GIVE_UP_S + 30
        )
        expected = tabs * (1 + knobs.storm_events)
        delivered = await until(pool, lambda t: t["received"] >= expected, DELIVERY_TIMEOUT_S)
        watching.set()
        await watcher
        after = await database.stats()
        backends = await database.backends(since=stopped_wall)
        last_back = back["last_back_ns"] / 1e9
        return {
            "server": server,
            "tabs": tabs,
            "events_per_class_while_down": knobs.storm_events,
            "stop_seconds": round(stopped_s, 2),
            "first_back_after_start_s": round(back["first_back_ns"] / 1e9 - spawned, 2),
            "back": back["back"],
            "not_back": tabs - back["back"],
            "reconnect_attempts_refused": back["retries"],
            "last_back_after_start_s": round(last_back - spawned, 2),
            "last_back_after_stop_s": round(last_back - stop_at, 2),
            "received": delivered["received"],
            "expected": expected,
            "database": {
                "most_connections": database.most_connections,
                "delta": {key: after[key] - before[key] for key in before},
                "new_backends": len(backends),
                "new_backends_cpu_s": cpu_seconds(backends),
            },
            "server_cpu_s_since_start": cpu_seconds(serverprocs.children(server.pid)),
            "server_tree": serverprocs.children(server.pid),
        }
    finally:
        watching.set()
        await database.close()
