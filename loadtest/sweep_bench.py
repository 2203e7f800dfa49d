"""``python -m loadtest.sweep_bench``: what the session sweep's database question costs.

Every 15 s each server process asks which of its connections' sessions still run and what
their accounts' status is (``Hub.sweep_sessions`` -> ``storage.repositories.auth_sessions.
standing``). A py-spy profile of an idle server holding 10,000 tabs put 4 % of its CPU there,
most of it SQLAlchemy rendering an expanding ``IN`` with one parameter per id again at every
execution (docs/benchmarks.md). On PostgreSQL the ids now travel as one array (``= ANY``).

For each database and each of ``--rounds`` rounds, the same ``--sessions`` sessions are
checked ``--calls`` times by the current code and by the expanding ``IN`` in batches of 500
(the code before, kept here as the baseline), in an order that alternates from round to
round. Both must give the same answer. Printed: per database and variant, the percentiles of
one whole check's process CPU and wall time, the ratio of the medians current ÷ baseline, and
the load average at the start and end. Nothing is judged.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from protocol.vocabulary import AccountKind, AccountStatus
from storage.database import create_engine, make_sessionmaker
from storage.models import Account, AuthSession
from storage.repositories import accounts as account_repo
from storage.repositories.auth_sessions import standing

from .outbox_bench import DEFAULT_POSTGRES, fresh_database
from .report import write_json
from .stats import percentiles

NOW = dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC)
#: The batch of the code before: ids per expanding IN.
BASELINE_BATCH = 500

Answer = tuple[set[int], dict[int, AccountStatus]]
Check = Callable[[AsyncSession, list[tuple[int, int]], dt.datetime], Awaitable[Answer]]


async def expanding_in(
    session: AsyncSession, pairs: list[tuple[int, int]], now: dt.datetime
) -> Answer:
    """The baseline: the sweep's question as it was, expanding IN in batches of 500."""
    wanted = sorted(set(pairs))
    live: set[int] = set()
    statuses: dict[int, AccountStatus] = {}
    for start in range(0, len(wanted), BASELINE_BATCH):
        batch = wanted[start : start + BASELINE_BATCH]
        sessions = await session.execute(
            select(AuthSession.id).where(
                AuthSession.id.in_([s for s, _ in batch]), AuthSession.expires_at > now
            )
        )
        live.update(sessions.scalars())
        accounts = await session.execute(
            select(Account.id, Account.status).where(Account.id.in_({a for _, a in batch}))
        )
        statuses.update({row[0]: row[1] for row in accounts})
    return live, statuses


VARIANTS: dict[str, Check] = {"current": standing, "baseline": expanding_in}


async def seed(url: str, count: int) -> list[tuple[int, int]]:
    """``count`` teachers with a session each (every tenth expired); their (session, account)."""
    engine = create_engine(url)
    try:
        async with make_sessionmaker(engine)() as db, db.begin():
            people = [
                account_repo.new(
                    kind=AccountKind.TEACHER,
                    status=AccountStatus.ACTIVE,
                    display_name=f"Bench teacher {n}",
                    now=NOW,
                )
                for n in range(count)
            ]
            db.add_all(people)
            await db.flush()
            sessions = [
                AuthSession(
                    token_hash=f"{n:064x}",
                    csrf_hash=f"{n:064x}",
                    account_id=person.id,
                    created_at=NOW,
                    expires_at=NOW + dt.timedelta(seconds=-1 if n % 10 == 0 else 3600),
                )
                for n, person in enumerate(people)
            ]
            db.add_all(sessions)
            await db.flush()
            return [(s.id, s.account_id) for s in sessions]
    finally:
        await engine.dispose()


async def time_calls(url: str, check: Check, pairs: list[tuple[int, int]], calls: int) -> Any:
    """``calls`` checks in one session each, as the sweep does: CPU and wall ns of each, and
    the last answer."""
    engine = create_engine(url)
    cpu: list[int] = []
    wall: list[int] = []
    answer: Answer = (set(), {})
    try:
        for _ in range(calls):
            cpu_start, wall_start = time.process_time_ns(), time.perf_counter_ns()
            async with make_sessionmaker(engine)() as db:
                answer = await check(db, pairs, NOW)
            cpu.append(time.process_time_ns() - cpu_start)
            wall.append(time.perf_counter_ns() - wall_start)
    finally:
        await engine.dispose()
    return cpu, wall, answer


