"""The permission policy as a table, derived from ../shared/DOMAIN.md and docs/domain.md.

The expected outcomes below were written from the rule book, not read off server/policy/rules.py.
Where the two disagreed, the policy was changed to the rule book's reading.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from protocol.vocabulary import (
    PUPIL_ROLES,
    ROLES_FOR,
    AccountId,
    AccountKind,
    AccountStatus,
    Role,
    SpaceKind,
)
from server.policy import (
    AccountAction,
    AccountFacts,
    Actor,
    AddPupilFacts,
    AudioFacts,
    AudioVia,
    Decision,
    Facts,
    FileFacts,
    InviteFacts,
    LeaveFacts,
    MemberFacts,
    MembershipFacts,
    NoticesFacts,
    Outcome,
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
    decide_account,
    decide_space,
    moderates_video,
)

A = Outcome.ALLOW
H = Outcome.ALLOW_HELD
L = Outcome.ALLOW_VIA_LOBBY
D = Outcome.DENY
C = Outcome.CONCEAL

ME = AccountId(1)
OTHER = AccountId(2)

TWINSPACE = SpaceKind.TWINSPACE
ROOM = SpaceKind.ROOM
GROUP = SpaceKind.GROUP

#: The account kind that holds each role (DOMAIN.md "People" and "Roles in a space").
KIND_OF_ROLE: dict[Role, AccountKind] = {
    Role.FOUNDER: AccountKind.TEACHER,
    Role.ADMIN: AccountKind.TEACHER,
    Role.TEACHER: AccountKind.TEACHER,
    Role.PUPIL_ADMIN: AccountKind.PUPIL,
    Role.PUPIL: AccountKind.PUPIL,
    Role.GUEST: AccountKind.GUEST,
}

TEACHERS = (Role.FOUNDER, Role.ADMIN, Role.TEACHER)
NON_TEACHERS = (Role.PUPIL_ADMIN, Role.PUPIL, Role.GUEST)


def row(
    founder: Outcome,
    admin: Outcome,
    teacher: Outcome,
    pupil_admin: Outcome,
    pupil: Outcome,
    guest: Outcome,
) -> dict[Role, Outcome]:
    """One row of DOMAIN.md's table, columns in its order."""
    return {
        Role.FOUNDER: founder,
        Role.ADMIN: admin,
        Role.TEACHER: teacher,
        Role.PUPIL_ADMIN: pupil_admin,
        Role.PUPIL: pupil,
        Role.GUEST: guest,
    }


def room(founder: Outcome, admin: Outcome, teacher: Outcome) -> dict[Role, Outcome]:
    """A room row: pupils and guests cannot be members of a room, so they get CONCEAL."""
    return row(founder, admin, teacher, C, C, C)


def group(owner: Outcome, moderator: Outcome, member: Outcome) -> dict[Role, Outcome]:
    """A group row (DOMAIN.md "Groups"): the owner holds the founder role, a moderator the
    admin role, a member the teacher role; pupils and guests are never members (CONCEAL)."""
    return row(owner, moderator, member, C, C, C)


