"""The Janus HTTP client's guard: used before it is opened is our bug, said as such."""

from __future__ import annotations

import pytest

from protocol.errors import InvariantBroken
from server.services.video.janus_client import JanusClient


async def test_a_client_used_before_it_is_opened_raises_a_typed_error() -> None:
    client = JanusClient("http://127.0.0.1:9")  # never reached
    with pytest.raises(InvariantBroken, match="before it is opened"):
        await client.post("", {"janus": "info"})
