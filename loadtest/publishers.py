"""Publishers: a paced round-robin of timestamped events over our broker or the baseline.

Each event's data is ``{"t": time.monotonic_ns(), "i": n}``, taken just before publishing, so a
client's latency covers the whole path: Redis (ours), the server's fan-out, the socket.
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


class Publisher(Protocol):
    #: Each channel's seq after its last publish (what subscribers should end on).
    final: dict[str, int]

    async def publish(self, channel: str, body: bytes) -> None: ...


class BrokerPublisher:
    """Through :class:`RedisBroker`, as the server's own HTTP paths publish."""

    def __init__(self, broker: RedisBroker) -> None:
        self.broker = broker
        self.final: dict[str, int] = {}

    async def publish(self, channel: str, body: bytes) -> None:
        self.final[channel] = await self.broker.publish(channel, body)


class BaselinePublisher:
    """Over a WebSocket to the baseline server; its seqs start at 0 in a fresh process."""

    def __init__(self, ws: ClientConnection) -> None:
        self.ws = ws
        self.final: dict[str, int] = collections.Counter()

    async def publish(self, channel: str, body: bytes) -> None:
        await self.ws.send(f"{channel}\n{body.decode()}")
        self.final[channel] += 1


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
            body = encode_event_body(EVENT, {"t": time.monotonic_ns(), "i": sent})
            await publisher.publish(channels[sent % len(channels)], body)
            sent += 1
        await asyncio.sleep(max(0.0, start + sent / rate - time.monotonic()))
    return sent