async def bench_database(kind: str, args: argparse.Namespace, folder: Path) -> dict[str, Any]:
    async with fresh_database(kind, folder, args.postgres_url, "twinspace_sweep_bench") as (
        url,
        _,
    ):
        pairs = await seed(url, args.sessions)
        samples: dict[str, dict[str, list[int]]] = {v: {"cpu": [], "wall": []} for v in VARIANTS}
        answers: dict[str, Answer] = {}
        names = list(VARIANTS)
        for round_ in range(args.rounds):
            for name in names if round_ % 2 == 0 else names[::-1]:
                cpu, wall, answers[name] = await time_calls(url, VARIANTS[name], pairs, args.calls)
                samples[name]["cpu"] += cpu
                samples[name]["wall"] += wall
        if answers["current"] != answers["baseline"]:
            raise SystemExit(f"{kind}: the current check and the baseline disagree")
    figures: dict[str, Any] = {
        name: {what: percentiles(values).as_dict() for what, values in s.items()}
        for name, s in samples.items()
    }
    figures["ratio_cpu_p50"] = round(
        figures["current"]["cpu"]["p50"] / figures["baseline"]["cpu"]["p50"], 3
    )
    figures["ratio_wall_p50"] = round(
        figures["current"]["wall"]["p50"] / figures["baseline"]["wall"]["p50"], 3
    )
    figures["live_sessions"] = len(answers["current"][0])
    return figures


async def run(args: argparse.Namespace) -> dict[str, Any]:
    report: dict[str, Any] = {
        "sessions": args.sessions,
        "calls": args.calls,
        "rounds": args.rounds,
        "load_average_start": os.getloadavg(),
    }
    with tempfile.TemporaryDirectory(prefix="sweep-bench-") as folder:
        for kind in args.databases:
            report[kind] = await bench_database(kind, args, Path(folder))
    report["load_average_end"] = os.getloadavg()
    return report


def describe(report: dict[str, Any]) -> str:
    lines = [
        f"{report['sessions']} sessions, {report['calls']} checks x {report['rounds']} rounds "
        f"per variant; load average {report['load_average_start'][0]:.2f} -> "
        f"{report['load_average_end'][0]:.2f}"
    ]
    for kind in ("postgres", "sqlite"):
        if kind not in report:
            continue
        figures = report[kind]
        for name in VARIANTS:
            cpu, wall = figures[name]["cpu"], figures[name]["wall"]
            lines.append(
                f"{kind} {name:8} one check: CPU ms p50 {cpu['p50']:.2f} p95 {cpu['p95']:.2f} "
                f"p99 {cpu['p99']:.2f}; wall ms p50 {wall['p50']:.2f} p95 {wall['p95']:.2f} "
                f"p99 {wall['p99']:.2f}"
            )
        lines.append(
            f"{kind} current / baseline, medians: CPU {figures['ratio_cpu_p50']}, "
            f"wall {figures['ratio_wall_p50']} ({figures['live_sessions']} sessions live)"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m loadtest.sweep_bench", description=__doc__)
    parser.add_argument("--sessions", type=int, default=5000, help="sessions checked per call")
    parser.add_argument("--calls", type=int, default=10, help="checks per variant and round")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument(
        "--databases", nargs="+", choices=["postgres", "sqlite"], default=["postgres", "sqlite"]
    )
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES)
    parser.add_argument("--json", type=Path, help="write the report here")
    args = parser.parse_args(argv)
    if args.sessions < 1 or args.calls < 1 or args.rounds < 1:
        parser.error("--sessions, --calls and --rounds must be at least 1")
    report = asyncio.run(run(args))
    print(describe(report))
    if args.json is not None:
        write_json(report, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
