"""Hostile and greedy clients: bad frames, floods, oversize frames, idleness, many channels."""

from __future__ import annotations

import pytest

from protocol.close_codes import CloseCode
from protocol.messages import Ack, Closing, Error, Ping, Pong, Subscribe

from .conftest import LiveServer, SettingsTweak, with_limits


@pytest.fixture
def tweak() -> SettingsTweak:
    return with_limits(
        max_subscriptions=2,
        max_messages_per_second=5,
        message_burst=10,
        rate_limit_strikes=5,
        idle_timeout_ms=1500,
        heartbeat_interval_ms=500,
    )


async def test_malformed_frames_get_errors_and_the_connection_stays(live: LiveServer) -> None:
    ana = await live.world.etwinner("Ana")
    client = await live.connect(ana)
    for frame, code in [
        ("{not json", "malformed"),
        ('{"type":"launch","ref":"x"}', "unsupported"),
        ('{"type":"ping","ref":"x","extra":1}', "malformed"),
        ("[" * 40 + "]" * 40, "too_large"),
    ]:
        await client.socket.send(frame)
        error = await client.expect(Error)
        assert error.code == code, frame
    await client.send(Ping(ref="still-here"))
    assert (await client.expect(Pong)).ref == "still-here"


async def test_oversize_frame_closes_1009(live: LiveServer) -> None:
    ana = await live.world.etwinner("Ana")
    client = await live.connect(ana)
    await client.socket.send('{"type":"ping","ref":"' + "x" * 70_000 + '"}')
    await client.closed_with(CloseCode.MESSAGE_TOO_BIG)


async def test_flood_is_rate_limited_then_closed(live: LiveServer) -> None:
    ana = await live.world.etwinner("Ana")
    client = await live.connect(ana)
    for n in range(30):
        await client.send(Ping(ref=f"p{n}"))
    answers = []
    while True:
        message = await client.receive()
        if isinstance(message, Closing):
            break
        answers.append(message)
    pongs = [m for m in answers if isinstance(m, Pong)]
    limited = [m for m in answers if isinstance(m, Error)]
    assert len(pongs) >= 10
    assert limited
    assert all(e.code == "rate_limited" and e.retry_after_ms for e in limited)
    await client.closed_with(CloseCode.RATE_LIMITED)


async def test_subscriptions_per_connection_are_limited(live: LiveServer) -> None:
    ana = await live.world.etwinner("Ana")
    space_id = await live.world.space(ana)
    client = await live.connect(ana)
    for channel in (f"space:{space_id}", f"archive:{space_id}"):
        await client.send(Subscribe(ref="s", channel=channel))
        await client.expect(Ack)
    await client.send(Subscribe(ref="third", channel=f"presence:{space_id}"))
    error = await client.expect(Error)
    assert (error.ref, error.code) == ("third", "limit_exceeded")


async def test_idle_connection_is_closed_4002(live: LiveServer) -> None:
    ana = await live.world.etwinner("Ana")
    client = await live.connect(ana)
    closing = await client.expect(Closing, within=3.0)
    assert closing.code == CloseCode.IDLE_TIMEOUT
    await client.closed_with(CloseCode.IDLE_TIMEOUT)


async def test_tabs_of_one_account_share_a_message_budget(live: LiveServer) -> None:
    ana = await live.world.etwinner("Ana")
    tabs = [await live.connect(ana) for _ in range(3)]
    # Each tab may burst 10, the account 20: the third tab finds the account's budget spent
    # although its own is full.
    for tab in tabs[:2]:
        for n in range(10):
            await tab.send(Ping(ref=f"p{n}"))
    for n in range(4):  # fewer than the 5 strikes that would close it
        await tabs[2].send(Ping(ref=f"q{n}"))
    answers = [await tabs[2].receive() for _ in range(4)]
    limited = [a for a in answers if isinstance(a, Error) and a.code == "rate_limited"]
    assert len(limited) >= 3, answers
