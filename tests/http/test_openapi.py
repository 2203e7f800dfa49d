"""/openapi.json and docs/api.md describe exactly the routes the server has."""

from __future__ import annotations

from pathlib import Path

from starlette.routing import Mount, Route, WebSocketRoute

from server.app import OPERATIONS, create_app
from server.config import Settings
from server.http.apidoc import render
from server.http.openapi import openapi_path

from .conftest import World, ok

DOCS = Path(__file__).resolve().parents[2] / "docs" / "api.md"


def real_routes() -> set[tuple[str, str]]:
    app = create_app(Settings())
    found = set()
    for route in app.routes:
        if isinstance(route, Mount) or getattr(route, "path", None) == "/":
            continue  # the browser client's page and files: not API operations
        if isinstance(route, WebSocketRoute):
            found.add(("get", route.path))  # the upgrade is a GET
            continue
        assert isinstance(route, Route), f"unexpected route type {route!r}"
        assert route.methods is not None
        for method in route.methods - {"HEAD"}:
            found.add((method.lower(), openapi_path(route.path)))
    return found


async def test_openapi_lists_exactly_the_real_routes(world: World) -> None:
    document = ok(await world.client.get("/openapi.json"))
    documented = {
        (method, path) for path, methods in document["paths"].items() for method in methods
    }
    assert documented == real_routes()


def test_each_operation_is_declared_once() -> None:
    # A router listed twice in OPERATIONS served and documented each of its routes twice, and
    # every test that walks OPERATIONS (the fuzzer, the declared limits) ran them twice.
    declared = [(op.method, op.path) for op in OPERATIONS]
    assert sorted(declared) == sorted(set(declared))


async def test_every_schema_reference_resolves(world: World) -> None:
    document = ok(await world.client.get("/openapi.json"))
    schemas = document["components"]["schemas"]
    text = str(document)
    for name in set(part.split("'")[0] for part in text.split("#/components/schemas/")[1:]):
        assert name in schemas, name


async def test_signed_in_operations_document_401(world: World) -> None:
    document = ok(await world.client.get("/openapi.json"))
    for op in OPERATIONS:
        entry = document["paths"][openapi_path(op.path)][op.method.lower()]
        if op.auth:
            assert "401" in entry["responses"], op.path
            assert entry["security"], op.path
        assert str(op.status) in entry["responses"]


def test_api_docs_are_current() -> None:
    assert DOCS.read_text() == render(OPERATIONS), (
        "docs/api.md is stale: run `.venv/bin/python -m server.http.apidoc docs/api.md`"
    )


def test_every_field_code_and_reason_is_documented() -> None:
    # Said in the page's languages: tests/test_catalogue_codes.py reads web/locales/*.ftl.
    from protocol.errors import ErrorReason, FieldCode
    from server.http.apidoc import FIELD_CODE_MEANINGS, REASONS

    assert set(FIELD_CODE_MEANINGS) == set(FieldCode)
    assert set(REASONS) == set(ErrorReason)
    documented = DOCS.read_text()
    for reason, (code, params) in REASONS.items():
        row = f"| `{code}` | `{reason.value}` | {', '.join(f'`{p}`' for p in params)} |"
        assert row in documented, row
