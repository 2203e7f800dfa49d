"""``twinspace-loadtest group``: one group of 5,000 members with 500 online (issue 21).

    twinspace-loadtest group [--members 5000] [--online 500] [--ramp 30] [--idle 30]
        [--duration 60] [--post-rate 5] [--reaction-rate 5] [--churn-rate 2] [--workers 2]
        [--database-url URL] [--redis-url URL] [--json group.json]

It starts its own server (:mod:`loadtest.outbox_server`: `twinspace serve`'s application and
transport in one process, the forum's posting limits lifted so that 5 posts/s are not refused
by the 300-a-minute space limit), makes the group straight into the database
(:mod:`loadtest.group_provision`: 5,000 members through the API would be 5,000 sign-ups) with a
signed-in session for each tab, then plays:

1. **ramp**: ``online`` tabs open over ``--ramp`` seconds, each reading the group's open
   thread (``thread:<id>:<thread>``) as one of its readers (``readers:<id>:<thread>``) and
   watching the group's presence (``presence:<id>``);
2. **idle**: ``--idle`` seconds of reading with nothing posted: the server's CPU for the
   online readers (the issue's "idle readers" target);
3. **load**: ``--duration`` seconds of posts to the thread at ``--post-rate`` a second from
   the online members (HTTP, bearer tokens), and beside them reactions at
   ``--reaction-rate`` a second (a member adds or takes back a reaction to one of the last
   20 posts, :mod:`loadtest.reactions`; each one a change, so one ``post.reactions`` to
   every tab), while
   ``--churn-rate`` tabs a second close and reopen a second later, resuming the thread with
   ``since``;
4. **drain**: until every open tab has the last post (at most 30 s).

The tabs run in ``--workers`` processes (:mod:`loadtest.group_worker`); this one posts.
Reported: post→delivery p50/p99 (from the post's HTTP request to ``post.created`` in each
tab; a resumed tab's replayed posts are counted delivered but not timed), presence messages
(counts and the thread's readers snapshots) per online client per minute and per 10 s, the
server's CPU (a core = 100 %) and memory per phase (and the generator's CPU, to tell its
queue from the server's), lost and duplicated thread events (a gap or a repeat of the
channel's sequence in a tab, posts' and reactions' events alike; must be 0), and the
reactions made and their deliveries (``post.reactions`` received against reactions times
online). Exit status 0 when every tab came up and nothing was lost or duplicated.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import multiprocessing
import os
import queue as queues
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import insert

from server.security import new_token, token_hash
from storage.database import create_engine, make_sessionmaker
from storage.models import AuthSession

from . import procstat
from .classroom_worker import ws_url
from .group_provision import ProvisionedGroup, provision_group
from .group_tab import POST_MARK, GroupTally
from .group_worker import DRAIN_TIMEOUT_S, Signals, WorkerPlan, worker_main
from .knob_flags import add_knob_flags
from .reactions import ReactionPlay
from .stats import percentiles

#: Seconds the server may take to answer /readyz.
READY_TIMEOUT_S = 60.0
#: Seconds the worker processes may take to start (Python's spawn imports the modules).
WORKER_START_S = 60.0
#: Seconds past the planned ramp the tabs may take to come up before the run fails.
RAMP_SLACK_S = 120.0
#: Seconds the workers may take to drain and report once posting is over.
DRAIN_SLACK_S = DRAIN_TIMEOUT_S + 60.0
#: The issue's targets on this machine (measured, not asserted by the run).
TARGETS = {"post_p99_ms": 100.0, "presence_per_client_per_10s": 1.0, "idle_cpu_percent": 10.0}


@dataclass(frozen=True, slots=True)
class GroupKnobs:
    members: int = 5000
    online: int = 500
    ramp_s: float = 30.0
    idle_s: float = 30.0
    duration_s: float = 60.0
    post_rate: float = 5.0
    reaction_rate: float = 5.0
    churn_rate: float = 2.0
    workers: int = 2
    database_url: str = ""
    redis_url: str = ""
    seed: int = 21


#: The help text of each knob's flag (loadtest.knob_flags).
KNOB_HELP = {
    "members": "members of the group",
    "online": "members with a tab open",
    "ramp_s": "seconds over which the tabs open",
    "idle_s": "seconds of reading with nothing posted",
    "duration_s": "seconds of posts, reactions and churn",
    "post_rate": "posts a second",
    "reaction_rate": "reactions added or taken back a second",
    "churn_rate": "tabs a second that close and reopen a second later",
    "workers": "tab processes",
    "database_url": "the server's database (default: a new SQLite file)",
    "redis_url": "the server's broker (default: the in-process one)",
    "seed": "of the load pattern's random choices",
}


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser("group", help=__doc__.splitlines()[0] if __doc__ else "")
    add_knob_flags(parser, GroupKnobs(), KNOB_HELP)
    parser.add_argument("--json", type=Path, default=None, help="write the report here")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    names = {f for f in GroupKnobs.__dataclass_fields__}
    knobs = GroupKnobs(**{k: v for k, v in vars(args).items() if k in names})
    if knobs.online > knobs.members or knobs.online < 2:
        print("--online must be between 2 and --members", file=sys.stderr)
        return 2
    report = asyncio.run(scenario(knobs))
    text = json.dumps(report, indent=2)
    print(text)
    if args.json is not None:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0 if report["ok"] else 1


# -- the server ------------------------------------------------------------------------------


@contextlib.contextmanager
def own_server(data_dir: Path, database_url: str, redis_url: str) -> Any:
    """The scenario's server on a free port; yields (base URL, process)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "loadtest.outbox_server", "--port", str(port)]
    command += ["--data-dir", str(data_dir), "--database-url", database_url]
    if redis_url:
        command += ["--redis-url", redis_url]
    log = (data_dir / "server.log").open("wb")
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + READY_TIMEOUT_S
        while True:
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(url + "/readyz", timeout=1.0).status_code == 200:
                    break
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the server did not start; see {data_dir / 'server.log'}")
            time.sleep(0.1)
        yield url, process
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


