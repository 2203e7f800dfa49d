"""What the server needs of a selective forwarding unit (Janus's VideoRoom here), and the
per-participant credentials it hands out.

Admin secrets never leave the server: the room secret and each participant's join token are
derived from the SFU admin key with HMAC, so every server process computes the same values
without storing them, and a participant's token opens one room only.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Any, Protocol

from protocol import api


class Sfu(Protocol):
    """A room per video session; participants join it with their own token."""

    #: Where clients reach the SFU (Janus's HTTP or WebSocket transport).
    client_url: str

    async def create_room(self, room: int, tokens: list[str], publishers: int) -> None:
        """Create the room with token checking on, letting in ``tokens``."""

    async def destroy_room(self, room: int) -> None:
        """Destroy the room, disconnecting everyone in it (idempotent)."""

    async def allow(self, room: int, tokens: list[str]) -> None:
        """Let more participants in."""

    async def kick(self, room: int, participant_id: int, token: str) -> None:
        """Revoke the participant's token and disconnect them (idempotent)."""

    async def mute(self, room: int, participant_id: int, muted: bool) -> None:
        """Stop (or resume) forwarding the participant's audio, whatever their client does."""

    async def create_webinar_room(
        self, room: int, tokens: list[str], publishers: int, rec_dir: str | None
    ) -> None:
        """Create an event's room: ``tokens`` publish (the speakers), anyone who knows the
        room subscribes with no handle of its own (no private id asked); ``rec_dir`` is where
        Janus writes its recordings, if the event may be recorded."""

    async def record(self, room: int, recording: bool) -> None:
        """Start or stop Janus's own recording of every publisher of the room."""

    async def check(self) -> dict[str, Any]:
        """Raise unless the SFU answers and can host rooms; a little detail for /readyz."""


def derive(admin_key: str, purpose: str) -> str:
    return hmac.new(admin_key.encode(), purpose.encode(), hashlib.sha256).hexdigest()[:32]


def room_secret(admin_key: str, room: int) -> str:
    return derive(admin_key, f"room:{room}")


def participant_token(admin_key: str, room: int, participant_id: int) -> str:
    return derive(admin_key, f"token:{room}:{participant_id}")


def speaker_token(admin_key: str, room: int, account_id: int) -> str:
    """One account's publisher token in an event's room (issue 22)."""
    return derive(admin_key, f"webinar:{room}:{account_id}")


def sfu_access(sfu: Sfu, admin_key: str, room: int, participant_id: int) -> api.SfuAccessOut:
    """What one participant needs to join the room: where, which room, their token and the
    publisher id to use (their participant id, so moderation can address them)."""
    return api.SfuAccessOut(
        url=sfu.client_url,
        room=room,
        token=participant_token(admin_key, room, participant_id),
        publisher_id=participant_id,
    )
