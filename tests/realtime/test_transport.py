"""The two `/ws` transports: ours (direct on uvicorn's socket, the default every other
realtime test runs on) and uvicorn's ASGI one, still selectable."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus
from websockets.typing import Subprotocol

from protocol.codec import encode_client_message
from protocol.messages import SUBPROTOCOL, Ack, Auth, Event, Ping, Pong, Subscribe, Welcome
from server.clock import FakeClock
from server.config import Settings

from .conftest import LiveServer, WsClient, serve


@pytest.fixture
async def asgi_live(
    database_url: str, tmp_path: Path, clock: FakeClock
) -> AsyncIterator[LiveServer]:
    settings = Settings(database_url=database_url, data_dir=tmp_path, cheap_hashing=True)
    async with serve(settings, clock, ws="websockets-sansio") as server:
        yield server


async def test_asgi_transport_serves_the_same_protocol(asgi_live: LiveServer) -> None:
    world = asgi_live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    client = await asgi_live.connect(ana)
    await client.send(Subscribe(ref="s", channel=f"space:{space_id}"))
    assert (await client.expect(Ack)).ref == "s"
    await ana.patch(f"/api/spaces/{space_id}", {"description": "live"})
    assert (await client.expect(Event)).event == "space.updated"


async def test_other_paths_are_refused_at_the_handshake(live: LiveServer) -> None:
    other = live.ws_url.replace("/ws", "/other")
    with pytest.raises(InvalidStatus) as refused:
        await connect(other, subprotocols=[Subprotocol(SUBPROTOCOL)], open_timeout=5)
    assert refused.value.response.status_code == 404


async def test_a_fragmented_message_is_read_whole(live: LiveServer) -> None:
    ana = await live.world.etwinner("Ana")
    client = WsClient(await live.raw())
    frame = encode_client_message(Auth(token=ana.token)).decode()
    await client.socket.send([frame[:10], frame[10:20], frame[20:]])
    await client.expect(Welcome)


async def test_a_burst_past_the_read_buffer_is_answered_in_order(live: LiveServer) -> None:
    """More frames than the transport buffers unread: it stops reading, then resumes."""
    ana = await live.world.etwinner("Ana")
    client = await live.connect(ana)
    refs = [f"p{n}" for n in range(30)]
    await asyncio.gather(*(client.send(Ping(ref=ref)) for ref in refs))
    answered = [(await client.expect(Pong)).ref for _ in refs]
    assert answered == refs