async def sign_in_all(database_url: str, account_ids: list[int], now: dt.datetime) -> list[str]:
    """A bearer token for each account, written as the sign-in would (hashes only)."""
    engine = create_engine(database_url)
    tokens = [new_token() for _ in account_ids]
    rows = [
        {
            "token_hash": token_hash(token),
            "csrf_hash": token_hash(new_token()),
            "account_id": account_id,
            "created_at": now,
            "expires_at": now + dt.timedelta(days=1),
        }
        for token, account_id in zip(tokens, account_ids, strict=True)
    ]
    try:
        async with make_sessionmaker(engine)() as db, db.begin():
            for start in range(0, len(rows), 1000):
                await db.execute(insert(AuthSession), rows[start : start + 1000])
    finally:
        await engine.dispose()
    return tokens


async def provision(knobs: GroupKnobs, database_url: str) -> tuple[ProvisionedGroup, list[str]]:
    now = dt.datetime.now(dt.UTC)
    engine = create_engine(database_url)
    try:
        run_id = f"{os.getpid()}-{int(time.time())}"
        group = await provision_group(make_sessionmaker(engine), knobs.members, now, run=run_id)
    finally:
        await engine.dispose()
    tokens = await sign_in_all(database_url, list(group.account_ids[: knobs.online]), now)
    return group, tokens


# -- phases ----------------------------------------------------------------------------------


class Phases:
    """The server's CPU and memory over each phase, and the generator's CPU beside it."""

    def __init__(self, server_pid: int, generator_pids: list[int]) -> None:
        self.server_pid, self.generator_pids = server_pid, generator_pids
        self.figures: dict[str, dict[str, float]] = {}
        self.current: tuple[str, procstat.ProcSample, float] | None = None

    def generator_cpu_s(self) -> float:
        total = 0.0
        for pid in self.generator_pids:
            with contextlib.suppress(OSError):  # a worker that has exited
                total += procstat.sample(pid).cpu_s
        return total

    def begin(self, name: str) -> None:
        self.end()
        self.current = (name, procstat.sample(self.server_pid), self.generator_cpu_s())

    def end(self) -> None:
        if self.current is None:
            return
        name, before, generator_before = self.current
        after = procstat.sample(self.server_pid)
        seconds = after.at - before.at
        generator = (self.generator_cpu_s() - generator_before) / seconds if seconds else 0.0
        self.figures[name] = {
            "seconds": round(seconds, 2),
            "server_cpu_percent": round(procstat.cpu_percent(before, after), 2),
            "server_rss_mib": round(after.rss_bytes / 2**20, 1),
            "generator_cpu_percent": round(100 * generator, 1),
        }
        self.current = None


