"""Generator processes: each holds a share of the client connections and obeys the coordinator.

One process parsing 15,000 frames a second saturates a core, so the clients can be spread over
several processes (``--workers``); the coordinator reads each one's CPU from /proc so that a
saturated generator shows in the report. Commands and replies are plain dicts over a pipe.

Modes: ``twinspace`` (ours), ``baseline`` (raw websockets) and ``socketio`` (python-socketio's
own ``AsyncClient``, see :mod:`loadtest.baseline_socketio`).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import multiprocessing
import multiprocessing.connection
import resource
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol

import uvloop
from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed

from . import baseline_socketio
from .clients import (
    Recorder,
    Tally,
    bounded,
    heartbeat,
    join,
    note_delivery,
    open_client,
    read_events,
)

#: Seconds a stalled client gets, once resumed at the end, to read what waited for it.
STALL_DRAIN_S = 3.0

Command = dict[str, Any]
Reply = dict[str, Any]


@dataclass(slots=True)
class Held:
    """One connection: a websockets one (``ws``) or a socketio client (``close`` only)."""

    ws: ClientConnection | None
    tally: Tally | None
    reader: asyncio.Task[None] | None
    close: Callable[[], Awaitable[object]]
    closed: Callable[[], bool]

    @classmethod
    def of(
        cls, ws: ClientConnection, tally: Tally | None, reader: asyncio.Task[None] | None
    ) -> Held:
        return cls(ws, tally, reader, ws.close, lambda: reader is not None and reader.done())


async def discard(ws: ClientConnection) -> None:
    with contextlib.suppress(ConnectionClosed):
        async for _ in ws:
            pass


class Worker:
    """The connections of one generator process and what they recorded."""

    def __init__(self) -> None:
        self.held: list[Held] = []
        self.stalled: Held | None = None
        self.recorder = Recorder()
        #: The latencies of the stalled client's channel-mates (a stalled run's "neighbours"),
        #: apart from everyone else's: the stalled client's effect is their p99 over the
        #: others' in the same run, which the machine's load shifts alike.
        self.neighbours = Recorder()
        self.beat: asyncio.Task[None] | None = None

    async def handle(self, command: Command) -> Reply:
        op = command["op"]
        if op == "idle":
            return await self.idle(command["url"], command["tokens"], command["concurrency"])
        if op == "subscribe":
            return await self.subscribe(command)
        if op == "finish":
            return await self.finish(command["window"])
        if op == "progress":
            return self.progress()
        raise ValueError(f"unknown command {op!r}")

    def start_heartbeat(self, mode: str) -> None:
        if mode == "twinspace" and self.beat is None:
            self.beat = asyncio.create_task(
                heartbeat(
                    lambda: [h.ws for h in self.held if h is not self.stalled and h.ws is not None]
                )
            )

    def progress(self) -> Reply:
        """Events received so far, and when the last one arrived (a saturating run polls)."""
        tallies = [h.tally for h in self.held if h.tally is not None]
        return {
            "received": sum(t.received for t in tallies),
            "last_received_ns": max((t.last_received_ns for t in tallies), default=0),
        }

    async def idle(self, url: str, tokens: list[str], concurrency: int) -> Reply:
        async def one(token: str) -> None:
            ws = await open_client(url, "twinspace", token)
            self.held.append(Held.of(ws, None, asyncio.create_task(discard(ws))))

        # Beating from the start: a connect phase longer than the idle timeout (60 s, on a
        # busy machine) would otherwise lose its first connections before the measurement.
        self.start_heartbeat("twinspace")
        results = await bounded([functools.partial(one, t) for t in tokens], concurrency)
        return failures(results)

    async def subscribe(self, command: Command) -> Reply:
        url, mode, stall = command["url"], command["mode"], command.get("stall")
        stalled_channel = command.get("stalled_channel")

        async def one(index: int, token: str | None, channel: str) -> None:
            if mode == "socketio":
                await one_socketio(channel)
                return
            ws = await open_client(url, mode, token)
            seq = await join(ws, mode, channel)
            tally = Tally(channel, seq, seq)
            if index == stall:
                # Stops reading: the kernel buffers fill, then the server's queue for it.
                ws.transport.pause_reading()
                tally.stalled_at_ns = time.monotonic_ns()
                self.stalled = Held.of(ws, tally, None)
                self.held.append(self.stalled)
            else:
                recorder = self.neighbours if channel == stalled_channel else self.recorder
                task = asyncio.create_task(read_events(ws, tally, recorder))
                self.held.append(Held.of(ws, tally, task))

        async def one_socketio(channel: str) -> None:
            tally = Tally(channel, 0, 0)  # the publisher's counter starts at 1 in each run
            recorder = self.recorder

            def on_tick(seq: int, sent_ns: int, now_ns: int) -> None:
                note_delivery(tally, recorder, seq, sent_ns, now_ns)

            client = await baseline_socketio.open_subscriber(url, channel, on_tick)
            self.held.append(
                Held(None, tally, None, client.disconnect, lambda: not client.connected)
            )

        jobs = [
            functools.partial(one, i, token, channel)
            for i, (token, channel) in enumerate(command["assignments"])
        ]
        results = await bounded(jobs, command["concurrency"])
        self.start_heartbeat(mode)
        return failures(results)

    async def finish(self, window: tuple[int, int]) -> Reply:
        """Close everything; the run's latencies inside the window and every tally."""
        closed_early = sum(1 for h in self.held if h.closed())
        stalled: dict[str, Any] | None = None
        if self.stalled is not None and self.stalled.tally is not None and self.stalled.ws:
            self.stalled.ws.transport.resume_reading()
            tally = self.stalled.tally
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(STALL_DRAIN_S):
                    await read_events(self.stalled.ws, tally, None)
            stalled = tally_dict(tally)
        if self.beat is not None:
            self.beat.cancel()
            self.beat = None
        await bounded([h.close for h in self.held], 500)
        readers = [h.reader for h in self.held if h.reader is not None]
        await asyncio.gather(*readers, return_exceptions=True)
        tallies = [
            tally_dict(h.tally) for h in self.held if h.tally is not None and h is not self.stalled
        ]
        latencies = self.recorder.within(*window)
        neighbours = self.neighbours.within(*window)
        self.held, self.stalled, self.recorder, self.neighbours = [], None, Recorder(), Recorder()
        return {
            "latencies": latencies.tobytes(),
            "neighbour_latencies": neighbours.tobytes(),
            "tallies": tallies,
            "stalled": stalled,
            "closed_early": closed_early,
        }


