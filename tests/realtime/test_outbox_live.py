"""A change committed by a process that died before announcing it reaches live subscribers
through the outbox sweep: exactly once, in sequence order, on both databases, with the
in-process broker and with Redis. The crash is simulated by committing a change with its
announcements and never publishing them, which is what a kill -9 right after the commit
leaves (tests/realtime/test_kill9.py kills real processes)."""

from __future__ import annotations

import dataclasses

import pytest

from protocol.event_payloads import SpaceUpdated
from protocol.events import EventName
from protocol.messages import Ack, Event, Subscribe
from server.config import OutboxSettings
from server.realtime import outbox_relay
from server.services.outbox import Outbox, outbox_of, take_outbox
from storage.repositories import outbox as outbox_repo

from ..support import eventually
from .conftest import LiveServer, SettingsTweak, WsClient

#: How long a row waits for its own process before a sweep takes it: short, to keep the test
#: quick.
LEASE_S = 0.5


@pytest.fixture(params=["memory", pytest.param("redis", marks=pytest.mark.redis)])
def tweak(request: pytest.FixtureRequest) -> SettingsTweak:
    redis_url = request.getfixturevalue("redis_url") if request.param == "redis" else None
    outbox = OutboxSettings(lease_s=LEASE_S, sweep_interval_s=0.05)
    return lambda settings: dataclasses.replace(settings, redis_url=redis_url, outbox=outbox)


async def committed_unannounced(live: LiveServer, channel: str, description: str) -> Outbox:
    """Commit an announcement as a route does, and publish nothing: the process 'died'."""
    async with live.world.ctx.sessionmaker() as db:
        async with db.begin():
            outbox_of(db).event(
                channel, EventName.SPACE_UPDATED, SpaceUpdated(description=description)
            )
        return take_outbox(db)


async def rows_left(live: LiveServer) -> int:
    async with live.world.ctx.sessionmaker() as db:
        return await outbox_repo.count(db)


async def subscribed(client: WsClient, channel: str, since: int | None = None) -> int:
    await client.send(Subscribe(ref=client.ref(), channel=channel, since=since))
    ack: Ack = await client.expect(Ack)
    assert ack.seq is not None
    return ack.seq


async def test_a_change_its_process_never_announced_reaches_live_clients_once_in_order(
    live: LiveServer,
) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    channel = f"space:{space_id}"
    client = await live.connect(ana)
    head = await subscribed(client, channel)
    await ana.patch(f"/api/spaces/{space_id}", {"description": "before"})
    await committed_unannounced(live, channel, "lost by the crash")
    await ana.patch(f"/api/spaces/{space_id}", {"description": "after"})
    events = [await client.expect(Event, within=10.0) for _ in range(3)]
    assert [e.seq for e in events] == [head + 1, head + 2, head + 3]
    # Normally "after" comes second (its own process publishes at once, the sweep waits for
    # the lease); on a very slow machine the sweep may come first. Each is there once.
    assert events[0].data["description"] == "before"
    assert {e.data["description"] for e in events[1:]} == {"after", "lost by the crash"}
    await eventually("the swept row is deleted", lambda: _no_rows(live))
    await client.nothing_within(3 * LEASE_S)  # not a second time, by any later sweep
    # A client that missed all of it gets the same three events, once each, from the history.
    late = await live.connect(ana)
    await subscribed(late, channel, since=head)
    replayed = [await late.expect(Event) for _ in range(3)]
    assert [(e.seq, e.data) for e in replayed] == [(e.seq, e.data) for e in events]
    await late.nothing_within(0.2)


async def _no_rows(live: LiveServer) -> bool:
    return await rows_left(live) == 0


async def test_a_change_published_by_a_process_that_died_before_deleting_its_row_is_not_sent_twice(
    live: LiveServer,
) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    channel = f"space:{space_id}"
    client = await live.connect(ana)
    head = await subscribed(client, channel)
    outbox = await committed_unannounced(live, channel, "published, row kept")
    hub = world.ctx.hub  # type: ignore[attr-defined]
    for item in outbox.announcements():
        await hub.outbox.send(item)  # published; the row's deletion never happened
    first = await client.expect(Event)
    assert (first.seq, first.data) == (head + 1, {"description": "published, row kept"})
    await eventually("a sweep deletes the row", lambda: _no_rows(live), within=10.0)
    await client.nothing_within(0.2)
    await ana.patch(f"/api/spaces/{space_id}", {"description": "next"})
    following = await client.expect(Event)
    assert (following.seq, following.data) == (head + 2, {"description": "next"})


async def test_every_announcement_of_a_request_is_deleted_once_published(
    live: LiveServer,
) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    for n in range(5):
        await ana.patch(f"/api/spaces/{space_id}", {"description": f"d{n}"})
    hub = world.ctx.hub  # type: ignore[attr-defined]

    async def deleted_and_forgotten() -> bool:
        # The relay forgets the ids once its DELETE's session has closed, a moment after the
        # commit the row count already sees: both are waited for, not the count alone.
        return await _no_rows(live) and not hub.outbox.mine

    await eventually("the relay deleted and forgot every row", deleted_and_forgotten)
    assert not hub.outbox.mine


async def test_settled_returns_once_every_row_it_took_is_deleted(
    live: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a database snapshot waits for (tests/authz/world.py): right after a request its
    rows are still in the table (they go in one DELETE, DELETE_AFTER_S later; 2 s here, so
    that a slow machine still looks before they go)."""
    monkeypatch.setattr(outbox_relay, "DELETE_AFTER_S", 2.0)
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    await ana.patch(f"/api/spaces/{space_id}", {"description": "now"})
    hub = world.ctx.hub  # type: ignore[attr-defined]
    assert await rows_left(live) > 0
    await hub.outbox.settled()
    assert await rows_left(live) == 0
    assert not hub.outbox.mine
