"""A zip archive written as it is sent: a JSON manifest, then each file's bytes in turn.

The standard library's zipfile writes to a sink that is never seeked (each entry ends with a
data descriptor), and the bytes are handed on after every piece, so memory stays at about
one blob read chunk however large the export. Files are stored (not deflated: pictures and
documents are compressed already, and deflating would keep the event loop busy); the
manifest is deflated.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass

#: Bytes a zip adds per entry, besides its name twice: local header, data descriptor and
#: central directory record, with zip64 fields (an upper bound, for the export's size bound).
ENTRY_OVERHEAD = 30 + 24 + 46 + 2 * 28
#: The end records (zip64 end of central directory, its locator, the classic end record).
END_OVERHEAD = 56 + 20 + 22


class _Sink:
    """Where zipfile writes; what it wrote is taken after each step."""

    def __init__(self) -> None:
        self.buffer = bytearray()

    def write(self, data: bytes) -> int:
        self.buffer += data
        return len(data)

    def flush(self) -> None:
        pass

    def take(self) -> bytes:
        data = bytes(self.buffer)
        self.buffer.clear()
        return data


@dataclass(frozen=True, slots=True)
class ZipMember:
    """A file of the archive: its path inside, its size, and where its bytes come from."""

    path: str
    size: int
    chunks: Callable[[], AsyncIterator[bytes]]


def bound(manifest_size: int, members: list[tuple[str, int]]) -> int:
    """The most bytes the archive can take: what the size bound is checked against."""
    total = manifest_size + END_OVERHEAD + ENTRY_OVERHEAD + 2 * len("manifest.json")
    for path, size in members:
        total += size + ENTRY_OVERHEAD + 2 * len(path.encode())
    return total


def entry(path: str, when: dt.datetime, compress: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(path, date_time=when.timetuple()[:6])
    info.compress_type = compress
    return info


async def zip_stream(
    manifest: bytes, members: list[ZipMember], when: dt.datetime
) -> AsyncIterator[bytes]:
    sink = _Sink()
    archive = zipfile.ZipFile(sink, "w", allowZip64=True)  # type: ignore[call-overload]
    archive.writestr(entry("manifest.json", when, zipfile.ZIP_DEFLATED), manifest)
    yield sink.take()
    for member in members:
        info = entry(member.path, when, zipfile.ZIP_STORED)
        info.file_size = member.size  # tells zipfile whether the entry needs zip64
        with archive.open(info, "w") as out:
            async for chunk in member.chunks():
                out.write(chunk)
                if len(sink.buffer) >= 64 * 1024:
                    yield sink.take()
        yield sink.take()
    archive.close()
    yield sink.take()
