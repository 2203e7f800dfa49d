"""Counters of failed attempts in fixed time windows: in-process, or shared through Redis.

Sign-in throttling counts failures per account, per (address, account) and per address. With
several server processes the counts must be shared, or an attacker would get N times the
budget by spreading guesses over the processes behind the proxy: the Redis counter is then the
one in use. Each key is a fixed window that starts with its first failure and ends
``window`` later (Redis: a key with a TTL), which is simpler than a sliding log and bounds what
one key costs to one integer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Protocol

from protocol.channels import REDIS_PREFIX

from .redis_client import RedisClient, connect

#: The in-process counter forgets expired windows once it holds this many keys, so a flood of
#: distinct addresses or names cannot grow it without bound. When every key is still live it
#: drops the oldest windows first: the cost of a huge flood is forgetting, never memory.
MAX_MEMORY_KEYS = 100_000


class AttemptCounter(Protocol):
    async def counts(self, keys: Sequence[str]) -> list[int]:
        """The failures in each key's current window (0 where none or expired)."""
        ...

    async def add(self, keys: Sequence[str], window: dt.timedelta) -> list[int]:
        """Count one failure on each key; a key with no live window opens one of ``window``.
        Returns the counts after adding."""
        ...

    async def remaining(self, key: str) -> dt.timedelta:
        """How long the key's window still runs (zero when it has none)."""
        ...

    async def clear(self, keys: Sequence[str]) -> None:
        """Forget the keys' failures (a successful sign-in, a teacher's code reset)."""
        ...

    async def close(self) -> None: ...


class MemoryAttemptCounter:
    """One process's counter; time comes from the injected clock, so tests are exact."""

    def __init__(self, now: Callable[[], dt.datetime], *, max_keys: int = MAX_MEMORY_KEYS) -> None:
        self.now = now
        self.max_keys = max_keys
        #: key -> (failures, end of its window); dicts keep insertion order, oldest first.
        self.windows: dict[str, tuple[int, dt.datetime]] = {}

    def _live(self, key: str, now: dt.datetime) -> tuple[int, dt.datetime] | None:
        window = self.windows.get(key)
        if window is not None and window[1] <= now:
            del self.windows[key]
            return None
        return window

    async def counts(self, keys: Sequence[str]) -> list[int]:
        now = self.now()
        return [window[0] if (window := self._live(key, now)) else 0 for key in keys]

    async def add(self, keys: Sequence[str], window: dt.timedelta) -> list[int]:
        now = self.now()
        result = []
        for key in keys:
            live = self._live(key, now)
            count, ends = (live[0] + 1, live[1]) if live else (1, now + window)
            self.windows[key] = (count, ends)
            result.append(count)
        if len(self.windows) > self.max_keys:
            self._shrink(now)
        return result

    def _shrink(self, now: dt.datetime) -> None:
        for key in [key for key, (_, ends) in self.windows.items() if ends <= now]:
            del self.windows[key]
        while len(self.windows) > self.max_keys:
            del self.windows[next(iter(self.windows))]

    async def remaining(self, key: str) -> dt.timedelta:
        now = self.now()
        window = self._live(key, now)
        return window[1] - now if window else dt.timedelta(0)

    async def clear(self, keys: Sequence[str]) -> None:
        for key in keys:
            self.windows.pop(key, None)

    async def close(self) -> None:
        self.windows.clear()


class RedisAttemptCounter:
    """Counts shared by every process: INCR, and a TTL set only by the failure that opens the
    window (``PEXPIRE ... NX``), in one MULTI so no key is left without its expiry."""

    def __init__(self, url: str) -> None:
        self.client: RedisClient = connect(url)

    @staticmethod
    def redis_key(key: str) -> str:
        # One hash tag for all: a sign-in reads its three keys in one MGET, which Redis Cluster
        # allows only within a slot; sign-in failures are far too few to make the slot hot.
        return f"{REDIS_PREFIX}:{{attempts}}:{key}"

    async def counts(self, keys: Sequence[str]) -> list[int]:
        values = await self.client.mget([self.redis_key(key) for key in keys])
        return [int(value) if value is not None else 0 for value in values]

    async def add(self, keys: Sequence[str], window: dt.timedelta) -> list[int]:
        milliseconds = max(1, int(window.total_seconds() * 1000))
        async with self.client.pipeline(transaction=True) as pipe:
            for key in keys:
                pipe.incr(self.redis_key(key))
                pipe.pexpire(self.redis_key(key), milliseconds, nx=True)
            results = await pipe.execute()
        return [int(count) for count in results[::2]]

    async def remaining(self, key: str) -> dt.timedelta:
        milliseconds = await self.client.pttl(self.redis_key(key))
        return dt.timedelta(milliseconds=max(0, int(milliseconds)))

    async def clear(self, keys: Sequence[str]) -> None:
        if keys:
            await self.client.delete(*(self.redis_key(key) for key in keys))

    async def close(self) -> None:
        await self.client.aclose()