async def post_loop(
    client: httpx.AsyncClient,
    path: str,
    tokens: list[str],
    knobs: GroupKnobs,
    rng: random.Random,
    recent: ReactionPlay,
) -> tuple[int, int]:
    """Posts at ``post_rate`` for ``duration_s`` (a fixed schedule); (made, refused). Each
    post made becomes one of ``recent``'s posts to react to."""
    made = refused = 0
    pending: set[asyncio.Task[None]] = set()
    started = time.monotonic()
    total = int(knobs.post_rate * knobs.duration_s)

    async def one(number: int) -> None:
        nonlocal made, refused
        token = tokens[rng.randrange(len(tokens))]
        text = f"{POST_MARK}{number}@{time.monotonic():.6f} a word for the group"
        body = {"body": text, "client_id": f"lt-post-{number:08d}"}
        answer = await client.post(path, json=body, headers={"authorization": f"Bearer {token}"})
        if answer.status_code == 201:
            made += 1
            recent.posted(int(answer.json()["id"]))
        else:
            refused += 1

    for number in range(1, total + 1):
        await asyncio.sleep(max(0.0, started + (number - 1) / knobs.post_rate - time.monotonic()))
        task = asyncio.create_task(one(number))
        pending.add(task)
        task.add_done_callback(pending.discard)
    await asyncio.gather(*pending)
    return made, refused


async def collect(results: Any, kind: str, count: int, timeout_s: float) -> list[Any]:
    """``count`` messages of ``kind`` from the workers (their third field)."""
    found: list[Any] = []
    deadline = time.monotonic() + timeout_s
    while len(found) < count:
        left = deadline - time.monotonic()
        if left <= 0:
            raise RuntimeError(f"the workers did not all report {kind!r} in time")
        try:
            message = await asyncio.to_thread(results.get, True, min(left, 1.0))
        except queues.Empty:
            continue
        if message[0] == kind:
            found.append(message[2])
    return found


async def play(knobs: GroupKnobs, base: str, pid: int, database_url: str) -> dict[str, Any]:
    provisioned_at = time.monotonic()
    group, tokens = await provision(knobs, database_url)
    provision_s = time.monotonic() - provisioned_at
    rng = random.Random(knobs.seed)  # noqa: S311 (a load pattern)
    space = group.space_id
    context = multiprocessing.get_context("spawn")
    async with httpx.AsyncClient(base_url=base, timeout=30.0) as client:
        owner = {"authorization": f"Bearer {tokens[0]}"}
        opening = {"title": "Welcome", "body": "Say hello", "area": "open"}
        opening["client_id"] = "lt-opening"
        made = await client.post(f"/api/spaces/{space}/forum/threads", json=opening, headers=owner)
        made.raise_for_status()
        thread = int(made.json()["thread"]["id"])
        signals = Signals(context.Event(), context.Event(), context.Event(), context.Value("i", -1))
        results: Any = context.Queue()
        workers = max(1, min(knobs.workers, knobs.online))
        processes = []
        for index in range(workers):
            plan = WorkerPlan(
                index=index,
                ws_url=ws_url(base),
                tokens=tuple(tokens[index::workers]),
                presence_channel=f"presence:{space}",
                thread_channel=f"thread:{space}:{thread}",
                ramp_s=knobs.ramp_s,
                churn_rate=knobs.churn_rate / workers,
                seed=knobs.seed + index,
            )
            process = context.Process(target=worker_main, args=(plan, signals, results))
            process.start()
            processes.append(process)
        phases = Phases(pid, [os.getpid(), *(p.pid for p in processes if p.pid is not None)])
        try:
            phases.begin("ramp")
            await collect(results, "ramped", workers, WORKER_START_S + knobs.ramp_s + RAMP_SLACK_S)
            phases.begin("idle")
            signals.idle.set()
            await asyncio.sleep(knobs.idle_s)
            phases.begin("load")
            signals.load.set()
            path = f"/api/spaces/{space}/forum/threads/{thread}/posts"
            pattern = random.Random(knobs.seed + 1)  # noqa: S311 (a load pattern)
            reactions = ReactionPlay(client, f"/api/spaces/{space}/forum/posts", tokens, pattern)
            reacting = asyncio.create_task(reactions.run(knobs.reaction_rate, knobs.duration_s))
            posted, refused = await post_loop(client, path, tokens, knobs, rng, reactions)
            await reacting
            # The thread's channel: one post.created per post made (a reply publishes no
            # other event there), after the opening's none, and one post.reactions per
            # reaction that changed something (each one the play makes does).
            signals.head.value = posted + reactions.made
            signals.stop.set()
            phases.begin("drain")
            tallies = await collect(results, "done", workers, DRAIN_SLACK_S)
            phases.end()
        finally:
            for process in processes:
                process.join(timeout=10)
                if process.is_alive():
                    process.kill()
    tally = GroupTally()
    for part in tallies:
        tally.add(part)
    return report_of(knobs, tally, phases, provision_s, posted, refused, reactions)


