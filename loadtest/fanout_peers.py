"""The peers of the fan-out benchmark (a raw websockets server, python-socketio with its Redis
manager, the Node.js peers of :mod:`loadtest.node_peers`) and the saturating bursts that
alternate between every server in rounds."""

from __future__ import annotations

import contextlib
import subprocess
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import baseline_socketio, node_peers, processes
from .baseline_socketio import SocketioPublisher
from .clients import join, open_client
from .publishers import BaselinePublisher, ClosingPublisher
from .verdicts import median_run

if TYPE_CHECKING:
    from .fanout import Bench

#: Runs one saturating burst on a server that is up; a fresh publisher each time.
Saturator = Callable[[], Awaitable[dict[str, Any]]]


async def saturate_in_rounds(
    saturators: dict[str, Saturator], rounds: int, report: dict[str, Any]
) -> None:
    """``rounds`` saturating bursts on each server, alternating: each round runs every server
    once, the first of the last round going last in this one, so a load that comes and goes
    on a shared machine falls on each in turn. Every run goes into ``saturation_rounds``; the
    tables show each server's median run (the report compares round by round)."""
    names = list(saturators)
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
    for index in range(rounds):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            run = await saturators[name]()
            run["round"] = index
            runs[name].append(run)
    report["saturation_rounds"] = runs
    report["saturation"] = {name: median_run(done) for name, done in runs.items()}


async def run_baseline(
    bench: Bench,
    data_dir: Path,
    report: dict[str, Any],
    peers: contextlib.AsyncExitStack,
    start: Callable[[Path, int], subprocess.Popen[bytes]] = processes.start_baseline,
    key: str = "baseline",
) -> Saturator:
    """A raw broadcast ceiling (websockets, or Node's ``ws``): the same fixed-rate run, under
    ``key`` in the report; the server stays up (until ``peers`` closes) for the saturating
    bursts, which the returned saturator runs."""
    port = processes.free_port()
    url = f"ws://127.0.0.1:{port}"
    server = start(data_dir, port)
    peers.callback(processes.stop, server)
    await processes.wait_until_up(server, port, None)
    ws = await open_client(url, "baseline", None)
    peers.push_async_callback(ws.close)
    await join(ws, "baseline", "publisher")
    publisher = BaselinePublisher(ws)  # the server's seqs persist: so do its counts
    report[key] = await bench.fanout(
        "baseline", url, server.pid, publisher, stall=False, measure_memory=True
    )
    return lambda: bench.saturate("baseline", url, server.pid, publisher)


async def run_socketio(
    bench: Bench,
    data_dir: Path,
    report: dict[str, Any],
    peers: contextlib.AsyncExitStack,
    start: Callable[[Path, int, str], subprocess.Popen[bytes]] = baseline_socketio.start,
    publisher_for: Callable[[str], ClosingPublisher] = SocketioPublisher,
    key: str = "socketio",
) -> Saturator:
    """A Socket.IO server publishing through Redis (python-socketio with its Redis manager, or
    Node's with its Redis adapter): the same fixed-rate run; the server stays up for the
    saturating bursts, each with a publisher of its own (counters from 0 again)."""
    port = processes.free_port()
    url = f"http://127.0.0.1:{port}"
    server = start(data_dir, port, bench.args.redis_url)
    log = data_dir / f"{key}.log"
    peers.callback(lambda: report.__setitem__(f"{key}_log_tail", processes.log_tail(log)))
    peers.callback(processes.stop, server)
    await processes.wait_until_up(server, port, None)
    publisher = publisher_for(bench.args.redis_url)
    try:
        report[key] = await bench.fanout(
            "socketio", url, server.pid, publisher, stall=False, measure_memory=True
        )
    finally:
        await publisher.close()

    async def saturate() -> dict[str, Any]:
        fresh = publisher_for(bench.args.redis_url)
        try:
            return await bench.saturate("socketio", url, server.pid, fresh)
        finally:
            await fresh.close()

    return saturate


async def run_node_peers(
    bench: Bench, data_dir: Path, report: dict[str, Any], peers: contextlib.AsyncExitStack
) -> dict[str, Saturator]:
    """Node's ``ws`` ceiling and Socket.IO with its Redis adapter (installed by
    ``fanout.setup``): their fixed-rate runs, and their saturators by name."""
    saturators: dict[str, Saturator] = {}
    if not bench.args.no_node_ws:
        log = data_dir / "node_ws.log"
        peers.callback(lambda: report.__setitem__("node_ws_log_tail", processes.log_tail(log)))
        saturators["node_ws"] = await run_baseline(
            bench, data_dir, report, peers, node_peers.start_ws, "node_ws"
        )
    if not bench.args.no_node_socketio:
        saturators["node_socketio"] = await run_socketio(
            bench,
            data_dir,
            report,
            peers,
            node_peers.start_socketio,
            node_peers.NodeSocketioPublisher,
            "node_socketio",
        )
    return saturators
