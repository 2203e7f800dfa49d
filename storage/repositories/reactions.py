"""Reactions to posts: one row per person, post and kind. Repositories never commit.

A page's counts and the reader's own reactions are one query each, whatever the number of
posts on the page (``post_id IN …``), never a query per post.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from protocol.vocabulary import PostState, ReactionKind

from ..models import ForumPost, ForumReaction

#: Counts of each kind for one post (kinds nobody chose are absent).
Counts = dict[ReactionKind, int]


async def add(
    session: AsyncSession, post_id: int, account_id: int, kind: ReactionKind, now: dt.datetime
) -> bool:
    """Add the reaction; False when the person had it already (nothing changes). Two racing
    adds of the same reaction both pass the look-up; the second loses at the primary key
    inside a savepoint and answers False, and the caller's transaction carries on."""
    if await session.get(ForumReaction, (post_id, kind, account_id)) is not None:
        return False
    try:
        async with session.begin_nested():
            session.add(
                ForumReaction(post_id=post_id, kind=kind, account_id=account_id, created_at=now)
            )
            await session.flush()
    except IntegrityError:
        return False
    return True


async def remove(session: AsyncSession, post_id: int, account_id: int, kind: ReactionKind) -> bool:
    """Take the reaction back; False when the person did not have it (nothing changes)."""
    result = await session.execute(
        delete(ForumReaction).where(
            ForumReaction.post_id == post_id,
            ForumReaction.kind == kind,
            ForumReaction.account_id == account_id,
        )
    )
    return bool(getattr(result, "rowcount", 0))


async def counts(session: AsyncSession, post_ids: Collection[int]) -> dict[int, Counts]:
    """The counts of each post among ``post_ids`` (posts with none are absent): one query."""
    if not post_ids:
        return {}
    rows = await session.execute(
        select(ForumReaction.post_id, ForumReaction.kind, func.count())
        .where(ForumReaction.post_id.in_(list(post_ids)))
        .group_by(ForumReaction.post_id, ForumReaction.kind)
    )
    found: dict[int, Counts] = {}
    for post_id, kind, count in rows:
        found.setdefault(post_id, {})[kind] = count
    return {post_id: ordered(c) for post_id, c in found.items()}


async def mine(
    session: AsyncSession, account_id: int, post_ids: Collection[int]
) -> dict[int, list[ReactionKind]]:
    """The reactions of ``account_id`` to each post among ``post_ids``: one query."""
    if not post_ids:
        return {}
    rows = await session.execute(
        select(ForumReaction.post_id, ForumReaction.kind).where(
            ForumReaction.account_id == account_id,
            ForumReaction.post_id.in_(list(post_ids)),
        )
    )
    found: dict[int, set[ReactionKind]] = {}
    for post_id, kind in rows:
        found.setdefault(post_id, set()).add(kind)
    order = list(ReactionKind)
    return {post_id: sorted(kinds, key=order.index) for post_id, kinds in found.items()}


async def remove_all_by(session: AsyncSession, account_id: int) -> list[tuple[int, int, int]]:
    """Take back every reaction of ``account_id`` (an erased pupil's traces); the visible
    posts whose counts changed, as (post, space, thread)."""
    rows = await session.execute(
        select(ForumPost.id, ForumPost.space_id, ForumPost.thread_id, ForumPost.state)
        .join(ForumReaction, ForumReaction.post_id == ForumPost.id)
        .where(ForumReaction.account_id == account_id)
        .distinct()
    )
    changed = [
        (post_id, space_id, thread_id)
        for post_id, space_id, thread_id, state in rows
        if state is PostState.VISIBLE
    ]
    await session.execute(delete(ForumReaction).where(ForumReaction.account_id == account_id))
    return sorted(changed)


def ordered(counts: Counts) -> Counts:
    """``counts`` in the order of ReactionKind (the order a page shows them in)."""
    return {kind: counts[kind] for kind in ReactionKind if counts.get(kind)}
