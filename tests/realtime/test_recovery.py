"""A client that drops while a channel is busy comes back with every event once, in order,
even while events keep arriving during its resubscription; with each broker."""

from __future__ import annotations

import asyncio
import dataclasses

import pytest

from protocol.messages import Ack, Event, Subscribe
from server.context import AppContext

from ..http.conftest import ApiUser
from .conftest import LiveServer, SettingsTweak, WsClient

EVENTS = 400
EVERY_S = 0.005  # about 200 events a second: a busy thread
AWAY_S = 1.0  # long enough to miss a couple of hundred events


@pytest.fixture(params=["memory-broker", "redis-broker"])
def tweak(request: pytest.FixtureRequest) -> SettingsTweak:
    if request.param == "memory-broker":
        return lambda settings: settings
    url = str(request.getfixturevalue("redis_url"))
    return lambda settings: dataclasses.replace(settings, redis_url=url)


async def receive_until(client: WsClient, channel: str, last: int) -> list[int]:
    seqs: list[int] = []
    while not seqs or seqs[-1] < last:
        message = await client.receive()
        assert isinstance(message, Event), message
        assert message.channel == channel
        seqs.append(message.seq)
    return seqs


async def test_drop_during_a_busy_channel_loses_nothing_and_repeats_nothing(
    live: LiveServer,
) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    await drop_and_resume(live, ana, f"space:{space_id}")


async def test_drop_during_a_busy_thread_loses_nothing_and_repeats_nothing(
    live: LiveServer,
) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    body = {"title": "Busy", "body": "Go", "client_id": "recovery-thread"}
    created = await ana.post(f"/api/spaces/{space_id}/forum/threads", body)
    assert created.status_code == 201, created.text
    await drop_and_resume(live, ana, f"thread:{space_id}:{created.json()['thread']['id']}")


async def drop_and_resume(live: LiveServer, ana: ApiUser, channel: str) -> None:
    """Follow ``channel`` while it is busy, drop after 50 events, come back with ``since``:
    every event arrives once, in order."""
    ctx: AppContext = live.world.ctx  # type: ignore[assignment]
    before = await ctx.hub.broker.head(channel)

    async def publish_all() -> None:
        for n in range(EVENTS):
            await ctx.hub.publish(channel, "post.created", {"n": n})
            await asyncio.sleep(EVERY_S)

    first = await live.connect(ana)
    await first.send(Subscribe(ref="a", channel=channel))
    assert (await first.expect(Ack)).seq == before
    publisher = asyncio.create_task(publish_all())
    seen_first: list[int] = []
    while len(seen_first) < 50:
        seen_first.append((await first.expect(Event)).seq)
    await first.socket.close()
    await asyncio.sleep(AWAY_S)

    second = await live.connect(ana)
    await second.send(Subscribe(ref="b", channel=channel, since=seen_first[-1]))
    await second.expect(Ack)
    seen_second = await receive_until(second, channel, before + EVENTS)
    await publisher
    await second.nothing_within(0.1)

    assert seen_first == list(range(before + 1, before + 51))
    assert seen_second == list(range(seen_first[-1] + 1, before + EVENTS + 1))
