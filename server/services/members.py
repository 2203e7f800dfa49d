"""Memberships: list, invite teachers, create pupils, change roles, remove, leave."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
import secrets
import unicodedata
from collections.abc import Callable

from sqlalchemy.ext.asyncio import AsyncSession

from protocol import api
from protocol.channels import Channel, ChannelKind
from protocol.errors import (
    Conflict,
    ErrorCode,
    FieldCode,
    FieldError,
    NotFound,
    ProtocolError,
    present,
)
from protocol.event_payloads import MemberGone, MemberShown
from protocol.events import EventName
from protocol.languages import page_language
from protocol.vocabulary import (
    ROLES_FOR,
    AccountKind,
    AccountStatus,
    AuditAction,
    Role,
    SpaceId,
    SpaceKind,
    StageChange,
)
from storage.models import Account, Membership
from storage.repositories import accounts as account_repo
from storage.repositories import audit as audit_repo
from storage.repositories import auth_sessions as session_repo
from storage.repositories import spaces as space_repo

from ..config import VideoSettings
from ..policy import AddPupilFacts, InviteFacts, LeaveFacts, SpaceAction
from ..security import Secrets, new_login_code
from . import event_stage_hold
from .access import authorize_in_space, member_target, person_target
from .allowed import member_answers
from .commands import MembershipChanged, SessionsEnded
from .context import RequestContext
from .outbox import outbox_of

NO_SUCH_MEMBER = "no such member"
NO_SUCH_ETWINNER = "no validated eTwinner has this e-mail address"


async def list_members(req: RequestContext, space_id: int) -> list[api.MemberOut]:
    session, actor, now = req.db, req.actor, req.now
    access = await authorize_in_space(req, space_id, SpaceAction.SEE_SPACE)
    members = list(await space_repo.list_members(session, space_id))
    return member_answers(access, actor, members, now)


def space_channel(space_id: int) -> str:
    return Channel(ChannelKind.SPACE, SpaceId(space_id)).name


def add_membership(
    session: AsyncSession,
    space_id: int,
    account: Account,
    role: Role,
    by: int | None,
    now: dt.datetime,
) -> Membership:
    """``by``: who added the account (None: the operator)."""
    membership = Membership(
        space_id=space_id, account_id=account.id, role=role, added_by_id=by, created_at=now
    )
    # Every process forgets what it cached about the space's members (realtime/access_cache).
    outbox_of(session).command(MembershipChanged(space_id=space_id, account_id=account.id))
    session.add(membership)
    announce_member(session, space_id, EventName.MEMBER_ADDED, account, role)
    return membership


async def admit(
    session: AsyncSession,
    space_id: int,
    account: Account,
    role: Role,
    *,
    by: int,
    now: dt.datetime,
    action: AuditAction,
    already: str,
    details: dict[str, object] | None = None,
) -> Membership:
    """Make an existing account a member: Conflict (``already``) if it is one, else add,
    announce and audit the membership."""
    if await space_repo.get_membership(session, space_id, account.id):
        raise Conflict(already)
    membership = add_membership(session, space_id, account, role, by, now)
    audit_repo.record(
        session,
        now=now,
        action=action,
        actor_id=by,
        space_id=space_id,
        target_account_id=account.id,
        details=details,
    )
    return membership


def announce_member(
    session: AsyncSession, space_id: int, name: EventName, account: Account, role: Role | None
) -> None:
    """Tell the space's live clients; what members may see anyway (no e-mail, ever)."""
    payload: MemberShown | MemberGone = (
        MemberGone(account_id=account.id, display_name=account.display_name)
        if role is None
        else MemberShown(account_id=account.id, display_name=account.display_name, role=role)
    )
    outbox_of(session).event(space_channel(space_id), name, payload)


async def invite_teacher(
    req: RequestContext, space_id: int, body: api.InviteTeacher
) -> api.MemberOut:
    session, actor, now = req.db, req.actor, req.now
    if body.email is not None and body.account_id is None:
        invitee = await account_repo.find_by_email(session, body.email)
    elif body.account_id is not None and body.email is None:
        invitee = await account_repo.get(session, body.account_id)
    else:
        raise ProtocolError("give an e-mail address or an account id", code=ErrorCode.INVALID)
    target = InviteFacts(
        account_kind=invitee.kind if invitee else None,
        account_status=invitee.status if invitee else None,
        new_role=body.role,
    )
    access = await authorize_in_space(req, space_id, SpaceAction.INVITE_TEACHER, target)
    invitee = present(invitee, "the invitee (the policy refuses an invitation of nobody)")
    await admit(
        session,
        access.space.id,
        invitee,
        body.role,
        by=actor.id,
        now=now,
        action=AuditAction.MEMBER_INVITED,
        already="this teacher is a member already",
        details={"role": body.role.value},
    )
    await session.flush()
    return api.MemberOut(
        account_id=invitee.id,
        display_name=invitee.display_name,
        role=body.role,
        kind=invitee.kind,
        email=invitee.email,
    )


