"""The soak (``twinspace-loadtest soak --minutes 10``, also ``python -m loadtest soak``): a
classroom-like workload held for minutes against a real server, whose resident memory, open
file descriptors, asyncio tasks and live subscriptions are sampled from its ``/metrics`` all
along, to show that none of them grows while the load stays the same.

By default it starts its own ``twinspace serve`` (embedded defaults: SQLite in a temporary
folder, the in-process broker; ``--server-workers N --redis-url URL`` for N processes behind
Redis) with a fresh metrics token, and stops it at the end. ``--no-serve`` soaks the server at
``--url`` instead, with its ``--metrics-token``.

The workload is the classroom scenario (``loadtest/scenarios/soak.toml``: tabs churning all the
time, forum, chat, uploads, a few video peers; every classroom flag works here too) with
``--minutes`` of load. Samples fall in phases: **before** (server up, nothing connected),
**load**, and **after** (every client gone, ``--settle`` seconds later). For each figure the
report gives the load phase's least-squares slope per minute and the median of its first and
last fifth: the figure is called **flat** when the last fifth's median is at most 10 % (or a
small absolute slack) above the first's (only growth is a leak). After the load, counts
(tasks, descriptors, subscriptions, connections) must be back near their value before it.
Long runs are for a person to read, not for CI: nothing here is asserted.

Exit status: that of the classroom run (0: nothing lost or duplicated), 2 if it cannot start.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
from prometheus_client.parser import text_string_to_metric_families
from rich.console import Console
from rich.table import Table

from . import processes
from .classroom import execute, outcome
from .classroom_config import add_arguments, knobs_from
from .report import write_json

SOAK_SCENARIO = Path(__file__).parent / "scenarios" / "soak.toml"
#: Figure: (Prometheus sample name, scale). Subscriptions add up every channel kind.
FIGURES: dict[str, tuple[str, float]] = {
    "rss_mib": ("twinspace_process_resident_bytes", 1 / 2**20),
    "open_fds": ("twinspace_process_open_fds", 1.0),
    "asyncio_tasks": ("twinspace_asyncio_tasks", 1.0),
    "subscriptions": ("twinspace_ws_subscriptions", 1.0),
    "connections": ("twinspace_ws_connections", 1.0),
    "broker_channels": ("twinspace_broker_channels", 1.0),
}
#: Figures that must come back to their value before the load once every client has gone.
COUNTS = ("open_fds", "asyncio_tasks", "subscriptions", "connections", "broker_channels")
#: Flat: the last fifth's median within this fraction of the first fifth's, or within the
#: figure's absolute slack (small counts move by a few with the churn in flight).
TOLERANCE = 0.10
SLACK: dict[str, float] = {
    "rss_mib": 5.0,
    # The database pool and the file store open theirs on first use, during the load.
    "open_fds": 16.0,
    "asyncio_tasks": 20.0,
    "subscriptions": 10.0,
    "connections": 5.0,
    "broker_channels": 5.0,
}
#: Seconds a scrape may take before the sample is skipped (counted in the report).
SCRAPE_TIMEOUT_S = 10.0
#: Samples taken before the load and after it.
EDGE_SAMPLES = 3


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser("soak", help=__doc__.splitlines()[0] if __doc__ else "")
    add_soak_arguments(parser)
    parser.set_defaults(run=run)


def add_soak_arguments(parser: argparse.ArgumentParser) -> None:
    add_arguments(parser)
    parser.set_defaults(scenario=SOAK_SCENARIO)
    add = parser.add_argument
    add("--minutes", type=float, default=10.0, help="minutes of load (the scenario's duration)")
    add("--sample-every", type=float, default=5.0, help="seconds between two scrapes")
    add("--settle", type=float, default=10.0, help="seconds after the load before 'after'")
    add(
        "--serve",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="start a fresh server for the soak (default) or soak the one at --url",
    )
    add("--server-workers", type=int, default=1, help="with --serve: server processes")
    add("--redis-url", default="", help="with --serve: Redis for --server-workers above 1")
    add("--metrics-token", default="", help="with --no-serve: the server's metrics token")


def parse(text: str) -> dict[str, float]:
    """The soak's figures from one /metrics answer."""
    wanted = {name: (figure, scale) for figure, (name, scale) in FIGURES.items()}
    values: dict[str, float] = {}
    families = {name for name, _ in FIGURES.values()}
    for family in text_string_to_metric_families(text):
        if family.name in families:  # a labelled gauge with no label yet is a 0
            figure = next(f for f, (name, _) in FIGURES.items() if name == family.name)
            values.setdefault(figure, 0.0)
        for sample in family.samples:
            if sample.name in wanted:
                figure, scale = wanted[sample.name]
                values[figure] = values.get(figure, 0.0) + sample.value * scale
    # A labelled gauge before its first label (no subscription yet) is absent altogether in
    # multiprocess mode: none held is what it means.
    values.setdefault("subscriptions", 0.0)
    return {figure: round(value, 2) for figure, value in values.items()}


