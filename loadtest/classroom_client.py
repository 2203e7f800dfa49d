"""One member's browser tab: a socket that authenticates, follows ``space:<id>`` and
``presence:<id>``, checks every seq, and times the deliveries whose cause it knows.

A tab can close and reopen (churn): the new socket resumes the space channel with ``since`` (so
a gap across the reconnect shows up as lost events) and gets a fresh presence snapshot.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, WebSocketException
from websockets.typing import Subprotocol

from protocol.codec import decode_server_message, encode_client_message
from protocol.errors import ErrorCode
from protocol.messages import (
    SUBPROTOCOL,
    Ack,
    Auth,
    ClientMessage,
    Closing,
    Error,
    Event,
    Ping,
    Presence,
    Reset,
    Subscribe,
    Welcome,
)

from .classroom_provision import Member
from .classroom_tally import SeqCheck, Tally, record

#: Seconds the handshake, the welcome and each subscribe ack may take before the tab gives up.
ANSWER_TIMEOUT_S = 30.0
#: Seconds a close handshake may take before the socket is dropped.
CLOSE_TIMEOUT_S = 2.0
#: Marks the teacher's description changes; the rest of the description is the nonce.
NONCE_PREFIX = "Load test update "


class TabError(Exception):
    """The tab could not come up (refused, timed out, wrong first answer); ``retryable`` when
    the server said to come back (``unavailable``, close 1013) or the network gave up, as a
    browser's client would then reconnect."""

    def __init__(self, message: str, *, retryable: bool = False) -> None:
        super().__init__(message)
        self.retryable = retryable


@dataclass(slots=True)
class Room:
    """What a classroom's tabs share inside one worker: the causes they time deliveries from."""

    space_id: int
    #: Teacher's nonce -> monotonic time its PATCH was sent.
    actions: dict[str, float] = field(default_factory=dict)
    #: Account -> monotonic time its latest tab sent the presence subscribe (its join).
    joins: dict[int, float] = field(default_factory=dict)

    @property
    def space_channel(self) -> str:
        return f"space:{self.space_id}"

    @property
    def presence_channel(self) -> str:
        return f"presence:{self.space_id}"


_refs = itertools.count(1)


