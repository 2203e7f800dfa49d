"""The JavaScript client's copies of protocol tables match protocol/ (they cannot import it)."""

from __future__ import annotations

import re
from pathlib import Path

from protocol.channels import KIND_RULES
from protocol.close_codes import CLOSE_CODE_INFO
from protocol.messages import SUBPROTOCOL

CLIENT = (Path(__file__).resolve().parents[2] / "web" / "js" / "twinspace-client.js").read_text(
    encoding="utf-8"
)


def test_close_code_retry_policies_match_the_protocol() -> None:
    found = {
        int(code): policy.lower()
        for code, policy in re.findall(r"\[(\d{4}), Retry\.([A-Z]+)\]", CLIENT)
    }
    assert found == {int(code): info.retry.value for code, info in CLOSE_CODE_INFO.items()}


def test_replayable_kinds_match_the_protocol() -> None:
    match = re.search(r"const REPLAYABLE = new Set\(\[([^\]]*)\]\)", CLIENT)
    assert match is not None
    found = set(re.findall(r'"(\w+)"', match.group(1)))
    assert found == {kind.value for kind, rules in KIND_RULES.items() if rules.replayable}


def test_subprotocol_matches() -> None:
    assert f'export const SUBPROTOCOL = "{SUBPROTOCOL}";' in CLIENT
