"""The local blob store on the real disk: atomic publish, dedup, abort, ranges, listing."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import time
from pathlib import Path

import pytest

from server.blobs.base import BlobMissing, UploadState
from server.blobs.local import WRITE_BUFFER, LocalBlobStore


@pytest.fixture
async def store(tmp_path: Path) -> LocalBlobStore:
    store = LocalBlobStore(tmp_path / "files")
    await store.start()
    return store


async def put(store: LocalBlobStore, *chunks: bytes) -> tuple[str, bool]:
    upload = store.begin_upload()
    for chunk in chunks:
        await upload.write(chunk)
    sealed = await upload.seal()
    return sealed.digest, await upload.publish()


async def read_all(
    store: LocalBlobStore, digest: str, start: int = 0, end: int | None = None
) -> bytes:
    return b"".join([chunk async for chunk in store.read(digest, start, end)])


async def test_a_blob_is_named_by_its_sha256_and_reads_back(store: LocalBlobStore) -> None:
    data = os.urandom(WRITE_BUFFER * 2 + 123)  # several buffers and a tail
    digest, created = await put(store, data[:1000], data[1000:])
    assert created
    assert digest == hashlib.sha256(data).hexdigest()
    assert store.path_of(digest).read_bytes() == data
    assert await read_all(store, digest) == data
    assert await read_all(store, digest, 5, 50) == data[5:50]
    assert await read_all(store, digest, len(data) - 3) == data[-3:]
    info = await store.stat(digest)
    assert info is not None
    assert info.size == len(data)
    assert store.temp_files() == []


async def test_equal_content_is_stored_once(store: LocalBlobStore) -> None:
    first, created_first = await put(store, b"same")
    second, created_second = await put(store, b"sa", b"me")
    assert first == second
    assert (created_first, created_second) == (True, False)
    assert [info.digest async for info in store.list_blobs()] == [first]
    assert store.temp_files() == []


async def test_an_empty_file_is_a_blob_too(store: LocalBlobStore) -> None:
    digest, _ = await put(store)
    assert digest == hashlib.sha256(b"").hexdigest()
    assert await read_all(store, digest) == b""


async def test_nothing_is_visible_before_publish_and_abort_leaves_nothing(
    store: LocalBlobStore,
) -> None:
    upload = store.begin_upload()
    await upload.write(b"x" * (WRITE_BUFFER + 1))
    assert len(store.temp_files()) == 1  # on disk, but under a temporary name only
    sealed = await upload.seal()
    assert await store.stat(sealed.digest) is None
    await upload.abort()
    assert upload.state is UploadState.ABORTED
    assert store.temp_files() == []
    assert [info async for info in store.list_blobs()] == []
    with pytest.raises(RuntimeError):
        await upload.write(b"more")


async def test_a_published_upload_cannot_be_aborted_or_written(store: LocalBlobStore) -> None:
    upload = store.begin_upload()
    await upload.write(b"done")
    await upload.seal()
    await upload.publish()
    with pytest.raises(RuntimeError):
        await upload.abort()
    with pytest.raises(RuntimeError):
        await upload.write(b"more")


async def test_delete_and_reading_a_missing_blob(store: LocalBlobStore) -> None:
    digest, _ = await put(store, b"bye")
    assert await store.delete(digest)
    assert not await store.delete(digest)
    with pytest.raises(BlobMissing):
        await read_all(store, digest)
    with pytest.raises(ValueError, match="sha256"):
        store.path_of("../../etc/passwd")


async def test_only_stale_uploads_are_removed(store: LocalBlobStore) -> None:
    stale, fresh = store.begin_upload(), store.begin_upload()
    await stale.write(b"s" * (WRITE_BUFFER + 1))
    await fresh.write(b"f" * (WRITE_BUFFER + 1))
    then = time.time() - 7200
    os.utime(stale.temp_path, (then, then))
    assert await store.remove_stale_uploads(dt.timedelta(hours=1)) == 1
    assert store.temp_files() == [fresh.temp_path]
    await fresh.abort()


async def test_a_suspended_upload_resumes_drops_a_cut_off_tail_and_hashes_it_all(
    store: LocalBlobStore,
) -> None:
    first = store.begin_upload()
    await first.write(b"hello ")
    await first.suspend()
    assert first.state is UploadState.SUSPENDED
    cut = await store.resume_upload(first.key, 6)
    await cut.write(b"garbage that never counted")
    await cut.suspend()  # the chunk failed: its bytes sit past offset 6
    again = await store.resume_upload(first.key, 6)
    await again.write(b"world")
    sealed = await again.seal()
    assert sealed.digest == hashlib.sha256(b"hello world").hexdigest()
    assert sealed.size == len(b"hello world")
    assert await again.publish()
    assert await read_all(store, sealed.digest) == b"hello world"
    with pytest.raises(BlobMissing):
        await store.resume_upload(first.key, 11)
    with pytest.raises(ValueError, match="key"):
        await store.resume_upload("../../x", 0)
