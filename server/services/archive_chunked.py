"""Chunked, resumable uploads for big files: start, send chunks (each resumable), done.

``start`` asks the policy and checks the name, folder, size limit and quota for the declared
size, like a one-shot upload, and reserves a suspended blob upload. Each chunk is
authorized again (the uploader only), must start at the offset recorded so far (else 409
saying where), is streamed like a one-shot upload, made durable, and only then counted, so a
chunk cut off half way is simply sent again. The chunk that brings the last byte seals the
upload (the whole file is hashed) and records it exactly as a one-shot upload does
(archive_upload.record: policy, name and quota again, blob lock, events). Uploads untouched
for ``stale_after`` lose their bytes (start-up and `archive check` remove them); their next
chunk answers 410.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

from sqlalchemy import CursorResult, delete, update
from sqlalchemy.ext.asyncio import AsyncSession

from protocol import api
from protocol.errors import Conflict, ErrorCode, Gone, LimitExceeded, NotFound
from storage.models import Account, ArchiveUpload

from ..blobs.base import BlobMissing, BlobStore, BlobStoreFull, BlobUpload, UploadState
from ..clock import Clock
from ..config import ArchiveLimits
from ..policy import SpaceAction
from .archive import enter
from .archive_upload import Plan, UploadRequest, plan_upload, record, store_full
from .context import RequestContext

NO_SUCH_UPLOAD = "no such upload"


def upload_out(row: ArchiveUpload, file: api.FileOut | None = None) -> api.UploadOut:
    return api.UploadOut(
        id=row.id,
        name=row.name,
        folder_id=row.folder_id,
        size=row.size,
        received=row.received,
        file=file,
    )


async def start_upload(
    req: RequestContext,
    store: BlobStore,
    space_id: int,
    body: api.StartUpload,
    limits: ArchiveLimits,
) -> api.UploadOut:
    session, actor, now = req.db, req.actor, req.now
    request = UploadRequest(space_id, body.folder_id, body.name, declared_length=body.size)
    plan = await plan_upload(req, request, limits)
    upload = store.begin_upload()
    try:
        await upload.suspend()  # an empty, durable start to resume from
    except BlobStoreFull as exc:
        await upload.abort()
        raise store_full(exc) from None
    row = ArchiveUpload(
        space_id=space_id,
        folder_id=body.folder_id,
        name=plan.name,
        owner_id=actor.id,
        store_key=upload.key,
        size=body.size,
        received=0,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    await session.flush()
    return upload_out(row)


async def own_upload(req: RequestContext, space_id: int, upload_id: int) -> ArchiveUpload:
    """The actor's own upload in the space, while the actor may still upload there."""
    session, actor = req.db, req.actor
    await enter(req, space_id, SpaceAction.UPLOAD_FILE, NO_SUCH_UPLOAD)
    row = await session.get(ArchiveUpload, upload_id)
    if row is None or row.space_id != space_id or row.owner_id != actor.id:
        raise NotFound(NO_SUCH_UPLOAD)
    return row


async def show_upload(req: RequestContext, space_id: int, upload_id: int) -> api.UploadOut:
    return upload_out(await own_upload(req, space_id, upload_id))


async def forget(session: AsyncSession, upload_id: int) -> None:
    async with session.begin():
        row = await session.get(ArchiveUpload, upload_id)
        if row is not None:
            await session.delete(row)


async def resume(session: AsyncSession, store: BlobStore, row: ArchiveUpload) -> BlobUpload:
    try:
        return await store.resume_upload(row.store_key, row.received)
    except BlobMissing:
        await forget(session, row.id)
        raise Gone("this upload went stale and its bytes are gone: start it again") from None


async def send_chunk(
    session: AsyncSession,
    store: BlobStore,
    clock: Clock,
    limits: ArchiveLimits,
    actor: Account,
    space_id: int,
    upload_id: int,
    offset: int,
    chunks: AsyncIterator[bytes],
    declared_length: int | None,
) -> tuple[api.UploadOut, bool | None]:
    """Append one chunk (see append_chunk); a full disk answers 507 and keeps only the
    chunks recorded before this one."""
    try:
        return await append_chunk(
            session,
            store,
            clock,
            limits,
            actor,
            space_id,
            upload_id,
            offset,
            chunks,
            declared_length,
        )
    except BlobStoreFull as exc:
        raise store_full(exc) from None


async def append_chunk(
    session: AsyncSession,
    store: BlobStore,
    clock: Clock,
    limits: ArchiveLimits,
    actor: Account,
    space_id: int,
    upload_id: int,
    offset: int,
    chunks: AsyncIterator[bytes],
    declared_length: int | None,
) -> tuple[api.UploadOut, bool | None]:
    """Append one chunk; ``session`` has no transaction open. Returns the upload and, once
    the file is recorded, whether it is new (None while bytes are still to come)."""
    async with session.begin():
        row = await own_upload(RequestContext(session, actor, clock.now()), space_id, upload_id)
    if offset != row.received:
        raise Conflict(f"this upload has {row.received} bytes: send the next chunk from there")
    room = row.size - row.received
    if declared_length is not None and declared_length > room:
        raise LimitExceeded(
            f"only {room} more bytes were announced for this upload", code=ErrorCode.TOO_LARGE
        )
    upload = await resume(session, store, row)
    try:
        async for chunk in chunks:
            if upload.size + len(chunk) > row.size:
                raise LimitExceeded(
                    f"more bytes than the {row.size} announced", code=ErrorCode.TOO_LARGE
                )
            if chunk:
                await upload.write(chunk)
        if upload.size < row.size:
            await upload.suspend()
            async with session.begin():
                counted: CursorResult[tuple[()]] = await session.execute(  # type: ignore[assignment]
                    update(ArchiveUpload)
                    .where(ArchiveUpload.id == row.id, ArchiveUpload.received == row.received)
                    .values(received=upload.size, updated_at=clock.now())
                )
            if counted.rowcount != 1:
                raise Conflict("another chunk of this upload arrived at the same time")
            row.received = upload.size
            return upload_out(row), None
        sealed = await upload.seal()
        request = UploadRequest(space_id, row.folder_id, row.name)
        plan = Plan(row.name, row.size, ErrorCode.TOO_LARGE)
        async with session.begin():
            out, new = await record(
                RequestContext(session, actor, clock.now()),
                store,
                upload,
                sealed,
                request,
                plan,
                limits,
            )
            await session.execute(delete(ArchiveUpload).where(ArchiveUpload.id == row.id))
        row.received = row.size
        return upload_out(row, out), new
    finally:
        if upload.state is UploadState.OPEN:
            # Keep what earlier chunks sent; this chunk's bytes are dropped on the next resume.
            await upload.suspend()


async def cancel_upload(
    req: RequestContext, store: BlobStore, space_id: int, upload_id: int
) -> None:
    session = req.db
    row = await own_upload(req, space_id, upload_id)
    await session.delete(row)
    try:
        upload = await store.resume_upload(row.store_key, row.received)
    except BlobMissing:
        return
    await upload.abort()