# The situation each row is about, where the outcome depends on it (see ``table_target``):
# own post / own file; moderate and mute "a pupil" in a twinspace, "a teacher" in a room;
# invite a validated eTwinner as teacher; change a teacher to admin; remove a teacher;
# leave a space that has two founders; join a video session without a lobby.
# Space settings are the defaults: pupils may not create threads, may upload, no pre-moderation.
EXPECTED: dict[SpaceKind, dict[SpaceAction, dict[Role, Outcome]]] = {
    TWINSPACE: {
        #                               founder admin teacher pupil_admin pupil guest
        SpaceAction.SEE_SPACE:          row(A, A, A, A, A, A),
        SpaceAction.SEE_MEMBER_EMAILS:  row(A, A, A, D, D, D),
        SpaceAction.READ_FORUM:         row(A, A, A, A, A, A),
        SpaceAction.READ_TEACHERS_AREA: row(A, A, A, C, C, C),
        SpaceAction.POST_TEACHERS_AREA: row(A, A, A, C, C, C),
        SpaceAction.CREATE_THREAD:      row(A, A, A, A, D, D),
        SpaceAction.POST_REPLY:         row(A, A, A, A, A, A),
        SpaceAction.EDIT_OWN_POST:      row(A, A, A, A, A, A),
        SpaceAction.DELETE_OWN_POST:    row(A, A, A, A, A, A),
        SpaceAction.REPORT_POST:        row(A, A, A, A, A, A),
        SpaceAction.REACT_TO_POST:      row(A, A, A, A, A, A),  # a visible post, open thread
        SpaceAction.MODERATE_POST:      row(A, A, A, D, D, D),
        SpaceAction.PURGE_POST:         row(A, A, D, D, D, D),
        SpaceAction.MUTE_MEMBER:        row(A, A, A, D, D, D),
        SpaceAction.READ_ARCHIVE:       row(A, A, A, A, A, A),
        SpaceAction.UPLOAD_FILE:        row(A, A, A, A, A, D),
        SpaceAction.MANAGE_FILE:        row(A, A, A, A, A, D),
        SpaceAction.DELETE_FILE:        row(A, A, A, A, A, D),
        SpaceAction.PURGE_FILE:         row(A, A, D, D, D, D),
        SpaceAction.START_VIDEO:        row(A, A, A, D, D, D),
        SpaceAction.JOIN_VIDEO:         row(A, A, A, A, A, L),
        SpaceAction.MODERATE_VIDEO:     row(A, A, A, D, D, D),
        SpaceAction.OPEN_DATA_CHANNEL:  row(A, A, A, D, D, A),  # with a teacher
        SpaceAction.USE_VIDEO_CHANNEL:  row(A, A, A, A, A, A),  # holding a place
        SpaceAction.ENTER_CALL:         row(A, A, A, A, A, A),  # admitted, not in the lobby
        SpaceAction.SEND_AUDIO:         row(A, A, A, A, A, A),  # not force-muted
        SpaceAction.REMOVE_PARTICIPANT: row(A, A, A, D, D, D),  # another's place
        SpaceAction.INVITE_TEACHER:     row(A, A, D, D, D, D),
        SpaceAction.SEARCH_ETWINNERS:   row(A, A, D, D, D, D),
        SpaceAction.CHANGE_ROLE:        row(A, A, D, D, D, D),
        SpaceAction.REMOVE_MEMBER:      row(A, A, D, D, D, D),
        SpaceAction.LEAVE_SPACE:        row(A, A, A, D, D, A),
        SpaceAction.CREATE_PUPIL:       row(A, A, A, D, D, D),
        SpaceAction.MANAGE_PUPIL:       row(A, A, A, D, D, D),
        SpaceAction.ADD_PUPIL:          row(A, A, A, D, D, D),
        SpaceAction.INVITE_GUEST:       row(A, A, A, D, D, D),
        SpaceAction.READ_AUDIT_LOG:     row(A, A, D, D, D, D),
        SpaceAction.UPDATE_SETTINGS:    row(A, A, D, D, D, D),
        SpaceAction.ARCHIVE_SPACE:      row(A, D, D, D, D, D),
        SpaceAction.DELETE_SPACE:       row(A, D, D, D, D, D),
        SpaceAction.SEE_MODERATION:     row(A, A, A, D, D, D),
        SpaceAction.READ_HELD_POST:     row(A, A, A, C, C, C),  # a pupil's held post
        SpaceAction.READ_OWN_NOTICES:   row(A, A, A, A, A, A),
        SpaceAction.READ_SESSION_CHAT:  row(A, A, A, C, C, C),  # not in the session
        SpaceAction.EXPORT_PUPIL_DATA:  row(A, A, A, D, D, D),  # a pupil of the space
        SpaceAction.ERASE_PUPIL:        row(A, A, A, D, D, D),
        SpaceAction.BAN_MEMBER:         row(D, D, D, D, D, D),  # groups only
        SpaceAction.DECIDE_JOIN_REQUEST: row(D, D, D, D, D, D),
    },
    ROOM: {
        #                               founder admin teacher
        SpaceAction.SEE_SPACE:          room(A, A, A),
        SpaceAction.SEE_MEMBER_EMAILS:  room(A, A, A),
        SpaceAction.READ_FORUM:         room(A, A, A),
        SpaceAction.READ_TEACHERS_AREA: room(D, D, D),  # a room has no teachers-only area
        SpaceAction.POST_TEACHERS_AREA: room(D, D, D),
        SpaceAction.CREATE_THREAD:      room(A, A, A),
        SpaceAction.POST_REPLY:         room(A, A, A),
        SpaceAction.EDIT_OWN_POST:      room(A, A, A),
        SpaceAction.DELETE_OWN_POST:    room(A, A, A),
        SpaceAction.REPORT_POST:        room(A, A, A),
        SpaceAction.REACT_TO_POST:      room(A, A, A),
        SpaceAction.MODERATE_POST:      room(A, A, D),  # a teacher's post
        SpaceAction.PURGE_POST:         room(A, A, D),
        SpaceAction.MUTE_MEMBER:        room(A, A, D),  # a teacher
        SpaceAction.READ_ARCHIVE:       room(A, A, A),
        SpaceAction.UPLOAD_FILE:        room(A, A, A),
        SpaceAction.MANAGE_FILE:        room(A, A, A),
        SpaceAction.DELETE_FILE:        room(A, A, A),
        SpaceAction.PURGE_FILE:         room(A, A, D),
        SpaceAction.START_VIDEO:        room(A, A, A),
        SpaceAction.JOIN_VIDEO:         room(A, A, A),
        SpaceAction.MODERATE_VIDEO:     room(A, A, A),
        SpaceAction.OPEN_DATA_CHANNEL:  room(A, A, A),
        SpaceAction.USE_VIDEO_CHANNEL:  room(A, A, A),
        SpaceAction.ENTER_CALL:         room(A, A, A),
        SpaceAction.SEND_AUDIO:         room(A, A, A),
        SpaceAction.REMOVE_PARTICIPANT: room(A, A, A),
        SpaceAction.INVITE_TEACHER:     room(A, A, D),
        SpaceAction.SEARCH_ETWINNERS:   room(A, A, D),
        SpaceAction.CHANGE_ROLE:        room(A, A, D),
        SpaceAction.REMOVE_MEMBER:      room(A, A, D),
        SpaceAction.LEAVE_SPACE:        room(A, A, A),
        SpaceAction.CREATE_PUPIL:       room(D, D, D),  # never pupils in a room
        SpaceAction.MANAGE_PUPIL:       room(D, D, D),
        SpaceAction.ADD_PUPIL:          room(D, D, D),
        SpaceAction.INVITE_GUEST:       room(D, D, D),  # never guests in a room
        SpaceAction.READ_AUDIT_LOG:     room(A, A, D),
        SpaceAction.UPDATE_SETTINGS:    room(A, A, D),
        SpaceAction.ARCHIVE_SPACE:      room(A, D, D),
        SpaceAction.DELETE_SPACE:       room(A, D, D),
        SpaceAction.SEE_MODERATION:     room(A, A, A),
        SpaceAction.READ_HELD_POST:     room(A, A, C),  # a teacher's hidden post
        SpaceAction.READ_OWN_NOTICES:   room(A, A, A),
        SpaceAction.READ_SESSION_CHAT:  room(A, A, A),
        SpaceAction.EXPORT_PUPIL_DATA:  room(D, D, D),  # never pupils in a room
        SpaceAction.ERASE_PUPIL:        room(D, D, D),
        SpaceAction.BAN_MEMBER:         room(D, D, D),  # groups only
        SpaceAction.DECIDE_JOIN_REQUEST: room(D, D, D),
    },
    GROUP: {
        #                               owner moderator member
        SpaceAction.SEE_SPACE:          group(A, A, A),
        SpaceAction.SEE_MEMBER_EMAILS:  group(A, A, D),  # thousands of strangers
        SpaceAction.READ_FORUM:         group(A, A, A),
        SpaceAction.READ_TEACHERS_AREA: group(D, D, D),  # no teachers-only area
        SpaceAction.POST_TEACHERS_AREA: group(D, D, D),
        SpaceAction.CREATE_THREAD:      group(A, A, A),
        SpaceAction.POST_REPLY:         group(A, A, A),
        SpaceAction.EDIT_OWN_POST:      group(A, A, A),
        SpaceAction.DELETE_OWN_POST:    group(A, A, A),
        SpaceAction.REPORT_POST:        group(A, A, A),
        SpaceAction.REACT_TO_POST:      group(A, A, A),
        SpaceAction.MODERATE_POST:      group(A, A, D),  # a member's post
        SpaceAction.PURGE_POST:         group(A, A, D),
        SpaceAction.MUTE_MEMBER:        group(A, A, D),  # a member
        SpaceAction.READ_ARCHIVE:       group(A, A, A),
        SpaceAction.UPLOAD_FILE:        group(A, A, A),
        SpaceAction.MANAGE_FILE:        group(A, A, A),  # own file
        SpaceAction.DELETE_FILE:        group(A, A, A),  # own file
        SpaceAction.PURGE_FILE:         group(A, A, D),
        SpaceAction.START_VIDEO:        group(A, A, D),
        SpaceAction.JOIN_VIDEO:         group(A, A, A),
        SpaceAction.MODERATE_VIDEO:     group(A, A, D),
        SpaceAction.OPEN_DATA_CHANNEL:  group(A, A, A),
        SpaceAction.USE_VIDEO_CHANNEL:  group(A, A, A),
        SpaceAction.ENTER_CALL:         group(A, A, A),
        SpaceAction.SEND_AUDIO:         group(A, A, A),
        SpaceAction.REMOVE_PARTICIPANT: group(A, A, D),
        SpaceAction.INVITE_TEACHER:     group(D, D, D),  # in through the directory only
        SpaceAction.SEARCH_ETWINNERS:   group(D, D, D),
        SpaceAction.CHANGE_ROLE:        group(A, D, D),  # the owner appoints moderators
        SpaceAction.REMOVE_MEMBER:      group(A, A, D),  # a member
        SpaceAction.LEAVE_SPACE:        group(A, A, A),
        SpaceAction.CREATE_PUPIL:       group(D, D, D),  # never pupils in a group
        SpaceAction.MANAGE_PUPIL:       group(D, D, D),
        SpaceAction.ADD_PUPIL:          group(D, D, D),
        SpaceAction.INVITE_GUEST:       group(D, D, D),  # never guests in a group
        SpaceAction.READ_AUDIT_LOG:     group(A, A, D),
        SpaceAction.UPDATE_SETTINGS:    group(A, A, D),
        SpaceAction.ARCHIVE_SPACE:      group(A, D, D),
        SpaceAction.DELETE_SPACE:       group(A, D, D),
        SpaceAction.SEE_MODERATION:     group(A, A, D),
        SpaceAction.READ_HELD_POST:     group(A, A, C),  # a member's hidden post
        SpaceAction.READ_OWN_NOTICES:   group(A, A, A),
        SpaceAction.READ_SESSION_CHAT:  group(A, A, C),  # not in the session
        SpaceAction.EXPORT_PUPIL_DATA:  group(D, D, D),
        SpaceAction.ERASE_PUPIL:        group(D, D, D),
        SpaceAction.BAN_MEMBER:         group(A, A, D),  # a member
        SpaceAction.DECIDE_JOIN_REQUEST: group(A, A, D),
    },
}  # fmt: skip

#: The other member an action is about in the table: a pupil in a twinspace, a teacher in a room.
SUBJECT: dict[SpaceKind, Role] = {
    TWINSPACE: Role.PUPIL,
    ROOM: Role.TEACHER,
    GROUP: Role.TEACHER,  # a member
}

#: What changes nothing (DOMAIN.md: archived spaces stay readable, muted members read).
READS = frozenset(
    {
        SpaceAction.SEE_SPACE,
        SpaceAction.SEE_MEMBER_EMAILS,
        SpaceAction.READ_FORUM,
        SpaceAction.READ_TEACHERS_AREA,
        SpaceAction.READ_ARCHIVE,
        SpaceAction.READ_AUDIT_LOG,
        SpaceAction.SEE_MODERATION,
        SpaceAction.READ_HELD_POST,
        SpaceAction.READ_OWN_NOTICES,
        SpaceAction.READ_SESSION_CHAT,
        SpaceAction.USE_VIDEO_CHANNEL,
    }
)

#: What a muted member "cannot post or speak" covers: posting, editing, and the file archive.
SPEAKING = frozenset(
    {
        SpaceAction.POST_TEACHERS_AREA,
        SpaceAction.CREATE_THREAD,
        SpaceAction.POST_REPLY,
        SpaceAction.EDIT_OWN_POST,
        SpaceAction.REACT_TO_POST,  # a small word, but one
        SpaceAction.UPLOAD_FILE,
        SpaceAction.MANAGE_FILE,
        SpaceAction.OPEN_DATA_CHANNEL,  # a line to write on
    }
)

TEACHERS_AREA = (SpaceAction.READ_TEACHERS_AREA, SpaceAction.POST_TEACHERS_AREA)
#: Export and erasure of a pupil's data (issue 9): a teacher's, about a pupil of the space.
PUPIL_DATA = (SpaceAction.EXPORT_PUPIL_DATA, SpaceAction.ERASE_PUPIL)


