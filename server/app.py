"""The application: wires settings, storage, the routes and their error mapping."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import os
import secrets
import socket
from collections.abc import AsyncIterator

from sqlalchemy.ext.asyncio import AsyncEngine
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route, WebSocketRoute
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket

from protocol.errors import ErrorCode, Unavailable
from storage.database import (
    create_engine,
    current_revision,
    head_revision,
    make_sessionmaker,
    migrate,
    read_only_sessions,
)

from .blobs import open_blob_store
from .brokers.attempts import AttemptCounter, MemoryAttemptCounter, RedisAttemptCounter
from .brokers.base import Broker, PresenceStore, ReaderStore
from .brokers.connections import ConnectionRegistry, MemoryConnections
from .brokers.connections_redis import RedisConnections
from .brokers.memory import MemoryBroker
from .brokers.presence_memory import MemoryPresence
from .brokers.presence_redis import RedisPresence
from .brokers.readers_memory import MemoryReaders
from .brokers.readers_redis import RedisReaders
from .brokers.redis_cluster_broker import make_redis_broker
from .brokers.typing_memory import MemoryTypingGate, TypingGate
from .brokers.typing_redis import RedisTypingGate
from .clock import Clock, SystemClock
from .config import Settings
from .context import AppContext
from .housekeeping import keep_ending, keep_house, keep_lifting, keep_recording
from .http import (
    api_accounts,
    api_archive,
    api_archive_uploads,
    api_chat,  # chat (issue 10)
    api_events,  # events and webinars (issue 22)
    api_forums,
    api_groups,  # groups (issue 21)
    api_members,
    api_moderation,
    api_own_account,
    api_privacy,  # privacy (issue 9)
    api_spaces,
    api_video,
    exposition,
    health,
    openapi,
)
from .http.errors import EXCEPTION_HANDLERS, error_response
from .http.headers import SecurityHeaders
from .http.readiness import blobs_readiness, default_readiness, janus_readiness
from .http.routing import Operation, starlette_routes
from .http.web import client_routes
from .mail.sending import mailer_for
from .observability.logs import RequestContext
from .observability.pauses import watch_pauses
from .realtime.hub import Hub
from .security import Secrets
from .services.outbox import write_rows
from .services.sign_in_throttle import SignInThrottle
from .websocket.endpoint import ws_endpoint
from .websocket.transport import CTX_STATE_KEY
from .websocket.video_upkeep import keep_video, sweep_at_start
from .websocket.webinar_watch import keep_counting

logger = logging.getLogger("twinspace")

OPERATIONS: list[Operation] = [
    *api_accounts.router.operations,
    *api_own_account.router.operations,
    *api_spaces.router.operations,
    *api_groups.router.operations,
    *api_events.router.operations,
    *api_members.router.operations,
    *api_video.router.operations,
    *api_forums.router.operations,
    *api_moderation.router.operations,
    *api_archive.router.operations,
    *api_archive_uploads.router.operations,
    *api_chat.router.operations,
    *api_privacy.router.operations,
]


@functools.cache
def api_routes() -> tuple[Route, ...]:
    """The API's routes, built once per process: they hold no state of an app (each endpoint
    finds its context on the request), and building them compiles a pattern per path, about
    3 ms that every test's own app paid again."""
    return tuple(starlette_routes(OPERATIONS))


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


def make_fanout(
    settings: Settings,
) -> tuple[Broker, PresenceStore, ConnectionRegistry, ReaderStore]:
    """The in-process broker by default; Redis when configured (required for N processes)."""
    if settings.redis_url:
        process_id = f"{socket.gethostname()}-{os.getpid()}-{secrets.token_hex(3)}"
        return (
            make_redis_broker(settings.redis_url, process_id=process_id),
            RedisPresence(settings.redis_url, process_id=process_id),
            RedisConnections(settings.redis_url, process_id=process_id),
            RedisReaders(settings.redis_url, process_id=process_id),
        )
    return MemoryBroker(), MemoryPresence(), MemoryConnections(), MemoryReaders()


def make_typing_gate(settings: Settings) -> TypingGate:
    """Typing indicators are gated where every process sees them: Redis when configured."""
    if settings.redis_url:
        return RedisTypingGate(settings.redis_url)
    return MemoryTypingGate()


def make_attempt_counter(settings: Settings, clock: Clock) -> AttemptCounter:
    """Sign-in failures are counted where every process sees them: Redis when configured."""
    if settings.redis_url:
        return RedisAttemptCounter(settings.redis_url)
    return MemoryAttemptCounter(clock.now)


WS_PATH = "/ws"


