"""Presence for a single server process: who is online in each space, held in a dict.

Nothing here can outlive or die apart from the process that holds it, so there is nothing to
refresh and nothing to reap. The answers of :meth:`MemoryPresence.join` and
:meth:`MemoryPresence.leave` follow the same rules as the Redis store's (see
``presence_redis``), so the server behaves alike on one process and on many.
"""

from __future__ import annotations

from server.brokers.base import PresenceChange


class MemoryPresence:
    """A :class:`~server.brokers.base.PresenceStore` for one process.

    Holds space -> member -> connection ids; a member is online while the set is not empty.
    """

    def __init__(self) -> None:
        self._spaces: dict[int, dict[int, set[str]]] = {}

    async def join(self, space_id: int, account_id: int, connection_id: str) -> bool:
        """Record a connection; True if the member has no other connection in the space.

        Joining the same connection twice answers the same both times, so a retry is safe.
        """
        connections = self._spaces.setdefault(space_id, {}).setdefault(account_id, set())
        first = connections <= {connection_id}
        connections.add(connection_id)
        return first

    async def leave(self, space_id: int, account_id: int, connection_id: str) -> bool:
        """Forget a connection; True if it was the member's last one in the space.

        Leaving a connection that is not recorded (twice, or never joined) answers False.
        """
        members = self._spaces.get(space_id)
        connections = members.get(account_id) if members is not None else None
        if members is None or connections is None or connection_id not in connections:
            return False
        connections.remove(connection_id)
        if connections:
            return False
        del members[account_id]
        if not members:
            del self._spaces[space_id]
        return True

    async def online(self, space_id: int) -> set[int]:
        """The account ids with at least one connection in the space."""
        return set(self._spaces.get(space_id, ()))

    async def count(self, space_id: int) -> int:
        """How many members have a connection in the space."""
        return len(self._spaces.get(space_id, ()))

    async def refresh(self) -> None:
        """Nothing to keep alive: entries live exactly as long as the process."""

    async def reap(self) -> list[PresenceChange]:
        """Nothing to reap: no other process can die and leave entries behind."""
        return []

    async def close(self) -> None:
        """Nothing to release; here so both stores are closed the same way."""
