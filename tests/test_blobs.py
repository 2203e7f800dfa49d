"""Both blob stores against the same tests: the local one on the real disk, the S3 one on a
real S3-protocol server (radosgw, loadtest/ceph.py). Atomic publish, dedup, abort,
ranges, listing, suspend/resume, stale uploads; what only one store has is at the end."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import os
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from server.blobs.base import BlobMissing, BlobStore, UploadState
from server.blobs.local import WRITE_BUFFER, LocalBlobStore
from server.blobs.s3 import MIN_PART_SIZE, S3BlobStore
from server.blobs.target import S3Target

#: The S3 store's parts are the smallest S3 allows, so that a few MiB make several.
S3_PART = MIN_PART_SIZE


@pytest.fixture(params=["local", "s3"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[BlobStore]:
    made: BlobStore
    if request.param == "local":
        made = LocalBlobStore(tmp_path / "files")
    else:
        target: S3Target = request.getfixturevalue("s3_target")
        made = S3BlobStore(target, part_size=S3_PART)
    await made.start()
    yield made
    await made.close()


def block(store: BlobStore) -> int:
    """What the store writes at once: a local write buffer, an S3 part."""
    return S3_PART if isinstance(store, S3BlobStore) else WRITE_BUFFER


async def leftovers(store: BlobStore) -> list[str]:
    """Whatever uploads in progress or left behind hold in the store."""
    if isinstance(store, S3BlobStore):
        return [*await store.upload_objects(), *await store.multipart_uploads_left()]
    assert isinstance(store, LocalBlobStore)
    return [path.name for path in store.temp_files()]


async def put(store: BlobStore, *chunks: bytes) -> tuple[str, bool]:
    upload = store.begin_upload()
    for chunk in chunks:
        await upload.write(chunk)
    sealed = await upload.seal()
    return sealed.digest, await upload.publish()


async def read_all(store: BlobStore, digest: str, start: int = 0, end: int | None = None) -> bytes:
    return b"".join([chunk async for chunk in store.read(digest, start, end)])


async def test_a_blob_is_named_by_its_sha256_and_reads_back(store: BlobStore) -> None:
    data = os.urandom(block(store) * 2 + 123)  # several buffers or parts, and a tail
    digest, created = await put(store, data[:1000], data[1000:])
    assert created
    assert digest == hashlib.sha256(data).hexdigest()
    if isinstance(store, LocalBlobStore):
        assert store.path_of(digest).read_bytes() == data
    assert await read_all(store, digest) == data
    assert await read_all(store, digest, 5, 50) == data[5:50]
    assert await read_all(store, digest, len(data) - 3) == data[-3:]
    assert await read_all(store, digest, len(data)) == b""
    assert await read_all(store, digest, 7, 7) == b""
    info = await store.stat(digest)
    assert info is not None
    assert info.size == len(data)
    assert await leftovers(store) == []


async def test_a_small_blob_reads_back_in_ranges(store: BlobStore) -> None:
    digest, created = await put(store, b"hello ", b"world")
    assert created
    assert await read_all(store, digest) == b"hello world"
    assert await read_all(store, digest, 6) == b"world"
    assert await read_all(store, digest, 0, 1) == b"h"
    assert await leftovers(store) == []


async def test_equal_content_is_stored_once(store: BlobStore) -> None:
    first, created_first = await put(store, b"same")
    second, created_second = await put(store, b"sa", b"me")
    assert first == second
    assert (created_first, created_second) == (True, False)
    assert [info.digest async for info in store.list_blobs()] == [first]
    assert await leftovers(store) == []


async def test_equal_large_content_is_stored_once_and_its_upload_dropped(
    store: BlobStore,
) -> None:
    data = os.urandom(block(store) + 10)
    assert (await put(store, data))[1]
    assert not (await put(store, data[:5], data[5:]))[1]
    assert len([info async for info in store.list_blobs()]) == 1
    assert await leftovers(store) == []


async def test_an_empty_file_is_a_blob_too(store: BlobStore) -> None:
    digest, _ = await put(store)
    assert digest == hashlib.sha256(b"").hexdigest()
    assert await read_all(store, digest) == b""
    assert await read_all(store, digest, 0, 0) == b""


async def test_nothing_is_visible_before_publish_and_abort_leaves_nothing(
    store: BlobStore,
) -> None:
    upload = store.begin_upload()
    await upload.write(b"x" * (block(store) + 1))
    assert len(await leftovers(store)) == 1  # stored, but under an upload's name only
    sealed = await upload.seal()
    assert await store.stat(sealed.digest) is None
    await upload.abort()
    assert upload.state is UploadState.ABORTED
    assert await leftovers(store) == []
    assert [info async for info in store.list_blobs()] == []
    with pytest.raises(RuntimeError):
        await upload.write(b"more")


async def test_a_published_upload_cannot_be_aborted_or_written(store: BlobStore) -> None:
    upload = store.begin_upload()
    await upload.write(b"done")
    await upload.seal()
    await upload.publish()
    with pytest.raises(RuntimeError):
        await upload.abort()
    with pytest.raises(RuntimeError):
        await upload.write(b"more")


async def test_delete_and_reading_a_missing_blob(store: BlobStore) -> None:
    digest, _ = await put(store, b"bye")
    assert await store.delete(digest)
    assert not await store.delete(digest)
    assert await store.stat(digest) is None
    with pytest.raises(BlobMissing):
        await read_all(store, digest)
    with pytest.raises(BlobMissing):
        await read_all(store, digest, 1)
    with pytest.raises(ValueError, match="sha256"):
        await store.stat("../../etc/passwd")


async def test_a_suspended_upload_resumes_drops_a_cut_off_tail_and_hashes_it_all(
    store: BlobStore,
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
    assert await leftovers(store) == []
    with pytest.raises(BlobMissing):
        await store.resume_upload(first.key, 11)
    with pytest.raises(ValueError, match="key"):
        await store.resume_upload("../../x", 0)


async def test_a_large_upload_resumed_over_many_chunks_drops_a_cut_off_part(
    store: BlobStore,
) -> None:
    size = block(store)
    data = os.urandom(size * 2 + size // 2)
    upload = store.begin_upload()
    await upload.suspend()  # the empty start a chunked upload reserves
    received = 0
    for end in (size // 3, size + 7, size * 2 + 1):  # chunks across part boundaries
        upload = await store.resume_upload(upload.key, received)
        await upload.write(data[received:end])
        await upload.suspend()
        received = end
    cut = await store.resume_upload(upload.key, received)
    await cut.write(os.urandom(size + 5))  # a whole part past `received`, then cut off
    await cut.suspend()
    last = await store.resume_upload(upload.key, received)
    await last.write(data[received:])
    sealed = await last.seal()
    assert (sealed.digest, sealed.size) == (hashlib.sha256(data).hexdigest(), len(data))
    assert await last.publish()
    assert await read_all(store, sealed.digest) == data
    assert await read_all(store, sealed.digest, size - 3, size + 3) == data[size - 3 : size + 3]
    assert await leftovers(store) == []


async def test_cancelling_a_suspended_upload_leaves_nothing(store: BlobStore) -> None:
    upload = store.begin_upload()
    await upload.write(os.urandom(block(store) + 3))
    await upload.suspend()
    resumed = await store.resume_upload(upload.key, upload.size)
    await resumed.write(b"more")
    await resumed.suspend()
    # Erasing a pupil throws uploads away by resuming them at 0, whatever they hold.
    await (await store.resume_upload(upload.key, 0)).abort()
    assert await leftovers(store) == []
    with pytest.raises(BlobMissing):
        await store.resume_upload(upload.key, upload.size)


async def test_only_stale_uploads_are_removed(store: BlobStore) -> None:
    stale, fresh = store.begin_upload(), store.begin_upload()
    await stale.write(b"s" * (block(store) + 1))
    if isinstance(store, LocalBlobStore):
        await fresh.write(b"f" * (WRITE_BUFFER + 1))
        then = time.time() - 7200
        os.utime(stale.temp_path, (then, then))  # type: ignore[attr-defined]
        older_than = dt.timedelta(hours=1)
    else:
        # The server dates its objects: the stale upload is made old by waiting.
        await stale.suspend()
        await asyncio.sleep(2.5)
        await fresh.write(b"f" * (block(store) + 1))  # a part in flight, no tail yet
        older_than = dt.timedelta(seconds=1.5)
    assert await store.remove_stale_uploads(older_than) == 1
    assert len(await leftovers(store)) == 1
    with pytest.raises(BlobMissing):
        await store.resume_upload(stale.key, stale.size)
    await fresh.abort()
    assert await leftovers(store) == []


async def test_local_paths_are_named_by_digest_and_refuse_tricks(tmp_path: Path) -> None:
    store = LocalBlobStore(tmp_path / "files")
    await store.start()
    digest, _ = await put(store, b"bytes")
    assert store.path_of(digest).read_bytes() == b"bytes"
    with pytest.raises(ValueError, match="sha256"):
        store.path_of("../../etc/passwd")
