"""`/ws` straight from uvicorn's socket, without the ASGI layers: the default transport.

uvicorn hands an upgraded connection to its ``ws`` protocol class; this one runs the
websockets library's sans-I/O :class:`ServerProtocol` and gives the accepted socket to the
session (`endpoint.run_session`). HTTP and WebSocket stay on one port and one process.

Why (docs/realtime.md has the figures): through ASGI each idle connection also kept the
scope and its headers, an ASGI receive queue and event, Starlette's WebSocket and a writer
task. Here a connection keeps the parser, what the session needs (the cookie's token, not
the handshake) and one task; frames are written synchronously as they are queued, so there
is no writer task. It is also where graceful shutdown lives: uvicorn calls :meth:`shutdown`
on SIGTERM, the session answers the operation in progress, sends `closing` with a retry hint
and closes 1012, and uvicorn waits for the closing handshakes within its shutdown window.
"""

from __future__ import annotations

import asyncio
import logging
import random
import struct
from typing import Any, cast

from starlette.requests import cookie_parser
from uvicorn.config import Config
from uvicorn.server import ServerState
from websockets.frames import Frame, Opcode
from websockets.http11 import Request
from websockets.protocol import State
from websockets.server import ServerProtocol

from protocol.messages import select_subprotocol

from ..observability import metrics
from ..realtime.connection import CloseRequest, Connection, ConnectionState
from ..services.accounts import SESSION_COOKIE
from .endpoint import run_session
from .sockets import ShuttingDown, same_origin

#: The sans-I/O protocol's own logger. At DEBUG, websockets logs every handshake header and
#: frame, `auth` tokens included, so it lives under "websockets", which the logging config
#: holds at WARNING at every level (server/observability/logs.py, tests/observability).
protocol_logger = logging.getLogger("websockets.twinspace")

#: The only WebSocket path; anything else is refused with 404 at the handshake.
WS_PATH = "/ws"

#: The server's WebSocket ping goes only to a peer it heard nothing from for a whole keepalive
#: interval (:meth:`TwinspaceWebSocketProtocol.send_ping`); the interval is this many client
#: heartbeats. With both at 20 s a tab's ``ping`` and the timer raced: a heartbeat a little
#: late (a busy page, the load tester's round of 5,000 sockets) left an interval empty and
#: the server pinged too, two heartbeats per tab instead of one (docs/benchmarks.md).
KEEPALIVE_HEARTBEATS = 1.5


def keepalive_interval_s(heartbeat_interval_ms: int) -> float:
    """The server's WebSocket ping interval for clients told to beat every
    ``heartbeat_interval_ms``: 30 s for the default 20 s. A silent peer is pinged after
    30 s and dropped 20 s later (``WS_PING_TIMEOUT_S``), within the 60 s idle timeout."""
    return heartbeat_interval_ms * KEEPALIVE_HEARTBEATS / 1000


#: The lifespan state key under which the application context is found.
CTX_STATE_KEY = "twinspace.ctx"
#: After our close frame, the peer has this long to answer with its own before the TCP
#: connection is cut.
CLOSE_TIMEOUT_S = 5.0
#: Frames received but not yet read by the session; past this the socket stops reading
#: (TCP back-pressure on the client) until the session has caught up.
MAX_UNREAD_FRAMES = 8


