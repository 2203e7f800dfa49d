"""Benchmark clients: connect, authenticate, subscribe, and record every event's latency.

A client records, per delivered ``event``, ``now - data.t`` (both ``time.monotonic_ns()``:
CLOCK_MONOTONIC is one clock for every process on Linux) and checks the channel's ``seq``
continuity from the ``ack``: a seq at or below the last one is a duplicate; a jump is counted
as lost by the coordinator, which knows each channel's final seq.

Two server kinds speak here: ours (``twinspace.v1``: ``auth`` → ``welcome``, ``subscribe`` →
``ack``) and the raw baseline (first frame names the channel → ``ack``); both send identical
``event`` frames. The python-socketio baseline has its own client (``baseline_socketio``) and
feeds the same :func:`note_delivery`.
"""

from __future__ import annotations

import array
import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed
from websockets.typing import Subprotocol

from protocol.codec import decode_server_message, encode_client_message
from protocol.messages import (
    SUBPROTOCOL,
    Ack,
    Auth,
    ClientMessage,
    Closing,
    Event,
    Ping,
    Reset,
    Subscribe,
    Unsubscribe,
    Welcome,
)

Mode = Literal["twinspace", "baseline"]

#: Seconds to wait for the handshake and for each answer before counting a failure.
ANSWER_TIMEOUT_S = 30.0
#: Seconds a close may take before the socket is dropped.
CLOSE_TIMEOUT_S = 2.0
#: Clients ping our server every 20 s (welcome's heartbeat_interval_ms), spread evenly, as the
#: real clients do; the server closes connections silent for 60 s.
HEARTBEAT_S = 20.0


class BenchError(Exception):
    """A client could not do what the benchmark needed (refused, wrong answer, closed)."""


async def send(ws: ClientConnection, message: ClientMessage) -> None:
    await ws.send(encode_client_message(message).decode())


async def answer(ws: ClientConnection) -> object:
    async with asyncio.timeout(ANSWER_TIMEOUT_S):
        return decode_server_message(await ws.recv())


async def open_client(
    url: str, mode: Mode, token: str | None, local_addr: tuple[str, int] | None = None
) -> ClientConnection:
    """A connection, authenticated with ``token`` on our server (welcome consumed), from
    ``local_addr`` if given (127.0.0.x: each source address has its own ephemeral ports)."""
    subprotocols = [Subprotocol(SUBPROTOCOL)] if mode == "twinspace" else None
    ws = await connect(
        url,
        subprotocols=subprotocols,
        compression=None,  # the server has permessage-deflate off too
        ping_interval=None,  # the server pings; our heartbeat is the protocol's `ping`
        open_timeout=ANSWER_TIMEOUT_S,
        close_timeout=CLOSE_TIMEOUT_S,
        local_addr=local_addr,
    )
    if mode == "twinspace":
        assert token is not None
        await send(ws, Auth(token=token))
        reply = await answer(ws)
        if not isinstance(reply, Welcome):
            await ws.close()
            raise BenchError(f"auth answered with {reply!r}")
    return ws


async def join(ws: ClientConnection, mode: Mode, channel: str, ref: str = "join") -> int:
    """Subscribe (ours) or join (baseline); the channel's seq from the ack."""
    if mode == "twinspace":
        await send(ws, Subscribe(ref=ref, channel=channel))
    else:
        await ws.send(channel)
    reply = await answer(ws)
    if not isinstance(reply, Ack) or reply.seq is None:
        raise BenchError(f"subscribe to {channel} answered with {reply!r}")
    return reply.seq


@dataclass(slots=True)
class Tally:
    """What one subscriber saw of its channel."""

    channel: str
    ack_seq: int
    last_seq: int
    received: int = 0
    duplicates: int = 0
    resets: int = 0
    closing_code: int | None = None  # from a `closing` frame, if one came
    close_code: int | None = None  # the WebSocket close code, once closed
    last_sent_ns: int = 0  # data.t of the last event received
    last_received_ns: int = 0  # when the last event was received
    stalled_at_ns: int = 0  # when this client stopped reading, if it did


