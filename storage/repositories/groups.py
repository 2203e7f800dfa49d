"""Groups (issue 21): the directory, activity, join requests and bans. Never commits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from sqlalchemy import and_, delete, exists, false, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from ..models import Account, Group, GroupBan, GroupJoinRequest, Membership, Space
from ..text_match import holds, lowered

#: Activity is kept to the minute: a busy group's row is written at most once a minute, not
#: once per post (at 5 posts/s every post would otherwise wait for the last one's row lock).
ACTIVITY_STEP = dt.timedelta(minutes=1)


async def get(session: AsyncSession, space_id: int) -> Group | None:
    return await session.get(Group, space_id)


async def touch(session: AsyncSession, space_id: int, now: dt.datetime) -> None:
    """The group was active now (a post, a thread, a chat message, a join). A no-op for a
    space that is no group, and within ACTIVITY_STEP of the last write."""
    await session.execute(
        update(Group)
        .where(Group.space_id == space_id, Group.last_activity_at < now - ACTIVITY_STEP)
        .values(last_activity_at=now)
        .execution_options(synchronize_session=False)
    )


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where a directory page ends, in the directory's order (featured first, then the most
    recently active, then the newest id)."""

    featured: bool
    last_activity_at: dt.datetime
    space_id: int


@dataclass(frozen=True, slots=True)
class Search:
    """The directory's filters; None: any."""

    words: str | None = None  # in the title, case-insensitive
    topic: str | None = None  # the topic, case-insensitive, whole
    language: str | None = None
    country: str | None = None  # some member's country


async def directory(
    session: AsyncSession, search: Search, after: Cursor | None, limit: int
) -> Sequence[tuple[Space, Group]]:
    """One page of groups that are not archived, in the directory's order."""
    query = (
        select(Space, Group)
        .join(Group, Group.space_id == Space.id)
        .where(Space.archived_at.is_(None))
        .order_by(Group.featured.desc(), Group.last_activity_at.desc(), Group.space_id.desc())
        .limit(limit)
    )
    if search.words:
        query = query.where(holds(Space.title, search.words))
    if search.topic:
        query = query.where(lowered(Group.topic) == search.topic.lower())
    if search.language:
        query = query.where(Group.language == search.language)
    if search.country:
        query = query.where(
            exists()
            .where(Membership.space_id == Space.id)
            .where(Account.id == Membership.account_id)
            .where(Account.country == search.country)
        )
    if after is not None:
        same_feature = and_(
            Group.featured == after.featured,
            or_(
                Group.last_activity_at < after.last_activity_at,
                and_(
                    Group.last_activity_at == after.last_activity_at,
                    Group.space_id < after.space_id,
                ),
            ),
        )
        # Featured (true) sorts first: after a featured row come the rest of the featured,
        # then every unfeatured one.
        later_feature = Group.featured.is_(False) if after.featured else false()
        query = query.where(or_(same_feature, later_feature))
    result = await session.execute(query)
    return [(space, group) for space, group in result]


async def member_counts(session: AsyncSession, space_ids: Collection[int]) -> dict[int, int]:
    if not space_ids:
        return {}
    result = await session.execute(
        select(Membership.space_id, func.count())
        .where(Membership.space_id.in_(space_ids))
        .group_by(Membership.space_id)
    )
    return {space_id: int(count) for space_id, count in result}


@dataclass(frozen=True, slots=True)
class Standing:
    """One account's standing with some groups: its memberships, requests and bans."""

    memberships: dict[int, Membership]
    requested: set[int]
    banned: set[int]


async def standing(session: AsyncSession, account_id: int, space_ids: Collection[int]) -> Standing:
    if not space_ids:
        return Standing({}, set(), set())
    memberships = await session.execute(
        select(Membership).where(
            Membership.account_id == account_id, Membership.space_id.in_(space_ids)
        )
    )
    requested = await session.execute(
        select(GroupJoinRequest.space_id).where(
            GroupJoinRequest.account_id == account_id, GroupJoinRequest.space_id.in_(space_ids)
        )
    )
    banned = await session.execute(
        select(GroupBan.space_id).where(
            GroupBan.account_id == account_id, GroupBan.space_id.in_(space_ids)
        )
    )
    return Standing(
        memberships={m.space_id: m for m in memberships.scalars()},
        requested=set(requested.scalars()),
        banned=set(banned.scalars()),
    )


async def members_page(
    session: AsyncSession, space_id: int, *, after_id: int | None, limit: int, words: str | None
) -> Sequence[tuple[Membership, Account]]:
    """One page of a group's members, keyset by membership id (the order they joined);
    ``words``: in the display name, case-insensitive."""
    query = (
        select(Membership, Account)
        .join(Account, Account.id == Membership.account_id)
        .where(Membership.space_id == space_id)
        .order_by(Membership.id)
        .limit(limit)
    )
    if after_id is not None:
        query = query.where(Membership.id > after_id)
    if words:
        query = query.where(holds(Account.display_name, words))
    result = await session.execute(query)
    return [(membership, account) for membership, account in result]


# -- join requests ------------------------------------------------------------------------------


async def get_request(
    session: AsyncSession, space_id: int, account_id: int
) -> GroupJoinRequest | None:
    result = await session.execute(
        select(GroupJoinRequest).where(
            GroupJoinRequest.space_id == space_id, GroupJoinRequest.account_id == account_id
        )
    )
    return result.scalar_one_or_none()


async def list_requests(
    session: AsyncSession, space_id: int, *, after_id: int | None, limit: int
) -> Sequence[tuple[GroupJoinRequest, Account]]:
    """Oldest first: who asked first is answered first."""
    query = (
        select(GroupJoinRequest, Account)
        .join(Account, Account.id == GroupJoinRequest.account_id)
        .where(GroupJoinRequest.space_id == space_id)
        .order_by(GroupJoinRequest.id)
        .limit(limit)
    )
    if after_id is not None:
        query = query.where(GroupJoinRequest.id > after_id)
    result = await session.execute(query)
    return [(request, account) for request, account in result]


async def delete_request(session: AsyncSession, space_id: int, account_id: int) -> bool:
    """Whether there was one."""
    result = await session.execute(
        delete(GroupJoinRequest).where(
            GroupJoinRequest.space_id == space_id, GroupJoinRequest.account_id == account_id
        )
    )
    return bool(getattr(result, "rowcount", 0))


# -- bans -----------------------------------------------------------------------------------------


async def get_ban(session: AsyncSession, space_id: int, account_id: int) -> GroupBan | None:
    result = await session.execute(
        select(GroupBan).where(GroupBan.space_id == space_id, GroupBan.account_id == account_id)
    )
    return result.scalar_one_or_none()


async def list_bans(
    session: AsyncSession, space_id: int, *, after_id: int | None, limit: int
) -> Sequence[tuple[GroupBan, Account]]:
    query = (
        select(GroupBan, Account)
        .join(Account, Account.id == GroupBan.account_id)
        .where(GroupBan.space_id == space_id)
        .order_by(GroupBan.id)
        .limit(limit)
    )
    if after_id is not None:
        query = query.where(GroupBan.id > after_id)
    result = await session.execute(query)
    return [(ban, account) for ban, account in result]