async def upgrade_required(request: Request) -> Response:
    """A plain HTTP GET of the WebSocket path: say what it is, rather than "no such route"."""
    return error_response(
        ErrorCode.UNSUPPORTED,
        "this is the WebSocket endpoint: open a WebSocket with the twinspace.v1 subprotocol",
        426,
        {"Upgrade": "websocket", "Connection": "Upgrade"},
    )


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
    async def openapi_json(request: Request) -> Response:
        document = openapi.encoded_document(tuple(OPERATIONS), settings)
        return Response(document, media_type="application/json")

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[dict[str, AppContext]]:
        engine = await prepare_database(settings)
        the_clock = clock or SystemClock()
        sessionmaker = make_sessionmaker(engine)
        if settings.outbox.durable:
            write_rows(sessionmaker)  # announcements are committed with their change
        broker, presence, connections, readers = make_fanout(settings)
        hub = Hub(
            broker,
            presence,
            sessionmaker,
            the_clock.now,
            settings.ws_limits,
            connections=connections,
            outbox=settings.outbox,
            readers=readers,
        )
        attempts = make_attempt_counter(settings, the_clock)
        typing_gate = make_typing_gate(settings)
        # The file archive's blobs (local disk, or an S3 bucket with TWINSPACE_BLOBS_URL);
        # uploads a crash left half-written are dropped here.
        blobs = open_blob_store(
            settings.blobs_url,
            settings.files_dir,
            settings.blobs_access_key_id,
            settings.blobs_secret_access_key,
        )
        try:
            await blobs.start()
            await blobs.remove_stale_uploads(settings.archive.stale_after)
        except BaseException:
            await blobs.close()
            await engine.dispose()
            raise
        app.state.ctx = AppContext(
            settings=settings,
            engine=engine,
            sessionmaker=sessionmaker,
            reader=read_only_sessions(sessionmaker),
            clock=the_clock,
            secrets=Secrets(cheap_hashing=settings.cheap_hashing),
            hub=hub,
            sign_in_throttle=SignInThrottle(attempts, settings.sign_in),
            attempts=attempts,
            blobs=blobs,
            typing_gate=typing_gate,
            mailer=mailer_for(settings.mail, settings.data_dir),
        )
        try:
            await hub.start()
        except BaseException:
            await blobs.close()
            await engine.dispose()
            raise
        housekeeping = asyncio.create_task(keep_house(sessionmaker, the_clock, settings.privacy))
        # Sessions a dead process left (nobody seen in them for long) end before we serve.
        await sweep_at_start(app.state.ctx)
        video_upkeep = asyncio.create_task(keep_video(app.state.ctx))
        sampler = asyncio.create_task(exposition.keep_sampling(app.state.ctx))
        mutes = asyncio.create_task(keep_lifting(app.state.ctx))  # issue 10: mutes that run out
        watch = asyncio.create_task(keep_counting(app.state.ctx))  # issue 22: count watching
        recording = asyncio.create_task(keep_recording(app.state.ctx))  # issue 22: recordings
        ending = asyncio.create_task(keep_ending(app.state.ctx))  # issue 22: sessions past due
        pauses = asyncio.create_task(watch_pauses(), name="pause-watch")
        try:
            # The direct WebSocket transport finds the context in uvicorn's lifespan state.
            yield {CTX_STATE_KEY: app.state.ctx}
        finally:
            tasks = (housekeeping, video_upkeep, sampler, mutes, pauses, watch, recording, ending)
            for task in tasks:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            exposition.process_exiting()
            await hub.close()
            await presence.close()
            await readers.close()
            await connections.close()
            await attempts.close()
            await typing_gate.close()
            await app.state.ctx.mailer.close()
            await blobs.close()
            await engine.dispose()

    routes = [
        *health.routes,
        Route("/openapi.json", openapi_json, methods=["GET"]),
        Route("/metrics", exposition.metrics, methods=["GET"]),
        *api_routes(),
        WebSocketRoute(WS_PATH, ws_endpoint),
        Route(WS_PATH, upgrade_required, methods=["GET"]),
        *client_routes(settings.video.sfu_client_url),  # the browser client (http/web.py)
    ]
    app = TwinspaceApp(
        routes=routes,
        middleware=[Middleware(RequestContext), Middleware(SecurityHeaders)],
        exception_handlers=dict(EXCEPTION_HANDLERS),
        lifespan=lifespan,
    )
    # Parts add their own checks here (see server/http/readiness.py).
    app.state.readiness = default_readiness(with_redis=bool(settings.redis_url))
    if settings.video.janus_url:
        app.state.readiness.register("janus", janus_readiness)
    if settings.blobs_url:
        app.state.readiness.register("blobs", blobs_readiness)
    return app
