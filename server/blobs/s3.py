"""The blob store in an S3-protocol bucket (Ceph radosgw, MinIO, Garage, AWS S3, ...).

Chosen with ``TWINSPACE_BLOBS_URL=s3://bucket[/prefix]?endpoint=...&region=...`` (see
docs/deployment.md); local disk (local.py) stays the default. Layout under the prefix::

    blobs/<sha256>                one object per blob, never changed
    uploads/<key>/data            the multipart upload of a large upload in progress
    uploads/<key>/tail-<offset>   a suspended upload's last bytes past its whole parts

**Streaming, bounded memory.** An upload keeps at most one part (``part_size``, 8 MiB by
default) in memory: each time that much has arrived it is sent as the next part of a
multipart upload, parts numbered by their place in the file (part ``n`` holds bytes
``[(n-1)·P, n·P)``). A file smaller than one part never starts a multipart upload: it is
written with one PutObject when published. Reads are GetObject with an HTTP Range, streamed
in ``READ_CHUNK`` pieces.

**Invisible until published, atomic publish.** The digest is known only at the end, so the
bytes go to ``uploads/<key>/data`` first; ``publish`` copies them server-side under
``blobs/<sha256>`` (one CopyObject, or UploadPartCopy past 5 GiB) and deletes the upload's
objects. A reader never sees half a blob: S3 makes an object visible only whole.

**Suspend and resume (chunked uploads).** ``suspend`` leaves the whole parts in the open
multipart upload and writes the bytes past them as ``tail-<size>``; ``resume_upload(key,
received)`` reads ``tail-<received>`` back (less than one part) and continues at part
``received // P + 1``. Parts or tails a chunk cut off half way left past ``received`` are
overwritten or left out of the completed object, and deleted. A resumed upload is hashed at
seal by reading the completed object back (hash states cannot be saved), as local.py does.

**Nothing left behind.** ``abort`` (shielded from cancellation) aborts the multipart upload
and deletes the upload's objects; ``remove_stale_uploads`` does the same for uploads whose
newest object or part is older than the threshold, and for multipart uploads under
``uploads/`` that have no tail at all (a crash mid-upload).

**Errors.** S3's answers are mapped to the store's errors: a missing object is BlobMissing, a
quota exceeded is BlobStoreFull, and everything else (unreachable, timed out, access denied,
no such bucket) is BlobUnavailable, which the HTTP layer answers with 503.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import functools
import hashlib
import logging
import secrets
from collections.abc import AsyncIterator, Awaitable
from typing import TYPE_CHECKING, Any, TypeVar

import aiohttp
from aiobotocore.config import AioConfig
from aiobotocore.session import AioSession, get_session
from botocore.exceptions import BotoCoreError, ClientError

from .base import (
    UPLOAD_TRANSITIONS,
    BlobError,
    BlobInfo,
    BlobMissing,
    BlobStoreFull,
    BlobUnavailable,
    Sealed,
    UploadState,
    check_digest,
)
from .target import S3Target

if TYPE_CHECKING:
    from types_aiobotocore_s3 import S3Client
    from types_aiobotocore_s3.type_defs import ObjectIdentifierTypeDef

logger = logging.getLogger("twinspace.blobs")

T = TypeVar("T")

#: Bytes per multipart part (8 MiB): the most an upload holds in memory. S3 wants at least
#: 5 MiB for every part but the last, and at most 10,000 parts (so files up to 78 GiB).
PART_SIZE = 8 * 1024 * 1024
MIN_PART_SIZE = 5 * 1024 * 1024
#: Bytes per chunk when reading a blob back (256 KiB).
READ_CHUNK = 256 * 1024
#: The largest object one CopyObject copies; past it, publish copies in parts.
MAX_COPY = 5 * 1024 * 1024 * 1024
#: Bytes per part when copying in parts (1 GiB).
COPY_PART = 1024 * 1024 * 1024
#: S3 error codes that mean "not there".
MISSING_CODES = frozenset({"NoSuchKey", "404", "NotFound", "NoSuchUpload"})
#: ... and "no room" (radosgw's quotas).
FULL_CODES = frozenset({"QuotaExceeded", "EntityTooLarge"})
TAIL = "tail-"


@functools.cache
def session() -> AioSession:
    """One botocore session per process: it loads S3's service description once."""
    return get_session()


