"""Range, conditional GET and Content-Disposition rules, as pure functions."""

from __future__ import annotations

import pytest

from server.http.ranges import (
    ByteRange,
    Unsatisfiable,
    ascii_fallback,
    content_disposition,
    if_range_holds,
    none_match,
    parse_range,
)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, None),
        ("bytes=0-0", ByteRange(0, 1)),
        ("bytes=0-99", ByteRange(0, 100)),
        ("bytes=10-", ByteRange(10, 100)),
        ("bytes=-10", ByteRange(90, 100)),
        ("bytes=-1000", ByteRange(0, 100)),
        ("bytes=50-5000", ByteRange(50, 100)),
        ("bytes = 5-9", ByteRange(5, 10)),
        ("bytes=0-1,5-6", None),  # several ranges: the whole file
        ("items=0-5", None),
        ("bytes=9-3", None),
        ("bytes=-", None),
        ("bytes=abc", None),
    ],
)
def test_parse_range(header: str | None, expected: ByteRange | None) -> None:
    assert parse_range(header, 100) == expected


@pytest.mark.parametrize(
    ("header", "size"), [("bytes=100-", 100), ("bytes=-0", 100), ("bytes=-5", 0)]
)
def test_unsatisfiable_ranges(header: str, size: int) -> None:
    with pytest.raises(Unsatisfiable):
        parse_range(header, size)


def test_content_range_counts_the_last_byte() -> None:
    assert ByteRange(0, 10).content_range(50) == "bytes 0-9/50"


def test_if_none_match_compares_weakly_and_knows_star() -> None:
    tag = '"abc"'
    assert none_match('"abc"', tag)
    assert none_match('W/"abc"', tag)
    assert none_match('"x", "abc"', tag)
    assert none_match("*", tag)
    assert not none_match('"abd"', tag)
    assert not none_match(None, tag)


def test_if_range_needs_the_exact_strong_tag() -> None:
    assert if_range_holds(None, '"abc"')
    assert if_range_holds('"abc"', '"abc"')
    assert not if_range_holds('W/"abc"', '"abc"')
    assert not if_range_holds("Tue, 01 Dec 2026 10:00:00 GMT", '"abc"')


def test_content_disposition_is_an_attachment_with_a_safe_fallback_and_the_exact_name() -> None:
    header = content_disposition('rapport "final"; école.pdf')
    assert header.startswith("attachment; ")
    assert 'filename="rapport _final__ ecole.pdf"' in header
    assert "filename*=UTF-8''rapport%20%22final%22%3B%20%C3%A9cole.pdf" in header
    assert "\r" not in content_disposition("a\r\nb")
    assert "\n" not in content_disposition("a\r\nb")
    assert ascii_fallback("日本") == "__"