def report_of(
    knobs: GroupKnobs,
    tally: GroupTally,
    phases: Phases,
    provision_s: float,
    posted: int,
    refused: int,
    reactions: ReactionPlay,
) -> dict[str, Any]:
    minutes = tally.presence_seconds / 60 or 1.0
    idle_minutes = knobs.idle_s * knobs.online / 60 or 1.0
    report: dict[str, Any] = {
        "scenario": "group",
        "knobs": asdict(knobs),
        "provision_seconds": round(provision_s, 2),
        "tabs": {
            "online": knobs.online,
            "opened": tally.opened,
            "failed": tally.failed,
            "failures": dict(tally.failures),
            "resumed_with_since": tally.resumed,
            "resets": tally.resets,
            "churned": tally.churned,
            "open_at_end": tally.open_at_end,
        },
        "posts": {"made": posted, "refused": refused},
        "post_to_delivery_ms": percentiles(tally.latencies_ns).as_dict(),
        "deliveries": {"received": tally.deliveries, "expected": posted * knobs.online},
        "reactions": {
            "made": reactions.made,
            "added": reactions.added,
            "taken_back": reactions.taken_back,
            "refused": reactions.refused,
            "skipped": reactions.skipped,
            "deliveries": {
                "received": tally.reaction_deliveries,
                "expected": reactions.made * knobs.online,
            },
        },
        "lost": tally.lost,
        "duplicated": tally.duplicated,
        "tabs_behind_after_drain": tally.behind_after_drain,
        "presence": {
            "messages": tally.presence_messages,
            "readers_messages": tally.readers_messages,
            "per_client_per_10s": round(tally.presence_messages / minutes / 6, 3),
            "per_client_per_minute": round(tally.presence_messages / minutes, 2),
            "idle_messages": tally.idle_presence_messages,
            "idle_per_client_per_minute": round(tally.idle_presence_messages / idle_minutes, 2),
        },
        "server": phases.figures,
        "load_average": os.getloadavg(),
        "targets": TARGETS,
    }
    report["ok"] = tally.failed == 0 and tally.lost == 0 and tally.duplicated == 0
    return report


async def scenario(knobs: GroupKnobs) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="group-loadtest-") as folder:
        data_dir = Path(folder)
        database_url = knobs.database_url or f"sqlite+aiosqlite:///{data_dir / 'group.sqlite3'}"
        with own_server(data_dir, database_url, knobs.redis_url) as (base, process):
            return await play(knobs, base, process.pid, database_url)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m loadtest.group")
    add_parser(parser.add_subparsers(dest="scenario_name", required=True))
    args = parser.parse_args(["group", *(sys.argv[1:] if argv is None else argv)])
    result: int = args.run(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
