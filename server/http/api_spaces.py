"""Routes: spaces, their settings, archive, deletion and audit log."""

from __future__ import annotations

from protocol import api

from ..services import spaces as space_service
from .routing import ApiRouter, Call, Reply

router = ApiRouter("spaces")
AUDIT_PAGE_MAX = 200


@router.operation(
    "POST",
    "/api/spaces",
    "Create a twinspace or a room (eTwinners); the creator is its founder",
    body=api.CreateSpace,
    response=api.SpaceOut,
    status=201,
)
async def create_space(call: Call[api.CreateSpace]) -> api.SpaceOut:
    space, founder = await space_service.create_space(call.req, call.body)
    return space_service.space_out(space, founder)


@router.operation("GET", "/api/spaces", "The spaces I am a member of", response=list[api.SpaceOut])
async def my_spaces(call: Call[None]) -> list[api.SpaceOut]:
    return await space_service.list_my_spaces(call.req)


@router.operation(
    "GET", "/api/spaces/{space_id:int}", "One space", response=api.SpaceOut, errors=(404,)
)
async def show_space(call: Call[None]) -> api.SpaceOut:
    return await space_service.show_space(call.req, call.path_id("space_id"))


@router.operation(
    "PATCH",
    "/api/spaces/{space_id:int}",
    "Change a space's title, description and settings (teacher admins)",
    body=api.SpaceSettingsIn,
    response=api.SpaceOut,
    errors=(403, 404),
)
async def update_space(call: Call[api.SpaceSettingsIn]) -> api.SpaceOut:
    return await space_service.update_settings(call.req, call.path_id("space_id"), call.body)


@router.operation(
    "POST",
    "/api/spaces/{space_id:int}/archive",
    "Archive a space: read-only from now on, its live video sessions ended (founders)",
    response=api.SpaceOut,
    errors=(403, 404),
)
async def archive_space(call: Call[None]) -> api.SpaceOut:
    return await space_service.set_archived(
        call.req, call.path_id("space_id"), True, call.ctx.settings.video
    )


@router.operation(
    "POST",
    "/api/spaces/{space_id:int}/unarchive",
    "Open an archived space again (founders)",
    response=api.SpaceOut,
    errors=(403, 404),
)
async def unarchive_space(call: Call[None]) -> api.SpaceOut:
    return await space_service.set_archived(
        call.req, call.path_id("space_id"), False, call.ctx.settings.video
    )


@router.operation(
    "DELETE",
    "/api/spaces/{space_id:int}",
    "Delete a space and everything in it, its live video sessions ended first (founders)",
    status=204,
    errors=(403, 404),
)
async def delete_space(call: Call[None]) -> Reply:
    await space_service.delete_space(call.req, call.path_id("space_id"), call.ctx.settings.video)
    return Reply(None, 204)


@router.operation(
    "GET",
    "/api/spaces/{space_id:int}/audit",
    "The space's audit log, newest first (teacher admins)",
    response=list[api.AuditEntryOut],
    errors=(403, 404),
    query=("before", "limit"),
)
async def audit_log(call: Call[None]) -> list[api.AuditEntryOut]:
    limit = call.query_int("limit", 50, 1, AUDIT_PAGE_MAX)
    return await space_service.read_audit_log(
        call.req,
        call.path_id("space_id"),
        before_id=call.query_int("before", None, 1, 2**62),
        limit=limit,
    )
