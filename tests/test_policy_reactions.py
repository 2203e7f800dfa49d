"""Reactions to posts (issue 21) in the policy: who reacts where, and when nobody does.

Written from DOMAIN.md and docs/forums.md ("Reactions"): every reader of a published post
reacts to it, pupils and guests included and never held for approval (a fixed symbol, no
words); a locked thread takes reactions from those who may still reply there; hidden, held,
rejected and deleted posts take none; a muted member and an archived space take none.
"""

from __future__ import annotations

import pytest

from protocol.vocabulary import PostState, PostVerb, Role, SpaceKind
from server.policy import Outcome, ReactionFacts, SpaceAction, WrongFacts
from server.policy.capabilities import Member, post_allowed
from server.policy.facts import MembershipFacts

from .test_policy import EXPECTED, ME, OTHER, actor, decide, post, space

A = Outcome.ALLOW
D = Outcome.DENY
C = Outcome.CONCEAL
REACT = SpaceAction.REACT_TO_POST
OPEN = ReactionFacts(post_visible=True, thread_locked=False)
LOCKED = ReactionFacts(post_visible=True, thread_locked=True)
HIDDEN = ReactionFacts(post_visible=False, thread_locked=False)

#: Who reacts in a locked thread, per kind: those who may still reply there.
LOCKED_TABLE: dict[SpaceKind, dict[Role, Outcome]] = {
    SpaceKind.TWINSPACE: {
        Role.FOUNDER: A,
        Role.ADMIN: A,
        Role.TEACHER: A,
        Role.PUPIL_ADMIN: D,
        Role.PUPIL: D,
        Role.GUEST: D,
    },
    SpaceKind.ROOM: {Role.FOUNDER: A, Role.ADMIN: A, Role.TEACHER: A},
    # A group's owner, moderators and members hold the founder, admin and teacher roles.
    SpaceKind.GROUP: {Role.FOUNDER: A, Role.ADMIN: A, Role.TEACHER: A},
}


def every_member() -> list[object]:
    return [
        pytest.param(kind, role, id=f"{kind}-{role}")
        for kind, table in LOCKED_TABLE.items()
        for role in table
    ]


@pytest.mark.parametrize(("kind", "role"), every_member())
def test_every_member_reacts_to_a_visible_post_in_an_open_thread(
    kind: SpaceKind, role: Role
) -> None:
    assert decide(role, REACT, OPEN, kind=kind) is A
    assert EXPECTED[kind][REACT][role] is A


@pytest.mark.parametrize(("kind", "role"), every_member())
def test_locked_thread_takes_reactions_from_who_may_still_reply(
    kind: SpaceKind, role: Role
) -> None:
    assert decide(role, REACT, LOCKED, kind=kind) is LOCKED_TABLE[kind][role]
    replying = decide(
        role, SpaceAction.POST_REPLY, post(OTHER, Role.TEACHER, thread_locked=True), kind=kind
    )
    assert (replying is A) is (LOCKED_TABLE[kind][role] is A)


@pytest.mark.parametrize(("kind", "role"), every_member())
def test_nobody_reacts_to_a_post_that_is_not_published(kind: SpaceKind, role: Role) -> None:
    assert decide(role, REACT, HIDDEN, kind=kind) is D


@pytest.mark.parametrize(("kind", "role"), every_member())
def test_muted_member_cannot_react(kind: SpaceKind, role: Role) -> None:
    assert decide(role, REACT, OPEN, kind=kind, muted=True) is D


@pytest.mark.parametrize(("kind", "role"), every_member())
def test_nobody_reacts_in_an_archived_space(kind: SpaceKind, role: Role) -> None:
    assert decide(role, REACT, OPEN, kind=kind, archived=True) is D


@pytest.mark.parametrize("role", [Role.PUPIL, Role.PUPIL_ADMIN, Role.GUEST])
def test_pupils_reactions_are_not_held_when_the_space_premoderates(role: Role) -> None:
    assert decide(role, REACT, OPEN, premoderate_pupils=True) is A


def test_reactions_are_decided_on_reaction_facts_only() -> None:
    with pytest.raises(WrongFacts):
        decide(Role.TEACHER, REACT, post(ME, Role.TEACHER))
    with pytest.raises(WrongFacts):
        decide(Role.TEACHER, REACT)


@pytest.mark.parametrize(
    ("state", "locked", "role", "listed"),
    [
        (PostState.VISIBLE, False, Role.PUPIL, True),
        (PostState.VISIBLE, True, Role.PUPIL, False),
        (PostState.VISIBLE, True, Role.TEACHER, True),
        (PostState.HIDDEN, False, Role.FOUNDER, False),
        (PostState.PENDING, False, Role.PUPIL, False),
        (PostState.DELETED, False, Role.FOUNDER, False),
    ],
)
def test_post_allowed_lists_react_as_the_policy_decides(
    state: PostState, locked: bool, role: Role, listed: bool
) -> None:
    asker = Member(actor(role), MembershipFacts(role=role), space())
    target = post(OTHER, Role.PUPIL, thread_locked=locked)
    assert (PostVerb.REACT in post_allowed(asker, target, state)) is listed
