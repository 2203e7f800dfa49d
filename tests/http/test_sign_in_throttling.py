"""Sign-in throttling over HTTP: 429 with Retry-After, no existence leak, lifted by a reset,
and shared by every process through Redis."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from server.app import create_app
from server.clock import FakeClock
from server.config import Settings
from server.services.sign_in_throttle import SignInLimits

from .conftest import PASSWORD, World, error_code, ok

TRIES = SignInLimits().per_address_account


async def login(client: httpx.AsyncClient, email: str, password: str) -> httpx.Response:
    return await client.post("/api/auth/login", json={"email": email, "password": password})


async def test_repeated_wrong_passwords_hold_sign_in_back_with_retry_after(world: World) -> None:
    account = await world.register("Ana")
    for _ in range(TRIES):
        assert error_code(await login(world.client, account["email"], "nope"), 401)
    refused = await login(world.client, account["email"], PASSWORD)
    assert error_code(refused, 429) == "rate_limited"
    assert refused.headers["Retry-After"] == "900"
    assert "try again in 15 minutes" in refused.json()["error"]["message"]


async def test_unknown_and_known_emails_are_throttled_alike(world: World) -> None:
    account = await world.register("Ana")
    answers = []
    for email in (account["email"], "nobody@school.example"):
        for _ in range(TRIES):
            await login(world.client, email, "nope")
        answers.append(await login(world.client, email, "nope"))
    known, unknown = answers
    assert error_code(known, 429) == error_code(unknown, 429) == "rate_limited"
    assert known.json() == unknown.json()


async def test_the_lockout_ends_with_its_window(world: World, clock: FakeClock) -> None:
    teacher = await world.etwinner("Ana")
    for _ in range(TRIES):
        await login(world.client, teacher.account["email"], "nope")
    assert error_code(await login(world.client, teacher.account["email"], PASSWORD), 429)
    clock.advance(SignInLimits().window)
    ok(await login(world.client, teacher.account["email"], PASSWORD))


async def test_a_code_reset_lifts_a_pupils_lockout(world: World) -> None:
    teacher = await world.etwinner("Ana")
    space_id = await world.space(teacher)
    [pupil] = await world.pupils(teacher, space_id, ["Léa"])
    username = pupil.account["username"]
    for _ in range(TRIES):
        wrong = await world.client.post(
            "/api/auth/pupil-login", json={"username": username, "code": "wrongcode2"}
        )
        assert error_code(wrong, 401) == "bad_credentials"
    held = await world.client.post(
        "/api/auth/pupil-login", json={"username": username, "code": "wrongcode2"}
    )
    assert error_code(held, 429) == "rate_limited"
    fresh = ok(await teacher.post(f"/api/spaces/{space_id}/pupils/{pupil.id}/reset-code"))
    ok(
        await world.client.post(
            "/api/auth/pupil-login", json={"username": username, "code": fresh["code"]}
        )
    )


@pytest.fixture
async def two_processes(
    database_url: str, redis_url: str, tmp_path: Path
) -> AsyncIterator[tuple[World, httpx.AsyncClient]]:
    """Two apps on one database and one Redis, as two server processes would be."""
    clock = FakeClock()
    settings = Settings(
        database_url=database_url, data_dir=tmp_path, cheap_hashing=True, redis_url=redis_url
    )
    first, second = create_app(settings, clock=clock), create_app(settings, clock=clock)
    async with (
        first.router.lifespan_context(first),
        second.router.lifespan_context(second),
        httpx.AsyncClient(
            transport=httpx.ASGITransport(app=first), base_url="http://testserver"
        ) as one,
        httpx.AsyncClient(
            transport=httpx.ASGITransport(app=second), base_url="http://testserver"
        ) as other,
    ):
        yield World(one, first.state.ctx, clock), other


@pytest.mark.redis
async def test_processes_share_one_budget_through_redis(
    two_processes: tuple[World, httpx.AsyncClient],
) -> None:
    world, other_process = two_processes
    account = await world.register("Ana")
    for n in range(TRIES):
        client = world.client if n % 2 else other_process
        assert error_code(await login(client, account["email"], "nope"), 401)
    for client in (world.client, other_process):
        assert error_code(await login(client, account["email"], PASSWORD), 429) == "rate_limited"
