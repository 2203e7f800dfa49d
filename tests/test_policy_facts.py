"""Each space action is decided on the facts of one family (server/policy/facts.py).

A caller that gives an action the facts of another family, or none where it needs some,
or some where it needs none, gets WrongFacts whoever asks (never a silent "allow"); and
each rule function is declared on exactly its action's family, so mypy keeps it from
reading another family's facts.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from protocol.vocabulary import AccountId, AccountKind, AccountStatus, Role, SpaceKind
from server.policy import (
    SPACE_RULES,
    Actor,
    AddPupilFacts,
    AudioFacts,
    AudioVia,
    Facts,
    FileFacts,
    InviteFacts,
    LeaveFacts,
    MemberFacts,
    MembershipFacts,
    NoticesFacts,
    ParticipantFacts,
    PeerFacts,
    PersonFacts,
    PostFacts,
    ReactionFacts,
    RoleChangeFacts,
    SessionPlaceFacts,
    SpaceAction,
    SpaceFacts,
    VideoJoinFacts,
    WrongFacts,
    decide_space,
    facts_for,
)
from server.policy.facts import Facts as FactsUnion

ME, OTHER = AccountId(1), AccountId(2)

#: One value of each family.
SAMPLES: tuple[Facts, ...] = (
    PostFacts(
        account_id=OTHER,
        role=Role.PUPIL,
        teacher_acted=False,
        thread_locked=False,
        edit_window_passed=False,
    ),
    ReactionFacts(post_visible=True, thread_locked=False),
    FileFacts(account_id=OTHER, role=Role.PUPIL),
    PersonFacts(account_id=OTHER, account_kind=AccountKind.PUPIL, role=Role.PUPIL),
    MemberFacts(account_id=OTHER, account_kind=AccountKind.PUPIL, role=Role.PUPIL, founders=1),
    RoleChangeFacts(
        account_id=OTHER,
        account_kind=AccountKind.TEACHER,
        role=Role.TEACHER,
        founders=1,
        new_role=Role.ADMIN,
    ),
    InviteFacts(
        account_kind=AccountKind.TEACHER,
        account_status=AccountStatus.ACTIVE,
        new_role=Role.TEACHER,
    ),
    AddPupilFacts(account_kind=AccountKind.PUPIL, new_role=Role.PUPIL, teaches_pupil=True),
    LeaveFacts(founders=2),
    NoticesFacts(account_id=ME),
    PeerFacts(role=Role.TEACHER),
    VideoJoinFacts(has_lobby=False, locked=False, removed=False),
    SessionPlaceFacts(participant=True),
    ParticipantFacts(account_id=OTHER, in_lobby=False),
    AudioFacts(force_muted=False, via=AudioVia.MICROPHONE),
)

FOUNDER = Actor(account_id=ME, kind=AccountKind.TEACHER, status=AccountStatus.ACTIVE)


def ask(action: SpaceAction, target: Facts | None) -> object:
    membership = MembershipFacts(role=Role.FOUNDER)
    return decide_space(FOUNDER, membership, SpaceFacts(kind=SpaceKind.TWINSPACE), action, target)


def test_every_family_has_a_sample() -> None:
    assert {type(sample) for sample in SAMPLES} >= set(typing.get_args(FactsUnion))


def cases() -> Iterator[object]:
    for action in SpaceAction:
        for sample in (None, *SAMPLES):
            family = facts_for(action)
            fits = sample is None if family is None else isinstance(sample, family)
            name = type(sample).__name__ if sample else "None"
            yield pytest.param(action, sample, fits, id=f"{action}-{name}")


@pytest.mark.parametrize(("action", "sample", "fits"), list(cases()))
def test_an_action_takes_the_facts_of_its_family_only(
    action: SpaceAction, sample: Facts | None, fits: bool
) -> None:
    if fits:
        ask(action, sample)
    else:
        with pytest.raises(WrongFacts):
            ask(action, sample)


@pytest.mark.parametrize("action", list(SpaceAction), ids=str)
def test_wrong_facts_are_refused_before_any_answer(action: SpaceAction) -> None:
    """Even where the answer would be "no such space": the bug shows on every path."""
    family = facts_for(action)
    wrong = next(
        s
        for s in (None, *SAMPLES)
        if (s is None) != (family is None)
        or (family is not None and s is not None and not isinstance(s, family))
    )
    with pytest.raises(WrongFacts):
        decide_space(FOUNDER, None, None, action, wrong)


def unwrapped(rule: Callable[..., Any]) -> Callable[..., Any]:
    while hasattr(rule, "__wrapped__"):
        rule = rule.__wrapped__
    return rule


@pytest.mark.parametrize("action", list(SpaceAction), ids=str)
def test_each_rule_is_declared_on_its_actions_family(action: SpaceAction) -> None:
    """The rule's ``target`` parameter names the family the table gives the action (a rule
    on the role alone takes ``object`` or ``None`` and reads nothing of it); mypy checks the
    rule's body reads only that type's fields, and ``on(Family, rule)`` that they agree."""
    entry = SPACE_RULES[action]
    # A rule that answers otherwise in a group (in_group) keeps the group's rule beside it.
    rules = [entry.decide, *filter(None, [getattr(entry.decide, "group_rule", None)])]
    for rule in rules:
        hints = typing.get_type_hints(unwrapped(rule))
        declared = hints["target"]
        if entry.facts is None:
            assert declared in (object, type(None)), declared
        else:
            assert declared in (entry.facts, object), declared
