"""The durable outbox: rows written with the change, published and deleted by the committing
process, republished by a sweep when that process died; never published twice. On SQLite and
PostgreSQL, with the in-process broker (the Redis broker: tests/test_brokers_redis.py and
tests/realtime/test_outbox_live.py)."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from protocol.errors import InvariantBroken
from protocol.frames import encode_event_body
from server.brokers.base import Delivery
from server.brokers.memory import MemoryBroker
from server.config import OutboxSettings
from server.realtime.outbox_relay import OutboxRelay
from server.services.commands import DirectFrame, MembershipChanged, decode_command
from server.services.outbox import OUTBOX_KEY, Outbox, outbox_of, take_outbox, write_rows
from storage.database import create_engine, make_sessionmaker
from storage.models import OutboxMessage
from storage.repositories import outbox as outbox_repo
from tests.support import eventually

THREAD = "thread:1:7"


@pytest.fixture
def durable(db: async_sessionmaker[AsyncSession]) -> async_sessionmaker[AsyncSession]:
    write_rows(db)
    return db


class Received:
    """What a broker delivered and what control commands it sent, as a process sees them."""

    def __init__(self) -> None:
        self.deliveries: list[Delivery] = []
        self.commands: list[bytes] = []

    async def broker(self) -> MemoryBroker:
        broker = MemoryBroker()
        await broker.start(self.deliveries.append, self.commands.append)
        await broker.subscribe(THREAD)
        return broker


def relay(
    broker: MemoryBroker,
    sessionmaker: async_sessionmaker[AsyncSession],
    lease_s: float = 0.0,
    sends: list[str] | None = None,
) -> OutboxRelay:
    async def publish(channel: str, body: bytes, once: str | None) -> int:
        if sends is not None:
            sends.append(channel)
        return await broker.publish(channel, body, once=once)

    return OutboxRelay(
        broker, sessionmaker, publish, lambda _: None, OutboxSettings(lease_s=lease_s)
    )


async def commit_post(sessionmaker: async_sessionmaker[AsyncSession], n: int) -> Outbox:
    """A change and its announcements committed, as a route does, with nothing published:
    what a process killed right after its commit leaves."""
    async with sessionmaker() as db:
        async with db.begin():
            outbox_of(db).event(THREAD, "post.created", {"n": n})
        return take_outbox(db)


async def rows(sessionmaker: async_sessionmaker[AsyncSession]) -> list[OutboxMessage]:
    async with sessionmaker() as db:
        result = await db.execute(select(OutboxMessage).order_by(OutboxMessage.id))
        return list(result.scalars().all())


async def row_count(sessionmaker: async_sessionmaker[AsyncSession]) -> int:
    async with sessionmaker() as db:
        return await outbox_repo.count(db)


async def test_a_commit_writes_its_replayable_events_and_commands_to_the_table(
    durable: async_sessionmaker[AsyncSession],
) -> None:
    async with durable() as db:
        async with db.begin():
            outbox = outbox_of(db)
            outbox.event(THREAD, "post.created", {"n": 1})
            outbox.event("typing:1:7", "typing", {"who": 3})  # not replayed: not kept
            outbox.command(MembershipChanged(space_id=1, account_id=3))
            outbox.command(
                DirectFrame(account_id=3, connection_id="c", channel="video:1:2", frame="{}")
            )
        taken = take_outbox(db)
    stored = await rows(durable)
    assert [(r.channel, r.payload) for r in stored] == [
        (THREAD, encode_event_body("post.created", {"n": 1})),
        (None, stored[1].payload),
    ]
    assert decode_command(stored[1].payload) == MembershipChanged(space_id=1, account_id=3)
    assert len({r.token for r in stored}) == 2
    items = taken.announcements()
    assert [i.row_id for i in items] == [stored[0].id, None, stored[1].id, None]
    assert [i.token for i in items if i.token] == [r.token for r in stored]


async def test_a_rolled_back_change_leaves_no_row(
    durable: async_sessionmaker[AsyncSession],
) -> None:
    async def failing_change() -> None:
        async with durable() as db, db.begin():
            outbox_of(db).event(THREAD, "post.created", {"n": 1})
            raise RuntimeError("the change failed")

    with pytest.raises(RuntimeError):
        await failing_change()
    assert await rows(durable) == []


async def test_each_commit_of_one_session_writes_only_what_it_added(
    durable: async_sessionmaker[AsyncSession],
) -> None:
    async with durable() as db:
        for n in (1, 2):
            async with db.begin():
                outbox_of(db).event(THREAD, "post.created", {"n": n})
        outbox = take_outbox(db)
    stored = await rows(durable)
    assert len(stored) == 2
    assert [i.row_id for i in outbox.announcements()] == [r.id for r in stored]


async def test_a_session_that_does_not_write_rows_leaves_the_table_alone(
    db: async_sessionmaker[AsyncSession],
) -> None:
    await commit_post(db, 1)
    assert await rows(db) == []


async def test_flush_publishes_at_once_then_deletes_the_rows(
    durable: async_sessionmaker[AsyncSession],
) -> None:
    received = Received()
    broker = await received.broker()
    sender = relay(broker, durable)
    await sender.flush(await commit_post(durable, 1))
    assert [d.seq for d in received.deliveries] == [1]  # published before any deletion
    await eventually("the row is deleted", lambda: sender.to_delete == [] and not sender.mine)
    assert await rows(durable) == []
    await sender.close()


async def test_a_sweep_publishes_what_a_dead_process_committed_once_and_in_order(
    durable: async_sessionmaker[AsyncSession],
) -> None:
    for n in range(3):
        await commit_post(durable, n)  # committed, then the process died
    received = Received()
    survivor = relay(await received.broker(), durable)
    assert await survivor.sweep() == 3
    assert [(d.seq, d.payload) for d in received.deliveries] == [
        (n + 1, encode_event_body("post.created", {"n": n})) for n in range(3)
    ]
    assert await rows(durable) == []
    assert await survivor.sweep() == 0
    assert len(received.deliveries) == 3


async def test_a_sweep_sends_a_dead_process_s_control_commands(
    durable: async_sessionmaker[AsyncSession],
) -> None:
    async with durable() as db, db.begin():
        outbox_of(db).command(MembershipChanged(space_id=1, account_id=3))
    received = Received()
    assert await relay(await received.broker(), durable).sweep() == 1
    assert [decode_command(c) for c in received.commands] == [
        MembershipChanged(space_id=1, account_id=3)
    ]


async def test_a_sweep_leaves_rows_younger_than_the_lease_to_their_process(
    durable: async_sessionmaker[AsyncSession],
) -> None:
    await commit_post(durable, 1)
    received = Received()
    assert await relay(await received.broker(), durable, lease_s=60).sweep() == 0
    assert received.deliveries == []
    assert await row_count(durable) == 1


async def test_a_sweep_passes_over_rows_its_own_process_still_holds(
    durable: async_sessionmaker[AsyncSession],
) -> None:
    received = Received()
    sender = relay(await received.broker(), durable)
    outbox = await commit_post(durable, 1)
    [item] = outbox.announcements()
    assert item.row_id is not None
    sender.mine.add(item.row_id)  # being flushed right now (or held for the relay)
    assert await sender.sweep() == 0
    assert received.deliveries == []


async def test_a_row_published_before_its_process_died_is_not_published_again(
    durable: async_sessionmaker[AsyncSession],
) -> None:
    received = Received()
    broker = await received.broker()
    dying = relay(broker, durable)
    outbox = await commit_post(durable, 1)
    [item] = outbox.announcements()
    await dying.send(item)  # published; killed before the row was deleted
    assert await row_count(durable) == 1
    # The broker is shared, as Redis is by every process (Redis itself: test_brokers_redis).
    assert await relay(broker, durable).sweep() == 1
    assert [d.seq for d in received.deliveries] == [1]
    assert await row_count(durable) == 0
    assert await broker.publish(THREAD, b'{"event":"next","data":{}}') == 2


async def test_a_failing_broker_stops_the_sweep_and_keeps_the_rest(
    durable: async_sessionmaker[AsyncSession],
) -> None:
    for n in range(2):
        await commit_post(durable, n)
    received = Received()
    broker = await received.broker()
    await broker.close()  # publishing now raises Unavailable
    assert await relay(broker, durable).sweep() == 0
    assert await row_count(durable) == 2


@pytest.fixture
async def second_engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    """Another process's connections to the same database."""
    engine = create_engine(database_url)
    try:
        yield engine
    finally:
        await engine.dispose()


