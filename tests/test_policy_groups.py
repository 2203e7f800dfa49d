"""Groups in the policy (issue 21, DOMAIN.md "Groups"): the directory and the ways in as a
table, and the group rules whose answer depends on whom they act on (owner, moderator,
member), which the role table in test_policy.py shows for one subject only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from protocol.vocabulary import AccountId, AccountKind, AccountStatus, GroupAccess, Role, SpaceKind
from server.policy import (
    AccountAction,
    AccountFacts,
    Actor,
    FileFacts,
    GroupAction,
    GroupFacts,
    MemberFacts,
    MembershipFacts,
    Outcome,
    ParticipantFacts,
    PersonFacts,
    SessionPlaceFacts,
    SpaceAction,
    SpaceFacts,
    VideoJoinFacts,
    decide_account,
    decide_group,
    decide_space,
)
from server.policy.facts import Facts

A = Outcome.ALLOW
L = Outcome.ALLOW_VIA_LOBBY
D = Outcome.DENY
C = Outcome.CONCEAL

ME = AccountId(1)
OTHER = AccountId(2)
OWNER, MODERATOR, MEMBER = Role.FOUNDER, Role.ADMIN, Role.TEACHER
GROUP = SpaceFacts(kind=SpaceKind.GROUP)

OPEN = GroupFacts(access=GroupAccess.OPEN, archived=False, banned=False)
CLOSED = GroupFacts(access=GroupAccess.CLOSED, archived=False, banned=False)
BANNED_OPEN = GroupFacts(access=GroupAccess.OPEN, archived=False, banned=True)
BANNED_CLOSED = GroupFacts(access=GroupAccess.CLOSED, archived=False, banned=True)
ARCHIVED = GroupFacts(access=GroupAccess.OPEN, archived=True, banned=False)

#: Who asks, by name: only the first is a validated eTwinner.
ASKERS: dict[str, Actor] = {
    "etwinner": Actor(ME, AccountKind.TEACHER, AccountStatus.ACTIVE),
    "pending": Actor(ME, AccountKind.TEACHER, AccountStatus.PENDING),
    "rejected": Actor(ME, AccountKind.TEACHER, AccountStatus.REJECTED),
    "suspended": Actor(ME, AccountKind.TEACHER, AccountStatus.SUSPENDED),
    "pupil": Actor(ME, AccountKind.PUPIL, AccountStatus.ACTIVE),
    "guest": Actor(ME, AccountKind.GUEST, AccountStatus.ACTIVE),
    "national_admin": Actor(ME, AccountKind.NATIONAL_ADMIN, AccountStatus.ACTIVE, "FR"),
}

#: The directory's table: action, the group as it stands for the asker, the eTwinner's answer.
#: Everyone else gets CONCEAL for every row: to them groups do not exist.
DIRECTORY: list[tuple[GroupAction, GroupFacts | None, Outcome]] = [
    (GroupAction.BROWSE_GROUPS, None, A),
    (GroupAction.CREATE_GROUP, None, A),
    (GroupAction.SEE_GROUP, OPEN, A),
    (GroupAction.SEE_GROUP, BANNED_CLOSED, A),  # the banned know it exists; it says so
    (GroupAction.SEE_GROUP, None, C),  # no such group
    (GroupAction.JOIN_GROUP, OPEN, A),
    (GroupAction.JOIN_GROUP, CLOSED, D),  # ask instead
    (GroupAction.JOIN_GROUP, BANNED_OPEN, D),
    (GroupAction.JOIN_GROUP, ARCHIVED, D),
    (GroupAction.JOIN_GROUP, None, C),
    (GroupAction.REQUEST_TO_JOIN, CLOSED, A),
    (GroupAction.REQUEST_TO_JOIN, OPEN, D),  # join instead
    (GroupAction.REQUEST_TO_JOIN, BANNED_CLOSED, D),
    (GroupAction.REQUEST_TO_JOIN, None, C),
]


def directory_cases() -> Iterator[object]:
    for asker in ASKERS:
        for action, facts, etwinner in DIRECTORY:
            expected = etwinner if asker == "etwinner" else C
            label = "none" if facts is None else f"{facts.access}-banned{facts.banned}"
            yield pytest.param(asker, action, facts, expected, id=f"{asker}-{action}-{label}")


@pytest.mark.parametrize(("asker", "action", "facts", "expected"), list(directory_cases()))
def test_directory_table(
    asker: str, action: GroupAction, facts: GroupFacts | None, expected: Outcome
) -> None:
    assert decide_group(ASKERS[asker], action, facts).outcome is expected


def test_every_group_action_has_a_directory_row() -> None:
    assert {action for action, _, _ in DIRECTORY} == set(GroupAction)


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        (AccountFacts(account_kind=AccountKind.TEACHER, account_country="FR"), A),
        (AccountFacts(account_kind=AccountKind.TEACHER, account_country="PL"), C),  # not theirs
        (AccountFacts(account_kind=AccountKind.PUPIL, account_country="FR"), D),
        (None, C),  # no such account
    ],
    ids=["own-country", "other-country", "pupil", "none"],
)
def test_a_national_admin_appoints_etwinners_of_their_country_only(
    target: AccountFacts | None, expected: Outcome
) -> None:
    admin = ASKERS["national_admin"]
    assert decide_account(admin, AccountAction.APPOINT_GROUP_MODERATOR, target).outcome is expected
    for name in ("etwinner", "pupil", "guest", "pending"):
        refused = decide_account(ASKERS[name], AccountAction.APPOINT_GROUP_MODERATOR, target)
        assert refused.outcome is D


# -- inside a group, by whom an action is about ---------------------------------------------


def decide(role: Role, action: SpaceAction, target: Facts | None = None) -> Outcome:
    actor = Actor(ME, AccountKind.TEACHER, AccountStatus.ACTIVE)
    return decide_space(actor, MembershipFacts(role=role), GROUP, action, target).outcome


def member(
    role: Role | None, *, kind: AccountKind = AccountKind.TEACHER, owners: int = 1
) -> MemberFacts:
    return MemberFacts(account_id=OTHER, account_kind=kind, role=role, founders=owners)


#: (asker, the other person's role) -> removing or banning them.
REMOVAL: dict[tuple[Role, Role | None], Outcome] = {
    (OWNER, MEMBER): A,
    (OWNER, MODERATOR): A,
    (OWNER, OWNER): A,  # with two owners; the last one stays (below)
    (MODERATOR, MEMBER): A,
    (MODERATOR, MODERATOR): D,  # the owner appointed them; the owner removes them
    (MODERATOR, OWNER): D,
    (MEMBER, MEMBER): D,
    (MEMBER, MODERATOR): D,
    (MEMBER, OWNER): D,
}


@pytest.mark.parametrize(("asker", "other"), list(REMOVAL), ids=str)
@pytest.mark.parametrize("action", [SpaceAction.REMOVE_MEMBER, SpaceAction.BAN_MEMBER], ids=str)
def test_moderators_remove_and_ban_members_owners_moderators_too(
    asker: Role, other: Role, action: SpaceAction
) -> None:
    assert decide(asker, action, member(other, owners=2)) is REMOVAL[(asker, other)]


@pytest.mark.parametrize("action", [SpaceAction.REMOVE_MEMBER, SpaceAction.BAN_MEMBER], ids=str)
def test_the_last_owner_is_neither_removed_nor_banned(action: SpaceAction) -> None:
    assert decide(OWNER, action, member(OWNER, owners=1)) is D


@pytest.mark.parametrize("asker", [OWNER, MODERATOR], ids=str)
def test_moderators_ban_an_etwinner_who_is_not_a_member(asker: Role) -> None:
    assert decide(asker, SpaceAction.BAN_MEMBER, member(None)) is A
    assert decide(MEMBER, SpaceAction.BAN_MEMBER, member(None)) is D


@pytest.mark.parametrize("kind", [AccountKind.PUPIL, AccountKind.GUEST, AccountKind.NATIONAL_ADMIN])
def test_only_etwinners_are_banned(kind: AccountKind) -> None:
    assert decide(OWNER, SpaceAction.BAN_MEMBER, member(None, kind=kind)) is D


def test_nobody_bans_themselves() -> None:
    own = MemberFacts(account_id=ME, account_kind=AccountKind.TEACHER, role=OWNER, founders=2)
    assert decide(OWNER, SpaceAction.BAN_MEMBER, own) is D


@pytest.mark.parametrize("kind", [SpaceKind.TWINSPACE, SpaceKind.ROOM], ids=str)
def test_only_groups_have_bans_and_join_requests(kind: SpaceKind) -> None:
    actor = Actor(ME, AccountKind.TEACHER, AccountStatus.ACTIVE)
    founder = MembershipFacts(role=Role.FOUNDER)
    space = SpaceFacts(kind=kind)
    ban = decide_space(actor, founder, space, SpaceAction.BAN_MEMBER, member(MEMBER))
    requests = decide_space(actor, founder, space, SpaceAction.DECIDE_JOIN_REQUEST)
    assert (ban.outcome, requests.outcome) == (D, D)


@pytest.mark.parametrize(
    ("asker", "new_role", "expected"),
    [
        (OWNER, MODERATOR, A),  # the owner appoints a moderator
        (OWNER, OWNER, A),  # or hands over (the group then has two owners)
        (MODERATOR, MODERATOR, D),  # moderators do not appoint moderators
        (MEMBER, MODERATOR, D),
    ],
    ids=str,
)
def test_the_owner_appoints_moderators(asker: Role, new_role: Role, expected: Outcome) -> None:
    assert decide(asker, SpaceAction.CHANGE_ROLE, member(MEMBER).given(new_role)) is expected


@pytest.mark.parametrize(
    ("asker", "other", "expected"),
    [(OWNER, MODERATOR, A), (OWNER, OWNER, D), (MODERATOR, MEMBER, A), (MODERATOR, MODERATOR, D)],
    ids=str,
)
def test_mute_moderators_members_owner_moderators_too(
    asker: Role, other: Role, expected: Outcome
) -> None:
    target = PersonFacts(account_id=OTHER, account_kind=AccountKind.TEACHER, role=other)
    assert decide(asker, SpaceAction.MUTE_MEMBER, target) is expected


@pytest.mark.parametrize(("asker", "expected"), [(OWNER, A), (MODERATOR, A), (MEMBER, D)], ids=str)
def test_members_manage_their_own_files_moderators_anyones(asker: Role, expected: Outcome) -> None:
    someone_elses = FileFacts(account_id=OTHER, role=MEMBER)
    assert decide(asker, SpaceAction.MANAGE_FILE, someone_elses) is expected
    assert decide(asker, SpaceAction.DELETE_FILE, someone_elses) is expected
    assert decide(asker, SpaceAction.MANAGE_FILE, FileFacts(account_id=ME, role=asker)) is A


@pytest.mark.parametrize(
    ("facts", "member_gets"),
    [
        (VideoJoinFacts(has_lobby=False, locked=False, removed=False), A),
        (VideoJoinFacts(has_lobby=True, locked=False, removed=False), L),
        (VideoJoinFacts(has_lobby=False, locked=True, removed=False), D),
        (VideoJoinFacts(has_lobby=False, locked=False, removed=True), D),
    ],
    ids=["open", "lobby", "locked", "removed"],
)
def test_members_wait_in_a_lobby_and_a_lock_keeps_them_out(
    facts: VideoJoinFacts, member_gets: Outcome
) -> None:
    assert decide(MEMBER, SpaceAction.JOIN_VIDEO, facts) is member_gets
    assert decide(MODERATOR, SpaceAction.JOIN_VIDEO, facts) is (D if facts.removed else A)


def test_a_member_neither_removes_a_participant_nor_reads_a_session_it_is_not_in() -> None:
    other = ParticipantFacts(account_id=OTHER, in_lobby=False)
    assert decide(MEMBER, SpaceAction.REMOVE_PARTICIPANT, other) is D
    assert decide(MODERATOR, SpaceAction.REMOVE_PARTICIPANT, other) is A
    own = ParticipantFacts(account_id=ME, in_lobby=False)
    assert decide(MODERATOR, SpaceAction.REMOVE_PARTICIPANT, own) is D
    absent = SessionPlaceFacts(participant=False)
    assert decide(MEMBER, SpaceAction.READ_SESSION_CHAT, absent) is C
    assert decide(MEMBER, SpaceAction.READ_SESSION_CHAT, SessionPlaceFacts(participant=True)) is A
