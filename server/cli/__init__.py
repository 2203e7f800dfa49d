"""The `twinspace` command: serve, migrate, and the operator's admin commands.

Every `serve` flag is also an environment variable (TWINSPACE_HOST, TWINSPACE_PORT, ...).
The server process reads its settings from the environment only, so one code path serves a
single process and `--workers N` alike.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging.config
import os
import re
import secrets
import shutil
import sys
import tempfile
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any

import click
import uvicorn
from sqlalchemy import exc as sa_exc
from starlette.applications import Starlette

from protocol.errors import TwinspaceError
from storage.database import create_engine, make_sessionmaker, migrate

from ..clock import SystemClock
from ..collector import DEFAULT_YOUNG_THRESHOLD
from ..config import (
    DEFAULT_DATA_DIR,
    DEFAULT_HOST,
    DEFAULT_MAX_WS_PER_ACCOUNT,
    DEFAULT_PORT,
    MIB,
    ArchiveLimits,
    ConfigError,
    OutboxSettings,
    PrivacySettings,
    Settings,
    UploadTimeouts,
    validate,
    video_settings_from,
)
from ..mail.settings import mail_settings_from
from ..security import Secrets

#: A peer silent for a keepalive interval (30 s: ``keepalive_interval_s``) gets a WebSocket
#: ping, and is dropped if it does not answer within 20 s more.
WS_PING_TIMEOUT_S = 20.0
#: On SIGTERM, connections get this long (default 10 s) to close before they are cut.
GRACEFUL_SHUTDOWN_S = 10
#: `--ws-implementation`: ours serves /ws straight from uvicorn's socket (the default); the
#: others are uvicorn's own, through ASGI and Starlette (docs/realtime.md has the figures).
WS_IMPLEMENTATIONS = {
    "twinspace": "server.websocket.transport:TwinspaceWebSocketProtocol",
    "websockets-sansio": "websockets-sansio",
    "websockets": "websockets",
    "wsproto": "wsproto",
}


def settings_from_environment() -> Settings:
    """Settings from TWINSPACE_* variables (what `serve` exported for its workers)."""
    env = os.environ
    try:
        return Settings(
            host=env.get("TWINSPACE_HOST", DEFAULT_HOST),
            port=int(env.get("TWINSPACE_PORT", DEFAULT_PORT)),
            data_dir=Path(env.get("TWINSPACE_DATA_DIR", str(DEFAULT_DATA_DIR))),
            database_url=env.get("TWINSPACE_DATABASE_URL") or None,
            redis_url=env.get("TWINSPACE_REDIS_URL") or None,
            blobs_url=env.get("TWINSPACE_BLOBS_URL") or None,
            blobs_access_key_id=env.get("TWINSPACE_BLOBS_ACCESS_KEY_ID") or None,
            blobs_secret_access_key=env.get("TWINSPACE_BLOBS_SECRET_ACCESS_KEY") or None,
            public_url=env.get("TWINSPACE_PUBLIC_URL") or None,
            workers=int(env.get("TWINSPACE_WORKERS", "1")),
            worker_healthcheck_s=int(env.get("TWINSPACE_WORKER_HEALTHCHECK_S", "30")),
            session_lifetime=dt.timedelta(
                hours=float(env.get("TWINSPACE_SESSION_HOURS", str(14 * 24)))
            ),
            log_level=env.get("TWINSPACE_LOG_LEVEL", "info"),
            # Set by `serve` once it has migrated; not a user setting.
            auto_migrate=False if env.get("TWINSPACE_AUTO_MIGRATE") == "0" else None,
            video=video_settings_from(env),
            # Operations (issue #11):
            metrics_token=env.get("TWINSPACE_METRICS_TOKEN") or None,
            min_free_disk_bytes=int(float(env.get("TWINSPACE_MIN_FREE_DISK_MB", "1024")) * MIB),
            log_format=env.get("TWINSPACE_LOG_FORMAT", "text"),
            archive=archive_limits_from(env),
            max_ws_per_account=int(
                env.get("TWINSPACE_MAX_WS_PER_ACCOUNT", str(DEFAULT_MAX_WS_PER_ACCOUNT))
            ),
            privacy=privacy_settings_from(env),
            upload_timeouts=upload_timeouts_from(env),
            outbox=outbox_settings_from(env),
            gc_young_threshold=int(
                env.get("TWINSPACE_GC_YOUNG_THRESHOLD", str(DEFAULT_YOUNG_THRESHOLD))
            ),
            mail=mail_settings_from(env),
        )
    except ValueError as exc:
        raise ConfigError(f"a TWINSPACE_* variable has a bad value: {exc}") from exc


def outbox_settings_from(env: os._Environ[str] | dict[str, str]) -> OutboxSettings:
    """The outbox's lease and sweep interval from TWINSPACE_OUTBOX_LEASE_S and
    TWINSPACE_OUTBOX_SWEEP_S (seconds)."""
    defaults = OutboxSettings()
    return OutboxSettings(
        lease_s=float(env.get("TWINSPACE_OUTBOX_LEASE_S", defaults.lease_s)),
        sweep_interval_s=float(env.get("TWINSPACE_OUTBOX_SWEEP_S", defaults.sweep_interval_s)),
    )


def archive_limits_from(env: os._Environ[str] | dict[str, str]) -> ArchiveLimits:
    """The file archive's limits from TWINSPACE_MAX_FILE_MB and TWINSPACE_SPACE_QUOTA_MB."""
    defaults = ArchiveLimits()
    max_file = env.get("TWINSPACE_MAX_FILE_MB")
    quota = env.get("TWINSPACE_SPACE_QUOTA_MB")
    return ArchiveLimits(
        max_file_bytes=int(float(max_file) * MIB) if max_file else defaults.max_file_bytes,
        space_quota_bytes=int(float(quota) * MIB) if quota else defaults.space_quota_bytes,
    )


