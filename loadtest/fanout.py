"""The real-time core's benchmark, in one run: memory per idle connection, publish-to-delivery
latency of a fan-out, the effect of one stalled client, subscribe authorization time, and the
same fan-out on a raw ``websockets`` server (the ceiling), on python-socketio with its Redis
manager, and on the Node.js peers (:mod:`loadtest.node_peers`: Socket.IO 4 with its Redis
adapter, and a raw ``ws`` server), side by side: fixed-rate latency, memory per subscriber and
saturated deliveries/s.

    python -m loadtest.fanout --channels 170 --subscribers 30 --rate 500 --duration 20 \\
        --idle-connections 10000 --json report.json

It starts `twinspace serve` (SQLite in a temporary folder, Redis database 13 by default,
which it flushes first), provisions accounts straight into the server's database, drives
clients from ``--workers`` generator processes and publishes from this one. The Node peers'
packages are installed first (``npm ci`` from loadtest/node's lock, once: see
:func:`loadtest.node_peers.install`) unless both are skipped. It prints figures
and writes a JSON report; it asserts nothing about timing (see the issue's targets). Another
module calls :func:`run_fanout` with its own argv.
"""

from __future__ import annotations

import argparse
import array
import asyncio
import contextlib
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

from . import node_peers, processes
from .clients import subscribe_rtts
from .fanout_peers import Saturator, run_baseline, run_node_peers, run_socketio, saturate_in_rounds
from .figures import (
    describe_connects,
    describe_continuity,
    describe_cpu,
    describe_memory,
    describe_stalled,
    sample_window,
    try_sample,
)
from .procstat import ProcSample, sample
from .provision import Provisioned, provision
from .publishers import BURST_LANES, BrokerPublisher, Publisher, burst, paced
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
    "saturation_publishes": 150,
    "saturation_seconds": 1.0,
    "saturation_drain_timeout": 5.0,
    "rounds": 2,
}
#: Idle connections opened and closed before measuring memory, so one-time allocations
#: (imports, caches, pools) are not charged to the measured connections.
IDLE_WARMUP_CONNECTIONS = 100
#: The same for memory per subscriber: this many subscribe and leave before the measurement.
SUBSCRIBER_WARMUP = 100
#: A saturating run's drain ends when nothing more arrived for this many seconds.
STALL_PROGRESS_S = 2.0


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
    add(
        "--ws-implementation",
        default="twinspace",
        choices=["twinspace", "websockets-sansio", "websockets", "wsproto"],
        help="ours' /ws transport (twinspace serve --ws-implementation)",
    )
    add("--no-stall", action="store_true", help="skip the stalled-client run")
    add("--no-baseline", action="store_true", help="skip the raw websockets baseline")
    add("--no-socketio", action="store_true", help="skip the python-socketio baseline")
    add("--no-node-socketio", action="store_true", help="skip Node Socket.IO + Redis adapter")
    add("--no-node-ws", action="store_true", help="skip the raw Node ws broadcast server")
    add(
        "--max-throughput",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="a saturating burst on each server for deliveries/s",
    )
    add("--saturation-publishes", type=int, default=5000, help="at most this many per burst")
    add("--saturation-seconds", type=float, default=5.0, help="at most this long publishing")
    add("--saturation-drain-timeout", type=float, default=30.0, help="seconds to wait after it")
    add(
        "--publish-lanes",
        type=int,
        default=BURST_LANES,
        help="concurrent publishers in a saturating burst (each owns a share of the channels)",
    )
    add(
        "--rounds",
        type=int,
        default=3,
        help="saturating bursts per server, alternating servers; the median ratio is quoted",
    )
    add("--json", type=Path, default=None, help="write the report here")
    add("--quick", action="store_true", help="a tiny run of a few seconds (smoke test)")
    args = parser.parse_args(argv)
    if args.quick:
        parser.set_defaults(**QUICK)
        args = parser.parse_args(argv)
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    return args


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
        load_at_start = os.getloadavg()
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
            "load_average_start": [round(x, 2) for x in load_at_start],
            "load_average": [round(x, 2) for x in os.getloadavg()],
        }

    def assignments(self, mode: str) -> list[tuple[str | None, str]]:
        """(token or None, channel) for every subscriber: C spaces x P pupils."""
        return [
            (token if mode == "twinspace" else None, space.channel)
            for space in self.fixture.spaces
            for token in space.pupil_tokens
        ]

    async def subscribe_all(
        self, mode: str, url: str, assignments: list[tuple[str | None, str]], stall: bool
    ) -> list[dict[str, Any]]:
        # The first subscriber of space 1 stalls; every worker knows its channel, to record
        # its channel-mates apart (the same-run comparison, workers.Worker.neighbours).
        stalled_channel = assignments[0][1] if stall and assignments else None
        return await self.pool.ask_all(
            [
                {
                    "op": "subscribe",
                    "url": url,
                    "mode": mode,
                    "assignments": part,
                    "concurrency": self.args.connect_concurrency,
                    "stall": 0 if stall and i == 0 else None,
                    "stalled_channel": stalled_channel,
                }
                for i, part in enumerate(self.split(assignments))
            ]
        )

    def watched(self, server_pid: int, mode: str) -> dict[str, int | None]:
        pids = {
            "server": server_pid,
            "redis": self.redis_pid if mode != "baseline" else None,
            "coordinator": os.getpid(),
        }
        pids.update({f"worker{i}": pid for i, pid in enumerate(self.pool.pids)})
        return pids

    async def fanout(
        self,
        mode: str,
        url: str,
        server_pid: int,
        publisher: Publisher,
        *,
        stall: bool,
        measure_memory: bool = False,
    ) -> dict[str, Any]:
        """C x P subscribers, R publishes/s: latency, continuity and CPU over the window.

        With ``measure_memory``, the server's RSS is read (after a warm-up of a few subscribers
        that leave) before the subscribers connect and once all are subscribed.
        """
        args = self.args
        assignments = self.assignments(mode)
        memory_before: ProcSample | None = None
        if measure_memory:
            await self.subscribe_all(mode, url, assignments[:SUBSCRIBER_WARMUP], False)
            await self.finish_all()
            await asyncio.sleep(args.settle)
            memory_before = sample(server_pid)
        started = time.monotonic()
        ready = await self.subscribe_all(mode, url, assignments, stall)
        connect_s = time.monotonic() - started
        memory: dict[str, Any] | None = None
        if memory_before is not None:
            await asyncio.sleep(args.settle)
            memory = describe_memory(memory_before, sample(server_pid), ready)
        start = time.monotonic() + 0.2
        measure_from = start + args.warmup
        measure_to = measure_from + args.duration
        pids = self.watched(server_pid, mode)
        watch = asyncio.create_task(sample_window(pids, measure_from, measure_to))
        channels = [space.channel for space in self.fixture.spaces]
        load_at_start = os.getloadavg()
        sent = await paced(publisher, channels, args.rate, start, measure_to)
        lag = time.monotonic() - measure_to
        before, after = await watch
        await asyncio.sleep(args.drain)
        window = (int(measure_from * 1e9), int(measure_to * 1e9))
        replies = await self.finish_all(window)
        latencies: array.array[int] = array.array("q")
        neighbours: array.array[int] = array.array("q")
        for reply in replies:
            latencies.frombytes(reply["latencies"])
            neighbours.frombytes(reply["neighbour_latencies"])
        others = array.array("q", latencies)
        latencies.extend(neighbours)
        result: dict[str, Any] = {
            **describe_connects(ready, connect_s),
            "published": sent,
            "publisher_lag_s": round(lag, 3),
            "latency_ms": percentiles(latencies).as_dict(),
            "deliveries_per_s": round(len(latencies) / args.duration, 1),
            **describe_continuity(replies, publisher),
            **describe_cpu(pids, before, after),
            # Other work on the machine shares its cores: read each phase's figures with it.
            "load_average_start": [round(x, 2) for x in load_at_start],
            "load_average": [round(x, 2) for x in os.getloadavg()],
        }
        if stall:
            # The stalled client's channel-mates against everyone else, in this same run.
            result["neighbours_latency_ms"] = percentiles(neighbours).as_dict()
            result["others_latency_ms"] = percentiles(others).as_dict()
        if memory is not None:
            result["memory"] = memory
        stalled = next((r["stalled"] for r in replies if r["stalled"]), None)
        if stalled is not None:
            result["stalled_client"] = describe_stalled(stalled, publisher)
        return result

    async def saturate(
        self, mode: str, url: str, server_pid: int, publisher: Publisher
    ) -> dict[str, Any]:
        """The same C x P subscribers; a burst published as fast as the publisher can, then
        deliveries/s at the subscribers from the first publish to the last delivery."""
        args = self.args
        started = time.monotonic()
        ready = await self.subscribe_all(mode, url, self.assignments(mode), False)
        connect_s = time.monotonic() - started
        pids = self.watched(server_pid, mode)
        before = {name: try_sample(pid) for name, pid in pids.items()}
        load_at_start = os.getloadavg()
        first_ns = time.monotonic_ns()
        channels = [space.channel for space in self.fixture.spaces]
        sent = await burst(
            publisher,
            channels,
            args.saturation_publishes,
            args.saturation_seconds,
            args.publish_lanes,
        )
        publish_s = (time.monotonic_ns() - first_ns) / 1e9
        expected = sent * args.subscribers
        received, last_ns = await self.wait_for_deliveries(expected)
        after = {name: try_sample(pid) for name, pid in pids.items()}
        replies = await self.finish_all()
        elapsed_s = (last_ns - first_ns) / 1e9 if last_ns > first_ns else None
        return {
            **describe_connects(ready, connect_s),
            "published": sent,
            "publish_seconds": round(publish_s, 2),
            "publishes_per_s": round(sent / publish_s, 1) if publish_s > 0 else None,
            "delivered": received,
            "delivery_seconds": round(elapsed_s, 2) if elapsed_s else None,
            "deliveries_per_s": round(received / elapsed_s, 1) if elapsed_s else None,
            **describe_continuity(replies, publisher),
            **describe_cpu(pids, before, after),
            "load_average_start": [round(x, 2) for x in load_at_start],
            "load_average": [round(x, 2) for x in os.getloadavg()],
        }

    async def wait_for_deliveries(self, expected: int) -> tuple[int, int]:
        """Poll the generators until ``expected`` events arrived, nothing more arrived for
        STALL_PROGRESS_S, or the drain timeout; (received, last receive time in ns)."""
        deadline = time.monotonic() + self.args.saturation_drain_timeout
        received, last_ns, progressed_at = -1, 0, time.monotonic()
        while time.monotonic() < deadline:
            replies = await self.pool.ask_all([{"op": "progress"}] * len(self.pool))
            now_received = sum(r["received"] for r in replies)
            last_ns = max(r["last_received_ns"] for r in replies)
            if now_received != received:
                received, progressed_at = now_received, time.monotonic()
            if received >= expected or time.monotonic() - progressed_at > STALL_PROGRESS_S:
                break
            await asyncio.sleep(0.2)
        return received, last_ns

    async def subscribe_rtt(self, url: str) -> dict[str, Any]:
        pairs_of = [
            (token, f"archive:{space.space_id}")
            for space in self.fixture.spaces
            for token in space.pupil_tokens
        ]
        load_at_start = os.getloadavg()
        sub, unsub, errors = await subscribe_rtts(
            url, pairs_of, self.args.auth_pairs, self.args.auth_pairs_per_connection
        )
        return {
            "pairs": len(sub),
            "errors": len(errors),
            "first_errors": errors[:5],
            "subscribe_rtt_ms": percentiles(sub).as_dict(),
            "unsubscribe_rtt_ms": percentiles(unsub).as_dict(),
            "load_average_start": [round(x, 2) for x in load_at_start],
            "load_average": [round(x, 2) for x in os.getloadavg()],
        }


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


