"""Inside Chromium's network namespace: listen on 127.0.0.1:PORT and carry each connection's
bytes to the host over a Unix socket (tests/web/chromium-netns). Exits with its parent.

Standalone (stdlib only): started by the wrapper script with the venv's python.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
from pathlib import Path

CHUNK = 64 * 1024


async def pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(OSError):
        while data := await reader.read(CHUNK):
            writer.write(data)
            await writer.drain()
    with contextlib.suppress(OSError):
        writer.close()


async def main(port: int, path: str) -> None:
    parent = os.getppid()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_unix_connection(path)
        except OSError:
            writer.close()
            return
        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))

    server = await asyncio.start_server(handle, "127.0.0.1", port)
    Path(path + ".ready").touch()  # noqa: ASYNC240 - the wrapper starts Chromium after this
    async with server:
        # Polled: no event tells a process that its parent (Chromium) has gone.
        while os.getppid() == parent:  # noqa: ASYNC110
            await asyncio.sleep(0.25)


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]), sys.argv[2]))
