"""Chromium in a network namespace that has only `lo`, for the WebRTC tests.

In the machine's own namespace Chromium gathers candidates on every interface, and a socket
bound to the external address that sends to a loopback candidate makes the other side answer
to that external address (a peer-reflexive candidate): ICE checks would leave loopback. In a
namespace of its own (``unshare --net``, as root; tests/web/chromium-netns) Chromium has
nothing but 127.0.0.1 and ::1. Its pages reach the test server through a byte forwarder: the
namespace's 127.0.0.1:PORT -> a Unix socket (file systems are shared) -> the host's
127.0.0.1:PORT, so the page's origin is the server's own.

For the SFU tests Chromium runs instead in the named namespace that holds Janus
(``TWINSPACE_NETNS_NAME``, tests/web/janus_site.py), and :func:`host_listener` carries the
server's connections the other way, to Janus inside.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

WRAPPER = Path(__file__).with_name("chromium-netns")
#: The forwarder run inside a namespace (both directions).
FORWARDER = Path(__file__).with_name("netns_forward.py")
CHUNK = 64 * 1024


def netns_unavailable() -> str | None:
    """Why a browser cannot get a namespace here, or None."""
    if shutil.which("unshare") is None or shutil.which("ip") is None:
        return "unshare and ip (util-linux, iproute2) are needed for Chromium's own namespace"
    if os.geteuid() != 0:
        return "a network namespace for Chromium needs root (unshare --net)"
    return None


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(OSError):
        while data := await reader.read(CHUNK):
            writer.write(data)
            await writer.drain()
    with contextlib.suppress(OSError):
        writer.close()


Streams = tuple[asyncio.StreamReader, asyncio.StreamWriter]
Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], None]


@contextlib.asynccontextmanager
async def _relay(
    listen: Callable[[Handler], Awaitable[asyncio.Server]],
    connect: Callable[[], Awaitable[Streams]],
) -> AsyncIterator[asyncio.Server]:
    """A listener that pipes each connection it accepts to a new ``connect()``; on exit it
    closes, and so do the connections it carries."""
    tasks: set[asyncio.Task[None]] = set()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await connect()
        except OSError:
            writer.close()
            return
        await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))

    def track(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.ensure_future(handle(reader, writer))
        tasks.add(task)
        task.add_done_callback(tasks.discard)

    server = await listen(track)
    try:
        yield server
    finally:
        server.close()
        for task in list(tasks):
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await server.wait_closed()


@contextlib.asynccontextmanager
async def host_side(port: int, folder: Path) -> AsyncIterator[dict[str, str]]:
    """The Unix socket that carries the namespace's connections to 127.0.0.1:port; yields
    the environment the wrapper needs."""
    path = folder / "netns.sock"

    async def listen(handler: Handler) -> asyncio.Server:
        return await asyncio.start_unix_server(handler, str(path))

    async def connect() -> Streams:
        return await asyncio.open_connection("127.0.0.1", port)

    async with _relay(listen, connect):
        yield {
            "TWINSPACE_NETNS_PORT": str(port),
            "TWINSPACE_NETNS_SOCKET": str(path),
            "TWINSPACE_NETNS_PYTHON": sys.executable,
        }


@contextlib.asynccontextmanager
async def host_listener(path: Path) -> AsyncIterator[int]:
    """The other direction: listen on a free port of the host's 127.0.0.1 and carry each
    connection to the Unix socket ``path`` (where ``netns_forward.py --in`` listens, inside a
    namespace, and connects on to the namespace's 127.0.0.1 at the same port); yields the
    port. Nothing needs to listen at ``path`` yet: a connection made before fails, closed."""

    async def listen(handler: Handler) -> asyncio.Server:
        return await asyncio.start_server(handler, "127.0.0.1", 0)

    async def connect() -> Streams:
        return await asyncio.open_unix_connection(str(path))

    async with _relay(listen, connect) as server:
        port: int = server.sockets[0].getsockname()[1]
        yield port