def error_code(exc: ClientError) -> str:
    return str(exc.response.get("Error", {}).get("Code", ""))


def translate(exc: Exception, what: str) -> BlobError:
    """The store's error for an S3 failure; the detail goes to the log, not to clients."""
    if isinstance(exc, ClientError):
        code = error_code(exc)
        if code in MISSING_CODES:
            return BlobMissing(what)
        if code in FULL_CODES:
            return BlobStoreFull(f"the object store refused more bytes ({code})")
        logger.error("object store: %s failed: %s", what, exc)
        return BlobUnavailable(f"the file store refused the request ({code})")
    logger.error("object store: %s failed: %r", what, exc)
    return BlobUnavailable("the file store does not answer")


#: What an S3 call may raise besides ClientError: botocore's own (endpoint unreachable,
#: timeouts, bad credentials config) and aiohttp's (connection reset mid-body).
TRANSPORT_ERRORS = (BotoCoreError, aiohttp.ClientError, OSError, asyncio.TimeoutError)


async def call(what: str, work: Awaitable[T]) -> T:
    try:
        return await work
    except (ClientError, *TRANSPORT_ERRORS) as exc:
        raise translate(exc, what) from exc


class S3Upload:
    """One upload; see BlobUpload and the module's docstring."""

    def __init__(self, store: S3BlobStore, key: str | None = None, received: int = 0) -> None:
        self.store = store
        self._key = key or secrets.token_hex(12)
        if not self._key.isalnum():
            raise ValueError(f"bad upload key {self._key!r}")
        self.data_name = store.upload_prefix(self._key) + "data"
        self.hasher = hashlib.sha256()
        #: Bytes not yet sent as a part: always fewer than one part between writes.
        self.buffer = bytearray()
        self._size = received
        #: Bytes already in whole parts of the multipart upload.
        self.flushed = received - received % store.part_size
        self.resumed = key is not None
        #: The multipart upload's id, once one is started (or found on resume).
        self.upload_id: str | None = None
        #: ETags of the parts this upload knows about, by part number.
        self.etags: dict[int, str] = {}
        self._state = UploadState.OPEN
        self.sealed: Sealed | None = None
        #: Sealed whole in ``buffer`` (smaller than a part), not in ``uploads/<key>/data``.
        self.in_memory = False

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

    async def write(self, chunk: bytes) -> None:
        if self._state is not UploadState.OPEN:
            raise RuntimeError(f"write to an upload that is {self._state}")
        self.buffer += chunk
        self._size += len(chunk)
        while len(self.buffer) >= self.store.part_size:
            await self._send_part()

    async def _send_part(self) -> None:
        """Send the buffer's first ``part_size`` bytes as the next part."""
        size = self.store.part_size
        part = bytes(memoryview(self.buffer)[:size])
        del self.buffer[:size]
        if not self.resumed:
            await asyncio.to_thread(self.hasher.update, part)
        await self._upload_part(part)

    async def _upload_part(self, part: bytes) -> None:
        client, bucket = self.store.client, self.store.target.bucket
        upload_id = await self._upload_id()
        number = self.flushed // self.store.part_size + 1
        answer = await call(
            "upload a part",
            client.upload_part(
                Bucket=bucket, Key=self.data_name, UploadId=upload_id, PartNumber=number, Body=part
            ),
        )
        self.etags[number] = answer["ETag"]
        self.flushed += len(part)

    async def _upload_id(self) -> str:
        if self.upload_id is None:
            client, bucket = self.store.client, self.store.target.bucket
            started = await call(
                "start a multipart upload",
                client.create_multipart_upload(Bucket=bucket, Key=self.data_name),
            )
            self.upload_id = started["UploadId"]
        return self.upload_id

    async def seal(self) -> Sealed:
        if self._state is not UploadState.OPEN:
            raise RuntimeError(f"seal an upload that is {self._state}")
        if self.upload_id is None and self.flushed == 0:
            # Smaller than one part: it stays in memory until published with one PutObject
            # (nothing relies on it before: the archive records a file only once published).
            self.hasher = hashlib.sha256(self.buffer)
            self.in_memory = True
        else:
            if self.buffer:
                tail, self.buffer = bytes(self.buffer), bytearray()
                if not self.resumed:
                    await asyncio.to_thread(self.hasher.update, tail)
                await self._upload_part(tail)
            await self._complete()
            if self.resumed:
                self.hasher = hashlib.sha256()
                async for chunk in self.store.read_object(self.data_name):
                    await asyncio.to_thread(self.hasher.update, chunk)
        self._move(UploadState.SEALED)
        self.sealed = Sealed(digest=self.hasher.hexdigest(), size=self._size)
        return self.sealed

    async def _complete(self) -> None:
        """Join the parts into ``uploads/<key>/data``; parts past the size are left out."""
        client, bucket = self.store.client, self.store.target.bucket
        upload_id = await self._upload_id()
        count = -(-self._size // self.store.part_size)
        if any(n not in self.etags for n in range(1, count + 1)):
            # Parts of earlier chunks: whole ones only (a cut-off chunk's may be short).
            for number, (etag, size) in (
                await self.store.list_parts(self.data_name, upload_id)
            ).items():
                if number not in self.etags and size == self.store.part_size:
                    self.etags[number] = etag
        if any(n not in self.etags for n in range(1, count + 1)):
            raise BlobError(f"upload {self._key} lost some of its parts")
        parts = [{"PartNumber": n, "ETag": self.etags[n]} for n in range(1, count + 1)]
        if not parts:  # an empty resumed upload: S3 wants at least one part
            await self.store.abort_multipart(self.data_name, upload_id)
            await call(
                "store an empty upload",
                client.put_object(Bucket=bucket, Key=self.data_name, Body=b""),
            )
            return
        await call(
            "complete a multipart upload",
            client.complete_multipart_upload(
                Bucket=bucket,
                Key=self.data_name,
                UploadId=upload_id,
                MultipartUpload={"Parts": parts},  # type: ignore[typeddict-item]
            ),
        )
        self.upload_id = None

    async def suspend(self) -> None:
        if self._state is not UploadState.OPEN:
            raise RuntimeError(f"suspend an upload that is {self._state}")
        tail, self.buffer = bytes(self.buffer), bytearray()
        name = self.store.upload_prefix(self._key) + f"{TAIL}{self._size}"
        client, bucket = self.store.client, self.store.target.bucket
        await call("suspend an upload", client.put_object(Bucket=bucket, Key=name, Body=tail))
        self._move(UploadState.SUSPENDED)

    async def publish(self) -> bool:
        if self._state is not UploadState.SEALED or self.sealed is None:
            raise RuntimeError(f"publish an upload that is {self._state}")
        store, sealed = self.store, self.sealed
        final = store.blob_name(sealed.digest)
        created = await store.stat(sealed.digest) is None
        if created:
            if self.in_memory:
                await call(
                    "store a blob",
                    store.client.put_object(
                        Bucket=store.target.bucket, Key=final, Body=bytes(self.buffer)
                    ),
                )
            else:
                await store.copy(self.data_name, final, sealed.size)
        self.buffer = bytearray()
        await store.remove_upload(self._key, None)
        self._move(UploadState.PUBLISHED)
        return created

    async def abort(self) -> None:
        if self._state is UploadState.PUBLISHED:
            raise RuntimeError("a published blob is deleted, not aborted")
        self._move(UploadState.ABORTED)
        self.buffer = bytearray()
        # Shielded: a cancelled request (client gone) must still leave nothing behind.
        await asyncio.shield(self.store.remove_upload(self._key, self.upload_id))


class S3BlobStore:
    """See BlobStore; the bucket (or its prefix) belongs to this store alone."""

    def __init__(self, target: S3Target, part_size: int = PART_SIZE, attempts: int = 3) -> None:
        if part_size < MIN_PART_SIZE:
            raise ValueError(f"S3 parts are at least {MIN_PART_SIZE} bytes")
        self.target = target
        self.part_size = part_size
        #: Tries of each request (botocore's "standard" retries: throttling, 5xx, resets).
        self.attempts = attempts
        self._client: S3Client | None = None
        self._exit = contextlib.AsyncExitStack()

    @property
    def client(self) -> S3Client:
        if self._client is None:
            raise RuntimeError("the S3 blob store is not started")
        return self._client

    def blob_name(self, digest: str) -> str:
        return f"{self.target.prefix}blobs/{check_digest(digest)}"

    def upload_prefix(self, key: str) -> str:
        return f"{self.target.prefix}uploads/{key}/"

    def connected_client(self) -> contextlib.AbstractAsyncContextManager[S3Client]:
        """A new client of the target (``start`` keeps one; tests make buckets with this)."""
        config = AioConfig(
            connect_timeout=5,
            read_timeout=60,
            retries={"max_attempts": self.attempts, "mode": "standard"},
            s3={"addressing_style": "path"},
            # Plain checksums only: older S3 servers (radosgw 16, ...) refuse the
            # streaming trailer checksums newer botocore sends by default.
            request_checksum_calculation="when_required",
            response_checksum_validation="when_required",
            max_pool_connections=50,
        )
        return session().create_client(
            "s3",
            endpoint_url=self.target.endpoint,
            region_name=self.target.region,
            aws_access_key_id=self.target.access_key_id,
            aws_secret_access_key=self.target.secret_access_key,
            config=config,
        )

    async def start(self) -> None:
        if self._client is None:
            self._client = await self._exit.enter_async_context(self.connected_client())
        await self.check()

    async def close(self) -> None:
        await self._exit.aclose()
        self._client = None

    async def check(self) -> None:
        """Raise BlobUnavailable unless the bucket answers (readiness, start-up)."""
        try:
            await call(
                f"reach the bucket {self.target.bucket}",
                self.client.head_bucket(Bucket=self.target.bucket),
            )
        except BlobMissing:
            logger.error("object store: the bucket %s does not exist", self.target.bucket)
            raise BlobUnavailable("the file store's bucket does not exist") from None

    def begin_upload(self) -> S3Upload:
        return S3Upload(self)

    async def resume_upload(self, key: str, received: int) -> S3Upload:
        upload = S3Upload(self, key, received)
        names = [name async for name, _ in self.list_objects(self.upload_prefix(key))]
        tail_name = self.upload_prefix(key) + f"{TAIL}{received}"
        if not names:
            raise BlobMissing(f"upload {key}")
        if tail_name in names:
            tail = b"".join([chunk async for chunk in self.read_object(tail_name)])
        elif received == upload.flushed:
            tail = b""  # on a part boundary (0 included: to throw it all away): no tail needed
        else:
            raise BlobError(f"upload {key} has no bytes recorded at {received}")
        if len(tail) != received - upload.flushed:
            raise BlobError(f"upload {key} holds {len(tail)} bytes past its parts, not as many")
        upload.buffer = bytearray(tail)
        upload.upload_id = await self.find_multipart(upload.data_name)
        if upload.flushed and upload.upload_id is None:
            raise BlobError(f"upload {key} lost its parts")
        # Tails of earlier chunks, and of chunks cut off half way past ``received``.
        await self.delete_objects([name for name in names if name != tail_name])
        return upload

    async def find_multipart(self, name: str) -> str | None:
        answer = await call(
            "list multipart uploads",
            self.client.list_multipart_uploads(Bucket=self.target.bucket, Prefix=name),
        )
        found = [u for u in answer.get("Uploads", []) if u.get("Key") == name]
        return found[0]["UploadId"] if found else None

    async def list_parts(self, name: str, upload_id: str) -> dict[int, tuple[str, int]]:
        """The multipart upload's parts: ETag and size by part number."""
        parts: dict[int, tuple[str, int]] = {}
        paginator = self.client.get_paginator("list_parts")
        pages = paginator.paginate(Bucket=self.target.bucket, Key=name, UploadId=upload_id)
        try:
            async for page in pages:
                for part in page.get("Parts", []):
                    parts[part["PartNumber"]] = (part["ETag"], part["Size"])
        except (ClientError, *TRANSPORT_ERRORS) as exc:
            raise translate(exc, "list parts") from exc
        return parts

    async def abort_multipart(self, name: str, upload_id: str) -> None:
        with contextlib.suppress(BlobMissing):
            await call(
                "abort a multipart upload",
                self.client.abort_multipart_upload(
                    Bucket=self.target.bucket, Key=name, UploadId=upload_id
                ),
            )

    async def remove_upload(self, key: str, upload_id: str | None) -> None:
        """Abort the upload's multipart upload and delete its objects."""
        prefix = self.upload_prefix(key)
        data = prefix + "data"
        if upload_id is not None:
            await self.abort_multipart(data, upload_id)
        # Again by listing: one started by a request cancelled before it learnt the id.
        while (left := await self.find_multipart(data)) is not None:
            await self.abort_multipart(data, left)
        await self.delete_objects([name async for name, _ in self.list_objects(prefix)])

    async def delete_objects(self, names: list[str]) -> None:
        for start in range(0, len(names), 1000):
            batch: list[ObjectIdentifierTypeDef] = [
                {"Key": name} for name in names[start : start + 1000]
            ]
            await call(
                "delete objects",
                self.client.delete_objects(
                    Bucket=self.target.bucket, Delete={"Objects": batch, "Quiet": True}
                ),
            )

    async def list_objects(self, prefix: str) -> AsyncIterator[tuple[str, dict[str, Any]]]:
        paginator = self.client.get_paginator("list_objects_v2")
        try:
            async for page in paginator.paginate(Bucket=self.target.bucket, Prefix=prefix):
                for item in page.get("Contents", []):
                    yield item["Key"], dict(item)
        except (ClientError, *TRANSPORT_ERRORS) as exc:
            raise translate(exc, "list objects") from exc

    async def copy(self, source: str, target: str, size: int) -> None:
        bucket, client = self.target.bucket, self.client
        origin = {"Bucket": bucket, "Key": source}
        if size <= MAX_COPY:
            await call(
                "copy an object",
                client.copy_object(Bucket=bucket, Key=target, CopySource=origin),  # type: ignore[arg-type]
            )
            return
        started = await call(
            "start a multipart copy", client.create_multipart_upload(Bucket=bucket, Key=target)
        )
        upload_id = started["UploadId"]
        try:
            parts = []
            for number, first in enumerate(range(0, size, COPY_PART), start=1):
                last = min(first + COPY_PART, size) - 1
                copied = await call(
                    "copy a part",
                    client.upload_part_copy(
                        Bucket=bucket,
                        Key=target,
                        UploadId=upload_id,
                        PartNumber=number,
                        CopySource=origin,  # type: ignore[arg-type]
                        CopySourceRange=f"bytes={first}-{last}",
                    ),
                )
                parts.append({"PartNumber": number, "ETag": copied["CopyPartResult"]["ETag"]})
            await call(
                "complete a multipart copy",
                client.complete_multipart_upload(
                    Bucket=bucket,
                    Key=target,
                    UploadId=upload_id,
                    MultipartUpload={"Parts": parts},  # type: ignore[typeddict-item]
                ),
            )
        except BaseException:
            await asyncio.shield(self.abort_multipart(target, upload_id))
            raise

    async def stat(self, digest: str) -> BlobInfo | None:
        try:
            found = await call(
                "look a blob up",
                self.client.head_object(Bucket=self.target.bucket, Key=self.blob_name(digest)),
            )
        except BlobMissing:
            return None
        return BlobInfo(digest, found["ContentLength"], found["LastModified"])

    async def read_object(
        self, name: str, start: int = 0, end: int | None = None
    ) -> AsyncIterator[bytes]:
        """The object's bytes ``[start, end)`` streamed; BlobMissing if it is not there."""
        if (end is not None and end <= start) or (start > 0 and end is None):
            # Nothing to read, or to the end from an offset: S3 answers a range past the
            # end with 416, so ask for the size first.
            found = await call(
                "look an object up",
                self.client.head_object(Bucket=self.target.bucket, Key=name),
            )
            end = found["ContentLength"] if end is None else end
            if end <= start:
                return
        wanted: dict[str, str] = {}
        if end is not None:
            wanted["Range"] = f"bytes={start}-{end - 1}"
        try:
            answer = await self.client.get_object(
                Bucket=self.target.bucket,
                Key=name,
                **wanted,  # type: ignore[arg-type]
            )
        except ClientError as exc:
            if error_code(exc) == "InvalidRange":  # from past the end: no bytes
                return
            raise translate(exc, "read a blob") from exc
        except TRANSPORT_ERRORS as exc:
            raise translate(exc, "read a blob") from exc
        async with answer["Body"] as body:
            while True:
                try:
                    chunk = await body.read(READ_CHUNK)
                except TRANSPORT_ERRORS as exc:
                    raise translate(exc, "read a blob") from exc
                if not chunk:
                    break
                yield chunk

    async def read(
        self, digest: str, start: int = 0, end: int | None = None
    ) -> AsyncIterator[bytes]:
        try:
            async for chunk in self.read_object(self.blob_name(digest), start, end):
                yield chunk
        except BlobMissing:
            raise BlobMissing(digest) from None

    async def delete(self, digest: str) -> bool:
        if await self.stat(digest) is None:
            return False
        await call(
            "delete a blob",
            self.client.delete_object(Bucket=self.target.bucket, Key=self.blob_name(digest)),
        )
        return True

    async def list_blobs(self) -> AsyncIterator[BlobInfo]:
        prefix = f"{self.target.prefix}blobs/"
        async for name, item in self.list_objects(prefix):
            digest = name[len(prefix) :]
            if len(digest) == 64:
                yield BlobInfo(digest, item["Size"], item["LastModified"])

    async def remove_stale_uploads(self, older_than: dt.timedelta) -> int:
        cutoff = dt.datetime.now(dt.UTC) - older_than
        root = f"{self.target.prefix}uploads/"
        newest: dict[str, dt.datetime] = {}
        async for name, item in self.list_objects(root):
            key = name[len(root) :].partition("/")[0]
            newest[key] = max(item["LastModified"], newest.get(key, item["LastModified"]))
        multipart: dict[str, str] = {}
        for upload in await self.multipart_uploads(root):
            key = upload["Key"][len(root) :].partition("/")[0]
            multipart[key] = upload["UploadId"]
            started = upload["Initiated"]
            if started >= cutoff or key in newest:
                newest[key] = max(started, newest.get(key, started))
        removed = 0
        for key, when in sorted(newest.items()):
            if when >= cutoff:
                continue
            upload_id = multipart.get(key)
            if upload_id is not None and await self.parts_touched_since(key, upload_id, cutoff):
                continue  # a long upload still sending its parts
            await self.remove_upload(key, upload_id)
            removed += 1
        for key, upload_id in multipart.items():  # crashed before any tail was written
            if key not in newest and not await self.parts_touched_since(key, upload_id, cutoff):
                await self.remove_upload(key, upload_id)
                removed += 1
        return removed

    async def multipart_uploads(self, prefix: str) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        paginator = self.client.get_paginator("list_multipart_uploads")
        try:
            async for page in paginator.paginate(Bucket=self.target.bucket, Prefix=prefix):
                found.extend(dict(upload) for upload in page.get("Uploads", []))
        except (ClientError, *TRANSPORT_ERRORS) as exc:
            raise translate(exc, "list multipart uploads") from exc
        return found

    async def parts_touched_since(self, key: str, upload_id: str, cutoff: dt.datetime) -> bool:
        name = self.upload_prefix(key) + "data"
        paginator = self.client.get_paginator("list_parts")
        try:
            async for page in paginator.paginate(
                Bucket=self.target.bucket, Key=name, UploadId=upload_id
            ):
                if any(part["LastModified"] >= cutoff for part in page.get("Parts", [])):
                    return True
        except ClientError as exc:
            if error_code(exc) in MISSING_CODES:
                return False
            raise translate(exc, "list parts") from exc
        except TRANSPORT_ERRORS as exc:
            raise translate(exc, "list parts") from exc
        return False

    async def multipart_uploads_left(self) -> list[str]:
        """The names of multipart uploads still open (for checks and tests)."""
        return [u["Key"] for u in await self.multipart_uploads(self.target.prefix)]

    async def upload_objects(self) -> list[str]:
        """Objects of uploads in progress or left behind (for checks and tests)."""
        return [name async for name, _ in self.list_objects(f"{self.target.prefix}uploads/")]
