"""The real-time core's benchmark, in one run: memory per idle connection, publish-to-delivery
latency of a fan-out, the effect of one stalled client, subscribe authorization time, and the
same fan-out on a raw ``websockets`` server (the ceiling) for ratios.

    python -m loadtest.fanout --channels 170 --subscribers 30 --rate 500 --duration 20 \\
        --idle-connections 10000 --json report.json

It starts `twinspace serve` (SQLite in a temporary folder, Redis database 13 by default,
which it flushes first), provisions accounts straight into the server's database, drives
clients from ``--workers`` generator processes and publishes from this one. It prints figures
and writes a JSON report; it asserts nothing about timing (see the issue's targets).
"""

from __future__ import annotations

import argparse
import array
import asyncio
import gc
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import redis.asyncio
import uvloop

from server.brokers.redis_broker import RedisBroker

from . import processes
from .clients import join, open_client, subscribe_rtts
from .procstat import ProcSample, cpu_percent, sample
from .provision import Provisioned, provision
from .publishers import BaselinePublisher, BrokerPublisher, Publisher, paced
from .report import print_report, targets, write_json
from .stats import percentiles
from .workers import Pool, raise_nofile

#: What ``--quick`` changes: a tiny run of a few seconds (explicit flags still win).
QUICK: dict[str, Any] = {
    "channels": 3,
    "subscribers": 4,
    "rate": 60.0,
    "duration": 1.5,
    "warmup": 0.5,
    "drain": 0.5,
    "idle_connections": 30,
    "settle": 0.3,
    "auth_pairs": 30,
    "workers": 1,
}
#: Idle connections opened and closed before measuring memory, so one-time allocations
#: (imports, caches, pools) are not charged to the measured connections.
IDLE_WARMUP_CONNECTIONS = 100


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m loadtest.fanout", description=__doc__.partition("\n")[0]
    )
    add = parser.add_argument
    add("--channels", type=int, default=170, help="spaces, one space:<id> channel each")
    add("--subscribers", type=int, default=30, help="subscribers per channel (one pupil each)")
    add("--rate", type=float, default=500.0, help="publishes per second over all channels")
    add("--duration", type=float, default=20.0, help="seconds measured")
    add("--warmup", type=float, default=2.0, help="seconds published before measuring")
    add("--drain", type=float, default=1.0, help="seconds to wait for the last deliveries")
    add("--idle-connections", type=int, default=10_000, help="0 skips the idle-memory phase")
    add("--settle", type=float, default=3.0, help="seconds before reading idle memory")
    add("--auth-pairs", type=int, default=500, help="subscribe/unsubscribe pairs (0 skips)")
    add("--auth-pairs-per-connection", type=int, default=18, help="stays under the burst of 40")
    add("--workers", type=int, default=2, help="generator processes holding the clients")
    add("--connect-concurrency", type=int, default=100, help="connects at once per process")
    add("--redis-url", default="redis://127.0.0.1:6379/13", help="flushed at start")
    add("--log-level", default="warning", choices=["debug", "info", "warning", "error"])
    add("--no-stall", action="store_true", help="skip the stalled-client run")
    add("--no-baseline", action="store_true", help="skip the raw websockets baseline")
    add("--json", type=Path, default=None, help="write the report here")
    add("--quick", action="store_true", help="a tiny run of a few seconds (smoke test)")
    args = parser.parse_args(argv)
    if args.quick:
        parser.set_defaults(**QUICK)
        args = parser.parse_args(argv)
    return args


def window_cpu(before: ProcSample | None, after: ProcSample | None) -> float | None:
    return cpu_percent(before, after) if before and after else None


def try_sample(pid: int | None) -> ProcSample | None:
    if pid is None:
        return None
    try:
        return sample(pid)
    except OSError:  # gone, or not ours to read (a Redis in another namespace)
        return None