def username_stem(display_name: str) -> str:
    """A readable, ASCII start for a pupil's username, from the name the teacher chose."""
    ascii_name = unicodedata.normalize("NFKD", display_name).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^a-z0-9]+", "", ascii_name.lower().split(" ")[0])[:12]
    return stem or "pupil"


#: Letters of a username's random suffix: no 0/o, 1/l/i, easy to read out to a pupil.
SUFFIX_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789"
#: Names tried for one pupil before the class is refused (each a 1 in 31**4 draw of a stem).
USERNAME_TRIES = 20


def random_suffix() -> str:
    return "".join(secrets.choice(SUFFIX_LETTERS) for _ in range(4))


async def store_with_a_free_username(
    session: AsyncSession,
    account: Account,
    display_name: str,
    suffix: Callable[[], str] = random_suffix,
) -> str:
    """Store the pupil's ``account`` under a fresh username: a stem and a random suffix.

    A name found free can be taken by a concurrent class creation before this one inserts it
    (two teachers, the same first name, the same draw): the insert then fails inside a
    savepoint and another name is drawn, instead of the whole class answering 409."""
    stem = username_stem(display_name)
    for _ in range(USERNAME_TRIES):
        candidate = f"{stem}.{suffix()}"
        if await account_repo.usernames_taken(session, [candidate]):
            continue
        account.username = candidate
        if await account_repo.stored_once(session, account):
            return candidate
    raise Conflict("could not find a free username; try again")


async def create_pupils(
    req: RequestContext, secrets_: Secrets, space_id: int, body: api.CreatePupils
) -> list[api.PupilCredentials]:
    """Create pupil accounts for a twinspace, one or a whole class (at most
    api.MAX_PUPILS_PER_REQUEST, bounded when decoded); codes are shown once."""
    session, actor, now = req.db, req.actor, req.now
    pupil_roles = ROLES_FOR[(AccountKind.PUPIL, SpaceKind.TWINSPACE)]
    refused = [
        FieldError(field=f"pupils.{index}.role", code=FieldCode.CHOICE)
        for index, pupil in enumerate(body.pupils)
        if pupil.role not in pupil_roles
    ]
    if refused:
        raise ProtocolError(
            "a pupil's role must be pupil or pupil_admin", code=ErrorCode.INVALID, fields=refused
        )
    # Hashed before the first query (in worker threads), so no lock waits on argon2.
    codes = [new_login_code() for _ in body.pupils]
    hashes = await asyncio.gather(*(secrets_.hash_login_code(code) for code in codes))
    await authorize_in_space(req, space_id, SpaceAction.CREATE_PUPIL)
    # The page speaks to a pupil in the language its teacher chose, else in the teacher's own
    # (DOMAIN.md, Languages); a teacher with none saved leaves it to the pupil's browser.
    chosen = body.language or page_language(actor.language)
    language = chosen.value if chosen is not None else None
    created: list[api.PupilCredentials] = []
    for pupil, code, code_hash in zip(body.pupils, codes, hashes, strict=True):
        account = account_repo.new(
            kind=AccountKind.PUPIL,
            status=AccountStatus.ACTIVE,
            display_name=pupil.display_name.strip(),
            login_code_hash=code_hash,
            country=actor.country,
            created_by_id=actor.id,
            language=language,
            now=now,
        )
        username = await store_with_a_free_username(session, account, pupil.display_name)
        add_membership(session, space_id, account, pupil.role, actor.id, now)
        audit_repo.record(
            session,
            now=now,
            action=AuditAction.PUPIL_CREATED,
            actor_id=actor.id,
            space_id=space_id,
            target_account_id=account.id,
        )
        created.append(
            api.PupilCredentials(
                account_id=account.id,
                display_name=account.display_name,
                username=username,
                code=code,
            )
        )
    await session.flush()
    return created


async def add_existing_pupil(
    req: RequestContext, space_id: int, body: api.AddPupil
) -> api.MemberOut:
    """Bring a pupil the actor teaches elsewhere into this twinspace (DOMAIN.md: a pupil
    exists in the twinspaces it was invited to). Other teachers' pupils look nonexistent."""
    session, actor, now = req.db, req.actor, req.now
    pupil = await account_repo.find_by_username(session, body.username)
    teaches = pupil is not None and await space_repo.teaches(session, actor.id, pupil.id)
    target = AddPupilFacts(
        account_kind=pupil.kind if pupil else None, new_role=body.role, teaches_pupil=teaches
    )
    access = await authorize_in_space(
        req, space_id, SpaceAction.ADD_PUPIL, target, not_found="no such pupil"
    )
    if pupil is None:  # concealed by the policy already: the same answer
        raise NotFound("no such pupil")
    await admit(
        session,
        access.space.id,
        pupil,
        body.role,
        by=actor.id,
        now=now,
        action=AuditAction.PUPIL_ADDED,
        already="this pupil is a member already",
    )
    return api.MemberOut(
        account_id=pupil.id, display_name=pupil.display_name, role=body.role, kind=pupil.kind
    )