def actor(role: Role, status: AccountStatus = AccountStatus.ACTIVE) -> Actor:
    return Actor(account_id=ME, kind=KIND_OF_ROLE[role], status=status)


def space(kind: SpaceKind = TWINSPACE, **settings: bool) -> SpaceFacts:
    return SpaceFacts(kind=kind, **settings)


def decide(
    role: Role,
    action: SpaceAction,
    target: Facts | None = None,
    *,
    kind: SpaceKind = TWINSPACE,
    muted: bool = False,
    **settings: bool,
) -> Outcome:
    """The outcome for an active member with ``role``, the usual way a route asks."""
    membership = MembershipFacts(role=role, muted=muted)
    return decide_space(actor(role), membership, space(kind, **settings), action, target).outcome


def post(
    author: AccountId | None,
    role: Role | None,
    *,
    teacher_acted: bool = False,
    thread_locked: bool = False,
    edit_window_passed: bool = False,
) -> PostFacts:
    """A post by ``author`` (with ``role`` here), as fresh and open as the keywords say."""
    return PostFacts(
        account_id=author,
        role=role,
        teacher_acted=teacher_acted,
        thread_locked=thread_locked,
        edit_window_passed=edit_window_passed,
    )


def person(account_id: AccountId | None, role: Role | None) -> PersonFacts:
    kind = KIND_OF_ROLE[role] if role else None
    return PersonFacts(account_id=account_id, account_kind=kind, role=role)


def member(account_id: AccountId | None, role: Role | None, founders: int = 1) -> MemberFacts:
    kind = KIND_OF_ROLE[role] if role else None
    return MemberFacts(account_id=account_id, account_kind=kind, role=role, founders=founders)


def join(*, lobby: bool = False, locked: bool = False, removed: bool = False) -> VideoJoinFacts:
    return VideoJoinFacts(has_lobby=lobby, locked=locked, removed=removed)


def table_target(action: SpaceAction, role: Role, kind: SpaceKind) -> Facts | None:
    """The situation the table row describes, for the actor with ``role`` (None: the rule
    reads the role and the space only)."""
    subject = SUBJECT[kind]
    targets: dict[SpaceAction, Facts] = {
        SpaceAction.POST_REPLY: post(OTHER, subject),
        SpaceAction.EDIT_OWN_POST: post(ME, role),
        SpaceAction.DELETE_OWN_POST: post(ME, role),
        SpaceAction.MODERATE_POST: post(OTHER, subject),
        SpaceAction.REACT_TO_POST: ReactionFacts(post_visible=True, thread_locked=False),
        SpaceAction.READ_HELD_POST: post(OTHER, subject),
        SpaceAction.MANAGE_FILE: FileFacts(account_id=ME, role=role),
        SpaceAction.DELETE_FILE: FileFacts(account_id=ME, role=role),
        SpaceAction.READ_OWN_NOTICES: NoticesFacts(account_id=ME),
        SpaceAction.MUTE_MEMBER: person(OTHER, subject),
        SpaceAction.INVITE_TEACHER: InviteFacts(
            account_kind=AccountKind.TEACHER,
            account_status=AccountStatus.ACTIVE,
            new_role=Role.TEACHER,
        ),
        SpaceAction.CHANGE_ROLE: member(OTHER, Role.TEACHER).given(Role.ADMIN),
        SpaceAction.REMOVE_MEMBER: member(OTHER, Role.TEACHER),
        SpaceAction.BAN_MEMBER: member(OTHER, Role.TEACHER),
        SpaceAction.LEAVE_SPACE: LeaveFacts(founders=2),
        SpaceAction.MANAGE_PUPIL: person(OTHER, Role.PUPIL),
        SpaceAction.EXPORT_PUPIL_DATA: person(OTHER, Role.PUPIL),
        SpaceAction.ERASE_PUPIL: person(OTHER, Role.PUPIL),
        SpaceAction.ADD_PUPIL: AddPupilFacts(
            account_kind=AccountKind.PUPIL, new_role=Role.PUPIL, teaches_pupil=True
        ),
        SpaceAction.JOIN_VIDEO: join(),
        SpaceAction.OPEN_DATA_CHANNEL: PeerFacts(role=Role.TEACHER),
        SpaceAction.READ_SESSION_CHAT: SessionPlaceFacts(participant=False),
        SpaceAction.USE_VIDEO_CHANNEL: SessionPlaceFacts(participant=True),
        SpaceAction.ENTER_CALL: ParticipantFacts(account_id=ME, in_lobby=False),
        SpaceAction.SEND_AUDIO: AudioFacts(force_muted=False, via=AudioVia.MICROPHONE),
        SpaceAction.REMOVE_PARTICIPANT: ParticipantFacts(account_id=OTHER, in_lobby=False),
    }
    return targets.get(action)


def table_cases() -> Iterator[object]:
    for kind, table in EXPECTED.items():
        for action, expected_row in table.items():
            for role, expected in expected_row.items():
                yield pytest.param(kind, role, action, expected, id=f"{kind}-{role}-{action}")


# -- the table ------------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "role", "action", "expected"), list(table_cases()))
def test_role_table(kind: SpaceKind, role: Role, action: SpaceAction, expected: Outcome) -> None:
    target = table_target(action, role, kind)
    assert decide(role, action, target, kind=kind) is expected


@pytest.mark.parametrize("kind", list(SpaceKind), ids=str)
def test_every_space_action_has_a_table_row(kind: SpaceKind) -> None:
    assert set(EXPECTED[kind]) == set(SpaceAction)
    for action, expected_row in EXPECTED[kind].items():
        assert set(expected_row) == set(Role), action


@pytest.mark.parametrize("kind", [ROOM, GROUP], ids=str)
def test_pupils_and_guests_cannot_be_members_of_a_room_or_group(kind: SpaceKind) -> None:
    for action in SpaceAction:
        for role in NON_TEACHERS:
            assert EXPECTED[kind][action][role] is C


def test_roles_for_matches_the_rule_book() -> None:
    teacher_roles = frozenset(TEACHERS)
    pupil_roles = frozenset({Role.PUPIL_ADMIN, Role.PUPIL})
    expected = {
        (AccountKind.TEACHER, TWINSPACE): teacher_roles,
        (AccountKind.TEACHER, ROOM): teacher_roles,
        (AccountKind.PUPIL, TWINSPACE): pupil_roles,
        (AccountKind.PUPIL, ROOM): frozenset(),
        (AccountKind.GUEST, TWINSPACE): frozenset({Role.GUEST}),
        (AccountKind.GUEST, ROOM): frozenset(),
        (AccountKind.NATIONAL_ADMIN, TWINSPACE): frozenset(),
        (AccountKind.NATIONAL_ADMIN, ROOM): frozenset(),
        (AccountKind.TEACHER, GROUP): teacher_roles,
        (AccountKind.PUPIL, GROUP): frozenset(),
        (AccountKind.GUEST, GROUP): frozenset(),
        (AccountKind.NATIONAL_ADMIN, GROUP): frozenset(),
    }
    assert expected == ROLES_FOR


# -- no existence leak ----------------------------------------------------------------------


def every_action_in_both_kinds() -> Iterator[object]:
    for kind in SpaceKind:
        for action in SpaceAction:
            yield pytest.param(kind, action, id=f"{kind}-{action}")


@pytest.mark.parametrize(("kind", "action"), list(every_action_in_both_kinds()))
def test_non_member_gets_conceal_for_every_action(kind: SpaceKind, action: SpaceAction) -> None:
    for account_kind in AccountKind:
        someone = Actor(account_id=ME, kind=account_kind, status=AccountStatus.ACTIVE)
        facts = table_target(action, Role.FOUNDER, kind)
        assert decide_space(someone, None, space(kind), action, facts).outcome is C


@pytest.mark.parametrize("action", list(SpaceAction), ids=str)
def test_missing_space_gets_conceal(action: SpaceAction) -> None:
    founder = MembershipFacts(role=Role.FOUNDER)
    facts = table_target(action, Role.FOUNDER, TWINSPACE)
    assert decide_space(actor(Role.FOUNDER), founder, None, action, facts).outcome is C
    assert decide_space(actor(Role.FOUNDER), None, None, action, facts).outcome is C


@pytest.mark.parametrize(
    "status",
    [AccountStatus.PENDING, AccountStatus.REJECTED, AccountStatus.SUSPENDED, AccountStatus.ERASED],
    ids=str,
)
@pytest.mark.parametrize("role", list(Role), ids=str)
def test_inactive_account_gets_conceal_everywhere(role: Role, status: AccountStatus) -> None:
    membership = MembershipFacts(role=role)
    for action in SpaceAction:
        facts = table_target(action, role, TWINSPACE)
        decision = decide_space(actor(role, status), membership, space(), action, facts)
        assert decision.outcome is C, action


