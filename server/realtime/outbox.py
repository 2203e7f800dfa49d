"""Events and control commands gathered during one transaction, sent only after it commits.

Services add to the outbox of their database session; the edge (HTTP route, WebSocket
operation) flushes it once the transaction has committed, so a rolled-back change is never
announced and an announced change is always stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from .commands import Command

OUTBOX_KEY = "twinspace.outbox"


@dataclass(frozen=True, slots=True)
class OutgoingEvent:
    channel: str
    event: str
    data: dict[str, Any]


@dataclass(slots=True)
class Outbox:
    events: list[OutgoingEvent] = field(default_factory=list)
    commands: list[Command] = field(default_factory=list)

    def event(self, channel: str, event: str, data: dict[str, Any]) -> None:
        self.events.append(OutgoingEvent(channel, event, data))

    def command(self, command: Command) -> None:
        self.commands.append(command)


def outbox_of(session: AsyncSession) -> Outbox:
    """The outbox of the session's current unit of work (created on first use)."""
    outbox = session.info.get(OUTBOX_KEY)
    if outbox is None:
        outbox = session.info[OUTBOX_KEY] = Outbox()
    assert isinstance(outbox, Outbox)
    return outbox


def take_outbox(session: AsyncSession) -> Outbox:
    """Remove and return what the session's work gathered (empty if nothing)."""
    outbox = session.info.pop(OUTBOX_KEY, None)
    return outbox if isinstance(outbox, Outbox) else Outbox()
