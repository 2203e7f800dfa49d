"""Groups (issue 21): create one, the directory, join, ask to join, the moderators' requests
and bans. Inside a group (forum, archive, chat, video, members) the spaces' services serve it
as they serve a twinspace: the policy's group column decides.

To anyone but a validated eTwinner every answer here is the one for a space that does not
exist (``decide_group``); a twinspace's or a room's id is no group, to anyone.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt

import msgspec
from sqlalchemy.ext.asyncio import AsyncSession

from protocol import api, group_api
from protocol.errors import Conflict, ErrorCode, NotFound, ProtocolError, present
from protocol.event_payloads import JoinRequestClosed, JoinRequestFiled
from protocol.events import EventName
from protocol.vocabulary import (
    AuditAction,
    GroupStanding,
    RequestOutcome,
    Role,
    SpaceKind,
)
from storage.models import Account, Group, GroupBan, GroupJoinRequest, Membership, Space
from storage.repositories import accounts as account_repo
from storage.repositories import audit as audit_repo
from storage.repositories import groups as group_repo
from storage.repositories import spaces as space_repo

from ..config import VideoSettings
from ..policy import GroupAction, GroupFacts, SpaceAction, capabilities, decide_group
from .access import NO_SUCH_SPACE, actor_of, authorize_in_space, enforce, member_target
from .allowed import member_answers
from .commands import MembershipChanged
from .context import RequestContext
from .forum_events import moderation_channel
from .members import admit, announce_member, off_stage
from .outbox import outbox_of
from .spaces import new_space

NO_SUCH_REQUEST = "no such join request"
#: The directory's filters (the HTTP edge builds one from the query).
Search = group_repo.Search
NO_SUCH_BAN = "no such ban"
NO_SUCH_ETWINNER = "no such eTwinner"


def group_out(
    space: Space, group: Group, members: int, standing: GroupStanding, role: Role | None
) -> group_api.GroupOut:
    return group_api.GroupOut(
        id=space.id,
        title=space.title,
        description=space.description,
        topic=group.topic,
        language=group.language,
        access=group.access,
        featured=group.featured,
        members=members,
        last_activity_at=group.last_activity_at,
        standing=standing,
        my_role=role,
    )


def standing_of(
    membership: Membership | None, requested: bool, banned: bool
) -> tuple[GroupStanding, Role | None]:
    if membership is not None:
        return GroupStanding.MEMBER, membership.role
    if banned:
        return GroupStanding.BANNED, None
    return (GroupStanding.REQUESTED if requested else GroupStanding.NONE), None


async def load_group(
    req: RequestContext, space_id: int, action: GroupAction
) -> tuple[Space, Group]:
    """A group the asker may act on so: NotFound (the space's answer) for a missing group,
    any other space, or anyone groups do not exist for; Forbidden for a refusal."""
    session, actor = req.db, req.actor
    space = await space_repo.get(session, space_id)
    group = await group_repo.get(session, space_id) if space is not None else None
    facts = None
    if space is not None and group is not None and space.kind is SpaceKind.GROUP:
        banned = await group_repo.get_ban(session, space_id, actor.id) is not None
        facts = GroupFacts(
            access=group.access, archived=space.archived_at is not None, banned=banned
        )
    enforce(decide_group(actor_of(actor), action, facts))
    if space is None or group is None or facts is None:
        raise NotFound(NO_SUCH_SPACE)  # decide_group conceals it; said once more, the same
    return space, group


async def card(req: RequestContext, space: Space, group: Group) -> group_api.GroupOut:
    """The group as the asker stands with it now."""
    session, actor = req.db, req.actor
    counts = await group_repo.member_counts(session, [space.id])
    mine = await group_repo.standing(session, actor.id, [space.id])
    standing, role = standing_of(
        mine.memberships.get(space.id), space.id in mine.requested, space.id in mine.banned
    )
    return group_out(space, group, counts.get(space.id, 0), standing, role)


# -- creating and finding ---------------------------------------------------------------------


async def create_group(req: RequestContext, body: group_api.CreateGroup) -> group_api.GroupOut:
    """Any validated eTwinner creates a group and is its owner (the founder role)."""
    session, actor, now = req.db, req.actor, req.now
    enforce(decide_group(actor_of(actor), GroupAction.CREATE_GROUP))
    space, owner = await new_space(
        session, SpaceKind.GROUP, body.title, body.description, creator=actor.id, now=now
    )
    group = add_group(session, space, body, featured=False, now=now)
    await session.flush()
    role = present(owner, "the creator's membership").role
    return group_out(space, group, 1, GroupStanding.MEMBER, role)


def add_group(
    session: AsyncSession,
    space: Space,
    body: group_api.CreateGroup,
    *,
    featured: bool,
    now: dt.datetime,
) -> Group:
    """The group's own row, for a space of kind ``group`` just made (here or by the CLI)."""
    group = Group(
        space_id=space.id,
        topic=body.topic.strip(),
        language=body.language,
        access=body.access,
        featured=featured,
        last_activity_at=now,
    )
    session.add(group)
    return group


def encode_cursor(cursor: group_repo.Cursor) -> str:
    raw = msgspec.json.encode(
        [cursor.featured, cursor.last_activity_at.isoformat(), cursor.space_id]
    )
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(text: str) -> group_repo.Cursor:
    """A cursor this server handed out; ``invalid`` for anything else."""
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        featured, at, space_id = msgspec.json.decode(raw, type=tuple[bool, str, int])
        when = dt.datetime.fromisoformat(at)
    except (binascii.Error, msgspec.DecodeError, msgspec.ValidationError, ValueError) as error:
        raise ProtocolError("not a cursor of the directory", code=ErrorCode.INVALID) from error
    if when.tzinfo is None:
        raise ProtocolError("not a cursor of the directory", code=ErrorCode.INVALID)
    return group_repo.Cursor(featured=featured, last_activity_at=when, space_id=space_id)


async def directory(
    req: RequestContext, search: group_repo.Search, cursor: str | None, limit: int
) -> group_api.GroupPage:
    """One page of the directory: featured groups first, then the most recently active."""
    session, actor = req.db, req.actor
    enforce(decide_group(actor_of(actor), GroupAction.BROWSE_GROUPS))
    after = decode_cursor(cursor) if cursor else None
    # One more than asked: whether there is a next page, without counting the rest.
    rows = list(await group_repo.directory(session, search, after, limit + 1))
    page, more = rows[:limit], len(rows) > limit
    ids = [space.id for space, _ in page]
    counts = await group_repo.member_counts(session, ids)
    mine = await group_repo.standing(session, actor.id, ids)
    groups = []
    for space, group in page:
        standing, role = standing_of(
            mine.memberships.get(space.id), space.id in mine.requested, space.id in mine.banned
        )
        groups.append(group_out(space, group, counts.get(space.id, 0), standing, role))
    next_cursor = None
    if more:
        _, last = page[-1]
        next_cursor = encode_cursor(
            group_repo.Cursor(last.featured, last.last_activity_at, last.space_id)
        )
    return group_api.GroupPage(groups=groups, next_cursor=next_cursor)


async def show_group(req: RequestContext, space_id: int) -> group_api.GroupOut:
    space, group = await load_group(req, space_id, GroupAction.SEE_GROUP)
    return await card(req, space, group)


async def members_page(
    req: RequestContext, space_id: int, *, after_id: int | None, limit: int, words: str | None
) -> group_api.MemberPage:
    """One page of a group's members, as the spaces' members list shows them (the same
    policy decision, the same e-mail addresses for the same people)."""
    session, actor, now = req.db, req.actor, req.now
    await load_group(req, space_id, GroupAction.SEE_GROUP)
    access = await authorize_in_space(req, space_id, SpaceAction.SEE_SPACE)
    rows = list(
        await group_repo.members_page(
            session, space_id, after_id=after_id, limit=limit + 1, words=words
        )
    )
    page, more = rows[:limit], len(rows) > limit
    founders = await space_repo.count_founders(session, space_id)
    members = member_answers(access, actor, page, now, founders=founders)
    return group_api.MemberPage(members=members, next=page[-1][0].id if more else None)


# -- live news of requests, for the group's moderators (moderation:<id>) -----------------------


def request_out(request: GroupJoinRequest, account: Account) -> group_api.JoinRequestOut:
    return group_api.JoinRequestOut(
        id=request.id,
        account_id=account.id,
        display_name=account.display_name,
        country=account.country,
        message=request.message,
        at=request.created_at,
    )


def announce_closed(
    session: AsyncSession,
    space_id: int,
    account_id: int,
    outcome: RequestOutcome,
    by: int | None,
) -> None:
    """Every moderator's list drops the request (sent after commit, through the outbox)."""
    payload = JoinRequestClosed(account_id=account_id, outcome=outcome, by=by)
    outbox_of(session).event(moderation_channel(space_id), EventName.JOIN_REQUEST_CLOSED, payload)


# -- getting in -----------------------------------------------------------------------------------


async def join(req: RequestContext, space_id: int) -> group_api.GroupOut:
    """Join an open group in one call; joining again answers the same."""
    session, actor, now = req.db, req.actor, req.now
    space, group = await load_group(req, space_id, GroupAction.SEE_GROUP)
    if await space_repo.get_membership(session, space_id, actor.id) is None:
        await load_group(req, space_id, GroupAction.JOIN_GROUP)
        await admit(
            session,
            space_id,
            actor,
            Role.TEACHER,
            by=actor.id,
            now=now,
            action=AuditAction.GROUP_JOINED,
            already="a member already",
        )
        await group_repo.touch(session, space_id, now)
        await session.flush()
    return await card(req, space, group)


async def request_to_join(
    req: RequestContext, space_id: int, body: group_api.JoinRequestIn
) -> group_api.GroupOut:
    """Ask to join a closed group; asking again while the request waits answers the same."""
    session, actor, now = req.db, req.actor, req.now
    space, group = await load_group(req, space_id, GroupAction.REQUEST_TO_JOIN)
    if await space_repo.get_membership(session, space_id, actor.id) is not None:
        raise Conflict("a member already")
    if await group_repo.get_request(session, space_id, actor.id) is None:
        request = GroupJoinRequest(
            space_id=space_id, account_id=actor.id, message=body.message, created_at=now
        )
        session.add(request)
        audit_repo.record(
            session,
            now=now,
            action=AuditAction.GROUP_REQUESTED,
            actor_id=actor.id,
            space_id=space_id,
            target_account_id=actor.id,
        )
        await session.flush()
        # The group's moderators see it come in, on the channel their page follows already.
        outbox_of(session).event(
            moderation_channel(space_id),
            EventName.JOIN_REQUEST_CREATED,
            JoinRequestFiled(request=request_out(request, actor)),
        )
    return await card(req, space, group)


async def withdraw_request(req: RequestContext, space_id: int) -> None:
    session, actor, now = req.db, req.actor, req.now
    await load_group(req, space_id, GroupAction.SEE_GROUP)
    if not await group_repo.delete_request(session, space_id, actor.id):
        raise NotFound(NO_SUCH_REQUEST)
    audit_repo.record(
        session,
        now=now,
        action=AuditAction.GROUP_REQUEST_WITHDRAWN,
        actor_id=actor.id,
        space_id=space_id,
        target_account_id=actor.id,
    )
    announce_closed(session, space_id, actor.id, RequestOutcome.WITHDRAWN, None)


# -- the moderators' side: requests ------------------------------------------------------------


async def list_requests(
    req: RequestContext, space_id: int, *, after_id: int | None, limit: int
) -> list[group_api.JoinRequestOut]:
    await authorize_in_space(req, space_id, SpaceAction.DECIDE_JOIN_REQUEST)
    rows = await group_repo.list_requests(req.db, space_id, after_id=after_id, limit=limit)
    return [request_out(request, account) for request, account in rows]


async def take_request(req: RequestContext, space_id: int, account_id: int) -> Account:
    """A waiting request, gone once decided either way; the account who asked."""
    session = req.db
    await authorize_in_space(req, space_id, SpaceAction.DECIDE_JOIN_REQUEST)
    asker = await account_repo.get(session, account_id)
    if asker is None or not await group_repo.delete_request(session, space_id, account_id):
        raise NotFound(NO_SUCH_REQUEST)
    return asker


async def accept_request(
    req: RequestContext, space_id: int, account_id: int, reason: str
) -> api.MemberOut:
    """The asker becomes a member."""
    session, actor, now = req.db, req.actor, req.now
    asker = await take_request(req, space_id, account_id)
    if not decide_group(actor_of(asker), GroupAction.BROWSE_GROUPS).allowed:
        # Suspended since asking (or no eTwinner any more): no one comes in.
        raise Conflict("the account who asked can no longer join groups")
    await admit(
        session,
        space_id,
        asker,
        Role.TEACHER,
        by=actor.id,
        now=now,
        action=AuditAction.GROUP_REQUEST_ACCEPTED,
        already="a member already",
        details={"reason": reason} if reason else None,
    )
    await group_repo.touch(session, space_id, now)
    announce_closed(session, space_id, asker.id, RequestOutcome.ACCEPTED, actor.id)
    return api.MemberOut(
        account_id=asker.id, display_name=asker.display_name, role=Role.TEACHER, kind=asker.kind
    )


async def decline_request(req: RequestContext, space_id: int, account_id: int, reason: str) -> None:
    """The request goes; the asker may ask again (a ban is what keeps someone out)."""
    session, actor, now = req.db, req.actor, req.now
    await take_request(req, space_id, account_id)
    audit_repo.record(
        session,
        now=now,
        action=AuditAction.GROUP_REQUEST_DECLINED,
        actor_id=actor.id,
        space_id=space_id,
        target_account_id=account_id,
        reason=reason,
    )
    announce_closed(session, space_id, account_id, RequestOutcome.DECLINED, actor.id)


# -- the moderators' side: bans ----------------------------------------------------------------


SOMEONE_OUTSIDE = capabilities.SOMEONE_OUTSIDE


async def may_ban(req: RequestContext, space_id: int) -> None:
    """Whether the asker bans at all (a moderator), before any account is looked up: a
    member cannot probe account ids through the bans."""
    await authorize_in_space(req, space_id, SpaceAction.BAN_MEMBER, SOMEONE_OUTSIDE)


async def ban(
    req: RequestContext,
    space_id: int,
    body: group_api.BanIn,
    video: VideoSettings | None = None,
) -> group_api.BanOut:
    """Bar an eTwinner: removed if a member, their request dropped, no rejoining or asking."""
    session, actor, now = req.db, req.actor, req.now
    await may_ban(req, space_id)
    account = await account_repo.get(session, body.account_id)
    if account is None:
        raise NotFound(NO_SUCH_ETWINNER)
    membership = await space_repo.get_membership(session, space_id, account.id)
    founders = await space_repo.count_founders(session, space_id)
    target = member_target(membership, account, founders=founders)
    await authorize_in_space(req, space_id, SpaceAction.BAN_MEMBER, target)
    if await group_repo.get_ban(session, space_id, account.id) is not None:
        raise Conflict("banned already")
    if membership is not None:
        await session.delete(membership)
        announce_member(session, space_id, EventName.MEMBER_REMOVED, account, None)
        # Every process drops the member's live subscriptions to the group at once.
        outbox_of(session).command(MembershipChanged(space_id=space_id, account_id=account.id))
        await off_stage(req, space_id, account.id, video)
    if await group_repo.delete_request(session, space_id, account.id):
        announce_closed(session, space_id, account.id, RequestOutcome.BANNED, actor.id)
    entry = GroupBan(
        space_id=space_id,
        account_id=account.id,
        banned_by_id=actor.id,
        reason=body.reason,
        created_at=now,
    )
    session.add(entry)
    audit_repo.record(
        session,
        now=now,
        action=AuditAction.MEMBER_BANNED,
        actor_id=actor.id,
        space_id=space_id,
        target_account_id=account.id,
        reason=body.reason,
        details={"role": membership.role.value} if membership else None,
    )
    await session.flush()
    return ban_out(entry, account.display_name)


def ban_out(entry: GroupBan, display_name: str) -> group_api.BanOut:
    return group_api.BanOut(
        id=entry.id,
        account_id=entry.account_id,
        display_name=display_name,
        reason=entry.reason,
        at=entry.created_at,
    )


async def list_bans(
    req: RequestContext, space_id: int, *, after_id: int | None, limit: int
) -> list[group_api.BanOut]:
    session = req.db
    await may_ban(req, space_id)
    rows = await group_repo.list_bans(session, space_id, after_id=after_id, limit=limit)
    return [ban_out(entry, account.display_name) for entry, account in rows]


async def lift_ban(req: RequestContext, space_id: int, account_id: int, reason: str) -> None:
    session, actor, now = req.db, req.actor, req.now
    await may_ban(req, space_id)
    account = await account_repo.get(session, account_id)
    entry = await group_repo.get_ban(session, space_id, account_id) if account else None
    if account is None or entry is None:
        raise NotFound(NO_SUCH_BAN)
    target = member_target(None, account, founders=2)
    await authorize_in_space(req, space_id, SpaceAction.BAN_MEMBER, target)
    await session.delete(entry)
    audit_repo.record(
        session,
        now=now,
        action=AuditAction.MEMBER_UNBANNED,
        actor_id=actor.id,
        space_id=space_id,
        target_account_id=account_id,
        reason=reason,
    )
