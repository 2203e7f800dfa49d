"""The `allowed` lists of the API answers: the policy's capabilities (server/policy/
capabilities.py) filled in with the facts of each thread, post, file and folder.

Only HTTP answers carry them: a live event goes to every subscriber alike, so
:func:`protocol.events.event_data` strips them from event data, and a client asks over HTTP
for what it may do with what an event brought (docs/web-client.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TypeVar

import msgspec
from sqlalchemy.ext.asyncio import AsyncSession

from protocol import api
from protocol.vocabulary import TEACHERS_ONLY_AREAS, AccountId, AccountKind, Role
from storage.models import (
    Account,
    ArchiveFile,
    ArchiveFolder,
    ForumPost,
    ForumThread,
    Membership,
    Space,
)
from storage.repositories import forums as forum_repo
from storage.repositories import spaces as space_repo

from ..policy import FileFacts, SpaceAction
from ..policy.capabilities import (
    Asker,
    Member,
    assignable_roles,
    invite_roles,
    item_allowed,
    member_allowed,
    post_allowed,
    space_allowed,
    thread_allowed,
)
from .access import SpaceAccess, actor_of, member_target, membership_facts, space_facts
from .context import RequestContext
from .forum_view import People, post_out, post_target, thread_out, thread_target

ItemOut = TypeVar("ItemOut", bound=api.FileOut | api.FolderOut)


def asker_of(access: SpaceAccess, actor: Account, now: dt.datetime) -> Member:
    return Member(
        actor_of(actor), membership_facts(access.membership, now), space_facts(access.space)
    )


# -- forum ----------------------------------------------------------------------------------


def post_for(
    asker: Asker, people: People, post: ForumPost, thread: ForumThread, now: dt.datetime
) -> api.PostOut:
    target = post_target(people, post, thread, now)
    allowed = post_allowed(asker, target, post.state)
    return msgspec.structs.replace(post_out(people, post), allowed=allowed)


def thread_for(asker: Asker, people: People, thread: ForumThread, unread: int = 0) -> api.ThreadOut:
    allowed = thread_allowed(
        asker,
        thread_target(people, thread),
        pinned=thread.pinned,
        teachers_area=thread.area in TEACHERS_ONLY_AREAS,
    )
    return msgspec.structs.replace(thread_out(people, thread, unread), allowed=allowed)


# -- archive --------------------------------------------------------------------------------


async def roles_of_owners(
    session: AsyncSession, space_id: int, items: Iterable[ArchiveFile | ArchiveFolder]
) -> dict[int, Role]:
    """The roles of a listing's items' owners who are members: one query on the owners
    alone, not the member list (a group has thousands of members, issue 21)."""
    owners = {
        owner
        for item in items
        if (owner := item.owner_id if isinstance(item, ArchiveFile) else item.created_by_id)
        is not None
    }
    rows = await space_repo.members_among(session, space_id, owners)
    return {account_id: role for account_id, role, _ in rows}


def owner_of(item: ArchiveFile | ArchiveFolder, roles: dict[int, Role]) -> FileFacts:
    owner = item.owner_id if isinstance(item, ArchiveFile) else item.created_by_id
    if owner is None:
        return FileFacts(account_id=None, role=None)
    return FileFacts(account_id=AccountId(owner), role=roles.get(owner))


def with_item_allowed(
    asker: Asker,
    roles: dict[int, Role],
    item: ArchiveFile | ArchiveFolder,
    out: ItemOut,
) -> ItemOut:
    allowed = item_allowed(
        asker,
        owner_of(item, roles),
        trashed=item.trashed_at is not None,
        file=isinstance(item, ArchiveFile),
    )
    return msgspec.structs.replace(out, allowed=allowed)


async def item_answer(
    req: RequestContext, access: SpaceAccess, item: ArchiveFile | ArchiveFolder, out: ItemOut
) -> ItemOut:
    """One item's answer with what the caller may do with it now (one query: its owner)."""
    session, actor, now = req.db, req.actor, req.now
    owner = item.owner_id if isinstance(item, ArchiveFile) else item.created_by_id
    roles: dict[int, Role] = {}
    if owner is not None:
        membership = await space_repo.get_membership(session, access.space.id, owner)
        if membership is not None:
            roles[owner] = membership.role
    return with_item_allowed(asker_of(access, actor, now), roles, item, out)


# -- the space and its members (issue 17) -----------------------------------------------------


async def space_answer(req: RequestContext, access: SpaceAccess, out: api.SpaceOut) -> api.SpaceOut:
    """One space's answer with what the caller may do with it (one query: its founders)."""
    session, actor, now = req.db, req.actor, req.now
    asker = asker_of(access, actor, now)
    founders = await space_repo.count_founders(session, access.space.id)
    allowed = space_allowed(asker, archived=access.space.archived_at is not None, founders=founders)
    pending = None
    if asker.may(SpaceAction.SEE_MODERATION):
        pending = (await forum_repo.waiting_counts(session, [access.space.id]))[access.space.id]
    return msgspec.structs.replace(
        out, allowed=allowed, invite_roles=invite_roles(asker, access.space.kind), pending=pending
    )


def member_answers(
    access: SpaceAccess,
    actor: Account,
    members: list[tuple[Membership, Account]],
    now: dt.datetime,
    founders: int | None = None,
) -> list[api.MemberOut]:
    """The members' list as the caller may see it, with what the caller may do with each.
    ``founders``: how many the space has, when ``members`` is one page of them (else counted
    from the list)."""
    asker = asker_of(access, actor, now)
    space: Space = access.space
    sees_emails = asker.may(SpaceAction.SEE_MEMBER_EMAILS)
    if founders is None:
        founders = sum(1 for membership, _ in members if membership.role is Role.FOUNDER)
    answers = []
    for membership, account in members:
        target = member_target(membership, account, founders=founders)
        answers.append(
            api.MemberOut(
                account_id=account.id,
                display_name=account.display_name,
                role=membership.role,
                kind=account.kind,
                email=account.email if sees_emails else None,
                username=(
                    account.username if sees_emails and account.kind is AccountKind.PUPIL else None
                ),
                muted_until=membership.muted_until,
                allowed=member_allowed(asker, target, space.kind),
                assignable_roles=assignable_roles(asker, target, space.kind),
            )
        )
    return answers
