"""The slow-consumer rule over real sockets: a client that stops reading while its channel is
busy is let go (its queue overflows, the server drops its backlog and its socket) without
holding anyone else up, and long before the keepalive would notice it."""

from __future__ import annotations

import asyncio
import contextlib

import pytest
from websockets.exceptions import ConnectionClosed

from protocol.close_codes import CloseCode
from protocol.messages import Ack, Event, Subscribe

from ..support import eventually
from .conftest import LiveServer, SettingsTweak, WsClient, with_limits

#: A short queue, so a few megabytes of events overflow it once the socket buffers are full.
QUEUE = 20
#: Big events: the kernel's socket buffers (megabytes on loopback) fill after a few hundred.
BLOB = "x" * 30_000
EVENTS = 600
#: Longest wait for the server to let the stalled client go: well under the keepalive's
#: 40 s, which was what closed a stalled client before (docs/benchmarks.md).
LET_GO_S = 10.0


@pytest.fixture
def tweak() -> SettingsTweak:
    return with_limits(max_outbound_queue=QUEUE)


async def subscribed(client: WsClient, channel: str) -> int:
    await client.send(Subscribe(ref=client.ref(), channel=channel))
    ack: Ack = await client.expect(Ack)
    assert ack.seq is not None
    return ack.seq


async def test_a_client_that_stops_reading_is_let_go_and_holds_nobody_up(
    live: LiveServer,
) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    channel = f"space:{space_id}"
    stalled, reader = await live.connect(lea), await live.connect(ana)
    await subscribed(stalled, channel)
    head = await subscribed(reader, channel)
    stalled.socket.transport.pause_reading()  # reads nothing more, answers no ping
    hub = world.ctx.hub  # type: ignore[attr-defined]

    received: list[int] = []

    async def read_all() -> None:
        while len(received) < EVENTS:
            event = await reader.expect(Event)
            received.append(event.seq)

    reading = asyncio.create_task(read_all())
    for n in range(EVENTS):
        # Paced by the reader, which keeps within half a queue: only Léa falls behind.
        def caught_up(n: int = n) -> bool:
            return len(received) >= n - QUEUE // 2

        await eventually("the reader keeps up", caught_up)
        await hub.publish(channel, "bulk", {"n": n, "blob": BLOB})
    await asyncio.wait_for(reading, 30)
    assert received == list(range(head + 1, head + 1 + EVENTS))  # nobody waited for Léa

    def let_go() -> bool:
        return lea.id not in hub.connections_of and len(hub.listeners[channel]) == 1

    await eventually("the server lets the stalled client go", let_go, within=LET_GO_S)
    # When it reads again it finds its connection ended: the 4008 if the close frame got
    # out, else the cut (1006); either way it resumes with `since`.
    stalled.socket.transport.resume_reading()
    backlog = 0
    with contextlib.suppress(ConnectionClosed):
        async with asyncio.timeout(LET_GO_S):
            async for _ in stalled.socket:
                backlog += 1  # what the socket buffers held
    assert stalled.socket.close_code in (CloseCode.SLOW_CONSUMER, 1006)
    assert backlog < EVENTS
    await reader.nothing_within(0.1)
