"""protocol/ stays pure: no I/O frameworks, no server or storage imports (STYLE.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PROTOCOL = Path(__file__).resolve().parent.parent / "protocol"
FORBIDDEN = frozenset(
    {
        "asyncio",
        "starlette",
        "sqlalchemy",
        "redis",
        "websockets",
        "uvicorn",
        "server",
        "storage",
        "socket",
        "aiosqlite",
        "asyncpg",
        "alembic",
        "httpx",
        "aiortc",
        "importlib",
    }
)
MODULES = sorted(PROTOCOL.rglob("*.py"))


def imported_roots(source: str) -> set[str]:
    """Top-level names of every module imported by ``source`` (relative ones resolved)."""
    roots: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                roots.add("protocol")  # relative imports cannot leave the package below
                if node.level > 1:
                    roots.add("..")
            elif node.module:
                roots.add(node.module.split(".")[0])
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "__import__"
        ):
            roots.add("__import__")
    return roots


def test_protocol_has_modules() -> None:
    assert {p.name for p in MODULES} >= {"messages.py", "codec.py", "channels.py"}


@pytest.mark.parametrize("module", MODULES, ids=lambda p: p.name)
def test_protocol_module_imports_nothing_impure(module: Path) -> None:
    roots = imported_roots(module.read_text(encoding="utf-8"))
    assert not roots & FORBIDDEN, f"{module.name} imports {sorted(roots & FORBIDDEN)}"
    assert ".." not in roots, f"{module.name} reaches out of protocol/ with a relative import"
    assert "__import__" not in roots, f"{module.name} imports dynamically"


@pytest.mark.parametrize(
    "source",
    [
        "import asyncio",
        "import redis.asyncio as r",
        "from starlette.websockets import WebSocket",
        "from server.app import x",
        "from storage import models",
        "import socket",
        "from .. import server",
        "__import__('asyncio')",
    ],
)
def test_the_import_scan_catches_impure_imports(source: str) -> None:
    roots = imported_roots(source)
    assert roots & FORBIDDEN or ".." in roots or "__import__" in roots
