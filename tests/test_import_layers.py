"""The layers of docs/architecture.md, enforced: every import points down, never up.

Each module of ``protocol/``, ``storage/`` and ``server/`` belongs to the layer of the longest
prefix naming it in :data:`LAYERS`. A module may import its own layer and the layers below;
an edge (HTTP, WebSocket, CLI, ...) may not import another edge; the units of one layer import
one another without a cycle; and ``server/policy`` imports nothing but the standard library,
``protocol`` and itself.

Every import counts: at the top of a module, inside a function, and under ``TYPE_CHECKING``. A
type-only import does not run, but it still says "this code knows the shape of that one": a
service that takes the whole ``AppContext`` depends on the hub it holds. So a lower layer
names no higher layer even in an annotation.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("protocol", "storage", "server")

#: Bottom to top. Each entry: the layer's name and the module prefixes in it.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # The rules: what the messages are, who may do what. Pure (no I/O).
    ("domain", ("protocol", "server.policy")),
    # Where state lives and the process-wide parts every layer above uses.
    (
        "storage",
        (
            "storage",
            "server.clock",
            "server.config",
            "server.forum_limits",
            "server.security",
            "server.zipstream",
            "server.collector",
            "server.mail",
            "server.blobs",
            "server.brokers",
            "server.observability",
        ),
    ),
    # The domain work, the outbox and the control commands, the video sessions.
    ("services", ("server.services",)),
    # The live process: the hub that fans announcements out, and the context that holds it.
    ("runtime", ("server.realtime", "server.context")),
    # The edges: they translate, one transport (or clock) each, and never call each other.
    (
        "edges",
        (
            "server.http",
            "server.websocket",
            "server.housekeeping",
            "server.ops",
        ),
    ),
    # What puts the edges together: the application, the command line, the API doc renderer.
    ("assembly", ("server.app", "server.cli", "server.http.apidoc")),
)
EDGES_LAYER = "edges"
POLICY = "server.policy"

LAYER_INDEX = {name: index for index, (name, _) in enumerate(LAYERS)}
UNITS = {prefix: name for name, prefixes in LAYERS for prefix in prefixes}


def unit_of(module: str) -> str | None:
    """The longest declared prefix naming ``module`` (None outside the layered packages)."""
    parts = module.split(".")
    for end in range(len(parts), 0, -1):
        prefix = ".".join(parts[:end])
        if prefix in UNITS:
            return prefix
    return None


def module_name(path: Path) -> tuple[str, bool]:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    is_package = parts[-1] == "__init__"
    return ".".join(parts[:-1] if is_package else parts), is_package


def is_module(name: str) -> bool:
    base = ROOT.joinpath(*name.split("."))
    return base.with_suffix(".py").exists() or (base / "__init__.py").exists()


def imports_of(source: str, module: str, is_package: bool) -> Iterator[tuple[int, str]]:
    """(line, absolute module) for every import in ``source``, wherever it stands."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".") if is_package else module.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            for alias in node.names:
                # ``from server.services import chat`` imports the module server.services.chat.
                sub = f"{target}.{alias.name}"
                yield node.lineno, sub if is_module(sub) else target


def violation(source_module: str, target: str) -> str | None:
    """Why importing ``target`` from ``source_module`` breaks the layers (None when it may)."""
    source_unit, target_unit = unit_of(source_module), unit_of(target)
    if source_unit is None or target_unit is None or source_unit == target_unit:
        return None
    source_layer, target_layer = UNITS[source_unit], UNITS[target_unit]
    if LAYER_INDEX[target_layer] > LAYER_INDEX[source_layer]:
        return f"{source_layer} may not import {target_layer} ({target_unit})"
    if source_layer == target_layer == EDGES_LAYER:
        return f"an edge may not import another edge ({target_unit})"
    return None


def all_modules() -> list[Path]:
    return sorted(p for package in PACKAGES for p in (ROOT / package).rglob("*.py"))


def all_imports() -> Iterator[tuple[str, str, str]]:
    """(file:line, importing module, imported module) for every import of the layers."""
    for path in all_modules():
        module, is_package = module_name(path)
        for line, target in imports_of(path.read_text(encoding="utf-8"), module, is_package):
            yield f"{path.relative_to(ROOT)}:{line}", module, target


def test_every_module_has_a_layer() -> None:
    unplaced = [
        module
        for path in all_modules()
        if (module := module_name(path)[0]) not in PACKAGES and unit_of(module) is None
    ]
    assert not unplaced, f"add these to a layer in LAYERS: {unplaced}"


def test_every_import_points_down() -> None:
    broken = [
        f"{where} {module} imports {target}: {why}"
        for where, module, target in all_imports()
        if (why := violation(module, target))
    ]
    assert not broken, "\n".join(broken)


def test_the_units_of_one_layer_import_each_other_without_a_cycle() -> None:
    graph: dict[str, set[str]] = {unit: set() for unit in UNITS}
    for _, module, target in all_imports():
        source_unit, target_unit = unit_of(module), unit_of(target)
        if source_unit and target_unit and source_unit != target_unit:
            graph[source_unit].add(target_unit)
    assert find_cycle(graph) is None, f"import cycle: {' -> '.join(find_cycle(graph) or [])}"


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` (its nodes in order, the first repeated at the end), or None."""
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for successor in sorted(graph.get(node, ())):
            if state.get(successor) == 1:
                return [*path[path.index(successor) :], successor]
            if successor not in state and (cycle := visit(successor)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_policy_imports_only_the_standard_library_protocol_and_itself() -> None:
    allowed = set(sys.stdlib_module_names) | {"protocol", "__future__"}
    impure = [
        f"{where} imports {target}"
        for where, module, target in all_imports()
        if unit_of(module) == POLICY
        and target.split(".")[0] not in allowed
        and not target.startswith(POLICY)
    ]
    assert not impure, "\n".join(impure)


@pytest.mark.parametrize(
    ("module", "target"),
    [
        ("server.services.chat", "server.websocket.endpoint"),  # services reaching an edge
        ("server.services.video.sessions", "server.realtime.hub"),  # services reaching the hub
        ("server.services.mute_expiry", "server.context"),  # the AppContext, even type-only
        ("server.realtime.hub", "server.http.auth"),  # the hub reaching an edge
        ("server.brokers.typing_redis", "server.services.chat"),  # storage reaching services
        ("server.policy.rules", "storage.models"),  # the policy reaching storage
        ("protocol.messages", "server.config"),  # protocol reaching the server
        ("server.websocket.transport", "server.http.auth"),  # one edge reaching another
        ("server.http.health", "server.app"),  # an edge reaching the assembly
    ],
)
def test_the_check_refuses_an_upward_or_sideways_import(module: str, target: str) -> None:
    assert violation(module, target) is not None


@pytest.mark.parametrize(
    ("module", "target"),
    [
        ("server.websocket.endpoint", "server.services.accounts"),
        ("server.realtime.hub", "server.services.outbox"),
        ("server.services.outbox", "storage.models"),
        ("server.app", "server.websocket.endpoint"),
        ("server.http.apidoc", "server.app"),
    ],
)
def test_the_check_allows_a_downward_import(module: str, target: str) -> None:
    assert violation(module, target) is None


def test_the_scan_sees_imports_in_functions_and_type_checking_blocks() -> None:
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from ..context import AppContext\n"
        "def later():\n"
        "    from ..websocket import endpoint\n"
    )
    found = {target for _, target in imports_of(source, "server.services.chat", False)}
    assert {"server.context", "server.websocket.endpoint"} <= found


def test_find_cycle_finds_one() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None
