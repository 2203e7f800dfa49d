"""Routes: members, teachers' invitations, pupils, roles, removal, guest links."""

from __future__ import annotations

from protocol import api
from protocol.errors import ErrorCode, ProtocolError

from ..services import accounts as account_service
from ..services import etwinners as etwinner_service
from ..services import invitations as invitation_service
from ..services import members as member_service
from ..services.sign_in_throttle import USERNAME
from .api_accounts import signed_in_reply
from .routing import ApiRouter, Call, Reply

router = ApiRouter("members")
MEMBER = "/api/spaces/{space_id:int}/members/{account_id:int}"


@router.operation(
    "GET",
    "/api/spaces/{space_id:int}/members",
    "Members with display names and roles; e-mails only for the space's teachers",
    response=list[api.MemberOut],
    errors=(404,),
)
async def list_members(call: Call[None]) -> list[api.MemberOut]:
    return await member_service.list_members(call.req, call.path_id("space_id"))


@router.operation(
    "POST",
    "/api/spaces/{space_id:int}/members",
    "Add a validated eTwinner as teacher, admin or founder (teacher admins)",
    body=api.InviteTeacher,
    response=api.MemberOut,
    status=201,
    errors=(403, 404, 409),
)
async def invite_teacher(call: Call[api.InviteTeacher]) -> api.MemberOut:
    return await member_service.invite_teacher(call.req, call.path_id("space_id"), call.body)


@router.operation(
    "GET",
    "/api/spaces/{space_id:int}/etwinners",
    "Find validated eTwinners to invite by name, school or country, paged by id (teacher admins);"
    " no e-mail addresses",
    response=api.EtwinnerPage,
    errors=(403, 404, 422),
    query=("after", "limit"),
    text_query=("q",),
)
async def search_etwinners(call: Call[None]) -> api.EtwinnerPage:
    text = call.request.query_params.get("q", "")
    if len(text) > etwinner_service.TEXT_MAX:
        raise ProtocolError(
            f"query parameter 'q' holds at most {etwinner_service.TEXT_MAX} characters",
            code=ErrorCode.INVALID,
        )
    limit = call.query_int("limit", etwinner_service.PAGE_DEFAULT, 1, etwinner_service.PAGE_MAX)
    return await etwinner_service.search_etwinners(
        call.req,
        call.path_id("space_id"),
        text,
        after_id=call.query_int("after", None, 1, api.MAX_ID),
        limit=limit,
    )


@router.operation(
    "PATCH",
    MEMBER,
    "Change a member's role (teacher admins; founders' roles by founders)",
    body=api.ChangeRole,
    response=api.MemberOut,
    errors=(403, 404),
)
async def change_role(call: Call[api.ChangeRole]) -> api.MemberOut:
    return await member_service.change_role(
        call.req, call.path_id("space_id"), call.path_id("account_id"), call.body
    )


@router.operation(
    "POST",
    MEMBER + "/remove",
    "Remove a member (teachers remove pupils and guests; teacher admins remove teachers)",
    body=api.RemoveMember,
    status=204,
    errors=(403, 404),
)
async def remove_member(call: Call[api.RemoveMember]) -> Reply:
    await member_service.remove_member(
        call.req,
        call.path_id("space_id"),
        call.path_id("account_id"),
        call.body.reason,
        call.ctx.settings.video,
    )
    return Reply(None, 204)


@router.operation(
    "POST",
    "/api/spaces/{space_id:int}/leave",
    "Leave a space (not pupils; not the last founder)",
    status=204,
    errors=(403, 404),
)
async def leave_space(call: Call[None]) -> Reply:
    await member_service.leave_space(call.req, call.path_id("space_id"), call.ctx.settings.video)
    return Reply(None, 204)


