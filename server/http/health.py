"""Liveness and readiness probes: public, and they reveal nothing about any space."""

from __future__ import annotations

import msgspec
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from protocol import api

from ..context import AppContext
from .readiness import Readiness


async def healthz(request: Request) -> Response:
    """The process is alive and serving HTTP."""
    return json_response(api.HealthOut(status="ok"), 200)


async def readyz(request: Request) -> Response:
    """Ready only when every registered part passes (database, Redis subscriptions when
    configured, free disk for the file store, and whatever else was registered, such as
    Janus); the JSON gives each part's status and figures. See server/http/readiness."""
    ctx: AppContext = request.app.state.ctx
    readiness: Readiness = request.app.state.readiness
    ready, checks = await readiness.run(ctx)
    body = api.ReadinessOut(status="ok" if ready else "unavailable", checks=checks)
    return json_response(body, 200 if ready else 503)


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
    "/healthz": ("get", "Liveness: the process serves HTTP", (200,), api.HealthOut),
    "/readyz": (
        "get",
        "Readiness: the database, Redis (if configured), free disk and any registered part",
        (200, 503),
        api.ReadinessOut,
    ),
}
