"""Control commands between server processes, sent through the broker's control channel.

Each is a typed value with one wire form (msgspec tagged union), in the spirit of Synapse's
replication commands: every process applies each command to its own live connections.
"""

from __future__ import annotations

import msgspec


class CommandBase(msgspec.Struct, frozen=True, tag_field="command"):
    pass


class MembershipChanged(CommandBase, frozen=True, tag="membership_changed"):
    """A member was added, removed or changed role: re-check their subscriptions in the
    space, and forget what was cached about its members."""

    space_id: int
    account_id: int


class EventStandingChanged(CommandBase, frozen=True, tag="event_standing_changed"):
    """The account was named to (or taken off) an event's speakers: re-check its
    subscriptions to the event's channels (a speaker taken off no longer sees its stage)."""

    event_id: int
    account_id: int


class SpaceDeleted(CommandBase, frozen=True, tag="space_deleted"):
    """End every subscription to the space's channels."""

    space_id: int


class AccountLocked(CommandBase, frozen=True, tag="account_locked"):
    """Suspended, rejected or erased: close every connection of the account."""

    account_id: int


class AccountActivated(CommandBase, frozen=True, tag="account_activated"):
    """A pending teacher validated (or an account reinstated): the connections opened before
    speak for an active account from now on (they may follow the spaces it joins)."""

    account_id: int


class SessionsEnded(CommandBase, frozen=True, tag="sessions_ended"):
    """Sign-ins ended (log-out of one session, or a pupil's code reset for all): close the
    connections opened with them. ``session_id`` None means every session of the account."""

    account_id: int
    session_id: int | None = None


class DirectFrame(CommandBase, frozen=True, tag="direct_frame"):
    """A frame for one connection only (WebRTC signalling to one peer), sent only while that
    connection still holds a subscription to ``channel``."""

    account_id: int
    connection_id: str
    channel: str
    frame: str


Command = (
    MembershipChanged
    | EventStandingChanged
    | SpaceDeleted
    | AccountLocked
    | AccountActivated
    | SessionsEnded
    | DirectFrame
)

_encoder = msgspec.json.Encoder()
_decoder: msgspec.json.Decoder[Command] = msgspec.json.Decoder(Command)


def encode_command(command: Command) -> bytes:
    return _encoder.encode(command)


def decode_command(data: bytes) -> Command:
    return _decoder.decode(data)
