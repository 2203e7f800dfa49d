"""Typing indicators: ephemeral, rate-limited, never stored.

A client says "I am typing" over HTTP while its member types; the server sends ``typing``
(with the member's id and display name, never text) on the chat's ``typing:S:CHAT`` channel,
which is not replayed. At most one such event per member and chat goes out every
:data:`TYPING_EVERY`; calls in between are accepted and dropped, so a client may call on every
keystroke and the class sees a steady indicator. With Redis configured the gate is shared by
every server process (``server/brokers/typing_redis.py``); without it, it is this process's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Protocol

#: At most one typing event per member per chat this often, on every process (default 3 s).
TYPING_EVERY = dt.timedelta(seconds=3)
#: Entries kept before the stale ones are dropped (memory stays small in a busy server).
MAX_ENTRIES = 10_000


class TypingGate(Protocol):
    async def admit(self, account_id: int, chat_id: int, now: dt.datetime) -> bool:
        """Whether to send this member's typing event in this chat now (and count it)."""
        ...

    async def close(self) -> None: ...


@dataclass(slots=True)
class MemoryTypingGate:
    """The gate of one process (the default, and the fallback when Redis fails)."""

    every: dt.timedelta = TYPING_EVERY
    last: dict[tuple[int, int], dt.datetime] = field(default_factory=dict)

    def admit_now(self, account_id: int, chat_id: int, now: dt.datetime) -> bool:
        key = (account_id, chat_id)
        previous = self.last.get(key)
        if previous is not None and now - previous < self.every:
            return False
        if len(self.last) >= MAX_ENTRIES:
            stale = [k for k, at in self.last.items() if now - at >= self.every]
            for k in stale:
                del self.last[k]
        self.last[key] = now
        return True

    async def admit(self, account_id: int, chat_id: int, now: dt.datetime) -> bool:
        return self.admit_now(account_id, chat_id, now)

    async def close(self) -> None:
        self.last.clear()
