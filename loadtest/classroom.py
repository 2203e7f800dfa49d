"""The classroom scenario: C twinspaces of one teacher and P pupils each, all online at once,
with tabs closing and reopening and teachers updating their spaces now and then.

Pupils also post in a forum thread at ``forum_post_rate`` and teachers moderate every
``moderate_every`` seconds (:mod:`loadtest.classroom_forum`); the report gives the forum's
publish-to-delivery latency and the moderation announcements' latency. Each teacher also
starts a video session that the pupils join and chat beside at ``chat_rate``
(:mod:`loadtest.classroom_chat`); chat latency is reported apart from the forum's.

Provisioning goes through the HTTP API (see :mod:`loadtest.classroom_provision`); the sockets run
in ``--workers`` generator processes (:mod:`loadtest.classroom_worker`) while this process shows
live progress and samples CPU and memory of the generator and, given ``--server-pid``, of the
server. Exit status: 0 when every tab came up and no event was lost or duplicated, 1 otherwise,
2 when the run could not start.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import multiprocessing
import os
import queue as queues
import sys
import time
from pathlib import Path
from typing import Any

import httpx
from rich.console import Console
from rich.live import Live
from sqlalchemy.exc import SQLAlchemyError

from . import procstat, serverprocs
from .classroom_config import Knobs, add_arguments, knobs_from
from .classroom_provision import (
    Classroom,
    Credentials,
    ProvisionError,
    create_local_admin,
    provision,
    provision_in_database,
)
from .classroom_report import build, final_table, live_table, plot
from .classroom_tally import Totals
from .classroom_worker import worker_main
from .report import write_json

#: Seconds between two CPU/RSS samples (and live redraws).
SAMPLE_EVERY_S = 1.0
#: Samples between two counts of the connections each server process holds (a /proc scan).
HELD_EVERY = 5
#: Seconds the workers may overrun their planned ramp, then (from the moment every worker is
#: in the load phase) their duration + drain, before the run fails and reports nothing of
#: theirs: hang detectors. One allowance for both cut off a full-size run whose ramp took
#: 358 s on a loaded machine 30 s into its load phase, and its report with it.
RAMP_OVERRUN_S = 600.0
OVERRUN_S = 180.0  # above the workers' own 2 x WRAP_UP_S
PHASES = ("ramp", "load", "drain")


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser("classroom", help=__doc__.splitlines()[0] if __doc__ else "")
    add_arguments(parser)
    parser.set_defaults(run=run)


def cpu_seconds(pids: list[int]) -> float:
    total = 0.0
    for pid in pids:
        with contextlib.suppress(OSError):  # a worker that has exited
            total += procstat.sample(pid).cpu_s
    return total


class Monitor:
    """Samples the generator's processes and the server's (all its processes: a supervisor
    and its workers) once a second, and every few seconds which server process holds how
    many of the connections."""

    def __init__(self, pids: list[int], server_pids: list[int], port: int | None, epoch: float):
        self.pids, self.server_pids, self.port, self.epoch = pids, server_pids, port, epoch
        self.samples: list[dict[str, Any]] = []
        self.last_at = time.monotonic()
        self.last_gen = cpu_seconds(pids)
        self.last_server = self.read_server()
        self.first_server = dict(self.last_server)
        self.first_at = self.last_at
        #: Server pid -> most connections it held at one sample.
        self.held: dict[int, int] = {}
        #: The most client connections open at one sample: a new peak is read on the server too.
        self.peak_connected = 0
        self.ticks = 0

    def read_server(self) -> dict[int, procstat.ProcSample]:
        readings = {}
        for pid in self.server_pids:
            with contextlib.suppress(OSError):  # a worker that has exited
                readings[pid] = procstat.sample(pid)
        return readings

    def sample(self, connected: int) -> dict[str, Any]:
        now, gen, server = time.monotonic(), cpu_seconds(self.pids), self.read_server()
        wall = max(now - self.last_at, 1e-6)
        row: dict[str, Any] = {
            "second": round(now - self.epoch, 1),
            "generator_cpu": round(100 * (gen - self.last_gen) / wall, 1),
            "connected": connected,
        }
        if server and self.last_server:
            used = sum(
                s.cpu_s - self.last_server[pid].cpu_s
                for pid, s in server.items()
                if pid in self.last_server
            )
            row["server_cpu"] = round(100 * used / wall, 1)
            row["server_rss_mib"] = round(sum(s.rss_bytes for s in server.values()) / 2**20, 1)
        self.ticks += 1
        # Every HELD_EVERY ticks, and whenever the clients reach a new peak: on a loaded
        # machine a short run had its only reading before anyone connected.
        peak = connected > self.peak_connected
        self.peak_connected = max(self.peak_connected, connected)
        if self.port is not None and (peak or self.ticks % HELD_EVERY == 1):
            for pid, count in serverprocs.connections_by_pid(self.port, self.server_pids).items():
                self.held[pid] = max(self.held.get(pid, 0), count)
        self.last_at, self.last_gen, self.last_server = now, gen, server
        self.samples.append(row)
        return row

    def per_process(self) -> list[dict[str, Any]]:
        """Each server process: its mean CPU over the run, last RSS, most connections held."""
        wall = max(self.last_at - self.first_at, 1e-6)
        rows = []
        for pid in self.server_pids:
            first, last = self.first_server.get(pid), self.last_server.get(pid)
            rows.append(
                {
                    "pid": pid,
                    "cpu_percent_mean": round(100 * (last.cpu_s - first.cpu_s) / wall, 1)
                    if first and last
                    else None,
                    "rss_mib": round(last.rss_bytes / 2**20, 1) if last else None,
                    "connections_max": self.held.get(pid),
                }
            )
        return rows

    def summary(self, processes: int) -> dict[str, Any]:
        def mean_max(key: str) -> tuple[float, float]:
            values = [s[key] for s in self.samples if key in s]
            return (round(sum(values) / len(values), 1), max(values)) if values else (0.0, 0.0)

        gen_mean, gen_max = mean_max("generator_cpu")
        result: dict[str, Any] = {
            "generator": {
                "processes": processes,
                "cpu_percent_mean": gen_mean,
                "cpu_percent_max": gen_max,
            },
            "server": None,
        }
        if self.server_pids:
            cpu_mean, cpu_max = mean_max("server_cpu")
            result["server"] = {
                "pids": self.server_pids,
                "cpu_percent_mean": cpu_mean,
                "cpu_percent_max": cpu_max,
                "rss_mib_max": mean_max("server_rss_mib")[1],
                "processes": self.per_process(),
            }
        return result


def admin_credentials(args: argparse.Namespace, knobs: Knobs) -> Credentials:
    if args.admin_email:
        if not args.admin_password:
            raise ProvisionError("--admin-email needs --admin-password")
        return Credentials(args.admin_email, args.admin_password)
    return create_local_admin(args.data_dir, knobs.country)


async def provision_classrooms(
    knobs: Knobs, args: argparse.Namespace
) -> tuple[list[Classroom], float, int]:
    """The classrooms, through the API or straight into the database (knob ``provision``)."""
    if knobs.provision == "database":
        return await provision_in_database(
            knobs.database_url, classrooms=knobs.classrooms, pupils=knobs.pupils
        )
    return await provision(
        knobs.url,
        admin_credentials(args, knobs),
        classrooms=knobs.classrooms,
        pupils=knobs.pupils,
        country=knobs.country,
        concurrency=knobs.login_concurrency,
    )


def check_ready(url: str) -> None:
    try:
        response = httpx.get(url.rstrip("/") + "/readyz", timeout=10.0)
    except httpx.HTTPError as exc:
        raise ProvisionError(
            f"no server at {url} ({type(exc).__name__}); start it with make run"
        ) from exc
    if response.status_code != 200:
        raise ProvisionError(f"{url}/readyz answered {response.status_code}")


class Progress:
    """The workers' latest live figures, and when the load phase began and ended."""

    def __init__(self, workers: int) -> None:
        self.latest: dict[int, dict[str, Any]] = {i: {"phase": "ramp"} for i in range(workers)}
        self.marks: dict[str, tuple[float, int]] = {}

    def total(self, key: str) -> int:
        return sum(int(p.get(key, 0)) for p in self.latest.values())

    def update(self, index: int, figures: dict[str, Any]) -> None:
        self.latest[index] = figures
        slowest = min(PHASES.index(p.get("phase", "ramp")) for p in self.latest.values())
        for phase in PHASES[1 : slowest + 1]:
            self.marks.setdefault(phase, (time.monotonic(), self.total("deliveries")))

    def per_second(self) -> float:
        if "load" not in self.marks or "drain" not in self.marks:
            return 0.0
        (t0, d0), (t1, d1) = self.marks["load"], self.marks["drain"]
        return round((d1 - d0) / max(t1 - t0, 1e-6), 1)


