"""The classroom scenario end to end: a real server process on loopback, the real command.

Small on purpose (2 classrooms of 3 pupils for 3 seconds): it checks that the tool provisions
through the API, keeps every event in sequence and writes its reports, not how fast it is.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from loadtest.classroom_client import Room, Tab, TabError
from loadtest.classroom_config import Knobs
from loadtest.classroom_provision import Classroom, Member
from loadtest.classroom_tally import SeqCheck, Tally, Totals
from loadtest.classroom_worker import (
    CONNECTIONS_PER_CLASSROOM,
    LAG_PROBE_S,
    Worker,
    load_client,
    probe_loop_lag,
    ws_url,
)
from protocol.errors import ErrorCode
from protocol.messages import Error, Event, Reset, ResetReason
from tests.support import free_port

pytestmark = pytest.mark.multiprocess

#: Seconds the server may take to answer /readyz, and the whole run to finish: hang detectors,
#: not expectations (a 3 s run took over 60 s with the suite in parallel at a load average of 15).
READY_TIMEOUT_S = 60.0
RUN_TIMEOUT_S = 180.0
#: Hang detector of the load client's test (its failure without the fix is httpx's 30 s
#: PoolTimeout).
HANG_S = 120.0
#: Seconds the lag test blocks its event loop.
BLOCK_S = 1.0


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """``twinspace serve`` on a free loopback port with its own data folder."""
    port = free_port()
    log = (tmp_path / "server.log").open("wb")
    command = [
        sys.executable,
        "-c",
        "from server.cli import main; main()",
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--data-dir",
        str(tmp_path / "data"),
        "--log-level",
        "warning",
    ]
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + READY_TIMEOUT_S
        while time.monotonic() < deadline:
            try:
                if httpx.get(url + "/readyz", timeout=1.0).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        else:
            pytest.fail("the server did not become ready")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


def test_seq_check_counts_gaps_and_repeats() -> None:
    tally = Tally(epoch=time.monotonic())
    check = SeqCheck()
    check.start(4)
    for seq in (5, 6, 6, 9, 10):
        check.see(seq, tally)
    assert (tally.lost, tally.duplicated, check.last) == (2, 1, 10)


@pytest.mark.parametrize(
    ("code", "retryable"), [(ErrorCode.UNAVAILABLE, True), (ErrorCode.FORBIDDEN, False)]
)
async def test_a_subscribe_refused_as_unavailable_is_tried_again(
    code: ErrorCode, retryable: bool
) -> None:
    """A Redis shard failing over answers subscribes with ``unavailable`` for a few seconds:
    the tab comes back later, as after a first answer ``unavailable``; other refusals stand."""
    tally = Tally(epoch=time.monotonic())
    tab = Tab(Member(1, "token", teacher=False), Room(space_id=3), "ws://unused/ws", tally)
    waiting = asyncio.get_running_loop().create_future()
    tab.waiting["s1"] = waiting
    tab.handle(Error(code=code, message="refused", ref="s1"))
    with pytest.raises(TabError) as refused:
        await waiting
    assert refused.value.retryable is retryable
    assert tally.errors[str(code)] == 1


def test_a_reset_restarts_the_check_of_its_own_channel_only() -> None:
    """After a Redis failover a channel's numbering jumps, announced by a ``reset`` on that
    channel: a presence channel's reset once restarted the space channel's check, and the
    presence events after the jump were counted lost."""
    tally = Tally(epoch=time.monotonic())
    room = Room(space_id=3)
    tab = Tab(Member(1, "token", teacher=False), room, "ws://unused/ws", tally)
    tab.space.start(7)
    tab.presence.start(3)
    tab.handle(Reset(channel=room.presence_channel, seq=1_000_003, reason=ResetReason.RESTARTED))
    tab.handle(Event(channel=room.presence_channel, seq=1_000_004, event="leave", data={}))
    tab.handle(Event(channel=room.space_channel, seq=8, event="space.updated", data={}))
    assert (tally.lost, tally.duplicated, tally.resets) == (0, 0, 1)
    assert (tab.space.last, tab.presence.last) == (8, 1_000_004)


def test_acknowledged_posts_of_every_worker_add_up_in_the_totals() -> None:
    """Each generator process sends the ids of the posts it got a 201 for; the totals hold
    them all, for the deployment's check against the database."""
    first, second = Tally(epoch=time.monotonic()), Tally(epoch=time.monotonic())
    first.acknowledged_posts += [4, 9]
    second.acknowledged_posts += [5]
    totals = Totals()
    for tally in (first, second):
        totals.add(tally.encode())
    assert sorted(totals.acknowledged_posts) == [4, 5, 9]


