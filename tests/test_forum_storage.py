"""storage.repositories.forums on SQLite and PostgreSQL: idempotent inserts, thread counts,
unread counts, and full-text search kept in step with edits and removals."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from protocol.vocabulary import ForumArea, PostState
from storage.models import ForumPost, ForumThread
from storage.repositories import forums as forum_repo

from .test_models import NOW, add_space_with_member, teacher

Sessions = async_sessionmaker[AsyncSession]


async def new_thread(db: Sessions, space_id: int, author_id: int) -> int:
    async with db() as session, session.begin():
        thread = ForumThread(
            space_id=space_id,
            area=ForumArea.OPEN,
            title="T",
            author_id=author_id,
            state=PostState.VISIBLE,
            pinned=False,
            locked=False,
            created_at=NOW,
            updated_at=NOW,
            visible_posts=0,
        )
        session.add(thread)
    return thread.id


def post(
    thread_id: int, space_id: int, author_id: int, body: str, cid: str, **kw: object
) -> ForumPost:
    fields: dict[str, object] = {"state": PostState.VISIBLE, "created_at": NOW, **kw}
    return ForumPost(
        thread_id=thread_id,
        space_id=space_id,
        author_id=author_id,
        client_id=cid,
        body=body,
        teacher_acted=False,
        **fields,
    )


async def add(db: Sessions, *posts: ForumPost) -> list[int]:
    async with db() as session, session.begin():
        for p in posts:
            assert await forum_repo.insert_once(session, p) is p
        await forum_repo.refresh_thread(session, posts[0].thread_id, NOW)
    return [p.id for p in posts]


async def found(db: Sessions, space_id: int, query: str) -> list[str]:
    async with db() as session:
        rows = await forum_repo.search(session, space_id, query, [ForumArea.OPEN], limit=10)
    return [p.body for p, _ in rows]


async def test_a_duplicate_client_id_loses_in_a_savepoint_and_the_work_goes_on(
    db: Sessions,
) -> None:
    space_id, author = await add_space_with_member(db)
    thread_id = await new_thread(db, space_id, author)
    await add(db, post(thread_id, space_id, author, "first", "cid-00001"))
    async with db() as session, session.begin():
        twin = post(thread_id, space_id, author, "twin", "cid-00001")
        assert await forum_repo.insert_once(session, twin) is None
        assert await forum_repo.insert_once(
            session, post(thread_id, space_id, author, "next", "cid-00002")
        )
    async with db() as session:
        bodies = (await session.execute(select(ForumPost.body).order_by(ForumPost.id))).scalars()
        assert list(bodies) == ["first", "next"]


async def test_thread_counts_only_visible_posts(db: Sessions) -> None:
    space_id, author = await add_space_with_member(db)
    thread_id = await new_thread(db, space_id, author)
    ids = await add(
        db,
        post(thread_id, space_id, author, "a", "cid-00001"),
        post(thread_id, space_id, author, "b", "cid-00002", state=PostState.PENDING),
        post(thread_id, space_id, author, "c", "cid-00003", created_at=NOW + dt.timedelta(1)),
    )
    async with db() as session:
        thread = await forum_repo.get_thread(session, thread_id)
        assert thread is not None
        assert (thread.visible_posts, thread.last_post_id) == (2, ids[2])
        assert thread.last_post_at == NOW + dt.timedelta(1)


async def test_unread_counts_others_visible_posts_past_the_mark(db: Sessions) -> None:
    space_id, author = await add_space_with_member(db)
    async with db() as session, session.begin():
        reader = teacher("bea@example.org")
        session.add(reader)
    thread_id = await new_thread(db, space_id, author)
    ids = await add(
        db, *(post(thread_id, space_id, author, f"{n}", f"cid-0000{n}") for n in range(4))
    )
    await add(db, post(thread_id, space_id, reader.id, "mine", "cid-00009"))
    async with db() as session, session.begin():
        assert await forum_repo.unread_counts(session, reader.id, [thread_id]) == {thread_id: 4}
        assert await forum_repo.unread_counts(session, author, [thread_id]) == {thread_id: 1}
        await forum_repo.mark_read(session, reader.id, thread_id, ids[1], NOW)
        await forum_repo.mark_read(session, reader.id, thread_id, ids[0], NOW)  # never back
        assert await forum_repo.unread_counts(session, reader.id, [thread_id]) == {thread_id: 2}


async def test_search_follows_edits_and_removals(db: Sessions) -> None:
    space_id, author = await add_space_with_member(db)
    thread_id = await new_thread(db, space_id, author)
    first, second = await add(
        db,
        post(thread_id, space_id, author, "The heron fishes", "cid-00001"),
        post(thread_id, space_id, author, "A swan sleeps", "cid-00002"),
    )
    assert await found(db, space_id, "HERON") == ["The heron fishes"]
    async with db() as session, session.begin():
        edited = await forum_repo.get_post(session, first)
        assert edited is not None
        edited.body = "The stork fishes"
    assert await found(db, space_id, "heron") == []
    assert await found(db, space_id, "stork fishes") == ["The stork fishes"]
    async with db() as session, session.begin():
        gone = await forum_repo.get_post(session, second)
        assert gone is not None
        await forum_repo.delete_post(session, gone)
    assert await found(db, space_id, "swan") == []
    # Operators are plain words: every word must be there, and "OR" is not.
    assert await found(db, space_id, 'swan" OR "stork') == []
    assert await found(db, space_id, "!!!") == []
