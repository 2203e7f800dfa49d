"""The ceiling: a minimal broadcast server on raw ``websockets``, for side-by-side figures.

Each client's first text frame names the channel it joins and is answered with an ``ack``
carrying the channel's sequence number. Any later frame ``"<channel>\\n<body>"`` (``body`` an
encoded event body, see :func:`protocol.frames.encode_event_body`) gets the channel's next
sequence number and goes to every member with :func:`websockets.asyncio.server.broadcast`,
as the same ``event`` frame our server sends. No auth, no policy, no Redis, no queues: the
most a Python process does for this fan-out shape on this machine.

Run: ``python -m loadtest.baseline_ws --port N``; prints ``ready`` once listening.
"""

from __future__ import annotations

import argparse
import collections

import uvloop
from websockets.asyncio.server import ServerConnection, broadcast, serve

from protocol.codec import encode_server_message
from protocol.frames import event_frame
from protocol.messages import Ack

members: dict[str, set[ServerConnection]] = collections.defaultdict(set)
seqs: collections.Counter[str] = collections.Counter()


async def handler(ws: ServerConnection) -> None:
    channel = str(await ws.recv())
    members[channel].add(ws)
    try:
        await ws.send(
            encode_server_message(Ack(ref="join", channel=channel, seq=seqs[channel])).decode()
        )
        async for message in ws:
            name, _, body = str(message).partition("\n")
            seqs[name] += 1
            frame = event_frame(name, seqs[name], body.encode()).decode()
            broadcast(members.get(name, ()), frame)
    finally:
        members[channel].discard(ws)


async def main(port: int) -> None:
    async with serve(handler, "127.0.0.1", port, compression=None, ping_interval=None) as server:
        print("ready", flush=True)
        await server.serve_forever()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("--port", type=int, required=True)
    uvloop.run(main(parser.parse_args().port))
