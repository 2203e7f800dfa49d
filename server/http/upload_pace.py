"""Slow upload bodies (slowloris): cut off a body that stalls or trickles (issue 9).

uvicorn puts no limit on how slowly a request body arrives (its only timeout is keep-alive,
between requests), and an upload streams straight into the blob store, so without this a
client could hold a connection, a worker's task and a temporary file for ever by sending a
byte now and then. ``Pace`` is the pure rule (UploadTimeouts, server/config.py): the next
piece must come within ``idle_s``, and once ``grace_s`` has passed the average rate since the
body began must stay at ``min_rate`` bytes a second or more. ``paced`` applies it to a body,
raising RequestTimeout (408, Connection: close) the moment either fails; the upload's bytes
so far are then thrown away like any failed upload's.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import AsyncIterator
from dataclasses import dataclass

from protocol.errors import RequestTimeout

from ..config import UploadTimeouts


@dataclass(slots=True)
class Pace:
    """How a body has arrived so far; times are seconds on one monotonic clock."""

    timeouts: UploadTimeouts
    started: float
    last: float
    received: int = 0

    def arrived(self, now: float, size: int) -> None:
        self.received += size
        self.last = now

    def deadline(self) -> tuple[float, str]:
        """When the next piece must have come, and what is said if it has not."""
        idle_at = self.last + self.timeouts.idle_s
        rate = self.timeouts.min_rate
        slowest = self.received / rate if rate > 0 else math.inf
        rate_at = self.started + max(self.timeouts.grace_s, slowest)
        if rate_at < idle_at:
            return rate_at, (
                f"the upload arrived slower than {rate:g} bytes a second; send it faster"
            )
        return idle_at, (
            f"no byte of the upload arrived for {self.timeouts.idle_s:g} seconds; try again"
        )


async def paced(chunks: AsyncIterator[bytes], timeouts: UploadTimeouts) -> AsyncIterator[bytes]:
    loop = asyncio.get_running_loop()
    now = loop.time()
    pace = Pace(timeouts, started=now, last=now)
    while True:
        at, reason = pace.deadline()
        try:
            async with asyncio.timeout_at(at):
                chunk = await anext(chunks)
        except StopAsyncIteration:
            return
        except TimeoutError:
            raise RequestTimeout(reason) from None
        pace.arrived(loop.time(), len(chunk))
        yield chunk