def write_marks(path: Path, marks: dict[str, tuple[float, int]]) -> None:
    """Each phase reached so far, with its time.monotonic(), for a program running the load
    beside something else (the deployment's fault injector waits for "load")."""
    partial = path.with_suffix(".partial")
    partial.write_text(json.dumps({phase: at for phase, (at, _) in marks.items()}))
    partial.replace(path)


def live_view(progress: Progress, row: dict[str, Any], expected: int) -> dict[str, Any]:
    """The figures of the live panel."""
    total = progress.total
    phases = sorted({str(p.get("phase", "?")) for p in progress.latest.values()})
    p99 = max(float(p.get("space_p99_ms", 0)) for p in progress.latest.values())
    return {
        "phase": "/".join(phases),
        "connections up": f"{total('connected')} / {expected}",
        "deliveries": total("deliveries"),
        "space p99 so far (ms)": p99,
        "errors": total("errors"),
        "lost / duplicated": f"{total('lost')} / {total('duplicated')}",
        "generator CPU %": row["generator_cpu"],
        "server CPU %": row.get("server_cpu", "-"),
        "server RSS MiB": row.get("server_rss_mib", "-"),
    }


def give_up_at(epoch: float, ramp_s: float, load_s: float, load_at: float | None) -> float:
    """When the supervisor stops waiting for the workers: the planned ramp plus
    RAMP_OVERRUN_S, then, once every worker is in the load phase (``load_at``), the load's
    own ``load_s`` plus OVERRUN_S from that moment, however long the ramp took."""
    if load_at is not None:
        return load_at + load_s + OVERRUN_S
    return epoch + ramp_s + RAMP_OVERRUN_S + load_s + OVERRUN_S


