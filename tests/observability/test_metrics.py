"""`/metrics` scraped from a real uvicorn server while real WebSocket clients load it: the
counters and gauges move by exactly what the clients did; and nobody without the token sees
a single figure."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from prometheus_client import REGISTRY
from prometheus_client.parser import text_string_to_metric_families

from protocol.messages import Ack, Auth, Event, Ping, Pong, Reset, Subscribe
from server.clock import FakeClock
from server.config import ArchiveLimits, Settings
from server.context import AppContext
from server.observability.metrics import LatencyTracker
from tests.http.archive_support import upload, uploaded
from tests.http.conftest import ok
from tests.realtime.conftest import LiveServer, WsClient, serve, with_limits

TOKEN = "scrape-me-0123456789"
SUBSCRIBERS = 6
EVENTS = 20


@pytest.fixture(params=["memory-broker", "redis-broker"])
def broker_url(request: pytest.FixtureRequest) -> str | None:
    if request.param == "memory-broker":
        return None
    return str(request.getfixturevalue("redis_url"))


@pytest.fixture
async def live(
    broker_url: str | None, database_url: str, tmp_path: Path
) -> AsyncIterator[LiveServer]:
    settings = Settings(
        database_url=database_url,
        data_dir=tmp_path,
        cheap_hashing=True,
        metrics_token=TOKEN,
        redis_url=broker_url,
    )
    async with serve(settings, FakeClock()) as server:
        yield server


Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


async def scrape(client: httpx.AsyncClient) -> Samples:
    response = await client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/plain")
    samples: Samples = {}
    for family in text_string_to_metric_families(response.text):
        for sample in family.samples:
            samples[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return samples


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


def moved(before: Samples, after: Samples, name: str, **labels: str) -> float:
    return value(after, name, **labels) - value(before, name, **labels)


async def test_metrics_move_with_a_small_load_of_real_clients(live: LiveServer) -> None:
    world = live.world
    client = world.client
    ctx: AppContext = world.ctx  # type: ignore[assignment]
    teacher = await world.etwinner("Ana")
    space_id = await world.space(teacher)
    channel = f"space:{space_id}"
    before = await scrape(client)

    subscribers: list[WsClient] = []
    for _ in range(SUBSCRIBERS):
        ws = await live.connect(teacher)
        await ws.send(Subscribe(ref="s", channel=channel))
        await ws.expect(Ack)
        subscribers.append(ws)
    during = await scrape(client)
    assert value(during, "twinspace_ws_connections") == SUBSCRIBERS
    assert value(during, "twinspace_ws_subscriptions", kind="space") == SUBSCRIBERS
    assert value(during, "twinspace_broker_channels") == 1
    assert value(during, "twinspace_broker_healthy") == 1
    assert value(during, "twinspace_db_pool_size") >= 1
    assert moved(before, during, "twinspace_ws_accepted_total") == SUBSCRIBERS

    # The load: settings changes over HTTP, each an event fanned out to every subscriber.
    for n in range(EVENTS):
        response = await teacher.patch(f"/api/spaces/{space_id}", {"title": f"Project v{n}"})
        assert response.status_code == 200, response.text
    for ws in subscribers:
        for _ in range(EVENTS):
            await ws.expect(Event)
    head = await ctx.hub.broker.head(channel)

    # Recoveries: one exact replay, one reset for a `since` from the future.
    replaying = await live.connect(teacher)
    await replaying.send(Subscribe(ref="r", channel=channel, since=head - 3))
    await replaying.expect(Ack)
    for _ in range(3):
        await replaying.expect(Event)
    ahead = await live.connect(teacher)
    await ahead.send(Subscribe(ref="a", channel=channel, since=head + 50))
    await ahead.expect(Ack)
    assert (await ahead.expect(Reset)).reason == "ahead"

    # Disconnects: every subscriber leaves; one stranger is refused with 4001.
    for ws in [*subscribers, replaying, ahead]:
        await ws.socket.close()
    stranger = WsClient(await live.raw())
    await stranger.send(Auth(token="not-a-session-token"))
    await stranger.closed_with(4001)

    async def settled() -> Samples:
        for _ in range(300):
            samples = await scrape(client)
            if value(samples, "twinspace_ws_connections") == 0:
                return samples
            await asyncio.sleep(0.01)
        pytest.fail("connections did not drop back to 0")

    after = await settled()
    assert moved(before, after, "twinspace_ws_deliveries_total") == SUBSCRIBERS * EVENTS + 0
    assert moved(before, after, "twinspace_broker_events_total") == EVENTS
    # Every event was published and delivered by this process: each one timed.
    assert moved(before, after, "twinspace_publish_to_delivery_seconds_count") == EVENTS
    assert moved(before, after, "twinspace_publish_to_delivery_seconds_sum") > 0
    assert moved(before, after, "twinspace_ws_recoveries_total", outcome="replayed") == 1
    assert moved(before, after, "twinspace_ws_recoveries_total", outcome="ahead") == 1
    assert moved(before, after, "twinspace_ws_disconnects_total", code="peer") == SUBSCRIBERS + 2
    assert moved(before, after, "twinspace_ws_disconnects_total", code="4001") == 1
    assert value(after, "twinspace_ws_subscriptions", kind="space") == 0
    assert value(after, "twinspace_broker_channels") == 0
    assert moved(before, after, "twinspace_http_requests_total", method="PATCH", status="2xx") == (
        EVENTS
    )
    assert value(after, "twinspace_data_dir_free_bytes") > 0


async def test_rate_limit_hits_are_counted(database_url: str, tmp_path: Path) -> None:
    settings = with_limits(max_messages_per_second=1, message_burst=2, rate_limit_strikes=3)(
        Settings(database_url=database_url, data_dir=tmp_path, cheap_hashing=True)
    )
    settings = dataclasses.replace(settings, metrics_token=TOKEN)
    async with serve(settings, FakeClock()) as live:
        teacher = await live.world.etwinner("Ana")
        before = await scrape(live.world.client)
        ws = await live.connect(teacher)
        for n in range(5):
            await ws.send(Ping(ref=f"p{n}"))
        await ws.expect(Pong)
        await ws.expect(Pong)
        await ws.closed_with(4029)
        after = await scrape(live.world.client)
    assert moved(before, after, "twinspace_ws_rate_limited_total", action="refused") == 2
    assert moved(before, after, "twinspace_ws_rate_limited_total", action="closed") == 1


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}, {"Cookie": TOKEN}],
    ids=["none", "wrong-token", "no-scheme", "cookie"],
)
async def test_metrics_without_the_token_are_401_and_reveal_nothing(
    database_url: str, tmp_path: Path, headers: dict[str, str]
) -> None:
    settings = Settings(
        database_url=database_url, data_dir=tmp_path, cheap_hashing=True, metrics_token=TOKEN
    )
    async with serve(settings, FakeClock()) as live:
        response = await live.world.client.get("/metrics", headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert response.json()["error"]["code"] == "unauthenticated"
    assert "twinspace_" not in response.text


async def test_metrics_are_a_404_when_no_token_is_configured(
    database_url: str, tmp_path: Path
) -> None:
    settings = Settings(database_url=database_url, data_dir=tmp_path, cheap_hashing=True)
    async with serve(settings, FakeClock()) as live:
        response = await live.world.client.get(
            "/metrics", headers={"Authorization": "Bearer anything"}
        )
        unknown = await live.world.client.get("/no/such/route")
    assert response.status_code == 404
    assert response.json() == unknown.json()
    assert "twinspace_" not in response.text


def test_latency_is_timed_only_for_subscribed_channels_and_stays_bounded() -> None:
    def timed() -> float:
        return REGISTRY.get_sample_value("twinspace_publish_to_delivery_seconds_count") or 0.0

    tracker = LatencyTracker(capacity=2)
    tracker.published("space:1", b"nobody listens", subscribed=False)
    assert not tracker.started
    for payload in (b"first", b"second", b"third"):
        tracker.published("space:1", payload, subscribed=True)
    assert len(tracker.started) == 2  # the oldest was forgotten
    before = timed()
    tracker.delivered("space:1", b"third", subscribers=3)
    tracker.delivered("space:1", b"first", subscribers=3)  # forgotten: not timed
    tracker.delivered("space:2", b"second", subscribers=1)  # another channel: not timed
    assert timed() - before == 1
    assert len(tracker.started) == 1


async def test_uploads_stored_bytes_and_video_sessions_are_counted(
    database_url: str, tmp_path: Path
) -> None:
    settings = dataclasses.replace(
        Settings(database_url=database_url, data_dir=tmp_path, cheap_hashing=True),
        metrics_token=TOKEN,
        archive=ArchiveLimits(max_file_bytes=1000),
    )
    async with serve(settings, FakeClock()) as live:
        world = live.world
        teacher = await world.etwinner("Ana")
        space_id = await world.space(teacher)
        before = await scrape(world.client)
        await uploaded(teacher, space_id, "a.txt", b"x" * 300)
        await uploaded(teacher, space_id, "copy.txt", b"x" * 300)  # the same content again
        await uploaded(teacher, space_id, "b.txt", b"y" * 200)
        too_big = await upload(teacher, space_id, "big.bin", b"z" * 1001)
        assert too_big.status_code == 413
        ok(await teacher.post(f"/api/spaces/{space_id}/video-sessions", {}), 201)
        after = await scrape(world.client)
    assert moved(before, after, "twinspace_uploads_total", outcome="stored") == 2
    assert moved(before, after, "twinspace_uploads_total", outcome="deduplicated") == 1
    assert moved(before, after, "twinspace_uploads_total", outcome="refused") == 1
    assert moved(before, after, "twinspace_upload_bytes_total") == 800
    # Each content once: 300 + 200, however many files share it.
    assert value(after, "twinspace_file_store_bytes") == 500
    assert moved(before, after, "twinspace_video_sessions_started_total") == 1
    assert value(after, "twinspace_video_sessions") == 1
    # The teacher who started it is admitted, not yet joined over the WebSocket.
    assert value(after, "twinspace_video_participants") == 0
