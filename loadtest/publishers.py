"""Publishers: paced or saturating round-robins of timestamped events, one per server kind.

Each event carries ``t = time.monotonic_ns()``, taken just before publishing, so a client's
latency covers the whole path: Redis (ours, python-socketio), the server's fan-out, the socket.
"""

from __future__ import annotations

import asyncio
import collections
import time
from typing import Protocol

from websockets.asyncio.client import ClientConnection

from protocol.frames import encode_event_body
from server.brokers.redis_broker import RedisBroker

EVENT = "bench.tick"
#: Concurrent publishing lanes in a saturating burst (``--publish-lanes``); each lane owns a
#: share of the channels, so every channel's events still leave in order. One lane would
#: measure a round trip to Redis per publish rather than the servers; with 8, ours published
#: only 2,300-4,200 events/s into Redis at 170 channels and no process of the run reached 90 %
#: of a core (issue 24): the burst measured the publisher's round trips.
BURST_LANES = 32


class Publisher(Protocol):
    #: Each channel's seq after its last publish (what subscribers should end on).
    final: dict[str, int]

    async def publish(self, channel: str, sent_ns: int, index: int) -> None: ...


class ClosingPublisher(Publisher, Protocol):
    """A publisher holding its own Redis connection (the Socket.IO peers'), closed after a run."""

    async def close(self) -> None: ...


class BrokerPublisher:
    """Through :class:`RedisBroker`, as the server's own HTTP paths publish."""

    def __init__(self, broker: RedisBroker) -> None:
        self.broker = broker
        self.final: dict[str, int] = {}

    async def publish(self, channel: str, sent_ns: int, index: int) -> None:
        seq = await self.broker.publish(
            channel, encode_event_body(EVENT, {"t": sent_ns, "i": index})
        )
        self.final[channel] = max(seq, self.final.get(channel, 0))


class BaselinePublisher:
    """Over a WebSocket to the baseline server; its seqs start at 0 in a fresh process."""

    def __init__(self, ws: ClientConnection) -> None:
        self.ws = ws
        self.final: dict[str, int] = collections.Counter()

    async def publish(self, channel: str, sent_ns: int, index: int) -> None:
        body = encode_event_body(EVENT, {"t": sent_ns, "i": index})
        self.final[channel] += 1
        await self.ws.send(f"{channel}\n{body.decode()}")


async def paced(
    publisher: Publisher, channels: list[str], rate: float, start: float, end: float
) -> int:
    """Publish round-robin over ``channels`` at ``rate`` per second from monotonic ``start``
    until ``end``; returns how many. Late publishes are caught up at once, never skipped."""
    await asyncio.sleep(max(0.0, start - time.monotonic()))
    sent = 0
    while (now := time.monotonic()) < end:
        due = int((now - start) * rate) + 1
        while sent < due:
            await publisher.publish(channels[sent % len(channels)], time.monotonic_ns(), sent)
            sent += 1
        await asyncio.sleep(max(0.0, start + sent / rate - time.monotonic()))
    return sent


async def burst(
    publisher: Publisher,
    channels: list[str],
    count: int,
    seconds: float,
    lanes: int = BURST_LANES,
) -> int:
    """Publish as fast as the publisher can, round-robin, until ``count`` events or ``seconds``
    have passed (whichever first), from ``lanes`` concurrent lanes; returns how many."""
    end = time.monotonic() + seconds
    lanes = max(1, min(lanes, len(channels)))
    per_lane = [channels[i::lanes] for i in range(lanes)]
    quota = [count // lanes + (1 if i < count % lanes else 0) for i in range(lanes)]

    async def lane(index: int) -> int:
        mine, sent = per_lane[index], 0
        while sent < quota[index] and time.monotonic() < end:
            await publisher.publish(mine[sent % len(mine)], time.monotonic_ns(), sent)
            sent += 1
            if sent % 64 == 0:
                await asyncio.sleep(0)  # a publish that never blocks would starve the others
        return sent

    return sum(await asyncio.gather(*(lane(i) for i in range(lanes))))
