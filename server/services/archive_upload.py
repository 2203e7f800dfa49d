"""Uploading a file: authorize, stream the bytes into the blob store, then record it.

Three steps, so that no database transaction (and on SQLite no write lock) is held while the
bytes arrive, however slowly:

1. a short transaction asks the policy (UPLOAD_FILE; MANAGE_FILE on the file a new version
   goes to), checks the name and the folder, and reads how much room the quota leaves;
2. the bytes stream into a blob upload, hashed as they come; the size limit and the quota
   stop it the moment they are passed (or at once from a declared Content-Length);
3. a second short transaction asks the policy again (a member removed or muted meanwhile
   is refused), re-checks name and quota under the space's archive lock, publishes the blob
   under its blob lock and records the file or its new version.

Any failure on the way (a refusal, the limit, a client that goes away, a crash of the
database) aborts the blob upload: no temporary file, no blob and no row are left.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from protocol import api
from protocol.errors import (
    Conflict,
    ErrorCode,
    ErrorReason,
    InvariantBroken,
    LimitExceeded,
    StorageFull,
    TwinspaceError,
)
from protocol.filenames import check_name, name_key
from protocol.vocabulary import AuditAction
from storage.models import Account, ArchiveFile, ArchiveFileVersion
from storage.repositories import archive as archive_repo

from ..blobs.base import BlobStore, BlobStoreFull, BlobUpload, Sealed, UploadState
from ..clock import Clock
from ..config import MIB, ArchiveLimits
from ..observability import metrics
from ..policy import SpaceAction
from .access import enforce
from .allowed import item_answer
from .archive import (
    NO_SUCH_FOLDER,
    announce,
    as_data,
    audit,
    enter,
    file_out,
    live_folder,
    owner_target,
)
from .context import RequestContext

logger = logging.getLogger("twinspace.archive")


@dataclass(frozen=True, slots=True)
class UploadRequest:
    space_id: int
    folder_id: int | None
    name: str
    #: The Content-Length the client declared, if any (checked before a byte is read).
    declared_length: int | None = None


@dataclass(frozen=True, slots=True)
class Plan:
    name: str
    #: How many bytes may still arrive, and which limit says so.
    room: int
    room_code: ErrorCode
    #: What the space's archive held when the upload began (for the quota's message).
    used: int = 0


def too_large(limit: int) -> LimitExceeded:
    return LimitExceeded(
        f"the file is larger than the archive's limit of {limit / MIB:g} MiB",
        code=ErrorCode.TOO_LARGE,
    )


def over_quota(quota: int, used: int) -> LimitExceeded:
    return LimitExceeded(
        f"the space's archive would pass its quota of {quota / MIB:g} MiB "
        f"({used / MIB:.1f} MiB used): purge old files or ask for more room",
        code=ErrorCode.QUOTA_EXCEEDED,
    )


def store_full(exc: BlobStoreFull) -> StorageFull:
    """The disk under the file store is full: tell the operator, and the client plainly."""
    logger.error("the file store is full (%s): uploads fail until space is freed", exc)
    return StorageFull(
        "the server's file store is full, so the upload was not kept; try again later"
    )


def limit_error(plan: Plan, limits: ArchiveLimits, used: int) -> LimitExceeded:
    if plan.room_code is ErrorCode.TOO_LARGE:
        return too_large(limits.max_file_bytes)
    return over_quota(limits.space_quota_bytes, used)


async def check_target(
    req: RequestContext, request: UploadRequest, name: str
) -> ArchiveFile | None:
    """Ask the policy; the live file a new version would go to, if any."""
    session, actor, now = req.db, req.actor, req.now
    access = await enter(req, request.space_id, SpaceAction.UPLOAD_FILE, NO_SUCH_FOLDER)
    await live_folder(session, request.space_id, request.folder_id)
    existing = await archive_repo.live_item_named(
        session, request.space_id, request.folder_id, name_key(name)
    )
    if existing is None:
        return None
    if not isinstance(existing, ArchiveFile):
        raise Conflict(
            f"a folder named {existing.name!r} is already there",
            reason=ErrorReason.NAME_TAKEN,
            params={"name": existing.name},
        )
    # A new version changes the file: only who may manage it (a pupil: their own).
    target = await owner_target(session, request.space_id, existing.owner_id)
    enforce(access.decide(actor, SpaceAction.MANAGE_FILE, now, target))
    return existing


async def plan_upload(req: RequestContext, request: UploadRequest, limits: ArchiveLimits) -> Plan:
    session = req.db
    name = check_name(request.name)
    await check_target(req, request, name)
    used = await archive_repo.used_bytes(session, request.space_id)
    left = max(0, limits.space_quota_bytes - used)
    if limits.max_file_bytes <= left:
        plan = Plan(name, limits.max_file_bytes, ErrorCode.TOO_LARGE, used)
    else:
        plan = Plan(name, left, ErrorCode.QUOTA_EXCEEDED, used)
    if request.declared_length is not None and request.declared_length > plan.room:
        raise limit_error(plan, limits, used)
    return plan


async def receive(
    chunks: AsyncIterator[bytes], upload: BlobUpload, plan: Plan, limits: ArchiveLimits
) -> Sealed:
    async for chunk in chunks:
        if upload.size + len(chunk) > plan.room:
            raise limit_error(plan, limits, plan.used)
        if chunk:
            await upload.write(chunk)
    return await upload.seal()


async def record(
    req: RequestContext,
    store: BlobStore,
    upload: BlobUpload,
    sealed: Sealed,
    request: UploadRequest,
    plan: Plan,
    limits: ArchiveLimits,
) -> tuple[api.FileOut, bool]:
    session, actor, now = req.db, req.actor, req.now
    space_id = request.space_id
    await archive_repo.lock_space_archive(session, space_id)
    existing = await check_target(req, request, plan.name)
    used = await archive_repo.used_bytes(session, space_id)
    if used + sealed.size > limits.space_quota_bytes:
        raise over_quota(limits.space_quota_bytes, used)
    await archive_repo.lock_blob(session, sealed.digest)
    created_blob = await upload.publish()
    try:
        if existing is None:
            file = ArchiveFile(
                space_id=space_id,
                folder_id=request.folder_id,
                name=plan.name,
                name_key=name_key(plan.name),
                owner_id=actor.id,
                version=1,
                size=sealed.size,
                sha256=sealed.digest,
                created_at=now,
                updated_at=now,
            )
            session.add(file)
            await session.flush()
        else:
            file = existing
            file.version += 1
            file.size, file.sha256, file.updated_at = sealed.size, sealed.digest, now
        session.add(
            ArchiveFileVersion(
                file_id=file.id,
                space_id=space_id,
                number=file.version,
                sha256=sealed.digest,
                size=sealed.size,
                uploaded_by_id=actor.id,
                created_at=now,
            )
        )
        await session.flush()
    except BaseException:
        # Still under the blob lock: nobody else can have come to rely on a new blob.
        if created_blob:
            await store.delete(sealed.digest)
        raise
    metrics.upload_finished("stored" if created_blob else "deduplicated", sealed.size)
    out = file_out(file)
    new = existing is None
    action = AuditAction.FILE_ADDED if new else AuditAction.FILE_VERSION_ADDED
    audit(
        req, action, space_id, file_id=file.id, name=file.name, version=file.version, size=file.size
    )
    announce(
        session, space_id, "file.added" if new else "file.version_added", {"file": as_data(out)}
    )
    access = await enter(req, space_id, SpaceAction.READ_ARCHIVE, NO_SUCH_FOLDER)
    answer: api.FileOut = await item_answer(req, access, file, out)
    return answer, new


async def upload_file(
    session: AsyncSession,
    store: BlobStore,
    clock: Clock,
    limits: ArchiveLimits,
    actor: Account,
    request: UploadRequest,
    chunks: AsyncIterator[bytes],
) -> tuple[api.FileOut, bool]:
    """Run the three steps; ``session`` has no transaction open and this opens its own.

    Returns the file and whether it is new (False: a new version of an existing file)."""
    upload = None
    try:
        async with session.begin():
            plan = await plan_upload(RequestContext(session, actor, clock.now()), request, limits)
        upload = store.begin_upload()
        sealed = await receive(chunks, upload, plan, limits)
        async with session.begin():
            return await record(
                RequestContext(session, actor, clock.now()),
                store,
                upload,
                sealed,
                request,
                plan,
                limits,
            )
    except InvariantBroken:
        metrics.upload_finished("failed")  # our bug, not a refusal
        raise
    except TwinspaceError:
        metrics.upload_finished("refused")
        raise
    except BlobStoreFull as exc:
        metrics.upload_finished("failed")
        raise store_full(exc) from None
    except BaseException:
        metrics.upload_finished("failed")
        raise
    finally:
        if upload is not None and upload.state is not UploadState.PUBLISHED:
            await upload.abort()