def tally_dict(tally: Tally) -> dict[str, Any]:
    return {
        "channel": tally.channel,
        "ack_seq": tally.ack_seq,
        "last_seq": tally.last_seq,
        "received": tally.received,
        "duplicates": tally.duplicates,
        "resets": tally.resets,
        "closing_code": tally.closing_code,
        "close_code": tally.close_code,
        "last_sent_ns": tally.last_sent_ns,
        "last_received_ns": tally.last_received_ns,
        "stalled_at_ns": tally.stalled_at_ns,
    }


def failures(results: list[object]) -> Reply:
    errors = [repr(r) for r in results if isinstance(r, BaseException)]
    return {"ok": len(results) - len(errors), "failed": len(errors), "errors": errors[:5]}


def raise_nofile(wanted: int = 0) -> tuple[int, int]:
    """Raise this process's open-file limit to its hard limit, or to ``wanted`` if that is
    higher and the process may raise the hard limit (root); (soft, hard) afterwards."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if wanted > hard:
        with contextlib.suppress(ValueError, OSError):  # not root: the hard limit stays
            resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, wanted))
            return resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)


class Handler(Protocol):
    async def handle(self, command: Command) -> Reply: ...


async def serve_commands(
    conn: multiprocessing.connection.Connection, worker: Handler | None = None
) -> None:
    """Answer the coordinator's commands with ``worker`` (a :class:`Worker` by default)."""
    worker = worker or Worker()
    loop = asyncio.get_running_loop()
    while True:
        command: Command = await loop.run_in_executor(None, conn.recv)
        if command["op"] == "exit":
            return
        try:
            reply = await worker.handle(command)
        except Exception as exc:  # the coordinator reports it and stops
            reply = {"error": repr(exc)}
        conn.send(reply)


def worker_main(conn: multiprocessing.connection.Connection) -> None:
    """Entry point of a generator process."""
    raise_nofile()
    uvloop.run(serve_commands(conn))


class Pool:
    """The generator processes, started with ``spawn`` (no event loop state is forked)."""

    def __init__(
        self,
        count: int,
        target: Callable[[multiprocessing.connection.Connection], None] = worker_main,
    ) -> None:
        context = multiprocessing.get_context("spawn")
        self.pipes: list[multiprocessing.connection.Connection] = []
        self.processes: list[multiprocessing.process.BaseProcess] = []
        for _ in range(count):
            parent, child = context.Pipe()
            process = context.Process(target=target, args=(child,), daemon=True)
            process.start()
            self.pipes.append(parent)
            self.processes.append(process)

    @property
    def pids(self) -> list[int]:
        return [p.pid for p in self.processes if p.pid is not None]

    def __len__(self) -> int:
        return len(self.processes)

    def _roundtrip(self, index: int, command: Command) -> Reply:
        self.pipes[index].send(command)
        reply: Reply = self.pipes[index].recv()
        return reply

    async def ask_all(self, commands: list[Command]) -> list[Reply]:
        """One command per process, run at once; raises if any process failed."""
        loop = asyncio.get_running_loop()
        replies = await asyncio.gather(
            *(loop.run_in_executor(None, self._roundtrip, i, c) for i, c in enumerate(commands))
        )
        for reply in replies:
            if "error" in reply:
                raise RuntimeError(f"generator process failed: {reply['error']}")
        return list(replies)

    def close(self) -> None:
        for pipe in self.pipes:
            with contextlib.suppress(OSError):
                pipe.send({"op": "exit"})
        for process in self.processes:
            process.join(timeout=10)
            if process.is_alive():
                process.terminate()
                process.join(timeout=5)
