"""The operator's commands (issue #11): find accounts, suspend and reinstate, validate teachers
in bulk, show and purge a space, and back up and restore the database with the file store.

Every change goes through the same domain services as the HTTP API, with the operator as
actor None, and is written to the audit log. Live effects (closing a suspended account's
sockets on every process) are sent through Redis once committed: give the servers' Redis URL
(--redis-url or TWINSPACE_REDIS_URL).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from pathlib import Path
from typing import Any, TypeVar

import click
from alembic.script import ScriptDirectory
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from protocol.errors import TwinspaceError
from protocol.vocabulary import AccountKind, AccountStatus
from storage import backup as db_backup
from storage.backup import BackupError
from storage.database import (
    alembic_config,
    create_engine,
    current_revision,
    head_revision,
    make_sessionmaker,
    migrate,
)
from storage.models import Account
from storage.repositories import operator as operator_repo
from storage.repositories import outbox as outbox_repo

from .. import cli as base
from ..clock import SystemClock
from ..config import DEFAULT_DATA_DIR, Settings, video_settings_from
from ..ops import backup as archive
from ..ops.live import announce
from ..services import accounts as account_service
from ..services import operator as operator_service
from ..services.outbox import take_outbox, write_rows

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])

NOT_ANNOUNCED = (
    "warning: no --redis-url (TWINSPACE_REDIS_URL): the change is stored, but a running "
    "server with the in-process broker is not told at once; its session sweep closes the "
    "affected live connections within 15 seconds"
)


def storage_options(function: F) -> F:
    """--data-dir, --database-url and --redis-url, as `serve` takes them."""
    for option in reversed(
        [
            click.option("--data-dir", envvar="TWINSPACE_DATA_DIR", default=str(DEFAULT_DATA_DIR)),
            click.option("--database-url", envvar="TWINSPACE_DATABASE_URL", default=""),
            click.option(
                "--redis-url",
                envvar="TWINSPACE_REDIS_URL",
                default="",
                help="The servers' Redis, to close live connections on every process.",
            ),
        ]
    ):
        function = option(function)
    return function


def settings_of(data_dir: str, database_url: str, redis_url: str = "") -> Settings:
    return Settings(
        data_dir=Path(data_dir), database_url=database_url or None, redis_url=redis_url or None
    )


class Transactions:
    """One engine for a command; each ``run(work)`` is its own transaction, whose live
    effects are sent once it has committed."""

    def __init__(self, settings: Settings, engine: AsyncEngine) -> None:
        self.settings = settings
        self.sessionmaker = make_sessionmaker(engine)
        write_rows(self.sessionmaker)  # without Redis, a running server's sweep sends them
        self.warned = False

    async def run(self, work: Callable[[AsyncSession], Awaitable[T]]) -> T:
        async with self.sessionmaker() as db:
            async with db.begin():
                result = await work(db)
            outbox = take_outbox(db)
        sent = await announce(outbox, self.settings.redis_url)
        if sent is None and not self.warned:
            self.warned = True
            click.echo(NOT_ANNOUNCED, err=True)
        if sent:
            async with self.sessionmaker() as db, db.begin():
                await outbox_repo.delete_ids(db, sent)
        return result


@contextlib.asynccontextmanager
async def transactions(settings: Settings) -> AsyncIterator[Transactions]:
    engine = create_engine(settings.effective_database_url)
    try:
        if settings.effective_auto_migrate:
            await migrate(engine)
        yield Transactions(settings, engine)
    finally:
        await engine.dispose()


async def in_transaction(settings: Settings, work: Callable[[AsyncSession], Awaitable[T]]) -> T:
    async with transactions(settings) as transaction:
        return await transaction.run(work)


def run(settings: Settings, work: Callable[[AsyncSession], Awaitable[T]]) -> T:
    box: list[T] = []

    async def go() -> None:
        box.append(await in_transaction(settings, work))

    base.run_or_explain(settings, go())
    return box[0]


def account_row(account: Account) -> dict[str, Any]:
    return {
        "id": account.id,
        "kind": account.kind.value,
        "status": account.status.value,
        "country": account.country,
        "email": account.email,
        "username": account.username,
        "display_name": account.display_name,
    }


def echo_table(rows: list[dict[str, Any]], columns: list[str]) -> None:
    cells = [[("" if row[c] is None else str(row[c])) for c in columns] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    for row in cells:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


def register(main: click.Group, admin: click.Group) -> None:
    admin.add_command(users)
    admin.add_command(suspend)
    admin.add_command(reinstate)
    admin.add_command(validate_teachers)
    admin.add_command(space)
    main.add_command(backup)
    main.add_command(restore)


# -- accounts -------------------------------------------------------------------------------


@click.command()
@click.option("--email", help="A part of the e-mail address (case does not matter).")
@click.option("--kind", type=click.Choice([k.value for k in AccountKind]))
@click.option("--status", type=click.Choice([s.value for s in AccountStatus]))
@click.option("--country", help="Two-letter country code.")
@click.option("--limit", default=100, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@storage_options
def users(
    email: str | None,
    kind: str | None,
    status: str | None,
    country: str | None,
    limit: int,
    as_json: bool,
    data_dir: str,
    database_url: str,
    redis_url: str,
) -> None:
    """List and find accounts by e-mail, kind, status and country."""

    async def work(db: AsyncSession) -> list[dict[str, Any]]:
        found = await operator_repo.find_accounts(
            db,
            email=email,
            kind=AccountKind(kind) if kind else None,
            status=AccountStatus(status) if status else None,
            country=country,
            limit=limit,
        )
        return [account_row(account) for account in found]

    rows = run(settings_of(data_dir, database_url), work)
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    if not rows:
        click.echo("no account matches", err=True)
        return
    echo_table(rows, ["id", "kind", "status", "country", "email", "username", "display_name"])


def status_command(change: str, summary: str) -> click.Command:
    @click.command(change, help=summary)
    @click.argument("account")
    @click.option("--reason", required=True, help="Why; written to the audit log.")
    @storage_options
    def command(
        account: str, reason: str, data_dir: str, database_url: str, redis_url: str
    ) -> None:
        async def work(db: AsyncSession) -> Account:
            target = await operator_service.account_by_reference(db, account)
            now = SystemClock().now()
            # The running server's SFU, from the same variables: a suspension takes the
            # account off the webinars' stages at Janus too.
            video = video_settings_from(os.environ)
            return await account_service.change_status(
                db, None, target.id, change, now, reason, video
            )

        changed = run(settings_of(data_dir, database_url, redis_url), work)
        click.echo(f"account {changed.id} is now {changed.status.value}")

    return command


suspend = status_command(
    "suspend", "Suspend an account (ID or e-mail): its sessions and live connections end."
)
reinstate = status_command("reinstate", "Reinstate a suspended account (ID or e-mail).")


@click.command("validate-teachers")
@click.argument("accounts", nargs=-1)
@click.option(
    "--file",
    "from_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A file of account ids or e-mail addresses, one a line ('#' starts a comment).",
)
@click.option("--reason", default="validated by the operator", show_default=True)
@storage_options
def validate_teachers(
    accounts: tuple[str, ...],
    from_file: Path | None,
    reason: str,
    data_dir: str,
    database_url: str,
    redis_url: str,
) -> None:
    """Validate pending teachers in bulk (ids or e-mails); each one on its own, so one refusal
    stops no other. Exits 1 if any was refused."""
    references = list(accounts)
    if from_file is not None:
        for line in from_file.read_text(encoding="utf-8").splitlines():
            entry = line.split("#", 1)[0].strip()
            if entry:
                references.append(entry)
    if not references:
        raise click.UsageError("give account ids or e-mails, or --file")
    settings = settings_of(data_dir, database_url, redis_url)

    async def validate_all() -> list[tuple[str, str | None]]:
        outcomes: list[tuple[str, str | None]] = []
        async with transactions(settings) as transaction:
            for reference in references:
                outcomes.append((reference, await validate_one(transaction, reference)))
        return outcomes

    async def validate_one(transaction: Transactions, reference: str) -> str | None:
        """None once validated, else why not."""

        async def work(db: AsyncSession) -> None:
            target = await operator_service.account_by_reference(db, reference)
            if target.kind is not AccountKind.TEACHER:
                raise TwinspaceError(f"account {target.id} is not a teacher")
            now = SystemClock().now()
            await account_service.change_status(db, None, target.id, "validate", now, reason)

        try:
            await transaction.run(work)
        except TwinspaceError as exc:
            return exc.message
        return None

    box: list[list[tuple[str, str | None]]] = []

    async def go() -> None:
        box.append(await validate_all())

    base.run_or_explain(settings, go())
    refused = 0
    for reference, problem in box[0]:
        if problem is None:
            click.echo(f"validated {reference}")
        else:
            refused += 1
            click.echo(f"refused {reference}: {problem}", err=True)
    click.echo(f"{len(box[0]) - refused} validated, {refused} refused", err=True)
    if refused:
        raise SystemExit(1)


# -- spaces ---------------------------------------------------------------------------------


@click.group()
def space() -> None:
    """Show or purge a space."""


@space.command("show")
@click.argument("space_id", type=int)
@click.option("--json", "as_json", is_flag=True)
@storage_options
def show_space(
    space_id: int, as_json: bool, data_dir: str, database_url: str, redis_url: str
) -> None:
    """A space's members and figures."""

    async def work(db: AsyncSession) -> dict[str, Any]:
        report = await operator_service.space_report(db, space_id)
        found = report.space
        return {
            "id": found.id,
            "kind": found.kind.value,
            "title": found.title,
            "created_at": found.created_at.isoformat(),
            "archived": found.archived_at is not None,
            "roles": report.roles,
            "rows": report.rows,
            "members": [
                {**account_row(account), "role": membership.role.value}
                for membership, account in report.members
            ],
        }

    shown = run(settings_of(data_dir, database_url), work)
    if as_json:
        click.echo(json.dumps(shown, ensure_ascii=False, indent=1))
        return
    archived = ", archived" if shown["archived"] else ""
    click.echo(f"space {shown['id']} ({shown['kind']}{archived}): {shown['title']}")
    click.echo(f"created {shown['created_at']}")
    click.echo("roles: " + ", ".join(f"{r} {n}" for r, n in sorted(shown["roles"].items())))
    click.echo("rows: " + ", ".join(f"{t} {n}" for t, n in sorted(shown["rows"].items())))
    echo_table(shown["members"], ["id", "role", "kind", "status", "email", "display_name"])


