"""Chromium in a network namespace that has only `lo`, for the WebRTC tests.

In the machine's own namespace Chromium gathers candidates on every interface, and a socket
bound to the external address that sends to a loopback candidate makes the other side answer
to that external address (a peer-reflexive candidate): ICE checks would leave loopback. In a
namespace of its own (``unshare --net``, as root; tests/web/chromium-netns) Chromium has
nothing but 127.0.0.1 and ::1. Its pages reach the test server through a byte forwarder: the
namespace's 127.0.0.1:PORT -> a Unix socket (file systems are shared) -> the host's
127.0.0.1:PORT, so the page's origin is the server's own.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import sys
from collections.abc import AsyncIterator
from pathlib import Path

WRAPPER = Path(__file__).with_name("chromium-netns")
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


@contextlib.asynccontextmanager
async def host_side(port: int, folder: Path) -> AsyncIterator[dict[str, str]]:
    """The Unix socket that carries the namespace's connections to 127.0.0.1:port; yields
    the environment the wrapper needs."""
    path = folder / "netns.sock"
    tasks: set[asyncio.Task[None]] = set()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            writer.close()
            return
        await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))

    def track(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.ensure_future(handle(reader, writer))
        tasks.add(task)
        task.add_done_callback(tasks.discard)

    server = await asyncio.start_unix_server(track, str(path))
    try:
        yield {
            "TWINSPACE_NETNS_PORT": str(port),
            "TWINSPACE_NETNS_SOCKET": str(path),
            "TWINSPACE_NETNS_PYTHON": sys.executable,
        }
    finally:
        server.close()
        for task in list(tasks):
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await server.wait_closed()