def test_ws_url_follows_the_http_scheme() -> None:
    assert ws_url("http://127.0.0.1:8000/") == "ws://127.0.0.1:8000/ws"
    assert ws_url("https://twinspace.example") == "wss://twinspace.example/ws"


def test_classroom_run_loses_and_duplicates_nothing(server: str, tmp_path: Path) -> None:
    report_path, plot_path = tmp_path / "r.json", tmp_path / "p.png"
    command = [
        sys.executable,
        "-m",
        "loadtest",
        "classroom",
        "--url",
        server,
        "--data-dir",
        str(tmp_path / "data"),
        "--classrooms",
        "2",
        "--pupils",
        "3",
        "--duration",
        "3",
        "--churn-rate",
        "1",
        "--teacher-action-every",
        "1",
        "--drain",
        "1",
        "--forum-post-rate",
        "2",
        "--moderate-every",
        "1",
        "--upload-every",
        "0.5",
        "--upload-kb",
        "32",
        "--chat-rate",
        "2",
        "--json",
        str(report_path),
        "--plot",
        str(plot_path),
    ]
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=RUN_TIMEOUT_S, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["continuity"]["lost"] == 0
    assert report["continuity"]["duplicated"] == 0
    assert report["failures"] == []
    assert report["provisioning"]["accounts"] == 8
    connections = report["connections"]
    assert connections["expected"] == 8
    assert connections["opened"] == 8 + connections["churns"]
    assert connections["connect_ms"]["count"] == connections["opened"]
    assert report["teacher_actions"] > 0
    assert report["forum"]["posts"] > 0
    assert report["forum"]["moderations"] > 0
    assert report["chat"]["messages"] > 0
    for kind in ("space", "presence", "forum", "moderation", "chat"):
        latency = report["latency_ms"][kind]
        assert latency["count"] > 0
        assert 0 < latency["p50"] <= latency["p99"] <= latency["max"]
    assert plot_path.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    # Pupils uploaded files meanwhile (the archive's hook), every one of them accepted.
    assert report["uploads"]["count"] > 0
    assert report["uploads"]["latency_ms"]["count"] == report["uploads"]["count"]
    assert not [error for error in report["errors"] if "upload" in error], report["errors"]


def test_classroom_run_provisioned_straight_into_the_database_loses_nothing(
    server: str, tmp_path: Path
) -> None:
    """``--provision database``: the classrooms are rows and session tokens written into the
    server's database (no sign-in, no argon2), and the run goes on as through the API."""
    report_path = tmp_path / "r.json"
    database = f"sqlite+aiosqlite:///{(tmp_path / 'data' / 'twinspace.sqlite3').resolve()}"
    command = [
        *(sys.executable, "-m", "loadtest", "classroom", "--url", server),
        *("--provision", "database", "--database-url", database),
        *("--classrooms", "2", "--pupils", "3", "--duration", "3", "--drain", "1"),
        *("--teacher-action-every", "1", "--forum-post-rate", "2", "--moderate-every", "1"),
        *("--upload-every", "1", "--upload-kb", "8", "--chat-rate", "2", "--video-peers", "0"),
        *("--json", str(report_path)),
    ]
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=RUN_TIMEOUT_S, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["provisioning"]["through"] == "database"
    assert report["provisioning"]["accounts"] == 8
    assert (report["continuity"]["lost"], report["continuity"]["duplicated"]) == (0, 0)
    assert report["connections"]["opened"] >= 8
    # The teachers' tokens act as the teachers: they updated, posted and moderated.
    assert report["teacher_actions"] > 0
    assert report["forum"]["moderations"] > 0
    assert report["forum"]["acknowledged_ids"]
    # The one server on SQLite may answer 503 "try again" when its writers queue past the busy
    # timeout (seen at load average 17, with a whole suite beside it): a clear answer, nothing
    # lost. Anything else is an error of the run.
    unexpected = {
        error: count
        for error, count in report["errors"].items()
        if "503" not in error and "HTTPStatusError" not in error
    }
    assert unexpected == {}, report["errors"]


