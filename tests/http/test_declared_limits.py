"""Every limit /openapi.json declares on a request body field is the limit the server enforces.

For each body field with minLength, maxLength, pattern, minimum, maximum, minItems or
maxItems in the served document, a body otherwise valid is sent twice, as the founder of a
twinspace holding one of everything the paths name: once with the value at the limit (it
must not be refused for that field), once one past it (it must be refused with 422 naming
that field, with the expected code and the declared limit).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Iterator
from typing import Any

from server.app import OPERATIONS
from server.http.openapi import openapi_path

from .conftest import ApiUser, World, ok

REF = "#/components/schemas/"
NOT_BLANK = r"\S"
BLANK_OR_SHORT = {"minLength": "too_short", "minItems": "too_short", "minimum": "too_small"}
TOO_MUCH = {"maxLength": "too_long", "maxItems": "too_long", "maximum": "too_large"}
serial = itertools.count(1)


@dataclasses.dataclass(frozen=True)
class Limit:
    path: tuple[str | int, ...]
    keyword: str
    value: Any
    schema: dict[str, Any]

    @property
    def field(self) -> str:
        return ".".join(map(str, self.path))


class Schemas:
    """The served document's schemas: resolving references, making valid values."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.components: dict[str, Any] = document["components"]["schemas"]

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = self.components[schema["$ref"].removeprefix(REF)]
        return schema

    def limits(self, schema: dict[str, Any], path: tuple[str | int, ...] = ()) -> Iterator[Limit]:
        schema = self.resolve(schema)
        for option in schema.get("anyOf", []):
            if option.get("type") != "null":
                yield from self.limits(option, path)
        for keyword in ("minLength", "maxLength", "pattern", "minimum", "maximum"):
            if keyword in schema:
                yield Limit(path, keyword, schema[keyword], schema)
        for keyword in ("minItems", "maxItems"):
            if keyword in schema:
                yield Limit(path, keyword, schema[keyword], schema)
        if schema.get("type") == "array":
            yield from self.limits(schema["items"], (*path, 0))
        for name, field in schema.get("properties", {}).items():
            yield from self.limits(field, (*path, name))

    def valid(self, schema: dict[str, Any]) -> Any:
        """A valid value, unique where text (e-mails, client ids, names must not clash)."""
        schema = self.resolve(schema)
        if "anyOf" in schema:
            options = [o for o in schema["anyOf"] if o.get("type") != "null"]
            return None if len(options) < len(schema["anyOf"]) else self.valid(options[0])
        if "enum" in schema:
            return schema["enum"][0]
        kind = schema.get("type")
        if kind == "object":
            required = schema.get("required", [])
            return {name: self.valid(schema["properties"][name]) for name in required}
        if kind == "array":
            return [self.valid(schema["items"]) for _ in range(schema.get("minItems", 0))]
        if kind == "integer":
            return schema.get("minimum", 1)
        if kind == "boolean":
            return False
        if kind == "string":
            return text(schema)
        raise AssertionError(f"no valid value for {schema}")

    def value_of(self, limit: Limit, past: bool) -> tuple[Any, str]:
        """The value at the limit (or one past it) and the code one past it must get."""
        schema, value, keyword = limit.schema, limit.value, limit.keyword
        step = 1 if past else 0
        if keyword == "maxLength":
            return text(schema, value + step), "too_long"
        if keyword == "minLength":
            length = value - step
            code = "blank" if length == 0 and value == 1 else "too_short"
            return text(schema, length), code
        if keyword == "pattern":
            blank = value == NOT_BLANK
            if not past:
                return text(schema), ""
            wrong = (" " if blank else "!") * max(schema.get("minLength", 0), 2)
            assert not re.search(value, wrong)
            return wrong, "blank" if blank else "format"
        if keyword == "minimum":
            return value - step, "too_small"
        if keyword == "maximum":
            return value + step, "too_large"
        count = value + step if keyword == "maxItems" else value - step
        return [self.valid(schema["items"]) for _ in range(count)], TOO_MUCH.get(
            keyword, BLANK_OR_SHORT.get(keyword, "")
        )


def text(schema: dict[str, Any], length: int | None = None) -> str:
    """Text that fits the schema's pattern, unique, padded or cut to ``length`` (within the
    schema's lengths it must match: a pattern no case here knows fails the test plainly)."""
    pattern = schema.get("pattern")
    number = next(serial)
    if pattern is None or pattern == NOT_BLANK:
        base = f"t{number}"
    elif "@" in pattern:
        base = f"u{number}@school.example"
    elif pattern == "^[A-Z]{2}$":
        base = "FR"
    elif pattern.startswith("^[a-z]{2,3}(-"):  # a language tag: "fr", "abc-XXXXXXXX"
        base = "fr" if length is None or length <= 3 else "abc-" + "X" * (length - 4)
    else:
        base = f"c{number:08d}"
    if length is None:
        length = max(len(base), schema.get("minLength", 0))
        length = min(length, schema.get("maxLength", length))
    value = ("x" * max(0, length - len(base)) + base)[-length:] if length else ""
    assert len(value) == length
    fits = schema.get("minLength", 0) <= length <= schema.get("maxLength", length)
    if pattern is not None and fits and length:
        assert re.search(pattern, value), f"no text of {length} characters for {pattern!r}"
    return value


