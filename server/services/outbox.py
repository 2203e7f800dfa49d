"""Events and control commands gathered during one transaction, sent only after it commits.

Services add to the outbox of their database session; the edge (HTTP route, WebSocket
operation) flushes it once the transaction has committed, so a rolled-back change is never
announced and an announced change is always stored.

Crash safety: with a session of :class:`DurableSession` (the server's sessionmaker, see
:func:`write_rows`), each commit also writes what the outbox gathered to the
``outbox_messages`` table, in the same transaction (a ``before_commit`` hook, so every edge,
and every commit of a handler that runs several, is covered). The committing process
publishes at once and deletes the rows; a process killed in between leaves rows that another
one republishes (``outbox_relay.py``). Only what is worth sending late is written: events on
replayable channels, and control commands but :class:`DirectFrame` (WebRTC signalling for
one live socket, meaningless once that process is gone); the rest is sent as before.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event as sa_event
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import Session

from protocol.channels import KIND_RULES, Channel
from protocol.errors import InvariantBroken
from protocol.frames import encode_event_body
from storage.models import OutboxMessage

from .commands import Command, DirectFrame, encode_command

OUTBOX_KEY = "twinspace.outbox"


@dataclass(frozen=True, slots=True)
class OutgoingEvent:
    channel: str
    event: str
    data: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Announcement:
    """One thing to send through the broker: an event body on ``channel``, or an encoded
    control command (``channel`` None). ``row_id`` and ``token`` are set when it was written
    to the outbox table: the row to delete once sent, and the broker's once-only key."""

    channel: str | None
    payload: bytes
    row_id: int | None = None
    token: str | None = None


@dataclass(slots=True)
class Outbox:
    events: list[OutgoingEvent] = field(default_factory=list)
    commands: list[Command] = field(default_factory=list)
    #: What commits wrote to the table, by position in ``events`` and ``commands``.
    stored_events: dict[int, Announcement] = field(default_factory=dict)
    stored_commands: dict[int, Announcement] = field(default_factory=dict)
    #: How many of ``events`` and ``commands`` a commit has already looked at.
    sealed_events: int = 0
    sealed_commands: int = 0

    def event(self, channel: str, event: str, data: dict[str, Any]) -> None:
        self.events.append(OutgoingEvent(channel, event, data))

    def command(self, command: Command) -> None:
        self.commands.append(command)

    def __bool__(self) -> bool:
        return bool(self.events or self.commands)

    def announcements(self) -> list[Announcement]:
        """Everything to send, in order: the events, then the commands."""
        items = [
            self.stored_events.get(i) or Announcement(e.channel, encode_event_body(e.event, e.data))
            for i, e in enumerate(self.events)
        ]
        items += [
            self.stored_commands.get(i) or Announcement(None, encode_command(c))
            for i, c in enumerate(self.commands)
        ]
        return items


def outbox_of(session: AsyncSession) -> Outbox:
    """The outbox of the session's current unit of work (created on first use)."""
    outbox = session.info.get(OUTBOX_KEY)
    if outbox is None:
        outbox = session.info[OUTBOX_KEY] = Outbox()
    if not isinstance(outbox, Outbox):
        raise InvariantBroken(f"the session's {OUTBOX_KEY!r} holds a {type(outbox).__name__}")
    return outbox


def take_outbox(session: AsyncSession) -> Outbox:
    """Remove and return what the session's work gathered (empty if nothing)."""
    outbox = session.info.pop(OUTBOX_KEY, None)
    return outbox if isinstance(outbox, Outbox) else Outbox()


# -- the table ------------------------------------------------------------------------------


def is_durable_channel(channel: str) -> bool:
    """Events worth sending late: those a client could replay with ``since``."""
    return KIND_RULES[Channel.parse(channel).kind].replayable


def is_durable_command(command: Command) -> bool:
    return not isinstance(command, DirectFrame)


class DurableSession(Session):
    """A session whose commits write the outbox's new announcements to the table."""


def row(channel: str | None, payload: bytes, now: dt.datetime) -> OutboxMessage:
    return OutboxMessage(channel=channel, payload=payload, token=uuid.uuid4().hex, created_at=now)


@sa_event.listens_for(DurableSession, "before_commit")
def seal(session: Session) -> None:
    """Write what this transaction added to the outbox, just before it commits.

    Runs inside the commit (SQLAlchemy calls it on the session's greenlet, so the flush below
    is ordinary awaited I/O for the async session). The rows get their ids here, in the
    order of :meth:`Outbox.announcements`, which is the order the sweeper republishes in.
    The creation time is the wall clock, as the sweeper's lease is (not the app's clock,
    which tests fake)."""
    outbox = session.info.get(OUTBOX_KEY)
    if not isinstance(outbox, Outbox):
        return
    now = dt.datetime.now(dt.UTC)
    written: list[tuple[dict[int, Announcement], int, OutboxMessage]] = []
    for index in range(outbox.sealed_events, len(outbox.events)):
        item = outbox.events[index]
        if is_durable_channel(item.channel):
            payload = encode_event_body(item.event, item.data)
            written.append((outbox.stored_events, index, row(item.channel, payload, now)))
    for index in range(outbox.sealed_commands, len(outbox.commands)):
        command = outbox.commands[index]
        if is_durable_command(command):
            written.append((outbox.stored_commands, index, row(None, encode_command(command), now)))
    outbox.sealed_events, outbox.sealed_commands = len(outbox.events), len(outbox.commands)
    if not written:
        return
    session.add_all([message for _, _, message in written])
    session.flush()
    for stored, index, message in written:
        stored[index] = Announcement(message.channel, message.payload, message.id, message.token)


def write_rows(sessionmaker: async_sessionmaker[AsyncSession]) -> None:
    """Make the sessionmaker's commits write their announcements to the outbox table."""
    sessionmaker.configure(sync_session_class=DurableSession)
