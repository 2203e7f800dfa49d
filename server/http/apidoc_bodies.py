"""docs/api.md's "Bodies" section: every request and answer body's fields, with their types
and limits, rendered from the same schemas as /openapi.json (server/http/openapi.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

REF_PREFIX = "#/components/schemas/"


def anchor(name: str) -> str:
    """The Markdown heading anchor of a body's section (its heading is the bare name)."""
    return name.lower()


def link(name: str) -> str:
    return f"[{name}](#{anchor(name)})"


def type_text(schema: dict[str, Any]) -> str:
    """A field's type in a few words: `string`, `list of [PostOut](#postout)`, ..."""
    if "$ref" in schema:
        return link(schema["$ref"].removeprefix(REF_PREFIX))
    if "anyOf" in schema:
        return " or ".join(type_text(option) for option in schema["anyOf"])
    if "enum" in schema:
        return "one of " + ", ".join(f"`{json.dumps(v)}`" for v in schema["enum"])
    if "const" in schema:
        return f"`{json.dumps(schema['const'])}`"
    kind = schema.get("type")
    if kind == "array":
        return f"list of {type_text(schema.get('items', {}))}"
    if kind == "object":
        values = schema.get("additionalProperties")
        return f"object of {type_text(values)}" if isinstance(values, dict) else "object"
    if kind is None:
        return "any"
    return str(kind) + (f" ({schema['format']})" if "format" in schema else "")


def limits_text(schema: dict[str, Any]) -> str:
    """A field's limits as a person reads them; empty when it has none."""
    parts: list[str] = []
    for option in schema.get("anyOf", [schema]):
        parts += list(_limits_of(option))
    if "default" in schema:
        parts.append(f"default `{json.dumps(schema['default'])}`")
    return "; ".join(parts)


def _limits_of(schema: dict[str, Any]) -> Iterator[str]:
    unit = {"string": "characters", "array": "items"}.get(schema.get("type", ""), "")
    low_key, high_key = ("minItems", "maxItems") if unit == "items" else ("minLength", "maxLength")
    low, high = schema.get(low_key), schema.get(high_key)
    if low is not None and high is not None:
        yield f"{low} to {high} {unit}"
    elif low is not None:
        yield f"at least {low} {unit}"
    elif high is not None:
        yield f"at most {high} {unit}"
    if "pattern" in schema:
        yield "not blank" if schema["pattern"] == r"\S" else f"matches `{schema['pattern']}`"
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None and high is not None:
        yield f"{low} to {high}"
    elif low is not None:
        yield f"at least {low}"
    elif high is not None:
        yield f"at most {high}"


def body_section(name: str, schema: dict[str, Any]) -> list[str]:
    """One body's heading, its description and its table of fields."""
    lines = [f"### {name}", ""]
    if "description" in schema:
        lines += [" ".join(schema["description"].split()), ""]
    if "enum" in schema:
        return [*lines, "One of " + ", ".join(f"`{v}`" for v in schema["enum"]) + ".", ""]
    properties: dict[str, Any] = schema.get("properties", {})
    if not properties:
        return [*lines, "No fields.", ""]
    required = set(schema.get("required", []))
    lines += ["| field | type | required | limits |", "| --- | --- | --- | --- |"]
    for field, field_schema in properties.items():
        mark = "yes" if field in required else ""
        lines.append(
            f"| `{field}` | {type_text(field_schema)} | {mark} | {limits_text(field_schema)} |"
        )
    if schema.get("additionalProperties") is False:
        lines += ["", "Any other field is refused (422, field code `unknown`)."]
    return [*lines, ""]


def bodies_section(components: dict[str, Any]) -> list[str]:
    """Every named schema of the document, alphabetically."""
    lines = [
        "## Bodies",
        "",
        "Every request and answer body, from the same declarations (protocol/api.py) as",
        "`/openapi.json` and the server's own checks. A request field out of its limits is",
        "refused with 422 and named in `error.fields` (see Conventions).",
        "",
    ]
    for name in sorted(components):
        lines += body_section(name, components[name])
    return lines
