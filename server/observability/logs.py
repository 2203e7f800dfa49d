"""Structured logs: plain text or JSON lines, each line carrying its request or connection id.

The id lives in a context variable, so every line written while handling a request (or a
WebSocket connection) carries it, whichever module writes it: ``request_id`` for HTTP (from a
sane ``X-Request-ID`` header, else generated, and echoed back in the response),
``connection_id`` for a WebSocket. Lines outside any request (start-up, the broker's listener)
carry neither.

What is never logged: tokens, passwords, cookies, login codes, and pupils' (or anyone's)
names, usernames and e-mail addresses. Our own messages name accounts by id only. The
libraries that would print request data at debug level are held at WARNING whatever the
level: websockets, and uvicorn's WebSocket protocol on ``uvicorn.error`` (held at INFO), dump
frames, which carry `auth` tokens; aiosqlite and SQLAlchemy print statements with their
parameters. The engine hides SQL parameters from its error messages too.
tests/observability/test_logs.py runs a whole flow and greps the output for every secret and
name.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import json
import logging
import re
import secrets
import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import metrics

REQUEST_ID: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)
CONNECTION_ID: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "connection_id", default=None
)

LOG_FORMATS = ("text", "json")
#: Loggers kept at WARNING or above at every level: at DEBUG they print frames or SQL
#: parameters (secrets and personal data).
QUIET_LOGGERS = ("websockets", "sqlalchemy", "aiosqlite", "asyncio", "uvicorn.access")
#: A client's X-Request-ID is kept only if it looks like an id (else one is generated).
SANE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")

access_logger = logging.getLogger("twinspace.access")


def bind_connection(connection_id: str) -> None:
    """Every later line in this task (and the tasks it starts) names the connection."""
    CONNECTION_ID.set(connection_id)


class ContextFilter(logging.Filter):
    """Adds ``request_id`` and ``connection_id`` (None outside one) to every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = REQUEST_ID.get()
        record.connection_id = CONNECTION_ID.get()
        return True


class TextFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s%(context)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        request_id = getattr(record, "request_id", None)
        connection_id = getattr(record, "connection_id", None)
        record.context = (
            f" [req {request_id}]"
            if request_id
            else f" [conn {connection_id}]"
            if connection_id
            else ""
        )
        return super().format(record)


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC, ISO 8601), level, logger, message, ids, and the
    exception's type and traceback when there is one."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key in ("request_id", "connection_id"):
            value = getattr(record, key, None)
            if value:
                line[key] = value
        for key in ("method", "path", "status", "duration_ms"):
            if hasattr(record, key):
                line[key] = getattr(record, key)
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


def logging_config(level: str = "info", log_format: str = "text") -> dict[str, Any]:
    """A dictConfig for our loggers and uvicorn's alike (uvicorn applies it in each worker)."""
    if log_format not in LOG_FORMATS:
        raise ValueError(f"log format must be one of {', '.join(LOG_FORMATS)}")
    numeric = logging.getLevelName(level.upper())
    numeric_or_info = numeric if isinstance(numeric, int) else logging.INFO
    quiet = max(numeric_or_info, logging.WARNING)
    formatter = "json" if log_format == "json" else "text"
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"context": {"()": ContextFilter}},
        "formatters": {"text": {"()": TextFormatter}, "json": {"()": JsonFormatter}},
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stderr",
                "formatter": formatter,
                "filters": ["context"],
            }
        },
        "root": {"level": level.upper(), "handlers": ["stderr"]},
        "loggers": {
            # uvicorn's own handlers are replaced by ours: everything leaves by one door.
            "uvicorn": {"level": level.upper(), "handlers": [], "propagate": True},
            # At DEBUG, uvicorn's WebSocket protocol dumps every frame (`auth` carries a
            # token) on this logger: INFO at least.
            "uvicorn.error": {
                "level": logging.getLevelName(max(numeric_or_info, logging.INFO)),
                "handlers": [],
                "propagate": True,
            },
            **{
                name: {"level": logging.getLevelName(quiet), "handlers": [], "propagate": True}
                for name in QUIET_LOGGERS
            },
        },
    }


def request_id_from(scope: Scope) -> str:
    for name, value in scope.get("headers", ()):
        if name == b"x-request-id":
            candidate = bytes(value).decode("latin-1")
            if SANE_REQUEST_ID.match(candidate):
                return candidate
            break
    return secrets.token_hex(8)


class RequestContext:
    """Pure ASGI middleware: a request id for the request's log lines and its response
    (X-Request-ID), one access-log line and the HTTP metrics. The path is logged without its
    query string; paths hold only ids."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = request_id_from(scope)
        token = REQUEST_ID.set(request_id)
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", request_id.encode()))
                message["headers"] = headers
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            elapsed = time.perf_counter() - started
            method = str(scope.get("method", "GET"))
            metrics.http_answered(method, status, elapsed)
            access_logger.info(
                "%s %s %d %.1f ms",
                method,
                scope.get("path", ""),
                status,
                elapsed * 1000,
                extra={
                    "method": method,
                    "path": scope.get("path", ""),
                    "status": status,
                    "duration_ms": round(elapsed * 1000, 1),
                },
            )
            REQUEST_ID.reset(token)
