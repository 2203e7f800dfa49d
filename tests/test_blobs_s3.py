"""What only the S3 store has: bounded memory on a large streamed upload, nothing left
behind by a cancelled upload, and S3's failures as the store's errors (503, never 500)."""

from __future__ import annotations

import asyncio
import hashlib
import os
import tracemalloc
from collections.abc import AsyncIterator

import pytest

from protocol.errors import Unavailable
from server.blobs.base import BlobUnavailable
from server.blobs.s3 import MIN_PART_SIZE, PART_SIZE, S3BlobStore
from server.blobs.target import BadBlobsUrl, S3Target, parse_blobs_url
from tests.support import free_port

MIB = 1024 * 1024


@pytest.fixture
async def store(s3_target: S3Target) -> AsyncIterator[S3BlobStore]:
    made = S3BlobStore(s3_target)
    await made.start()
    yield made
    await made.close()


async def test_a_64_mib_upload_and_read_stay_within_a_few_parts_of_memory(
    store: S3BlobStore,
) -> None:
    size, chunk = 64 * MIB, 64 * 1024
    expected = hashlib.sha256()
    tracemalloc.start()
    try:
        upload = store.begin_upload()
        seed = os.urandom(chunk)
        for index in range(size // chunk):
            piece = index.to_bytes(8, "big") + seed[8:]  # every chunk different, none kept
            expected.update(piece)
            await upload.write(piece)
        sealed = await upload.seal()
        assert await upload.publish()
        _, upload_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        read_back = hashlib.sha256()
        async for piece in store.read(sealed.digest):
            read_back.update(piece)
        _, read_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (sealed.digest, sealed.size) == (expected.hexdigest(), size)
    assert read_back.hexdigest() == sealed.digest
    # One part buffered and one being sent, plus the client's own: far below the file.
    assert upload_peak < 3 * PART_SIZE + 4 * MIB, upload_peak
    assert read_peak < 4 * MIB, read_peak
    assert await store.upload_objects() == []
    assert await store.multipart_uploads_left() == []


async def test_a_cancelled_upload_leaves_no_multipart_upload_behind(
    s3_target: S3Target,
) -> None:
    store = S3BlobStore(s3_target, part_size=MIN_PART_SIZE)
    await store.start()
    upload = store.begin_upload()
    sent = asyncio.Event()

    async def send() -> None:
        await upload.write(os.urandom(MIN_PART_SIZE))  # one part sent
        sent.set()
        while True:  # the client keeps sending, parts keep going out, until cut off
            await upload.write(os.urandom(MIN_PART_SIZE))

    task = asyncio.create_task(send())
    await sent.wait()
    await asyncio.sleep(0.05)  # most likely in the middle of the next part
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert await store.multipart_uploads_left() != []
    await upload.abort()  # what the archive does when the request ends early
    assert await store.multipart_uploads_left() == []
    assert await store.upload_objects() == []
    await store.close()


async def test_an_unreachable_store_is_unavailable_not_a_crash() -> None:
    target = S3Target(
        bucket="nowhere",
        endpoint=f"http://127.0.0.1:{free_port()}",
        access_key_id="x",
        secret_access_key="y",
    )
    store = S3BlobStore(target, attempts=1)
    with pytest.raises(BlobUnavailable) as caught:
        await store.start()
    assert isinstance(caught.value, Unavailable)
    await store.close()


async def test_bad_credentials_and_a_missing_bucket_are_unavailable(
    s3_target: S3Target,
) -> None:
    for target in (
        S3Target(
            bucket=s3_target.bucket,
            endpoint=s3_target.endpoint,
            access_key_id=s3_target.access_key_id,
            secret_access_key="wrong",
        ),
        S3Target(
            bucket="no-such-bucket",
            endpoint=s3_target.endpoint,
            access_key_id=s3_target.access_key_id,
            secret_access_key=s3_target.secret_access_key,
        ),
    ):
        store = S3BlobStore(target)
        with pytest.raises(BlobUnavailable):
            await store.start()
        await store.close()


def test_the_blobs_url_names_bucket_prefix_endpoint_and_region() -> None:
    target = parse_blobs_url(
        "s3://archive/school-a?endpoint=http://127.0.0.1:7480&region=eu-west-1", "k", "s"
    )
    assert target == S3Target(
        bucket="archive",
        prefix="school-a/",
        endpoint="http://127.0.0.1:7480",
        region="eu-west-1",
        access_key_id="k",
        secret_access_key="s",
    )
    assert parse_blobs_url("s3://archive").endpoint is None
    for bad in ("http://archive", "s3://A_b", "s3://archive?endpoint=ftp://x", "s3://archive?x=1"):
        with pytest.raises(BadBlobsUrl):
            parse_blobs_url(bad)
    with pytest.raises(BadBlobsUrl, match="together"):
        parse_blobs_url("s3://archive", "only-the-key", None)
