"""A generator process of ``twinspace-loadtest hundredk`` (:mod:`loadtest.hundredk`): tens of
thousands of idle tabs, each authenticated and subscribed to its space and its presence.

Each process connects from its own source addresses (127.0.0.x): a loopback connection is
identified by its two addresses and ports, so every source address has its own ~28,000
ephemeral ports and 100,000 connections to one server port need four or more of them.

A tab is kept small (one :class:`Tab` with slots, its websockets connection, one reader task):
the figure under test is the server's memory, but the clients share the machine. Tabs connect
on a fixed schedule (the coordinator's rate, shared over the processes) and record the time
from the TCP connect to both subscriptions' acks. In a storm (``arm_storm``), a tab whose
socket the server closes reconnects at once, retrying until the server answers, and resumes
its space channel with ``since``, as the web client does after a restart.
"""

from __future__ import annotations

import array
import asyncio
import contextlib
import functools
import multiprocessing.connection
import time
from dataclasses import dataclass

import uvloop
from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed, WebSocketException

from protocol.codec import decode_server_message
from protocol.messages import Ack, Error, Event, Reset, Subscribe
from server.collector import DEFAULT_YOUNG_THRESHOLD, tune_for_serving

from .clients import (
    ANSWER_TIMEOUT_S,
    BenchError,
    Recorder,
    Tally,
    bounded,
    heartbeat,
    note_event,
    open_client,
    send,
)
from .workers import Command, Reply, failures, raise_nofile, serve_commands, tally_dict

#: Open-file limit each generator process asks for (root may raise the hard limit).
NOFILE = 200_000
#: Seconds between a storm's reconnection attempts while the server is down.
RETRY_PAUSE_S = 0.25
#: Seconds a storm's tab keeps trying before it is counted as not back.
STORM_GIVE_UP_S = 180.0


@dataclass(slots=True)
class Tab:
    token: str
    space: int
    address: str
    tally: Tally
    ws: ClientConnection | None = None
    reader: asyncio.Task[None] | None = None
    #: time.monotonic_ns() when the tab was last subscribed again after a storm (0: not yet).
    back_ns: int = 0
    #: Whether this tab's space events are timed (the measured class's).
    timed: bool = False

    @property
    def presence(self) -> str:
        return f"presence:{self.space}"


