"""Declared API operations: one table feeds both Starlette's routes and /openapi.json.

A handler receives a Call (the parsed body, the signed-in account, a database session inside
the request's one transaction) and returns a typed value or a Reply. The transaction commits
when the handler returns and rolls back when it raises, so a refused request changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, overload

import msgspec
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from protocol import api
from protocol.errors import ErrorCode, InvariantBroken, NotFound, ProtocolError
from storage.models import Account

from ..context import AppContext
from ..services.context import RequestContext
from ..services.outbox import take_outbox
from .auth import authenticate
from .bodies import read_json

B = TypeVar("B")


@dataclass(slots=True)
class Call(Generic[B]):
    request: Request
    ctx: AppContext
    db: AsyncSession
    now: dt.datetime
    body: B
    signed_in: Account | None = None
    token: str | None = None
    session_id: int | None = None
    signed_in_context: RequestContext | None = None

    @property
    def req(self) -> RequestContext:
        """The signed-in request's context for the services, built once in :func:`begin_call`."""
        if self.signed_in_context is None:
            raise InvariantBroken("the context of an operation declared without auth")
        return self.signed_in_context

    @property
    def account(self) -> Account:
        if self.signed_in is None:
            raise InvariantBroken("the account of an operation declared without auth")
        return self.signed_in

    @property
    def signed_in_session(self) -> int:
        """The id of the session this call signed in with (operations declared with auth)."""
        if self.session_id is None:
            raise InvariantBroken("the session of an operation declared without auth")
        return self.session_id

    def path_id(self, name: str) -> int:
        value = self.request.path_params[name]
        if not isinstance(value, int):  # a route declares its ids `{name:int}`
            raise InvariantBroken(f"path parameter {name!r} is not declared as an int")
        return value

    def path_text(self, name: str = "reaction") -> str:
        """A text path parameter (declared ``{name:str}``); the service checks its value."""
        value = self.request.path_params[name]
        if not isinstance(value, str):
            raise InvariantBroken(f"path parameter {name!r} is not declared as text")
        return value

    @overload
    def query_int(self, name: str, default: int, low: int, high: int) -> int: ...
    @overload
    def query_int(self, name: str, default: None, low: int, high: int) -> int | None: ...
    def query_int(self, name: str, default: int | None, low: int, high: int) -> int | None:
        """The query parameter ``name`` as a whole number in ``low..high``, else ``default``;
        ``invalid`` for anything else."""
        raw = self.request.query_params.get(name)
        if raw is None:
            return default
        if not raw.isdigit() or not low <= int(raw) <= high:
            raise ProtocolError(
                f"query parameter {name!r} must be a whole number from {low} to {high}",
                code=ErrorCode.INVALID,
            )
        return int(raw)


@dataclass(slots=True)
class Reply:
    """A handler's answer when it needs a status or cookies of its own."""

    body: object = None
    status: int = 200
    after: Callable[[Response], None] | None = None
    #: Work to do once the transaction has committed (removing blobs of purged files).
    after_commit: Callable[[], Awaitable[object]] | None = None


Handler = Callable[[Call[Any]], Awaitable[object]]


@dataclass(frozen=True, slots=True)
class Operation:
    method: str
    path: str
    handler: Handler
    summary: str
    tag: str
    body: type[Any] | None = None
    response: Any = None
    status: int = 200
    auth: bool = True
    errors: tuple[int, ...] = ()
    query: tuple[str, ...] = field(default=())
    #: The request body is raw bytes the handler streams itself (never read whole here),
    #: and the handler runs its own short transactions: the one here only authenticates.
    streamed_body: bool = False
    #: The answer is file content (a starlette Response the handler builds), not JSON.
    binary_response: bool = False
    #: Query parameters that are text rather than whole numbers.
    text_query: tuple[str, ...] = field(default=())
    #: A generated download of this media type (a zip export): no ranges, no 304.
    media_type: str | None = None
    #: The handler only reads: its transaction is a read-only one (``AppContext.reader``),
    #: which on SQLite takes no lock, so reads neither queue behind writes nor hold them up.
    #: Every GET but those registered with ``writes=True``.
    reads_only: bool = False


