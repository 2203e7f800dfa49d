"""What a client hears when the server breaks one of its own rules (issue 19: typed errors
instead of asserts): a bare INTERNAL error with no details, the details in the log; and the
one such state a deployment can reach, a session on an SFU that is no longer configured."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import update

from protocol.errors import InvariantBroken
from protocol.video import VideoMode
from server.services import spaces as space_service
from storage.models import VideoSession

from .conftest import World, error_code, ok


async def test_a_broken_invariant_answers_a_bare_internal_error_and_is_logged(
    world: World, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)

    async def broken(*args: object, **kwargs: object) -> None:
        raise InvariantBroken("the audit row's secret detail is missing")

    monkeypatch.setattr(space_service, "read_audit_log", broken)
    with caplog.at_level(logging.ERROR, logger="twinspace.http"):
        response = await ana.get(f"/api/spaces/{space_id}/audit")
    assert error_code(response, 500) == "internal"
    assert response.json()["error"]["message"] == "internal error"
    assert "secret" not in response.text
    logged = [r for r in caplog.records if r.exc_info and r.exc_info[0] is InvariantBroken]
    assert len(logged) == 1


async def test_joining_a_session_left_on_an_sfu_no_longer_configured_is_unavailable(
    world: World,
) -> None:
    # A session moved to the SFU, then the server restarted without Janus: a newcomer's
    # admission cannot get a place in a room, and hears 503 rather than a crash.
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    base = f"/api/spaces/{space_id}/video-sessions"
    session_id = ok(await ana.post(base, {}), 201)["session"]["id"]
    async with world.ctx.sessionmaker() as db, db.begin():
        await db.execute(
            update(VideoSession).where(VideoSession.id == session_id).values(mode=VideoMode.SFU)
        )
    join = await lea.post(f"{base}/{session_id}/join")
    assert error_code(join, 503) == "unavailable"
    again = await lea.post(f"{base}/{session_id}/join")  # nothing of the refused join was kept
    assert error_code(again, 503) == "unavailable"
