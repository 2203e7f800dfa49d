"""Sessions that grow past the mesh limit move to a real Janus room: tokens for everyone
admitted, kick on removal, the room destroyed at the end. Janus's control plane only; media
through Janus, in a private network namespace, is tests/test_video_janus_media.py."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from loadtest.janus_peer import JanusClient
from loadtest.janus_process import JanusProcess
from server.app import create_app
from server.clock import FakeClock
from server.config import Settings, VideoSettings
from server.services.video.janus import JanusError, JanusSfu

from ..test_video_janus import janus as janus  # the fixture
from ..test_video_janus import join_as, participants
from .conftest import World, error_code, ok


@pytest.fixture
async def sfu_world(
    database_url: str, tmp_path: Path, clock: FakeClock, janus: JanusProcess
) -> AsyncIterator[World]:
    video = VideoSettings(mesh_limit=2, janus_url=janus.url, janus_admin_key=janus.admin_key)
    settings = dataclasses.replace(
        Settings(database_url=database_url, data_dir=tmp_path, cheap_hashing=True), video=video
    )
    app = create_app(settings, clock=clock)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            yield World(client, app.state.ctx, clock)


async def test_session_moves_to_janus_past_the_mesh_limit(
    sfu_world: World, janus: JanusProcess
) -> None:
    world = sfu_world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea, tom] = await world.pupils(ana, space_id, ["Léa", "Tom"])
    started = ok(await ana.post(f"/api/spaces/{space_id}/video-sessions", {}), 201)
    session_id = started["session"]["id"]
    base = f"/api/spaces/{space_id}/video-sessions/{session_id}"
    assert started["sfu"] is None
    second = ok(await lea.post(f"{base}/join"))
    assert second["session"]["mode"] == "mesh"
    assert second["sfu"] is None
    third: dict[str, Any] = ok(await tom.post(f"{base}/join"))
    assert third["session"]["mode"] == "sfu"
    access = third["sfu"]
    assert access["room"] == session_id
    assert access["publisher_id"] == third["me"]["id"]
    assert access["url"] == janus.url
    # Those admitted before the switch get their own token by asking again.
    teacher = ok(await ana.post(f"{base}/join"))["sfu"]
    assert teacher["token"] != access["token"]
    sfu = JanusSfu(janus.url, janus.admin_key)
    client = JanusClient(janus.url)
    await client.open()
    try:
        joined = await join_as(client, session_id, access["publisher_id"], access["token"])
        assert joined["videoroom"] == "joined"
        forged = await join_as(client, session_id, 999, teacher["token"] + "x")
        assert "error_code" in forged
        ok(await ana.post(f"{base}/participants/{access['publisher_id']}/remove", {}))
        assert access["publisher_id"] not in await participants(sfu, session_id)
        again = await join_as(client, session_id, access["publisher_id"], access["token"])
        assert "error_code" in again  # the token was revoked
        ok(await ana.post(f"{base}/end"))
        with pytest.raises(JanusError):
            await participants(sfu, session_id)
    finally:
        await client.close()


async def test_janus_down_refuses_the_switch_and_changes_nothing(
    sfu_world: World, janus: JanusProcess
) -> None:
    world = sfu_world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea, tom] = await world.pupils(ana, space_id, ["Léa", "Tom"])
    session_id = ok(await ana.post(f"/api/spaces/{space_id}/video-sessions", {}), 201)["session"][
        "id"
    ]
    base = f"/api/spaces/{space_id}/video-sessions/{session_id}"
    ok(await lea.post(f"{base}/join"))
    janus.stop()
    before = await world.row_counts()
    assert error_code(await tom.post(f"{base}/join"), 503) == "unavailable"
    assert await world.row_counts() == before
    assert ok(await ana.get(base))["mode"] == "mesh"


async def test_janus_down_refuses_the_archive_and_changes_nothing(
    sfu_world: World, janus: JanusProcess
) -> None:
    # The room cannot be destroyed: archiving would leave pupils' media flowing in a
    # read-only space that no one may moderate, so the archive waits for Janus (503).
    world = sfu_world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea, tom] = await world.pupils(ana, space_id, ["Léa", "Tom"])
    started = ok(await ana.post(f"/api/spaces/{space_id}/video-sessions", {}), 201)
    base = f"/api/spaces/{space_id}/video-sessions/{started['session']['id']}"
    ok(await lea.post(f"{base}/join"))
    assert ok(await tom.post(f"{base}/join"))["session"]["mode"] == "sfu"
    janus.stop()
    before = await world.row_counts()
    assert error_code(await ana.post(f"/api/spaces/{space_id}/archive"), 503) == "unavailable"
    assert error_code(await ana.delete(f"/api/spaces/{space_id}"), 503) == "unavailable"
    assert await world.row_counts() == before
    assert ok(await ana.get(f"/api/spaces/{space_id}"))["archived"] is False
    assert ok(await ana.get(base))["state"] == "live"


async def test_deleting_the_space_destroys_its_sessions_janus_rooms(
    sfu_world: World, janus: JanusProcess
) -> None:
    world = sfu_world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea, tom] = await world.pupils(ana, space_id, ["Léa", "Tom"])
    started = ok(await ana.post(f"/api/spaces/{space_id}/video-sessions", {}), 201)
    session_id = started["session"]["id"]
    base = f"/api/spaces/{space_id}/video-sessions/{session_id}"
    ok(await lea.post(f"{base}/join"))
    assert ok(await tom.post(f"{base}/join"))["session"]["mode"] == "sfu"
    sfu = JanusSfu(janus.url, janus.admin_key)
    assert await participants(sfu, session_id) == set()  # the room exists, no one in it yet
    ok(await ana.delete(f"/api/spaces/{space_id}"), 204)
    with pytest.raises(JanusError):
        await participants(sfu, session_id)
