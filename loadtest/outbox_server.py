"""The server of the outbox benchmark (:mod:`loadtest.outbox_bench`): `twinspace serve`'s
application and transport, one process, with the outbox table write on or off.

Two things differ from `twinspace serve` (whose tuning of the garbage collector it copies),
both so that the benchmark measures the write and nothing else: ``--outbox off`` turns the
write off (``OutboxSettings.durable``, which no flag of `serve` exposes), and the forum's
posting limits are lifted, so that posters in a closed loop measure the database rather than
the rate limit.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import uvicorn

from server.app import create_app
from server.collector import tune_for_serving
from server.config import OutboxSettings, Settings
from server.forum_limits import ForumLimits
from server.websocket.transport import TwinspaceWebSocketProtocol

#: Posting limits high enough never to refuse a benchmark post.
UNLIMITED = 10**9


def settings_of(args: argparse.Namespace) -> Settings:
    return Settings(
        port=args.port,
        data_dir=args.data_dir,
        database_url=args.database_url or None,
        redis_url=args.redis_url or None,
        auto_migrate=True,
        log_level="warning",
        forum_limits=ForumLimits(posts_per_member=UNLIMITED, posts_per_space=UNLIMITED),
        outbox=OutboxSettings(durable=args.outbox == "on"),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m loadtest.outbox_server")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--redis-url", default="")
    parser.add_argument("--outbox", choices=("on", "off"), default="on")
    args = parser.parse_args(argv)
    settings = settings_of(args)
    app = create_app(settings)
    # As `twinspace serve` does (server/collector.py): without it the benchmarks measured a
    # server whose full collections walk its whole heap, 0.8-1.1 s pauses at 500 tabs.
    tune_for_serving(settings.gc_young_threshold)
    uvicorn.run(
        app,
        host="127.0.0.1",
        port=settings.port,
        loop="uvloop",
        http="httptools",
        ws=TwinspaceWebSocketProtocol,
        log_level="warning",
        access_log=False,
        server_header=False,
        ws_max_size=settings.ws_limits.max_frame_bytes,
        ws_per_message_deflate=False,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