async def start_ours(
    args: argparse.Namespace, data_dir: Path, port: int
) -> subprocess.Popen[bytes]:
    server = processes.start_ours(
        data_dir, port, args.redis_url, args.log_level, args.ws_implementation
    )
    await processes.wait_until_up(server, port, "/readyz")
    return server


async def run_ours(args: argparse.Namespace, report: dict[str, Any], data_dir: Path) -> None:
    """Ours: idle memory on one server, then a fresh one for everything else (a heap that
    once held the idle connections would hide the subscribers' memory). Every server stays up
    until the saturating bursts, which alternate between them (:func:`saturate_in_rounds`)."""
    port = processes.free_port()
    url = f"ws://127.0.0.1:{port}/ws"
    redis_pid = await prepare_redis(args.redis_url)
    server = await start_ours(args, data_dir, port)
    pool: Pool | None = None
    broker: RedisBroker | None = None
    try:
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
            processes.stop(server)
            server = await start_ours(args, data_dir, port)
        broker = RedisBroker(args.redis_url)
        publisher = BrokerPublisher(broker)
        report["fanout"] = await bench.fanout(
            "twinspace", url, server.pid, publisher, stall=False, measure_memory=True
        )
        if not args.no_stall:
            report["stalled"] = await bench.fanout(
                "twinspace", url, server.pid, BrokerPublisher(broker), stall=True
            )
        if args.auth_pairs:
            report["subscribe"] = await bench.subscribe_rtt(url)
        async with contextlib.AsyncExitStack() as peers:
            saturators: dict[str, Saturator] = {}
            if args.max_throughput:
                ours_pid, ours_broker = server.pid, broker
                saturators["ours"] = lambda: bench.saturate(
                    "twinspace", url, ours_pid, BrokerPublisher(ours_broker)
                )
            if not args.no_baseline:
                saturators["ceiling"] = await run_baseline(bench, data_dir, report, peers)
            if not args.no_socketio:
                saturators["socketio"] = await run_socketio(bench, data_dir, report, peers)
            saturators.update(await run_node_peers(bench, data_dir, report, peers))
            if args.max_throughput:
                await saturate_in_rounds(saturators, args.rounds, report)
    finally:
        if broker is not None:
            await broker.close()
        if pool is not None:
            pool.close()
        report["server_exit_code"] = processes.stop(server)
        report["server_log_tail"] = processes.log_tail(data_dir / "server.log")
        report["server_pauses"] = processes.log_pauses(data_dir / "server.log")
        report["server_warnings"] = processes.log_warnings(data_dir / "server.log")


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


def setup(args: argparse.Namespace) -> None:
    """What the run needs installed before anything starts: the Node peers' packages (``npm ci``
    from loadtest/node's lock the first time, nothing after that), unless both are skipped."""
    if not (args.no_node_socketio and args.no_node_ws):
        node_peers.install()


def run_fanout(argv: list[str] | None = None) -> int:
    """The whole benchmark with ``argv`` (None: ``sys.argv[1:]``); prints, writes the JSON."""
    args = parse_args(argv)
    try:
        setup(args)
    except node_peers.NodeSetupError as exc:
        print(f"loadtest.fanout: {exc}", file=sys.stderr)
        return 2
    report = uvloop.run(run(args))
    print_report(report)
    if args.json is not None:
        write_json(report, args.json)
    return 0


main = run_fanout

if __name__ == "__main__":
    sys.exit(run_fanout())
