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
        pytest.param(b"", 422, "invalid", id="empty-is-an-object-without-its-fields"),
        pytest.param(b" ", 400, "malformed", id="only-a-space"),
        pytest.param(VALID.replace(b'"A"', b'"A\\u0000"'), 422, "invalid", id="nul-in-text"),
    ],
)
async def test_bad_body_is_refused_clearly_and_changes_nothing(
    world: World, body: bytes, status: int, code: str
) -> None:
    before = await world.row_counts()
    response = await world.client.post(REGISTER, content=body, headers=JSON)
    assert error_code(response, status) == code
    assert await world.row_counts() == before


async def test_an_invalid_body_lists_every_refused_field_as_codes_with_limits(
    world: World,
) -> None:
    body = (
        b'{"email":"not-an-email","password":"short","display_name":"   ",'
        b'"country":"France","admin":true}'
    )
    response = await world.client.post(REGISTER, content=body, headers=JSON)
    assert error_code(response, 422) == "invalid"
    assert response.json()["error"]["fields"] == [
        {"field": "email", "code": "format", "max": 254},
        {"field": "password", "code": "too_short", "min": 10, "max": 200},
        {"field": "display_name", "code": "blank", "min": 1, "max": 100},
        {"field": "school", "code": "required"},
        {"field": "country", "code": "format"},
        {"field": "admin", "code": "unknown"},
    ]


async def test_a_nul_in_text_names_its_field(world: World) -> None:
    body = VALID.replace(b'"A"', b'"A\\u0000"')
    response = await world.client.post(REGISTER, content=body, headers=JSON)
    assert error_code(response, 422) == "invalid"
    assert response.json()["error"]["fields"] == [
        {"field": "display_name", "code": "format", "min": 1, "max": 100}
    ]


async def test_other_errors_carry_no_fields(world: World) -> None:
    response = await world.client.post(REGISTER, content=b"{", headers=JSON)
    assert error_code(response, 400) == "malformed"
    assert "fields" not in response.json()["error"]


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


async def test_an_escaped_backslash_before_u0000_is_plain_text(world: World) -> None:
    body = VALID.replace(b'"S"', b'"S \\\\u0000"')
    created = ok(await world.client.post(REGISTER, content=body, headers=JSON), 201)
    assert created["school"] == "S \\u0000"


@pytest.mark.parametrize("space_id", [str(2**63), "9" * 40])
async def test_a_path_id_past_64_bits_is_not_found(world: World, space_id: str) -> None:
    teacher = await world.etwinner("Ana")
    assert error_code(await teacher.get(f"/api/spaces/{space_id}"), 404) == "not_found"
    assert error_code(await teacher.delete(f"/api/spaces/{space_id}"), 404) == "not_found"
    # A streamed upload too, before a byte of it is read.
    upload = await world.client.post(
        f"/api/spaces/{space_id}/files?name=a.txt",
        content=b"hello",
        headers={"Authorization": f"Bearer {teacher.token}"},
    )
    assert error_code(upload, 404) == "not_found"


@pytest.mark.parametrize(
    "body",
    [
        {"expires_in_hours": 10**12},
        {"expires_in_hours": 90 * 24 + 1},
        {"max_uses": 2**40},
        {"max_uses": 501},
    ],
    ids=["hours-overflow", "hours-over-90-days", "uses-overflow", "uses-over-500"],
)
async def test_invitation_bounds_are_invalid_not_an_overflow(
    world: World, body: dict[str, int]
) -> None:
    teacher = await world.etwinner("Ana")
    space_id = await world.space(teacher)
    before = await world.row_counts()
    response = await teacher.post(f"/api/spaces/{space_id}/invitations", body)
    assert error_code(response, 422) == "invalid"
    assert await world.row_counts() == before


async def test_a_pupil_given_a_role_pupils_cannot_have_is_named_by_its_path(world: World) -> None:
    teacher = await world.etwinner("Ana")
    space_id = await world.space(teacher)
    before = await world.row_counts()
    body = {"pupils": [{"display_name": "Eva"}, {"display_name": "Max", "role": "admin"}]}
    response = await teacher.post(f"/api/spaces/{space_id}/pupils", body)
    assert error_code(response, 422) == "invalid"
    assert response.json()["error"]["fields"] == [{"field": "pupils.1.role", "code": "choice"}]
    assert await world.row_counts() == before
