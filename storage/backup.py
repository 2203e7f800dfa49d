"""Consistent database snapshots and their restoration, one way per backend.

- **SQLite**: the online backup API (``sqlite3.Connection.backup``): a consistent copy page by
  page while the server keeps running (WAL readers and the writer carry on); restored the same
  way into the target file.
- **PostgreSQL**: ``pg_dump --format=custom`` (Debian's postgresql-client), which reads one
  snapshot of the whole database in a repeatable-read transaction while the server runs;
  restored with ``pg_restore --clean --if-exists --single-transaction`` (all or nothing).
  ``pg_dump`` must be at least the server's major version. The password travels in
  PGPASSWORD, never on the command line; other libpq variables (PGSSLMODE, ...) pass through.

A snapshot from one backend restores only into the same backend.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy import func, inspect, select, table
from sqlalchemy.engine import URL, Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from .database import normalize_url

#: Longest a pg_dump or pg_restore may run (default 6 hours) before it is stopped.
PG_TOOL_TIMEOUT_S = 6 * 3600


class BackupError(Exception):
    """A snapshot or a restoration that cannot be done; the message says why."""


def backend_of(url: str) -> str:
    """'sqlite' or 'postgresql'."""
    return normalize_url(url).get_backend_name()


def sqlite_path(url: URL) -> Path:
    if not url.database or url.database == ":memory:":
        raise BackupError("an in-memory SQLite database cannot be backed up")
    return Path(url.database)


def snapshot(url: str, target: Path) -> None:
    """Write a consistent snapshot of the database at ``url`` to the file ``target``."""
    parsed = normalize_url(url)
    if parsed.get_backend_name() == "sqlite":
        source_path = sqlite_path(parsed)
        if not source_path.is_file():
            raise BackupError(f"no SQLite database at {source_path}")
        source = sqlite3.connect(source_path)
        try:
            copy = sqlite3.connect(target)
            try:
                source.backup(copy)
            finally:
                copy.close()
        finally:
            source.close()
        return
    run_pg_tool(
        "pg_dump",
        parsed,
        ["--format=custom", "--no-owner", "--no-privileges", f"--file={target}"],
    )


def restore(url: str, snapshot_file: Path) -> None:
    """Replace the database at ``url`` with the snapshot (the caller checked it is allowed)."""
    parsed = normalize_url(url)
    if parsed.get_backend_name() == "sqlite":
        target_path = sqlite_path(parsed)
        target_path.parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(f"file:{snapshot_file}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(target_path)
            try:
                # The backup API overwrites every page, WAL included, in one step.
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
        return
    run_pg_tool(
        "pg_restore",
        parsed,
        [
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
            str(snapshot_file),
        ],
    )


def run_pg_tool(tool: str, url: URL, arguments: list[str]) -> None:
    binary = shutil.which(tool)
    if binary is None:
        raise BackupError(
            f"{tool} is not installed: apt-get install --no-install-recommends postgresql-client"
        )
    conninfo = url.set(drivername="postgresql", password=None, query={}).render_as_string(
        hide_password=False
    )
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    host = url.query.get("host")
    if isinstance(host, str):  # a Unix socket folder given as ?host=
        env["PGHOST"] = host
    result = subprocess.run(  # noqa: S603 - a fixed tool, arguments we built
        [binary, *arguments, f"--dbname={conninfo}"],
        env=env,
        capture_output=True,
        text=True,
        timeout=PG_TOOL_TIMEOUT_S,
        check=False,
    )
    if result.returncode != 0:
        detail = result.stderr.strip().splitlines()
        raise BackupError(f"{tool} failed: {detail[-1] if detail else result.returncode}")


def _rows_outside_alembic(connection: Connection) -> int:
    total = 0
    for name in inspect(connection).get_table_names():
        if name == "alembic_version":
            continue
        total += int(connection.execute(select(func.count()).select_from(table(name))).scalar_one())
    return total


async def row_count(engine: AsyncEngine) -> int:
    """Rows in every table but Alembic's: 0 for an empty or schema-less database."""
    async with engine.connect() as connection:
        return await connection.run_sync(_rows_outside_alembic)
