"""Test helpers shared by modules: polling with a bound, and private Redis servers."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import pytest
import redis.asyncio
import redis.exceptions

from loadtest.processes import free_port

__all__ = ["WAIT_S", "PrivateRedis", "eventually", "free_port"]

#: Longest wait for something that normally takes milliseconds.
WAIT_S = 3.0


async def eventually(
    what: str, condition: Callable[[], bool | Awaitable[bool]], within: float = WAIT_S
) -> None:
    """Poll ``condition`` (every 5 ms) until it holds; fail the test after ``within`` s."""
    try:
        async with asyncio.timeout(within):
            while True:
                result = condition()
                if result if isinstance(result, bool) else await result:
                    return
                await asyncio.sleep(0.005)
    except TimeoutError:
        pytest.fail(f"not within {within} s: {what}")


class PrivateRedis:
    """A ``redis-server`` subprocess on a free loopback port, with no persistence."""

    def __init__(self, binary: str) -> None:
        self.binary = binary
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        self.process = await asyncio.create_subprocess_exec(
            self.binary,
            *("--port", str(self.port), "--bind", "127.0.0.1"),
            *("--save", "", "--appendonly", "no"),
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
        )
        await eventually("redis-server answers", self.answers, within=5)

    async def answers(self) -> bool:
        client = redis.asyncio.Redis.from_url(self.url, socket_connect_timeout=0.5)
        try:
            return bool(await client.ping())
        except (redis.exceptions.ConnectionError, OSError):
            return False
        finally:
            await client.aclose()

    async def kill(self) -> None:
        """``kill -9``: no goodbye to the clients, and its data is gone."""
        if self.process is not None and self.process.returncode is None:
            self.process.kill()
            await self.process.wait()
        self.process = None
