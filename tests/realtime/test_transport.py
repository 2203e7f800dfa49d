"""The two `/ws` transports: ours (direct on uvicorn's socket, the default every other
realtime test runs on) and uvicorn's ASGI one, still selectable."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from prometheus_client import REGISTRY
from websockets.asyncio.client import connect
from websockets.client import ClientProtocol
from websockets.exceptions import InvalidStatus
from websockets.frames import Close, Frame, Opcode
from websockets.http11 import Response as WsResponse
from websockets.protocol import State as WsState
from websockets.typing import Subprotocol
from websockets.uri import parse_uri

from protocol.codec import encode_client_message
from protocol.limits import DEFAULT_HEARTBEAT_INTERVAL_MS, DEFAULT_IDLE_TIMEOUT_MS
from protocol.messages import SUBPROTOCOL, Ack, Auth, Event, Ping, Pong, Subscribe, Welcome
from server.cli import WS_PING_TIMEOUT_S
from server.clock import FakeClock
from server.config import Settings
from server.websocket.transport import keepalive_interval_s

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


#: The keepalive of the server below: a ping after this long without a word, a close after
#: as long again without the pong.
KEEPALIVE_S = 0.2


@pytest.fixture
async def keepalive_live(
    database_url: str, tmp_path: Path, clock: FakeClock
) -> AsyncIterator[LiveServer]:
    settings = Settings(database_url=database_url, data_dir=tmp_path, cheap_hashing=True)
    async with serve(settings, clock, keepalive_s=KEEPALIVE_S) as server:
        yield server


class DeafPeer:
    """A WebSocket client that never answers the server's pings (websockets' sans-I/O
    protocol queues a pong for each; they are thrown away) and counts them."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer
        uri = parse_uri("ws://127.0.0.1/ws")
        self.protocol = ClientProtocol(uri, subprotocols=[Subprotocol(SUBPROTOCOL)])
        self.pings = 0
        self.closed: int | None = None

    @classmethod
    async def open(cls, url: str) -> DeafPeer:
        port = int(url.rsplit(":", 1)[1].split("/", 1)[0])
        peer = cls(*await asyncio.open_connection("127.0.0.1", port))
        peer.protocol.send_request(peer.protocol.connect())
        peer.writer.write(b"".join(peer.protocol.data_to_send()))
        while peer.protocol.state is WsState.CONNECTING:
            peer.protocol.receive_data(await peer.reader.read(65536))
            for event in peer.protocol.events_received():
                assert isinstance(event, WsResponse), event
                assert event.status_code == 101, event
        return peer

    def send(self, message: Any) -> None:
        self.protocol.send_text(encode_client_message(message))
        self.writer.write(b"".join(self.protocol.data_to_send()))

    async def listen(self, seconds: float) -> None:
        """Read for ``seconds``: count pings, note a close, answer nothing."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while self.closed is None and (left := deadline - loop.time()) > 0:
            try:
                data = await asyncio.wait_for(self.reader.read(65536), left)
            except TimeoutError:
                return
            self.protocol.receive_data(data)
            for event in self.protocol.events_received():
                if isinstance(event, Frame) and event.opcode is Opcode.PING:
                    self.pings += 1
                elif isinstance(event, Frame) and event.opcode is Opcode.CLOSE:
                    self.closed = Close.parse(event.data).code
            self.protocol.data_to_send()  # the pongs, thrown away
            if not data:
                self.closed = self.closed or 1006


async def test_a_talking_client_is_not_pinged_a_silent_one_is_and_dropped(
    keepalive_live: LiveServer,
) -> None:
    """The server pings only a peer it heard nothing from for a whole interval: a client's
    own heartbeat says it is alive (and saves a ping and a pong per interval per tab)."""
    ana = await keepalive_live.world.etwinner("Ana")
    peer = await DeafPeer.open(keepalive_live.ws_url)
    try:
        peer.send(Auth(token=ana.token))
        for n in range(15):  # a heartbeat every half interval, for 7 intervals: never pinged
            peer.send(Ping(ref=f"p{n}"))
            await peer.listen(KEEPALIVE_S / 2)
        assert (peer.pings, peer.closed) == (0, None)
        # Silent now, and deaf to the ping: pinged, then let go for want of a pong.
        await peer.listen(KEEPALIVE_S * 8)
        assert (peer.pings, peer.closed) == (1, 1011)
    finally:
        peer.writer.close()
        await peer.writer.wait_closed()


def test_a_client_beating_on_time_leaves_the_server_no_keepalive_ping_to_send() -> None:
    """The server pings a peer silent for a whole keepalive interval; a client beating every
    `heartbeat_interval_ms` must never be one, even with its timers a little late: with both
    at 20 s, an idle tab cost a ping and a pong more per interval (docs/benchmarks.md)."""
    beat_s = DEFAULT_HEARTBEAT_INTERVAL_MS / 1000
    interval = keepalive_interval_s(DEFAULT_HEARTBEAT_INTERVAL_MS)
    assert interval >= beat_s * 1.5
    # ...and a silent peer is still found, pinged and dropped, within the idle timeout.
    assert interval + WS_PING_TIMEOUT_S <= DEFAULT_IDLE_TIMEOUT_MS / 1000


async def test_a_socket_dropped_for_want_of_a_pong_is_logged_and_counted(
    keepalive_live: LiveServer, caplog: pytest.LogCaptureFixture
) -> None:
    """The 1011 keepalive close says so in the log (with this process's count) and in
    ``twinspace_ws_keepalive_timeouts_total``: a full-size run saw 936 sockets closed 1011
    and no node said why."""
    caplog.set_level(logging.INFO, logger="twinspace.ws")
    before = REGISTRY.get_sample_value("twinspace_ws_keepalive_timeouts_total") or 0.0
    ana = await keepalive_live.world.etwinner("Ana")
    peer = await DeafPeer.open(keepalive_live.ws_url)
    try:
        peer.send(Auth(token=ana.token))
        await peer.listen(KEEPALIVE_S * 8)  # silent and deaf: pinged, then let go
        assert peer.closed == 1011
    finally:
        peer.writer.close()
        await peer.writer.wait_closed()
    after = REGISTRY.get_sample_value("twinspace_ws_keepalive_timeouts_total")
    assert after == before + 1
    said = [r.getMessage() for r in caplog.records if r.name == "twinspace.ws"]
    assert any("closed 1011: no pong" in line for line in said), said