class TwinspaceWebSocketProtocol(asyncio.Protocol):
    """One WebSocket connection on uvicorn's transport (``uvicorn.Config(ws=...)``)."""

    __slots__ = (
        "app_state",
        "close_timer",
        "conn",
        "connection",
        "connections",
        "drain_waiter",
        "ended",
        "flush_handle",
        "fragments",
        "heard",
        "incoming",
        "loop",
        "ping_interval",
        "ping_payload",
        "ping_timeout",
        "ping_timer",
        "pong_timer",
        "reading_paused",
        "stopping",
        "tasks",
        "token",
        "transport",
        "waiter",
        "writing_paused",
    )

    def __init__(
        self,
        config: Config,
        server_state: ServerState,
        app_state: dict[str, Any],
        _loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        self.loop = _loop or asyncio.get_event_loop()
        self.app_state = app_state
        # uvicorn's Server.shutdown calls shutdown() on each; its type lists its own classes.
        self.connections = cast("set[Any]", server_state.connections)
        self.tasks = server_state.tasks
        self.ping_interval = config.ws_ping_interval
        self.ping_timeout = config.ws_ping_timeout
        # permessage-deflate is never offered: it costs about 50 KiB per connection.
        self.conn = ServerProtocol(max_size=config.ws_max_size, logger=protocol_logger)
        self.transport: asyncio.Transport | None = None
        self.connection: Connection | None = None
        self.token: str | None = None
        self.incoming: list[str] = []
        self.fragments: list[bytes] | None = None
        self.waiter: asyncio.Future[None] | None = None
        self.drain_waiter: asyncio.Future[None] | None = None
        self.ended = False  # no more frames will be read for the session
        self.stopping = False  # the server is shutting down
        self.reading_paused = False
        self.writing_paused = False
        self.ping_payload: bytes | None = None
        # Bytes came from the peer since the last keepalive tick: it is alive, no ping needed.
        self.heard = False
        self.ping_timer: asyncio.TimerHandle | None = None
        self.pong_timer: asyncio.TimerHandle | None = None
        self.close_timer: asyncio.TimerHandle | None = None
        self.flush_handle: asyncio.Handle | None = None

    # -- asyncio.Protocol ------------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)
        self.connections.add(self)

    def connection_lost(self, exc: Exception | None) -> None:
        self.connections.discard(self)
        for timer in (self.ping_timer, self.pong_timer, self.close_timer, self.flush_handle):
            if timer is not None:
                timer.cancel()
        self.ping_timer = self.pong_timer = self.close_timer = None
        self.writing_paused = False  # nothing will be written any more
        self.writable()
        self.end()

    def data_received(self, data: bytes) -> None:
        self.heard = True
        self.conn.receive_data(data)
        for event in self.conn.events_received():
            if isinstance(event, Request):
                self.handshake(event)
            elif isinstance(event, Frame):
                self.frame_received(event)
        self.write_pending()
        if self.conn.parser_exc is not None:
            self.end()  # the protocol has queued its close (1002, 1007, 1009)

    def eof_received(self) -> bool | None:
        self.conn.receive_eof()
        self.write_pending()
        self.end()
        return None

    def pause_writing(self) -> None:
        self.writing_paused = True

    def resume_writing(self) -> None:
        self.writing_paused = False
        self.flush()
        self.writable()

    def writable(self) -> None:
        if self.drain_waiter is not None and not self.drain_waiter.done():
            self.drain_waiter.set_result(None)

    # -- handshake -------------------------------------------------------------------------

    def handshake(self, request: Request) -> None:
        ctx = self.app_state.get(CTX_STATE_KEY)
        if request.path.partition("?")[0] != WS_PATH:
            self.refuse(404, "Not Found")
            return
        if ctx is None:
            self.refuse(503, "Starting")
            return
        offered = [
            token.strip()
            for header in request.headers.get_all("Sec-WebSocket-Protocol")
            for token in header.split(",")
        ]
        subprotocol = select_subprotocol(offered)
        if subprotocol is None:
            self.refuse(403, "")
            return
        response = self.conn.accept(request)
        if response.status_code != 101:
            self.conn.send_response(response)
            self.finish_refusal()
            return
        response.headers["Sec-WebSocket-Protocol"] = subprotocol
        headers = request.headers
        # Keep the cookie's token only; the request itself is dropped with this frame.
        cookie = headers.get("Cookie")
        if cookie and same_origin(headers.get("Origin"), headers.get("Host")):
            self.token = cookie_parser(cookie).get(SESSION_COOKIE) or None
        self.conn.send_response(response)
        self.start_keepalive()
        task = self.loop.create_task(run_session(self, ctx))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    def refuse(self, status: int, text: str) -> None:
        self.conn.send_response(self.conn.reject(status, text))
        self.finish_refusal()

    def finish_refusal(self) -> None:
        self.write_pending()
        self.end()
        if self.transport is not None:
            self.transport.close()

    # -- reading ---------------------------------------------------------------------------

    def frame_received(self, frame: Frame) -> None:
        opcode = frame.opcode
        if opcode is Opcode.TEXT or opcode is Opcode.BINARY:
            self.fragments = [bytes(frame.data)]
        elif opcode is Opcode.CONT and self.fragments is not None:
            self.fragments.append(bytes(frame.data))
        elif opcode is Opcode.PONG:
            self.pong_received(bytes(frame.data))
            return
        elif opcode is Opcode.CLOSE:
            self.end()  # the protocol has queued its answer
            return
        else:
            return  # PING: the protocol has queued the pong
        if frame.fin:
            data, self.fragments = b"".join(self.fragments), None
            self.message_received(data.decode("utf-8", errors="replace"))

    def message_received(self, text: str) -> None:
        if self.ended:
            return
        self.incoming.append(text)
        if len(self.incoming) >= MAX_UNREAD_FRAMES and not self.reading_paused:
            self.reading_paused = True
            if self.transport is not None:
                self.transport.pause_reading()
        self.wake()

    def wake(self) -> None:
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_result(None)

    def end(self) -> None:
        """No more frames for the session (peer gone, closed, or a protocol error)."""
        self.ended = True
        self.wake()

    # -- WsSocket --------------------------------------------------------------------------

    def session_token(self) -> str | None:
        return self.token

    async def receive_text(self) -> str | None:
        while True:
            if self.stopping:
                self.stopping = False  # said once; the session closes
                raise ShuttingDown
            if self.incoming:
                text = self.incoming.pop(0)
                if self.reading_paused and not self.incoming:
                    self.resume_reading()
                return text
            if self.ended:
                return None
            self.waiter = self.loop.create_future()
            try:
                await self.waiter
            finally:
                self.waiter = None

    def resume_reading(self) -> None:
        if self.reading_paused:
            self.reading_paused = False
            if self.transport is not None and not self.transport.is_closing():
                self.transport.resume_reading()

    def start_writing(self, connection: Connection) -> None:
        self.connection = connection
        connection.on_push = self.flush_soon
        self.flush()

    def flush_soon(self) -> None:
        """Write what is queued at the end of this turn of the loop: the frames a burst of
        broker events pushes in one turn (the broker reads every buffered event before it
        yields) leave in one socket write instead of one write, a system call, each."""
        if self.flush_handle is None:
            self.flush_handle = self.loop.call_soon(self.flush_queued)

    def flush_queued(self) -> None:
        self.flush_handle = None
        self.flush()

    def flush(self) -> None:
        """Write what the connection queued, unless the socket's buffer is full: then the
        frames wait in the connection's bounded queue (the slow-consumer policy)."""
        connection = self.connection
        if connection is None:
            return
        if self.writing_paused:
            if connection.state is ConnectionState.CLOSING:
                # Closed (a slow consumer, a revocation) while its socket is full: the close
                # frame waits behind the buffer. End the session now rather than at the
                # client's next message (a stalled client sends none): it leaves the hub at
                # once, and `release` cuts the socket if the frame is still stuck.
                self.end()
            return
        conn, outgoing = self.conn, connection.outgoing
        while outgoing:
            item = outgoing.popleft()
            if isinstance(item, CloseRequest):
                outgoing.clear()
                connection.move_to(ConnectionState.CLOSED)
                self.send_close(item)
                break
            if conn.state is State.OPEN:
                conn.send_text(item.encode())
        self.write_pending()

    def send_close(self, request: CloseRequest) -> None:
        if self.conn.state is State.OPEN:
            self.conn.send_close(request.code, request.reason.value)
            if self.transport is not None:
                self.close_timer = self.loop.call_later(CLOSE_TIMEOUT_S, self.transport.close)
        self.end()
        self.incoming.clear()
        self.resume_reading()  # the peer's closing answer must get through

    async def drained(self, connection: Connection) -> None:
        # Only a full socket buffer holds a close back (a slow consumer's).
        while connection.state is ConnectionState.CLOSING and self.writing_paused:
            self.drain_waiter = self.loop.create_future()
            try:
                await self.drain_waiter
            finally:
                self.drain_waiter = None

    async def release(self, connection: Connection) -> None:
        connection.on_push = None
        if self.flush_handle is not None:
            self.flush_handle.cancel()
            self.flush_handle = None
            self.flush()  # what was queued before the release still goes
        if connection.state is not ConnectionState.CLOSED and self.transport is not None:
            # The peer left, or its close never got out. A buffer the peer does not read
            # would keep a plain close() waiting (and the socket open) for ever: abort.
            if self.writing_paused:
                self.transport.abort()
            else:
                self.transport.close()

    def write_pending(self) -> None:
        transport = self.transport
        if transport is None:
            return
        chunks = self.conn.data_to_send()
        if not chunks or transport.is_closing():
            return
        # One write (one system call) for every frame queued; b"" is the protocol's end of
        # stream, after which the server closes the TCP connection.
        ended = not chunks[-1]
        data = b"".join(chunks)
        if data:
            transport.write(data)
        if ended:
            transport.close()

    # -- keepalive -------------------------------------------------------------------------

    def start_keepalive(self) -> None:
        if self.ping_interval:
            self.ping_timer = self.loop.call_later(self.ping_interval, self.send_ping)

    def send_ping(self) -> None:
        """Ping a peer that sent nothing for a whole interval. A client that talks or sends
        its own heartbeat (``ping``, every ``heartbeat_interval_ms``) is alive by that, so
        it is not pinged: at 100,000 idle tabs the server's pings and their pongs were a
        tenth of the server's idle CPU beside the clients' heartbeats (docs/benchmarks.md)."""
        self.ping_timer = None
        if self.conn.state is not State.OPEN:
            return
        if self.heard:
            self.heard = False
            self.start_keepalive()
            return
        self.ping_payload = struct.pack("!I", random.getrandbits(32))
        self.conn.send_ping(self.ping_payload)
        self.write_pending()
        if self.ping_timeout:
            self.pong_timer = self.loop.call_later(self.ping_timeout, self.ping_timed_out)
        else:
            self.start_keepalive()

    def pong_received(self, payload: bytes) -> None:
        if self.ping_payload is None or payload != self.ping_payload:
            return  # unsolicited or stale
        self.ping_payload = None
        self.heard = False  # the pong itself says nothing of the next interval
        if self.pong_timer is not None:
            self.pong_timer.cancel()
            self.pong_timer = None
            self.start_keepalive()

    def ping_timed_out(self) -> None:
        """A half-open socket: close 1011 as the WebSocket layer does."""
        self.pong_timer = None
        if self.conn.state is not State.OPEN:
            return
        self.conn.fail(1011, "keepalive ping timeout")
        metrics.ws_keepalive_timed_out(self.ping_timeout or 0.0)
        self.write_pending()
        self.end()
        if self.transport is not None:
            self.transport.close()

    # -- server shutdown -------------------------------------------------------------------

    def shutdown(self) -> None:
        """uvicorn's graceful shutdown: the session finishes the operation in progress,
        then sends `closing` (with ``retry_after_ms``) and closes 1012."""
        if self.connection is None and self.conn.state is not State.OPEN:
            # Still in its handshake: nothing to tell it.
            if self.transport is not None:
                self.transport.close()
            return
        self.stopping = True
        self.wake()