def privacy_settings_from(env: os._Environ[str] | dict[str, str]) -> PrivacySettings:
    """Audit retention and export bounds from TWINSPACE_AUDIT_RETENTION_* and _EXPORT_MAX_MB."""
    defaults = PrivacySettings()
    export_mb = env.get("TWINSPACE_EXPORT_MAX_MB")
    return PrivacySettings(
        audit_retention_days=int(
            env.get("TWINSPACE_AUDIT_RETENTION_DAYS") or defaults.audit_retention_days
        ),
        audit_retention_min_days=int(
            env.get("TWINSPACE_AUDIT_RETENTION_MIN_DAYS") or defaults.audit_retention_min_days
        ),
        audit_retention_max_days=int(
            env.get("TWINSPACE_AUDIT_RETENTION_MAX_DAYS") or defaults.audit_retention_max_days
        ),
        export_max_bytes=int(float(export_mb) * MIB) if export_mb else defaults.export_max_bytes,
    )


def upload_timeouts_from(env: os._Environ[str] | dict[str, str]) -> UploadTimeouts:
    """Upload body timeouts from TWINSPACE_UPLOAD_IDLE_S, _MIN_RATE and _GRACE_S."""
    defaults = UploadTimeouts()
    return UploadTimeouts(
        idle_s=float(env.get("TWINSPACE_UPLOAD_IDLE_S") or defaults.idle_s),
        min_rate=float(env.get("TWINSPACE_UPLOAD_MIN_RATE") or defaults.min_rate),
        grace_s=float(env.get("TWINSPACE_UPLOAD_GRACE_S") or defaults.grace_s),
    )


def app_from_environment() -> Starlette:
    """uvicorn's factory for each worker process."""
    from ..app import create_app
    from ..collector import tune_for_serving

    settings = settings_from_environment()
    app = create_app(settings)
    tune_for_serving(settings.gc_young_threshold)  # after the imports: they are frozen
    return app


@click.group()
def main() -> None:
    """TwinSpace Live: the real-time server behind eTwinning TwinSpaces and Rooms."""