class Bench:
    """One run: the provisioned fixture, the generator processes and the pids to watch."""

    def __init__(self, args: argparse.Namespace, fixture: Provisioned, pool: Pool) -> None:
        self.args = args
        self.fixture = fixture
        self.pool = pool
        self.redis_pid: int | None = None

    def split(self, items: list[Any]) -> list[list[Any]]:
        return [items[i :: len(self.pool)] for i in range(len(self.pool))]

    async def finish_all(self, window: tuple[int, int] = (0, 0)) -> list[dict[str, Any]]:
        return await self.pool.ask_all([{"op": "finish", "window": window}] * len(self.pool))

    async def idle(self, url: str, server_pid: int) -> dict[str, Any]:
        """Server RSS before and after N idle authenticated connections."""
        args = self.args
        tokens = self.fixture.all_tokens()[: args.idle_connections]

        async def open_idle(chosen: list[str]) -> list[dict[str, Any]]:
            return await self.pool.ask_all(
                [
                    {
                        "op": "idle",
                        "url": url,
                        "tokens": part,
                        "concurrency": args.connect_concurrency,
                    }
                    for part in self.split(chosen)
                ]
            )

        await open_idle(tokens[:IDLE_WARMUP_CONNECTIONS])
        await self.finish_all()
        await asyncio.sleep(args.settle)
        before = sample(server_pid)
        started = time.monotonic()
        replies = await open_idle(tokens)
        connect_s = time.monotonic() - started
        gc.collect()
        await asyncio.sleep(args.settle)
        after = sample(server_pid)
        opened = sum(r["ok"] for r in replies)
        await self.finish_all()
        grown = after.rss_bytes - before.rss_bytes
        return {
            "connections": opened,
            "failed": sum(r["failed"] for r in replies),
            "errors": [e for r in replies for e in r["errors"]][:5],
            "connect_seconds": round(connect_s, 1),
            "rss_before_mib": round(before.rss_bytes / 2**20, 1),
            "rss_after_mib": round(after.rss_bytes / 2**20, 1),
            "kib_per_connection": round(grown / 1024 / opened, 2) if opened else None,
        }

    async def fanout(
        self, mode: str, url: str, server_pid: int, publisher: Publisher, *, stall: bool
    ) -> dict[str, Any]:
        """C x P subscribers, R publishes/s: latency, continuity and CPU over the window."""
        args, spaces = self.args, self.fixture.spaces
        assignments = [
            (token if mode == "twinspace" else None, space.channel)
            for space in spaces
            for token in space.pupil_tokens
        ]
        commands = [
            {
                "op": "subscribe",
                "url": url,
                "mode": mode,
                "assignments": part,
                "concurrency": args.connect_concurrency,
                "stall": 0 if stall and i == 0 else None,  # the first subscriber of space 1
            }
            for i, part in enumerate(self.split(assignments))
        ]
        started = time.monotonic()
        ready = await self.pool.ask_all(commands)
        connect_s = time.monotonic() - started
        start = time.monotonic() + 0.2
        measure_from = start + args.warmup
        measure_to = measure_from + args.duration
        pids = {"server": server_pid, "redis": self.redis_pid, "coordinator": os.getpid()}
        pids.update({f"worker{i}": pid for i, pid in enumerate(self.pool.pids)})
        watch = asyncio.create_task(sample_window(pids, measure_from, measure_to))
        channels = [space.channel for space in spaces]
        sent = await paced(publisher, channels, args.rate, start, measure_to)
        lag = time.monotonic() - measure_to
        before, after = await watch
        await asyncio.sleep(args.drain)
        window = (int(measure_from * 1e9), int(measure_to * 1e9))
        replies = await self.finish_all(window)
        latencies: array.array[int] = array.array("q")
        for reply in replies:
            latencies.frombytes(reply["latencies"])
        tallies = [t for reply in replies for t in reply["tallies"]]
        lost = sum(
            publisher.final.get(t["channel"], t["ack_seq"]) - t["ack_seq"] - t["received"]
            for t in tallies
        )
        cpu = {name: window_cpu(before[name], after[name]) for name in pids}
        generator = [cpu[n] for n in pids if n == "coordinator" or n.startswith("worker")]
        result: dict[str, Any] = {
            "subscribers": sum(r["ok"] for r in ready),
            "connect_failures": sum(r["failed"] for r in ready),
            "connect_errors": [e for r in ready for e in r["errors"]][:5],
            "connect_seconds": round(connect_s, 1),
            "published": sent,
            "publisher_lag_s": round(lag, 3),
            "latency_ms": percentiles(latencies).as_dict(),
            "deliveries_per_s": round(len(latencies) / args.duration, 1),
            "lost": lost,
            "duplicates": sum(t["duplicates"] for t in tallies),
            "resets": sum(t["resets"] for t in tallies),
            "closed_early": sum(r["closed_early"] for r in replies),
            "server_cpu_percent": cpu["server"],
            "server_rss_mib": round(after["server"].rss_bytes / 2**20, 1)
            if after["server"]
            else None,
            "redis_cpu_percent": cpu["redis"] if mode == "twinspace" else None,
            "generator_cpu_percent": {
                "coordinator": cpu["coordinator"],
                "workers": [cpu[n] for n in pids if n.startswith("worker")],
                "total": round(sum(c or 0.0 for c in generator), 1),
            },
        }
        stalled = next((r["stalled"] for r in replies if r["stalled"]), None)
        if stalled is not None:
            result["stalled_client"] = describe_stalled(stalled, publisher)
        return result

    async def subscribe_rtt(self, url: str) -> dict[str, Any]:
        pairs_of = [
            (token, f"archive:{space.space_id}")
            for space in self.fixture.spaces
            for token in space.pupil_tokens
        ]
        sub, unsub, errors = await subscribe_rtts(
            url, pairs_of, self.args.auth_pairs, self.args.auth_pairs_per_connection
        )
        return {
            "pairs": len(sub),
            "errors": len(errors),
            "first_errors": errors[:5],
            "subscribe_rtt_ms": percentiles(sub).as_dict(),
            "unsubscribe_rtt_ms": percentiles(unsub).as_dict(),
        }


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


