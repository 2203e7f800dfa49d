"""The application: wires settings, storage, the routes and their error mapping."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import socket
from collections.abc import AsyncIterator

import msgspec
from alembic.script import ScriptDirectory
from sqlalchemy.ext.asyncio import AsyncEngine
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route, WebSocketRoute
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket

from protocol.errors import Unavailable
from storage.database import (
    alembic_config,
    create_engine,
    current_revision,
    make_sessionmaker,
    migrate,
)

from .brokers.base import Broker, PresenceStore
from .brokers.memory import MemoryBroker
from .brokers.presence_memory import MemoryPresence
from .brokers.presence_redis import RedisPresence
from .brokers.redis_broker import RedisBroker
from .clock import Clock, SystemClock
from .config import Settings
from .context import AppContext
from .housekeeping import keep_house
from .http import api_accounts, api_members, api_spaces, health, openapi
from .http.errors import EXCEPTION_HANDLERS
from .http.headers import SecurityHeaders
from .http.routing import Operation, starlette_routes
from .realtime.endpoint import ws_endpoint
from .realtime.hub import Hub
from .realtime.transport import CTX_STATE_KEY
from .security import Secrets

logger = logging.getLogger("twinspace")

OPERATIONS: list[Operation] = [
    *api_accounts.router.operations,
    *api_spaces.router.operations,
    *api_members.router.operations,
]


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


async def prepare_database(settings: Settings) -> AsyncEngine:
    engine = create_engine(settings.effective_database_url)
    try:
        if settings.effective_auto_migrate:
            await migrate(engine)
        else:
            found, wanted = await current_revision(engine), head_revision()
            if found != wanted:
                raise Unavailable(
                    f"the database schema is at {found or 'nothing'} but this version needs "
                    f"{wanted}: run 'twinspace migrate' first"
                )
    except BaseException:
        await engine.dispose()
        raise
    return engine


def make_fanout(settings: Settings) -> tuple[Broker, PresenceStore]:
    """The in-process broker by default; Redis when configured (required for N processes)."""
    if settings.redis_url:
        process_id = f"{socket.gethostname()}-{os.getpid()}-{secrets.token_hex(3)}"
        return (
            RedisBroker(settings.redis_url, process_id=process_id),
            RedisPresence(settings.redis_url, process_id=process_id),
        )
    return MemoryBroker(), MemoryPresence()


WS_PATH = "/ws"


class TwinspaceApp(Starlette):
    """Starlette, with `/ws` handed straight to its endpoint.

    The HTTP middleware (error pages, security headers) has nothing to do for a WebSocket,
    yet each layer's frame would stay alive for the connection's whole life: about 5 KiB per
    idle connection, measured with tracemalloc. The route stays declared below, so routing,
    OpenAPI and the docs see it as usual.
    """

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket" and scope["path"] == WS_PATH:
            scope["app"] = self
            await ws_endpoint(WebSocket(scope, receive, send))
            return
        await super().__call__(scope, receive, send)


def create_app(settings: Settings, *, clock: Clock | None = None) -> Starlette:
    document = msgspec.json.encode(openapi.build(OPERATIONS))

    async def openapi_json(request: Request) -> Response:
        return Response(document, media_type="application/json")

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[dict[str, AppContext]]:
        engine = await prepare_database(settings)
        the_clock = clock or SystemClock()
        sessionmaker = make_sessionmaker(engine)
        broker, presence = make_fanout(settings)
        hub = Hub(broker, presence, sessionmaker, the_clock.now, settings.ws_limits)
        app.state.ctx = AppContext(
            settings=settings,
            engine=engine,
            sessionmaker=sessionmaker,
            clock=the_clock,
            secrets=Secrets(cheap_hashing=settings.cheap_hashing),
            hub=hub,
        )
        try:
            await hub.start()
        except BaseException:
            await engine.dispose()
            raise
        housekeeping = asyncio.create_task(keep_house(sessionmaker, the_clock))
        try:
            # The direct WebSocket transport finds the context in uvicorn's lifespan state.
            yield {CTX_STATE_KEY: app.state.ctx}
        finally:
            housekeeping.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await housekeeping
            await hub.close()
            await presence.close()
            await engine.dispose()

    routes = [
        *health.routes,
        Route("/openapi.json", openapi_json, methods=["GET"]),
        *starlette_routes(OPERATIONS),
        WebSocketRoute(WS_PATH, ws_endpoint),
    ]
    return TwinspaceApp(
        routes=routes,
        middleware=[Middleware(SecurityHeaders)],
        exception_handlers=dict(EXCEPTION_HANDLERS),
        lifespan=lifespan,
    )