def broken_memberships() -> Iterator[object]:
    for account_kind in AccountKind:
        for kind in SpaceKind:
            for role in Role:
                if role not in ROLES_FOR[(account_kind, kind)]:
                    yield pytest.param(account_kind, kind, role, id=f"{account_kind}-{kind}-{role}")


@pytest.mark.parametrize(("account_kind", "kind", "role"), list(broken_memberships()))
def test_membership_that_breaks_roles_for_grants_nothing(
    account_kind: AccountKind, kind: SpaceKind, role: Role
) -> None:
    someone = Actor(account_id=ME, kind=account_kind, status=AccountStatus.ACTIVE)
    for action in SpaceAction:
        facts = table_target(action, role, kind)
        decision = decide_space(someone, MembershipFacts(role=role), space(kind), action, facts)
        assert decision.outcome is C, action


def test_pupil_cannot_read_teachers_area() -> None:
    assert decide(Role.PUPIL, SpaceAction.READ_TEACHERS_AREA) is C
    assert decide(Role.PUPIL_ADMIN, SpaceAction.READ_TEACHERS_AREA) is C


def test_guest_cannot_read_teachers_area() -> None:
    assert decide(Role.GUEST, SpaceAction.READ_TEACHERS_AREA) is C


def test_room_has_no_teachers_area() -> None:
    for role in TEACHERS:
        for action in TEACHERS_AREA:
            assert decide(role, action, kind=ROOM) is D


def test_pupils_and_guests_never_see_emails() -> None:
    for role in NON_TEACHERS:
        assert decide(role, SpaceAction.SEE_MEMBER_EMAILS) is D


# -- archived and muted ---------------------------------------------------------------------


def archived_cases() -> Iterator[object]:
    for kind, table in EXPECTED.items():
        for action, expected_row in table.items():
            for role, live in expected_row.items():
                if live is C or action in READS:
                    expected = live  # concealed stays concealed; reading stays allowed
                elif action in (SpaceAction.ARCHIVE_SPACE, SpaceAction.DELETE_SPACE):
                    expected = live  # the founder unarchives or deletes
                elif action in PUPIL_DATA or action is SpaceAction.MANAGE_PUPIL:
                    expected = live  # export and erase hold everywhere (DOMAIN.md)
                else:
                    expected = D
                ident = f"{kind}-{role}-{action}"
                yield pytest.param(kind, role, action, expected, id=ident)


@pytest.mark.parametrize(("kind", "role", "action", "expected"), list(archived_cases()))
def test_archived_space_is_read_only(
    kind: SpaceKind, role: Role, action: SpaceAction, expected: Outcome
) -> None:
    target = table_target(action, role, kind)
    assert decide(role, action, target, kind=kind, archived=True) is expected


def test_founder_can_unarchive_and_delete_archived_space() -> None:
    for kind in SpaceKind:
        assert decide(Role.FOUNDER, SpaceAction.ARCHIVE_SPACE, kind=kind, archived=True) is A
        assert decide(Role.FOUNDER, SpaceAction.DELETE_SPACE, kind=kind, archived=True) is A
        assert decide(Role.ADMIN, SpaceAction.ARCHIVE_SPACE, kind=kind, archived=True) is D


VIDEO_ACTIONS = (SpaceAction.START_VIDEO, SpaceAction.JOIN_VIDEO, SpaceAction.MODERATE_VIDEO)
#: Every situation a join is asked in: already inside, a lobby, a locked session, removed.
JOIN_SITUATIONS = (
    join(),
    join(lobby=True),
    join(locked=True),
    join(lobby=True, locked=True),
    join(removed=True),
)


@pytest.mark.parametrize("action", VIDEO_ACTIONS)
@pytest.mark.parametrize("kind", list(SpaceKind))
def test_no_video_is_started_joined_or_moderated_in_an_archived_space(
    kind: SpaceKind, action: SpaceAction
) -> None:
    # An archive ends the space's sessions (server/services/video/space_end.py); the policy keeps
    # everyone, founders included, from starting, entering or moderating one afterwards.
    for role in (r for r in Role if r in ROLES_FOR[(KIND_OF_ROLE[r], kind)]):
        for situation in JOIN_SITUATIONS:
            target = situation if action is SpaceAction.JOIN_VIDEO else None
            membership = MembershipFacts(role=role)
            decision = decide_space(
                actor(role), membership, space(kind, archived=True), action, target
            )
            assert decision == Decision(D, "the space is archived and read-only"), (role, target)


def muted_cases() -> Iterator[object]:
    for kind, table in EXPECTED.items():
        for action, expected_row in table.items():
            for role, live in expected_row.items():
                expected = D if action in SPEAKING and live is not C else live
                ident = f"{kind}-{role}-{action}"
                yield pytest.param(kind, role, action, expected, id=ident)


@pytest.mark.parametrize(("kind", "role", "action", "expected"), list(muted_cases()))
def test_muted_member_reads_but_cannot_post_or_upload(
    kind: SpaceKind, role: Role, action: SpaceAction, expected: Outcome
) -> None:
    target = table_target(action, role, kind)
    assert decide(role, action, target, kind=kind, muted=True) is expected


def test_pupil_gets_conceal_for_teachers_area_in_archived_space() -> None:
    assert decide(Role.PUPIL, SpaceAction.POST_TEACHERS_AREA, archived=True) is C


def test_teacher_can_export_and_erase_pupil_in_archived_space() -> None:
    pupil = person(OTHER, Role.PUPIL)
    assert decide(Role.TEACHER, SpaceAction.MANAGE_PUPIL, pupil, archived=True) is A


# -- forums ---------------------------------------------------------------------------------


def test_pupil_creates_threads_only_if_the_space_allows() -> None:
    assert decide(Role.PUPIL, SpaceAction.CREATE_THREAD, pupils_may_create_threads=False) is D
    assert decide(Role.PUPIL, SpaceAction.CREATE_THREAD, pupils_may_create_threads=True) is A


def test_guest_never_creates_threads() -> None:
    assert decide(Role.GUEST, SpaceAction.CREATE_THREAD, pupils_may_create_threads=True) is D


@pytest.mark.parametrize("action", [SpaceAction.CREATE_THREAD, SpaceAction.POST_REPLY], ids=str)
def test_premoderated_pupil_posts_are_held(action: SpaceAction) -> None:
    def premoderated(role: Role) -> Outcome:
        thread = post(OTHER, Role.TEACHER) if action is SpaceAction.POST_REPLY else None
        return decide(role, action, thread, pupils_may_create_threads=True, premoderate_pupils=True)

    assert premoderated(Role.PUPIL) is H
    for role in (*TEACHERS, Role.PUPIL_ADMIN):
        assert premoderated(role) is A, role
    if action is SpaceAction.POST_REPLY:
        assert premoderated(Role.GUEST) is A


@pytest.mark.parametrize("action", [SpaceAction.EDIT_OWN_POST, SpaceAction.DELETE_OWN_POST])
@pytest.mark.parametrize("role", list(Role), ids=str)
def test_only_the_author_edits_or_deletes_a_post(role: Role, action: SpaceAction) -> None:
    someone_elses = post(OTHER, Role.PUPIL)
    assert decide(role, action, someone_elses) is D
    assert decide(role, action, post(ME, role)) is A


@pytest.mark.parametrize("action", [SpaceAction.EDIT_OWN_POST, SpaceAction.DELETE_OWN_POST])
@pytest.mark.parametrize("role", list(Role), ids=str)
def test_pupil_edits_own_post_only_until_a_teacher_acted(role: Role, action: SpaceAction) -> None:
    acted_on = post(ME, role, teacher_acted=True)
    assert decide(role, action, acted_on) is (D if role is Role.PUPIL else A)


def moderation_cases() -> Iterator[object]:
    owners: list[Role | None] = [*Role, None]
    for role in Role:
        for owner in owners:
            if role in (Role.FOUNDER, Role.ADMIN):
                expected = A  # everyone's, a former member's too
            elif role is Role.TEACHER:
                expected = A if owner in NON_TEACHERS else D  # pupils' and guests'
            else:
                expected = D
            yield pytest.param(role, owner, expected, id=f"{role}-on-{owner or 'former_member'}")


@pytest.mark.parametrize(("role", "owner", "expected"), list(moderation_cases()))
def test_moderate_post_admins_everyones_teachers_pupils_and_guests(
    role: Role, owner: Role | None, expected: Outcome
) -> None:
    assert decide(role, SpaceAction.MODERATE_POST, post(OTHER, owner)) is expected


def test_teacher_cannot_moderate_own_post() -> None:
    own = post(ME, Role.TEACHER)
    assert decide(Role.TEACHER, SpaceAction.MODERATE_POST, own) is D


