"""The blob store on local disk: a plain directory tree that a backup can copy as it is.

Layout under the root (``<data_dir>/files`` by default)::

    blobs/ab/cd/abcd...ef   one file per blob, named by its SHA-256, never changed
    tmp/upload-*.part       uploads in progress, invisible by name; stale ones are removed

An upload is written to ``tmp/`` (same file system, so the final rename is atomic) while it
is hashed, then fsynced, renamed under its digest, and the directory fsynced, so a crash at
any point leaves either no blob or the whole blob, never half of one. The disk work runs in
worker threads, a buffer of ``WRITE_BUFFER`` bytes at a time, so the event loop never waits on
the disk and memory stays flat however large the file.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import errno
import hashlib
import os
import secrets
import threading
from collections.abc import AsyncIterator, Callable
from pathlib import Path

from .base import (
    UPLOAD_TRANSITIONS,
    BlobError,
    BlobInfo,
    BlobMissing,
    BlobStoreFull,
    Sealed,
    UploadState,
    check_digest,
)

#: Bytes gathered before one write to disk (1 MiB): few thread hops, bounded memory.
WRITE_BUFFER = 1024 * 1024
#: Bytes per chunk when reading a blob back (256 KiB).
READ_CHUNK = 256 * 1024
#: What the disk says when it has no room (ENOSPC) or the user's quota is used up (EDQUOT).
FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})
TEMP_PREFIX = "upload-"
TEMP_SUFFIX = ".part"


def fsync_dir(path: Path) -> None:
    """Make a rename or a new entry in ``path`` durable."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class LocalUpload:
    """One upload into ``tmp/``; see BlobUpload."""

    def __init__(self, store: LocalBlobStore, key: str | None = None, received: int = 0) -> None:
        self.store = store
        self._key = key or secrets.token_hex(12)
        if not self._key.isalnum():
            raise ValueError(f"bad upload key {self._key!r}")
        self.temp_path = store.tmp_dir / f"{TEMP_PREFIX}{self._key}{TEMP_SUFFIX}"
        self.fd: int | None = None
        self.hasher = hashlib.sha256()
        self.buffer = bytearray()
        self._size = received
        #: Where this session's bytes start in the file (0 for a new upload).
        self.resume_at = received
        #: A resumed upload hashes the whole file when sealed: the first bytes came earlier.
        self.resumed = key is not None
        self._state = UploadState.OPEN
        self.sealed: Sealed | None = None
        #: The disk was full: what this session wrote is dropped, never half kept.
        self.full = False
        # A cancelled request leaves its disk thread running: this lock keeps an abort from
        # closing the file under a write, and a late write from re-creating an aborted file.
        self.lock = threading.Lock()

    @property
    def state(self) -> UploadState:
        return self._state

    @property
    def size(self) -> int:
        return self._size

    @property
    def key(self) -> str:
        return self._key

    def _move(self, to: UploadState) -> None:
        if to not in UPLOAD_TRANSITIONS[self._state]:
            raise RuntimeError(f"upload cannot go from {self._state} to {to}")
        self._state = to

    def _flush(self, data: bytes) -> None:
        # In a worker thread: hashing and writing release the GIL for large buffers.
        with self.lock:
            self._flush_locked(data)

    def _flush_locked(self, data: bytes) -> None:
        if self._state is UploadState.ABORTED:
            return
        fd = self._opened()
        if not self.resumed:
            self.hasher.update(data)
        view = memoryview(data)
        try:
            while view:
                written = os.write(fd, view)
                view = view[written:]
        except OSError as exc:
            if exc.errno in FULL_ERRNOS:
                self.full = True
            raise

    def _opened(self) -> int:
        """The temporary file's descriptor, opened on first use."""
        return self.fd if self.fd is not None else self._open()

    def _open(self) -> int:
        if not self.resumed:
            fd = self.fd = os.open(self.temp_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o640)
            return fd
        # Kept in self.fd at once: should the truncation fail, closing the upload closes it.
        fd = self.fd = os.open(self.temp_path, os.O_WRONLY)
        # Drop what a chunk cut off half way left past the last recorded one.
        os.ftruncate(fd, self.resume_at)
        os.lseek(fd, self.resume_at, os.SEEK_SET)
        return fd

    async def write(self, chunk: bytes) -> None:
        if self._state is not UploadState.OPEN:
            raise RuntimeError(f"write to an upload that is {self._state}")
        self.buffer += chunk
        self._size += len(chunk)
        if len(self.buffer) >= WRITE_BUFFER:
            data, self.buffer = bytes(self.buffer), bytearray()
            await self._to_disk(self._flush, data)

    async def _to_disk(self, work: Callable[[bytes], None], data: bytes) -> None:
        try:
            await asyncio.to_thread(work, data)
        except OSError as exc:
            if exc.errno in FULL_ERRNOS:
                self.full = True
                raise BlobStoreFull(f"cannot write the upload: {exc.strerror}") from exc
            raise BlobError(f"cannot write the upload: {exc.strerror}") from exc

    def _seal(self, data: bytes) -> None:
        self._seal_bytes(data)
        if self.resumed:
            self.hasher = hashlib.sha256()
            with self.temp_path.open("rb") as written:
                while chunk := written.read(WRITE_BUFFER):
                    self.hasher.update(chunk)

    async def seal(self) -> Sealed:
        if self._state is not UploadState.OPEN:
            raise RuntimeError(f"seal an upload that is {self._state}")
        if self.full:
            raise BlobStoreFull("the disk was full: the upload is incomplete")
        data, self.buffer = bytes(self.buffer), bytearray()
        await self._to_disk(self._seal, data)
        self._move(UploadState.SEALED)
        self.sealed = Sealed(digest=self.hasher.hexdigest(), size=self._size)
        return self.sealed

    async def suspend(self) -> None:
        if self._state is not UploadState.OPEN:
            raise RuntimeError(f"suspend an upload that is {self._state}")
        data, self.buffer = bytes(self.buffer), bytearray()
        await self._to_disk(self._seal_bytes, data)
        self._move(UploadState.SUSPENDED)

    def _seal_bytes(self, data: bytes) -> None:
        with self.lock:
            if self._state is UploadState.ABORTED:
                return
            if self.full:
                self._rewind_locked()
                return
            self._flush_locked(data)
            fd = self._opened()
            os.fsync(fd)
            os.close(fd)
            self.fd = None

    def _rewind_locked(self) -> None:
        """After a full disk: keep only what was durable before this session (nothing, for
        a new upload; a chunked upload's earlier chunks), freeing the rest at once."""
        if self.fd is None:
            return
        os.ftruncate(self.fd, self.resume_at)
        os.fsync(self.fd)
        os.close(self.fd)
        self.fd = None

    def _publish(self, final: Path) -> bool:
        if final.exists():
            self.temp_path.unlink()
            return False
        created = not final.parent.exists()
        final.parent.mkdir(parents=True, exist_ok=True)
        os.rename(self.temp_path, final)
        fsync_dir(final.parent)
        if created:
            fsync_dir(final.parent.parent)
            fsync_dir(final.parent.parent.parent)
        return True

    async def publish(self) -> bool:
        if self._state is not UploadState.SEALED or self.sealed is None:
            raise RuntimeError(f"publish an upload that is {self._state}")
        final = self.store.path_of(self.sealed.digest)
        try:
            created = await asyncio.to_thread(self._publish, final)
        except OSError as exc:
            raise BlobError(f"cannot store the blob: {exc.strerror}") from exc
        self._move(UploadState.PUBLISHED)
        return created

    def _discard(self) -> None:
        with self.lock:
            if self.fd is not None:
                os.close(self.fd)
                self.fd = None
            self.temp_path.unlink(missing_ok=True)

    async def abort(self) -> None:
        if self._state is UploadState.PUBLISHED:
            raise RuntimeError("a published blob is deleted, not aborted")
        self._move(UploadState.ABORTED)
        self.buffer = bytearray()
        # Shielded: a cancelled request (client gone) must still leave nothing behind.
        await asyncio.shield(asyncio.to_thread(self._discard))


