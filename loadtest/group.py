"""``twinspace-loadtest group``: one group of 5,000 members with 500 online (issue 21).

    twinspace-loadtest group [--members 5000] [--online 500] [--ramp 30] [--idle 30]
        [--duration 60] [--post-rate 5] [--churn-rate 2] [--database-url URL]
        [--redis-url URL] [--json group.json]

It starts its own server (:mod:`loadtest.outbox_server`: `twinspace serve`'s application and
transport in one process, the forum's posting limits lifted so that 5 posts/s are not refused
by the 300-a-minute space limit), makes the group straight into the database
(:mod:`loadtest.group_provision`: 5,000 members through the API would be 5,000 sign-ups) with a
signed-in session for each tab, then plays:

1. **ramp**: ``online`` tabs open over ``--ramp`` seconds, each reading the group's open
   thread (``thread:<id>:<thread>``) and watching its presence (``presence:<id>``);
2. **idle**: ``--idle`` seconds of reading with nothing posted: the server's CPU for the
   online readers (the issue's "idle readers" target);
3. **load**: ``--duration`` seconds of posts to the thread at ``--post-rate`` a second from
   the online members (HTTP, bearer tokens) while ``--churn-rate`` tabs a second close and
   reopen a second later, resuming the thread with ``since``;
4. **drain**: until every open tab has the last post (at most 30 s).

Reported: post→delivery p50/p99 (from the post's HTTP request to ``post.created`` in each
tab), presence messages per online client per minute, the server's CPU (a core = 100 %) and
memory per phase, lost and duplicated thread events (a gap or a repeat of the channel's
sequence in a tab; must be 0). Reactions to posts are not played: the server has no
reactions yet. Exit status 0 when every tab came up and nothing was lost or duplicated.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import os
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
from .group_tab import POST_MARK, GroupTab, GroupTally, TabFailed
from .stats import percentiles

#: Seconds the server may take to answer /readyz.
READY_TIMEOUT_S = 60.0
#: Seconds the drain waits at most for the last post to reach every open tab.
DRAIN_TIMEOUT_S = 30.0
#: Seconds a churned tab stays closed before reopening with ``since``.
CHURN_GAP_S = 1.0
#: Tabs opening at once during the ramp (a connect storm is not what this measures).
RAMP_CONCURRENCY = 20
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
    churn_rate: float = 2.0
    database_url: str = ""
    redis_url: str = ""
    seed: int = 21


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser("group", help=__doc__.splitlines()[0] if __doc__ else "")
    defaults = GroupKnobs()
    parser.add_argument("--members", type=int, default=defaults.members)
    parser.add_argument("--online", type=int, default=defaults.online)
    parser.add_argument("--ramp", type=float, default=defaults.ramp_s, dest="ramp_s")
    parser.add_argument("--idle", type=float, default=defaults.idle_s, dest="idle_s")
    parser.add_argument("--duration", type=float, default=defaults.duration_s, dest="duration_s")
    parser.add_argument("--post-rate", type=float, default=defaults.post_rate)
    parser.add_argument("--churn-rate", type=float, default=defaults.churn_rate)
    parser.add_argument("--database-url", default="", help="default: a new SQLite file")
    parser.add_argument("--redis-url", default="", help="default: the in-process broker")
    parser.add_argument("--seed", type=int, default=defaults.seed)
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
    """The server's CPU and memory over each phase."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.figures: dict[str, dict[str, float]] = {}
        self.current: tuple[str, procstat.ProcSample] | None = None

    def begin(self, name: str) -> None:
        self.end()
        self.current = (name, procstat.sample(self.pid))

    def end(self) -> None:
        if self.current is None:
            return
        name, before = self.current
        after = procstat.sample(self.pid)
        self.figures[name] = {
            "seconds": round(after.at - before.at, 2),
            "server_cpu_percent": round(procstat.cpu_percent(before, after), 2),
            "server_rss_mib": round(after.rss_bytes / 2**20, 1),
        }
        self.current = None


async def ramp(tabs: list[GroupTab], seconds: float, tally: GroupTally) -> None:
    gate = asyncio.Semaphore(RAMP_CONCURRENCY)
    started = time.monotonic()

    async def one(index: int, tab: GroupTab) -> None:
        await asyncio.sleep(max(0.0, started + seconds * index / len(tabs) - time.monotonic()))
        async with gate:
            try:
                await tab.open()
            except TabFailed:
                tally.failed += 1

    await asyncio.gather(*(one(i, t) for i, t in enumerate(tabs)))


async def post_loop(
    client: httpx.AsyncClient,
    path: str,
    tokens: list[str],
    knobs: GroupKnobs,
    tally: GroupTally,
    rng: random.Random,
) -> tuple[int, int]:
    """Posts at ``post_rate`` for ``duration_s`` (fixed schedule); (made, refused)."""
    made = refused = 0
    pending: set[asyncio.Task[None]] = set()
    started = time.monotonic()
    total = int(knobs.post_rate * knobs.duration_s)

    async def one(number: int) -> None:
        nonlocal made, refused
        token = tokens[rng.randrange(len(tokens))]
        text = f"{POST_MARK}{number} a word for the group"
        body = {"body": text, "client_id": f"lt-post-{number:08d}"}
        tally.sent_at[number] = time.monotonic()
        answer = await client.post(path, json=body, headers={"authorization": f"Bearer {token}"})
        if answer.status_code == 201:
            made += 1
        else:
            refused += 1

    for number in range(1, total + 1):
        await asyncio.sleep(max(0.0, started + (number - 1) / knobs.post_rate - time.monotonic()))
        task = asyncio.create_task(one(number))
        pending.add(task)
        task.add_done_callback(pending.discard)
    await asyncio.gather(*pending)
    return made, refused


