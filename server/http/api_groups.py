"""Routes: groups (issue 21), their directory, joining, join requests and bans. Inside a group
the spaces' routes serve it (/api/spaces/{id}/forum, /files, /chat, /video-sessions, /members,
/leave, /audit): a group is a space.

To anyone but a validated eTwinner each of these answers the 404 of a space that does not
exist, byte for byte.
"""

from __future__ import annotations

import re

from protocol import api, group_api
from protocol.errors import ErrorCode, ProtocolError

from ..services import group_operator
from ..services import groups as group_service
from .routing import ApiRouter, Call, Reply

router = ApiRouter("groups")
GROUP = "/api/groups/{space_id:int}"
#: The directory's text filters: at most this many characters each (422 beyond).
FILTER_MAX = 100
LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
COUNTRY = re.compile(r"^[A-Z]{2}$")
#: A cursor is a few dozen characters; anything much longer is no cursor of ours.
CURSOR_MAX = 200


def text_param(call: Call[None], name: str, pattern: re.Pattern[str] | None = None) -> str | None:
    value = call.request.query_params.get(name)
    if value is None or value == "":
        return None
    limit = CURSOR_MAX if name == "cursor" else FILTER_MAX
    if len(value) > limit or (pattern is not None and not pattern.match(value)):
        raise ProtocolError(f"query parameter {name!r} is not valid", code=ErrorCode.INVALID)
    return value


@router.operation(
    "POST",
    "/api/groups",
    "Create a group (validated eTwinners); the creator is its owner (role founder)",
    body=group_api.CreateGroup,
    response=group_api.GroupOut,
    status=201,
    errors=(404,),
)
async def create_group(call: Call[group_api.CreateGroup]) -> group_api.GroupOut:
    return await group_service.create_group(call.req, call.body)


@router.operation(
    "GET",
    "/api/groups",
    "The directory of groups (validated eTwinners): featured first, then the most recently"
    " active; searched by words of the title, topic, language and a member's country; paged"
    " with a cursor",
    response=group_api.GroupPage,
    errors=(404, 422),
    query=("limit",),
    text_query=("q", "topic", "language", "country", "cursor"),
)
async def directory(call: Call[None]) -> group_api.GroupPage:
    search = group_service.Search(
        words=text_param(call, "q"),
        topic=text_param(call, "topic"),
        language=text_param(call, "language", LANGUAGE),
        country=text_param(call, "country", COUNTRY),
    )
    limit = call.query_int("limit", group_api.GROUP_PAGE_DEFAULT, 1, group_api.GROUP_PAGE_MAX)
    return await group_service.directory(call.req, search, text_param(call, "cursor"), limit)


@router.operation(
    "GET",
    GROUP,
    "One group's card and where the caller stands with it (validated eTwinners)",
    response=group_api.GroupOut,
    errors=(404,),
)
async def show_group(call: Call[None]) -> group_api.GroupOut:
    return await group_service.show_group(call.req, call.path_id("space_id"))


@router.operation(
    "GET",
    GROUP + "/members",
    "One page of the group's members in the order they joined, searched by words of the"
    " name; e-mails as the spaces' members list shows them (members of the group)",
    response=group_api.MemberPage,
    errors=(404, 422),
    query=("after", "limit"),
    text_query=("q",),
)
async def members(call: Call[None]) -> group_api.MemberPage:
    return await group_service.members_page(
        call.req,
        call.path_id("space_id"),
        after_id=call.query_int("after", None, 1, api.MAX_ID),
        limit=call.query_int("limit", group_api.MEMBER_PAGE_DEFAULT, 1, group_api.MEMBER_PAGE_MAX),
        words=text_param(call, "q"),
    )


@router.operation(
    "POST",
    GROUP + "/join",
    "Join an open group (again: the same answer); a closed group or a ban: 403",
    response=group_api.GroupOut,
    errors=(403, 404),
)
async def join(call: Call[None]) -> group_api.GroupOut:
    return await group_service.join(call.req, call.path_id("space_id"))


