"""The Alembic migrations: they reach head, stay in step with the models and run both ways."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.database import alembic_config, create_engine, current_revision, migrate
from storage.models import Base
from storage.search import include_name

REPO_ROOT = Path(__file__).resolve().parent.parent


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def schema_diff(connection: Connection) -> list[Any]:
    context = MigrationContext.configure(
        connection, opts={"compare_type": True, "include_name": include_name}
    )
    return list(compare_metadata(context, Base.metadata))


def table_names(connection: Connection) -> set[str]:
    return set(inspect(connection).get_table_names())


def downgrade(connection: Connection, revision: str) -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    command.downgrade(config, revision)


def test_migrations_have_a_single_head() -> None:
    # Two heads mean two branches merged without `alembic merge`; migrate("head") would refuse.
    assert len(ScriptDirectory.from_config(alembic_config()).get_heads()) == 1


async def test_empty_database_has_no_revision(empty_database_url: str) -> None:
    engine = create_engine(empty_database_url)
    try:
        assert await current_revision(engine) is None
    finally:
        await engine.dispose()


async def test_migrate_reaches_head_and_is_idempotent(engine: AsyncEngine) -> None:
    assert await current_revision(engine) == head_revision()
    await migrate(engine)
    assert await current_revision(engine) == head_revision()


async def test_migrated_schema_matches_the_models(engine: AsyncEngine) -> None:
    # This is what keeps migrations in step with storage/models.py: change a model, and this
    # fails until `alembic revision --autogenerate` (read and fixed by hand) catches up.
    async with engine.connect() as connection:
        assert await connection.run_sync(schema_diff) == []


async def test_upgrade_downgrade_to_base_and_upgrade_again(empty_database_url: str) -> None:
    engine = create_engine(empty_database_url)
    try:
        await migrate(engine)
        assert await current_revision(engine) == head_revision()
        async with engine.begin() as connection:
            await connection.run_sync(downgrade, "base")
        async with engine.connect() as connection:
            assert await connection.run_sync(table_names) <= {"alembic_version"}
        assert await current_revision(engine) is None

        await migrate(engine)
        async with engine.connect() as connection:
            assert await connection.run_sync(schema_diff) == []
        assert await current_revision(engine) == head_revision()
    finally:
        await engine.dispose()


async def test_developer_alembic_check_finds_nothing_to_generate(
    engine: AsyncEngine, database_url: str
) -> None:
    # The developer path through env.py: its own engine from TWINSPACE_DATABASE_URL.
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "alembic",
        "check",
        cwd=REPO_ROOT,
        env={**os.environ, "TWINSPACE_DATABASE_URL": database_url},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await process.communicate()
    assert process.returncode == 0, output.decode()
    assert "No new upgrade operations detected" in output.decode()
