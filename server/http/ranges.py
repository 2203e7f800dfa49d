"""HTTP details of file downloads, as pure functions: Range, conditional GET, safe names.

One byte range per request is served (RFC 9110 lets a server ignore a Range it does not
support): a multi-range request gets the whole file with 200, as does a malformed Range.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import quote

_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


@dataclass(frozen=True, slots=True)
class ByteRange:
    start: int
    end: int  # exclusive

    def content_range(self, size: int) -> str:
        return f"bytes {self.start}-{self.end - 1}/{size}"


class Unsatisfiable(Exception):
    """The Range asks for bytes the file does not have (416)."""


def parse_range(header: str | None, size: int) -> ByteRange | None:
    """The one range to serve, None for the whole file, or Unsatisfiable."""
    if header is None:
        return None
    match = _RANGE.fullmatch(header.strip().replace(" ", ""))
    if match is None:
        return None  # several ranges, another unit, or nonsense: serve it all
    first, last = match.groups()
    if not first and not last:
        return None
    if not first:  # the last N bytes
        suffix = int(last)
        if suffix == 0 or size == 0:
            raise Unsatisfiable
        return ByteRange(max(0, size - suffix), size)
    start = int(first)
    if start >= size:
        raise Unsatisfiable
    end = size if not last else min(size, int(last) + 1)
    if end <= start:
        return None  # "bytes=5-3" is invalid syntax: ignore it
    return ByteRange(start, end)


def etag_of(digest: str) -> str:
    """A strong ETag: the content's SHA-256, which changes exactly when the bytes do."""
    return f'"{digest}"'


def _tags(header: str) -> list[str]:
    return [tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()]


def none_match(header: str | None, etag: str) -> bool:
    """Whether If-None-Match says the client's copy is current (answer 304)."""
    if header is None:
        return False
    tags = _tags(header)
    return "*" in tags or etag in tags


def if_range_holds(header: str | None, etag: str) -> bool:
    """Whether a Range may be honoured: no If-Range, or one naming this exact ETag (a date
    or a weak tag never matches: the range would be of other bytes)."""
    return header is None or header.strip() == etag


def ascii_fallback(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(
        c if 32 <= ord(c) < 127 and c not in '"\\%;' else "_"
        for c in decomposed
        if not unicodedata.combining(c)
    )
    return plain or "download"


def content_disposition(name: str) -> str:
    """``attachment`` with an ASCII fallback and the exact UTF-8 name (RFC 6266, 8187)."""
    return (
        f"attachment; filename=\"{ascii_fallback(name)}\"; filename*=UTF-8''{quote(name, safe='')}"
    )
