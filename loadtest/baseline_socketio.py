"""What a Python team would otherwise pick: python-socketio with its Redis manager.

The server is an ``AsyncServer`` whose client manager is ``AsyncRedisManager`` (redis.asyncio),
served by uvicorn (``socketio.ASGIApp``, the same WebSocket implementation as ours) in one
process on loopback. A client's ``join`` event names a channel: the server puts it in the room of
that name and acknowledges. The publisher is the idiomatic external emitter,
``AsyncRedisManager(url, write_only=True)``: each ``tick`` goes through Redis to the server, which
emits it to the room, as our benchmark publishes through Redis to ours. Socket.IO has no sequence
numbers, so the publisher's per-channel counter travels in the payload (``seq``) beside the
``time.monotonic_ns()`` it was sent at (``t``).

Run: ``python -m loadtest.baseline_socketio --port N --redis-url URL``.
"""

from __future__ import annotations

import argparse
import collections
import logging
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import socketio
import uvicorn

#: engineio's client logs "packet queue is empty, aborting" at ERROR on every disconnect: one
#: line per subscriber at the end of each run, and nothing wrong.
logging.getLogger("engineio.client").setLevel(logging.CRITICAL)

EVENT = "tick"
#: The Redis pub/sub channel the manager uses (socketio's default is "socketio").
REDIS_CHANNEL = "twinspace-bench-socketio"
#: Seconds a client waits for the connection and for the join's acknowledgement.
ANSWER_TIMEOUT_S = 30.0


def build_app(redis_url: str) -> Any:
    """The ASGI app: one namespace, one ``join`` handler, the Redis manager."""
    manager = socketio.AsyncRedisManager(redis_url, channel=REDIS_CHANNEL)
    sio = socketio.AsyncServer(async_mode="asgi", client_manager=manager)

    async def join(sid: str, channel: str) -> str:
        await sio.enter_room(sid, channel)
        return "ok"

    sio.on("join", join)
    return socketio.ASGIApp(sio)


def start(data_dir: Path, port: int, redis_url: str) -> subprocess.Popen[bytes]:
    """This module's server as a subprocess logging to ``socketio.log`` in ``data_dir``."""
    command = [
        sys.executable,
        "-m",
        "loadtest.baseline_socketio",
        "--port",
        str(port),
        "--redis-url",
        redis_url,
    ]
    log = (data_dir / "socketio.log").open("wb")
    return subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603


OnTick = Callable[[int, int, int], None]


async def open_subscriber(url: str, channel: str, on_tick: OnTick) -> Any:
    """A connected ``socketio.AsyncClient`` (WebSocket transport only) in ``channel``'s room.

    ``on_tick(seq, sent_ns, received_ns)`` is called for every ``tick``.
    """
    client = socketio.AsyncClient(reconnection=False)

    async def tick(data: dict[str, int]) -> None:
        on_tick(int(data["seq"]), int(data["t"]), time.monotonic_ns())

    client.on(EVENT, tick)
    await client.connect(url, transports=["websocket"], wait_timeout=int(ANSWER_TIMEOUT_S))
    try:
        answer = await client.call("join", channel, timeout=ANSWER_TIMEOUT_S)
    except Exception:
        await client.disconnect()
        raise
    if answer != "ok":
        await client.disconnect()
        raise RuntimeError(f"join {channel} answered with {answer!r}")
    return client


class SocketioPublisher:
    """Emits through Redis with a write-only manager; seqs count from 0 per channel and run."""

    def __init__(self, redis_url: str) -> None:
        self.manager = socketio.AsyncRedisManager(redis_url, channel=REDIS_CHANNEL, write_only=True)
        self.final: dict[str, int] = collections.Counter()

    async def publish(self, channel: str, sent_ns: int, index: int) -> None:
        self.final[channel] += 1  # before the await: lanes of a burst share no channel
        data = {"t": sent_ns, "seq": self.final[channel], "i": index}
        emitted: Awaitable[None] = self.manager.emit(EVENT, data, room=channel, namespace="/")
        await emitted

    async def close(self) -> None:
        redis = getattr(self.manager, "redis", None)
        if redis is not None:
            await redis.aclose()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--redis-url", required=True)
    args = parser.parse_args(argv)
    uvicorn.run(
        build_app(args.redis_url),
        host="127.0.0.1",
        port=args.port,
        loop="uvloop",
        ws="websockets-sansio",
        log_level="warning",
        lifespan="off",
    )


if __name__ == "__main__":
    main()
