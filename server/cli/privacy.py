"""`twinspace audit purge`: the audit-log retention job, run once by the operator (issue 9).

The server runs the same job in its housekeeping task every few minutes; this command is for
an operator who lowered TWINSPACE_AUDIT_RETENTION_* and wants it applied now, or who runs
the server's housekeeping from cron."""

from __future__ import annotations

import os
from pathlib import Path

import click
from sqlalchemy.ext.asyncio import AsyncSession

from ..clock import SystemClock
from ..config import DEFAULT_DATA_DIR, Settings
from ..services import audit_retention


@click.group()
def audit() -> None:
    """The audit log's retention."""


@audit.command("purge")
@click.option("--data-dir", envvar="TWINSPACE_DATA_DIR", default=str(DEFAULT_DATA_DIR))
@click.option("--database-url", envvar="TWINSPACE_DATABASE_URL", default="")
def purge(data_dir: str, database_url: str) -> None:
    """Delete audit entries older than their space's retention (or the server's default,
    TWINSPACE_AUDIT_RETENTION_DAYS, within its _MIN_DAYS and _MAX_DAYS bounds)."""
    from . import privacy_settings_from
    from .ops import run

    privacy = privacy_settings_from(os.environ)
    settings = Settings(data_dir=Path(data_dir), database_url=database_url or None, privacy=privacy)

    async def work(db: AsyncSession) -> int:
        return await audit_retention.purge_expired(db, SystemClock().now(), privacy)

    removed = run(settings, work)
    click.echo(
        f"{removed} audit entries deleted (default retention {privacy.audit_retention_days} "
        f"days, bounds {privacy.audit_retention_min_days}-{privacy.audit_retention_max_days})"
    )
