"""Inside a network namespace: carry connections' bytes between the namespace's loopback and
the host over a Unix socket (file systems are shared; see tests/web/netns.py). Exits with its
parent.

``netns_forward.py PORT SOCKET`` (out, what tests/web/chromium-netns starts): listen on the
namespace's 127.0.0.1:PORT, connect each connection to SOCKET (the host's side carries it on to
the host's 127.0.0.1:PORT: the page reaches the test server).

``netns_forward.py --in PORT SOCKET``: listen on SOCKET, connect each connection to the
namespace's 127.0.0.1:PORT (the host's side listens on the host's 127.0.0.1:PORT: the server
reaches a Janus inside the namespace at the same URL as the browser inside).

Either way SOCKET.ready appears once it listens. Standalone (stdlib only): run with the venv's
python inside the namespace.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

CHUNK = 64 * 1024

Connect = Callable[[], Awaitable[tuple[asyncio.StreamReader, asyncio.StreamWriter]]]


async def pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(OSError):
        while data := await reader.read(CHUNK):
            writer.write(data)
            await writer.drain()
    with contextlib.suppress(OSError):
        writer.close()


async def main(inward: bool, port: int, path: str) -> None:
    parent = os.getppid()

    async def connect_out() -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        return await asyncio.open_unix_connection(path)

    async def connect_in() -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        return await asyncio.open_connection("127.0.0.1", port)

    connect: Connect = connect_in if inward else connect_out

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await connect()
        except OSError:
            writer.close()
            return
        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))

    if inward:
        server = await asyncio.start_unix_server(handle, path)
    else:
        server = await asyncio.start_server(handle, "127.0.0.1", port)
    Path(path + ".ready").touch()  # noqa: ASYNC240 - the caller waits for it before using us
    async with server:
        # Polled: no event tells a process that its parent has gone.
        while os.getppid() == parent:  # noqa: ASYNC110
            await asyncio.sleep(0.25)


if __name__ == "__main__":
    args = sys.argv[1:]
    inward = args[:1] == ["--in"]
    if inward:
        args = args[1:]
    asyncio.run(main(inward, int(args[0]), args[1]))
