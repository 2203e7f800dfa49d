"""Removing, demoting, suspending and signing out take effect on live connections at once."""

from __future__ import annotations

from typing import Any

import pytest

from protocol.close_codes import CloseCode, CloseReason
from protocol.messages import Ack, Closing, Error, Event, Subscribe, Unsubscribed
from server.websocket import endpoint

from .conftest import LiveServer, WsClient


async def subscribed(live: LiveServer, client: WsClient, channel: str) -> None:
    await client.send(Subscribe(ref=client.ref(), channel=channel))
    await client.expect(Ack)


async def test_removed_pupil_loses_the_space_channels_at_once(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    client = await live.connect(lea)
    await subscribed(live, client, f"space:{space_id}")
    await subscribed(live, client, f"archive:{space_id}")
    await ana.post(f"/api/spaces/{space_id}/members/{lea.id}/remove", {})
    # The removal itself is the last space event the pupil may see... or not: either way,
    # both subscriptions end, and nothing of the space arrives afterwards.
    ended: set[str] = set()
    while len(ended) < 2:
        message = await client.receive(within=1.0)
        if isinstance(message, Unsubscribed):
            assert message.code == "not_found"
            ended.add(message.channel)
        else:
            assert isinstance(message, Event)
    assert ended == {f"space:{space_id}", f"archive:{space_id}"}
    await ana.patch(f"/api/spaces/{space_id}", {"description": "after"})
    await client.nothing_within(0.2)


async def test_suspended_account_is_disconnected(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    client = await live.connect(ana)
    admin = await world.national_admin("FR")
    await admin.post(f"/api/admin/accounts/{ana.id}/suspend", {"reason": "x"})
    closing = await client.expect(Closing, within=1.0)
    assert (closing.code, closing.reason) == (CloseCode.FORBIDDEN, CloseReason.ACCOUNT_LOCKED)
    await client.closed_with(CloseCode.FORBIDDEN)


async def test_logout_closes_that_session_only(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    other = await world.sign_in(ana.account["email"])
    mine, theirs = await live.connect(ana), await live.connect(other)
    await ana.post("/api/auth/logout")
    await mine.closed_with(CloseCode.UNAUTHENTICATED)
    assert mine.socket.close_reason == CloseReason.SIGNED_OUT
    await theirs.nothing_within(0.1)


async def test_pupil_code_reset_closes_the_pupils_connections(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    client = await live.connect(lea)
    await ana.post(f"/api/spaces/{space_id}/pupils/{lea.id}/reset-code")
    await client.closed_with(CloseCode.UNAUTHENTICATED)


async def test_deleted_space_ends_every_subscription(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    bob = await world.etwinner("Bob")
    space_id = await world.space(ana)
    await world.add_teacher(ana, space_id, bob)
    client = await live.connect(bob)
    await subscribed(live, client, f"space:{space_id}")
    await ana.delete(f"/api/spaces/{space_id}")
    ended = await client.expect(Unsubscribed, within=1.0)
    assert (ended.channel, ended.code) == (f"space:{space_id}", "not_found")


async def test_demoted_member_keeps_channels_they_may_still_read(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    bob = await world.etwinner("Bob")
    space_id = await world.space(ana)
    await world.add_teacher(ana, space_id, bob, role="admin")
    client = await live.connect(bob)
    await subscribed(live, client, f"space:{space_id}")
    await ana.patch(f"/api/spaces/{space_id}/members/{bob.id}", {"role": "teacher"})
    changed = await client.expect(Event)
    assert (changed.event, changed.data["role"]) == ("member.role_changed", "teacher")
    await client.nothing_within(0.2)


async def test_removal_landing_during_subscribe_is_not_outlived(
    live: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    client = await live.connect(lea)
    real_authorize = endpoint.WsSession.authorize
    removed = False

    async def authorize_then_get_removed(self: endpoint.WsSession, channel: Any) -> Any:
        nonlocal removed
        grant = await real_authorize(self, channel)
        if not removed:  # the removal lands after the check, before registration
            removed = True
            await ana.post(f"/api/spaces/{space_id}/members/{lea.id}/remove", {})
        return grant

    monkeypatch.setattr(endpoint.WsSession, "authorize", authorize_then_get_removed)
    await client.send(Subscribe(ref="s", channel=f"space:{space_id}"))
    error = await client.expect(Error)
    assert (error.ref, error.code) == ("s", "not_found")
    hub = world.ctx.hub  # type: ignore[attr-defined]
    assert f"space:{space_id}" not in hub.listeners
    await ana.patch(f"/api/spaces/{space_id}", {"description": "after"})
    await client.nothing_within(0.2)