async def sample_window(
    pids: dict[str, int | None], start: float, end: float
) -> tuple[dict[str, ProcSample | None], dict[str, ProcSample | None]]:
    await asyncio.sleep(max(0.0, start - time.monotonic()))
    before = {name: try_sample(pid) for name, pid in pids.items()}
    await asyncio.sleep(max(0.0, end - time.monotonic()))
    after = {name: try_sample(pid) for name, pid in pids.items()}
    return before, after


async def prepare_redis(url: str) -> int | None:
    """Flush the benchmark's database; Redis's pid, to read its CPU (None if unreadable)."""
    client = redis.asyncio.Redis.from_url(url)
    try:
        await client.flushdb()
        info = await client.info("server")
        pid = int(info.get("process_id", 0))
        return pid if pid and try_sample(pid) else None
    finally:
        await client.aclose()


async def run_ours(args: argparse.Namespace, report: dict[str, Any], data_dir: Path) -> None:
    port = processes.free_port()
    url = f"ws://127.0.0.1:{port}/ws"
    redis_pid = await prepare_redis(args.redis_url)
    server = processes.start_ours(data_dir, port, args.redis_url, args.log_level)
    pool: Pool | None = None
    broker: RedisBroker | None = None
    try:
        await processes.wait_until_up(server, port, "/readyz")
        started = time.monotonic()
        subscribers = args.channels * args.subscribers
        fixture = await provision(
            f"sqlite+aiosqlite:///{(data_dir / 'twinspace.sqlite3').resolve()}",
            spaces=args.channels,
            pupils_per_space=args.subscribers,
            extra_accounts=max(0, args.idle_connections - subscribers),
        )
        report["provision_seconds"] = round(time.monotonic() - started, 1)
        pool = Pool(args.workers)
        bench = Bench(args, fixture, pool)
        bench.redis_pid = redis_pid
        if args.idle_connections:
            report["idle"] = await bench.idle(url, server.pid)
        broker = RedisBroker(args.redis_url)
        report["fanout"] = await bench.fanout(
            "twinspace", url, server.pid, BrokerPublisher(broker), stall=False
        )
        if not args.no_stall:
            report["stalled"] = await bench.fanout(
                "twinspace", url, server.pid, BrokerPublisher(broker), stall=True
            )
        if args.auth_pairs:
            report["subscribe"] = await bench.subscribe_rtt(url)
        if not args.no_baseline:
            report["baseline"] = await run_baseline(bench, data_dir)
    finally:
        if broker is not None:
            await broker.close()
        if pool is not None:
            pool.close()
        report["server_exit_code"] = processes.stop(server)
        report["server_log_tail"] = processes.log_tail(data_dir / "server.log")


async def run_baseline(bench: Bench, data_dir: Path) -> dict[str, Any]:
    port = processes.free_port()
    url = f"ws://127.0.0.1:{port}"
    server: subprocess.Popen[bytes] = processes.start_baseline(data_dir, port)
    try:
        await processes.wait_until_up(server, port, None)
        ws = await open_client(url, "baseline", None)
        try:
            await join(ws, "baseline", "publisher")
            return await bench.fanout(
                "baseline", url, server.pid, BaselinePublisher(ws), stall=False
            )
        finally:
            await ws.close()
    finally:
        processes.stop(server)


async def run(args: argparse.Namespace) -> dict[str, Any]:
    soft, hard = raise_nofile()  # before spawning: the server and the workers inherit it
    report: dict[str, Any] = {
        "config": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
        "machine": {"cpus": os.cpu_count(), "nofile": [soft, hard]},
    }
    needed = args.idle_connections + 100
    if hard < needed:
        report["machine"]["warning"] = (
            f"open-file hard limit {hard} is below the {needed} the idle phase needs"
        )
    with tempfile.TemporaryDirectory(prefix="twinspace-bench-") as tmp:
        await run_ours(args, report, Path(tmp))
    report["targets"] = targets(report)
    return report


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    report = uvloop.run(run(args))
    print_report(report)
    if args.json is not None:
        write_json(report, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
