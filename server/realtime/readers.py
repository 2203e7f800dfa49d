"""Who is reading a forum thread now (issue 21): per-thread presence, coalesced.

Subscribing to ``readers:SPACE:THREAD`` (allowed to whoever may read the thread, asked of the
policy like the thread's own channel) makes the connection one of the thread's readers while it
stays subscribed. It gets a ``presence.readers`` snapshot at once, then again when the snapshot
changed, at most once per presence pass (``PRESENCE_COUNT_INTERVAL_S``, 10 s): never an event
per reader's coming or going to every reader.

* **The cap**: the first :data:`READERS_SHOWN` (20) by latest activity (opening the thread,
  writing or posting a reply in it), and how many more. 20 names are a line or two on a
  phone; the frame stays about 1.5 KiB with everyday names, under 10 KiB at worst (20 names
  of 100 characters of 4 bytes), whatever the number of readers.
* **The rate**: one pass every 10 s, in which each connection gets at most one presence
  message (:func:`plan_pass`): a reader in a group whose count changed too gets the count
  inside its readers snapshot (``online``), not a second message. So an online client costs
  at most one presence message per 10 s (the target of issue 21), and a process one store
  read per listened thread per 10 s. With 300 readers of one thread that is at most 300
  frames per 10 s (30/s), whereas a join/leave event per reader to every reader would be
  299 frames per coming or going: churn of one reader a second would be 300 frames/s.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from protocol.channels import Channel, ChannelKind
from protocol.messages import PresenceReaders, ThreadReader
from protocol.vocabulary import AccountId, Role, SpaceId

from ..brokers.base import Reader, ReadersNow, ReaderStore

#: How many readers a snapshot names (default 20), newest activity first; the rest are
#: counted in ``more``.
READERS_SHOWN = 20

C = TypeVar("C", bound=Hashable)


def readers_channel(space_id: int, thread_id: int) -> str:
    return Channel(ChannelKind.READERS, SpaceId(space_id), thread_id).name


def readers_message(channel: str, now: ReadersNow, online: int | None = None) -> PresenceReaders:
    """The snapshot a subscriber is sent."""
    shown = [
        ThreadReader(
            account_id=AccountId(reader.account_id),
            display_name=reader.display_name,
            role=Role(reader.role),
        )
        for reader in now.shown
    ]
    return PresenceReaders(
        channel=channel, readers=shown, more=now.total - len(shown), online=online
    )


def plan_pass(
    readers: Mapping[str, tuple[int, str]],
    counts: Mapping[int, str],
    listeners: Mapping[str, Iterable[C]],
    presence_channel_of: Mapping[int, str],
) -> list[tuple[C, str]]:
    """What one presence pass sends: ``(connection, frame)`` pairs.

    ``readers`` are the readers channels whose snapshot changed (channel -> space, frame, the
    frame carrying the space's count if it is counted); ``counts`` the counted spaces whose
    count changed (space -> ``presence.count`` frame). A connection that gets a readers
    snapshot of a space is not sent that space's count as well: the snapshot says it.
    """
    out: list[tuple[C, str]] = []
    covered: set[tuple[int, C]] = set()
    for channel, (space_id, frame) in readers.items():
        for connection in listeners.get(channel, ()):
            out.append((connection, frame))
            covered.add((space_id, connection))
    for space_id, frame in counts.items():
        for connection in listeners.get(presence_channel_of[space_id], ()):
            if (space_id, connection) not in covered:
                out.append((connection, frame))
    return out


@dataclass(frozen=True, slots=True)
class Listened:
    """A readers channel this process has subscribers for."""

    space_id: int
    thread_id: int


class ThreadReaders:
    """This process's side of the readers channels: entering, leaving, what changed."""

    def __init__(self, store: ReaderStore) -> None:
        self.store = store
        #: What this process last sent each listened channel's subscribers (readers, more).
        self.sent: dict[str, ReadersNow] = {}
        self.listened: dict[str, Listened] = {}

    async def enter(
        self, channel: Channel, account_id: int, display_name: str, role: str, connection_id: str
    ) -> None:
        reader = Reader(account_id, display_name, role)
        thread_id = channel.required_object_id
        await self.store.enter(channel.space_id, thread_id, reader, connection_id)
        self.listened[channel.name] = Listened(channel.space_id, thread_id)

    async def leave(self, channel: Channel, account_id: int, connection_id: str) -> None:
        thread_id = channel.required_object_id
        await self.store.leave(channel.space_id, thread_id, account_id, connection_id)

    async def touch(self, space_id: int, thread_id: int, account_id: int) -> None:
        """The member posted in the thread: first in the line at the next pass."""
        await self.store.touch(space_id, thread_id, account_id)

    async def snapshot(self, channel: Channel, online: int | None) -> PresenceReaders:
        """A new subscriber's snapshot. What the others were last sent stays the reference,
        so the next pass tells them about the newcomer (and the newcomer, once more)."""
        now = await self.store.top(channel.space_id, channel.required_object_id, READERS_SHOWN)
        self.sent.setdefault(channel.name, now)
        return readers_message(channel.name, now, online)

    async def changed(
        self, listened_channels: set[str], waiting_spaces: Collection[int] = ()
    ) -> dict[str, tuple[int, ReadersNow]]:
        """Each listened readers channel whose readers changed since last sent: one store
        read per channel. Channels nobody here listens to any more are forgotten; those of
        `waiting_spaces` are not read this time (what changed stays to tell)."""
        out: dict[str, tuple[int, ReadersNow]] = {}
        for name in list(self.listened):
            where = self.listened[name]
            if name not in listened_channels:
                del self.listened[name]
                self.sent.pop(name, None)
                continue
            if where.space_id in waiting_spaces:
                continue
            now = await self.store.top(where.space_id, where.thread_id, READERS_SHOWN)
            if now != self.sent.get(name):
                self.sent[name] = now
                out[name] = (where.space_id, now)
        return out
