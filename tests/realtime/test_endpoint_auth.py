"""Connecting to /ws: subprotocol, token or cookie authentication, Origin, timeouts."""

from __future__ import annotations

import datetime as dt

import pytest
from websockets.exceptions import InvalidStatus

from protocol.close_codes import CloseCode, CloseReason
from protocol.messages import Auth, Closing, Error, Ping, Pong, Subscribe, Welcome

from ..http.conftest import PASSWORD
from .conftest import LiveServer, SettingsTweak, WsClient, with_limits


async def test_token_in_first_message_authenticates(live: LiveServer) -> None:
    ana = await live.world.etwinner("Ana")
    client = await live.connect(ana)
    await client.send(Ping(ref="p1"))
    pong = await client.expect(Pong)
    assert pong.ref == "p1"


async def test_welcome_carries_the_limits(live: LiveServer) -> None:
    ana = await live.world.etwinner("Ana")
    client = WsClient(await live.raw())
    await client.send(Auth(token=ana.token))
    welcome = await client.expect(Welcome)
    assert welcome.protocol == "twinspace.v1"
    assert welcome.limits.max_frame_bytes == 64 * 1024


async def test_handshake_without_the_subprotocol_is_refused(live: LiveServer) -> None:
    with pytest.raises(InvalidStatus):
        await live.raw(subprotocols=["chat"])


async def test_bad_token_gets_error_and_close_4001(live: LiveServer) -> None:
    client = WsClient(await live.raw())
    await client.send(Auth(token="not-a-real-token-at-all"))
    error = await client.expect(Error)
    assert error.code == "unauthenticated"
    closing = await client.expect(Closing)
    # Why, as a code the page words (never the server's sentence), in both places.
    assert closing.reason is CloseReason.SESSION_INVALID
    await client.closed_with(CloseCode.UNAUTHENTICATED)
    assert client.socket.close_reason == "session_invalid"


async def test_any_other_first_message_closes_4001(live: LiveServer) -> None:
    client = WsClient(await live.raw())
    await client.send(Subscribe(ref="s", channel="space:1"))
    closing = await client.expect(Closing)
    assert closing.reason is CloseReason.AUTH_MISSING
    await client.closed_with(CloseCode.UNAUTHENTICATED)
    assert client.socket.close_reason == "auth_missing"


@pytest.fixture
def tweak() -> SettingsTweak:
    return with_limits(auth_timeout_ms=200)


async def test_silence_before_auth_closes_4001(live: LiveServer) -> None:
    client = WsClient(await live.raw())
    closing = await client.expect(Closing)
    assert closing.code == CloseCode.UNAUTHENTICATED
    await client.closed_with(CloseCode.UNAUTHENTICATED)


async def cookie_of(live: LiveServer, email: str) -> str:
    response = await live.world.client.post(
        "/api/auth/login", json={"email": email, "password": PASSWORD, "mode": "cookie"}
    )
    return str(response.cookies["twinspace_session"])


async def test_same_origin_cookie_authenticates_without_auth_message(live: LiveServer) -> None:
    ana = await live.world.etwinner("Ana")
    cookie = await cookie_of(live, ana.account["email"])
    host = live.ws_url.removeprefix("ws://").removesuffix("/ws")
    client = WsClient(
        await live.raw(
            additional_headers={"Cookie": f"twinspace_session={cookie}"},
            origin=f"http://{host}",
        )
    )
    welcome = await client.expect(Welcome)
    assert welcome.account_id == ana.id


async def test_cross_site_cookie_is_ignored(live: LiveServer) -> None:
    ana = await live.world.etwinner("Ana")
    cookie = await cookie_of(live, ana.account["email"])
    client = WsClient(
        await live.raw(
            additional_headers={"Cookie": f"twinspace_session={cookie}"},
            origin="https://evil.example",
        )
    )
    # The cookie opened nothing: the server still waits for an `auth` it cannot get.
    await client.nothing_within(0.1)
    await client.send(Subscribe(ref="s", channel="space:1"))
    await client.closed_with(CloseCode.UNAUTHENTICATED)


async def test_pending_teacher_may_connect_but_sees_no_space(live: LiveServer) -> None:
    account = await live.world.register("Pending")
    pending = await live.world.sign_in(account["email"])
    client = await live.connect(pending)
    await client.send(Subscribe(ref="s", channel="space:1"))
    error = await client.expect(Error)
    assert error.code == "not_found"


async def test_expired_session_closes_at_the_next_message(live: LiveServer) -> None:
    ana = await live.world.etwinner("Ana")
    client = await live.connect(ana)
    live.world.clock.advance(dt.timedelta(days=15))
    await client.send(Ping(ref="late"))
    closing = await client.expect(Closing)
    assert (closing.code, closing.reason) == (
        CloseCode.UNAUTHENTICATED,
        CloseReason.SESSION_EXPIRED,
    )
    await client.closed_with(CloseCode.UNAUTHENTICATED)
