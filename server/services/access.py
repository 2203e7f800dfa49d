"""Turning stored rows into policy facts, and policy decisions into errors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from protocol.errors import Forbidden, NotFound
from protocol.vocabulary import AccountId, AccountStatus
from storage.models import Account, Membership, Space
from storage.repositories import accounts as account_repo
from storage.repositories import auth_sessions as session_repo
from storage.repositories import spaces as space_repo

from ..policy import (
    Actor,
    Decision,
    Facts,
    MemberFacts,
    MembershipFacts,
    Outcome,
    PersonFacts,
    SpaceAction,
    SpaceFacts,
    decide_space,
)
from .context import RequestContext

#: The one answer for a space that is missing or that the asker may not know of.
NO_SUCH_SPACE = "no such space"


def actor_of(account: Account) -> Actor:
    return Actor(
        account_id=AccountId(account.id),
        kind=account.kind,
        status=account.status,
        country=account.country,
    )


def space_facts(space: Space) -> SpaceFacts:
    return SpaceFacts(
        kind=space.kind,
        archived=space.archived_at is not None,
        pupils_may_create_threads=space.pupils_may_create_threads,
        pupils_may_upload=space.pupils_may_upload,
        premoderate_pupils=space.premoderate_pupils,
    )


def membership_facts(membership: Membership | None, now: dt.datetime) -> MembershipFacts | None:
    """A member's facts for the policy; None for someone who is not a member."""
    return None if membership is None else member_facts(membership, now)


def member_facts(membership: Membership, now: dt.datetime) -> MembershipFacts:
    """The facts of a membership known to exist: its role, and whether a mute runs now."""
    muted = membership.muted_until is not None and membership.muted_until > now
    return MembershipFacts(role=membership.role, muted=muted)


def person_target(membership: Membership | None, account: Account | None) -> PersonFacts:
    """The facts for an action on a person who is a member (or is not one)."""
    return PersonFacts(
        account_id=AccountId(account.id) if account else None,
        account_kind=account.kind if account else None,
        role=membership.role if membership else None,
    )


def member_target(
    membership: Membership | None, account: Account | None, *, founders: int
) -> MemberFacts:
    """The facts for an action on a member (or on someone who is not one); ``founders``:
    how many the space has now."""
    return MemberFacts(
        account_id=AccountId(account.id) if account else None,
        account_kind=account.kind if account else None,
        role=membership.role if membership else None,
        founders=founders,
    )


def enforce(decision: Decision, not_found: str = NO_SUCH_SPACE) -> Decision:
    """Raise for a refusal: NotFound where existence must not leak, Forbidden otherwise."""
    if decision.outcome is Outcome.CONCEAL:
        raise NotFound(not_found)
    if decision.outcome is Outcome.DENY:
        raise Forbidden(decision.reason)
    return decision


@dataclass(frozen=True, slots=True)
class SpaceAccess:
    """A space the actor was allowed to act in, with the actor's membership."""

    space: Space
    membership: Membership
    decision: Decision

    def may(
        self, actor: Account, action: SpaceAction, now: dt.datetime, target: Facts | None = None
    ) -> bool:
        """Whether the same actor may also do another action here (no further I/O)."""
        facts = membership_facts(self.membership, now)
        return decide_space(actor_of(actor), facts, space_facts(self.space), action, target).allowed

    def decide(
        self, actor: Account, action: SpaceAction, now: dt.datetime, target: Facts | None = None
    ) -> Decision:
        """The policy's answer for another action of the same actor here (no further I/O)."""
        facts = membership_facts(self.membership, now)
        return decide_space(actor_of(actor), facts, space_facts(self.space), action, target)


async def authorize_in_space(
    req: RequestContext,
    space_id: int,
    action: SpaceAction,
    target: Facts | None = None,
    not_found: str = NO_SUCH_SPACE,
) -> SpaceAccess:
    """Load the space and the actor's membership, ask the policy, raise on refusal.

    ``not_found`` is what a concealed target is called; a concealed space is always
    "no such space", so outsiders learn nothing either way."""
    session, actor, now = req.db, req.actor, req.now
    space = await space_repo.get(session, space_id)
    membership = await space_repo.get_membership(session, space_id, actor.id) if space else None
    decision = decide_space(
        actor_of(actor),
        membership_facts(membership, now),
        space_facts(space) if space else None,
        action,
        target,
    )
    enforce(decision, NO_SUCH_SPACE if space is None or membership is None else not_found)
    if space is None or membership is None:
        # The policy conceals a missing space and a non-member; this says it once more, as
        # the same answer, should a rule ever let one through.
        raise NotFound(NO_SUCH_SPACE)
    return SpaceAccess(space=space, membership=membership, decision=decision)


async def actor_by_id(db: AsyncSession, account_id: int) -> Actor | None:
    """The account as the policy sees it, None once it is gone (the hub's re-checks)."""
    account = await account_repo.get(db, AccountId(account_id))
    return None if account is None else actor_of(account)


async def sessions_standing(
    db: AsyncSession, pairs: Iterable[tuple[int, int]], now: dt.datetime
) -> tuple[set[int], dict[int, AccountStatus]]:
    """For (session id, account id) pairs: the sessions still running and each account's
    status (the hub's sweep of its live connections)."""
    return await session_repo.standing(db, pairs, now)
