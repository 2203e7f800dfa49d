"""Reactions to posts: a fixed set of symbols (protocol.vocabulary.ReactionKind), one of
each kind per person per post, added and taken back idempotently (docs/forums.md).

Each change that changes something publishes one ``post.reactions`` event on the thread's
channel, after commit, with the post's new counts: one publish per change, whatever the
number of readers. Reads attach the counts and the reader's own reactions to a page of
posts with two queries, whatever the page's size.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import msgspec
from sqlalchemy.ext.asyncio import AsyncSession

from protocol import api
from protocol.errors import ErrorCode, FieldCode, FieldError, ProtocolError, RateLimited
from protocol.event_payloads import MyReactions, PostReactions
from protocol.events import EventName
from protocol.vocabulary import PostState, ReactionKind
from storage.repositories import reactions as reaction_repo

from ..brokers.attempts import AttemptCounter
from ..forum_limits import ForumLimits
from ..policy import ReactionFacts, SpaceAction
from .access import enforce
from .context import RequestContext
from .forum_events import ForumEvents
from .forum_view import open_post

KINDS = ", ".join(kind.value for kind in ReactionKind)


def kind_of(raw: str) -> ReactionKind:
    """The reaction named ``raw``, or 422 ``invalid`` naming the kinds there are."""
    try:
        return ReactionKind(raw)
    except ValueError:
        raise ProtocolError(
            f"no such reaction: the reactions are {KINDS}",
            code=ErrorCode.INVALID,
            fields=[FieldError(field="reaction", code=FieldCode.CHOICE)],
        ) from None


@dataclass(frozen=True, slots=True)
class ReactionBudget:
    """How many reaction changes one member may make per window (ForumLimits), counted in
    fixed windows of the shared counters."""

    counter: AttemptCounter
    limits: ForumLimits

    async def spend(self, account_id: int) -> None:
        """Count one change; raise :class:`RateLimited` (with the wait) past the budget."""
        key = f"reactions:{account_id}"
        [count] = await self.counter.add([key], self.limits.window)
        if count <= self.limits.reaction_changes_per_member:
            return
        wait = await self.counter.remaining(key)
        raise RateLimited(
            "you are reacting very fast: wait a moment and try again",
            retry_after_s=max(1, math.ceil(wait.total_seconds())),
        )


async def react(
    req: RequestContext,
    budget: ReactionBudget,
    space_id: int,
    post_id: int,
    raw_kind: str,
    *,
    on: bool,
) -> api.ReactionsOut:
    """Add (``on``) or take back the caller's reaction of one kind to one post. Again: the
    same answer, nothing stored and nothing announced. Each call spends one of the caller's
    reaction budget, after the checks: a refused or unknown reaction costs nothing."""
    session, actor, now = req.db, req.actor, req.now
    kind = kind_of(raw_kind)
    # A post the caller may not see (another space's, a hidden one of someone else) is
    # "no such post", byte for byte; an outsider hears "no such space" as for any post.
    seen, post = await open_post(req, space_id, post_id)
    facts = ReactionFacts(
        post_visible=post.state is PostState.VISIBLE, thread_locked=seen.thread.locked
    )
    enforce(seen.viewer.decide(SpaceAction.REACT_TO_POST, facts))
    await budget.spend(actor.id)
    if on:
        changed = await reaction_repo.add(session, post.id, actor.id, kind, now)
    else:
        changed = await reaction_repo.remove(session, post.id, actor.id, kind)
    counts = (await reaction_repo.counts(session, [post.id])).get(post.id, {})
    mine = (await reaction_repo.mine(session, actor.id, [post.id])).get(post.id, [])
    if changed:
        events = ForumEvents(session, space_id)
        events.on_thread(
            post.thread_id,
            EventName.POST_REACTIONS,
            PostReactions(post_id=post.id, reactions=counts),
        )
        # The counts say nothing of who: one's other tabs learn their own on one's own channel.
        own = MyReactions(post_id=post.id, thread_id=post.thread_id, mine=mine)
        events.to_member(actor.id, EventName.POST_MY_REACTIONS, own)
    return api.ReactionsOut(post_id=post.id, thread_id=post.thread_id, reactions=counts, mine=mine)


async def with_reactions(
    session: AsyncSession, account_id: int, posts: list[api.PostOut]
) -> list[api.PostOut]:
    """``posts`` with their counts and ``account_id``'s own reactions: two queries."""
    ids = [post.id for post in posts]
    counts = await reaction_repo.counts(session, ids)
    mine = await reaction_repo.mine(session, account_id, ids)
    return [
        msgspec.structs.replace(
            post, reactions=counts.get(post.id, {}), my_reactions=mine.get(post.id, [])
        )
        for post in posts
    ]


async def forget_reactions_of(session: AsyncSession, account_id: int) -> None:
    """An erased pupil's reactions go with its personal data (which posts a pupil reacted to
    is about the pupil); each published post whose counts changed announces its new ones."""
    changed = await reaction_repo.remove_all_by(session, account_id)
    counts = await reaction_repo.counts(session, [post_id for post_id, _, _ in changed])
    for post_id, space_id, thread_id in changed:
        now = PostReactions(post_id=post_id, reactions=counts.get(post_id, {}))
        ForumEvents(session, space_id).on_thread(thread_id, EventName.POST_REACTIONS, now)
