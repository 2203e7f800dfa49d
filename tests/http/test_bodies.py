"""Hostile request bodies: each gets a clear 4xx and changes nothing."""

from __future__ import annotations

import pytest

from .conftest import World, error_code, ok

REGISTER = "/api/accounts/teachers"
VALID = (
    b'{"email":"a@school.example","password":"0123456789ab","display_name":"A",'
    b'"school":"S","country":"FR"}'
)
JSON = {"content-type": "application/json"}


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        pytest.param(b'{"email": ', 400, "malformed", id="truncated-json"),
        pytest.param(b"\xff\xfe not utf-8", 400, "malformed", id="invalid-utf8"),
        pytest.param(b"[1, 2]", 422, "invalid", id="array-not-object"),
        pytest.param(VALID[:-1] + b',"admin":true}', 422, "invalid", id="unknown-field"),
        pytest.param(VALID.replace(b'"FR"', b"33"), 422, "invalid", id="wrong-type"),
        pytest.param(VALID.replace(b'"FR"', b'"France"'), 422, "invalid", id="bad-country"),
        pytest.param(VALID.replace(b"0123456789ab", b"short"), 422, "invalid", id="short-pass"),
        pytest.param(VALID.replace(b"a@school", b"not-an-email"), 422, "invalid", id="email"),
        pytest.param(b"", 400, "malformed", id="empty"),
    ],
)
async def test_bad_body_is_refused_clearly_and_changes_nothing(
    world: World, body: bytes, status: int, code: str
) -> None:
    before = await world.row_counts()
    response = await world.client.post(REGISTER, content=body, headers=JSON)
    assert error_code(response, status) == code
    assert await world.row_counts() == before


async def test_oversize_body_is_refused_before_it_is_read(world: World) -> None:
    before = await world.row_counts()
    huge = b'{"email":"' + b"a" * 70_000 + b'"}'
    response = await world.client.post(REGISTER, content=huge, headers=JSON)
    assert error_code(response, 413) == "too_large"

    async def chunks() -> object:
        for _ in range(100):  # no Content-Length: counted while it streams
            yield b" " * 1024

    streamed = await world.client.post(REGISTER, content=chunks(), headers=JSON)  # type: ignore[arg-type]
    assert error_code(streamed, 413) == "too_large"
    assert await world.row_counts() == before


async def test_body_must_be_json(world: World) -> None:
    response = await world.client.post(
        REGISTER, content=VALID, headers={"content-type": "application/x-www-form-urlencoded"}
    )
    assert error_code(response, 415) == "unsupported"
    ok(await world.client.post(REGISTER, content=VALID, headers=JSON), 201)


async def test_unknown_route_and_method_get_json_errors(world: World) -> None:
    assert error_code(await world.client.get("/api/nothing-here"), 404) == "not_found"
    wrong_method = await world.client.put("/api/me")
    assert error_code(wrong_method, 405) == "unsupported"
    assert set(wrong_method.headers["allow"].split(", ")) >= {"GET", "PATCH"}
