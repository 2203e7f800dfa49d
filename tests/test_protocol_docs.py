"""docs/protocol.md is generated from the schemas and must not go stale."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from protocol.close_codes import CloseCode
from protocol.errors import ErrorCode
from protocol.limits import describe
from protocol.messages import CLIENT_MESSAGE_TYPES, SERVER_MESSAGE_TYPES, SUBPROTOCOL
from protocol.schema import (
    ERROR_CODE_MEANINGS,
    REGENERATE,
    json_schema,
    main,
    render_markdown,
)

DOCS = Path(__file__).resolve().parent.parent / "docs" / "protocol.md"


def test_docs_protocol_md_is_up_to_date() -> None:
    current = DOCS.read_text(encoding="utf-8") if DOCS.exists() else ""
    assert current == render_markdown(), f"docs/protocol.md is stale; run: {REGENERATE}"


def test_rendering_is_deterministic() -> None:
    assert render_markdown() == render_markdown()


def test_docs_cover_every_message_code_and_limit() -> None:
    text = render_markdown()
    assert f"`{SUBPROTOCOL}`" in text
    for cls in (*CLIENT_MESSAGE_TYPES, *SERVER_MESSAGE_TYPES):
        assert f"### `{cls.__struct_config__.tag}`" in text
    for code in ErrorCode:
        assert f"| `{code}` |" in text
    for close in CloseCode:
        assert f"| {int(close)} | `{close.name}` |" in text
    for limit, description in describe().items():
        assert f"| `{limit}` |" in text
        assert description


def test_every_error_code_has_a_documented_meaning() -> None:
    assert set(ERROR_CODE_MEANINGS) == set(ErrorCode)


def test_json_schema_is_one_serialisable_document() -> None:
    document = json_schema()
    assert set(document["$defs"]) >= {c.__name__ for c in CLIENT_MESSAGE_TYPES}
    assert json.loads(json.dumps(document)) == document
    assert "    " not in document["$defs"]["Subscribe"]["description"]


def test_script_writes_checks_and_prints(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "protocol.md"
    assert main(["--check", str(target)]) == 1
    assert REGENERATE in capsys.readouterr().err
    assert main(["-o", str(target)]) == 0
    assert main(["--check", str(target)]) == 0
    assert main([]) == 0
    assert capsys.readouterr().out == target.read_text(encoding="utf-8")
