"""Guest invitation links: expiring, revocable, use-limited; accepting one makes a guest."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from protocol import api
from protocol.errors import Conflict, ErrorCode, Gone, NotFound, ProtocolError, Unauthenticated
from protocol.vocabulary import AccountKind, AccountStatus, AuditAction, Role
from storage.models import Account, Invitation
from storage.repositories import accounts as account_repo
from storage.repositories import audit as audit_repo
from storage.repositories import invitations as invitation_repo
from storage.repositories import spaces as space_repo

from ..config import Limits
from ..policy import SpaceAction
from ..security import Secrets, new_token, token_hash
from .access import authorize_in_space
from .accounts import check_may_sign_in
from .members import admit

NO_SUCH_INVITATION = "no such invitation"


def invitation_out(
    invitation: Invitation, now: dt.datetime, token: str | None = None
) -> api.InvitationOut:
    return api.InvitationOut(
        id=invitation.id,
        note=invitation.note,
        expires_at=invitation.expires_at,
        max_uses=invitation.max_uses,
        uses=invitation.uses,
        revoked=invitation.revoked_at is not None,
        live=(
            invitation.revoked_at is None
            and invitation.uses < invitation.max_uses
            and invitation.expires_at > now
        ),
        token=token,
    )


async def create_invitation(
    session: AsyncSession,
    actor: Account,
    space_id: int,
    body: api.CreateInvitation,
    now: dt.datetime,
    limits: Limits,
) -> api.InvitationOut:
    await authorize_in_space(session, actor, space_id, SpaceAction.INVITE_GUEST, now)
    lifetime = dt.timedelta(hours=body.expires_in_hours)
    if lifetime > limits.max_invitation_lifetime:
        days = limits.max_invitation_lifetime.days
        raise ProtocolError(f"an invitation lasts {days} days at most", code=ErrorCode.INVALID)
    if body.max_uses > limits.max_invitation_uses:
        raise ProtocolError(
            f"an invitation has {limits.max_invitation_uses} uses at most", code=ErrorCode.INVALID
        )
    token = new_token()
    invitation = Invitation(
        space_id=space_id,
        token_hash=token_hash(token),
        note=body.note,
        created_by_id=actor.id,
        created_at=now,
        expires_at=now + lifetime,
        max_uses=body.max_uses,
        uses=0,
    )
    session.add(invitation)
    await session.flush()
    audit_repo.record(
        session,
        now=now,
        action=AuditAction.INVITATION_CREATED,
        actor_id=actor.id,
        space_id=space_id,
        details={"invitation_id": invitation.id, "max_uses": body.max_uses},
    )
    return invitation_out(invitation, now, token)


async def list_invitations(
    session: AsyncSession, actor: Account, space_id: int, now: dt.datetime
) -> list[api.InvitationOut]:
    await authorize_in_space(session, actor, space_id, SpaceAction.INVITE_GUEST, now)
    return [invitation_out(i, now) for i in await invitation_repo.list_for_space(session, space_id)]


async def revoke_invitation(
    session: AsyncSession, actor: Account, space_id: int, invitation_id: int, now: dt.datetime
) -> api.InvitationOut:
    await authorize_in_space(session, actor, space_id, SpaceAction.INVITE_GUEST, now)
    invitation = await invitation_repo.get_in_space(session, space_id, invitation_id)
    if invitation is None:
        raise NotFound(NO_SUCH_INVITATION)
    if invitation.revoked_at is None:
        invitation.revoked_at = now
        audit_repo.record(
            session,
            now=now,
            action=AuditAction.INVITATION_REVOKED,
            actor_id=actor.id,
            space_id=space_id,
            details={"invitation_id": invitation.id},
        )
    return invitation_out(invitation, now)


async def usable_invitation(session: AsyncSession, token: str, now: dt.datetime) -> Invitation:
    """The invitation behind a link, or Gone saying why it no longer works."""
    invitation = await invitation_repo.find_by_token_hash(session, token_hash(token))
    if invitation is None:
        raise NotFound(NO_SUCH_INVITATION)
    if invitation.revoked_at is not None:
        raise Gone("this invitation was revoked")
    if invitation.expires_at <= now:
        raise Gone("this invitation has expired")
    if invitation.uses >= invitation.max_uses:
        raise Gone("this invitation has been used up")
    space = await space_repo.get(session, invitation.space_id)
    if space is None or space.archived_at is not None:
        raise Gone("the space of this invitation is closed")
    return invitation


@dataclass(frozen=True, slots=True)
class NewGuest:
    password_hash: str


@dataclass(frozen=True, slots=True)
class ExistingGuest:
    account_id: int


async def guest_credentials(
    sessionmaker: async_sessionmaker[AsyncSession], secrets_: Secrets, email: str, password: str
) -> NewGuest | ExistingGuest:
    """Who accepts: a new guest (password hashed) or an existing guest (password checked).

    Runs before the accepting transaction, with its own short lookup, so argon2 never works
    while a transaction holds a lock.
    """
    async with sessionmaker() as db:
        existing = await account_repo.find_by_email(db, email)
        found = (existing.id, existing.kind, existing.password_hash) if existing else None
    if found is None:
        return NewGuest(await secrets_.hash_password(password))
    account_id, kind, stored = found
    if kind is not AccountKind.GUEST:
        raise Conflict(
            "this e-mail belongs to an account that is not a guest: eTwinners are "
            "invited as teachers by the space's admins"
        )
    if not await secrets_.verify_password(stored, password):
        raise Unauthenticated(
            "a guest account has this e-mail: give its password to join",
            code=ErrorCode.BAD_CREDENTIALS,
        )
    return ExistingGuest(account_id)


async def accept_invitation(
    session: AsyncSession,
    body: api.AcceptInvitation,
    credentials: NewGuest | ExistingGuest,
    now: dt.datetime,
) -> Account:
    """Join the invitation's twinspace as a guest: a new guest account, or an existing
    guest's when the e-mail and password matched it (see guest_credentials)."""
    invitation = await usable_invitation(session, body.token, now)
    if isinstance(credentials, NewGuest):
        guest = account_repo.add(
            session,
            kind=AccountKind.GUEST,
            status=AccountStatus.ACTIVE,
            display_name=body.display_name.strip(),
            email=body.email.lower(),
            password_hash=credentials.password_hash,
            now=now,
        )
        await session.flush()
    else:
        existing = await account_repo.get(session, credentials.account_id)
        if existing is None:
            raise NotFound(NO_SUCH_INVITATION)
        check_may_sign_in(existing)
        guest = existing
    await admit(
        session,
        invitation.space_id,
        guest,
        Role.GUEST,
        by=guest.id,
        now=now,
        action=AuditAction.INVITATION_ACCEPTED,
        already="you are a member of this space already",
        details={"invitation_id": invitation.id},
    )
    invitation.uses += 1
    await session.flush()
    return guest