@pytest.mark.parametrize("action", [SpaceAction.PURGE_POST, SpaceAction.PURGE_FILE], ids=str)
def test_only_teacher_admins_purge(action: SpaceAction) -> None:
    for role in Role:
        expected = A if role in (Role.FOUNDER, Role.ADMIN) else D
        # Whose post or file it is does not matter: the purge is given no facts about it.
        assert decide(role, action) is expected


# -- muting ---------------------------------------------------------------------------------


def mute_cases() -> Iterator[object]:
    members: list[Role | None] = [*Role, None]
    for role in Role:
        for subject in members:
            if subject is None:
                expected = D  # not a member: nothing to mute
            elif role in (Role.FOUNDER, Role.ADMIN):
                expected = D if subject is Role.FOUNDER else A  # anyone but a founder
            elif role is Role.TEACHER:
                expected = A if subject in NON_TEACHERS else D  # pupils and guests
            else:
                expected = D
            yield pytest.param(role, subject, expected, id=f"{role}-mutes-{subject or 'nobody'}")


@pytest.mark.parametrize(("role", "subject", "expected"), list(mute_cases()))
def test_mute_admins_anyone_but_a_founder_teachers_pupils_and_guests(
    role: Role, subject: Role | None, expected: Outcome
) -> None:
    assert decide(role, SpaceAction.MUTE_MEMBER, person(OTHER, subject)) is expected


@pytest.mark.parametrize("role", list(Role), ids=str)
def test_nobody_mutes_themselves(role: Role) -> None:
    assert decide(role, SpaceAction.MUTE_MEMBER, person(ME, role)) is D


def test_pupil_can_never_mute_remove_admit_or_invite() -> None:
    for role in (Role.PUPIL_ADMIN, Role.PUPIL):
        for subject in Role:
            assert decide(role, SpaceAction.MUTE_MEMBER, person(OTHER, subject)) is D
            assert decide(role, SpaceAction.REMOVE_MEMBER, member(OTHER, subject)) is D
        for action in (
            SpaceAction.MODERATE_VIDEO,
            SpaceAction.REMOVE_PARTICIPANT,
            SpaceAction.INVITE_TEACHER,
            SpaceAction.SEARCH_ETWINNERS,
            SpaceAction.INVITE_GUEST,
            SpaceAction.CREATE_PUPIL,
            SpaceAction.CHANGE_ROLE,
        ):
            assert decide(role, action, table_target(action, role, TWINSPACE)) is D


@pytest.mark.parametrize("role", list(Role), ids=str)
@pytest.mark.parametrize("peer", list(Role), ids=str)
def test_no_data_channel_has_a_pupil_at_either_end(role: Role, peer: Role) -> None:
    # A data channel in a mesh is a direct line no teacher reads (DOMAIN.md: every word a
    # pupil writes is visible to a teacher).
    outcome = decide(role, SpaceAction.OPEN_DATA_CHANNEL, PeerFacts(role=peer))
    pupil_end = role in PUPIL_ROLES or peer in PUPIL_ROLES
    assert outcome is (D if pupil_end else A)


def test_a_data_channel_to_someone_unknown_is_refused() -> None:
    assert decide(Role.FOUNDER, SpaceAction.OPEN_DATA_CHANNEL, PeerFacts(role=None)) is D


def test_a_muted_member_opens_no_data_channel() -> None:
    target = PeerFacts(role=Role.TEACHER)
    assert decide(Role.GUEST, SpaceAction.OPEN_DATA_CHANNEL, target, muted=True) is D


@pytest.mark.parametrize("kind", list(SpaceKind), ids=str)
@pytest.mark.parametrize("role", list(Role), ids=str)
def test_video_moderators_are_whom_moderate_video_allows(role: Role, kind: SpaceKind) -> None:
    allowed = decide(role, SpaceAction.MODERATE_VIDEO, kind=kind) is A
    assert moderates_video(role, kind) is allowed


# -- files ----------------------------------------------------------------------------------


def test_pupil_uploads_only_if_the_space_allows() -> None:
    assert decide(Role.PUPIL, SpaceAction.UPLOAD_FILE, pupils_may_upload=False) is D
    assert decide(Role.PUPIL, SpaceAction.UPLOAD_FILE, pupils_may_upload=True) is A
    for role in (*TEACHERS, Role.PUPIL_ADMIN):
        assert decide(role, SpaceAction.UPLOAD_FILE, pupils_may_upload=False) is A


def test_guest_never_uploads() -> None:
    assert decide(Role.GUEST, SpaceAction.UPLOAD_FILE) is D


def file_cases() -> Iterator[object]:
    owners: list[Role | None] = [*Role, None]
    for role in Role:
        for owner in owners:
            if role in (Role.FOUNDER, Role.ADMIN):
                expected = A  # any
            elif role is Role.TEACHER:
                expected = A if owner in (Role.PUPIL_ADMIN, Role.PUPIL) else D  # pupils'
            else:
                expected = D  # own only, and guests none
            yield pytest.param(role, owner, expected, id=f"{role}-on-{owner or 'former_member'}")


@pytest.mark.parametrize(("role", "owner", "expected"), list(file_cases()))
def test_delete_file_admin_any_teacher_pupils_others_own(
    role: Role, owner: Role | None, expected: Outcome
) -> None:
    file = FileFacts(account_id=OTHER, role=owner)
    assert decide(role, SpaceAction.DELETE_FILE, file) is expected


@pytest.mark.parametrize("role", list(Role), ids=str)
def test_delete_own_file_everyone_but_guests(role: Role) -> None:
    own = FileFacts(account_id=ME, role=role)
    assert decide(role, SpaceAction.DELETE_FILE, own) is (D if role is Role.GUEST else A)


@pytest.mark.parametrize("role", list(Role), ids=str)
def test_manage_file_teachers_any_pupils_only_their_own(role: Role) -> None:
    someone_elses = FileFacts(account_id=OTHER, role=Role.TEACHER)
    assert decide(role, SpaceAction.MANAGE_FILE, someone_elses) is (A if role in TEACHERS else D)


def test_pupil_manages_own_file_only_if_uploads_allowed() -> None:
    own = FileFacts(account_id=ME, role=Role.PUPIL)
    assert decide(Role.PUPIL, SpaceAction.MANAGE_FILE, own, pupils_may_upload=False) is D
    assert decide(Role.PUPIL, SpaceAction.MANAGE_FILE, own, pupils_may_upload=True) is A


# -- video ----------------------------------------------------------------------------------


@pytest.mark.parametrize("lobby", [False, True], ids=["no_lobby", "lobby"])
@pytest.mark.parametrize("role", list(Role), ids=str)
def test_join_video_pupils_through_the_lobby_if_any_guests_always(role: Role, lobby: bool) -> None:
    if role in TEACHERS:
        expected = A
    elif role is Role.GUEST:
        expected = L
    else:
        expected = L if lobby else A
    assert decide(role, SpaceAction.JOIN_VIDEO, join(lobby=lobby)) is expected


def test_teachers_join_room_video_directly_even_with_a_lobby() -> None:
    for role in TEACHERS:
        assert decide(role, SpaceAction.JOIN_VIDEO, join(lobby=True), kind=ROOM) is A


@pytest.mark.parametrize("lobby", [False, True], ids=["no_lobby", "lobby"])
@pytest.mark.parametrize("role", list(Role), ids=str)
def test_locked_video_session_lets_only_teachers_in(role: Role, lobby: bool) -> None:
    locked = join(lobby=lobby, locked=True)
    assert decide(role, SpaceAction.JOIN_VIDEO, locked) is (A if role in TEACHERS else D)


# -- membership: invitations, roles, removal, leaving ---------------------------------------


def invitee(
    kind: AccountKind = AccountKind.TEACHER,
    status: AccountStatus = AccountStatus.ACTIVE,
    new_role: Role = Role.TEACHER,
) -> InviteFacts:
    return InviteFacts(account_kind=kind, account_status=status, new_role=new_role)


@pytest.mark.parametrize("kind", [TWINSPACE, ROOM], ids=str)
def test_only_validated_teachers_are_invited_as_teachers(kind: SpaceKind) -> None:
    assert decide(Role.ADMIN, SpaceAction.INVITE_TEACHER, invitee(), kind=kind) is A
    for status in (AccountStatus.PENDING, AccountStatus.REJECTED, AccountStatus.SUSPENDED):
        pending = invitee(status=status)
        assert decide(Role.ADMIN, SpaceAction.INVITE_TEACHER, pending, kind=kind) is D
    for account_kind in (AccountKind.PUPIL, AccountKind.GUEST, AccountKind.NATIONAL_ADMIN):
        not_a_teacher = invitee(kind=account_kind)
        assert decide(Role.ADMIN, SpaceAction.INVITE_TEACHER, not_a_teacher, kind=kind) is D