class Sampler:
    """Scrapes /metrics every ``every`` seconds on a thread (the classroom run blocks the
    main one); each sample carries time.monotonic() to be lined up with the run's phases."""

    def __init__(self, url: str, token: str, every: float) -> None:
        self.url, self.every = url.rstrip("/") + "/metrics", every
        self.headers = {"Authorization": f"Bearer {token}"}
        self.samples: list[dict[str, Any]] = []
        self.failed = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.loop, name="soak-sampler", daemon=True)

    def take(self) -> None:
        try:
            response = httpx.get(self.url, headers=self.headers, timeout=SCRAPE_TIMEOUT_S)
            response.raise_for_status()
        except httpx.HTTPError:
            self.failed += 1
            return
        self.samples.append({"at": time.monotonic(), **parse(response.text)})

    def loop(self) -> None:
        while not self.stop.wait(self.every):
            self.take()

    @contextlib.contextmanager
    def running(self) -> Iterator[None]:
        self.thread.start()
        try:
            yield
        finally:
            self.stop.set()
            self.thread.join(SCRAPE_TIMEOUT_S + self.every)


def slope_per_minute(points: list[tuple[float, float]]) -> float | None:
    """Least-squares slope of (seconds, value) points, per minute."""
    if len(points) < 2:
        return None
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    if spread == 0:
        return None
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread
    return round(slope * 60, 3)


def median(values: list[float]) -> float | None:
    return round(statistics.median(values), 2) if values else None


