"""Live WebSocket connections per account, counted over every server process.

The per-account connection limit (``Settings.max_ws_per_account``) holds for the whole
deployment, not per process: with ``--workers 4`` an account could otherwise hold four times
its share. :class:`MemoryConnections` counts one process's connections; the Redis store
(``connections_redis``) counts every process's, with entries that expire when their process
stops refreshing them, as presence does.
"""

from __future__ import annotations

from typing import Protocol


class ConnectionRegistry(Protocol):
    async def admit(self, account_id: int, connection_id: str, limit: int) -> bool:
        """Record the connection if the account holds fewer than ``limit`` live ones
        (admitting the same connection twice answers True both times)."""
        ...

    async def release(self, account_id: int, connection_id: str) -> None:
        """Forget the connection (idempotent)."""
        ...

    async def refresh(self) -> None:
        """Keep this process's entries alive (called every few seconds)."""
        ...

    async def close(self) -> None:
        """Release connections to the store, if any."""
        ...


class MemoryConnections:
    """A :class:`ConnectionRegistry` for one process: account -> connection ids."""

    def __init__(self) -> None:
        self._held: dict[int, set[str]] = {}

    async def admit(self, account_id: int, connection_id: str, limit: int) -> bool:
        held = self._held.setdefault(account_id, set())
        if connection_id not in held and len(held) >= limit:
            if not held:
                del self._held[account_id]
            return False
        held.add(connection_id)
        return True

    async def release(self, account_id: int, connection_id: str) -> None:
        held = self._held.get(account_id)
        if held is None:
            return
        held.discard(connection_id)
        if not held:
            del self._held[account_id]

    async def refresh(self) -> None:
        return None  # nothing outlives the process

    async def close(self) -> None:
        self._held.clear()