def test_nobody_is_invited_into_a_group() -> None:
    """Into a group through the directory only, where bans and join requests are decided."""
    for role in TEACHERS:
        assert decide(role, SpaceAction.INVITE_TEACHER, invitee(), kind=GROUP) is D


def test_invited_teacher_role_must_be_a_teacher_role() -> None:
    for new_role in NON_TEACHERS:
        assert decide(Role.FOUNDER, SpaceAction.INVITE_TEACHER, invitee(new_role=new_role)) is D


def test_only_founders_invite_founders() -> None:
    as_founder = invitee(new_role=Role.FOUNDER)
    assert decide(Role.FOUNDER, SpaceAction.INVITE_TEACHER, as_founder) is A
    assert decide(Role.ADMIN, SpaceAction.INVITE_TEACHER, as_founder) is D


def role_change(
    role: Role,
    new_role: Role,
    *,
    kind: AccountKind | None = None,
    founders: int = 2,
    me: bool = False,
) -> RoleChangeFacts:
    return RoleChangeFacts(
        account_id=ME if me else OTHER,
        account_kind=KIND_OF_ROLE[role],
        role=role,
        new_role=new_role,
        founders=founders,
    )


CHANGE_ROLE_CASES = [
    # (actor role, target, expected, id)
    (Role.ADMIN, role_change(Role.TEACHER, Role.ADMIN), A, "admin-promotes-teacher"),
    (Role.ADMIN, role_change(Role.ADMIN, Role.TEACHER), A, "admin-demotes-admin"),
    (Role.ADMIN, role_change(Role.PUPIL, Role.PUPIL_ADMIN), A, "admin-promotes-pupil"),
    (Role.TEACHER, role_change(Role.PUPIL, Role.PUPIL_ADMIN), D, "teacher-promotes-pupil"),
    (Role.PUPIL_ADMIN, role_change(Role.PUPIL, Role.PUPIL_ADMIN), D, "pupil_admin-promotes"),
    (Role.ADMIN, role_change(Role.TEACHER, Role.FOUNDER), D, "admin-makes-founder"),
    (Role.FOUNDER, role_change(Role.TEACHER, Role.FOUNDER), A, "founder-makes-founder"),
    (Role.ADMIN, role_change(Role.FOUNDER, Role.ADMIN), D, "admin-demotes-founder"),
    (Role.FOUNDER, role_change(Role.FOUNDER, Role.ADMIN), A, "founder-demotes-cofounder"),
    (
        Role.FOUNDER,
        role_change(Role.FOUNDER, Role.ADMIN, founders=1, me=True),
        D,
        "last-founder-steps-down",
    ),
    (
        Role.FOUNDER,
        role_change(Role.FOUNDER, Role.ADMIN, founders=2, me=True),
        A,
        "founder-steps-down-leaving-a-founder",
    ),
    (Role.ADMIN, role_change(Role.PUPIL, Role.TEACHER), D, "pupil-made-teacher"),
    (Role.ADMIN, role_change(Role.PUPIL, Role.GUEST), D, "pupil-made-guest"),
    (Role.ADMIN, role_change(Role.GUEST, Role.PUPIL), D, "guest-made-pupil"),
    (Role.ADMIN, role_change(Role.TEACHER, Role.PUPIL_ADMIN), D, "teacher-made-pupil_admin"),
]


@pytest.mark.parametrize(
    ("role", "target", "expected"),
    [pytest.param(r, t, e, id=i) for r, t, e, i in CHANGE_ROLE_CASES],
)
def test_change_role_founders_by_founders_and_role_fits_account(
    role: Role, target: RoleChangeFacts, expected: Outcome
) -> None:
    assert decide(role, SpaceAction.CHANGE_ROLE, target) is expected


def test_change_role_in_room_keeps_teacher_roles() -> None:
    to_admin = role_change(Role.TEACHER, Role.ADMIN)
    assert decide(Role.ADMIN, SpaceAction.CHANGE_ROLE, to_admin, kind=ROOM) is A


def test_change_role_of_a_non_member_is_denied() -> None:
    stranger = RoleChangeFacts(
        account_id=OTHER,
        account_kind=AccountKind.TEACHER,
        role=None,
        founders=1,
        new_role=Role.ADMIN,
    )
    assert decide(Role.FOUNDER, SpaceAction.CHANGE_ROLE, stranger) is D


def removal(role: Role | None, founders: int = 2, me: bool = False) -> MemberFacts:
    return member(ME if me else OTHER, role, founders=founders)


def remove_cases() -> Iterator[object]:
    for role in Role:
        for subject in Role:
            if subject in NON_TEACHERS:
                expected = A if role in TEACHERS else D  # teachers remove pupils and guests
            elif subject is Role.FOUNDER:
                expected = A if role is Role.FOUNDER else D  # founders only
            else:
                expected = A if role in (Role.FOUNDER, Role.ADMIN) else D  # teacher admins
            yield pytest.param(role, subject, expected, id=f"{role}-removes-{subject}")


@pytest.mark.parametrize(("role", "subject", "expected"), list(remove_cases()))
def test_remove_member_by_role(role: Role, subject: Role, expected: Outcome) -> None:
    assert decide(role, SpaceAction.REMOVE_MEMBER, removal(subject)) is expected


def test_last_founder_cannot_be_removed() -> None:
    assert decide(Role.FOUNDER, SpaceAction.REMOVE_MEMBER, removal(Role.FOUNDER, founders=1)) is D


@pytest.mark.parametrize("role", list(Role), ids=str)
def test_members_cannot_remove_themselves(role: Role) -> None:
    assert decide(role, SpaceAction.REMOVE_MEMBER, removal(role, me=True)) is D


def test_remove_non_member_is_denied() -> None:
    assert decide(Role.FOUNDER, SpaceAction.REMOVE_MEMBER, removal(None)) is D


@pytest.mark.parametrize("role", list(Role), ids=str)
def test_leave_space_pupils_cannot_last_founder_cannot(role: Role) -> None:
    for founders in (1, 2):
        if role in (Role.PUPIL_ADMIN, Role.PUPIL):
            expected = D  # their teacher removes them
        elif role is Role.FOUNDER and founders == 1:
            expected = D
        else:
            expected = A
        assert decide(role, SpaceAction.LEAVE_SPACE, LeaveFacts(founders=founders)) is expected


def test_teacher_manages_only_pupils_of_the_space() -> None:
    for subject in Role:
        expected = A if subject in (Role.PUPIL_ADMIN, Role.PUPIL) else D
        assert decide(Role.TEACHER, SpaceAction.MANAGE_PUPIL, person(OTHER, subject)) is expected


# -- account actions ------------------------------------------------------------------------

FR, DE = "FR", "DE"


def account(
    kind: AccountKind, status: AccountStatus = AccountStatus.ACTIVE, country: str | None = FR
) -> Actor:
    return Actor(account_id=ME, kind=kind, status=status, country=country)


ACCOUNT_ACTORS: dict[str, Actor] = {
    "pending_teacher": account(AccountKind.TEACHER, AccountStatus.PENDING),
    "etwinner": account(AccountKind.TEACHER),
    "pupil": account(AccountKind.PUPIL),
    "guest": account(AccountKind.GUEST),
    "national_admin": account(AccountKind.NATIONAL_ADMIN),
}

#: A pending teacher of the national admin's own country, the usual subject of account actions.
OWN_COUNTRY_PENDING = AccountFacts(account_kind=AccountKind.TEACHER, account_country=FR)

ACCOUNT_TABLE: dict[AccountAction, dict[str, Outcome]] = {
    #                                  pending etwinner pupil guest national_admin
    AccountAction.EDIT_OWN_PROFILE:      dict(zip(ACCOUNT_ACTORS, (A, A, D, A, A), strict=True)),
    AccountAction.SET_OWN_SCHOOL:        dict(zip(ACCOUNT_ACTORS, (A, A, D, D, D), strict=True)),
    AccountAction.SET_OWN_LANGUAGE:      dict(zip(ACCOUNT_ACTORS, (A, A, A, A, A), strict=True)),
    AccountAction.CREATE_SPACE:          dict(zip(ACCOUNT_ACTORS, (D, A, D, D, D), strict=True)),
    AccountAction.LIST_PENDING_TEACHERS: dict(zip(ACCOUNT_ACTORS, (D, D, D, D, A), strict=True)),
    AccountAction.VALIDATE_TEACHER:      dict(zip(ACCOUNT_ACTORS, (D, D, D, D, A), strict=True)),
    AccountAction.SUSPEND_ACCOUNT:       dict(zip(ACCOUNT_ACTORS, (D, D, D, D, A), strict=True)),
    AccountAction.SEARCH_ACCOUNTS:       dict(zip(ACCOUNT_ACTORS, (D, D, D, D, A), strict=True)),
    AccountAction.CHANGE_OWN_PASSWORD:   dict(zip(ACCOUNT_ACTORS, (A, A, D, A, A), strict=True)),
    AccountAction.END_OWN_SESSIONS:      dict(zip(ACCOUNT_ACTORS, (A, A, A, A, A), strict=True)),
    AccountAction.APPOINT_GROUP_MODERATOR: dict(zip(ACCOUNT_ACTORS, (D, D, D, D, A), strict=True)),
}  # fmt: skip