@router.operation(
    "POST",
    GROUP + "/requests",
    "Ask to join a closed group (again while it waits: the same answer); an open group or a"
    " ban: 403; a member already: 409",
    body=group_api.JoinRequestIn,
    response=group_api.GroupOut,
    status=201,
    errors=(403, 404, 409),
)
async def request_to_join(call: Call[group_api.JoinRequestIn]) -> group_api.GroupOut:
    return await group_service.request_to_join(call.req, call.path_id("space_id"), call.body)


@router.operation(
    "DELETE",
    GROUP + "/requests/mine",
    "Withdraw one's own waiting join request",
    status=204,
    errors=(404,),
)
async def withdraw_request(call: Call[None]) -> Reply:
    await group_service.withdraw_request(call.req, call.path_id("space_id"))
    return Reply(None, 204)


@router.operation(
    "GET",
    GROUP + "/requests",
    "The waiting join requests, oldest first, paged by id (the group's moderators)",
    response=list[group_api.JoinRequestOut],
    errors=(403, 404, 422),
    query=("after", "limit"),
)
async def list_requests(call: Call[None]) -> list[group_api.JoinRequestOut]:
    return await group_service.list_requests(
        call.req,
        call.path_id("space_id"),
        after_id=call.query_int("after", None, 1, api.MAX_ID),
        limit=call.query_int("limit", group_api.GROUP_PAGE_DEFAULT, 1, group_api.GROUP_PAGE_MAX),
    )


@router.operation(
    "POST",
    GROUP + "/requests/{account_id:int}/accept",
    "Accept a join request: the asker becomes a member (the group's moderators)",
    body=api.StatusChange,
    response=api.MemberOut,
    errors=(403, 404, 409),
)
async def accept_request(call: Call[api.StatusChange]) -> api.MemberOut:
    return await group_service.accept_request(
        call.req, call.path_id("space_id"), call.path_id("account_id"), call.body.reason
    )


@router.operation(
    "POST",
    GROUP + "/requests/{account_id:int}/decline",
    "Decline a join request (the group's moderators); the asker may ask again",
    body=api.StatusChange,
    status=204,
    errors=(403, 404),
)
async def decline_request(call: Call[api.StatusChange]) -> Reply:
    await group_service.decline_request(
        call.req, call.path_id("space_id"), call.path_id("account_id"), call.body.reason
    )
    return Reply(None, 204)


@router.operation(
    "POST",
    GROUP + "/bans",
    "Ban an eTwinner: removed if a member, no rejoining or asking (moderators: members;"
    " the owner: moderators too)",
    body=group_api.BanIn,
    response=group_api.BanOut,
    status=201,
    errors=(403, 404, 409),
)
async def ban(call: Call[group_api.BanIn]) -> group_api.BanOut:
    return await group_service.ban(
        call.req, call.path_id("space_id"), call.body, call.ctx.settings.video
    )


@router.operation(
    "GET",
    GROUP + "/bans",
    "The group's bans, paged by id (the group's moderators)",
    response=list[group_api.BanOut],
    errors=(403, 404, 422),
    query=("after", "limit"),
)
async def list_bans(call: Call[None]) -> list[group_api.BanOut]:
    return await group_service.list_bans(
        call.req,
        call.path_id("space_id"),
        after_id=call.query_int("after", None, 1, api.MAX_ID),
        limit=call.query_int("limit", group_api.GROUP_PAGE_DEFAULT, 1, group_api.GROUP_PAGE_MAX),
    )


@router.operation(
    "DELETE",
    GROUP + "/bans/{account_id:int}",
    "Lift a ban (the group's moderators)",
    status=204,
    errors=(403, 404),
)
async def lift_ban(call: Call[None]) -> Reply:
    await group_service.lift_ban(call.req, call.path_id("space_id"), call.path_id("account_id"), "")
    return Reply(None, 204)


@router.operation(
    "POST",
    "/api/admin/groups/{space_id:int}/moderators",
    "Make an eTwinner of one's country a moderator of a featured group (national admins); any"
    " other group is 404",
    body=group_api.AppointModerator,
    response=api.MemberOut,
    errors=(403, 404, 409),
)
async def appoint_moderator(call: Call[group_api.AppointModerator]) -> api.MemberOut:
    return await group_operator.appoint_by_national_admin(
        call.req, call.path_id("space_id"), call.body.account_id, call.body.reason
    )
