"""Redis killed and started again, empty, under two real `twinspace serve` processes while a
teacher keeps changing her space: both processes reconnect and resubscribe; what was
committed while Redis was down is relayed once it is back; and since Redis lost every channel's
numbering, each client is told so with a `reset` (reason `restarted`) before the events
numbered anew, which it would otherwise have dropped as duplicates of what it had.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from protocol.messages import Event, Reset, ResetReason
from server.clock import FakeClock
from server.security import Secrets
from storage.database import create_engine, make_sessionmaker
from tests.support import PrivateRedis, eventually

from ..http.conftest import World
from .conftest import WsClient
from .test_multiprocess import Cluster, Storage, start_process, stop, subscribe

pytestmark = pytest.mark.redis

#: Changes before Redis is killed: more than are made after, so that the new numbering stays
#: below every client's position (the case a client cannot tell from duplicates by itself).
BEFORE, WHILE_DOWN, AFTER = 12, 4, 4


@pytest.fixture
async def cluster(
    database_url: str, private_redis: PrivateRedis, tmp_path: Path
) -> AsyncIterator[Cluster]:
    a = await start_process(database_url, private_redis.url, tmp_path / "a")
    try:
        b = await start_process(database_url, private_redis.url, tmp_path / "b")
    except BaseException:
        stop(a)
        raise
    engine = create_engine(database_url)
    storage = Storage(make_sessionmaker(engine), Secrets(cheap_hashing=True))
    try:
        async with httpx.AsyncClient(base_url=a.http, timeout=30) as client:
            cluster = Cluster(a, b, World(client, storage, FakeClock()))  # type: ignore[arg-type]
            try:
                yield cluster
            finally:
                for ws in cluster.clients:
                    await ws.socket.close()
    finally:
        stop(a)
        stop(b)
        await engine.dispose()


async def received_until(client: WsClient, last_description: str) -> list[Event | Reset]:
    """Everything the client was sent on the channel until the event carrying the last
    change (bounded: each message must come within the client's receive timeout)."""
    seen: list[Event | Reset] = []
    while True:
        message = await client.receive(within=10)
        if isinstance(message, Event | Reset):
            seen.append(message)
        if isinstance(message, Event) and message.data.get("description") == last_description:
            return seen


def check_stream(seen: list[Event | Reset]) -> None:
    """Each numbering counts up by one, without a repeat; the one restart is told once."""
    resets = [m for m in seen if isinstance(m, Reset)]
    assert [(r.seq, r.reason) for r in resets] == [(0, ResetReason.RESTARTED)], resets
    position: int | None = None
    for message in seen:
        if isinstance(message, Reset):
            position = message.seq
            continue
        if position is not None:
            assert message.seq == position + 1, f"after {position}: {message.seq}"
        position = message.seq


async def test_redis_restarted_empty_under_load_loses_nothing_silently(
    cluster: Cluster, private_redis: PrivateRedis
) -> None:
    world = cluster.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    channel = f"space:{space_id}"
    on_a, on_b = await cluster.connect(cluster.a, ana), await cluster.connect(cluster.b, lea)
    for client in (on_a, on_b):
        await subscribe(client, channel)
    descriptions = iter(f"change {n}" for n in range(BEFORE + WHILE_DOWN + AFTER))

    async def change() -> None:
        answer = await ana.patch(f"/api/spaces/{space_id}", {"description": next(descriptions)})
        assert answer.status_code == 200, answer.text  # committed, whatever Redis does

    for _ in range(BEFORE):
        await change()
    await private_redis.kill()
    for _ in range(WHILE_DOWN):
        await change()  # held by process a's relay until Redis is back
    await asyncio.sleep(0.3)
    await private_redis.start()

    for process in (cluster.a, cluster.b):

        async def ready(url: str = f"{process.http}/readyz") -> bool:
            async with httpx.AsyncClient() as client:
                return (await client.get(url)).status_code == 200

        await eventually(f"{process.http} ready again", ready, 10)
    for _ in range(AFTER):
        await change()
    last = f"change {BEFORE + WHILE_DOWN + AFTER - 1}"
    for client in (on_a, on_b):
        seen = await received_until(client, last)
        check_stream(seen)
        events = [m for m in seen if isinstance(m, Event)]
        # Each change reached the client at most once, in the order it was made.
        made = [m.data["description"] for m in events if "description" in m.data]
        assert made == sorted(set(made), key=lambda d: int(d.split()[1]))
        await client.nothing_within(0.2)
