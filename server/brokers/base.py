"""What the real-time core needs from a broker and a presence store, and nothing more.

The broker gives each channel a sequence that only grows, keeps a bounded replay history of
recent events, and delivers every event to every process that has local subscribers for its
channel, once each and in sequence order. Payloads are opaque bytes (the event's encoded body):
the broker never parses them, so an event is serialized once, by its publisher.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Delivery:
    """One sequenced event on one channel."""

    channel: str
    seq: int
    payload: bytes


@dataclass(frozen=True, slots=True)
class Replay:
    """What a broker still holds of a channel after some sequence number.

    ``complete`` is False when events after ``since`` were already dropped from the bounded
    history (or ``since`` is ahead of ``head``): the client must be told to reset.
    """

    events: list[Delivery]
    head: int
    complete: bool


#: Called for each delivery, in sequence order per channel, on the event loop.
DeliveryHandler = Callable[[Delivery], None]
#: Called for each control command (revocations and the like), on every process.
ControlHandler = Callable[[bytes], None]
#: Called with a channel whose numbering restarted (Redis lost its data): every position a
#: subscriber holds on it is void, and its next deliveries count again from 1. Called before
#: any delivery of the new numbering, on the event loop.
RestartHandler = Callable[[str], None]


class Broker(Protocol):
    async def start(
        self,
        on_delivery: DeliveryHandler,
        on_control: ControlHandler,
        on_restart: RestartHandler | None = None,
    ) -> None:
        """Connect and begin delivering; called once before anything else."""
        ...

    async def close(self) -> None:
        """Stop delivering and release connections and tasks."""
        ...

    async def publish(self, channel: str, payload: bytes, once: str | None = None) -> int:
        """Give the event the channel's next sequence number, keep it in the channel's
        history, and deliver it to every subscribed process; returns the sequence number.

        ``once`` (the outbox row's token) makes a repeat harmless: a publish whose ``once``
        was already published (by any process) publishes nothing and returns the sequence
        number it got then. The outbox's sweeper relies on it (docs/realtime.md)."""
        ...

    async def subscribe(self, channel: str) -> None:
        """This process has local subscribers for ``channel`` now (idempotent)."""
        ...

    async def unsubscribe(self, channel: str) -> None:
        """This process has no local subscribers for ``channel`` any more (idempotent)."""
        ...

    async def replay(self, channel: str, since: int) -> Replay:
        """Events of ``channel`` with a sequence number above ``since``, oldest first."""
        ...

    async def head(self, channel: str) -> int:
        """The channel's last sequence number, 0 before its first event."""
        ...

    async def send_control(self, command: bytes, once: str | None = None) -> None:
        """Deliver ``command`` to the control handler of every process, this one included;
        a repeat of the same ``once`` is not delivered again."""
        ...

    @property
    def healthy(self) -> bool:
        """False while deliveries may be missed (Redis down, subscriptions not restored)."""
        ...


@dataclass(frozen=True, slots=True)
class PresenceChange:
    """A member came online (first connection) or went offline (last connection)."""

    space_id: int
    account_id: int
    online: bool


class PresenceStore(Protocol):
    """Who is online in each space, counting several connections of one member once."""

    async def join(self, space_id: int, account_id: int, connection_id: str) -> bool:
        """Record a connection; True if it is the member's first one in the space."""
        ...

    async def leave(self, space_id: int, account_id: int, connection_id: str) -> bool:
        """Forget a connection; True if it was the member's last one in the space."""
        ...

    async def online(self, space_id: int) -> set[int]:
        """The account ids with at least one live connection in the space."""
        ...

    async def count(self, space_id: int) -> int:
        """How many members have a live connection in the space (``len(online(...))``
        without reading the ids: a group's live count, issue 21)."""
        ...

    async def refresh(self) -> None:
        """Keep this process's entries alive (called every ttl / 3)."""
        ...

    async def reap(self) -> list[PresenceChange]:
        """Remove entries of processes that stopped refreshing; returns the members who went
        offline because of it, each reported to exactly one caller across processes."""
        ...

    async def close(self) -> None:
        """Release connections (entries of this process expire by themselves)."""
        ...


@dataclass(frozen=True, slots=True)
class Reader:
    """A member with a thread open: what the "reading now" line shows of them."""

    account_id: int
    display_name: str
    role: str


@dataclass(frozen=True, slots=True)
class ReadersNow:
    """Who has a thread open now: the first ``limit`` by latest activity, and how many."""

    shown: tuple[Reader, ...]  # newest activity first, ties by account id
    total: int  # distinct members with at least one live connection reading


class ReaderStore(Protocol):
    """Who is reading each forum thread (issue 21), counting several tabs of a member once.

    Each reading connection is an entry; a member's activity time (opening the thread,
    posting in it) orders them. Entries of a process that stops refreshing expire, like
    presence's, so a tab or process that dies without a goodbye drops out.
    """

    async def enter(
        self, space_id: int, thread_id: int, reader: Reader, connection_id: str
    ) -> None:
        """Record a reading connection; opening the thread counts as activity now."""
        ...

    async def leave(
        self, space_id: int, thread_id: int, account_id: int, connection_id: str
    ) -> None:
        """Forget a reading connection (twice or never entered: nothing happens)."""
        ...

    async def touch(self, space_id: int, thread_id: int, account_id: int) -> None:
        """The member did something in the thread now (posted): moves them up, if reading."""
        ...

    async def top(self, space_id: int, thread_id: int, limit: int) -> ReadersNow:
        """The live readers: the first ``limit`` by latest activity, and their number."""
        ...

    async def refresh(self) -> None:
        """Keep this process's entries alive (called every ttl / 3)."""
        ...

    async def close(self) -> None:
        """Release connections (entries of this process expire by themselves)."""
        ...