@dataclass(slots=True)
class Recorder:
    """Latencies of every delivery with the publish time, filtered to the window later."""

    sent_ns: array.array[int] = field(default_factory=lambda: array.array("q"))
    latency_ns: array.array[int] = field(default_factory=lambda: array.array("q"))

    def within(self, start_ns: int, end_ns: int) -> array.array[int]:
        return array.array(
            "q",
            (
                lat
                for t, lat in zip(self.sent_ns, self.latency_ns, strict=True)
                if start_ns <= t < end_ns
            ),
        )


async def read_events(ws: ClientConnection, tally: Tally, recorder: Recorder | None) -> None:
    """Read until the connection closes; events update the tally and the recorder."""
    try:
        async for frame in ws:
            now = time.monotonic_ns()
            message = decode_server_message(frame)
            if isinstance(message, Event):
                note_event(tally, recorder, message, now)
            elif isinstance(message, Reset):
                tally.resets += 1
                tally.last_seq = message.seq
            elif isinstance(message, Closing):
                tally.closing_code = int(message.code)
    except ConnectionClosed:
        pass
    tally.close_code = ws.close_code


def note_event(tally: Tally, recorder: Recorder | None, event: Event, now_ns: int) -> None:
    note_delivery(tally, recorder, event.seq, int(event.data["t"]), now_ns)


def note_delivery(
    tally: Tally, recorder: Recorder | None, seq: int, sent: int, now_ns: int
) -> None:
    """One delivery of ``seq``, published at ``sent`` and received at ``now_ns``."""
    if seq <= tally.last_seq:
        tally.duplicates += 1
        return
    tally.received += 1
    tally.last_seq = seq
    tally.last_sent_ns = sent
    tally.last_received_ns = now_ns
    if recorder is not None:
        recorder.sent_ns.append(sent)
        recorder.latency_ns.append(now_ns - sent)


async def heartbeat(connections: Callable[[], list[ClientConnection]]) -> None:
    """Send each connection a `ping` every HEARTBEAT_S, spread evenly over the interval."""
    beat = 0
    while True:
        current = connections()
        step = HEARTBEAT_S / max(1, len(current))
        for ws in current:
            beat += 1
            with contextlib.suppress(ConnectionClosed):
                await send(ws, Ping(ref=f"hb{beat}"))
            await asyncio.sleep(step)
        if not current:
            await asyncio.sleep(1.0)


async def bounded(jobs: Sequence[Callable[[], Awaitable[object]]], limit: int) -> list[object]:
    """Run the jobs with at most ``limit`` at once; results or exceptions, in order."""
    gate = asyncio.Semaphore(limit)

    async def one(job: Callable[[], Awaitable[object]]) -> object:
        async with gate:
            try:
                return await job()
            except Exception as exc:  # counted and reported by the caller
                return exc

    return await asyncio.gather(*(one(job) for job in jobs))


async def subscribe_rtts(
    url: str, pairs_of: list[tuple[str, str]], pairs: int, per_connection: int
) -> tuple[list[int], list[int], list[str]]:
    """Sequential subscribe→ack and unsubscribe→ack round trips, in nanoseconds.

    ``pairs_of`` lists (token, channel of that account's space). ``per_connection`` pairs per
    connection (two messages each), then the next account's connection: the server's
    per-connection rate limit (20 messages/s, burst 40) would otherwise answer `rate_limited`
    and the figure would measure the limiter.
    """
    subscribe_ns: list[int] = []
    unsubscribe_ns: list[int] = []
    errors: list[str] = []
    for token, channel in pairs_of:
        left = pairs - len(subscribe_ns) - len(errors)
        if left <= 0:
            break
        ws = await open_client(url, "twinspace", token)
        try:
            for _ in range(min(per_connection, left)):
                try:
                    start = time.monotonic_ns()
                    await join(ws, "twinspace", channel, ref="s")
                    middle = time.monotonic_ns()
                    await send(ws, Unsubscribe(ref="u", channel=channel))
                    reply = await answer(ws)
                    end = time.monotonic_ns()
                except BenchError as exc:
                    errors.append(str(exc))
                    continue
                if not isinstance(reply, Ack):
                    errors.append(f"unsubscribe answered with {reply!r}")
                    continue
                subscribe_ns.append(middle - start)
                unsubscribe_ns.append(end - middle)
        finally:
            await ws.close()
    return subscribe_ns, unsubscribe_ns, errors