def supervise(
    knobs: Knobs, rooms: list[Classroom], args: argparse.Namespace, console: Console
) -> tuple[Totals, Monitor, Progress, list[str]]:
    """Start the worker processes, show progress, and collect their tallies."""
    workers = min(knobs.workers, len(rooms))
    context = multiprocessing.get_context("spawn")
    channel: multiprocessing.Queue[Any] = context.Queue()
    epoch = time.monotonic()
    video_spaces = frozenset(room.space_id for room in rooms[: knobs.video_classrooms()])
    processes = [
        context.Process(
            target=worker_main,
            args=(i, rooms[i::workers], knobs, epoch, channel, video_spaces),
            daemon=True,
        )
        for i in range(workers)
    ]
    for process in processes:
        process.start()
    monitor = Monitor(
        [os.getpid(), *(p.pid for p in processes if p.pid)],
        serverprocs.server_pids(knobs.url, args.server_pid),
        serverprocs.local_port(knobs.url),
        epoch,
    )
    progress, totals, failures = Progress(workers), Totals(), []
    finished: set[int] = set()
    expected = len(rooms) * (knobs.pupils + 1)
    ramp_s, load_s = expected / knobs.ramp_rate, knobs.duration + knobs.drain + knobs.churn_pause
    deadline = give_up_at(epoch, ramp_s, load_s, None)
    next_sample = epoch + SAMPLE_EVERY_S
    with Live(console=console, refresh_per_second=4, transient=True) as live:
        while len(finished) < workers and time.monotonic() < deadline:
            try:
                kind, index, payload = channel.get(timeout=0.25)
            except queues.Empty:
                if not any(p.is_alive() for p in processes):
                    failures.append("a worker exited without reporting")
                    break
            else:
                if kind == "progress":
                    known = len(progress.marks)
                    progress.update(index, payload)
                    if "load" in progress.marks:
                        deadline = give_up_at(epoch, ramp_s, load_s, progress.marks["load"][0])
                    marks_file = getattr(args, "marks_file", None)
                    if marks_file and len(progress.marks) != known:
                        write_marks(marks_file, progress.marks)
                elif kind == "done":
                    totals.add(payload)
                    finished.add(index)
                elif kind == "failed":
                    failures.append(f"worker {index}: {payload}")
                    finished.add(index)
            if time.monotonic() >= next_sample:
                next_sample += SAMPLE_EVERY_S
                row = monitor.sample(progress.total("connected"))
                live.update(live_table(live_view(progress, row, expected)))
    if len(finished) < workers and not failures:
        failures.append("workers overran the planned time")
    for process in processes:
        process.join(timeout=5)
        if process.is_alive():
            process.terminate()
    return totals, monitor, progress, failures


