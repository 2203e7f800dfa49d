"""Guest invitation links: expiring, revocable, use-limited; accepting one makes a guest."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from protocol import api
from protocol.errors import (
    Conflict,
    ErrorCode,
    ErrorReason,
    Gone,
    NotFound,
    Unauthenticated,
)
from protocol.languages import PageLanguage, page_language
from protocol.vocabulary import AccountKind, AccountStatus, AuditAction, Role
from storage.models import Account, Invitation
from storage.repositories import accounts as account_repo
from storage.repositories import audit as audit_repo
from storage.repositories import invitations as invitation_repo
from storage.repositories import spaces as space_repo

from ..policy import (
    InvitationFacts,
    InvitationState,
    SpaceAction,
    holder_sees_space,
    invitation_standing,
)
from ..security import Secrets, new_token, token_hash
from .access import authorize_in_space
from .accounts import check_may_sign_in
from .context import RequestContext
from .members import admit

NO_SUCH_INVITATION = "no such invitation"


def invitation_link(site_url: str, token: str, language: PageLanguage | None = None) -> str:
    """The link a guest opens: the page's invitation screen (web/js/screens/invite.js), with
    the token in the fragment so that it never reaches a server's access log, and the page's
    language in the query (``?lang=fr``) for a visitor who has chosen none yet."""
    query = f"?lang={language.value}" if language is not None else ""
    return f"{site_url.rstrip('/')}/{query}#/invite/{token}"


def invitation_out(
    invitation: Invitation,
    now: dt.datetime,
    token: str | None = None,
    site_url: str | None = None,
    language: PageLanguage | None = None,
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
        link=invitation_link(site_url, token, language) if token and site_url else None,
    )


async def create_invitation(
    req: RequestContext, space_id: int, body: api.CreateInvitation, site_url: str
) -> api.InvitationOut:
    """A new link; ``site_url`` is the site's public address the link starts with."""
    session, actor, now = req.db, req.actor, req.now
    await authorize_in_space(req, space_id, SpaceAction.INVITE_GUEST)
    # Its life and uses were bounded when the body was decoded (protocol/api.py).
    lifetime = dt.timedelta(hours=body.expires_in_hours)
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
    # The link opens the page in the language the teacher chose for it, else in their own.
    language = body.language or page_language(actor.language)
    return invitation_out(invitation, now, token, site_url, language)


async def list_invitations(req: RequestContext, space_id: int) -> list[api.InvitationOut]:
    session, now = req.db, req.now
    await authorize_in_space(req, space_id, SpaceAction.INVITE_GUEST)
    return [invitation_out(i, now) for i in await invitation_repo.list_for_space(session, space_id)]


async def revoke_invitation(
    req: RequestContext, space_id: int, invitation_id: int
) -> api.InvitationOut:
    session, actor, now = req.db, req.actor, req.now
    await authorize_in_space(req, space_id, SpaceAction.INVITE_GUEST)
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


#: Why a link no longer works, in the server's (English) words for logs and API clients.
NOT_USABLE: dict[InvitationState, tuple[str, ErrorReason | None]] = {
    InvitationState.REVOKED: ("this invitation was revoked", ErrorReason.REVOKED),
    InvitationState.EXPIRED: ("this invitation has expired", ErrorReason.EXPIRED),
    InvitationState.USED_UP: ("this invitation has been used up", ErrorReason.USED_UP),
    InvitationState.CLOSED: ("the space of this invitation is closed", None),
}


async def _standing(
    session: AsyncSession, token: str, now: dt.datetime
) -> tuple[Invitation, InvitationState, str]:
    """The invitation behind a link, its standing (the policy's) and its space's title."""
    invitation = await invitation_repo.find_by_token_hash(session, token_hash(token))
    if invitation is None:
        raise NotFound(NO_SUCH_INVITATION)
    space = await space_repo.get(session, invitation.space_id)
    facts = InvitationFacts(
        revoked=invitation.revoked_at is not None,
        expires_at=invitation.expires_at,
        uses=invitation.uses,
        max_uses=invitation.max_uses,
        space_open=space is not None and space.archived_at is None,
    )
    return invitation, invitation_standing(facts, now), space.title if space else ""


async def usable_invitation(session: AsyncSession, token: str, now: dt.datetime) -> Invitation:
    """The invitation behind a link, or Gone saying why it no longer works."""
    invitation, standing, _ = await _standing(session, token, now)
    if standing is not InvitationState.USABLE:
        message, reason = NOT_USABLE[standing]
        raise Gone(message, reason=reason)
    return invitation


async def invitation_status(
    session: AsyncSession, token: str, now: dt.datetime
) -> api.InvitationStatusOut:
    """Whether a link works, for the page to say so before the guest fills in the form. Only
    a usable link names its space (the policy's ``holder_sees_space``); an unknown one is
    NotFound, as for any object one may not see."""
    _, standing, title = await _standing(session, token, now)
    return api.InvitationStatusOut(
        state=standing, space_title=title if holder_sees_space(standing) else None
    )


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
            "invited as teachers by the space's admins",
            reason=ErrorReason.NOT_A_GUEST,
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
        guest = account_repo.new(
            kind=AccountKind.GUEST,
            status=AccountStatus.ACTIVE,
            display_name=body.display_name.strip(),
            email=body.email.lower(),
            password_hash=credentials.password_hash,
            language=body.language.value if body.language is not None else None,
            now=now,
        )
        session.add(guest)
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