@main.command()
@click.option("--host", envvar="TWINSPACE_HOST", default=DEFAULT_HOST, show_default=True)
@click.option("--port", envvar="TWINSPACE_PORT", default=DEFAULT_PORT, type=int, show_default=True)
@click.option(
    "--data-dir",
    envvar="TWINSPACE_DATA_DIR",
    default=str(DEFAULT_DATA_DIR),
    show_default=True,
    help="Folder for the embedded SQLite database and the file store.",
)
@click.option(
    "--database-url",
    envvar="TWINSPACE_DATABASE_URL",
    default="",
    help="sqlite:///PATH or postgresql://USER@HOST/DB (default: SQLite in the data folder).",
)
@click.option(
    "--redis-url",
    envvar="TWINSPACE_REDIS_URL",
    default="",
    help=(
        "redis://HOST:PORT/DB for fan-out across processes, or redis+cluster://HOST:PORT for "
        "a Redis Cluster (default: in-process broker)."
    ),
)
@click.option("--workers", envvar="TWINSPACE_WORKERS", default=1, type=int, show_default=True)
@click.option(
    "--session-hours",
    envvar="TWINSPACE_SESSION_HOURS",
    default=14 * 24,
    type=float,
    show_default=True,
    help="How long a sign-in lasts.",
)
@click.option(
    "--ws-implementation",
    envvar="TWINSPACE_WS_IMPLEMENTATION",
    default="twinspace",
    type=click.Choice(list(WS_IMPLEMENTATIONS)),
    show_default=True,
    help="Our direct /ws transport, or one of uvicorn's through ASGI (docs/realtime.md).",
)
@click.option(
    "--max-file-mb",
    envvar="TWINSPACE_MAX_FILE_MB",
    default=ArchiveLimits().max_file_bytes / MIB,
    type=float,
    show_default=True,
    help="Largest file the archive takes, in MiB (larger uploads are stopped with 413).",
)
@click.option(
    "--space-quota-mb",
    envvar="TWINSPACE_SPACE_QUOTA_MB",
    default=ArchiveLimits().space_quota_bytes / MIB,
    type=float,
    show_default=True,
    help="Bytes one space's archive may hold, in MiB, versions and trash included.",
)
@click.option(
    "--log-level",
    envvar="TWINSPACE_LOG_LEVEL",
    default="info",
    type=click.Choice(["debug", "info", "warning", "error"]),
    show_default=True,
)
@click.option(
    "--log-format",
    envvar="TWINSPACE_LOG_FORMAT",
    default="text",
    type=click.Choice(["text", "json"]),
    show_default=True,
    help="json: one JSON object per line, with its request or connection id.",
)
@click.option(
    "--public-url",
    envvar="TWINSPACE_PUBLIC_URL",
    default="",
    help="The site's address as people reach it (https://twinspace.school.example): "
    "invitation links are made from it. Needed behind a proxy.",
)
@click.option(
    "--metrics-token",
    envvar="TWINSPACE_METRICS_TOKEN",
    default="",
    help="Bearer token for /metrics (without one, /metrics answers 404). Prefer the variable.",
)
@click.option(
    "--min-free-disk-mb",
    envvar="TWINSPACE_MIN_FREE_DISK_MB",
    default=1024.0,
    type=float,
    show_default=True,
    help="/readyz fails when the data folder's disk has less free space.",
)
@click.option(
    "--max-connections-per-account",
    envvar="TWINSPACE_MAX_WS_PER_ACCOUNT",
    default=DEFAULT_MAX_WS_PER_ACCOUNT,
    type=click.IntRange(min=1),
    show_default=True,
    help="Live WebSocket connections one account may hold, over every process (with Redis).",
)
def serve(
    host: str,
    port: int,
    data_dir: str,
    database_url: str,
    redis_url: str,
    workers: int,
    session_hours: float,
    ws_implementation: str,
    max_file_mb: float,
    space_quota_mb: float,
    log_level: str,
    log_format: str,
    public_url: str,
    metrics_token: str,
    min_free_disk_mb: float,
    max_connections_per_account: int,
) -> None:
    """Run the server (SQLite, in-process broker and local files by default)."""
    os.environ.pop("TWINSPACE_AUTO_MIGRATE", None)  # only ever set below, for the workers
    os.environ.update(
        {
            "TWINSPACE_HOST": host,
            "TWINSPACE_PORT": str(port),
            "TWINSPACE_DATA_DIR": data_dir,
            "TWINSPACE_DATABASE_URL": database_url,
            "TWINSPACE_REDIS_URL": redis_url,
            "TWINSPACE_WORKERS": str(workers),
            "TWINSPACE_SESSION_HOURS": str(session_hours),
            "TWINSPACE_LOG_LEVEL": log_level,
            "TWINSPACE_LOG_FORMAT": log_format,
            "TWINSPACE_PUBLIC_URL": public_url,
            "TWINSPACE_METRICS_TOKEN": metrics_token,
            "TWINSPACE_MIN_FREE_DISK_MB": str(min_free_disk_mb),
            "TWINSPACE_MAX_FILE_MB": str(max_file_mb),
            "TWINSPACE_SPACE_QUOTA_MB": str(space_quota_mb),
            "TWINSPACE_MAX_WS_PER_ACCOUNT": str(max_connections_per_account),
        }
    )
    try:
        settings = settings_from_environment()
        validate(settings)
    except ConfigError as exc:
        raise click.ClickException(exc.message) from exc
    if settings.effective_auto_migrate:
        # Once, here, rather than racing in every worker.
        run_or_explain(settings, migrate_database(settings))
        os.environ["TWINSPACE_AUTO_MIGRATE"] = "0"
    database = "PostgreSQL" if settings.effective_database_url.startswith("postgres") else "SQLite"
    broker = "Redis" if settings.redis_url else "in-process"
    banner = (
        f"TwinSpace Live: open http://{host}:{port}/  "
        f"(data in {settings.data_dir.resolve()}, {database}, {broker} broker)"
    )
    if log_format == "json":  # every line of a JSON log is JSON, this one too
        from ..observability.logs import logging_config

        logging.config.dictConfig(logging_config(log_level, log_format))
        logging.getLogger("twinspace").info("%s", banner)
    else:
        click.echo(banner, err=True)
    with metrics_directory(workers):
        run_uvicorn(settings, ws_implementation)


