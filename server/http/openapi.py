"""/openapi.json, generated from the declared operations and their typed bodies."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

import msgspec

from protocol import api
from protocol.vocabulary import ReactionKind

from ..config import Settings
from .health import DOCUMENTED as HEALTH_ROUTES
from .routing import Operation

REF = "#/components/schemas/{name}"
ERROR_STATUS_TEXT = {
    400: "Malformed request (not JSON)",
    401: "Not signed in, expired session or wrong credentials",
    403: "Forbidden, or a missing CSRF token",
    404: "No such thing, or not one you may know of",
    409: "Conflicts with what exists",
    410: "An invitation that expired, was revoked or was used up; a stale chunked upload",
    413: "Body too large (a file: over the size limit, or over the space's quota)",
    415: "Body is not application/json (an upload: is a form rather than the file)",
    416: "The Range asks for bytes outside the file",
    422: "Unknown fields, wrong types or values out of range",
    429: "Too many requests or tries for now (code rate_limited): wait and retry",
    408: "The upload's body stalled or trickled past the upload timeouts (request_timeout)",
    503: "A part the server needs is unavailable (a file's content missing from the store)",
    507: "The server's file store is full (insufficient_storage): nothing was kept",
}


BINARY = {"schema": {"type": "string", "format": "binary"}}


def openapi_path(path: str) -> str:
    """Starlette's '{space_id:int}' is OpenAPI's '{space_id}'."""
    return re.sub(r"\{(\w+):\w+\}", r"{\1}", path)


#: The values of each text path parameter (``{name:str}``): any other answers 422.
PATH_TEXT: Mapping[str, list[str]] = {"reaction": [kind.value for kind in ReactionKind]}


def path_parameters(path: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for name, convertor in re.findall(r"\{(\w+):(\w+)\}", path):
        schema: dict[str, Any] = {"type": "integer"}
        if convertor == "str":
            schema = {"type": "string", "enum": PATH_TEXT[name]}
        found.append({"name": name, "in": "path", "required": True, "schema": schema})
    return found


#: A body field's bounds that each server narrows: {body name: {field: (min, max)}}.
ServerBounds = Mapping[str, Mapping[str, tuple[int, int]]]


def server_bounds(settings: Settings) -> ServerBounds:
    """The number fields whose bounds a server's settings narrow within the declared ones:
    the document it serves publishes what it enforces."""
    privacy = settings.privacy
    return {
        "AuditSettings": {
            "retention_days": (privacy.audit_retention_min_days, privacy.audit_retention_max_days)
        }
    }


def encoded_document(operations: tuple[Operation, ...], settings: Settings) -> bytes:
    """The JSON document a server with these settings serves, built once per process.

    Building it (msgspec's schemas of every body) takes 40-90 ms: paid at the first request
    for /openapi.json rather than by every create_app, and shared by apps alike in bounds.
    """
    bounds = server_bounds(settings)
    key = tuple((body, tuple(fields.items())) for body, fields in bounds.items())
    return _encoded(operations, key)


@functools.lru_cache(maxsize=8)
def _encoded(
    operations: tuple[Operation, ...],
    bounds: tuple[tuple[str, tuple[tuple[str, tuple[int, int]], ...]], ...],
) -> bytes:
    document = build(list(operations), {body: dict(fields) for body, fields in bounds})
    return msgspec.json.encode(document)


def narrow(components: dict[str, Any], bounds: ServerBounds) -> None:
    for body, fields in bounds.items():
        for field, (low, high) in fields.items():
            schema = components[body]["properties"][field]
            for option in schema.get("anyOf", [schema]):
                if option.get("type") == "integer":
                    option["minimum"], option["maximum"] = low, high


def build(operations: list[Operation], bounds: ServerBounds | None = None) -> dict[str, Any]:
    """The OpenAPI document of the operations; ``bounds`` are the serving server's own."""
    types: list[Any] = [api.ErrorOut, api.HealthOut, api.ReadinessOut]
    for op in operations:
        types.extend(t for t in (op.body, op.response) if t is not None)
    schemas, components = msgspec.json.schema_components(types, ref_template=REF)
    narrow(components, bounds if bounds is not None else server_bounds(Settings()))
    schema_of = dict(zip(map(repr, types), schemas, strict=True))
    error_schema = schema_of[repr(api.ErrorOut)]
    paths: dict[str, dict[str, Any]] = {}
    for op in operations:
        entry: dict[str, Any] = {
            "summary": op.summary,
            "operationId": op.handler.__name__,
            "tags": [op.tag],
            "parameters": path_parameters(op.path)
            + [{"name": q, "in": "query", "schema": {"type": "integer"}} for q in op.query]
            + [{"name": q, "in": "query", "schema": {"type": "string"}} for q in op.text_query],
            "responses": {},
        }
        if op.auth:
            entry["security"] = [{"session_cookie": []}, {"bearer": []}]
        if op.body is not None:
            entry["requestBody"] = {
                # A body whose fields all have defaults may be left out (docs/api.md).
                "required": any(f.required for f in msgspec.structs.fields(op.body)),
                "content": {"application/json": {"schema": schema_of[repr(op.body)]}},
            }
        if op.streamed_body:
            entry["requestBody"] = {
                "required": True,
                "content": {"application/octet-stream": BINARY},
            }
        success: dict[str, Any] = {"description": "Success"}
        if op.response is not None:
            success["content"] = {"application/json": {"schema": schema_of[repr(op.response)]}}
        if op.binary_response and op.media_type is not None:
            # A generated download (a zip export, a calendar file): its own type, whole.
            success["content"] = {op.media_type: BINARY}
        elif op.binary_response:
            success["content"] = {"application/octet-stream": BINARY}
            entry["responses"]["206"] = {
                "description": "The one byte range asked for",
                "content": {"application/octet-stream": BINARY},
            }
            entry["responses"]["304"] = {"description": "Not modified (If-None-Match)"}
        entry["responses"][str(op.status)] = success
        if op.status == 201 and "client_id" in getattr(op.body, "__struct_fields__", ()):
            # Exactly-once creation: a retry with the same client id answers 200, same body.
            entry["responses"]["200"] = {**success, "description": "A retry: the first result"}
        statuses = set(op.errors) | ({401} if op.auth else set())
        statuses |= {400, 413, 415, 422} if op.body is not None else set()
        # Query numbers are range-checked and query text length-checked: 422 when out.
        statuses |= {422} if op.query or op.text_query else set()
        for status in sorted(statuses):
            entry["responses"][str(status)] = {
                "description": ERROR_STATUS_TEXT[status],
                "content": {"application/json": {"schema": error_schema}},
            }
        paths.setdefault(openapi_path(op.path), {})[op.method.lower()] = entry
    for path, (method, summary, codes, answer) in HEALTH_ROUTES.items():
        paths[path] = {
            method: {
                "summary": summary,
                "operationId": path.strip("/"),
                "tags": ["health"],
                "responses": {
                    str(s): {
                        "description": "Ready" if s == 200 else "Not ready",
                        "content": {"application/json": {"schema": schema_of[repr(answer)]}},
                    }
                    for s in codes
                },
            }
        }
    paths["/ws"] = {
        "get": {
            "summary": "The real-time WebSocket (subprotocol twinspace.v1); see docs/protocol.md",
            "operationId": "websocket",
            "tags": ["realtime"],
            "responses": {
                "101": {"description": "Switching to the WebSocket protocol"},
                "403": {"description": "The twinspace.v1 subprotocol was not offered"},
                "426": {
                    "description": "A plain HTTP request, not a WebSocket upgrade",
                    "content": {"application/json": {"schema": error_schema}},
                },
            },
        }
    }
    paths["/metrics"] = {
        "get": {
            "summary": "Prometheus metrics, for the operator's scraper (docs/deployment.md)",
            "operationId": "metrics",
            "tags": ["operations"],
            "security": [{"metrics_token": []}],
            "responses": {
                "200": {"description": "The Prometheus text format"},
                "401": {"description": "The metrics token is missing or wrong"},
                "404": {"description": "No metrics token is configured"},
            },
        }
    }
    paths["/openapi.json"] = {
        "get": {
            "summary": "This document",
            "operationId": "openapi",
            "tags": ["meta"],
            "responses": {"200": {"description": "The OpenAPI document"}},
        }
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "TwinSpace Live",
            "version": "1",
            "description": "Real-time collaboration server for eTwinning TwinSpaces and Rooms. "
            "Cookie-authenticated writes need the X-CSRF-Token header.",
        },
        "paths": paths,
        "components": {
            "schemas": components,
            "securitySchemes": {
                "session_cookie": {"type": "apiKey", "in": "cookie", "name": "twinspace_session"},
                "bearer": {"type": "http", "scheme": "bearer"},
                "metrics_token": {"type": "http", "scheme": "bearer"},
            },
        },
    }
