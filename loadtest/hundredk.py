"""``twinspace-loadtest hundredk``: 100,000 idle tabs on one machine, and the connect storm
(issue 24).

    twinspace-loadtest hundredk [--connections 100000] [--rate 2000] [--clients 4]
        [--idle 60] [--posts 100] [--post-rate 10] [--workers 2]
        [--postgres-url URL] [--redis-url URL] [--json hundredk.json]
    twinspace-loadtest hundredk --storm [--connections 10000] [--storm-events 3] ...

It makes a fresh PostgreSQL database (:func:`loadtest.outbox_bench.fresh_database`), writes
the classes straight into it (:func:`loadtest.provision.provision`: 30 pupils a class, each
pupil an account with a signed-in session: no argon2, no sign-up), and starts ``twinspace serve
--workers 2`` on it with Redis as the broker between the two workers. Then ``--connections``
tabs, spread over ``--clients`` generator processes (:mod:`loadtest.hundredk_worker`), each
process connecting from its own source addresses 127.0.0.x, connect at ``--rate`` a second,
authenticate and subscribe to their space and its presence, and ping every 20 s as the web
client does (the server pings only a tab silent for 30 s: none of these). Reported:

* **connect**: time from TCP connect to both subscriptions acknowledged, p50-p99.9, and the
  rate reached;
* **memory**: the server's resident memory (supervisor and workers) grown per connection;
* **idle CPU**: the server processes' CPU over ``--idle`` seconds with nothing but heartbeats;
* **post**: ``--posts`` events published to the first class's space channel (through the
  Redis broker, as the server's HTTP paths publish) while every other tab idles: delivery
  p50-p99 to its 30 pupils.

With ``--storm`` (:mod:`loadtest.hundredk_storm`) the server is restarted under the connected
tabs instead: every tab reconnects at once and resumes with ``since``; the report says when the
last one was back, whether every event arrived exactly once (or a ``reset`` came), and what the
database did meanwhile.

Each phase's figure gets a verdict against its target, or "no verdict" with the reason when the
machine was too busy to measure it (:mod:`loadtest.verdicts`). Exit status 0 when every tab
connected and nothing was lost or duplicated.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import signal
import sys
import tempfile
import time
from array import array
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from server.brokers.redis_broker import RedisBroker

from . import processes, serverprocs
from .figures import STARVED_WAIT_PERCENT, describe_continuity, try_sample
from .hundredk_storm import storm, until
from .hundredk_worker import NOFILE
from .hundredk_worker import worker_main as client_main
from .knob_flags import add_knob_flags
from .outbox_bench import DEFAULT_POSTGRES, fresh_database
from .procstat import ProcSample, cpu_percent, wait_percent
from .provision import Provisioned, provision
from .publishers import BrokerPublisher, paced
from .stats import percentiles
from .verdicts import phase_verdict
from .workers import Pool, raise_nofile

#: The issue's targets (printed with a verdict, never asserted).
TARGETS = {
    "kib_per_connection": 16.0,
    "idle_cpu_percent": 15.0,
    "post_p99_ms": 100.0,
}
#: Seconds the last post may take to reach its class before the run stops waiting.
DRAIN_TIMEOUT_S = 30.0
#: Seconds the server gets to close every connection gracefully on SIGTERM before it and its
#: workers are killed (its own window is 10 s; tens of thousands of closes on a loaded
#: machine take longer).
STOP_TIMEOUT_S = 60.0
#: Tabs one generator process has connecting at once (the rest wait for their turn).
DEFAULT_CONCURRENCY = 1000
#: Source addresses start at 127.0.0.2; each takes this many connections at most (of its
#: ~28,000 ephemeral ports, net.ipv4.ip_local_port_range).
DEFAULT_PER_ADDRESS = 20_000
#: Open files a server worker keeps for other things than its tabs (its database and Redis
#: connections, logs, the listening socket).
SPARE_FILES = 300


@dataclass(frozen=True, slots=True)
class Knobs:
    connections: int = 100_000
    class_size: int = 30
    rate: float = 2000.0
    clients: int = 4
    concurrency: int = DEFAULT_CONCURRENCY
    per_address: int = DEFAULT_PER_ADDRESS
    settle_s: float = 10.0
    idle_s: float = 60.0
    posts: int = 100
    post_rate: float = 10.0
    workers: int = 2
    postgres_url: str = DEFAULT_POSTGRES
    redis_url: str = "redis://127.0.0.1:6379/0"
    storm: bool = False
    storm_events: int = 3


#: The help text of each knob's flag (loadtest.knob_flags).
KNOB_HELP = {
    "connections": "tabs to hold",
    "class_size": "pupils' tabs in one space",
    "rate": "connections a second",
    "clients": "generator processes",
    "concurrency": "tabs one generator process has connecting at once",
    "per_address": "connections from one source address 127.0.0.x at most",
    "settle_s": "seconds to wait once every tab is in, before measuring",
    "idle_s": "seconds over which the idle tabs' CPU is measured",
    "posts": "posts published to the first class",
    "post_rate": "those posts a second",
    "workers": "server processes",
    "postgres_url": "server to make the db on",
    "redis_url": "the broker between workers",
    "storm": "restart the server under the tabs",
    "storm_events": "events per class in a storm",
}


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "hundredk",
        help=__doc__.splitlines()[0] if __doc__ else "",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    add_knob_flags(parser, Knobs(), KNOB_HELP)
    parser.add_argument("--json", type=Path, default=None, help="write the report here")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    knobs = Knobs(**{k: v for k, v in vars(args).items() if k in Knobs.__dataclass_fields__})
    if knobs.connections < knobs.class_size or knobs.class_size < 1:
        print("--connections must be at least --class-size (at least 1)", file=sys.stderr)
        return 2
    open_files, _ = raise_nofile(NOFILE)  # the server and the generator processes inherit it
    most_held = knobs.workers * (open_files - SPARE_FILES)
    if knobs.connections > most_held:
        # Raising the hard limit needs CAP_SYS_RESOURCE, which a sandbox may not grant: then
        # each worker stops accepting at its limit and the rest of the tabs get no answer.
        print(
            f"warning: {open_files} open files per process (the hard limit could not be raised):"
            f" {knobs.workers} workers hold at most about {most_held} of the"
            f" {knobs.connections} connections",
            file=sys.stderr,
        )
    # SIGTERM as Ctrl-C: the run's cleanup (the server's tree, the database) still happens;
    # killed plainly, it left a server, its workers and a database behind.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    report = asyncio.run(scenario(knobs))
    text = json.dumps(report, indent=2)
    print(text)
    print_summary(report)
    if args.json is not None:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0 if report["ok"] else 1


# -- the machine's processes -----------------------------------------------------------------


class Watch:
    """CPU, memory and run-queue wait of named groups of processes over a window."""

    def __init__(self, groups: dict[str, list[int]]) -> None:
        self.groups = groups
        self.before: dict[int, ProcSample | None] = {}
        self.load_start: tuple[float, float, float] = os.getloadavg()
        self.began = time.monotonic()

    def begin(self) -> None:
        self.load_start, self.began = os.getloadavg(), time.monotonic()
        self.before = {pid: try_sample(pid) for pids in self.groups.values() for pid in pids}

    def end(self) -> dict[str, Any]:
        after = {pid: try_sample(pid) for pid in self.before}
        figures: dict[str, Any] = {}
        starved: dict[str, float] = {}
        for name, pids in self.groups.items():
            pairs = [(b, a) for p in pids if (b := self.before[p]) and (a := after[p])]
            figures[f"{name}_cpu_percent"] = round(sum(cpu_percent(b, a) for b, a in pairs), 1)
            for b, a in pairs:
                wait = wait_percent(b, a)
                if name == "server" and wait is not None and wait >= STARVED_WAIT_PERCENT:
                    starved[f"server pid {a.pid}"] = wait
        figures["seconds"] = round(time.monotonic() - self.began, 1)
        figures["load_average_start"] = list(self.load_start)
        figures["load_average"] = list(os.getloadavg())
        figures["starved"] = starved
        figures["no_verdict"] = phase_verdict(figures, os.cpu_count() or 1)
        return figures


def rss_bytes(pids: list[int]) -> int:
    return sum(s.rss_bytes for pid in pids if (s := try_sample(pid)) is not None)


def redis_pids(url: str) -> list[int]:
    parts = urlsplit(url)
    return serverprocs.listening_pids(parts.port or 6379) if parts.hostname else []


# -- the tabs --------------------------------------------------------------------------------


def plans(knobs: Knobs, fixture: Provisioned, url: str, start_at: float) -> list[dict[str, Any]]:
    """One ``connect`` command per generator process: every P-th tab, so that the schedule
    is the same over the whole run; each process its own source addresses."""
    pairs = [(t, s.space_id) for s in fixture.spaces for t in s.pupil_tokens]
    pairs = pairs[: knobs.connections]
    count = max(1, min(knobs.clients, len(pairs)))
    commands, next_address = [], 2
    for index in range(count):
        mine = pairs[index::count]
        needed = math.ceil(len(mine) / knobs.per_address)
        addresses = [f"127.0.0.{next_address + a}" for a in range(needed)]
        next_address += needed
        if next_address > 254:
            raise ValueError("more source addresses needed than 127.0.0.2-254 hold")
        commands.append(
            {
                "op": "connect",
                "url": url,
                "assignments": mine,
                "addresses": addresses,
                "per_address": knobs.per_address,
                "start_at": start_at + index / knobs.rate,
                "rate": knobs.rate / count,
                "concurrency": knobs.concurrency,
                "timed": [fixture.spaces[0].space_id],
            }
        )
    return commands


async def connect_all(
    knobs: Knobs, pool: Pool, fixture: Provisioned, url: str, watch: Watch
) -> dict[str, Any]:
    start_at = time.monotonic() + 1.0
    watch.begin()
    replies = await pool.ask_all(plans(knobs, fixture, url, start_at))
    seconds = time.monotonic() - start_at
    figures = watch.end()
    samples = array("q")
    for reply in replies:
        samples.frombytes(reply["connect_ns"])
    connected = sum(r["ok"] for r in replies)
    figures.update(
        connected=connected,
        failed=sum(r["failed"] for r in replies),
        errors=[e for r in replies for e in r["errors"]][:5],
        seconds=round(seconds, 1),
        rate_reached=round(connected / seconds, 1) if seconds > 0 else None,
        connect_to_subscribed_ms=percentiles(samples).as_dict(),
    )
    return figures


async def post_phase(
    knobs: Knobs, pool: Pool, fixture: Provisioned, publisher: BrokerPublisher, watch: Watch
) -> dict[str, Any]:
    """``posts`` events to the first class's space channel at ``post_rate``, its pupils'
    delivery latency, while every other tab idles."""
    channel = fixture.spaces[0].channel
    pupils = min(knobs.class_size, knobs.connections)
    watch.begin()
    start = time.monotonic()
    sent = await paced(
        publisher, [channel], knobs.post_rate, start, start + knobs.posts / knobs.post_rate
    )
    reached = await until(pool, lambda t: t["received"] >= sent * pupils, DRAIN_TIMEOUT_S)
    received = reached["received"]
    figures = watch.end()
    samples = array("q")
    for reply in await pool.ask_all([{"op": "latencies"}] * len(pool)):
        samples.frombytes(reply["latencies"])
    figures.update(
        posts=sent,
        class_size=pupils,
        deliveries={"received": received, "expected": sent * pupils},
        delivery_ms=percentiles(samples).as_dict(),
    )
    return figures


# -- the run ---------------------------------------------------------------------------------


async def scenario(knobs: Knobs) -> dict[str, Any]:
    report: dict[str, Any] = {"scenario": "hundredk", "knobs": asdict(knobs)}
    report["knobs"].pop("postgres_url")
    with tempfile.TemporaryDirectory(prefix="hundredk-") as folder:
        data_dir = Path(folder)
        made = fresh_database("postgres", data_dir, knobs.postgres_url, "twinspace_hundredk")
        async with made as (database, _):
            started = time.monotonic()
            spaces = math.ceil(knobs.connections / knobs.class_size)
            fixture = await provision(database, spaces=spaces, pupils_per_space=knobs.class_size)
            report["provision_seconds"] = round(time.monotonic() - started, 1)
            await with_server(knobs, data_dir, database, fixture, report)
    return report


async def with_server(
    knobs: Knobs, data_dir: Path, database: str, fixture: Provisioned, report: dict[str, Any]
) -> None:
    port = processes.free_port()
    url = f"ws://127.0.0.1:{port}/ws"

    def start() -> Any:
        return processes.start_server(
            data_dir, port, workers=knobs.workers, redis_url=knobs.redis_url, database_url=database
        )

    server = start()
    pool: Pool | None = None
    broker = RedisBroker(knobs.redis_url)
    try:
        await processes.wait_until_up(server, port, "/readyz")
        server_pids = serverprocs.children(server.pid)
        report["server_tree"] = server_pids
        pool = Pool(knobs.clients, target=client_main)
        watch = Watch(
            {"server": server_pids, "redis": redis_pids(knobs.redis_url), "generator": pool.pids}
        )
        rss_before = rss_bytes(server_pids)
        report["connect"] = await connect_all(knobs, pool, fixture, url, watch)
        await asyncio.sleep(knobs.settle_s)
        rss_after = rss_bytes(server_pids)
        # Per connection the server holds now: a tab refused or dropped after it subscribed
        # holds no memory (dividing by every tab that ever subscribed gave 10 KiB for 17).
        held_by_worker = serverprocs.connections_by_pid(port, server_pids)
        held = sum(held_by_worker.values())
        report["memory"] = {
            "server_rss_before_mib": round(rss_before / 2**20, 1),
            "server_rss_after_mib": round(rss_after / 2**20, 1),
            "kib_per_connection": round((rss_after - rss_before) / 1024 / held, 2)
            if held
            else None,
            "generator_rss_mib": round(rss_bytes(pool.pids) / 2**20, 1),
            "held": held,
            "held_by_worker": held_by_worker,
        }
        publisher = BrokerPublisher(broker)
        if knobs.storm:
            report["storm"] = await storm(knobs, pool, fixture, publisher, database, server, start)
            server = report["storm"].pop("server")
            report["server_tree"] = report["storm"].pop("server_tree")
        else:
            watch.begin()
            await asyncio.sleep(knobs.idle_s)
            report["idle"] = watch.end()
            report["post"] = await post_phase(knobs, pool, fixture, publisher, watch)
        replies = await pool.ask_all([{"op": "finish"}] * len(pool))
        report["continuity"] = describe_continuity(replies, publisher)
    finally:
        await broker.close()
        if pool is not None:
            pool.close()
        tree = serverprocs.children(server.pid)
        # Workers the supervisor started after the first ones (it replaces a worker that
        # missed its health check: a loop held for 30 s).
        report["server_workers_replaced"] = len(set(tree) - set(report.get("server_tree", tree)))
        report["server_exit_code"] = processes.stop_tree(server, tree, STOP_TIMEOUT_S)
        report["server_warnings"] = processes.log_warnings(data_dir / "server.log")
        report["server_pauses"] = processes.log_pauses(data_dir / "server.log", 10)
    report["verdicts"] = verdicts_of(report)
    continuity = report["continuity"]
    report["ok"] = (
        report["connect"]["failed"] == 0
        and continuity["lost"] == 0
        and continuity["duplicates"] == 0
        and (not knobs.storm or report["storm"]["not_back"] == 0)
    )


def verdicts_of(report: dict[str, Any]) -> dict[str, str]:
    """Each target met, missed, or no verdict with the reason."""
    found: dict[str, str] = {}

    def judge(name: str, phase: dict[str, Any] | None, value: float | None, target: float) -> None:
        if phase is None or value is None:
            return
        if phase.get("no_verdict"):
            found[name] = f"no verdict: {phase['no_verdict']} (measured {value})"
        else:
            found[name] = f"{'met' if value <= target else 'missed'}: {value} (target {target})"

    idle, post = report.get("idle"), report.get("post")
    judge(
        "kib_per_connection",
        idle,
        report["memory"]["kib_per_connection"],
        TARGETS["kib_per_connection"],
    )
    judge(
        "idle_cpu_percent", idle, idle and idle["server_cpu_percent"], TARGETS["idle_cpu_percent"]
    )
    judge("post_p99_ms", post, post and post["delivery_ms"]["p99"], TARGETS["post_p99_ms"])
    return found


def print_summary(report: dict[str, Any]) -> None:
    connect = report["connect"]
    lines = [
        f"connected {connect['connected']} ({connect['failed']} failed)"
        f" in {connect['seconds']} s ({connect['rate_reached']}/s);"
        f" connect→subscribed ms {connect['connect_to_subscribed_ms']}",
        f"memory: {report['memory']}",
    ]
    if "idle" in report:
        lines.append(f"idle: {report['idle']}")
        lines.append(f"post: {report['post']}")
    if "storm" in report:
        lines.append(f"storm: {report['storm']}")
    lines.append(f"continuity: {report['continuity']}")
    lines += [f"{name}: {verdict}" for name, verdict in report["verdicts"].items()]
    lines.append(f"load average at the end: {os.getloadavg()}")
    print("\n".join(lines), file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m loadtest.hundredk")
    add_parser(parser.add_subparsers(dest="scenario_name", required=True))
    args = parser.parse_args(["hundredk", *(sys.argv[1:] if argv is None else argv)])
    result: int = args.run(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
