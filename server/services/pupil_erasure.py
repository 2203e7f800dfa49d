"""Erasing a pupil's account (issue 9; DOMAIN.md: "personal data gone, posts kept as
'former pupil' or removed, the teacher's choice").

One transaction: the account becomes an empty tombstone (status ``erased``, display name
"former pupil", no username, code, school, country or creator), its sessions are deleted and
every live connection of it is closed on every process (``AccountLocked``), its memberships
and read marks go, its places in video sessions keep only the name "former pupil", and each
space it was in records the erasure (no personal data) so its content there shows as
"former pupil". The teacher chooses, for posts and chat
messages and for files, "keep" (attributed to "former pupil") or "remove" (for good); removal
applies in the spaces where the eraser is a teacher, and the pupil's content elsewhere is
kept for those spaces' teachers to moderate. Erasing again answers what was done.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession

from protocol import api
from protocol.errors import NotFound
from protocol.event_payloads import MemberGone, PostGone
from protocol.events import EventName
from protocol.vocabulary import AccountId, AccountKind, AccountStatus, AuditAction, PostState
from storage.models import Account, PupilErasure
from storage.repositories import accounts as account_repo
from storage.repositories import archive as archive_repo
from storage.repositories import audit as audit_repo
from storage.repositories import auth_sessions as session_repo
from storage.repositories import forums as forum_repo
from storage.repositories import privacy as privacy_repo
from storage.repositories import spaces as space_repo

from ..policy import PersonFacts, SpaceAction
from .access import authorize_in_space, person_target
from .commands import AccountLocked, MembershipChanged
from .context import RequestContext
from .forum_events import ForumEvents
from .forum_view import FORMER_PUPIL
from .members import space_channel
from .outbox import outbox_of
from .reactions import forget_reactions_of

NO_SUCH_PUPIL = "no such pupil"
DONE = {"keep": "kept", "remove": "removed"}


@dataclass(slots=True)
class Erased:
    """The answer, and the work left for after the commit (blobs, upload files)."""

    out: api.ErasureOut
    digests: set[str] = field(default_factory=set)
    upload_keys: list[str] = field(default_factory=list)


def summary(account_id: int, record: PupilErasure, *, already: bool) -> api.ErasureOut:
    return api.ErasureOut(
        account_id=account_id,
        posts=record.posts,
        files=record.files,
        posts_removed=0,
        files_removed=0,
        already_erased=already,
    )


async def repeated(req: RequestContext, space_id: int, pupil: Account) -> Erased:
    """An erased account: what was done, to a teacher of a space it was erased from."""
    session = req.db
    record = await privacy_repo.erasure(session, space_id, pupil.id)
    target = PersonFacts(
        account_id=AccountId(pupil.id),
        account_kind=pupil.kind,
        role=record.role if record else None,
    )
    await authorize_in_space(
        req, space_id, SpaceAction.ERASE_PUPIL, target, not_found=NO_SUCH_PUPIL
    )
    if record is None:  # the policy conceals a pupil that was never one here: the same answer
        raise NotFound(NO_SUCH_PUPIL)
    return Erased(summary(pupil.id, record, already=True))


async def erase_pupil(
    req: RequestContext, space_id: int, pupil_id: int, body: api.ErasePupil
) -> Erased:
    session, actor, now = req.db, req.actor, req.now
    pupil = await account_repo.get(session, pupil_id)
    if pupil is not None and pupil.status is AccountStatus.ERASED:
        return await repeated(req, space_id, pupil)
    membership = await space_repo.get_membership(session, space_id, pupil_id) if pupil else None
    await authorize_in_space(
        req,
        space_id,
        SpaceAction.ERASE_PUPIL,
        person_target(membership, pupil),
        not_found=NO_SUCH_PUPIL,
    )
    if pupil is None or pupil.kind is not AccountKind.PUPIL:
        # Concealed by the policy already; said again, as the same answer, because erasing
        # anyone but a pupil must never follow from a rule that slipped.
        raise NotFound(NO_SUCH_PUPIL)
    memberships = [m for _, m in await space_repo.list_for_account(session, pupil.id)]
    # Removal reaches only what the eraser may moderate: the spaces it teaches in.
    scope = await privacy_repo.teacher_space_ids(session, actor.id)
    erased = Erased(
        api.ErasureOut(
            account_id=pupil.id,
            posts=DONE[body.posts],
            files=DONE[body.files],
            posts_removed=0,
            files_removed=0,
            already_erased=False,
        )
    )
    #: How many posts and files went, by space, for each space's audit entry.
    posts_in: Counter[int] = Counter()
    files_in: Counter[int] = Counter()
    if body.posts == "remove":
        posts_in = await remove_posts(session, pupil.id, scope, now)
        erased.out.posts_removed = posts_in.total()
    if body.files == "remove":
        owned = await privacy_repo.files_owned_by(session, pupil.id, scope)
        file_ids = [file_id for file_id, _ in owned]
        if file_ids:
            erased.digests = await archive_repo.digests_of_files(session, file_ids)
            await archive_repo.delete_files(session, file_ids)
        files_in = Counter(space_id for _, space_id in owned)
        erased.out.files_removed = len(file_ids)
    erased.upload_keys = await privacy_repo.drop_uploads_of(session, pupil.id)
    await privacy_repo.forget_traces(session, pupil.id, FORMER_PUPIL)
    await forget_reactions_of(session, pupil.id)
    scrub(pupil, actor, now)
    await session_repo.delete_for_account(session, pupil.id)
    outbox = outbox_of(session)
    # Every process closes the pupil's live connections at once, whatever it was doing.
    outbox.command(AccountLocked(account_id=pupil.id))
    for membership in memberships:
        session.add(
            PupilErasure(
                space_id=membership.space_id,
                account_id=pupil.id,
                role=membership.role,
                posts=erased.out.posts,
                files=erased.out.files,
                erased_at=now,
            )
        )
        outbox.command(MembershipChanged(space_id=membership.space_id, account_id=pupil.id))
        gone = MemberGone(account_id=pupil.id, display_name=FORMER_PUPIL)
        outbox.event(space_channel(membership.space_id), EventName.MEMBER_REMOVED, gone)
        here = membership.space_id in scope
        # No id and no name of the pupil: only what was done, and how much.
        audit_repo.record(
            session,
            now=now,
            action=AuditAction.PUPIL_ERASED,
            actor_id=actor.id,
            space_id=membership.space_id,
            target_account_id=None,
            details={
                "posts": erased.out.posts if here else "kept",
                "files": erased.out.files if here else "kept",
                "posts_removed": posts_in[membership.space_id],
                "files_removed": files_in[membership.space_id],
            },
        )
    await session.flush()
    return erased


async def remove_posts(
    session: AsyncSession, pupil_id: int, scope: set[int], now: dt.datetime
) -> Counter[int]:
    """Remove the pupil's posts and messages in ``scope``; how many, by space."""
    removed = await privacy_repo.delete_posts_by(session, pupil_id, scope)
    # The pupil's reports are its words too.
    await privacy_repo.delete_reports_by(session, pupil_id, scope)
    # Threads the pupil opened stay while others' replies are in them (never lose others'
    # words); threads left empty go.
    gone = set(await privacy_repo.delete_empty_threads_by(session, pupil_id, scope))
    for thread_id in sorted({thread_id for _, _, thread_id, _ in removed} - gone):
        await forum_repo.refresh_thread(session, thread_id, now)
    for post_id, space_id, thread_id, state in removed:
        if state is PostState.VISIBLE and thread_id not in gone:
            # Readers of the thread drop it, as for a purge (held posts were never shown).
            dropped = PostGone(post_id=post_id)
            ForumEvents(session, space_id).on_thread(thread_id, EventName.POST_DELETED, dropped)
    return Counter(space_id for _, space_id, _, _ in removed)


def scrub(pupil: Account, actor: Account, now: dt.datetime) -> None:
    """The account row stays as a tombstone (content keeps its author) holding nothing."""
    account_repo.set_status(pupil, AccountStatus.ERASED, by=actor.id, now=now)
    pupil.display_name = FORMER_PUPIL
    pupil.username = None
    pupil.login_code_hash = None
    pupil.password_hash = None
    pupil.email = None
    pupil.school = None
    pupil.country = None
    pupil.created_by_id = None
    pupil.created_at = now
