"""One browser tab of the group scenario (:mod:`loadtest.group`): it reads the group's open
thread, is one of its readers (``readers:S:T``, as the page's open thread view is) and watches
the group's presence, and can close and reopen, resuming the thread with ``since`` as the web
client does.

What it counts goes into the run's shared :class:`GroupTally`: every event of the thread's
channel checked for continuity (a gap is a lost event, a repeat a duplicated one: posts'
and reactions' events alike), the delay from a post's HTTP request to its ``post.created``
here, the ``post.reactions`` events received, and every message on the presence
channel (the snapshot or count after subscribing, counts, ``join``/``leave`` events) and on the
readers channel (its snapshot after subscribing, then ``presence.readers`` when it changed).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import time
from collections import Counter
from dataclasses import dataclass, field

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, WebSocketException
from websockets.typing import Subprotocol

from protocol.codec import decode_server_message, encode_client_message
from protocol.messages import (
    SUBPROTOCOL,
    Ack,
    Auth,
    ClientMessage,
    Error,
    Event,
    Ping,
    Presence,
    PresenceCount,
    PresenceReaders,
    Reset,
    ServerMessage,
    Subscribe,
    Welcome,
)

#: Seconds the handshake, the welcome and each subscribe's ack may take.
ANSWER_TIMEOUT_S = 30.0
#: The marker a scenario post's body starts with, then its number and the time.monotonic()
#: its request was sent (the same clock in every process of the machine): ``lt:17@812.5 …``.
POST_MARK = "lt:"
_refs = itertools.count(1)


@dataclass(slots=True)
class GroupTally:
    """One generator process's counts; :meth:`add` sums several processes' exactly."""

    latencies_ns: list[int] = field(default_factory=list)
    deliveries: int = 0
    #: ``post.reactions`` events received (a reaction's new counts), replays included.
    reaction_deliveries: int = 0
    lost: int = 0
    duplicated: int = 0
    presence_messages: int = 0
    #: Of those, the thread's readers snapshots (``presence.readers``, issue 21).
    readers_messages: int = 0
    #: Presence messages that arrived during the idle phase (nothing posted).
    idle_presence_messages: int = 0
    #: Seconds tabs were subscribed to presence, summed (closed tabs added as they close).
    presence_seconds: float = 0.0
    opened: int = 0
    failed: int = 0
    #: Why tabs failed: the exception of a tab that could not come up, or the close code of
    #: a socket the server closed.
    failures: Counter[str] = field(default_factory=Counter)
    resumed: int = 0
    resets: int = 0
    churned: int = 0
    open_at_end: int = 0
    behind_after_drain: int = 0
    #: Whether the idle phase is on (set by the worker; counts idle presence apart).
    idle: bool = False

    def add(self, other: GroupTally) -> None:
        self.latencies_ns.extend(other.latencies_ns)
        for name in (
            "deliveries", "reaction_deliveries", "lost", "duplicated", "presence_messages",
            "readers_messages",
            "idle_presence_messages",
            "presence_seconds", "opened", "failed", "resumed", "resets", "churned",
            "open_at_end", "behind_after_drain",
        ):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.failures.update(other.failures)

    def fail(self, reason: str) -> None:
        self.failed += 1
        self.failures[reason] += 1


class TabFailed(Exception):
    """The tab could not come up (the run counts it)."""


class GroupTab:
    def __init__(
        self, ws_url: str, token: str, presence_channel: str, thread_channel: str, tally: GroupTally
    ) -> None:
        self.ws_url, self.token, self.tally = ws_url, token, tally
        self.presence_channel, self.thread_channel = presence_channel, thread_channel
        #: Who is reading the thread (issue 21): a reader has the thread open, as the page's
        #: thread view does, so its presence traffic includes the readers' snapshots.
        self.readers_channel = thread_channel.replace("thread:", "readers:", 1)
        self.ws: ClientConnection | None = None
        #: The thread channel's last event seen (the ack's head at first): gaps are losses.
        self.last_seq = 0
        #: After a resume, the events up to the ack's head are a replay: delivered, but
        #: their delay is the tab's absence, not the server's, so no latency is recorded.
        self.replay_until = 0
        self.resumable = False
        self.waiting: dict[str, asyncio.Future[ServerMessage]] = {}
        self.tasks: list[asyncio.Task[None]] = []
        self.watching_since: float | None = None

    @property
    def is_open(self) -> bool:
        return self.ws is not None

    async def open(self) -> None:
        try:
            async with asyncio.timeout(ANSWER_TIMEOUT_S):
                ws = await connect(
                    self.ws_url,
                    subprotocols=[Subprotocol(SUBPROTOCOL)],
                    compression=None,
                    ping_interval=None,
                )
                await self.send_on(ws, Auth(token=self.token))
                first = decode_server_message(await ws.recv())
        except (OSError, TimeoutError, WebSocketException) as exc:
            raise TabFailed(type(exc).__name__) from exc
        if not isinstance(first, Welcome):
            await ws.close()
            raise TabFailed(f"first answer {type(first).__name__}")
        self.ws = ws
        heartbeat = first.limits.heartbeat_interval_ms / 1000
        self.tasks = [
            asyncio.create_task(self.read(ws)),
            asyncio.create_task(self.beat(ws, heartbeat)),
        ]
        since = self.last_seq if self.resumable else None
        if since is not None:
            self.tally.resumed += 1
        await self.subscribe(self.thread_channel, since)
        await self.subscribe(self.presence_channel, None)
        await self.subscribe(self.readers_channel, None)
        self.watching_since = time.monotonic()
        self.resumable = True
        self.tally.opened += 1

    async def close(self) -> None:
        """Close as a browser does when the tab goes away (1000)."""
        ws, self.ws = self.ws, None
        if ws is None:
            return
        if self.watching_since is not None:
            self.tally.presence_seconds += time.monotonic() - self.watching_since
            self.watching_since = None
        with contextlib.suppress(WebSocketException, OSError):
            await ws.close()
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        self.tasks = []

    async def send_on(self, ws: ClientConnection, message: ClientMessage) -> None:
        await ws.send(encode_client_message(message).decode())

    async def subscribe(self, channel: str, since: int | None) -> None:
        if self.ws is None:
            raise TabFailed("closed while subscribing")
        ref = f"s{next(_refs)}"
        answer: asyncio.Future[ServerMessage] = asyncio.get_running_loop().create_future()
        self.waiting[ref] = answer
        try:
            await self.send_on(self.ws, Subscribe(ref=ref, channel=channel, since=since))
            async with asyncio.timeout(ANSWER_TIMEOUT_S):
                got = await answer
        except (TimeoutError, ConnectionClosed) as exc:
            raise TabFailed(f"subscribe: {type(exc).__name__}") from exc
        finally:
            self.waiting.pop(ref, None)
        if isinstance(got, Error):
            raise TabFailed(f"subscribe: {got.code}")
        if isinstance(got, Ack) and channel == self.thread_channel and got.seq is not None:
            if since is None:
                self.last_seq = got.seq
            else:
                self.replay_until = got.seq

    async def beat(self, ws: ClientConnection, every_s: float) -> None:
        """Ping when idle, as real clients do, so the server's idle timeout never fires."""
        for n in itertools.count():
            await asyncio.sleep(every_s)
            with contextlib.suppress(ConnectionClosed):
                await self.send_on(ws, Ping(ref=f"p{n}"))

    async def read(self, ws: ClientConnection) -> None:
        try:
            async for frame in ws:
                self.handle(decode_server_message(frame), time.monotonic())
        except ConnectionClosed:
            pass
        if self.ws is ws:  # closed by the server, not by us
            self.ws = None
            self.tally.fail(f"closed by the server: {ws.close_code}")

    def handle(self, message: ServerMessage, now: float) -> None:
        if isinstance(message, Ack | Error) and message.ref in self.waiting:
            waiting = self.waiting[message.ref]
            if not waiting.done():
                waiting.set_result(message)
            return
        channel = getattr(message, "channel", None)
        presence = isinstance(message, Presence | PresenceCount | PresenceReaders | Event)
        if channel in (self.presence_channel, self.readers_channel) and presence:
            self.tally.presence_messages += 1
            self.tally.readers_messages += isinstance(message, PresenceReaders)
            self.tally.idle_presence_messages += self.tally.idle
            return
        if channel != self.thread_channel:
            return
        if isinstance(message, Reset):
            self.tally.resets += 1
            self.last_seq = message.seq
        elif isinstance(message, Event):
            if message.seq <= self.last_seq:
                self.tally.duplicated += 1
                return
            self.tally.lost += message.seq - self.last_seq - 1
            self.last_seq = message.seq
            self.delivered(message, now)

    def delivered(self, event: Event, now: float) -> None:
        if event.event == "post.reactions":
            self.tally.reaction_deliveries += 1
            return
        if event.event != "post.created":
            return
        body = str(event.data.get("post", {}).get("body", ""))
        if not body.startswith(POST_MARK):
            return
        self.tally.deliveries += 1
        if event.seq > self.replay_until:
            stamp = body[len(POST_MARK) :].split(" ", 1)[0]
            sent = float(stamp.split("@", 1)[1])
            self.tally.latencies_ns.append(round((now - sent) * 1e9))
