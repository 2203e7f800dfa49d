"""Alembic environment.

Two ways in: `storage.database.migrate` hands over its open connection in
`config.attributes["connection"]`; a developer's `alembic` command builds an engine from
TWINSPACE_DATABASE_URL (see alembic.ini at the repository root).
"""

from __future__ import annotations

import asyncio
import os
from logging.config import fileConfig

from alembic import context
from sqlalchemy.engine import Connection

from storage.database import create_engine, normalize_url
from storage.models import Base
from storage.search import include_name

config = context.config
target_metadata = Base.metadata


def _database_url() -> str:
    url = os.environ.get("TWINSPACE_DATABASE_URL") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit(
            "Set TWINSPACE_DATABASE_URL, e.g. "
            "TWINSPACE_DATABASE_URL=sqlite:///data/twinspace.sqlite3 alembic upgrade head"
        )
    return url


def _run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


async def _run_with_own_engine(url: str) -> None:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            await connection.run_sync(_run_migrations)
    finally:
        await engine.dispose()


def _run_offline(url: str) -> None:
    """`alembic upgrade --sql`: print the SQL instead of running it."""
    context.configure(
        url=normalize_url(url),
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def _main() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run_migrations(connection)
        return
    # Only the CLI has an ini file; when embedded, the application owns logging.
    if config.config_file_name is not None:
        fileConfig(config.config_file_name)
    if context.is_offline_mode():
        _run_offline(_database_url())
    else:
        asyncio.run(_run_with_own_engine(_database_url()))


_main()