class Tab:
    """A member's tab; ``open`` and ``close`` may alternate (churn), never overlap."""

    def __init__(self, member: Member, room: Room, ws_url: str, tally: Tally) -> None:
        self.member = member
        self.room = room
        self.ws_url = ws_url
        self.tally = tally
        self.space = SeqCheck()
        self.presence = SeqCheck()
        self.resumable = False  # after the first subscribe, reopen with since
        self.replay_until = 0  # space events up to this seq are replays: not timed
        self.ws: ClientConnection | None = None
        self.tasks: list[asyncio.Task[None]] = []
        self.waiting: dict[str, asyncio.Future[None]] = {}
        self.since: dict[str, int | None] = {}
        self.heartbeat_s = 20.0
        self.counted = False  # counted in tally.connected (fully subscribed and not yet down)
        #: Called when the server or the network drops the open socket (not on our close).
        self.on_drop: Callable[[Tab], None] | None = None
        #: Held while the tab is being opened (with its retries): a reconnect after a drop
        #: must not open it a second time beside a retry already under way.
        self.opening = asyncio.Lock()

    @property
    def is_open(self) -> bool:
        return self.ws is not None

    async def open(self) -> None:
        """Connect, authenticate, subscribe to both channels; raises TabError on failure."""
        started = time.monotonic()
        try:
            async with asyncio.timeout(ANSWER_TIMEOUT_S):
                ws = await connect(
                    self.ws_url,
                    subprotocols=[Subprotocol(SUBPROTOCOL)],
                    compression=None,
                    ping_interval=None,
                    close_timeout=CLOSE_TIMEOUT_S,
                )
                await self.send_on(ws, Auth(token=self.member.token))
                first = decode_server_message(await ws.recv())
        except (OSError, TimeoutError, WebSocketException) as exc:
            raise TabError(type(exc).__name__, retryable=True) from exc
        if not isinstance(first, Welcome):
            await ws.close()
            if isinstance(first, Error):
                again = first.code == ErrorCode.UNAVAILABLE
                raise TabError(f"first answer error {first.code}", retryable=again)
            raise TabError(f"first answer {type(first).__name__}")
        record(self.tally.histograms["connect"], time.monotonic() - started)
        self.heartbeat_s = first.limits.heartbeat_interval_ms / 1000
        self.ws = ws
        self.tasks = [asyncio.create_task(self.read(ws)), asyncio.create_task(self.beat(ws))]
        since = self.space.last if self.resumable else None
        try:
            await self.subscribe(self.room.space_channel, since)
            self.room.joins[self.member.account_id] = time.monotonic()
            await self.subscribe(self.room.presence_channel, None)
        except (TimeoutError, ConnectionClosed) as exc:
            await self.close()
            raise TabError(f"subscribe: {type(exc).__name__}", retryable=True) from exc
        except TabError as exc:  # an error answer to a subscribe
            await self.close()
            raise TabError(f"subscribe: {exc}", retryable=exc.retryable) from exc
        self.resumable = True
        self.tally.connections_opened += 1
        self.tally.connected += 1
        self.counted = True

    def uncount(self) -> None:
        if self.counted:
            self.counted = False
            self.tally.connected -= 1

    async def close(self) -> None:
        """Close as a browser does when the tab goes away (1000)."""
        ws, self.ws = self.ws, None
        if ws is None:
            return
        self.uncount()
        with contextlib.suppress(WebSocketException, OSError):
            await ws.close()
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        self.tasks = []

    async def send_on(self, ws: ClientConnection, message: ClientMessage) -> None:
        await ws.send(encode_client_message(message).decode())

    async def subscribe(self, channel: str, since: int | None) -> None:
        assert self.ws is not None
        ref = f"s{next(_refs)}"
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.waiting[ref] = done
        self.since[ref] = since
        started = time.monotonic()
        try:
            await self.send_on(self.ws, Subscribe(ref=ref, channel=channel, since=since))
            async with asyncio.timeout(ANSWER_TIMEOUT_S):
                await done
        finally:
            self.waiting.pop(ref, None)
            self.since.pop(ref, None)
        record(self.tally.histograms["subscribe"], time.monotonic() - started)

    async def beat(self, ws: ClientConnection) -> None:
        """Ping when idle, as real clients do, so the server's idle timeout never fires."""
        for n in itertools.count():
            await asyncio.sleep(self.heartbeat_s)
            with contextlib.suppress(ConnectionClosed):
                await self.send_on(ws, Ping(ref=f"p{n}"))

    async def read(self, ws: ClientConnection) -> None:
        """Handle every server frame in order until the socket closes."""
        try:
            async for frame in ws:
                self.handle(decode_server_message(frame))
        except ConnectionClosed:
            pass
        if self.ws is ws:  # closed by the server or the network, not by us
            self.ws = None
            self.uncount()
            code = ws.close_code if ws.close_code is not None else "none"
            self.tally.close_codes[f"unexpected {code}"] += 1
            if self.on_drop is not None:
                self.on_drop(self)
        for future in self.waiting.values():
            if not future.done():
                future.set_exception(ConnectionClosed(None, None))

    def handle(self, message: object) -> None:
        tally = self.tally
        if isinstance(message, Event):
            tally.deliveries += 1
            if message.channel == self.room.space_channel:
                self.on_space(message)
            elif message.channel == self.room.presence_channel:
                self.on_presence(message)
        elif isinstance(message, Ack):
            self.on_ack(message)
        elif isinstance(message, Presence):
            self.presence.start(message.seq)
        elif isinstance(message, Reset):
            # Each channel's own numbering: a presence channel's reset (its shard failed over)
            # once restarted the space channel's check, and the presence jump counted as lost.
            tally.resets += 1
            if message.channel == self.room.presence_channel:
                self.presence.start(message.seq)
            else:
                self.space.start(message.seq)
        elif isinstance(message, Error):
            tally.errors[str(message.code)] += 1
            future = self.waiting.get(message.ref or "")
            if future is not None and not future.done():
                # ``unavailable``: the server cannot serve the channel now (its Redis shard
                # failing over to a replica, the database restarting) and says to come back.
                again = message.code == ErrorCode.UNAVAILABLE
                future.set_exception(TabError(f"error {message.code}", retryable=again))
        elif isinstance(message, Closing):
            tally.close_codes[str(int(message.code))] += 1

    def on_ack(self, ack: Ack) -> None:
        future = self.waiting.get(ack.ref)
        if future is None or ack.seq is None:
            return
        if ack.channel == self.room.space_channel:
            since = self.since.get(ack.ref)
            # Replayed events (since+1 .. head) follow this ack; live ones come after.
            self.space.start(ack.seq if since is None else since)
            self.replay_until = ack.seq
        elif ack.channel == self.room.presence_channel:
            self.presence.start(ack.seq)
        if not future.done():
            future.set_result(None)

    def on_space(self, event: Event) -> None:
        self.space.see(event.seq, self.tally)
        description = event.data.get("description")
        if event.seq <= self.replay_until or not isinstance(description, str):
            return
        sent = self.room.actions.get(description.removeprefix(NONCE_PREFIX))
        if sent is not None:
            self.tally.latency("space", time.monotonic() - sent)

    def on_presence(self, event: Event) -> None:
        self.presence.see(event.seq, self.tally)
        if event.event != "join":
            return
        sent = self.room.joins.get(int(event.data.get("account_id", 0)))
        if sent is not None:
            self.tally.latency("presence", time.monotonic() - sent)
