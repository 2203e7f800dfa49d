"""Featured groups (issue 21): created, marked and handed to moderators by the operator from
the command line (actor None, as in services/operator.py), and handed to moderators by a
national admin too. Every change is in the group's audit log in the same transaction."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.ext.asyncio import AsyncSession

from protocol import api, group_api
from protocol.errors import Conflict, NotFound, present
from protocol.event_payloads import MemberShown
from protocol.events import EventName
from protocol.vocabulary import AccountKind, AccountStatus, AuditAction, Role, SpaceKind
from storage.models import Account, Group, Space
from storage.repositories import accounts as account_repo
from storage.repositories import audit as audit_repo
from storage.repositories import groups as group_repo
from storage.repositories import spaces as space_repo

from ..policy import AccountAction, AccountFacts, decide_account
from .access import NO_SUCH_SPACE, actor_of, enforce
from .commands import MembershipChanged
from .context import RequestContext
from .groups import add_group
from .members import add_membership, space_channel
from .outbox import outbox_of
from .spaces import new_space

NO_SUCH_GROUP = "no such group"


async def group_by_id(session: AsyncSession, space_id: int) -> tuple[Space, Group]:
    space = await space_repo.get(session, space_id)
    group = await group_repo.get(session, space_id) if space is not None else None
    if space is None or group is None or space.kind is not SpaceKind.GROUP:
        raise NotFound(NO_SUCH_GROUP)
    return space, group


async def create_featured(
    session: AsyncSession, body: group_api.CreateGroup, now: dt.datetime
) -> tuple[Space, Group]:
    """A featured group with no owner: its moderators are appointed by the operator (or a
    national admin). Without an owner no one archives or deletes it but the operator."""
    space, _ = await new_space(
        session, SpaceKind.GROUP, body.title, body.description, creator=None, now=now
    )
    group = add_group(session, space, body, featured=True, now=now)
    audit_repo.record(
        session, now=now, action=AuditAction.GROUP_FEATURED, actor_id=None, space_id=space.id
    )
    await session.flush()
    return space, group


async def set_featured(
    session: AsyncSession, space_id: int, featured: bool, now: dt.datetime, reason: str
) -> Group:
    _, group = await group_by_id(session, space_id)
    if group.featured != featured:
        group.featured = featured
        action = AuditAction.GROUP_FEATURED if featured else AuditAction.GROUP_UNFEATURED
        audit_repo.record(
            session, now=now, action=action, actor_id=None, space_id=space_id, reason=reason
        )
    return group


async def appoint_moderator(
    session: AsyncSession,
    space_id: int,
    account: Account,
    now: dt.datetime,
    reason: str,
    *,
    by: int | None = None,
) -> Role:
    """Make a validated eTwinner a moderator of the group (``by``: the national admin who
    does it; None: the operator): a member is promoted, anyone else added as one. An owner
    stays owner; a banned eTwinner is refused (lift the ban first). The role they now hold."""
    await group_by_id(session, space_id)
    if account.kind is not AccountKind.TEACHER or account.status is not AccountStatus.ACTIVE:
        raise Conflict("only validated eTwinners moderate groups")
    if await group_repo.get_ban(session, space_id, account.id) is not None:
        raise Conflict("banned from this group: lift the ban first")
    membership = await space_repo.get_membership(session, space_id, account.id)
    if membership is not None and membership.role in (Role.FOUNDER, Role.ADMIN):
        return membership.role
    if membership is None:
        add_membership(session, space_id, account, Role.ADMIN, by, now)
        await group_repo.delete_request(session, space_id, account.id)
    else:
        membership.role = Role.ADMIN
        shown = MemberShown(
            account_id=account.id, display_name=account.display_name, role=Role.ADMIN
        )
        outbox_of(session).event(space_channel(space_id), EventName.MEMBER_ROLE_CHANGED, shown)
        outbox_of(session).command(MembershipChanged(space_id=space_id, account_id=account.id))
    audit_repo.record(
        session,
        now=now,
        action=AuditAction.GROUP_MODERATOR_APPOINTED,
        actor_id=by,
        space_id=space_id,
        target_account_id=account.id,
        reason=reason,
    )
    return Role.ADMIN


async def appoint_by_national_admin(
    req: RequestContext, space_id: int, account_id: int, reason: str
) -> api.MemberOut:
    """A national admin makes an eTwinner of their country a moderator of a featured group
    (issue 21). Any other group, or a space that is no group, is "no such space" to them:
    featured groups are the only ones a national admin, acting as such, knows of."""
    session, actor, now = req.db, req.actor, req.now
    account = await account_repo.get(session, account_id)
    facts = None if account is None else AccountFacts(account.kind, account.country)
    enforce(
        decide_account(actor_of(actor), AccountAction.APPOINT_GROUP_MODERATOR, facts),
        "no such account",
    )
    account = present(account, "the account (the policy conceals none)")
    space = await space_repo.get(session, space_id)
    group = await group_repo.get(session, space_id) if space is not None else None
    if space is None or group is None or not group.featured:
        raise NotFound(NO_SUCH_SPACE)
    role = await appoint_moderator(session, space_id, account, now, reason, by=actor.id)
    return api.MemberOut(
        account_id=account.id, display_name=account.display_name, role=role, kind=account.kind
    )
