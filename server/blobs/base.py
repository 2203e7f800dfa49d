"""The blob store interface: what the archive needs of wherever file contents live.

Blobs are immutable and named by the SHA-256 of their bytes (64 lowercase hex digits), so
equal contents are stored once, whoever uploads them. The archive's rows say which blobs
are in use; the store knows nothing of spaces, files or permissions. Any store with these
few methods fits, the local file system (local.py, the default) and an S3-protocol bucket
(s3.py; see docs/archive.md): the archive logic does not change.

An upload is an explicit little state machine (``UploadState``): bytes are written while
hashed (OPEN), sealed once complete and durable (SEALED), then published under their hash
(PUBLISHED) or thrown away (ABORTED). Until published, nothing of it can be read by name.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Protocol

from protocol.errors import Unavailable

DIGEST_RE = re.compile(r"^[0-9a-f]{64}$")


class BlobError(Exception):
    """A blob store failure the caller cannot fix (disk full, unreadable blob)."""


class BlobMissing(BlobError):
    """The blob named is not in the store."""


class BlobStoreFull(BlobError):
    """The store has no room for more bytes (disk full, quota): nothing of the upload that
    met it is kept beyond what was durable before (a chunked upload's earlier chunks)."""


class BlobUnavailable(BlobError, Unavailable):
    """The store does not answer, or refuses us (an object store unreachable, timed out,
    access denied, no such bucket): the request answers 503 and may be retried later."""


def check_digest(digest: str) -> str:
    if not DIGEST_RE.fullmatch(digest):
        raise ValueError(f"not a sha256 hex digest: {digest!r}")
    return digest


class UploadState(enum.StrEnum):
    OPEN = "open"  # taking bytes
    SUSPENDED = "suspended"  # bytes so far durable; resumed later by key (chunked uploads)
    SEALED = "sealed"  # complete, hashed and durable, not yet visible
    PUBLISHED = "published"  # readable under its digest
    ABORTED = "aborted"  # gone, nothing left behind


#: The transitions an upload may take; anything else is a bug in the caller.
UPLOAD_TRANSITIONS: dict[UploadState, frozenset[UploadState]] = {
    UploadState.OPEN: frozenset({UploadState.SEALED, UploadState.SUSPENDED, UploadState.ABORTED}),
    UploadState.SUSPENDED: frozenset({UploadState.ABORTED}),
    UploadState.SEALED: frozenset({UploadState.PUBLISHED, UploadState.ABORTED}),
    UploadState.PUBLISHED: frozenset(),
    UploadState.ABORTED: frozenset({UploadState.ABORTED}),
}


@dataclass(frozen=True, slots=True)
class Sealed:
    digest: str
    size: int


@dataclass(frozen=True, slots=True)
class BlobInfo:
    digest: str
    size: int
    modified_at: dt.datetime


class BlobUpload(Protocol):
    """One upload in progress."""

    @property
    def state(self) -> UploadState: ...

    @property
    def size(self) -> int:
        """Bytes written so far."""
        ...

    @property
    def key(self) -> str:
        """The upload's own name in the store, to resume it with ``resume_upload``."""
        ...

    async def write(self, chunk: bytes) -> None:
        """Append bytes (OPEN only)."""
        ...

    async def seal(self) -> Sealed:
        """No more bytes: make them durable and return their digest and size."""
        ...

    async def suspend(self) -> None:
        """Make the bytes so far durable and let go; ``resume_upload`` continues later."""
        ...

    async def publish(self) -> bool:
        """Make the sealed bytes readable under their digest, atomically; True when the blob
        is new, False when an equal blob was already there (then this copy is dropped)."""
        ...

    async def abort(self) -> None:
        """Throw away whatever was written; safe to call in any state but PUBLISHED."""
        ...


class BlobStore(Protocol):
    """Where blobs live. Every method may raise BlobError."""

    async def start(self) -> None:
        """Prepare the store (folders, a connection pool) and check that it answers."""
        ...

    async def close(self) -> None:
        """Let go of what ``start`` took (connections); the store is not used after."""
        ...

    async def check(self) -> None:
        """Raise BlobError unless the store answers now (readiness)."""
        ...

    def begin_upload(self) -> BlobUpload:
        """A new, empty upload."""
        ...

    async def resume_upload(self, key: str, received: int) -> BlobUpload:
        """A suspended upload, continuing after its first ``received`` bytes (anything past
        them, from a chunk cut off half way, is dropped). BlobMissing if it went stale."""
        ...

    async def stat(self, digest: str) -> BlobInfo | None:
        """The blob's size and age, or None when it is not there."""
        ...

    def read(self, digest: str, start: int = 0, end: int | None = None) -> AsyncIterator[bytes]:
        """The bytes from ``start`` up to ``end`` (exclusive; None: to the end), in chunks.
        Raises BlobMissing when the blob is not there."""
        ...

    async def delete(self, digest: str) -> bool:
        """Remove the blob; False if it was not there."""
        ...

    def list_blobs(self) -> AsyncIterator[BlobInfo]:
        """Every blob in the store (for integrity checks)."""
        ...

    async def remove_stale_uploads(self, older_than: dt.timedelta) -> int:
        """Remove uploads untouched for ``older_than``; how many were removed."""
        ...