async def churn_loop(
    tabs: list[GroupTab], knobs: GroupKnobs, rng: random.Random, stop: asyncio.Event
) -> int:
    """Close ``churn_rate`` tabs a second; each reopens CHURN_GAP_S later with ``since``."""
    if knobs.churn_rate <= 0:
        await stop.wait()
        return 0
    churned = 0
    reopening: set[asyncio.Task[None]] = set()

    async def cycle(tab: GroupTab) -> None:
        await tab.close()
        await asyncio.sleep(CHURN_GAP_S)
        with contextlib.suppress(TabFailed):
            await tab.open()

    while not stop.is_set():
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), 1 / knobs.churn_rate)
        if stop.is_set():
            break
        open_tabs = [t for t in tabs if t.is_open]
        if open_tabs:
            task = asyncio.create_task(cycle(rng.choice(open_tabs)))
            reopening.add(task)
            task.add_done_callback(reopening.discard)
            churned += 1
    await asyncio.gather(*reopening)
    return churned


async def drain(tabs: list[GroupTab], head: int, tally: GroupTally) -> int:
    """Wait until every open tab has the thread's last event; the tabs still behind."""
    deadline = time.monotonic() + DRAIN_TIMEOUT_S
    while time.monotonic() < deadline:
        behind = [t for t in tabs if t.is_open and t.last_seq < head]
        if not behind:
            return 0
        await asyncio.sleep(0.2)
    behind = [t for t in tabs if t.is_open and t.last_seq < head]
    tally.lost += sum(head - t.last_seq for t in behind)
    return len(behind)


async def play(knobs: GroupKnobs, base: str, pid: int, database_url: str) -> dict[str, Any]:
    provisioned_at = time.monotonic()
    group, tokens = await provision(knobs, database_url)
    provision_s = time.monotonic() - provisioned_at
    tally, rng, phases = GroupTally(), random.Random(knobs.seed), Phases(pid)  # noqa: S311
    space = group.space_id
    async with httpx.AsyncClient(base_url=base, timeout=30.0) as client:
        owner = {"authorization": f"Bearer {tokens[0]}"}
        opening = {"title": "Welcome", "body": "Say hello", "area": "open"}
        opening["client_id"] = "lt-opening"
        made = await client.post(f"/api/spaces/{space}/forum/threads", json=opening, headers=owner)
        made.raise_for_status()
        thread = int(made.json()["thread"]["id"])
        presence, thread_channel = f"presence:{space}", f"thread:{space}:{thread}"
        ws = ws_url(base)
        tabs = [GroupTab(ws, t, presence, thread_channel, tally) for t in tokens]
        phases.begin("ramp")
        await ramp(tabs, knobs.ramp_s, tally)
        phases.begin("idle")
        idle_presence_before = tally.presence_messages
        await asyncio.sleep(knobs.idle_s)
        idle_presence = tally.presence_messages - idle_presence_before
        phases.begin("load")
        stop = asyncio.Event()
        churning = asyncio.create_task(churn_loop(tabs, knobs, rng, stop))
        path = f"/api/spaces/{space}/forum/threads/{thread}/posts"
        posted, refused = await post_loop(client, path, tokens, knobs, tally, rng)
        stop.set()
        churned = await churning
        phases.begin("drain")
        # The thread's events: one post.created per post made (a reply publishes no other
        # event on the thread's own channel).
        behind = await drain(tabs, posted, tally)
        phases.end()
        online_at_end = sum(1 for t in tabs if t.is_open)
        for tab in tabs:
            await tab.close()
    minutes = tally.presence_seconds / 60 or 1.0
    per_minute = tally.presence_messages / minutes
    idle_minutes = (knobs.idle_s * online_at_end) / 60 or 1.0
    latency = percentiles(tally.latencies_ns).as_dict()
    expected = posted * len(tabs)
    report: dict[str, Any] = {
        "scenario": "group",
        "knobs": asdict(knobs),
        "provision_seconds": round(provision_s, 2),
        "tabs": {
            "online": len(tabs),
            "opened": tally.opened,
            "failed": tally.failed,
            "resumed_with_since": tally.resumed,
            "resets": tally.resets,
            "churned": churned,
            "open_at_end": online_at_end,
        },
        "posts": {"made": posted, "refused": refused},
        "post_to_delivery_ms": latency,
        "deliveries": {"received": tally.deliveries, "expected_at_most": expected},
        "lost": tally.lost,
        "duplicated": tally.duplicated,
        "tabs_behind_after_drain": behind,
        "presence": {
            "messages": tally.presence_messages,
            "per_client_per_minute": round(per_minute, 2),
            "idle_messages": idle_presence,
            "idle_per_client_per_minute": round(idle_presence / idle_minutes, 2),
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
