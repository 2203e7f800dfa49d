"""Routes: a pupil's data export and erasure, and the audit log's retention (issue 9)."""

from __future__ import annotations

import functools
import logging

from starlette.responses import Response, StreamingResponse

from protocol import api
from protocol.errors import Unavailable

from ..blobs.base import BlobError
from ..services import archive as archive_service
from ..services import audit_retention
from ..services.pupil_erasure import erase_pupil
from ..services.pupil_export import export_pupil
from ..zipstream import ZipMember, zip_stream
from .ranges import content_disposition
from .routing import ApiRouter, Call, Reply

logger = logging.getLogger("twinspace.privacy")
router = ApiRouter("privacy")
SPACE = "/api/spaces/{space_id:int}"
PUPIL = SPACE + "/pupils/{account_id:int}"


@router.operation(
    "GET",
    PUPIL + "/export",
    "Download everything a pupil of this twinspace created, from the spaces where the caller "
    "teaches (teachers): a zip of manifest.json (profile, memberships, posts with their edit "
    "history, chat messages, files) and the files; audited",
    errors=(403, 404, 422, 503),
    binary_response=True,
    media_type="application/zip",
    writes=True,  # the export is audited
)
async def export(call: Call[None]) -> Response:
    ctx = call.ctx
    found = await export_pupil(
        call.req, call.path_id("space_id"), call.path_id("account_id"), ctx.settings.privacy
    )
    store = ctx.blobs
    for file in found.files:
        if await store.stat(file.digest) is None:
            logger.error("blob %s is missing from the store (pupil export)", file.digest)
            raise Unavailable("a file's content is unavailable; the operator has been told")

    members = [
        ZipMember(file.path, file.size, functools.partial(store.read, file.digest))
        for file in found.files
    ]
    return StreamingResponse(
        zip_stream(found.manifest, members, call.now),
        media_type="application/zip",
        headers={
            "Content-Disposition": content_disposition(found.filename),
            "Cache-Control": "no-store",
        },
    )


@router.operation(
    "POST",
    PUPIL + "/erase",
    "Erase a pupil's account (teachers of its twinspace): name, username, code and sessions "
    "gone at once; posts and messages, and files, kept as 'former pupil' or removed, the "
    "teacher's choice; audited without the pupil's data. Asking again answers the same",
    body=api.ErasePupil,
    response=api.ErasureOut,
    errors=(403, 404, 422),
)
async def erase(call: Call[api.ErasePupil]) -> Reply:
    ctx = call.ctx
    erased = await erase_pupil(
        call.req, call.path_id("space_id"), call.path_id("account_id"), call.body
    )

    async def clean_up() -> None:
        # Only once the rows are gone for good: blobs no version refers to, upload files.
        await archive_service.remove_unreferenced(ctx.sessionmaker, ctx.blobs, erased.digests)
        for key in erased.upload_keys:
            try:
                upload = await ctx.blobs.resume_upload(key, 0)
            except BlobError:  # already gone; otherwise the stale-upload sweep has it
                logger.info("upload %s of an erased pupil was already gone", key)
                continue
            await upload.abort()

    return Reply(erased.out, after_commit=clean_up)


@router.operation(
    "GET",
    SPACE + "/audit/settings",
    "How long the space's audit log keeps entries, and the server's bounds (teacher admins)",
    response=api.AuditSettingsOut,
    errors=(403, 404),
)
async def get_audit_settings(call: Call[None]) -> api.AuditSettingsOut:
    return await audit_retention.get_settings(
        call.req, call.path_id("space_id"), call.ctx.settings.privacy
    )


@router.operation(
    "PUT",
    SPACE + "/audit/settings",
    "Set how many days the space's audit log keeps entries, within the server's bounds; "
    "null follows the server's default (teacher admins)",
    body=api.AuditSettings,
    response=api.AuditSettingsOut,
    errors=(403, 404, 422),
)
async def put_audit_settings(call: Call[api.AuditSettings]) -> api.AuditSettingsOut:
    return await audit_retention.change_settings(
        call.req, call.path_id("space_id"), call.body, call.ctx.settings.privacy
    )