@router.operation(
    "POST",
    "/api/spaces/{space_id:int}/pupils",
    "Create pupil accounts for a twinspace, one or a whole class; codes are shown once",
    body=api.CreatePupils,
    response=list[api.PupilCredentials],
    status=201,
    errors=(403, 404, 422),
)
async def create_pupils(call: Call[api.CreatePupils]) -> list[api.PupilCredentials]:
    return await member_service.create_pupils(
        call.req, call.ctx.secrets, call.path_id("space_id"), call.body
    )


@router.operation(
    "POST",
    "/api/spaces/{space_id:int}/pupils/add",
    "Add a pupil one teaches in another twinspace, by username",
    body=api.AddPupil,
    response=api.MemberOut,
    status=201,
    errors=(403, 404, 409),
)
async def add_pupil(call: Call[api.AddPupil]) -> api.MemberOut:
    return await member_service.add_existing_pupil(call.req, call.path_id("space_id"), call.body)


@router.operation(
    "POST",
    "/api/spaces/{space_id:int}/pupils/{account_id:int}/reset-code",
    "Give a pupil a new login code; the old one and its sessions stop working",
    response=api.PupilCredentials,
    errors=(403, 404),
)
async def reset_pupil_code(call: Call[None]) -> api.PupilCredentials:
    credentials = await member_service.reset_pupil_code(
        call.req, call.ctx.secrets, call.path_id("space_id"), call.path_id("account_id")
    )
    # A locked-out pupil can use the new code at once, from any address.
    await call.ctx.sign_in_throttle.lift_account(USERNAME, credentials.username)
    return credentials


@router.operation(
    "GET",
    "/api/spaces/{space_id:int}/invitations",
    "Guest invitation links of a twinspace (teachers)",
    response=list[api.InvitationOut],
    errors=(403, 404),
)
async def list_invitations(call: Call[None]) -> list[api.InvitationOut]:
    return await invitation_service.list_invitations(call.req, call.path_id("space_id"))


@router.operation(
    "POST",
    "/api/spaces/{space_id:int}/invitations",
    "Create a guest invitation link; its token is shown once",
    body=api.CreateInvitation,
    response=api.InvitationOut,
    status=201,
    errors=(403, 404, 422),
)
async def create_invitation(call: Call[api.CreateInvitation]) -> api.InvitationOut:
    return await invitation_service.create_invitation(
        call.req,
        call.path_id("space_id"),
        call.body,
        call.ctx.settings.public_url or str(call.request.base_url),
    )


@router.operation(
    "POST",
    "/api/spaces/{space_id:int}/invitations/{invitation_id:int}/revoke",
    "Revoke a guest invitation link",
    response=api.InvitationOut,
    errors=(403, 404),
)
async def revoke_invitation(call: Call[None]) -> api.InvitationOut:
    return await invitation_service.revoke_invitation(
        call.req, call.path_id("space_id"), call.path_id("invitation_id")
    )


@router.operation(
    "POST",
    "/api/invitations/status",
    "Whether a guest invitation link works (usable, expired, used up, revoked, closed); "
    "the token goes in the body, never in a URL",
    body=api.InvitationToken,
    response=api.InvitationStatusOut,
    auth=False,
    errors=(404,),
)
async def invitation_status(call: Call[api.InvitationToken]) -> api.InvitationStatusOut:
    return await invitation_service.invitation_status(call.db, call.body.token, call.now)


@router.operation(
    "POST",
    "/api/invitations/accept",
    "Accept a guest invitation link: join its twinspace as a guest and sign in",
    body=api.AcceptInvitation,
    response=api.SessionOut,
    status=201,
    auth=False,
    errors=(401, 404, 409, 410),
)
async def accept_invitation(call: Call[api.AcceptInvitation]) -> Reply:
    credentials = await invitation_service.guest_credentials(
        call.ctx.sessionmaker, call.ctx.secrets, call.body.email, call.body.password
    )
    guest = await invitation_service.accept_invitation(call.db, call.body, credentials, call.now)
    opened = account_service.open_session(
        call.db, guest, call.now, call.ctx.settings.session_lifetime
    )
    return signed_in_reply(call, opened, call.body.mode, 201)
