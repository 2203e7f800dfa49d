"""A real uvicorn server on a loopback socket, real websockets clients, on each database."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import socket
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from websockets.asyncio.client import ClientConnection, connect
from websockets.typing import Subprotocol

from protocol.codec import decode_server_message, encode_client_message
from protocol.limits import Limits
from protocol.messages import SUBPROTOCOL, Auth, ClientMessage, ServerMessage
from server.app import create_app
from server.clock import FakeClock
from server.config import Settings
from server.websocket.transport import TwinspaceWebSocketProtocol

from ..http.conftest import ApiUser, World

#: How long a test waits for a message it expects (the server answers in milliseconds).
RECEIVE_TIMEOUT = 5.0


class WsClient:
    """A protocol-speaking test client over a real WebSocket."""

    def __init__(self, socket: ClientConnection) -> None:
        self.socket = socket
        self.refs = 0

    def ref(self) -> str:
        self.refs += 1
        return f"r{self.refs}"

    async def send(self, message: ClientMessage) -> None:
        await self.socket.send(encode_client_message(message).decode())

    async def receive(self, within: float = RECEIVE_TIMEOUT) -> ServerMessage:
        async with asyncio.timeout(within):
            frame = await self.socket.recv()
        return decode_server_message(frame)

    async def expect(self, kind: type[Any], within: float = RECEIVE_TIMEOUT) -> Any:
        message = await self.receive(within)
        assert isinstance(message, kind), f"expected {kind.__name__}, got {message!r}"
        return message

    async def nothing_within(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            message = await self.receive(seconds)
            raise AssertionError(f"unexpected {message!r}")

    async def closed_with(self, code: int, within: float = RECEIVE_TIMEOUT) -> None:
        async with asyncio.timeout(within):
            await self.socket.wait_closed()
        received = self.socket.close_code
        assert received == code, f"closed with {received}, expected {code}"


@dataclasses.dataclass
class LiveServer:
    world: World
    ws_url: str
    clients: list[ClientConnection] = dataclasses.field(default_factory=list)

    async def raw(self, **options: Any) -> ClientConnection:
        options.setdefault("subprotocols", [Subprotocol(SUBPROTOCOL)])
        options.setdefault("open_timeout", RECEIVE_TIMEOUT)
        client = await connect(self.ws_url, **options)
        self.clients.append(client)
        return client

    async def connect(self, user: ApiUser) -> WsClient:
        """A connection authenticated with the user's bearer token, welcome consumed."""
        from protocol.messages import Welcome

        client = WsClient(await self.raw())
        await client.send(Auth(token=user.token))
        welcome = await client.expect(Welcome)
        assert welcome.account_id == user.id
        return client


def free_socket() -> socket.socket:
    # IPPROTO_TCP named, not left 0: asyncio turns Nagle off (TCP_NODELAY) only on sockets
    # whose proto says TCP, and with Nagle on, every answer on a kept-alive connection waited
    # 40 ms for the client's delayed ACK (uvicorn writes headers and body apart).
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


#: Longest a live server may take to start or to answer one request before the test calls it
#: hung. httpx's own 5 s failed two requests with the suite in parallel at a load average of 13.
HANG_S = 30.0


@contextlib.asynccontextmanager
async def serve(
    settings: Settings,
    clock: FakeClock,
    ws: Any = TwinspaceWebSocketProtocol,
    keepalive_s: float = 20.0,
) -> AsyncIterator[LiveServer]:
    """A live server; ``ws`` is the WebSocket transport (ours by default, or a uvicorn name);
    ``keepalive_s`` its WebSocket ping interval and pong timeout (uvicorn's default, 20 s)."""
    app = create_app(settings, clock=clock)
    sock = free_socket()
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        app,
        log_level="warning",
        ws_max_size=settings.ws_limits.max_frame_bytes,
        ws_per_message_deflate=False,
        lifespan="on",
        ws=ws,
        ws_ping_interval=keepalive_s,
        ws_ping_timeout=keepalive_s,
    )
    server = uvicorn.Server(config)
    # uvicorn's own serve() loop looks at should_exit every 0.1 s, and a test's server spends
    # its whole life idle in that loop's last tick: the fixture drives the two ends itself.
    config.load()
    server.lifespan = config.lifespan_class(config)
    try:
        async with asyncio.timeout(HANG_S):
            await server.startup(sockets=[sock])
    except SystemExit:  # uvicorn's answer to a lifespan that failed; it logged why
        sock.close()
        raise RuntimeError("the live server's application did not start") from None
    try:
        base = f"http://127.0.0.1:{port}"
        async with httpx.AsyncClient(base_url=base, timeout=HANG_S) as client:
            live = LiveServer(World(client, app.state.ctx, clock), f"ws://127.0.0.1:{port}/ws")
            try:
                yield live
            finally:
                for ws in live.clients:
                    await ws.close()
    finally:
        await stop(server, sock)


async def stop(server: uvicorn.Server, sock: socket.socket) -> None:
    """uvicorn's ``Server.shutdown`` without its waits on a clock: it sleeps 0.1 s after asking
    the connections to close, then polls every 0.1 s until they have, which every live test paid
    at its teardown (a tenth of a second each, about 900 of them). This asks the same things of
    the same objects in the same order and looks again every few milliseconds."""
    for listener in server.servers:
        listener.close()
    sock.close()
    for connection in list(server.server_state.connections):
        connection.shutdown()
    async with asyncio.timeout(HANG_S):
        # uvicorn's state has no event to wait on: its sets are looked at, as uvicorn does.
        while server.server_state.connections or server.server_state.tasks:  # noqa: ASYNC110
            await asyncio.sleep(0.002)
    for listener in server.servers:
        await listener.wait_closed()
    await server.lifespan.shutdown()


SettingsTweak = Callable[[Settings], Settings]


@pytest.fixture
def tweak() -> SettingsTweak:
    """Overridden by modules that need other limits."""
    return lambda settings: settings


@pytest.fixture
async def live(
    database_url: str, tmp_path: Path, clock: FakeClock, tweak: SettingsTweak
) -> AsyncIterator[LiveServer]:
    settings = tweak(Settings(database_url=database_url, data_dir=tmp_path, cheap_hashing=True))
    async with serve(settings, clock) as server:
        yield server


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def with_limits(**changes: Any) -> SettingsTweak:
    def apply(settings: Settings) -> Settings:
        limits = dataclasses.replace(Limits(), **changes)
        return dataclasses.replace(settings, ws_limits=limits)

    return apply
