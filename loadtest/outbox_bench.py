"""``python -m loadtest.outbox_bench``: what the durable outbox's table write costs a post.

For each database (SQLite, PostgreSQL) and each of ``--rounds`` rounds, two runs, in an
order that alternates from round to round: the server with the outbox write (the default)
and without it (``loadtest/outbox_server.py --outbox off``, the code before the outbox). Each
run gets a fresh database and a fresh server process; ``--posters`` pupils then post replies
to one thread in a closed loop (each sends its next post when the last is answered) for
``--duration`` seconds after ``--warmup``, while the teacher's socket follows the thread.

Per run: post latency (POST sent to 201 received), posts/s, and post-to-event latency (POST
sent to the teacher's ``post.created``). Printed: each run, then per database the median of
the rounds' figures for each mode and the ratio with ÷ without. Nothing is judged.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import itertools
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from rich.console import Console
from rich.table import Table
from sqlalchemy import text
from websockets.asyncio.client import ClientConnection

from protocol.codec import decode_server_message
from protocol.messages import Event
from server.security import Secrets
from server.services.accounts import create_national_admin
from storage.database import create_engine, make_sessionmaker, migrate, normalize_url

from . import procstat
from .classroom_forum import open_watcher
from .classroom_provision import Credentials, provision
from .processes import free_port, log_tail, stop, wait_until_up
from .report import write_json
from .stats import percentiles

NS_PER_S = 1_000_000_000
#: Seconds to wait after the last post for its event to reach the watcher.
EVENT_WAIT_S = 5.0
DEFAULT_POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"


@dataclass(slots=True)
class Samples:
    posts_ns: list[int] = field(default_factory=list)
    events_ns: list[int] = field(default_factory=list)
    sent: dict[str, int] = field(default_factory=dict)  # nonce -> monotonic ns of the POST
    measured: set[str] = field(default_factory=set)  # nonces posted inside the window
    errors: dict[str, int] = field(default_factory=dict)

    def error(self, what: str) -> None:
        self.errors[what] = self.errors.get(what, 0) + 1


@contextlib.asynccontextmanager
async def fresh_database(
    kind: str, folder: Path, postgres_url: str, prefix: str = "twinspace_outbox_bench"
) -> Any:
    """A new, migrated database with one national admin; yields (url, credentials). A
    PostgreSQL database is named ``<prefix>_<random>`` and dropped afterwards."""
    if kind == "sqlite":
        url = f"sqlite+aiosqlite:///{folder / 'bench.sqlite3'}"
        dropped = None
    else:
        name = f"{prefix}_{secrets.token_hex(4)}"
        await admin_statement(postgres_url, f'CREATE DATABASE "{name}"')
        url = normalize_url(postgres_url).set(database=name).render_as_string(hide_password=False)
        dropped = name
    try:
        engine = create_engine(url)
        creds = Credentials(f"bench-nso-{secrets.token_hex(3)}@bench.example", "bench-pass-9!")
        try:
            await migrate(engine)
            async with make_sessionmaker(engine)() as db, db.begin():
                await create_national_admin(
                    db,
                    Secrets(cheap_hashing=True),
                    dt.datetime.now(dt.UTC),
                    email=creds.email,
                    password=creds.password,
                    display_name="Bench NSO",
                    country="FR",
                )
        finally:
            await engine.dispose()
        yield url, creds
    finally:
        if dropped is not None:
            await admin_statement(postgres_url, f'DROP DATABASE IF EXISTS "{dropped}" WITH (FORCE)')


async def admin_statement(postgres_url: str, statement: str) -> None:
    engine = create_engine(postgres_url)
    try:
        async with engine.connect() as conn:
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.execute(text(statement))
    finally:
        await engine.dispose()


def start_server(
    folder: Path, port: int, database_url: str, redis_url: str, outbox: str
) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "loadtest.outbox_server", "--port", str(port)]
    command += ["--data-dir", str(folder), "--database-url", database_url, "--outbox", outbox]
    if redis_url:
        command += ["--redis-url", redis_url]
    log = (folder / "server.log").open("wb")
    return subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603


async def watch(ws: ClientConnection, samples: Samples) -> None:
    with contextlib.suppress(Exception):
        async for frame in ws:
            message = decode_server_message(frame)
            if isinstance(message, Event) and message.event == "post.created":
                nonce = str(message.data["post"]["body"])
                sent = samples.sent.pop(nonce, None)
                if sent is not None and nonce in samples.measured:
                    samples.events_ns.append(time.monotonic_ns() - sent)


async def poster(
    client: httpx.AsyncClient,
    path: str,
    token: str,
    index: int,
    window: tuple[int, int],
    samples: Samples,
) -> int:
    """Post back to back until the window ends; returns the posts answered inside it."""
    headers = {"Authorization": f"Bearer {token}"}
    done = 0
    for n in itertools.count():
        began = time.monotonic_ns()
        if began >= window[1]:
            return done
        nonce = f"bench {index}.{n}"
        samples.sent[nonce] = began
        inside = began >= window[0]
        if inside:
            samples.measured.add(nonce)
        try:
            response = await client.post(
                path, json={"body": nonce, "client_id": f"bench-{index}-{n}"}, headers=headers
            )
        except httpx.HTTPError as exc:
            samples.error(type(exc).__name__)
            samples.measured.discard(nonce)
            continue
        if response.status_code != 201:  # 503: SQLite's busy timeout, under heavy load
            samples.error(f"http {response.status_code}")
            samples.measured.discard(nonce)  # not stored, so no event to wait for
            continue
        if inside:
            samples.posts_ns.append(time.monotonic_ns() - began)
            done += 1
    return done


async def one_run(args: argparse.Namespace, kind: str, outbox: str, folder: Path) -> dict[str, Any]:
    async with fresh_database(kind, folder, args.postgres_url) as (database_url, creds):
        port = free_port()
        process = start_server(folder, port, database_url, args.redis_url, outbox)
        try:
            await wait_until_up(process, port, "/readyz")
            return await measure(args, f"http://127.0.0.1:{port}", creds, process.pid)
        except Exception:
            Console(stderr=True).print(log_tail(folder / "server.log"))
            raise
        finally:
            stop(process)


async def measure(
    args: argparse.Namespace, url: str, creds: Credentials, pid: int
) -> dict[str, Any]:
    [room], _, _ = await provision(
        url, creds, classrooms=1, pupils=args.posters, country="FR", concurrency=10
    )
    samples = Samples()
    limits = httpx.Limits(max_connections=args.posters + 4)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:
        forum = f"/api/spaces/{room.space_id}/forum"
        teacher = {"Authorization": f"Bearer {room.teacher.token}"}
        opened = await client.post(
            f"{forum}/threads",
            json={"title": "Bench", "body": "Go", "client_id": "bench-thread"},
            headers=teacher,
        )
        opened.raise_for_status()
        thread_id = int(opened.json()["thread"]["id"])
        channel = f"thread:{room.space_id}:{thread_id}"
        ws = await open_watcher(
            "ws" + url.removeprefix("http") + "/ws", room.teacher.token, (channel,)
        )
        watcher = asyncio.create_task(watch(ws, samples))
        start = time.monotonic_ns() + int(args.warmup * NS_PER_S)
        window = (start, start + int(args.duration * NS_PER_S))
        cpu_before: procstat.ProcSample | None = None

        async def sample_cpu() -> None:
            nonlocal cpu_before
            await asyncio.sleep(max(0.0, (start - time.monotonic_ns()) / NS_PER_S))
            cpu_before = procstat.sample(pid)

        sampling = asyncio.create_task(sample_cpu())
        path = f"{forum}/threads/{thread_id}/posts"
        counts = await asyncio.gather(
            *(
                poster(client, path, pupil.token, n, window, samples)
                for n, pupil in enumerate(room.pupils)
            )
        )
        await sampling
        cpu_after = procstat.sample(pid)
        deadline = time.monotonic() + EVENT_WAIT_S
        while len(samples.events_ns) < len(samples.measured) and time.monotonic() < deadline:  # noqa: ASYNC110 - polls a count the watcher task grows
            await asyncio.sleep(0.05)
        watcher.cancel()
        await asyncio.gather(watcher, return_exceptions=True)
        await ws.close()
    assert cpu_before is not None
    return {
        "posts": sum(counts),
        "posts_per_s": round(sum(counts) / args.duration, 1),
        "post_ms": percentiles(samples.posts_ns).as_dict(),
        "event_ms": percentiles(samples.events_ns).as_dict(),
        "events_missing": len(samples.measured) - len(samples.events_ns),
        "server_cpu_percent": procstat.cpu_percent(cpu_before, cpu_after),
        "errors": samples.errors,
    }


def load_average() -> float:
    return round(os.getloadavg()[0], 1)


FIGURES = (
    ("posts/s", ("posts_per_s",)),
    ("post p50 ms", ("post_ms", "p50")),
    ("post p99 ms", ("post_ms", "p99")),
    ("event p50 ms", ("event_ms", "p50")),
    ("event p99 ms", ("event_ms", "p99")),
    ("server CPU %", ("server_cpu_percent",)),
)


def figure(run: dict[str, Any], path: tuple[str, ...]) -> float:
    value: Any = run
    for key in path:
        value = value[key]
    return float(value)


def summarize(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Per database: the median over rounds of each figure, per mode, and with ÷ without."""
    summary: dict[str, Any] = {}
    for kind in sorted({r["database"] for r in runs}):
        per_mode = {
            mode: {
                name: round(
                    statistics.median(
                        figure(r["result"], path)
                        for r in runs
                        if r["database"] == kind and r["outbox"] == mode
                    ),
                    2,
                )
                for name, path in FIGURES
            }
            for mode in ("on", "off")
        }
        ratios = {
            name: round(per_mode["on"][name] / per_mode["off"][name], 2)
            if per_mode["off"][name]
            else None
            for name, _ in FIGURES
        }
        summary[kind] = {"with": per_mode["on"], "without": per_mode["off"], "ratio": ratios}
    return summary


