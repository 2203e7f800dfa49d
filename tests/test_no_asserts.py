"""No ``assert`` statement in the running code (issue 19): ``python -O`` strips them, so a rule
guarded by one silently stops holding. A broken invariant raises :class:`InvariantBroken` (or
the domain error a client would hear), a type is narrowed by a checked helper
(``protocol.errors.present``) or by the code's shape. Tests keep their asserts, of course.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("protocol", "storage", "server")


def asserts_in(source: str) -> Iterator[int]:
    """The line of every ``assert`` statement in ``source``, wherever it stands."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assert):
            yield node.lineno


def test_the_running_code_holds_no_assert_statement() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line}"
        for package in PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
        for line in asserts_in(path.read_text(encoding="utf-8"))
    ]
    assert found == [], "raise a typed error instead (see protocol/errors.py):\n" + "\n".join(found)


def test_the_scan_sees_asserts_in_functions_methods_and_branches() -> None:
    source = (
        "assert top\n"
        "def f(x):\n"
        "    if x:\n"
        "        assert x is not None, 'why'\n"
        "class C:\n"
        "    def m(self):\n"
        "        assert isinstance(self, C)\n"
        "message = 'assert inside a string is no statement'\n"
    )
    assert list(asserts_in(source)) == [1, 4, 7]
