"""Liveness and readiness probes, security headers and JSON errors, on the app run in-process
over its real lifespan, with the real databases and Redis."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from protocol.errors import Unavailable
from server.app import create_app
from server.config import Settings
from server.http.readiness import CheckResult, Readiness
from tests.support import PrivateRedis, eventually

#: Nothing listens on port 1 of the loopback: connecting is refused at once.
DEAD_REDIS_URL = "redis://127.0.0.1:1/0"


@asynccontextmanager
async def running(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """The app started as uvicorn would start it, with an HTTP client on it."""
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            yield client


def settings_for(database_url: str, tmp_path: Path, **overrides: Any) -> Settings:
    return Settings(database_url=database_url, data_dir=tmp_path, cheap_hashing=True, **overrides)


def statuses(body: dict[str, Any]) -> dict[str, str]:
    return {name: str(check["status"]) for name, check in body["checks"].items()}


def assert_security_headers(response: httpx.Response) -> None:
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


async def test_healthz_says_ok(database_url: str, tmp_path: Path) -> None:
    async with running(settings_for(database_url, tmp_path)) as client:
        response = await client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {}}
    assert response.headers["content-type"] == "application/json"
    assert response.headers["cache-control"] == "no-store"


async def test_readyz_checks_the_database(database_url: str, tmp_path: Path) -> None:
    async with running(settings_for(database_url, tmp_path)) as client:
        response = await client.get("/readyz")
    assert response.status_code == 200
    body = response.json()
    assert statuses(body) == {"database": "ok", "disk": "ok"}
    assert body["status"] == "ok"
    assert body["checks"]["database"]["ms"] >= 0
    assert body["checks"]["disk"]["free_bytes"] >= body["checks"]["disk"]["min_free_bytes"]
    assert response.headers["cache-control"] == "no-store"


async def test_readyz_checks_redis_when_configured(
    database_url: str, redis_url: str, tmp_path: Path
) -> None:
    async with running(settings_for(database_url, tmp_path, redis_url=redis_url)) as client:
        response = await client.get("/readyz")
    assert response.status_code == 200
    assert statuses(response.json()) == {"database": "ok", "redis": "ok", "disk": "ok"}


async def test_start_refuses_when_redis_does_not_answer(database_url: str, tmp_path: Path) -> None:
    # Fail fast, like the database: a process that starts without its broker would be deaf.
    settings = settings_for(database_url, tmp_path, redis_url=DEAD_REDIS_URL)
    with pytest.raises(Unavailable, match="Redis"):
        async with running(settings):
            pass


async def test_readyz_fails_while_redis_is_down_and_heals_after(
    database_url: str, tmp_path: Path, private_redis: PrivateRedis
) -> None:
    settings = settings_for(database_url, tmp_path, redis_url=private_redis.url)
    async with running(settings) as client:
        assert (await client.get("/readyz")).status_code == 200

        async def ready_is(status: int) -> bool:
            return (await client.get("/readyz")).status_code == status

        await private_redis.kill()
        await eventually("/readyz says 503", lambda: ready_is(503))
        down = (await client.get("/readyz")).json()
        assert statuses(down) == {"database": "ok", "redis": "unavailable", "disk": "ok"}
        # Liveness does not depend on Redis: the process is alive and must not be restarted.
        assert (await client.get("/healthz")).status_code == 200
        restarted = time.monotonic()
        await private_redis.start()
        await eventually("/readyz says 200 again", lambda: ready_is(200), within=5.0)
        print(f"ready again {time.monotonic() - restarted:.2f} s after Redis restarted")


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/healthz"),
        ("GET", "/readyz"),
        ("GET", "/openapi.json"),
        ("GET", "/no/such/route"),
        ("DELETE", "/healthz"),
    ],
)
async def test_security_headers_are_on_every_response(
    database_url: str, tmp_path: Path, method: str, path: str
) -> None:
    async with running(settings_for(database_url, tmp_path)) as client:
        response = await client.request(method, path)
    assert_security_headers(response)


async def test_unknown_path_is_a_json_404(database_url: str, tmp_path: Path) -> None:
    async with running(settings_for(database_url, tmp_path)) as client:
        response = await client.get("/no/such/route")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["error"]["code"] == "not_found"
    assert isinstance(body["error"]["message"], str)
    assert body["error"]["message"]


async def test_wrong_method_is_a_json_405(database_url: str, tmp_path: Path) -> None:
    async with running(settings_for(database_url, tmp_path)) as client:
        response = await client.post("/healthz")
    assert response.status_code == 405
    assert response.headers["content-type"] == "application/json"
    assert response.json()["error"]["code"] == "unsupported"


async def test_start_up_refuses_an_unmigrated_database_without_auto_migrate(
    empty_database_url: str, tmp_path: Path
) -> None:
    settings = settings_for(empty_database_url, tmp_path, auto_migrate=False)
    with pytest.raises(Unavailable, match=r"schema is at nothing.*run 'twinspace migrate' first"):
        async with running(settings):
            pytest.fail("the app started on a database with no schema")


async def test_only_sqlite_is_migrated_at_start_up_by_default(
    empty_database_url: str, tmp_path: Path
) -> None:
    settings = settings_for(empty_database_url, tmp_path)
    if settings.effective_database_url.startswith("sqlite"):
        # The embedded default migrates itself on first start.
        async with running(settings) as client:
            assert (await client.get("/readyz")).status_code == 200
        return
    with pytest.raises(Unavailable, match="run 'twinspace migrate' first"):
        async with running(settings):
            pytest.fail("the app started on a database with no schema")


async def test_readyz_fails_loudly_when_the_disk_is_low(
    database_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # More free space asked for than any disk has: the check must say "low", and 503.
    settings = settings_for(database_url, tmp_path, min_free_disk_bytes=2**62)
    async with running(settings) as client:
        with caplog.at_level(logging.ERROR, logger="twinspace.health"):
            first = await client.get("/readyz")
            second = await client.get("/readyz")
    assert first.status_code == second.status_code == 503
    body = first.json()
    assert body["status"] == "unavailable"
    assert statuses(body) == {"database": "ok", "disk": "low"}
    assert body["checks"]["disk"]["min_free_bytes"] == 2**62
    assert body["checks"]["disk"]["free_bytes"] < 2**62
    # Loud once per change, not once per probe.
    alarms = [r for r in caplog.records if "NOT READY: disk is low" in r.getMessage()]
    assert len(alarms) == 1
    assert alarms[0].levelno == logging.ERROR


async def test_a_registered_check_joins_readyz_and_its_failure_is_a_503(
    database_url: str, tmp_path: Path
) -> None:
    healthy = True

    async def janus(ctx: object) -> CheckResult:
        if not healthy:
            raise ConnectionRefusedError("janus is gone")
        return CheckResult(detail={"sessions": 0})

    app = create_app(settings_for(database_url, tmp_path))
    app.state.readiness.register("janus", janus)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            up = await client.get("/readyz")
            healthy = False
            down = await client.get("/readyz")
    assert up.status_code == 200
    assert up.json()["checks"]["janus"] == {"status": "ok", "sessions": 0}
    assert down.status_code == 503
    # Only the exception's type, never its message (it could name hosts or addresses).
    assert down.json()["checks"]["janus"] == {
        "status": "unavailable",
        "error": "ConnectionRefusedError",
    }


def test_a_check_name_is_registered_once() -> None:
    readiness = Readiness()

    async def check(ctx: object) -> CheckResult:
        return CheckResult()

    readiness.register("janus", check)
    with pytest.raises(ValueError, match="exists already"):
        readiness.register("janus", check)


async def test_a_request_that_needs_redis_while_it_is_down_is_503_not_500(
    database_url: str, tmp_path: Path, private_redis: PrivateRedis
) -> None:
    # Sign-in reads its throttle's counters in Redis (shared by every process): with Redis
    # gone they raised redis-py's own ConnectionError, which reached the client as a 500.
    settings = settings_for(database_url, tmp_path, redis_url=private_redis.url)
    async with running(settings) as client:
        await private_redis.kill()
        body = {"email": "ana@school.example", "password": "not-her-password"}
        response = await client.post("/api/auth/login", json=body)
        assert response.status_code == 503, response.text
        assert response.json()["error"]["code"] == "unavailable"
