"""Event frames built from an already-encoded body, so fan-out serializes each event once.

A publisher encodes ``{"event": ..., "data": ...}`` once; the broker carries those bytes with
a sequence number; each receiving process splices them into the frame below once, and the
same frame goes to every local subscriber. The result is exactly what encoding a
:class:`protocol.messages.Event` gives (a test holds the two together).
"""

from __future__ import annotations

from typing import Any

import msgspec


class EventBody(msgspec.Struct, frozen=True):
    event: str
    data: dict[str, Any]


_encoder = msgspec.json.Encoder()


def encode_event_body(event: str, data: dict[str, Any]) -> bytes:
    return _encoder.encode(EventBody(event, data))


def event_frame(channel: str, seq: int, body: bytes) -> bytes:
    """The ``event`` frame for ``body`` (an encoded :class:`EventBody`) at ``seq``."""
    if not body.startswith(b"{") or len(body) < 2:
        raise ValueError("an event body is an encoded JSON object")
    head = _encoder.encode(channel)
    return b'{"type":"event","channel":%b,"seq":%d,%b' % (head, seq, body[1:])
