"""The Janus adapter against a real Janus (Debian package `janus`) on loopback: rooms,
per-participant tokens, kick and destroy, with the admin key and room secrets kept server-side.

These exercise Janus's control plane (its HTTP API) on loopback. Media through Janus needs a
non-loopback interface (ice.c skips IFF_LOOPBACK), so it is tested in a private network
namespace: tests/test_video_janus_media.py (see docs/video.md).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from loadtest.janus_peer import JanusClient
from loadtest.janus_process import JanusProcess, janus_missing, start_janus
from server.config import Settings, VideoSettings
from server.services.video.janus import JanusError, JanusSfu
from server.services.video.sfu import participant_token, room_secret

from .conftest import service_unavailable
from .test_health import running

ROOM = 4242


@pytest.fixture
async def janus(tmp_path: Path) -> AsyncIterator[JanusProcess]:
    missing = janus_missing()
    if missing is not None:
        service_unavailable(f"{missing}; .ci/run installs it")
    process = await start_janus(tmp_path)
    try:
        yield process
    finally:
        process.stop()


async def join_as(client: JanusClient, room: int, publisher_id: int, token: str) -> dict[str, Any]:
    """Join the room as a (not yet publishing) participant; the plugin's answer."""
    handle = await client.attach()
    body = {"request": "join", "ptype": "publisher", "room": room, "id": publisher_id}
    await client.message(handle, {**body, "token": token})
    event = await client.queues[handle].get()
    data: dict[str, Any] = event["plugindata"]["data"]
    return data


async def participants(sfu: JanusSfu, room: int) -> set[int]:
    data = await sfu.request({"request": "listparticipants", "room": room})
    return {p["id"] for p in data["participants"]}


async def test_only_holders_of_a_token_get_into_a_room(janus: JanusProcess) -> None:
    sfu = JanusSfu(janus.url, janus.admin_key)
    token = participant_token(janus.admin_key, ROOM, 7)
    await sfu.create_room(ROOM, [token], publishers=4)
    client = JanusClient(janus.url)
    await client.open()
    try:
        assert (await join_as(client, ROOM, 7, token))["videoroom"] == "joined"
        other = participant_token(janus.admin_key, ROOM, 8)
        refused = await join_as(client, ROOM, 8, other)
        assert "error_code" in refused
        await sfu.allow(ROOM, [other])
        assert (await join_as(client, ROOM, 8, other))["videoroom"] == "joined"
        assert await participants(sfu, ROOM) == {7, 8}
    finally:
        await client.close()
        await sfu.destroy_room(ROOM)


async def test_kick_disconnects_and_revokes_the_token(janus: JanusProcess) -> None:
    sfu = JanusSfu(janus.url, janus.admin_key)
    token = participant_token(janus.admin_key, ROOM, 7)
    await sfu.create_room(ROOM, [token], publishers=4)
    client = JanusClient(janus.url)
    await client.open()
    try:
        assert (await join_as(client, ROOM, 7, token))["videoroom"] == "joined"
        await sfu.kick(ROOM, 7, token)
        assert await participants(sfu, ROOM) == set()
        assert "error_code" in await join_as(client, ROOM, 7, token)
        await sfu.kick(ROOM, 7, token)  # idempotent
    finally:
        await client.close()
        await sfu.destroy_room(ROOM)


async def test_destroy_is_idempotent_and_closes_the_room(janus: JanusProcess) -> None:
    sfu = JanusSfu(janus.url, janus.admin_key)
    token = participant_token(janus.admin_key, ROOM, 1)
    await sfu.create_room(ROOM, [token], publishers=4)
    await sfu.destroy_room(ROOM)
    await sfu.destroy_room(ROOM)
    with pytest.raises(JanusError):
        await participants(sfu, ROOM)


async def test_admin_key_and_room_secret_stay_with_the_server(janus: JanusProcess) -> None:
    """A client that knows neither cannot create, kick or destroy."""
    sfu = JanusSfu(janus.url, janus.admin_key)
    await sfu.create_room(ROOM, [], publishers=4)
    try:
        outsider = JanusSfu(janus.url, "not-the-admin-key")
        with pytest.raises(JanusError):
            await outsider.create_room(ROOM + 1, [], publishers=4)
        with pytest.raises(JanusError):
            await outsider.destroy_room(ROOM)  # wrong room secret
        assert room_secret(janus.admin_key, ROOM) != room_secret("not-the-admin-key", ROOM)
    finally:
        await sfu.destroy_room(ROOM)


async def test_unreachable_janus_is_unavailable() -> None:
    from loadtest.processes import free_port

    sfu = JanusSfu(f"http://127.0.0.1:{free_port()}/janus", "key")
    with pytest.raises(JanusError):
        await sfu.create_room(ROOM, [], publishers=4)


async def test_readiness_reports_janus_up_then_down(janus: JanusProcess, tmp_path: Path) -> None:
    video = VideoSettings(janus_url=janus.url, janus_admin_key=janus.admin_key)
    settings = Settings(data_dir=tmp_path, cheap_hashing=True, video=video)
    async with running(settings) as client:
        up = await client.get("/readyz")
        assert up.status_code == 200, up.text
        assert up.json()["checks"]["janus"]["status"] == "ok"
        janus.stop()
        down = await client.get("/readyz")
    assert down.status_code == 503
    assert down.json()["checks"]["janus"]["status"] == "unavailable"


async def test_readiness_has_no_janus_check_without_janus(tmp_path: Path) -> None:
    async with running(Settings(data_dir=tmp_path, cheap_hashing=True)) as client:
        checks = (await client.get("/readyz")).json()["checks"]
    assert "janus" not in checks


async def test_the_media_probe_finds_nobody_publishing_in_an_empty_room(
    janus: JanusProcess,
) -> None:
    """On loopback no media can flow (tests/test_video_janus_media.py probes real media);
    here the probe joins with the server's own token and finds no publisher."""
    from server.services.video.probe import probe_room

    sfu = JanusSfu(janus.url, janus.admin_key)
    await sfu.create_room(ROOM, [], publishers=4)
    try:
        assert await probe_room(sfu, ROOM, seconds=0.1) == {}
    finally:
        await sfu.destroy_room(ROOM)


def test_the_probe_command_fails_clearly_when_janus_is_unreachable() -> None:
    from click.testing import CliRunner

    from loadtest.processes import free_port
    from server.cli import main

    url = f"http://127.0.0.1:{free_port()}/janus"
    result = CliRunner().invoke(
        main, ["video-probe", "7", "--janus-url", url, "--janus-admin-key", "k"]
    )
    assert result.exit_code == 2, result.output
    assert "unreachable" in result.output
