"""Case-insensitive matching of names and titles in every script, on both databases.

SQLite's built-in ``lower`` folds ASCII only: "élodie" did not find "Élodie", nor "άννα"
"ΆΝΝΑ", on the embedded database, while PostgreSQL's ``lower`` (under a UTF-8 ``LC_CTYPE``,
as docs/deployment.md asks) folds every script. :func:`lowered` is ``lower`` on PostgreSQL and,
on SQLite, a function of the connection's own (:func:`register_sqlite_functions`, registered
on every connection by storage/database.py) running Python's ``str.lower``, so both databases
agree with the Python side's ``str.lower`` of the words searched for.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

#: The SQLite function's name: not ``lower``, which stays SQLite's own.
SQLITE_LOWER = "tsl_lower"


class lowered(FunctionElement[str]):  # noqa: N801  # an SQL function, named like one
    """``lower(text)`` that folds every script on both databases (NULL stays NULL)."""

    type = String()
    inherit_cache = True
    name = "lowered"


@compiles(lowered)
def _lower_everywhere_else(element: lowered, compiler: Any, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(lowered, "sqlite")
def _lower_on_sqlite(element: lowered, compiler: Any, **kw: Any) -> str:
    return f"{SQLITE_LOWER}({compiler.process(element.clauses, **kw)})"


def _python_lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def register_sqlite_functions(dbapi_connection: Any) -> None:
    """Make :data:`SQLITE_LOWER` on one SQLite connection (deterministic: same answer for the
    same text, so SQLite may use it anywhere an expression may stand)."""
    dbapi_connection.create_function(SQLITE_LOWER, 1, _python_lower, deterministic=True)


def escape_like(text: str) -> str:
    """The text as a literal inside a LIKE pattern (its %, _ and \\ taken as themselves)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def holds(column: Any, words: str) -> ColumnElement[bool]:
    """``column`` holds ``words`` in any case (a LIKE on both sides lowered)."""
    return lowered(column).like(f"%{escape_like(words.lower())}%", escape="\\")
