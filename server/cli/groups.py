"""The operator's commands for groups (issue 21): ``twinspace admin group create`` (a
featured group, handed to its moderators), ``feature``/``unfeature`` and ``moderator``."""

from __future__ import annotations

import json

import click
import msgspec
from sqlalchemy.ext.asyncio import AsyncSession

from protocol import group_api
from protocol.vocabulary import GroupAccess

from ..clock import SystemClock
from ..services import group_operator
from ..services import operator as operator_service
from .ops import run, settings_of, storage_options


@click.group("group")
def group() -> None:
    """Featured groups: create, mark, hand to moderators."""


@group.command("create")
@click.option("--title", required=True)
@click.option("--topic", required=True, help="What the directory finds it by.")
@click.option("--language", required=True, help="The language it speaks (en, fr, pt-BR …).")
@click.option("--description", default="")
@click.option("--closed", is_flag=True, help="Joined by a request a moderator accepts.")
@click.option(
    "--moderator",
    "moderators",
    multiple=True,
    help="An eTwinner (id or e-mail) to moderate it; repeat for more.",
)
@storage_options
def create(
    title: str,
    topic: str,
    language: str,
    description: str,
    closed: bool,
    moderators: tuple[str, ...],
    data_dir: str,
    database_url: str,
    redis_url: str,
) -> None:
    """Create a featured group (shown first in the directory), with its moderators."""
    try:
        body = msgspec.convert(
            {
                "title": title,
                "topic": topic,
                "language": language,
                "description": description,
                "access": (GroupAccess.CLOSED if closed else GroupAccess.OPEN).value,
            },
            group_api.CreateGroup,
        )
    except msgspec.ValidationError as error:
        raise click.UsageError(str(error)) from error

    async def work(db: AsyncSession) -> int:
        now = SystemClock().now()
        space, _ = await group_operator.create_featured(db, body, now)
        for reference in moderators:
            account = await operator_service.account_by_reference(db, reference)
            await group_operator.appoint_moderator(db, space.id, account, now, "featured group")
        return space.id

    created = run(settings_of(data_dir, database_url, redis_url), work)
    click.echo(json.dumps({"id": created, "featured": True, "moderators": list(moderators)}))


def featured_command(name: str, featured: bool, summary: str) -> click.Command:
    @click.command(name, help=summary)
    @click.argument("group_id", type=int)
    @click.option("--reason", default="", help="Why; written to the group's audit log.")
    @storage_options
    def command(
        group_id: int, reason: str, data_dir: str, database_url: str, redis_url: str
    ) -> None:
        async def work(db: AsyncSession) -> bool:
            changed = await group_operator.set_featured(
                db, group_id, featured, SystemClock().now(), reason
            )
            return changed.featured

        now = run(settings_of(data_dir, database_url, redis_url), work)
        click.echo(f"group {group_id} is {'featured' if now else 'not featured'}")

    return command


group.add_command(
    featured_command("feature", True, "Mark a group featured (first in the directory).")
)
group.add_command(featured_command("unfeature", False, "Mark a group no longer featured."))


@group.command("moderator")
@click.argument("group_id", type=int)
@click.argument("account")
@click.option("--reason", default="", help="Why; written to the group's audit log.")
@storage_options
def moderator(
    group_id: int, account: str, reason: str, data_dir: str, database_url: str, redis_url: str
) -> None:
    """Make an eTwinner (id or e-mail) a moderator of a group, adding them if not a member."""

    async def work(db: AsyncSession) -> str:
        target = await operator_service.account_by_reference(db, account)
        role = await group_operator.appoint_moderator(
            db, group_id, target, SystemClock().now(), reason
        )
        return role.value

    role = run(settings_of(data_dir, database_url, redis_url), work)
    click.echo(
        f"{account} is {'the owner' if role == 'founder' else 'a moderator'} of group {group_id}"
    )