def account_cases() -> Iterator[object]:
    for action, expected_row in ACCOUNT_TABLE.items():
        for name, expected in expected_row.items():
            yield pytest.param(name, action, expected, id=f"{name}-{action}")


@pytest.mark.parametrize(("name", "action", "expected"), list(account_cases()))
def test_account_table(name: str, action: AccountAction, expected: Outcome) -> None:
    assert decide_account(ACCOUNT_ACTORS[name], action, OWN_COUNTRY_PENDING).outcome is expected


def test_every_account_action_has_a_table_row() -> None:
    assert set(ACCOUNT_TABLE) == set(AccountAction)


#: What a pending teacher may do: look after their own account, nothing else.
OWN_ACCOUNT_ACTIONS = {
    AccountAction.EDIT_OWN_PROFILE,
    AccountAction.SET_OWN_SCHOOL,
    AccountAction.SET_OWN_LANGUAGE,
    AccountAction.CHANGE_OWN_PASSWORD,
    AccountAction.END_OWN_SESSIONS,
}


def test_pending_teacher_may_only_look_after_own_account() -> None:
    pending = ACCOUNT_ACTORS["pending_teacher"]
    for action in AccountAction:
        expected = A if action in OWN_ACCOUNT_ACTIONS else D
        assert decide_account(pending, action).outcome is expected, action


def test_pupil_cannot_change_a_password_but_may_sign_out_everywhere() -> None:
    pupil = ACCOUNT_ACTORS["pupil"]
    assert decide_account(pupil, AccountAction.CHANGE_OWN_PASSWORD).outcome is D
    assert decide_account(pupil, AccountAction.END_OWN_SESSIONS).outcome is A


def test_pupil_cannot_edit_own_profile() -> None:
    assert decide_account(ACCOUNT_ACTORS["pupil"], AccountAction.EDIT_OWN_PROFILE).outcome is D


@pytest.mark.parametrize(
    "status", [AccountStatus.REJECTED, AccountStatus.SUSPENDED, AccountStatus.ERASED], ids=str
)
@pytest.mark.parametrize("kind", list(AccountKind), ids=str)
def test_rejected_or_suspended_account_does_nothing(
    kind: AccountKind, status: AccountStatus
) -> None:
    for action in AccountAction:
        outcome = decide_account(account(kind, status), action, OWN_COUNTRY_PENDING).outcome
        assert outcome is D, action


@pytest.mark.parametrize(
    "action", [AccountAction.VALIDATE_TEACHER, AccountAction.SUSPEND_ACCOUNT], ids=str
)
def test_national_admin_acts_only_on_own_country(action: AccountAction) -> None:
    admin = ACCOUNT_ACTORS["national_admin"]
    foreign = AccountFacts(account_kind=AccountKind.TEACHER, account_country=DE)
    assert decide_account(admin, action, OWN_COUNTRY_PENDING).outcome is A
    assert decide_account(admin, action, foreign).outcome is C
    assert decide_account(admin, action, None).outcome is C  # no such account


def test_national_admin_validates_only_teachers() -> None:
    admin = ACCOUNT_ACTORS["national_admin"]
    for kind in (AccountKind.PUPIL, AccountKind.GUEST, AccountKind.NATIONAL_ADMIN):
        target = AccountFacts(account_kind=kind, account_country=FR)
        assert decide_account(admin, AccountAction.VALIDATE_TEACHER, target).outcome is D


def test_national_admin_cannot_suspend_national_admins() -> None:
    admin = ACCOUNT_ACTORS["national_admin"]
    target = AccountFacts(account_kind=AccountKind.NATIONAL_ADMIN, account_country=FR)
    assert decide_account(admin, AccountAction.SUSPEND_ACCOUNT, target).outcome is D


@pytest.mark.parametrize("status", list(AccountStatus), ids=str)
def test_the_policy_leaves_a_teachers_status_to_the_service(status: AccountStatus) -> None:
    """Who may validate: the national admin of the country, whatever the status; a status
    that does not allow it is a state conflict the service refuses (409, not 403)."""
    admin = ACCOUNT_ACTORS["national_admin"]
    # The account's status is not even among the facts the policy is given.
    assert AccountFacts.__dataclass_fields__.keys() == {"account_kind", "account_country"}
    target = AccountFacts(account_kind=AccountKind.TEACHER, account_country=FR)
    assert decide_account(admin, AccountAction.VALIDATE_TEACHER, target).outcome is A


def test_teacher_adds_only_pupils_they_teach_and_others_stay_unknown() -> None:
    theirs = AddPupilFacts(account_kind=AccountKind.PUPIL, new_role=Role.PUPIL, teaches_pupil=False)
    assert decide(Role.TEACHER, SpaceAction.ADD_PUPIL, theirs) is C
    mine = AddPupilFacts(account_kind=AccountKind.PUPIL, new_role=Role.PUPIL, teaches_pupil=True)
    assert decide(Role.TEACHER, SpaceAction.ADD_PUPIL, mine) is A
    as_teacher = AddPupilFacts(
        account_kind=AccountKind.PUPIL, new_role=Role.TEACHER, teaches_pupil=True
    )
    assert decide(Role.TEACHER, SpaceAction.ADD_PUPIL, as_teacher) is D
    a_teacher = AddPupilFacts(
        account_kind=AccountKind.TEACHER, new_role=Role.PUPIL, teaches_pupil=True
    )
    assert decide(Role.ADMIN, SpaceAction.ADD_PUPIL, a_teacher) is C


# -- forums (issue 5) ------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_author_always_sees_own_held_post(role: Role) -> None:
    target = post(ME, role)
    assert decide(role, SpaceAction.READ_HELD_POST, target) is A


@pytest.mark.parametrize("role", NON_TEACHERS)
def test_others_held_post_does_not_exist_for_pupils_and_guests(role: Role) -> None:
    target = post(OTHER, Role.PUPIL)
    assert decide(role, SpaceAction.READ_HELD_POST, target) is C


def test_plain_teacher_cannot_see_another_teachers_hidden_post() -> None:
    target = post(OTHER, Role.TEACHER)
    assert decide(Role.TEACHER, SpaceAction.READ_HELD_POST, target) is C
    assert decide(Role.ADMIN, SpaceAction.READ_HELD_POST, target) is A


@pytest.mark.parametrize("role", list(Role))
def test_nobody_reads_another_members_notices(role: Role) -> None:
    assert decide(role, SpaceAction.READ_OWN_NOTICES, NoticesFacts(account_id=OTHER)) is C


LOCKED_CASES = [
    (Role.FOUNDER, A),
    (Role.ADMIN, A),
    (Role.TEACHER, A),
    (Role.PUPIL_ADMIN, D),
    (Role.PUPIL, D),
    (Role.GUEST, D),
]


@pytest.mark.parametrize(("role", "expected"), LOCKED_CASES)
def test_locked_thread_takes_replies_and_edits_from_teachers_only(
    role: Role, expected: Outcome
) -> None:
    locked = post(ME, role, thread_locked=True)
    assert decide(role, SpaceAction.POST_REPLY, locked) is expected
    assert decide(role, SpaceAction.EDIT_OWN_POST, locked) is expected


def test_muted_member_still_sees_moderation_and_notices() -> None:
    assert decide(Role.TEACHER, SpaceAction.SEE_MODERATION, muted=True) is A
    own = NoticesFacts(account_id=ME)
    assert decide(Role.PUPIL, SpaceAction.READ_OWN_NOTICES, own, muted=True) is A


# -- chat (issue 10) ------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role), ids=str)
def test_session_chat_is_for_its_participants_and_the_space_teachers(role: Role) -> None:
    inside = SessionPlaceFacts(participant=True)
    assert decide(role, SpaceAction.READ_SESSION_CHAT, inside) is A
    outside = decide(role, SpaceAction.READ_SESSION_CHAT, SessionPlaceFacts(participant=False))
    assert outside is (A if role in TEACHERS else C)
    # Reading it is no speaking: a muted participant still reads, so does an archived space.
    assert decide(role, SpaceAction.READ_SESSION_CHAT, inside, muted=True) is A