class ApiRouter:
    """Collects operations with a decorator; see server/http/api_*.py."""

    def __init__(self, tag: str) -> None:
        self.tag = tag
        self.operations: list[Operation] = []

    def operation(
        self,
        method: str,
        path: str,
        summary: str,
        *,
        body: type[Any] | None = None,
        response: Any = None,
        status: int = 200,
        auth: bool = True,
        errors: tuple[int, ...] = (),
        query: tuple[str, ...] = (),
        streamed_body: bool = False,
        binary_response: bool = False,
        text_query: tuple[str, ...] = (),
        media_type: str | None = None,
        writes: bool = False,
    ) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self.operations.append(
                Operation(
                    method,
                    path,
                    handler,
                    summary,
                    self.tag,
                    body,
                    response,
                    status,
                    auth,
                    errors,
                    query,
                    streamed_body,
                    binary_response,
                    text_query,
                    media_type,
                    reads_only=method == "GET" and not writes,
                )
            )
            return handler

        return register


def encode(body: object) -> bytes:
    return b"" if body is None else msgspec.json.encode(body)


def check_path_ids(request: Request) -> None:
    """A path id past 64 bits names nothing (and would overflow the database's integer)."""
    for value in request.path_params.values():
        if isinstance(value, int) and value > api.MAX_ID:
            raise NotFound("no such route")


async def begin_call(
    request: Request, ctx: AppContext, db: AsyncSession, operation: Operation, body: object
) -> Call[Any]:
    """The call of one request, inside the transaction that signs it in: its clock reading
    and, for operations that need one, the signed-in account."""
    now = ctx.clock.now()
    call: Call[Any] = Call(request, ctx, db, now, body)
    if operation.auth:
        auth_session, call.signed_in, call.token = await authenticate(request, db, now)
        call.session_id = auth_session.id
        call.signed_in_context = RequestContext(db=db, actor=call.signed_in, now=now)
    return call


def endpoint_for(operation: Operation) -> Callable[[Request], Awaitable[Response]]:
    if operation.streamed_body:
        return streamed_endpoint_for(operation)

    async def endpoint(request: Request) -> Response:
        ctx: AppContext = request.app.state.ctx
        check_path_ids(request)
        body = None
        if operation.body is not None:
            # Read before opening the transaction: a slow upload holds no connection.
            body = await read_json(request, operation.body, ctx.settings.limits.max_json_body)
        sessions = ctx.reader if operation.reads_only else ctx.sessionmaker
        async with sessions() as db:
            async with db.begin():
                call = await begin_call(request, ctx, db, operation, body)
                result = await operation.handler(call)
            # Committed: now tell live clients and other processes.
            await ctx.hub.flush(take_outbox(db))
        if isinstance(result, Reply) and result.after_commit is not None:
            await result.after_commit()
        return respond(operation, result)

    endpoint.__name__ = operation.handler.__name__
    return endpoint


def respond(operation: Operation, result: object) -> Response:
    """The handler's answer as a response: a ready one (file content), a Reply or a value."""
    if isinstance(result, Response):
        return result
    reply = result if isinstance(result, Reply) else Reply(result, operation.status)
    response = Response(
        encode(reply.body),
        status_code=reply.status,
        media_type="application/json" if reply.body is not None else None,
        headers={"Cache-Control": "no-store"},
    )
    if reply.after is not None:
        reply.after(response)
    return response


def streamed_endpoint_for(operation: Operation) -> Callable[[Request], Awaitable[Response]]:
    """An operation whose handler streams the body: authentication in a transaction of its
    own, then the handler with a session that has no transaction open (it opens short
    ones, so a slow upload holds no database connection or lock)."""

    async def endpoint(request: Request) -> Response:
        ctx: AppContext = request.app.state.ctx
        check_path_ids(request)
        async with ctx.sessionmaker() as db:
            async with db.begin():
                call = await begin_call(request, ctx, db, operation, None)
            result = await operation.handler(call)
            # The handler's last transaction has committed: announce what it did.
            await ctx.hub.flush(take_outbox(db))
        return respond(operation, result)

    endpoint.__name__ = operation.handler.__name__
    return endpoint


def starlette_routes(operations: list[Operation]) -> list[Route]:
    """One Route per path, dispatching on the method, so a 405 lists every allowed method."""
    by_path: dict[str, dict[str, Callable[[Request], Awaitable[Response]]]] = {}
    for op in operations:
        by_path.setdefault(op.path, {})[op.method] = endpoint_for(op)
    routes = []
    for path, endpoints in by_path.items():

        async def dispatch(
            request: Request,
            endpoints: dict[str, Callable[[Request], Awaitable[Response]]] = endpoints,
        ) -> Response:
            method = "GET" if request.method == "HEAD" else request.method
            return await endpoints[method](request)

        routes.append(Route(path, dispatch, methods=list(endpoints)))
    return routes