async def test_the_load_client_holds_its_requests_at_once_and_queues_the_rest() -> None:
    """The load phase's HTTP client has CONNECTIONS_PER_CLASSROOM connections per classroom,
    and a request beyond them waits for one instead of failing. The server here answers
    nothing until that many requests are in at once: httpx's default pool (100 for the
    whole worker) never got there and the run's requests failed with PoolTimeout, as 316 of
    a full-size run did."""
    classrooms = 20
    pool = classrooms * CONNECTIONS_PER_CLASSROOM  # 160, past httpx's default of 100
    extra = 10
    in_flight, all_in = 0, asyncio.Event()
    handlers: list[asyncio.Task[None]] = []

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal in_flight
        with contextlib.suppress(ConnectionError, asyncio.IncompleteReadError):
            while await reader.readuntil(b"\r\n\r\n"):
                in_flight += 1
                if in_flight >= pool:
                    all_in.set()
                await all_in.wait()
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
                await writer.drain()
        writer.close()
        with contextlib.suppress(ConnectionError):
            await writer.wait_closed()

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        handlers.append(asyncio.current_task())  # type: ignore[arg-type]
        await serve(reader, writer)

    listener = await asyncio.start_server(answer, "127.0.0.1", 0)
    port = listener.sockets[0].getsockname()[1]
    try:
        async with (
            asyncio.timeout(HANG_S),
            load_client(f"http://127.0.0.1:{port}", classrooms) as c,
        ):
            answers = await asyncio.gather(*(c.get("/") for _ in range(pool + extra)))
    finally:
        listener.close()
        # Each connection's handler ends on the client's close: let them finish here.
        await asyncio.gather(*handlers, return_exceptions=True)
    assert [a.status_code for a in answers] == [200] * (pool + extra)


async def test_a_blocked_generator_loop_is_recorded_as_its_lag() -> None:
    """A worker whose event loop is held up by blocking work records it as its loop lag (at
    least the block less the probe's own pause): a report can tell a late generator from a
    slow server."""
    tally = Tally(epoch=time.monotonic())
    probe = asyncio.create_task(probe_loop_lag(tally))
    await asyncio.sleep(0)  # the probe asks to wake LAG_PROBE_S from now
    time.sleep(BLOCK_S)  # noqa: ASYNC251 (the point: the loop is blocked)
    await asyncio.sleep(LAG_PROBE_S)  # the probe wakes, late, and records
    probe.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await probe
    least_us = (BLOCK_S - LAG_PROBE_S) * 1_000_000
    assert tally.histograms["loop_lag"].get_max_value() >= least_us


async def test_a_worker_opens_at_most_open_concurrency_tabs_at_once() -> None:
    """Tabs wait for a place to open (``open_concurrency``): a ramp of thousands against a
    slow deployment had them all in flight, timing out and trying again (436 of 5,200 open
    after 200 s). The tabs' network part is replaced by a pause that counts who is in it."""
    pupils = tuple(Member(n, f"p{n}", teacher=False) for n in range(2, 12))
    classroom = Classroom(space_id=1, teacher=Member(1, "t", teacher=True), pupils=pupils)
    knobs = Knobs(open_concurrency=3)
    worker = Worker(0, [classroom], knobs, time.monotonic(), queue=None)  # type: ignore[arg-type]
    inside = most = 0

    async def open_slowly() -> None:
        nonlocal inside, most
        inside += 1
        most = max(most, inside)
        await asyncio.sleep(0.01)
        inside -= 1

    tabs = [tab for room in worker.tabs for tab in room]
    for tab in tabs:
        tab.open = open_slowly  # type: ignore[method-assign]
    await asyncio.gather(*(worker.open_tab(tab) for tab in tabs))
    assert most == knobs.open_concurrency


def test_a_tab_behind_at_the_end_is_counted_lost_and_apart_from_gaps() -> None:
    """The tail check counts what an open tab lacks against the furthest tab of its
    classroom as lost, and also apart (``lost_at_tail``): a full-size run under load counted
    5,846 lost with space events delivered 87 s late, and could not say which were late."""
    pupils = (Member(2, "p2", teacher=False), Member(3, "p3", teacher=False))
    classroom = Classroom(space_id=1, teacher=Member(1, "t", teacher=True), pupils=pupils)
    worker = Worker(0, [classroom], Knobs(), time.monotonic(), queue=None)  # type: ignore[arg-type]
    teacher, ahead, behind = worker.tabs[0]
    for tab in (teacher, ahead, behind):
        tab.ws = object()  # type: ignore[assignment]  # open, as far as the check sees
    teacher.space.start(10)
    ahead.space.start(10)
    behind.space.start(7)
    behind.space.see(9, worker.tally)  # a gap in its stream (8 never came)...
    worker.check_tails()  # ...and 10 not yet there at the end
    assert (worker.tally.lost, worker.tally.lost_at_tail) == (2, 1)
