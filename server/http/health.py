"""Liveness and readiness probes: public, and they reveal nothing about any space."""

from __future__ import annotations

import asyncio
import logging

import msgspec
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from protocol import api
from storage.database import check_database

from ..context import AppContext

logger = logging.getLogger("twinspace.health")

#: How long a readiness check waits for each part (default 2 s) before calling it down.
READINESS_TIMEOUT = 2.0


async def healthz(request: Request) -> Response:
    """The process is alive and serving HTTP."""
    return json_response(api.HealthOut(status="ok"), 200)


async def readyz(request: Request) -> Response:
    """Ready only when the database answers and, with Redis, this process's subscriptions are
    live: a process that lost them would be silently deaf, so it says so here."""
    ctx: AppContext = request.app.state.ctx
    checks: dict[str, str] = {}
    checks["database"] = await probe(check_database(ctx.engine))
    if ctx.settings.redis_url:
        checks["redis"] = "ok" if ctx.hub.broker.healthy else "unavailable"
    ready = all(result == "ok" for result in checks.values())
    body = api.HealthOut(status="ok" if ready else "unavailable", checks=checks)
    return json_response(body, 200 if ready else 503)


async def probe(check: object) -> str:
    assert asyncio.iscoroutine(check)
    try:
        await asyncio.wait_for(check, READINESS_TIMEOUT)
    except TimeoutError:
        return "timeout"
    except Exception as exc:  # any failure means "not ready"; the log says which
        logger.warning("readiness check failed: %s", type(exc).__name__)
        return "unavailable"
    return "ok"


def json_response(body: object, status: int) -> Response:
    return Response(
        msgspec.json.encode(body),
        status_code=status,
        media_type="application/json",
        headers={"Cache-Control": "no-store"},
    )


routes = [
    Route("/healthz", healthz, methods=["GET"]),
    Route("/readyz", readyz, methods=["GET"]),
]

#: How /openapi.json describes these routes (they are not declared operations).
DOCUMENTED = {
    "/healthz": ("get", "Liveness: the process serves HTTP", (200,)),
    "/readyz": ("get", "Readiness: the database and, if configured, Redis answer", (200, 503)),
}
