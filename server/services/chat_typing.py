"""Typing indicators: ephemeral, rate-limited, never stored.

A client says "I am typing" over HTTP while its member types; the server sends ``typing``
(with the member's id and display name, never text) on the chat's ``typing:S:CHAT`` channel,
which is not replayed. Each server process sends at most one such event per member and chat
every :data:`TYPING_EVERY`; calls in between are accepted and dropped, so a client may call
on every keystroke and the class sees a steady indicator.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

#: At most one typing event per member per chat this often, per server process (default 3 s).
TYPING_EVERY = dt.timedelta(seconds=3)
#: Entries kept before the stale ones are dropped (memory stays small in a busy server).
MAX_ENTRIES = 10_000


@dataclass(slots=True)
class TypingGate:
    every: dt.timedelta = TYPING_EVERY
    last: dict[tuple[int, int], dt.datetime] = field(default_factory=dict)

    def admit(self, account_id: int, chat_id: int, now: dt.datetime) -> bool:
        """Whether to send this member's typing event in this chat now."""
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
