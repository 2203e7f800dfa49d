"""A change committed while Redis does not answer still reaches live clients: the hub holds
the announcement and its relay sends it once Redis is back (no silent gap)."""

from __future__ import annotations

import dataclasses
import signal

import pytest

from protocol.errors import ErrorCode
from protocol.messages import Ack, Error, Event, Presence, Subscribe

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


async def test_an_operation_that_needs_redis_while_it_is_down_answers_unavailable(
    live: LiveServer, private_redis: PrivateRedis
) -> None:
    # Presence lives in Redis: with Redis gone, joining it raised redis-py's ConnectionError,
    # which closed the socket as the server's own failure (1011) instead of answering.
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    client = await live.connect(ana)
    await private_redis.kill()
    await client.send(Subscribe(ref="p", channel=f"presence:{space_id}"))
    refused = await client.expect(Error, within=10.0)
    assert (refused.ref, refused.code) == ("p", ErrorCode.UNAVAILABLE)
    await private_redis.start()
    # Nothing of the failed try stayed behind: the next one is not "already subscribed".
    await client.send(Subscribe(ref="p2", channel=f"presence:{space_id}"))
    assert (await client.expect(Ack, within=10.0)).ref == "p2"
    assert (await client.expect(Presence)).channel == f"presence:{space_id}"