async def load_member(
    req: RequestContext, space_id: int, account_id: int
) -> tuple[Membership, Account]:
    """A member to act on. Outsiders hear of no space; members hear of no such member."""
    session = req.db
    await authorize_in_space(req, space_id, SpaceAction.SEE_SPACE)
    membership = await space_repo.get_membership(session, space_id, account_id)
    account = await account_repo.get(session, account_id) if membership else None
    if membership is None or account is None:
        raise NotFound(NO_SUCH_MEMBER)
    return membership, account


async def reset_pupil_code(
    req: RequestContext, secrets_: Secrets, space_id: int, pupil_id: int
) -> api.PupilCredentials:
    session, actor, now = req.db, req.actor, req.now
    code = new_login_code()
    code_hash = await secrets_.hash_login_code(code)  # before the first query: see above
    membership, pupil = await load_member(req, space_id, pupil_id)
    target = person_target(membership, pupil)
    await authorize_in_space(req, space_id, SpaceAction.MANAGE_PUPIL, target)
    username = present(pupil.username, "the pupil's username")  # every pupil signs in with one
    pupil.login_code_hash = code_hash
    # The old code and every session opened with it stop working at once.
    await session_repo.delete_for_account(session, pupil.id)
    outbox_of(session).command(SessionsEnded(account_id=pupil.id))
    audit_repo.record(
        session,
        now=now,
        action=AuditAction.PUPIL_CODE_RESET,
        actor_id=actor.id,
        space_id=space_id,
        target_account_id=pupil.id,
    )
    return api.PupilCredentials(
        account_id=pupil.id, display_name=pupil.display_name, username=username, code=code
    )


async def change_role(
    req: RequestContext, space_id: int, account_id: int, body: api.ChangeRole
) -> api.MemberOut:
    session, actor, now = req.db, req.actor, req.now
    membership, account = await load_member(req, space_id, account_id)
    founders = await space_repo.count_founders(session, space_id)
    target = member_target(membership, account, founders=founders).given(body.role)
    await authorize_in_space(req, space_id, SpaceAction.CHANGE_ROLE, target)
    old_role = membership.role
    if old_role is not body.role:
        membership.role = body.role
        audit_repo.record(
            session,
            now=now,
            action=AuditAction.MEMBER_ROLE_CHANGED,
            actor_id=actor.id,
            space_id=space_id,
            target_account_id=account.id,
            reason=body.reason,
            details={"from": old_role.value, "to": body.role.value},
        )
        announce_member(session, space_id, EventName.MEMBER_ROLE_CHANGED, account, body.role)
        outbox_of(session).command(MembershipChanged(space_id=space_id, account_id=account.id))
    return api.MemberOut(
        account_id=account.id, display_name=account.display_name, role=body.role, kind=account.kind
    )


async def remove_member(
    req: RequestContext,
    space_id: int,
    account_id: int,
    reason: str,
    video: VideoSettings | None = None,
) -> None:
    session, actor, now = req.db, req.actor, req.now
    membership, account = await load_member(req, space_id, account_id)
    founders = await space_repo.count_founders(session, space_id)
    target = member_target(membership, account, founders=founders)
    await authorize_in_space(req, space_id, SpaceAction.REMOVE_MEMBER, target)
    await session.delete(membership)
    audit_repo.record(
        session,
        now=now,
        action=AuditAction.MEMBER_REMOVED,
        actor_id=actor.id,
        space_id=space_id,
        target_account_id=account_id,
        reason=reason,
        details={"role": membership.role.value},
    )
    announce_member(session, space_id, EventName.MEMBER_REMOVED, account, None)
    outbox_of(session).command(MembershipChanged(space_id=space_id, account_id=account_id))
    await off_stage(req, space_id, account_id, video)


async def off_stage(
    req: RequestContext, space_id: int, account_id: int, video: VideoSettings | None
) -> None:
    """No longer a member: off the stage of the space's running webinars (issue 22), their
    publisher kicked at Janus."""
    await event_stage_hold.take_off_stage(
        req.db, space_id, account_id, StageChange.REMOVED, video, req.actor.id, req.now
    )


async def leave_space(
    req: RequestContext, space_id: int, video: VideoSettings | None = None
) -> None:
    session, actor, now = req.db, req.actor, req.now
    founders = await space_repo.count_founders(session, space_id)
    access = await authorize_in_space(
        req, space_id, SpaceAction.LEAVE_SPACE, LeaveFacts(founders=founders)
    )
    await session.delete(access.membership)
    audit_repo.record(
        session,
        now=now,
        action=AuditAction.MEMBER_LEFT,
        actor_id=actor.id,
        space_id=space_id,
        target_account_id=actor.id,
    )
    announce_member(session, space_id, EventName.MEMBER_REMOVED, actor, None)
    outbox_of(session).command(MembershipChanged(space_id=space_id, account_id=actor.id))
    await off_stage(req, space_id, actor.id, video)
