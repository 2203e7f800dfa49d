"""The load tester's watcher socket (loadtest/classroom_forum.py) against a real server whose
Redis is down for a moment: a subscribe answered ``unavailable`` is asked again, as the page
does. (Here for the live server and the private Redis of the realtime tests.)"""

from __future__ import annotations

import asyncio
import dataclasses

import pytest

from loadtest.classroom_forum import subscribe_watcher

from ..support import PrivateRedis
from .conftest import LiveServer, SettingsTweak

pytestmark = pytest.mark.redis

#: Longest the test waits for the refusal, then for the ack once Redis is back: a hang
#: detector, not an expectation.
WAIT_S = 30.0


@pytest.fixture
def tweak(private_redis: PrivateRedis) -> SettingsTweak:
    return lambda settings: dataclasses.replace(settings, redis_url=private_redis.url)


async def test_a_watcher_asks_again_for_a_channel_refused_unavailable(
    live: LiveServer, private_redis: PrivateRedis
) -> None:
    """A Redis master failing over answers subscribes ``unavailable`` for a few seconds. The
    watcher waited for an ack that never came, and its classroom's forum or chat was left out
    of the deployment's run ("forum start: TimeoutError", 3 runs of 14)."""
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    client = await live.connect(ana)
    await private_redis.kill()
    refused = asyncio.Event()
    subscribing = asyncio.create_task(
        subscribe_watcher(client.socket, "w0", f"presence:{space_id}", refused.set)
    )
    try:
        async with asyncio.timeout(WAIT_S):
            await refused.wait()
        await private_redis.start()
        async with asyncio.timeout(WAIT_S):
            await subscribing  # the ack of a later try
    finally:
        subscribing.cancel()
