"""Routes: the file archive of a space: listing, folders, upload, download, changes."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

from starlette.requests import ClientDisconnect
from starlette.responses import Response, StreamingResponse

from protocol import api
from protocol.errors import ErrorCode, ProtocolError, Unavailable

from ..services import archive as archive_service
from ..services.archive_upload import UploadRequest, upload_file
from .ranges import (
    Unsatisfiable,
    content_disposition,
    etag_of,
    if_range_holds,
    none_match,
    parse_range,
)
from .routing import ApiRouter, Call, Reply
from .upload_pace import paced

logger = logging.getLogger("twinspace.archive")
router = ApiRouter("archive")
SPACE = "/api/spaces/{space_id:int}"
#: ``/files`` lists and takes uploads (``/archive`` already archives the space itself).
FILES = SPACE + "/files"
FILE = FILES + "/{file_id:int}"
FOLDER = SPACE + "/folders/{folder_id:int}"
ID_MAX = 2**62


@router.operation(
    "GET",
    FILES,
    "The archive: live folders and files, usage and limits (files paged with ?after=&limit=)",
    response=api.ArchiveOut,
    errors=(404,),
    query=("after", "limit"),
)
async def list_archive(call: Call[None]) -> api.ArchiveOut:
    return await archive_service.list_archive(
        call.req,
        call.path_id("space_id"),
        call.ctx.settings.archive,
        trashed=False,
        page=files_page(call),
    )


def files_page(call: Call[None]) -> archive_service.FilesPage | None:
    """``?after=<file id>&limit=N``: a page of files by id (keyset); neither: all of them."""
    after = call.query_int("after", None, 0, ID_MAX)
    limit = call.query_int("limit", None, 1, archive_service.FILES_PAGE_MAX)
    if after is None and limit is None:
        return None
    return archive_service.FilesPage(after or 0, limit or archive_service.FILES_PAGE_DEFAULT)


@router.operation(
    "GET",
    FILES + "/trash",
    "The archive's trash: trashed folders and files (files paged with ?after=&limit=)",
    response=api.ArchiveOut,
    errors=(404,),
    query=("after", "limit"),
)
async def list_trash(call: Call[None]) -> api.ArchiveOut:
    return await archive_service.list_archive(
        call.req,
        call.path_id("space_id"),
        call.ctx.settings.archive,
        trashed=True,
        page=files_page(call),
    )


async def request_chunks(call: Call[None]) -> AsyncIterator[bytes]:
    """The body as it arrives, cut off with 408 if it stalls or trickles (upload_pace)."""
    try:
        async for chunk in paced(call.request.stream(), call.ctx.settings.upload_timeouts):
            yield chunk
    except ClientDisconnect:
        raise ProtocolError("the upload was cut off before its end") from None


def declared_length(call: Call[None]) -> int | None:
    raw = call.request.headers.get("content-length")
    if raw is None:
        return None
    if not raw.isdigit():
        raise ProtocolError("Content-Length is not a number")
    return int(raw)


@router.operation(
    "POST",
    FILES,
    "Upload a file as the raw request body (name and folder in the query); over an existing "
    "name it adds a version. Streamed: size limit and quota apply as the bytes arrive",
    response=api.FileOut,
    status=201,
    errors=(403, 404, 408, 409, 413, 415, 422, 507),
    query=("folder",),
    text_query=("name",),
    streamed_body=True,
)
async def upload(call: Call[None]) -> Reply:
    media_type = call.request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type.startswith("multipart/") or media_type == "application/x-www-form-urlencoded":
        raise ProtocolError(
            "send the file itself as the body (e.g. application/octet-stream), not a form",
            code=ErrorCode.UNSUPPORTED,
        )
    name = call.request.query_params.get("name")
    if name is None:
        raise ProtocolError("the query parameter 'name' is required", code=ErrorCode.INVALID)
    request = UploadRequest(
        space_id=call.path_id("space_id"),
        folder_id=call.query_int("folder", None, 1, ID_MAX),
        name=name,
        declared_length=declared_length(call),
    )
    ctx = call.ctx
    out, new = await upload_file(
        call.db,
        ctx.blobs,
        ctx.clock,
        ctx.settings.archive,
        call.account,
        request,
        request_chunks(call),
    )
    return Reply(out, 201 if new else 200)


@router.operation(
    "GET", FILE, "One file, with all its versions", response=api.FileOut, errors=(404,)
)
async def show_file(call: Call[None]) -> api.FileOut:
    return await archive_service.show_file(
        call.req, call.path_id("space_id"), call.path_id("file_id")
    )


@router.operation(
    "GET",
    FILE + "/content",
    "Download a file (the latest version, or ?version=N) as an attachment; Range, "
    "If-None-Match and If-Range are honoured, HEAD too",
    errors=(404, 416),
    query=("version",),
    binary_response=True,
)
async def download(call: Call[None]) -> Response:
    file, version = await archive_service.version_to_read(
        call.req,
        call.path_id("space_id"),
        call.path_id("file_id"),
        call.query_int("version", None, 1, ID_MAX),
    )
    etag = etag_of(version.sha256)
    headers = {
        "ETag": etag,
        # The policy is asked on every request: caches must check with us each time.
        "Cache-Control": "private, no-cache",
        "Accept-Ranges": "bytes",
        "Content-Disposition": content_disposition(file.name),
    }
    request_headers = call.request.headers
    if none_match(request_headers.get("if-none-match"), etag):
        return Response(status_code=304, headers=headers)
    size = version.size
    wanted = None
    if if_range_holds(request_headers.get("if-range"), etag):
        try:
            wanted = parse_range(request_headers.get("range"), size)
        except Unsatisfiable:
            body = b'{"error":{"code":"invalid","message":"the range is outside the file"}}'
            return Response(
                body,
                416,
                {"Content-Range": f"bytes */{size}", "Cache-Control": "no-store"},
                media_type="application/json",
            )
    start, end, status = 0, size, 200
    if wanted is not None:
        start, end, status = wanted.start, wanted.end, 206
        headers["Content-Range"] = wanted.content_range(size)
    headers["Content-Length"] = str(end - start)
    if await call.ctx.blobs.stat(version.sha256) is None:
        # The row is there and its bytes are not: data loss that `archive check` reports.
        logger.error("blob %s of file %s is missing from the store", version.sha256, file.id)
        raise Unavailable("the file's content is unavailable; the operator has been told")
    if call.request.method == "HEAD":
        return Response(status_code=status, headers=headers, media_type="application/octet-stream")
    return StreamingResponse(
        call.ctx.blobs.read(version.sha256, start, end),
        status_code=status,
        headers=headers,
        media_type="application/octet-stream",
    )


@router.operation(
    "POST",
    SPACE + "/folders",
    "Create a folder (who may upload)",
    body=api.CreateFolder,
    response=api.FolderOut,
    status=201,
    errors=(403, 404, 409),
)
async def create_folder(call: Call[api.CreateFolder]) -> api.FolderOut:
    return await archive_service.create_folder(call.req, call.path_id("space_id"), call.body)


def item_id(call: Call[Any], folder: bool) -> int:
    return call.path_id("folder_id" if folder else "file_id")


def changes(folder: bool) -> None:
    kind, path = ("folder", FOLDER) if folder else ("file", FILE)
    out = api.FolderOut if folder else api.FileOut

    async def rename(call: Call[api.RenameItem]) -> object:
        return await archive_service.rename_item(
            call.req, call.path_id("space_id"), item_id(call, folder), call.body.name, folder=folder
        )

    async def move(call: Call[api.MoveItem]) -> object:
        return await archive_service.move_item(
            call.req,
            call.path_id("space_id"),
            item_id(call, folder),
            call.body.folder_id,
            folder=folder,
        )

    async def trash(call: Call[None]) -> object:
        return await archive_service.trash_item(
            call.req, call.path_id("space_id"), item_id(call, folder), folder=folder
        )

    async def restore(call: Call[None]) -> object:
        return await archive_service.restore_item(
            call.req, call.path_id("space_id"), item_id(call, folder), folder=folder
        )

    async def purge(call: Call[None]) -> Reply:
        digests = await archive_service.purge_item(
            call.req, call.path_id("space_id"), item_id(call, folder), folder=folder
        )
        ctx = call.ctx

        async def remove_blobs() -> int:
            return await archive_service.remove_unreferenced(ctx.sessionmaker, ctx.blobs, digests)

        # Blobs are removed only once the rows are gone for good: after the commit.
        return Reply(None, 204, after_commit=remove_blobs)

    for handler, name in (
        (rename, "rename"),
        (move, "move"),
        (trash, "trash"),
        (restore, "restore"),
    ):
        handler.__name__ = f"{name}_{kind}"
    purge.__name__ = f"purge_{kind}"
    who = {
        "rename": "Rename a {k} (teachers any; pupils their own)",
        "move": "Move a {k} to another folder, or to the top with null",
        "trash": "Put a {k} in the trash (teacher admins any; teachers also pupils'; others "
        "their own)" + ("; only when empty" if folder else ""),
        "restore": "Take a {k} out of the trash (who may trash it)",
    }
    router.operation(
        "POST",
        path + "/rename",
        who["rename"].format(k=kind),
        body=api.RenameItem,
        response=out,
        errors=(403, 404, 409),
    )(rename)
    router.operation(
        "POST",
        path + "/move",
        who["move"].format(k=kind),
        body=api.MoveItem,
        response=out,
        errors=(403, 404, 409),
    )(move)
    router.operation(
        "POST",
        path + "/trash",
        who["trash"].format(k=kind),
        response=out,
        errors=(403, 404, 409),
    )(trash)
    router.operation(
        "POST",
        path + "/restore",
        who["restore"].format(k=kind),
        response=out,
        errors=(403, 404, 409),
    )(restore)
    router.operation(
        "DELETE",
        path,
        f"Purge a trashed {kind} and everything in it for good (teacher admins)",
        status=204,
        errors=(403, 404, 409),
    )(purge)


changes(folder=False)
changes(folder=True)
