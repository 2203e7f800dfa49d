"""A change committed while Redis does not answer still reaches live clients: the hub holds
the announcement and its relay sends it once Redis is back (no silent gap)."""

from __future__ import annotations

import dataclasses
import signal

import pytest

from protocol.messages import Ack, Event, Subscribe

from ..support import PrivateRedis
from .conftest import LiveServer, SettingsTweak

pytestmark = pytest.mark.redis


@pytest.fixture
def tweak(private_redis: PrivateRedis) -> SettingsTweak:
    return lambda settings: dataclasses.replace(settings, redis_url=private_redis.url)


def pause(redis: PrivateRedis, sig: signal.Signals) -> None:
    assert redis.process is not None
    redis.process.send_signal(sig)


async def test_an_event_committed_while_redis_is_stalled_arrives_once_it_is_back(
    live: LiveServer, private_redis: PrivateRedis
) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    channel = f"space:{space_id}"
    client = await live.connect(ana)
    await client.send(Subscribe(ref="s", channel=channel))
    head = (await client.expect(Ack)).seq
    hub = live.world.ctx.hub  # type: ignore[attr-defined]
    pause(private_redis, signal.SIGSTOP)  # Redis stops answering: publishes time out
    try:
        await ana.patch(f"/api/spaces/{space_id}", {"description": "while down"})
        assert len(hub.unsent) == 1  # committed, held for the relay
    finally:
        pause(private_redis, signal.SIGCONT)
    event = await client.expect(Event, within=10.0)
    assert (event.seq, event.event) == (head + 1, "space.updated")
    assert event.data == {"description": "while down"}
    await ana.patch(f"/api/spaces/{space_id}", {"description": "after"})
    following = await client.expect(Event)
    assert (following.seq, following.data) == (head + 2, {"description": "after"})
    assert not hub.unsent