def print_report(report: dict[str, Any]) -> None:
    console = Console(width=140)
    runs = Table(title="outbox benchmark: every run")
    for column in ("database", "round", "outbox", "load", *(name for name, _ in FIGURES)):
        runs.add_column(column)
    for run in report["runs"]:
        values = [str(figure(run["result"], path)) for _, path in FIGURES]
        runs.add_row(run["database"], str(run["round"]), run["outbox"], str(run["load"]), *values)
    console.print(runs)
    medians = Table(title="medians over rounds; ratio = with outbox ÷ without")
    for column in ("database", "figure", "with", "without", "ratio"):
        medians.add_column(column)
    for kind, figures in report["summary"].items():
        for name, _ in FIGURES:
            medians.add_row(
                kind,
                name,
                str(figures["with"][name]),
                str(figures["without"][name]),
                str(figures["ratio"][name]),
            )
    console.print(medians)


def run_folder(scratch: Path, name: str) -> Path:
    folder = scratch / name
    folder.mkdir(parents=True)
    return folder


async def bench(args: argparse.Namespace) -> dict[str, Any]:
    runs: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="outbox-bench-") as scratch:
        for kind in args.databases:
            for round_ in range(args.rounds):
                modes = ("on", "off") if round_ % 2 == 0 else ("off", "on")
                for mode in modes:
                    folder = run_folder(Path(scratch), f"{kind}-{round_}-{mode}")
                    load = load_average()
                    result = await one_run(args, kind, mode, folder)
                    runs.append(
                        {
                            "database": kind,
                            "round": round_,
                            "outbox": mode,
                            "load": load,
                            "result": result,
                        }
                    )
                    Console(stderr=True).print(f"{kind} round {round_} outbox {mode}: {result}")
    return {
        "scenario": "outbox",
        "knobs": {
            "posters": args.posters,
            "duration": args.duration,
            "warmup": args.warmup,
            "rounds": args.rounds,
            "redis": bool(args.redis_url),
        },
        "runs": runs,
        "summary": summarize(runs),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m loadtest.outbox_bench")
    parser.add_argument(
        "--databases", nargs="+", choices=("sqlite", "postgres"), default=["sqlite", "postgres"]
    )
    parser.add_argument(
        "--postgres-url", default=DEFAULT_POSTGRES, help="server to make databases on"
    )
    parser.add_argument("--redis-url", default="", help="the Redis broker (default in-process)")
    parser.add_argument("--posters", type=int, default=10, help="pupils posting at once")
    parser.add_argument("--duration", type=float, default=8.0, help="measured seconds per run")
    parser.add_argument("--warmup", type=float, default=1.0, help="seconds before measuring")
    parser.add_argument("--rounds", type=int, default=3, help="runs of each mode per database")
    parser.add_argument("--json", type=Path, help="write the report here")
    args = parser.parse_args(argv)
    if args.posters < 1 or args.rounds < 1 or args.duration <= 0:
        parser.error("posters and rounds must be at least 1, duration above 0")
    report = asyncio.run(bench(args))
    print_report(report)
    if args.json:
        write_json(report, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
