"""Safe archive names: one path segment, NFC, no control or reserved names (no event loop)."""

from __future__ import annotations

import pytest

from protocol.errors import ErrorCode, ProtocolError
from protocol.filenames import MAX_NAME_LENGTH, check_name, name_key


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("report.pdf", "report.pdf"),
        ("Cafe\u0301 menu.txt", "Café menu.txt"),  # decomposed é becomes one code point
        ("日本語のノート.md", "日本語のノート.md"),
        ("version 2 (final).docx", "version 2 (final).docx"),
        (".hidden", ".hidden"),
        ("console.log", "console.log"),  # "con" only as a whole stem
        ("x" * MAX_NAME_LENGTH, "x" * MAX_NAME_LENGTH),
    ],
)
def test_good_names_come_back_normalized(raw: str, expected: str) -> None:
    assert check_name(raw) == expected


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        ("", "empty"),
        (".", "not names"),
        ("..", "not names"),
        ("../etc/passwd", "'/'"),
        ("dir\\file", "'\\\\'"),
        ("C:evil", "':'"),
        ("tab\there", "U+0009"),
        ("nul\x00byte", "U+0000"),
        ("del\x7f", "U+007F"),
        ("rtl\u202eexe.pdf", "U+202E"),
        ("zero\u200bwidth", "U+200B"),
        (" lead", "space"),
        ("trail ", "space"),
        ("dot.", "dot"),
        ("CON", "reserved"),
        ("aux.txt", "reserved"),
        ("Com1.tar.gz", "reserved"),
        ("x" * (MAX_NAME_LENGTH + 1), "longer"),
    ],
)
def test_unsafe_names_are_refused_saying_why(raw: str, why: str) -> None:
    with pytest.raises(ProtocolError) as refused:
        check_name(raw)
    assert refused.value.code is ErrorCode.INVALID
    assert why in refused.value.message


def test_names_that_differ_only_in_case_or_normal_form_share_a_key() -> None:
    assert name_key("Café.TXT") == name_key("cafe\u0301.txt") == name_key("CAFÉ.txt")
    assert name_key("a.txt") != name_key("b.txt")
