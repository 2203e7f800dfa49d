"""Routes: moderating posts and threads, the held-posts queue, reports, muting members."""

from __future__ import annotations

from protocol import api

from ..services import moderation as moderation_service
from .api_forums import FORUM, POST, THREAD
from .routing import ApiRouter, Call, Reply

router = ApiRouter("moderation")
MUTE = "/api/spaces/{space_id:int}/members/{account_id:int}/mute"


@router.operation(
    "POST",
    POST + "/moderate",
    "Hide, restore, approve or reject a post (teacher admins: all; teachers: pupils', guests')",
    body=api.ModeratePost,
    response=api.PostOut,
    errors=(403, 404, 409),
)
async def moderate_post(call: Call[api.ModeratePost]) -> api.PostOut:
    return await moderation_service.moderate_post(
        call.req, call.path_id("space_id"), call.path_id("post_id"), call.body
    )


@router.operation(
    "POST",
    POST + "/purge",
    "Remove a post for good (teacher admins)",
    body=api.PurgePost,
    status=204,
    errors=(403, 404),
)
async def purge_post(call: Call[api.PurgePost]) -> Reply:
    await moderation_service.purge_post(
        call.req, call.path_id("space_id"), call.path_id("post_id"), call.body
    )
    return Reply(None, 204)


@router.operation(
    "PATCH",
    THREAD,
    "Pin or unpin, lock or unlock a thread (moderators)",
    body=api.ChangeThread,
    response=api.ThreadOut,
    errors=(403, 404),
)
async def change_thread(call: Call[api.ChangeThread]) -> api.ThreadOut:
    return await moderation_service.change_thread(
        call.req, call.path_id("space_id"), call.path_id("thread_id"), call.body
    )


@router.operation(
    "GET",
    FORUM + "/queue",
    "Posts held for approval, oldest first (teachers)",
    response=list[api.PostOut],
    errors=(403, 404),
)
async def queue(call: Call[None]) -> list[api.PostOut]:
    return await moderation_service.queue(call.req, call.path_id("space_id"))


@router.operation(
    "POST",
    POST + "/report",
    "Report a post to the space's moderators (any member)",
    body=api.ReportPost,
    response=api.ReportOut,
    status=201,
    errors=(404,),
)
async def report_post(call: Call[api.ReportPost]) -> api.ReportOut:
    return await moderation_service.report_post(
        call.req, call.path_id("space_id"), call.path_id("post_id"), call.body
    )


@router.operation(
    "GET",
    FORUM + "/reports",
    "Open reports, oldest first (teachers)",
    response=list[api.ReportOut],
    errors=(403, 404),
)
async def list_reports(call: Call[None]) -> list[api.ReportOut]:
    return await moderation_service.list_reports(call.req, call.path_id("space_id"))


@router.operation(
    "POST",
    FORUM + "/reports/{report_id:int}/resolve",
    "Close a report, saying what was done",
    body=api.ResolveReport,
    response=api.ReportOut,
    errors=(403, 404, 409),
)
async def resolve_report(call: Call[api.ResolveReport]) -> api.ReportOut:
    return await moderation_service.resolve_report(
        call.req, call.path_id("space_id"), call.path_id("report_id"), call.body
    )


@router.operation(
    "POST",
    MUTE,
    "Mute a member for some minutes: reads, cannot post or speak; ends by itself",
    body=api.MuteMember,
    response=api.MuteOut,
    errors=(403, 404, 422),
)
async def mute(call: Call[api.MuteMember]) -> api.MuteOut:
    return await moderation_service.mute_member(
        call.req,
        call.path_id("space_id"),
        call.path_id("account_id"),
        call.body.minutes,
        call.body.reason,
        call.ctx.settings.video,
    )


@router.operation(
    "DELETE", MUTE, "End a member's mute now", response=api.MuteOut, errors=(403, 404)
)
async def unmute(call: Call[None]) -> api.MuteOut:
    return await moderation_service.mute_member(
        call.req,
        call.path_id("space_id"),
        call.path_id("account_id"),
        None,
        "",
        call.ctx.settings.video,
    )