class LocalBlobStore:
    """See BlobStore; ``root`` is a directory this store owns."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.blob_dir = root / "blobs"
        self.tmp_dir = root / "tmp"

    def path_of(self, digest: str) -> Path:
        check_digest(digest)
        return self.blob_dir / digest[:2] / digest[2:4] / digest

    async def start(self) -> None:
        for folder in (self.root, self.blob_dir, self.tmp_dir):
            folder.mkdir(parents=True, exist_ok=True)

    async def close(self) -> None:
        """Nothing to let go of: files are opened per upload and read."""

    async def check(self) -> None:
        if not await asyncio.to_thread(self.blob_dir.is_dir):
            raise BlobError(f"the blob folder {self.blob_dir} is gone")

    def begin_upload(self) -> LocalUpload:
        return LocalUpload(self)

    async def resume_upload(self, key: str, received: int) -> LocalUpload:
        upload = LocalUpload(self, key, received)
        try:
            length = (await asyncio.to_thread(upload.temp_path.stat)).st_size
        except FileNotFoundError:
            raise BlobMissing(f"upload {key}") from None
        if length < received:
            raise BlobError(f"upload {key} holds {length} bytes, fewer than {received}")
        return upload

    def _stat(self, digest: str) -> BlobInfo | None:
        try:
            found = self.path_of(digest).stat()
        except FileNotFoundError:
            return None
        return BlobInfo(digest, found.st_size, dt.datetime.fromtimestamp(found.st_mtime, dt.UTC))

    async def stat(self, digest: str) -> BlobInfo | None:
        return await asyncio.to_thread(self._stat, digest)

    async def read(
        self, digest: str, start: int = 0, end: int | None = None
    ) -> AsyncIterator[bytes]:
        path = self.path_of(digest)
        try:
            handle = await asyncio.to_thread(open, path, "rb")
        except FileNotFoundError:
            raise BlobMissing(digest) from None
        try:
            await asyncio.to_thread(handle.seek, start)
            remaining = None if end is None else max(0, end - start)
            while remaining is None or remaining > 0:
                size = READ_CHUNK if remaining is None else min(READ_CHUNK, remaining)
                chunk = await asyncio.to_thread(handle.read, size)
                if not chunk:
                    break
                if remaining is not None:
                    remaining -= len(chunk)
                yield chunk
        finally:
            handle.close()

    def _delete(self, digest: str) -> bool:
        path = self.path_of(digest)
        try:
            path.unlink()
        except FileNotFoundError:
            return False
        fsync_dir(path.parent)
        return True

    async def delete(self, digest: str) -> bool:
        return await asyncio.to_thread(self._delete, digest)

    def _list(self) -> list[BlobInfo]:
        found = []
        for path in self.blob_dir.glob("*/*/*"):
            name = path.name
            if len(name) == 64 and path.parent.parent.name == name[:2]:
                stat = path.stat()
                modified = dt.datetime.fromtimestamp(stat.st_mtime, dt.UTC)
                found.append(BlobInfo(name, stat.st_size, modified))
        return sorted(found, key=lambda info: info.digest)

    async def list_blobs(self) -> AsyncIterator[BlobInfo]:
        for info in await asyncio.to_thread(self._list):
            yield info

    def _remove_stale(self, older_than: dt.timedelta) -> int:
        cutoff = dt.datetime.now(dt.UTC).timestamp() - older_than.total_seconds()
        removed = 0
        for path in self.tmp_dir.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
            try:
                if path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
            except FileNotFoundError:
                continue  # finished or aborted meanwhile
        return removed

    async def remove_stale_uploads(self, older_than: dt.timedelta) -> int:
        return await asyncio.to_thread(self._remove_stale, older_than)

    def temp_files(self) -> list[Path]:
        """Uploads in progress or left behind (for checks and tests)."""
        return sorted(self.tmp_dir.glob(f"{TEMP_PREFIX}*"))