def analyse(
    samples: list[dict[str, Any]], load: tuple[float, float], before: float, after: float
) -> dict[str, Any]:
    """Per figure: before, the load phase's slope and first/last fifth, after, verdicts."""
    start, end = load
    result: dict[str, Any] = {}
    for figure in FIGURES:
        during = [(s["at"] - start, s[figure]) for s in samples if figure in s]
        loaded = [(t, v) for t, v in during if 0 <= t <= end - start]
        fifth = max(1, len(loaded) // 5)
        first = median([v for _, v in loaded[:fifth]])
        last = median([v for _, v in loaded[-fifth:]])
        prior = median([s[figure] for s in samples if s["at"] < before and figure in s])
        later = median([s[figure] for s in samples if s["at"] >= after and figure in s])
        flat = None
        if first is not None and last is not None and len(loaded) >= 2:
            # Only growth is a leak: a count that fell (sessions that ended) is not one.
            flat = last - first <= max(TOLERANCE * abs(first), SLACK[figure])
        back = None
        if figure in COUNTS and prior is not None and later is not None:
            back = later <= prior + SLACK[figure]
        result[figure] = {
            "before": prior,
            "load_first_fifth": first,
            "load_last_fifth": last,
            "change_percent": round(100 * (last - first) / first, 1) if first and last else None,
            "slope_per_minute": slope_per_minute(loaded),
            "after": later,
            "flat": flat,
            "back_to_before": back,
            "load_samples": len(loaded),
        }
    return result


def verdict(figures: dict[str, Any]) -> str:
    growing = [name for name, f in figures.items() if f["flat"] is False]
    stuck = [name for name, f in figures.items() if f["back_to_before"] is False]
    if not growing and not stuck:
        return "flat"
    parts = []
    if growing:
        parts.append("grew under steady load: " + ", ".join(growing))
    if stuck:
        parts.append("did not come back after the load: " + ", ".join(stuck))
    return "; ".join(parts)


def table(soak: dict[str, Any]) -> Table:
    out = Table(title=f"Soak: {soak['minutes']} min of load, verdict: {soak['verdict']}")
    columns = ("figure", "before", "load first 1/5", "load last 1/5", "change %", "slope/min")
    for column in (*columns, "after", "flat", "back"):
        out.add_column(column, justify="left" if column == "figure" else "right")

    def show(value: object) -> str:
        if value is None or isinstance(value, bool):
            return {None: "-", True: "yes", False: "NO"}[value]
        return str(value)

    for name, f in soak["figures"].items():
        out.add_row(
            name,
            *(
                show(f[k])
                for k in (
                    "before",
                    "load_first_fifth",
                    "load_last_fifth",
                    "change_percent",
                    "slope_per_minute",
                    "after",
                    "flat",
                    "back_to_before",
                )
            ),
        )
    return out


def start_server(args: argparse.Namespace, folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    """A fresh `twinspace serve` for the soak; (process, URL)."""
    data_dir = folder / "data"
    data_dir.mkdir()
    port = processes.free_port()
    server = processes.start_server(
        data_dir,
        port,
        workers=args.server_workers,
        redis_url=args.redis_url,
        metrics_token=args.metrics_token,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + processes.START_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.poll() is not None:
            log = processes.log_tail(data_dir / "server.log")
            raise RuntimeError(f"the server exited with {server.returncode}: {log}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url + "/readyz", timeout=2.0).status_code == 200:
                args.data_dir = data_dir
                return server, url
        time.sleep(0.2)
    processes.stop(server)
    raise RuntimeError("the server was not ready in time")


def soak(args: argparse.Namespace, url: str, server_pid: int | None, console: Console) -> int:
    knobs = replace(knobs_from(args), url=url, duration=args.minutes * 60)
    knobs.check()
    args.server_pid = server_pid
    sampler = Sampler(url, args.metrics_token, args.sample_every)
    for _ in range(EDGE_SAMPLES):
        sampler.take()
    if not sampler.samples:
        console.print(f"[red]cannot start:[/red] {url}/metrics did not answer with the token")
        return 2
    json_path, args.json = args.json, None  # the soak writes one report with both parts
    with sampler.running():
        report = execute(knobs, args, console)
        if report is None:
            return 2
        time.sleep(args.settle)
    for _ in range(EDGE_SAMPLES):
        sampler.take()
        time.sleep(1.0)
    marks = report["marks"]
    load = (marks.get("load", marks["ramp"]), marks.get("drain", marks["end"]))
    figures = analyse(sampler.samples, load, marks["ramp"], marks["end"] + args.settle)
    result = {
        "minutes": args.minutes,
        "target": url,
        "server_workers": args.server_workers if args.serve else None,
        "sample_every_s": args.sample_every,
        "scrapes_failed": sampler.failed,
        "load_average": list(os.getloadavg()),
        "verdict": verdict(figures),
        "figures": figures,
        "samples": [{**s, "second": round(s["at"] - marks["ramp"], 1)} for s in sampler.samples],
    }
    report["soak"] = result
    out = Console()
    if not out.is_terminal:
        out = Console(width=140)
    out.print(table(result))
    if json_path:
        write_json(report, json_path)
    return outcome(report)


def run(args: argparse.Namespace) -> int:
    console = Console(stderr=True)
    if args.minutes <= 0 or args.sample_every <= 0 or args.settle < 0:
        console.print("[red]cannot start:[/red] --minutes and --sample-every must be positive")
        return 2
    if not args.serve:
        if not args.metrics_token:
            console.print("[red]cannot start:[/red] --no-serve needs the server's --metrics-token")
            return 2
        try:
            return soak(args, knobs_from(args).url, args.server_pid, console)
        except ValueError as exc:
            console.print(f"[red]cannot start:[/red] {exc}")
            return 2
    if args.server_workers > 1 and not args.redis_url:
        console.print("[red]cannot start:[/red] --server-workers above 1 needs --redis-url")
        return 2
    args.metrics_token = args.metrics_token or secrets.token_urlsafe(24)
    with tempfile.TemporaryDirectory(prefix="twinspace-soak-") as folder:
        try:
            server, url = start_server(args, Path(folder))
        except RuntimeError as exc:
            console.print(f"[red]cannot start:[/red] {exc}")
            return 2
        try:
            return soak(args, url, server.pid, console)
        except ValueError as exc:
            console.print(f"[red]cannot start:[/red] {exc}")
            return 2
        finally:
            processes.stop(server)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="twinspace-loadtest soak", description=__doc__)
    add_soak_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