def run_uvicorn(settings: Settings, ws_implementation: str) -> None:
    from ..observability.logs import logging_config
    from ..websocket.transport import keepalive_interval_s

    uvicorn.run(
        "server.cli:app_from_environment",
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=settings.workers,
        timeout_worker_healthcheck=settings.worker_healthcheck_s,
        loop="uvloop",
        http="httptools",
        ws=WS_IMPLEMENTATIONS[ws_implementation],
        # The levels are set by our logging config (not this, which would lift uvicorn's
        # frame dumps to DEBUG).
        log_level=None,
        # Our handlers and formats for every logger, in every worker; our own access log
        # (server.observability.logs.RequestContext) replaces uvicorn's.
        log_config=logging_config(settings.log_level, settings.log_format),
        access_log=False,
        proxy_headers=False,
        server_header=False,
        # A frame over the protocol's limit is refused by the WebSocket layer (close 1009).
        ws_max_size=settings.ws_limits.max_frame_bytes,
        # permessage-deflate costs about 50 KiB per connection for frames of a few hundred
        # bytes that barely compress: off.
        ws_per_message_deflate=False,
        # Protocol-level pings find half-open sockets that the app-level idle timeout would
        # only notice later; a client that beats on time is never pinged.
        ws_ping_interval=keepalive_interval_s(settings.ws_limits.heartbeat_interval_ms),
        ws_ping_timeout=WS_PING_TIMEOUT_S,
        # Seconds to let connections finish on shutdown before they are cut.
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_S,
    )


@contextlib.contextmanager
def metrics_directory(workers: int) -> Iterator[None]:
    """With several workers, a fresh directory for prometheus_client's multiprocess mode
    (set before the workers start, removed after they stop); one process needs none."""
    from ..http.exposition import MULTIPROC_ENV

    if workers < 2:
        os.environ.pop(MULTIPROC_ENV, None)
        yield
        return
    directory = tempfile.mkdtemp(prefix="twinspace-metrics-")
    os.environ[MULTIPROC_ENV] = directory
    try:
        yield
    finally:
        os.environ.pop(MULTIPROC_ENV, None)
        shutil.rmtree(directory, ignore_errors=True)


