"""Who is reading each forum thread, for a single server process: dicts.

Entries live exactly as long as the process and its connections (the hub forgets a dead tab's
connection when its socket closes), so nothing expires here. The order and the answers are
those of the Redis store (``readers_redis``), so the server behaves alike on one process and
on many; ``tests/test_readers_stores.py`` runs one contract on both.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from server.brokers.base import Reader, ReadersNow


@dataclass
class _Thread:
    connections: dict[int, set[str]] = field(default_factory=dict)
    active: dict[int, float] = field(default_factory=dict)
    who: dict[int, Reader] = field(default_factory=dict)


def ranked(active: dict[int, float], live: set[int]) -> list[int]:
    """The live readers by latest activity, newest first, ties by account id (both stores)."""
    return sorted(live, key=lambda account: (-active.get(account, 0.0), account))


class MemoryReaders:
    """A :class:`~server.brokers.base.ReaderStore` for one process."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._threads: dict[tuple[int, int], _Thread] = {}

    async def enter(
        self, space_id: int, thread_id: int, reader: Reader, connection_id: str
    ) -> None:
        thread = self._threads.setdefault((space_id, thread_id), _Thread())
        thread.connections.setdefault(reader.account_id, set()).add(connection_id)
        now = self._clock()
        thread.active[reader.account_id] = max(now, thread.active.get(reader.account_id, now))
        thread.who[reader.account_id] = reader

    async def leave(
        self, space_id: int, thread_id: int, account_id: int, connection_id: str
    ) -> None:
        thread = self._threads.get((space_id, thread_id))
        if thread is None:
            return
        connections = thread.connections.get(account_id)
        if connections is None:
            return
        connections.discard(connection_id)
        if not connections:
            del thread.connections[account_id]
            thread.active.pop(account_id, None)
            thread.who.pop(account_id, None)
        if not thread.connections:
            del self._threads[space_id, thread_id]

    async def touch(self, space_id: int, thread_id: int, account_id: int) -> None:
        thread = self._threads.get((space_id, thread_id))
        if thread is not None and account_id in thread.connections:
            thread.active[account_id] = max(self._clock(), thread.active[account_id])

    async def top(self, space_id: int, thread_id: int, limit: int) -> ReadersNow:
        thread = self._threads.get((space_id, thread_id))
        if thread is None:
            return ReadersNow((), 0)
        order = ranked(thread.active, set(thread.connections))
        return ReadersNow(tuple(thread.who[a] for a in order[:limit]), len(order))

    async def refresh(self) -> None:
        """Nothing to keep alive: entries live exactly as long as the process."""

    async def close(self) -> None:
        """Nothing to release."""