class HundredkWorker:
    """The tabs of one generator process."""

    def __init__(self) -> None:
        self.tabs: list[Tab] = []
        self.recorder = Recorder()
        self.connect_ns = array.array("q")
        self.beat: asyncio.Task[None] | None = None
        self.storm = False
        self.retries = 0
        self.reconnects: set[asyncio.Task[None]] = set()
        self.url = ""

    async def handle(self, command: Command) -> Reply:
        op = command["op"]
        if op == "connect":
            return await self.connect(command)
        if op == "progress":
            return self.progress()
        if op == "latencies":
            taken, self.recorder = self.recorder, Recorder()
            return {"latencies": taken.latency_ns.tobytes()}
        if op == "arm_storm":
            self.storm = True
            for tab in self.tabs:
                tab.back_ns = 0
            return {"armed": len(self.tabs)}
        if op == "finish":
            return await self.finish()
        raise ValueError(f"unknown command {op!r}")

    def progress(self) -> Reply:
        return {
            "received": sum(t.tally.received for t in self.tabs),
            "open": sum(1 for t in self.tabs if t.ws is not None),
            "back": sum(1 for t in self.tabs if t.back_ns),
            "first_back_ns": min((t.back_ns for t in self.tabs if t.back_ns), default=0),
            "last_back_ns": max((t.back_ns for t in self.tabs), default=0),
            "retries": self.retries,
        }

    async def connect(self, command: Command) -> Reply:
        """Open every tab on the schedule: tab k at ``start_at + k / rate`` (monotonic)."""
        self.url, start_at, rate = command["url"], command["start_at"], command["rate"]
        addresses: list[str] = command["addresses"]
        per_address = command["per_address"]
        timed = set(command["timed"])
        tabs = [
            Tab(token, space, addresses[i // per_address], Tally(f"space:{space}", 0, 0))
            for i, (token, space) in enumerate(command["assignments"])
        ]
        for tab in tabs:
            tab.timed = tab.space in timed
        self.tabs.extend(tabs)
        self.start_heartbeat()

        async def one(index: int, tab: Tab) -> None:
            await asyncio.sleep(max(0.0, start_at + index / rate - time.monotonic()))
            started = time.monotonic_ns()
            await self.open(tab, since=None)
            self.connect_ns.append(time.monotonic_ns() - started)

        jobs = [functools.partial(one, i, t) for i, t in enumerate(tabs)]
        results = await bounded(jobs, command["concurrency"])
        reply = failures(results)
        reply["connect_ns"] = self.connect_ns.tobytes()
        self.connect_ns = array.array("q")
        return reply

    def start_heartbeat(self) -> None:
        if self.beat is None:
            tabs = self.tabs
            self.beat = asyncio.create_task(
                heartbeat(lambda: [t.ws for t in tabs if t.ws is not None])
            )

    async def open(self, tab: Tab, since: int | None) -> None:
        """Connect, authenticate, subscribe to the space (from ``since``) and its presence;
        then read until the socket closes."""
        ws = await open_client(self.url, "twinspace", tab.token, (tab.address, 0))
        try:
            await send(ws, Subscribe(ref="s", channel=tab.tally.channel, since=since))
            await send(ws, Subscribe(ref="p", channel=tab.presence))
            waiting = {"s", "p"}
            async with asyncio.timeout(ANSWER_TIMEOUT_S):
                while waiting:
                    message = decode_server_message(await ws.recv())
                    if isinstance(message, Ack | Error) and message.ref in waiting:
                        if isinstance(message, Error):
                            raise BenchError(f"subscribe refused: {message.code}")
                        waiting.discard(message.ref)
                        if message.ref == "s" and since is None and message.seq is not None:
                            tab.tally.ack_seq = tab.tally.last_seq = message.seq
                    else:
                        self.note(tab, message)
        except BaseException:
            await ws.close()
            raise
        tab.ws = ws
        tab.reader = asyncio.create_task(self.read(tab, ws))

    def note(self, tab: Tab, message: object) -> None:
        """A message after subscribing: the space's events and resets count; presence is
        read and dropped (its traffic is the server's cost, not a figure here)."""
        if isinstance(message, Event) and message.channel == tab.tally.channel:
            recorder = self.recorder if tab.timed else None
            note_event(tab.tally, recorder, message, time.monotonic_ns())
        elif isinstance(message, Reset) and message.channel == tab.tally.channel:
            tab.tally.resets += 1
            tab.tally.last_seq = message.seq

    async def read(self, tab: Tab, ws: ClientConnection) -> None:
        with contextlib.suppress(ConnectionClosed):
            async for frame in ws:
                self.note(tab, decode_server_message(frame))
        tab.tally.close_code = ws.close_code
        if tab.ws is ws:
            tab.ws = None
            if self.storm:
                task = asyncio.create_task(self.come_back(tab))
                self.reconnects.add(task)
                task.add_done_callback(self.reconnects.discard)

    async def come_back(self, tab: Tab) -> None:
        """Reconnect until the server answers, resuming the space channel with ``since``."""
        deadline = time.monotonic() + STORM_GIVE_UP_S
        while time.monotonic() < deadline:
            try:
                await self.open(tab, since=tab.tally.last_seq)
            except (OSError, TimeoutError, WebSocketException, BenchError):
                self.retries += 1
                await asyncio.sleep(RETRY_PAUSE_S)
                continue
            tab.back_ns = time.monotonic_ns()
            return

    async def finish(self) -> Reply:
        """Close every tab; each one's tally."""
        self.storm = False
        for task in list(self.reconnects):
            task.cancel()
        if self.beat is not None:
            self.beat.cancel()
            self.beat = None
        await bounded([functools.partial(close_tab, t) for t in self.tabs], 500)
        readers = [t.reader for t in self.tabs if t.reader is not None]
        await asyncio.gather(*readers, return_exceptions=True)
        tallies = [tally_dict(t.tally) for t in self.tabs]
        self.tabs = []
        return {"tallies": tallies, "closed_early": 0}


async def close_tab(tab: Tab) -> None:
    ws, tab.ws = tab.ws, None
    if ws is not None:
        await ws.close()


def worker_main(conn: multiprocessing.connection.Connection) -> None:
    """Entry point of a generator process (started by :class:`loadtest.workers.Pool`)."""
    raise_nofile(NOFILE)
    # As the server is tuned (server/collector.py): tens of thousands of tabs' objects make
    # full collections long pauses, which would show as the server's latency.
    tune_for_serving(DEFAULT_YOUNG_THRESHOLD)
    uvloop.run(serve_commands(conn, HundredkWorker()))
