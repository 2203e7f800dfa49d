"""storage.repositories.reactions on SQLite and PostgreSQL: once per person and kind, racing
adds settled at the primary key, counts and one's own for a page in one query each, and
reactions gone with their post or their account."""

from __future__ import annotations

import asyncio

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from protocol.vocabulary import ReactionKind
from storage.models import Account, ForumPost, ForumReaction
from storage.repositories import reactions as reaction_repo

from .test_forum_storage import add, new_thread, post
from .test_models import NOW, add_space_with_member, teacher

Sessions = async_sessionmaker[AsyncSession]
HEART, CLAP, IDEA = ReactionKind.HEART, ReactionKind.CLAP, ReactionKind.IDEA


async def two_posts(db: Sessions) -> tuple[int, int, int, int]:
    """(post, post, author, another account)."""
    space_id, author = await add_space_with_member(db)
    thread_id = await new_thread(db, space_id, author)
    first, second = await add(
        db,
        post(thread_id, space_id, author, "One", "cid-00000001"),
        post(thread_id, space_id, author, "Two", "cid-00000002"),
    )
    async with db() as session, session.begin():
        other = teacher("bea@example.org")
        session.add(other)
    return first, second, author, other.id


async def test_once_per_person_and_kind_and_taken_back_once(db: Sessions) -> None:
    first, _, author, other = await two_posts(db)
    async with db() as session, session.begin():
        assert await reaction_repo.add(session, first, author, HEART, NOW)
        assert not await reaction_repo.add(session, first, author, HEART, NOW)
        assert await reaction_repo.add(session, first, author, CLAP, NOW)
        assert await reaction_repo.add(session, first, other, HEART, NOW)
    async with db() as session, session.begin():
        assert await reaction_repo.counts(session, [first]) == {first: {HEART: 2, CLAP: 1}}
        assert await reaction_repo.remove(session, first, author, HEART)
        assert not await reaction_repo.remove(session, first, author, HEART)
        assert not await reaction_repo.remove(session, first, other, IDEA)
        assert await reaction_repo.counts(session, [first]) == {first: {HEART: 1, CLAP: 1}}


async def test_racing_adds_of_one_reaction_store_it_once(db: Sessions) -> None:
    first, _, author, _ = await two_posts(db)

    async def one() -> bool:
        async with db() as session, session.begin():
            return await reaction_repo.add(session, first, author, IDEA, NOW)

    results = await asyncio.gather(*(one() for _ in range(4)), return_exceptions=True)
    # SQLite serialises the writers; PostgreSQL lets them race to the primary key, where all
    # but one lose inside their savepoint and answer False: never an error, never twice.
    assert sorted(r is True for r in results) == [False, False, False, True], results
    async with db() as session:
        assert await reaction_repo.counts(session, [first]) == {first: {IDEA: 1}}


async def test_a_pages_counts_and_ones_own_come_in_one_query_each(db: Sessions) -> None:
    first, second, author, other = await two_posts(db)
    async with db() as session, session.begin():
        await reaction_repo.add(session, first, other, IDEA, NOW)
        await reaction_repo.add(session, first, other, HEART, NOW)
        await reaction_repo.add(session, second, author, CLAP, NOW)
    async with db() as session:
        counts = await reaction_repo.counts(session, [first, second, 999999])
        # In the order of the set, whatever the order they were added in.
        assert counts == {first: {HEART: 1, IDEA: 1}, second: {CLAP: 1}}
        assert list(counts[first]) == [HEART, IDEA]
        assert await reaction_repo.mine(session, other, [first, second]) == {first: [HEART, IDEA]}
        assert await reaction_repo.mine(session, author, []) == {}
        assert await reaction_repo.counts(session, []) == {}


async def test_reactions_go_with_their_post_and_their_account(db: Sessions) -> None:
    first, second, author, other = await two_posts(db)
    async with db() as session, session.begin():
        await reaction_repo.add(session, first, other, HEART, NOW)
        await reaction_repo.add(session, second, other, HEART, NOW)
        await reaction_repo.add(session, second, author, HEART, NOW)
    async with db() as session, session.begin():
        await session.execute(delete(ForumPost).where(ForumPost.id == first))  # a purge
        await session.execute(delete(Account).where(Account.id == other))
    async with db() as session:
        left = await session.scalar(select(func.count()).select_from(ForumReaction))
        assert left == 1
        assert await reaction_repo.counts(session, [first, second]) == {second: {HEART: 1}}
