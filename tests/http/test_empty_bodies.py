"""One rule for calls without a body, over every route: an empty body is `{}`.

An operation that takes no body ignores an empty one, with or without a Content-Type; one
whose body fields are all optional takes an empty body as `{}`; one with required fields
answers 422 naming each of them as `required`. Never 400 or 415 for an empty body.
"""

from __future__ import annotations

import re
from typing import Any

import msgspec.inspect as mi
import pytest

from server.app import OPERATIONS
from server.http.routing import Operation

from .conftest import World

#: The file uploads stream their body: an empty body there is an empty file, not "no body".
CALLS = [op for op in OPERATIONS if not op.streamed_body and op.method != "GET"]
HEADERS = {
    "no content type": {},
    "json content type": {"content-type": "application/json"},
}


def required_fields(body: type[Any]) -> list[str]:
    info = mi.type_info(body)
    assert isinstance(info, mi.StructType)
    return [field.encode_name for field in info.fields if field.required]


def concrete(path: str) -> str:
    # Ids of nothing: the rule is about the body, which is read before anything is looked up.
    return re.sub(r"\{\w+:int\}", "1", path)


def test_the_walk_covers_bodies_of_every_kind() -> None:
    kinds = {
        "none": [op for op in CALLS if op.body is None],
        "all optional": [op for op in CALLS if op.body and not required_fields(op.body)],
        "required": [op for op in CALLS if op.body and required_fields(op.body)],
    }
    assert all(kinds.values()), {k: len(v) for k, v in kinds.items()}


@pytest.mark.parametrize("headers", HEADERS.values(), ids=HEADERS.keys())
async def test_an_empty_body_is_an_empty_object_on_every_route(
    world: World, headers: dict[str, str]
) -> None:
    teacher = await world.etwinner("Ana")
    auth = {"Authorization": f"Bearer {teacher.token}", **headers}
    wrong: list[tuple[str, str, int, object]] = []

    def check(op: Operation, status: int, body: dict[str, Any]) -> None:
        required = required_fields(op.body) if op.body is not None else []
        if required:
            fields = body.get("error", {}).get("fields")
            expected = [{"field": name, "code": "required"} for name in required]
            if status != 422 or fields != expected:
                wrong.append((op.method, op.path, status, body))
        elif status in (400, 415, 422):
            wrong.append((op.method, op.path, status, body))

    # Signing out last: every other call is made signed in.
    for op in sorted(CALLS, key=lambda op: op.path == "/api/auth/logout"):
        response = await world.client.request(
            op.method, concrete(op.path), content=b"", headers=auth
        )
        check(op, response.status_code, response.json() if response.content else {})
    assert wrong == []


async def test_a_form_is_still_refused_even_when_empty(world: World) -> None:
    form = {"content-type": "application/x-www-form-urlencoded"}
    response = await world.client.post("/api/accounts/teachers", content=b"", headers=form)
    assert response.status_code == 415