@main.command("migrate")
@click.option("--data-dir", envvar="TWINSPACE_DATA_DIR", default=str(DEFAULT_DATA_DIR))
@click.option("--database-url", envvar="TWINSPACE_DATABASE_URL", default="")
def migrate_command(data_dir: str, database_url: str) -> None:
    """Bring the database schema up to this version (Alembic)."""
    settings = Settings(data_dir=Path(data_dir), database_url=database_url or None)
    run_or_explain(settings, migrate_database(settings))
    click.echo("database is up to date", err=True)


async def migrate_database(settings: Settings) -> None:
    engine = create_engine(settings.effective_database_url)
    try:
        await migrate(engine)
    finally:
        await engine.dispose()


def run_or_explain(settings: Settings, work: Coroutine[Any, Any, object]) -> None:
    """Run a coroutine; show our errors and bad settings as one clear line, exit 1."""
    try:
        validate(settings, check_port=False)
        asyncio.run(work)
    except (TwinspaceError, ValueError) as exc:
        message = exc.message if isinstance(exc, TwinspaceError) else str(exc)
        raise click.ClickException(message) from exc
    except sa_exc.DBAPIError as exc:  # no such database, refused password, unreadable file...
        raise click.ClickException(f"cannot use the database: {exc.orig}") from exc
    except OSError as exc:
        raise click.ClickException(f"cannot reach the database: {exc.strerror or exc}") from exc


@main.group()
def admin() -> None:
    """The operator's commands (everything here is written to the audit log)."""


@admin.command("create-national-admin")
@click.option("--country", required=True, help="ISO 3166-1 alpha-2 code, e.g. FR.")
@click.option("--email", required=True)
@click.option("--display-name", required=True)
@click.option(
    "--password-stdin",
    is_flag=True,
    help="Read the password from standard input instead of generating one.",
)
@click.option("--data-dir", envvar="TWINSPACE_DATA_DIR", default=str(DEFAULT_DATA_DIR))
@click.option("--database-url", envvar="TWINSPACE_DATABASE_URL", default="")
def create_national_admin(
    country: str,
    email: str,
    display_name: str,
    password_stdin: bool,
    data_dir: str,
    database_url: str,
) -> None:
    """Create the national admin of one country."""
    from ..services.accounts import create_national_admin as create

    country = country.upper()
    if not re.fullmatch(r"[A-Z]{2}", country):
        raise click.BadParameter("a two-letter country code such as FR", param_hint="--country")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        raise click.BadParameter("an e-mail address", param_hint="--email")
    password = sys.stdin.readline().rstrip("\n") if password_stdin else secrets.token_urlsafe(15)
    if len(password) < 10:
        raise click.BadParameter("at least 10 characters", param_hint="password")
    settings = Settings(data_dir=Path(data_dir), database_url=database_url or None)

    async def run() -> int:
        engine = create_engine(settings.effective_database_url)
        try:
            if settings.effective_auto_migrate:
                await migrate(engine)
            async with make_sessionmaker(engine)() as db, db.begin():
                account = await create(
                    db,
                    Secrets(),
                    SystemClock().now(),
                    email=email,
                    password=password,
                    display_name=display_name,
                    country=country,
                )
                return account.id
        finally:
            await engine.dispose()

    run_or_explain(settings, run())
    click.echo(f"national admin for {country} created: {email}")
    if not password_stdin:
        click.echo(f"password (shown once): {password}")


# Operations (issue #11): users, suspend/reinstate, validate-teachers, space, backup, restore.
from .ops import register as register_operations  # noqa: E402

register_operations(main, admin)

# Groups (issue 21): featured groups, their moderators.
from .groups import group as group_commands  # noqa: E402

admin.add_command(group_commands)
# -- file archive (issue 6) -------------------------------------------------------------------


@main.group()
def archive() -> None:
    """The file archive's maintenance."""


