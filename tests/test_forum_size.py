"""Posting in a group of 5,000 costs what it costs in a group of 5 (issue 21, built for size).

The forum and the chat read only the people a post, a page or a message involves (its
authors, the members its ``@`` names, the actor), never the member list: the same SQL
statements whatever the member count, and the same few announcements per post (one on the
thread's channel, one on the thread list's), counted on the engine with an event hook, on
both databases.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from loadtest.group_provision import ProvisionedGroup, provision_group
from protocol import api
from protocol.vocabulary import AccountId, ForumArea
from server.forum_limits import ForumLimits, chat_limits
from server.services import chat as chat_service
from server.services import forums as forum_service
from server.services.context import RequestContext
from server.services.outbox import take_outbox
from storage.database import create_engine, make_sessionmaker
from storage.repositories import accounts as account_repo

NOW = dt.datetime(2026, 12, 6, 12, 0, tzinfo=dt.UTC)
LARGE = 5000
SMALL = 5


@dataclass
class Counted:
    statements: list[str]
    announcements: list[str]


@dataclass
class Bench:
    engine: AsyncEngine
    sessionmaker: async_sessionmaker[AsyncSession]
    statements: list[str]

    async def counted(
        self, actor_id: int, work: Callable[[RequestContext], Awaitable[Any]]
    ) -> Counted:
        """Run ``work`` in one transaction as ``actor_id``; the SQL it sent and the channels
        its announcements go to."""
        async with self.sessionmaker() as db:
            async with db.begin():
                actor = await account_repo.get(db, AccountId(actor_id))
                assert actor is not None
                self.statements.clear()
                await work(RequestContext(db, actor, NOW))
                sent = list(self.statements)
            announced = [a.channel or "" for a in take_outbox(db).announcements()]
        return Counted(sent, announced)


@pytest.fixture
async def bench(database_url: str) -> AsyncIterator[Bench]:
    engine = create_engine(database_url)
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(engine.sync_engine, "before_cursor_execute", record)
    try:
        yield Bench(engine, make_sessionmaker(engine), statements)
    finally:
        await engine.dispose()


async def group_with_a_thread(bench: Bench, members: int, run: str) -> tuple[ProvisionedGroup, int]:
    group = await provision_group(bench.sessionmaker, members, NOW, run=run)
    opening = api.CreateThread(
        title="Hello", body="First post", area=ForumArea.OPEN, client_id=f"t-{run}"
    )
    made: list[Any] = []

    async def start(req: RequestContext) -> None:
        made.append(
            (await forum_service.create_thread(req, ForumLimits(), group.space_id, opening)).value
        )

    await bench.counted(group.owner_id, start)
    assert isinstance(made[0], api.ThreadCreated)
    return group, made[0].thread.id


async def costs(bench: Bench, members: int, run: str) -> dict[str, Counted]:
    """What each step costs in a group of ``members``: a reply naming two members and the
    owner, the thread's page, the thread list, a chat message naming a member."""
    group, thread_id = await group_with_a_thread(bench, members, run)
    poster = group.account_ids[-1]
    body = "Thanks @Owner and @member 3, see @Member 4's note; @nobody here"
    reply = api.CreatePost(body=body, client_id=f"p-{run}")
    found: dict[str, Counted] = {}
    replies: list[Any] = []

    async def post(req: RequestContext) -> None:
        made = await forum_service.create_post(req, ForumLimits(), group.space_id, thread_id, reply)
        replies.append(made.value)

    found["post"] = await bench.counted(poster, post)
    assert isinstance(replies[0], api.PostOut)
    named = [group.account_ids[i] for i in (0, 3, 4)]
    assert replies[0].mentions == sorted(named)

    async def page(req: RequestContext) -> None:
        got = await forum_service.list_posts(req, group.space_id, thread_id, None, 50)
        assert [p.author.display_name for p in got.posts] == ["Owner", f"Member {members - 1}"]

    found["page"] = await bench.counted(group.account_ids[2], page)

    async def threads(req: RequestContext) -> None:
        got = await forum_service.list_threads(req, group.space_id, ForumArea.OPEN, None, 50)
        assert [t.author.display_name for t in got.threads] == ["Owner"]

    found["threads"] = await bench.counted(group.account_ids[2], threads)
    chats: list[int] = []

    async def open_chat(req: RequestContext) -> None:
        chats.append((await chat_service.space_chat(req, group.space_id, False, 50)).id)

    await bench.counted(poster, open_chat)
    message = api.SendChatMessage(body="@Member 2 hello", client_id=f"c-{run}")

    async def chat(req: RequestContext) -> None:
        await chat_service.send(req, chat_limits(), group.space_id, chats[0], message)

    found["chat"] = await bench.counted(poster, chat)
    return found


async def test_a_post_in_a_group_of_5000_costs_what_it_costs_in_a_group_of_5(
    bench: Bench,
) -> None:
    small = await costs(bench, SMALL, "small")
    large = await costs(bench, LARGE, "large")
    for step in ("post", "page", "threads", "chat"):
        assert len(large[step].statements) == len(small[step].statements), step
        # The same channels: no announcement per member.
        assert len(large[step].announcements) == len(small[step].announcements), step
    # A reply: one event on the thread's channel and one on the list's, nothing per member.
    assert len(small["post"].announcements) == 2
    # No statement reads the memberships without naming whom (the member list).
    for counted in large.values():
        for sql in counted.statements:
            if "FROM memberships" in sql and "JOIN accounts" in sql:
                assert "IN (" in sql or "account_id =" in sql, sql
