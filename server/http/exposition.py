"""`/metrics`: the Prometheus text format, for the operator's scraper only.

Protection: the route exists only when a metrics token is configured (``--metrics-token`` or
TWINSPACE_METRICS_TOKEN); without one it answers the same JSON 404 as any unknown path. With
one, a request without ``Authorization: Bearer <token>`` gets 401 and nothing else. The reverse
proxy should not forward `/metrics` either (deploy/nginx/twinspace.conf refuses it), so the
token is a second lock, not the only one.

Several workers: ``twinspace serve --workers N`` points PROMETHEUS_MULTIPROC_DIR at a fresh
directory before the workers start (prometheus_client's multiprocess mode); every worker writes
its values there and whichever worker answers a scrape adds up all of them. One process keeps
its values in memory.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    generate_latest,
    multiprocess,
)
from starlette.requests import Request
from starlette.responses import Response

from protocol.errors import ErrorCode

from ..observability.census import publish_census, take_census
from .errors import error_response
from .metrics_sampler import sample

if TYPE_CHECKING:
    from ..context import AppContext

logger = logging.getLogger("twinspace.metrics")

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
#: Seconds between samples of this process's gauges (default 5): with several workers, the
#: figures of the workers that did not answer a scrape are at most this old.
SAMPLE_INTERVAL_S = 5.0

_LIVE_FILE = re.compile(r"^gauge_live\w*?_(\d+)\.db$")


def multiprocess_dir() -> Path | None:
    value = os.environ.get(MULTIPROC_ENV)
    return Path(value) if value else None


def registry() -> CollectorRegistry:
    """The default registry for one process; all workers' files in multiprocess mode."""
    directory = multiprocess_dir()
    if directory is None:
        return REGISTRY
    combined = CollectorRegistry()
    multiprocess.MultiProcessCollector(combined, path=str(directory))  # type: ignore[no-untyped-call]
    return combined


def token_matches(request: Request, token: str) -> bool:
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    expected = token.encode()
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), expected)


async def metrics(request: Request) -> Response:
    ctx: AppContext = request.app.state.ctx
    token = ctx.settings.metrics_token
    if not token:
        return error_response(ErrorCode.NOT_FOUND, "no such route")
    if not token_matches(request, token):
        return error_response(
            ErrorCode.UNAUTHENTICATED,
            "a metrics token is needed",
            headers={"WWW-Authenticate": 'Bearer realm="metrics"'},
        )
    sample(ctx)
    await census(ctx)
    return Response(
        generate_latest(registry()),
        media_type=CONTENT_TYPE_LATEST,
        headers={"Cache-Control": "no-store"},
    )


def forget_dead_processes() -> None:
    """Remove the live-gauge files of worker processes that no longer exist (a worker that
    was killed never said goodbye), so their last values stop counting."""
    directory = multiprocess_dir()
    if directory is None or not directory.is_dir():
        return
    for path in directory.iterdir():
        match = _LIVE_FILE.match(path.name)
        if match is None:
            continue
        pid = int(match.group(1))
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            multiprocess.mark_process_dead(pid, str(directory))  # type: ignore[no-untyped-call]
        except PermissionError:
            pass  # alive, someone else's


def process_exiting() -> None:
    """This worker is stopping: its live gauges stop counting at once."""
    directory = multiprocess_dir()
    if directory is not None:
        multiprocess.mark_process_dead(os.getpid(), str(directory))  # type: ignore[no-untyped-call]


async def census(ctx: AppContext) -> None:
    """Refresh the gauges counted from the database; a database blip leaves the last values."""
    try:
        publish_census(await take_census(ctx.sessionmaker))
    except Exception:  # a metric must never take the server down
        logger.warning("counting video sessions and stored bytes failed", exc_info=True)


async def keep_sampling(ctx: AppContext) -> None:
    """Refresh this process's gauges until cancelled (other workers read them from files)."""
    forget_dead_processes()
    while True:
        try:
            sample(ctx)
        except Exception:  # a metric must never take the server down
            logger.warning("sampling the metrics failed", exc_info=True)
        await census(ctx)
        await asyncio.sleep(SAMPLE_INTERVAL_S)