def put(body: Any, path: tuple[str | int, ...], value: Any) -> Any:
    """The body with the field at ``path`` set to ``value``."""
    if not path:
        return value
    target = body
    for step, following in itertools.pairwise(path):
        if isinstance(target, dict) and step not in target:
            # An optional list or object the valid body left out (an event's speakers).
            target[step] = [] if isinstance(following, int) else {}
        target = target[step]
    if isinstance(target, list) and isinstance(path[-1], int) and path[-1] >= len(target):
        target.append(value)
    else:
        target[path[-1]] = value
    return body


@dataclasses.dataclass
class Place:
    """One of everything a path can name, in a twinspace of its own."""

    ids: dict[str, int]


async def new_place(world: World, founder: ApiUser) -> Place:
    space = await world.space(founder)
    base = f"/api/spaces/{space}"
    created = ok(
        await founder.post(
            f"{base}/forum/threads",
            {"title": "T", "body": "B", "client_id": f"c{next(serial):08d}"},
        ),
        201,
    )
    pupil = ok(await founder.post(f"{base}/pupils", {"pupils": [{"display_name": "P"}]}), 201)
    folder = ok(await founder.post(f"{base}/folders", {"name": f"F{next(serial)}"}), 201)
    upload = await world.client.post(
        f"{base}/files?name=a{next(serial)}.txt",
        content=b"hello",
        headers={"Authorization": f"Bearer {founder.token}"},
    )
    report = ok(await founder.post(f"{base}/forum/posts/{created['post']['id']}/report", {}), 201)
    chat = ok(await founder.get(f"{base}/chat"))
    video = ok(await founder.post(f"{base}/video-sessions", {}), 201)
    pending = await world.register(f"Pending {next(serial)}")
    starts = (world.clock.now() + dt.timedelta(days=30)).isoformat()
    event = ok(
        await founder.post(
            "/api/events",
            {
                "title": "E",
                "language": "en",
                "starts_at": starts,
                "duration_minutes": 60,
                "capacity": 5,
            },
        ),
        201,
    )
    asked = ok(await founder.post(f"/api/events/{event['id']}/questions", {"body": "Q"}), 201)
    return Place(
        {
            "space_id": space,
            "thread_id": created["thread"]["id"],
            "post_id": created["post"]["id"],
            "account_id": pupil[0]["account_id"],
            "folder_id": folder["id"],
            "file_id": ok(upload, 201)["id"],
            "report_id": report["id"],
            "chat_id": chat["id"],
            "session_id": video["session"]["id"],
            "participant_id": video["me"]["id"],
            "pending_id": pending["id"],
            "event_id": event["id"],
            "question_id": asked["id"],
        }
    )


def concrete(path: str, place: Place) -> str:
    if path.startswith("/api/admin/accounts/"):
        return path.replace("{account_id}", str(place.ids["pending_id"]))
    return re.sub(r"\{(\w+)\}", lambda m: str(place.ids[m.group(1)]), path)


def refusal_of(response: Any, field: str) -> tuple[bool, dict[str, Any] | None]:
    """Whether the answer refuses the field, and the field's error if named."""
    if response.status_code != 422:
        return False, None
    error = response.json()["error"]
    if error["code"] != "invalid":
        return False, None
    named = [f for f in error.get("fields", []) if f["field"] == field]
    # An `invalid` naming no field at all refuses the body as a whole: this field too.
    return bool(named) or not error.get("fields"), named[0] if named else None


async def test_every_declared_body_limit_is_the_enforced_one(world: World) -> None:
    document = ok(await world.client.get("/openapi.json"))
    schemas = Schemas(document)
    founder = await world.etwinner("Ana")
    admin = await world.national_admin("FR")
    wrong: list[str] = []
    checked = 0
    for op in OPERATIONS:
        if op.body is None or op.streamed_body:
            continue
        path = openapi_path(op.path)
        entry = document["paths"][path][op.method.lower()]
        body_schema = entry["requestBody"]["content"]["application/json"]["schema"]
        limits = list(schemas.limits(body_schema))
        if not limits:
            continue
        place = await new_place(world, founder) if op.auth else Place({})
        caller = admin if path.startswith("/api/admin/") else founder
        for limit in limits:
            answers = []
            for past in (False, True):
                # Past the posting rate limits' window: each at-limit call may post.
                world.clock.advance(dt.timedelta(minutes=1, seconds=1))
                value, code = schemas.value_of(limit, past)
                body = put(schemas.valid(body_schema), limit.path, value)
                url = concrete(path, place)
                if op.auth:
                    response = await caller.request(op.method, url, body)
                else:
                    response = await world.client.request(op.method, url, json=body)
                answers.append((response, code))
            (at, _), (beyond, code) = answers
            where = f"{op.method} {path} {limit.field} {limit.keyword}={limit.value}"
            refused_at, named_at = refusal_of(at, limit.field)
            # A value within the limits may still name nothing (an event's speaker id at the
            # largest id: ``choice``, no such eTwinner); only a limit's own codes count here.
            if refused_at and (named_at is None or named_at["code"] != "choice"):
                wrong.append(f"{where}: the value at the limit is refused: {at.text}")
            _, named = refusal_of(beyond, limit.field)
            bound = {"maxLength": "max", "maxItems": "max", "maximum": "max"}.get(
                limit.keyword, "min"
            )
            if named is None or named["code"] != code:
                wrong.append(
                    f"{where}: one past is not `{code}`: {beyond.status_code} {beyond.text}"
                )
            elif limit.keyword != "pattern" and named.get(bound) != limit.value:
                wrong.append(f"{where}: one past names {bound}={named.get(bound)}")
            checked += 1
    assert wrong == []
    assert checked > 60  # every body's limits, not a handful