def run(args: argparse.Namespace) -> int:
    console = Console(stderr=True)
    try:
        knobs = knobs_from(args)
    except (ValueError, OSError) as exc:
        console.print(f"[red]cannot start:[/red] {exc}")
        return 2
    report = execute(knobs, args, console)
    if report is None:
        return 2
    return outcome(report)


def execute(knobs: Knobs, args: argparse.Namespace, console: Console) -> dict[str, Any] | None:
    """Provision, run and report one classroom run (the soak runs one too); None when it
    could not start (the reason is printed)."""
    try:
        check_ready(knobs.url)
        console.print(
            f"provisioning {knobs.classrooms} classrooms of {knobs.pupils} pupils"
            f" (through the {knobs.provision})..."
        )
        rooms, provision_s, retries = asyncio.run(provision_classrooms(knobs, args))
    except (ProvisionError, ValueError, OSError, SQLAlchemyError) as exc:
        console.print(f"[red]cannot start:[/red] {exc}")
        return None
    console.print(
        f"provisioned in {provision_s:.1f} s ({retries} requests retried); opening connections"
    )
    ramp_at = time.monotonic()
    totals, monitor, progress, failures = supervise(knobs, rooms, args, console)
    ended_at = time.monotonic()
    expected = len(rooms) * (knobs.pupils + 1)
    facts = {
        "scenario": "classroom",
        "target": knobs.url,
        "knobs": knobs.as_dict(),
        "load_average": list(os.getloadavg()),
        "provisioning": {
            "seconds": round(provision_s, 2),
            "classrooms": len(rooms),
            "pupils": knobs.pupils,
            "accounts": expected,
            "retried_requests": retries,
            "through": knobs.provision,
        },
        "connections": {"expected": expected},
        "deliveries": {"per_second": progress.per_second()},
        "failures": failures,
        # time.monotonic() at each phase's start (the soak lines its samples up with them).
        "marks": {
            "ramp": ramp_at,
            **{phase: at for phase, (at, _) in progress.marks.items()},
            "end": ended_at,
        },
    }
    workers = min(knobs.workers, len(rooms))
    report = build(totals, facts, monitor.summary(workers + 1), monitor.samples)
    out = Console()
    if not out.is_terminal:  # a log or a pipe: do not squeeze the table into 80 columns
        out = Console(width=140)
    out.print(final_table(report))
    if args.json:
        write_json(report, args.json)
    if args.plot:
        plot(report, args.plot)
    for failure in failures:
        console.print(f"[red]{failure}[/red]")
    return report


def outcome(report: dict[str, Any]) -> int:
    """0 when every tab came up and nothing was lost or duplicated, else 1."""
    cont = report["continuity"]
    broken = cont["lost"] or cont["duplicated"] or report["failures"]
    short = any(code.startswith("connect") for code in report["errors"])
    return 1 if broken or short else 0


def main(argv: list[str] | None = None) -> int:
    """``python -m loadtest.classroom``: the classroom scenario alone."""
    parser = argparse.ArgumentParser(prog="twinspace-loadtest classroom")
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