@archive.command("check")
@click.option("--data-dir", envvar="TWINSPACE_DATA_DIR", default=str(DEFAULT_DATA_DIR))
@click.option("--database-url", envvar="TWINSPACE_DATABASE_URL", default="")
@click.option(
    "--collect-orphans",
    is_flag=True,
    help="Remove blobs no file refers to, once older than the grace period.",
)
@click.option(
    "--grace-minutes",
    default=60.0,
    type=float,
    show_default=True,
    help="Orphans and stale uploads younger than this are left alone (uploads in flight).",
)
@click.option("--no-rehash", is_flag=True, help="Compare sizes only; skip re-hashing every blob.")
def archive_check(
    data_dir: str, database_url: str, collect_orphans: bool, grace_minutes: float, no_rehash: bool
) -> None:
    """Check every blob against the database: missing, corrupt (re-hashed) and orphaned.

    Exits with status 1 when a blob is missing or corrupt."""
    from ..blobs import open_blob_store
    from ..services.archive_check import CheckReport, check_archive

    env = os.environ
    settings = Settings(
        data_dir=Path(data_dir),
        database_url=database_url or None,
        blobs_url=env.get("TWINSPACE_BLOBS_URL") or None,
        blobs_access_key_id=env.get("TWINSPACE_BLOBS_ACCESS_KEY_ID") or None,
        blobs_secret_access_key=env.get("TWINSPACE_BLOBS_SECRET_ACCESS_KEY") or None,
    )
    found: list[CheckReport] = []

    async def run() -> None:
        engine = create_engine(settings.effective_database_url)
        store = open_blob_store(
            settings.blobs_url,
            settings.files_dir,
            settings.blobs_access_key_id,
            settings.blobs_secret_access_key,
        )
        try:
            await store.start()
            found.append(
                await check_archive(
                    make_sessionmaker(engine),
                    store,
                    SystemClock().now(),
                    grace=dt.timedelta(minutes=grace_minutes),
                    collect=collect_orphans,
                    rehash=not no_rehash,
                )
            )
        finally:
            await store.close()
            await engine.dispose()

    run_or_explain(settings, run())
    report = found[0]
    for label, digests in (
        ("missing", report.missing),
        ("corrupt", report.corrupt),
        ("orphaned", report.orphaned),
        ("collected", report.collected),
    ):
        for digest in digests:
            click.echo(f"{label} {digest}")
    click.echo(
        f"{report.checked} blobs checked: {len(report.missing)} missing, "
        f"{len(report.corrupt)} corrupt, {len(report.orphaned)} orphaned, "
        f"{len(report.collected)} collected, {report.stale_uploads_removed} stale uploads removed"
    )
    if not report.healthy:
        sys.exit(1)


# -- video (issue 7): does a session's media really flow through the SFU? ---------------------


@main.command("video-probe")
@click.argument("room", type=int)
@click.option("--seconds", default=3.0, type=float, show_default=True, help="How long to count.")
@click.option("--janus-url", envvar="TWINSPACE_JANUS_URL", required=True)
@click.option("--janus-admin-key", envvar="TWINSPACE_JANUS_ADMIN_KEY", required=True)
def video_probe(room: int, seconds: float, janus_url: str, janus_admin_key: str) -> None:
    """Subscribe to every publisher of a session's Janus room (ROOM: the session id) and print
    the frames decoded from each, as JSON. Exits with status 1 if a publisher sent no video
    or nobody publishes."""
    import json

    from ..services.video.janus import JanusError, JanusSfu

    try:
        from ..services.video.probe import probe_room
    except ModuleNotFoundError as exc:
        click.echo(
            f"error: the probe's WebRTC peer needs aiortc ({exc.name} is missing): "
            "pip install 'twinspace-live[loadtest]'",
            err=True,
        )
        sys.exit(2)

    try:
        tallies = asyncio.run(probe_room(JanusSfu(janus_url, janus_admin_key), room, seconds))
    except JanusError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    click.echo(json.dumps({str(feed): tally for feed, tally in tallies.items()}))
    if not tallies or any(tally.get("video", 0) == 0 for tally in tallies.values()):
        sys.exit(1)


# Privacy (issue 9): `twinspace audit purge`.
from .privacy import audit as audit_group  # noqa: E402

main.add_command(audit_group)

# Issue 17: `twinspace mail list|read`, the embedded default's mail folder.
from .mail import mail as mail_group  # noqa: E402

main.add_command(mail_group)

# Issue 20: `twinspace check-catalogue [LANG ...]`, the translators' check of web/locales/*.ftl.
from .catalogue import check_catalogue  # noqa: E402

main.add_command(check_catalogue)