async def test_two_processes_sweeping_at_once_send_each_row_once(
    durable: async_sessionmaker[AsyncSession], second_engine: AsyncEngine
) -> None:
    for n in range(40):
        await commit_post(durable, n)
    received = Received()
    broker = await received.broker()
    other = make_sessionmaker(second_engine)
    sends_a: list[str] = []
    sends_b: list[str] = []
    a, b = relay(broker, durable, sends=sends_a), relay(broker, other, sends=sends_b)
    await asyncio.gather(*(sweeper.sweep() for sweeper in (a, b, a, b)))
    assert len(sends_a) + len(sends_b) == 40  # not one publish twice, even with the token
    assert [d.seq for d in received.deliveries] == list(range(1, 41))
    assert [d.payload for d in received.deliveries] == [
        encode_event_body("post.created", {"n": n}) for n in range(40)
    ]
    assert await row_count(durable) == 0


async def test_the_sweep_cutoff_is_the_wall_clock_minus_the_lease(
    durable: async_sessionmaker[AsyncSession],
) -> None:
    await commit_post(durable, 1)
    received = Received()
    sender = relay(await received.broker(), durable, lease_s=30)
    sender.now = lambda: dt.datetime.now(dt.UTC) + dt.timedelta(seconds=31)
    assert await sender.sweep() == 1


def test_a_session_slot_holding_something_else_is_our_bug() -> None:
    session = AsyncSession()
    session.info[OUTBOX_KEY] = ["not an outbox"]
    with pytest.raises(InvariantBroken, match="holds a list"):
        outbox_of(session)
