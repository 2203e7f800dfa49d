"""Routes: chunked, resumable uploads for big files (see server/services/archive_chunked.py)."""

from __future__ import annotations

from protocol import api

from ..services import archive_chunked as chunked
from .api_archive import ID_MAX, SPACE, declared_length, request_chunks
from .routing import ApiRouter, Call, Reply

router = ApiRouter("archive")
UPLOAD = SPACE + "/uploads/{upload_id:int}"


@router.operation(
    "POST",
    SPACE + "/uploads",
    "Start a chunked upload of a big file (name, size, folder): checked like an upload",
    body=api.StartUpload,
    response=api.UploadOut,
    status=201,
    errors=(403, 404, 409, 507),
)
async def start_upload(call: Call[api.StartUpload]) -> api.UploadOut:
    ctx = call.ctx
    return await chunked.start_upload(
        call.req, ctx.blobs, call.path_id("space_id"), call.body, ctx.settings.archive
    )


@router.operation(
    "GET",
    UPLOAD,
    "A chunked upload's progress: where the next chunk starts",
    response=api.UploadOut,
    # 403: the upload cannot go on (the space was archived meanwhile, or its owner may no
    # longer upload there): said, not hidden, so that the page stops resuming it.
    errors=(403, 404),
)
async def show_upload(call: Call[None]) -> api.UploadOut:
    return await chunked.show_upload(call.req, call.path_id("space_id"), call.path_id("upload_id"))


@router.operation(
    "PUT",
    UPLOAD,
    "Send the next chunk (raw body) from ?offset=N; the last one records the file "
    "(201 new, 200 a new version) and the answer carries it; 202 while bytes are to come",
    response=api.UploadOut,
    status=202,
    errors=(403, 404, 408, 409, 410, 413, 507),
    query=("offset",),
    streamed_body=True,
)
async def send_chunk(call: Call[None]) -> Reply:
    ctx = call.ctx
    offset = call.query_int("offset", 0, 0, ID_MAX)
    out, new = await chunked.send_chunk(
        call.db,
        ctx.blobs,
        ctx.clock,
        ctx.settings.archive,
        call.account,
        call.path_id("space_id"),
        call.path_id("upload_id"),
        offset,
        request_chunks(call),
        declared_length(call),
    )
    return Reply(out, 202 if new is None else 201 if new else 200)


@router.operation(
    "DELETE",
    UPLOAD,
    "Give up a chunked upload: its bytes are thrown away",
    status=204,
    # 403: the space was archived meanwhile (read-only: nothing is changed, not even this).
    errors=(403, 404),
)
async def cancel_upload(call: Call[None]) -> Reply:
    ctx = call.ctx
    await chunked.cancel_upload(
        call.req, ctx.blobs, call.path_id("space_id"), call.path_id("upload_id")
    )
    return Reply(None, 204)