@pytest.mark.parametrize("role", list(Role), ids=str)
def test_a_chat_message_is_edited_only_within_its_window(role: Role) -> None:
    mine = post(ME, role)
    assert decide(role, SpaceAction.EDIT_OWN_POST, mine) is A
    late = post(ME, role, edit_window_passed=True)
    assert decide(role, SpaceAction.EDIT_OWN_POST, late) is D
    # Deleting one's own message has no window.
    assert decide(role, SpaceAction.DELETE_OWN_POST, late) is A


# -- a pupil's data: export and erasure (issue 9) --------------------------------------------


def pupil_data_targets() -> Iterator[object]:
    """Who the export or erasure is about, and what a teacher of the space gets."""
    yield pytest.param(
        PersonFacts(account_id=OTHER, account_kind=AccountKind.PUPIL, role=Role.PUPIL),
        A,
        id="pupil",
    )
    yield pytest.param(
        PersonFacts(account_id=OTHER, account_kind=AccountKind.PUPIL, role=Role.PUPIL_ADMIN),
        A,
        id="pupil_admin",
    )
    # A pupil of another space only (not a member here): as if the id named nobody.
    yield pytest.param(
        PersonFacts(account_id=OTHER, account_kind=AccountKind.PUPIL, role=None),
        C,
        id="other-pupil",
    )
    yield pytest.param(
        PersonFacts(account_id=OTHER, account_kind=AccountKind.TEACHER, role=Role.TEACHER),
        C,
        id="teacher",
    )
    yield pytest.param(
        PersonFacts(account_id=OTHER, account_kind=AccountKind.GUEST, role=Role.GUEST),
        C,
        id="guest",
    )
    yield pytest.param(PersonFacts(account_id=None, account_kind=None, role=None), C, id="nobody")


@pytest.mark.parametrize("action", PUPIL_DATA, ids=str)
@pytest.mark.parametrize(("target", "for_teachers"), list(pupil_data_targets()))
def test_pupil_data_is_for_teachers_about_pupils_of_the_space(
    action: SpaceAction, target: PersonFacts, for_teachers: Outcome
) -> None:
    for role in TEACHERS:
        assert decide(role, action, target) is for_teachers, role
    for role in NON_TEACHERS:
        # Pupils and guests are refused before anything is said about the target.
        assert decide(role, action, target) is D, role


@pytest.mark.parametrize("action", PUPIL_DATA, ids=str)
def test_a_pupil_cannot_export_or_erase_itself(action: SpaceAction) -> None:
    me = person(ME, Role.PUPIL)
    assert decide(Role.PUPIL, action, me) is D
    assert decide(Role.PUPIL_ADMIN, action, me) is D


@pytest.mark.parametrize("action", PUPIL_DATA, ids=str)
def test_pupil_data_holds_in_archived_and_muted_spaces(action: SpaceAction) -> None:
    pupil = person(OTHER, Role.PUPIL)
    assert decide(Role.TEACHER, action, pupil, archived=True) is A
    assert decide(Role.TEACHER, action, pupil, muted=True) is A


# -- rules moved into the policy (issue 19): the lobby, force-mutes, removals, a school ---------


@pytest.mark.parametrize("kind", list(SpaceKind), ids=str)
@pytest.mark.parametrize("role", list(Role), ids=str)
def test_who_waits_in_the_lobby_does_not_enter_the_call(kind: SpaceKind, role: Role) -> None:
    if role not in ROLES_FOR[(KIND_OF_ROLE[role], kind)]:
        return  # no such member (the table covers it: concealed)
    waiting = ParticipantFacts(account_id=ME, in_lobby=True)
    membership = MembershipFacts(role=role)
    decision = decide_space(actor(role), membership, space(kind), SpaceAction.ENTER_CALL, waiting)
    assert decision == Decision(D, "wait in the lobby until a teacher admits you")
    admitted = ParticipantFacts(account_id=ME, in_lobby=False)
    assert decide(role, SpaceAction.ENTER_CALL, admitted, kind=kind) is A
    # A mute in the space is no lobby: a muted member still takes the place it was given.
    assert decide(role, SpaceAction.ENTER_CALL, admitted, kind=kind, muted=True) is A


@pytest.mark.parametrize("via", list(AudioVia), ids=str)
@pytest.mark.parametrize("role", list(Role), ids=str)
def test_a_force_muted_participant_sends_no_audio_whatever_its_role(
    role: Role, via: AudioVia
) -> None:
    muted = AudioFacts(force_muted=True, via=via)
    membership = MembershipFacts(role=role)
    decision = decide_space(actor(role), membership, space(), SpaceAction.SEND_AUDIO, muted)
    assert decision.outcome is D
    assert decision.reason.startswith("muted by a teacher: ")
    assert decide(role, SpaceAction.SEND_AUDIO, AudioFacts(force_muted=False, via=via)) is A


def test_each_way_of_sending_audio_is_told_what_to_do_when_muted() -> None:
    reasons = {
        via: decide_space(
            actor(Role.PUPIL),
            MembershipFacts(role=Role.PUPIL),
            space(),
            SpaceAction.SEND_AUDIO,
            AudioFacts(force_muted=True, via=via),
        ).reason
        for via in AudioVia
    }
    assert reasons == {
        AudioVia.MICROPHONE: "muted by a teacher: keep the microphone off",
        AudioVia.OFFER: "muted by a teacher: offer audio as recvonly or inactive",
        AudioVia.ANSWER: "muted by a teacher: answer audio as recvonly or inactive",
    }


def test_a_space_mute_a_teacher_lifted_in_the_session_lets_the_microphone_on() -> None:
    # The space's mute reaches a session as a force-mute, which a teacher may lift there
    # (services/video/member_mute.py): sending audio is not among the muted member's losses.
    unmuted = AudioFacts(force_muted=False, via=AudioVia.MICROPHONE)
    assert decide(Role.PUPIL, SpaceAction.SEND_AUDIO, unmuted, muted=True) is A


@pytest.mark.parametrize("role", list(Role), ids=str)
def test_nobody_removes_themselves_from_a_video_session(role: Role) -> None:
    own = ParticipantFacts(account_id=ME, in_lobby=False)
    decision = decide_space(
        actor(role), MembershipFacts(role=role), space(), SpaceAction.REMOVE_PARTICIPANT, own
    )
    expected = "leave rather than remove yourself" if role in TEACHERS else None
    assert decision.outcome is D
    if expected is not None:
        assert decision.reason == expected
    for in_lobby in (False, True):
        other = ParticipantFacts(account_id=OTHER, in_lobby=in_lobby)
        outcome = decide(role, SpaceAction.REMOVE_PARTICIPANT, other)
        assert outcome is (A if role in TEACHERS else D)


@pytest.mark.parametrize("lobby", [False, True], ids=["no_lobby", "lobby"])
@pytest.mark.parametrize("role", list(Role), ids=str)
def test_who_was_removed_from_a_session_does_not_come_back(role: Role, lobby: bool) -> None:
    membership = MembershipFacts(role=role)
    removed = join(lobby=lobby, removed=True)
    decision = decide_space(actor(role), membership, space(), SpaceAction.JOIN_VIDEO, removed)
    assert decision == Decision(D, "you were removed from this session")
    # A lock is said first to who is not a teacher: no one new gets in.
    locked = join(lobby=lobby, locked=True, removed=True)
    outcome = decide_space(actor(role), membership, space(), SpaceAction.JOIN_VIDEO, locked)
    reason = "you were removed from this session" if role in TEACHERS else "the session is locked"
    assert outcome.outcome is D
    assert outcome.reason.startswith(reason)


@pytest.mark.parametrize("role", list(Role), ids=str)
def test_a_video_channel_is_for_who_holds_a_place_in_its_session(role: Role) -> None:
    place, none = SessionPlaceFacts(participant=True), SessionPlaceFacts(participant=False)
    assert decide(role, SpaceAction.USE_VIDEO_CHANNEL, place) is A
    assert decide(role, SpaceAction.USE_VIDEO_CHANNEL, none) is C  # teachers too: no such channel
    assert decide(role, SpaceAction.USE_VIDEO_CHANNEL, place, muted=True, archived=True) is A


@pytest.mark.parametrize("name", list(ACCOUNT_ACTORS), ids=str)
def test_only_teachers_have_a_school(name: str) -> None:
    someone = ACCOUNT_ACTORS[name]
    decision = decide_account(someone, AccountAction.SET_OWN_SCHOOL)
    if someone.kind is AccountKind.TEACHER:
        assert decision.outcome is A  # pending teachers too: it is their profile
    else:
        assert decision == Decision(D, "only teachers have a school")