@space.command("purge")
@click.argument("space_id", type=int)
@click.option("--reason", required=True, help="Why; written to the audit log.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@storage_options
def purge_space(
    space_id: int, reason: str, yes: bool, data_dir: str, database_url: str, redis_url: str
) -> None:
    """Delete a space and everything in it, for good; live subscriptions end at once."""
    if not yes:
        click.confirm(f"Delete space {space_id} and everything in it, for good?", abort=True)

    # The servers' Janus (TWINSPACE_JANUS_*), to destroy the rooms of the space's sessions.
    video = video_settings_from(os.environ)

    async def work(db: AsyncSession) -> dict[str, int]:
        return await operator_service.purge_space(db, space_id, SystemClock().now(), reason, video)

    rows = run(settings_of(data_dir, database_url, redis_url), work)
    gone = ", ".join(f"{table} {count}" for table, count in sorted(rows.items()))
    click.echo(f"space {space_id} purged ({gone})")


# -- backup and restore ---------------------------------------------------------------------


def known_revisions() -> set[str]:
    scripts = ScriptDirectory.from_config(alembic_config())
    return {script.revision for script in scripts.walk_revisions()}


@click.command()
@click.argument("output", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--data-dir", envvar="TWINSPACE_DATA_DIR", default=str(DEFAULT_DATA_DIR))
@click.option("--database-url", envvar="TWINSPACE_DATABASE_URL", default="")
def backup(output: Path, data_dir: str, database_url: str) -> None:
    """Save the database and the file store (<data-dir>/files) in one tar archive (.tar, or
    .tar.gz to compress), while the server runs."""
    settings = settings_of(data_dir, database_url)
    if output.exists():
        raise click.ClickException(f"{output} exists already: choose a new name")
    box: list[archive.Summary] = []

    async def go() -> None:
        engine = create_engine(settings.effective_database_url)
        try:
            revision = await current_revision(engine)
        finally:
            await engine.dispose()
        if revision is None:
            raise TwinspaceError("the database has no schema: nothing to back up")
        box.append(
            await asyncio.to_thread(
                archive.create,
                output,
                settings.effective_database_url,
                settings.files_dir,
                revision,
            )
        )

    explain_backup_errors(settings, go())
    summary = box[0]
    if os.environ.get("TWINSPACE_BLOBS_URL"):
        click.echo(
            "note: the file store is an S3 bucket (TWINSPACE_BLOBS_URL): this backup holds the "
            "database only; back the bucket up with the object store's own tools "
            "(docs/deployment.md, Backup and restore)",
            err=True,
        )
    click.echo(
        f"backup written to {output}: schema {summary.revision}, {summary.backend} database "
        f"({summary.database_bytes} bytes), {summary.files} files ({summary.file_bytes} bytes)"
    )


@click.command()
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--data-dir", envvar="TWINSPACE_DATA_DIR", default=str(DEFAULT_DATA_DIR))
@click.option("--database-url", envvar="TWINSPACE_DATABASE_URL", default="")
@click.option(
    "--force",
    is_flag=True,
    help="Replace a database or file store that is not empty, and accept an older schema "
    "of this version's history (migrated after the restore).",
)
def restore(source: Path, data_dir: str, database_url: str, force: bool) -> None:
    """Bring back a backup into an empty database and file store (stop the server first)."""
    settings = settings_of(data_dir, database_url)
    url = settings.effective_database_url
    box: list[dict[str, Any]] = []

    async def go() -> None:
        engine = create_engine(url)
        try:
            rows = await db_backup.row_count(engine)
        finally:
            await engine.dispose()
        files_empty = archive.store_is_empty(settings.files_dir)
        head = head_revision()

        def check(manifest: dict[str, Any]) -> None:
            revision = manifest.get("schema_revision")
            if revision != head:
                if revision not in known_revisions():
                    raise TwinspaceError(
                        f"the backup's schema {revision} is unknown to this version "
                        f"(at {head}): restore it with the version that made it"
                    )
                if not force:
                    raise TwinspaceError(
                        f"the backup's schema is {revision} but this version is at {head}: "
                        "use --force to restore it and migrate"
                    )
            if (rows or not files_empty) and not force:
                raise TwinspaceError(
                    f"the target is not empty ({rows} database rows, "
                    f"file store {'empty' if files_empty else 'not empty'}): "
                    "use --force to replace it"
                )

        box.append(
            await asyncio.to_thread(
                archive.restore_files_and_database, source, url, settings.files_dir, check
            )
        )
        if box[0]["schema_revision"] != head:
            engine = create_engine(url)
            try:
                await migrate(engine)
            finally:
                await engine.dispose()

    explain_backup_errors(settings, go())
    manifest = box[0]
    click.echo(
        f"restored {source} (made {manifest['created_at']}, schema "
        f"{manifest['schema_revision']}, {len(manifest['files'])} files)"
    )


def explain_backup_errors(settings: Settings, work: Coroutine[Any, Any, None]) -> None:
    try:
        base.run_or_explain(settings, work)
    except BackupError as exc:
        raise click.ClickException(str(exc)) from exc
