"""The application: wires settings, storage, the routes and their error mapping."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator

import msgspec
from alembic.script import ScriptDirectory
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncEngine
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from protocol.errors import Unavailable
from storage.database import (
    alembic_config,
    create_engine,
    current_revision,
    make_sessionmaker,
    migrate,
)

from .clock import Clock, SystemClock
from .config import Settings
from .context import AppContext
from .http import api_accounts, api_members, api_spaces, health, openapi
from .http.errors import EXCEPTION_HANDLERS
from .http.headers import SecurityHeaders
from .http.routing import Operation, starlette_routes
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


def create_app(settings: Settings, *, clock: Clock | None = None) -> Starlette:
    document = msgspec.json.encode(openapi.build(OPERATIONS))

    async def openapi_json(request: Request) -> Response:
        return Response(document, media_type="application/json")

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        engine = await prepare_database(settings)
        app.state.ctx = AppContext(
            settings=settings,
            engine=engine,
            sessionmaker=make_sessionmaker(engine),
            clock=clock or SystemClock(),
            secrets=Secrets(cheap_hashing=settings.cheap_hashing),
        )
        redis_client = None
        if settings.redis_url:
            redis_client = Redis.from_url(settings.redis_url)

            async def redis_ping() -> None:
                assert redis_client is not None
                await redis_client.ping()

            app.state.redis_ping = redis_ping
        try:
            yield
        finally:
            if redis_client is not None:
                await redis_client.aclose()
            await engine.dispose()

    routes = [
        *health.routes,
        Route("/openapi.json", openapi_json, methods=["GET"]),
        *starlette_routes(OPERATIONS),
    ]
    return Starlette(
        routes=routes,
        middleware=[Middleware(SecurityHeaders)],
        exception_handlers=dict(EXCEPTION_HANDLERS),
        lifespan=lifespan,
    )
