"""What the WebSocket session needs from a transport, and the ASGI (Starlette) adapter.

Two transports serve `/ws`: the direct one (`transport.py`, the default, on uvicorn's socket
without the ASGI layers) and ASGI through Starlette (`--ws-implementation websockets-sansio`
and the other uvicorn implementations). The session (`endpoint.py`) talks only to a
:class:`WsSocket`, so the message handling is the same on both.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Protocol
from urllib.parse import urlsplit

from starlette.websockets import WebSocket, WebSocketDisconnect

from ..realtime.connection import CloseRequest, Connection, ConnectionState
from ..services.accounts import SESSION_COOKIE


class ShuttingDown(Exception):
    """The server is stopping: the session finishes the operation in progress, sends
    `closing` with a retry hint and closes 1012."""


class WsSocket(Protocol):
    """One accepted WebSocket, as the session sees it."""

    def session_token(self) -> str | None:
        """The session cookie, only if the handshake came from one of our own pages."""
        ...

    async def receive_text(self) -> str | None:
        """The next frame as text; None once the peer has gone. May raise ShuttingDown."""
        ...

    def start_writing(self, connection: Connection) -> None:
        """From now on, send what the connection queues (frames, then its close)."""
        ...

    async def drained(self, connection: Connection) -> None:
        """Return once the connection's requested close has been written."""
        ...

    async def release(self, connection: Connection) -> None:
        """The session is over: stop writing and let the socket go."""
        ...


def same_origin(origin: str | None, host: str | None) -> bool:
    """A browser's cookie counts only from our own pages (no cross-site WebSocket hijacking)."""
    if origin is None:
        return True  # not a browser: nothing can ride on its cookie
    return urlsplit(origin).netloc == host


class AsgiSocket:
    """A Starlette WebSocket, with a writer task draining the connection's queue."""

    def __init__(self, websocket: WebSocket) -> None:
        self.websocket = websocket
        self.writer: asyncio.Task[None] | None = None

    def session_token(self) -> str | None:
        headers = self.websocket.headers
        if not same_origin(headers.get("origin"), headers.get("host")):
            return None
        return self.websocket.cookies.get(SESSION_COOKIE) or None

    async def receive_text(self) -> str | None:
        try:
            message = await self.websocket.receive()
        except WebSocketDisconnect:
            return None
        if message["type"] == "websocket.disconnect":
            return None
        text = message.get("text")
        if text is None:
            raw = message.get("bytes") or b""
            text = raw.decode("utf-8", errors="replace")
        return str(text)

    def start_writing(self, connection: Connection) -> None:
        self.writer = asyncio.create_task(self.write_loop(connection))

    async def write_loop(self, connection: Connection) -> None:
        while True:
            item = await connection.next_outgoing()
            if isinstance(item, CloseRequest):
                with contextlib.suppress(Exception):
                    await self.websocket.close(code=item.code, reason=item.reason.value)
                connection.move_to(ConnectionState.CLOSED)
                return
            await self.websocket.send_text(item)

    async def drained(self, connection: Connection) -> None:
        if self.writer is not None:
            with contextlib.suppress(Exception):
                await asyncio.shield(self.writer)

    async def release(self, connection: Connection) -> None:
        writer = self.writer
        if writer is None:
            return
        writer.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await writer
