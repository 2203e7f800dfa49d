"""The `allowed` lists as a table: for each role, what the policy lets it do with a thread,
a post, a file or a folder (server/policy/capabilities.py, issue 8)."""

from __future__ import annotations

import dataclasses

import pytest

from protocol.vocabulary import AccountId, AccountKind, AccountStatus, PostState, Role, SpaceKind
from server.policy import Actor, FileFacts, MembershipFacts, PostFacts, SpaceFacts
from server.policy.capabilities import (
    Member,
    archive_allowed,
    forum_allowed,
    item_allowed,
    post_allowed,
    thread_allowed,
)

ME = AccountId(1)
OTHER = AccountId(2)
KIND = {
    Role.FOUNDER: AccountKind.TEACHER,
    Role.ADMIN: AccountKind.TEACHER,
    Role.TEACHER: AccountKind.TEACHER,
    Role.PUPIL_ADMIN: AccountKind.PUPIL,
    Role.PUPIL: AccountKind.PUPIL,
    Role.GUEST: AccountKind.GUEST,
}
ROLES = list(KIND)
TWINSPACE = SpaceFacts(kind=SpaceKind.TWINSPACE)


def member(role: Role, space: SpaceFacts = TWINSPACE, muted: bool = False) -> Member:
    actor = Actor(account_id=ME, kind=KIND[role], status=AccountStatus.ACTIVE)
    return Member(actor, MembershipFacts(role=role, muted=muted), space)


def by(
    role: Role | None, own: bool = False, teacher_acted: bool = False, thread_locked: bool = False
) -> PostFacts:
    """A post (or thread) by a member of ``role``, or by the asker itself (``own``)."""
    return PostFacts(
        account_id=ME if own else OTHER,
        role=role,
        teacher_acted=teacher_acted,
        thread_locked=thread_locked,
        edit_window_passed=False,
    )


def owned_by(role: Role | None, own: bool = False) -> FileFacts:
    """A file or folder of a member of ``role``, or of the asker itself (``own``)."""
    return FileFacts(account_id=ME if own else OTHER, role=role)


def table(rows: dict[Role, list[str]]) -> list[tuple[Role, list[str]]]:
    assert set(rows) == set(ROLES), "every role has a row"
    return list(rows.items())


@pytest.mark.parametrize(
    ("role", "expected"),
    table(
        {
            Role.FOUNDER: ["create_thread", "moderate", "teachers_area"],
            Role.ADMIN: ["create_thread", "moderate", "teachers_area"],
            Role.TEACHER: ["create_thread", "moderate", "teachers_area"],
            Role.PUPIL_ADMIN: ["create_thread"],
            Role.PUPIL: [],  # pupils start threads only where the space allows it
            Role.GUEST: [],
        }
    ),
)
def test_forum_area(role: Role, expected: list[str]) -> None:
    assert forum_allowed(member(role), teachers_area=False) == expected


def test_pupils_start_threads_where_the_space_allows_it_and_never_in_the_bulletin() -> None:
    space = dataclasses.replace(TWINSPACE, pupils_may_create_threads=True)
    assert forum_allowed(member(Role.PUPIL, space), teachers_area=False) == ["create_thread"]
    assert forum_allowed(member(Role.PUPIL, space), teachers_area=True) == []
    assert forum_allowed(member(Role.TEACHER), teachers_area=True) == [
        "create_thread",
        "moderate",
        "teachers_area",
    ]


@pytest.mark.parametrize(
    ("role", "expected"),
    table(
        {
            Role.FOUNDER: ["reply", "pin", "lock"],
            Role.ADMIN: ["reply", "pin", "lock"],
            Role.TEACHER: ["reply", "pin", "lock"],
            Role.PUPIL_ADMIN: ["reply"],
            Role.PUPIL: ["reply"],
            Role.GUEST: ["reply"],
        }
    ),
)
def test_a_pupils_thread(role: Role, expected: list[str]) -> None:
    target = by(Role.PUPIL)
    assert thread_allowed(member(role), target, pinned=False, teachers_area=False) == expected


@pytest.mark.parametrize(
    ("role", "expected"),
    table(
        {
            Role.FOUNDER: ["reply", "unpin", "unlock"],
            Role.ADMIN: ["reply", "unpin", "unlock"],
            Role.TEACHER: ["reply"],  # a fellow teacher's thread is not theirs to moderate
            Role.PUPIL_ADMIN: [],  # locked: only teachers still reply
            Role.PUPIL: [],
            Role.GUEST: [],
        }
    ),
)
def test_a_teachers_pinned_locked_thread(role: Role, expected: list[str]) -> None:
    target = by(Role.TEACHER, thread_locked=True)
    assert thread_allowed(member(role), target, pinned=True, teachers_area=False) == expected


@pytest.mark.parametrize(
    ("role", "expected"),
    table(
        {
            Role.FOUNDER: ["report", "react", "history", "hide", "purge"],
            Role.ADMIN: ["report", "react", "history", "hide", "purge"],
            Role.TEACHER: ["report", "react", "history", "hide"],
            Role.PUPIL_ADMIN: ["report", "react"],
            Role.PUPIL: ["report", "react"],
            Role.GUEST: ["report", "react"],
        }
    ),
)
def test_another_pupils_visible_post(role: Role, expected: list[str]) -> None:
    assert post_allowed(member(role), by(Role.PUPIL), PostState.VISIBLE) == expected


@pytest.mark.parametrize(
    ("role", "expected"),
    table(
        {
            Role.FOUNDER: ["report", "react", "history", "hide", "purge"],
            Role.ADMIN: ["report", "react", "history", "hide", "purge"],
            Role.TEACHER: ["report", "react"],
            Role.PUPIL_ADMIN: ["report", "react"],
            Role.PUPIL: ["report", "react"],
            Role.GUEST: ["report", "react"],
        }
    ),
)
def test_another_teachers_visible_post(role: Role, expected: list[str]) -> None:
    assert post_allowed(member(role), by(Role.TEACHER), PostState.VISIBLE) == expected


@pytest.mark.parametrize(
    ("role", "expected"),
    table(
        {
            Role.FOUNDER: ["report", "history", "approve", "reject", "purge"],
            Role.ADMIN: ["report", "history", "approve", "reject", "purge"],
            Role.TEACHER: ["report", "history", "approve", "reject"],
            Role.PUPIL_ADMIN: ["report"],  # such a post never reaches them (READ_HELD_POST)
            Role.PUPIL: ["report"],
            Role.GUEST: ["report"],
        }
    ),
)
def test_a_pupils_held_post(role: Role, expected: list[str]) -> None:
    assert post_allowed(member(role), by(Role.PUPIL), PostState.PENDING) == expected


@pytest.mark.parametrize(
    ("role", "expected"),
    table(
        {
            Role.FOUNDER: ["edit", "delete", "report", "history", "restore", "purge"],
            Role.ADMIN: ["edit", "delete", "report", "history", "restore", "purge"],
            Role.TEACHER: ["edit", "delete", "report", "history"],
            Role.PUPIL_ADMIN: ["edit", "delete", "report", "history"],
            Role.PUPIL: ["report", "history"],  # a teacher has acted on it
            Role.GUEST: ["edit", "delete", "report", "history"],
        }
    ),
)
def test_ones_own_hidden_post(role: Role, expected: list[str]) -> None:
    target = by(role, own=True, teacher_acted=True)
    assert post_allowed(member(role), target, PostState.HIDDEN) == expected


def test_a_pupils_own_post_until_a_teacher_acts_and_while_muted() -> None:
    untouched = by(Role.PUPIL, own=True)
    assert post_allowed(member(Role.PUPIL), untouched, PostState.VISIBLE) == [
        "edit",
        "delete",
        "report",
        "react",
        "history",
    ]
    # Muted: reads, cannot write (nor react); deleting one's post is not speaking.
    muted = member(Role.PUPIL, muted=True)
    assert post_allowed(muted, untouched, PostState.VISIBLE) == ["delete", "report", "history"]
    # A deleted post is edited or deleted no more.
    assert post_allowed(member(Role.PUPIL), untouched, PostState.DELETED) == [
        "report",
        "history",
    ]


def test_an_archived_space_leaves_reading_only() -> None:
    archived = dataclasses.replace(TWINSPACE, archived=True)
    teacher = member(Role.TEACHER, archived)
    assert post_allowed(teacher, by(Role.PUPIL), PostState.VISIBLE) == ["history"]
    assert thread_allowed(teacher, by(Role.PUPIL), pinned=False, teachers_area=False) == []
    assert forum_allowed(teacher, teachers_area=False) == ["moderate", "teachers_area"]
    assert archive_allowed(teacher) == []
    assert item_allowed(teacher, owned_by(Role.PUPIL), trashed=False, file=True) == []


@pytest.mark.parametrize(
    ("role", "expected"),
    table(
        {
            Role.FOUNDER: ["upload", "create_folder"],
            Role.ADMIN: ["upload", "create_folder"],
            Role.TEACHER: ["upload", "create_folder"],
            Role.PUPIL_ADMIN: ["upload", "create_folder"],
            Role.PUPIL: ["upload", "create_folder"],  # the space allows it by default
            Role.GUEST: [],
        }
    ),
)
def test_archive(role: Role, expected: list[str]) -> None:
    assert archive_allowed(member(role)) == expected


def test_pupils_upload_only_where_the_space_allows_it() -> None:
    space = dataclasses.replace(TWINSPACE, pupils_may_upload=False)
    assert archive_allowed(member(Role.PUPIL, space)) == []
    assert archive_allowed(member(Role.PUPIL_ADMIN, space)) == ["upload", "create_folder"]


@pytest.mark.parametrize(
    ("role", "expected"),
    table(
        {
            Role.FOUNDER: ["rename", "move", "add_version", "trash"],
            Role.ADMIN: ["rename", "move", "add_version", "trash"],
            Role.TEACHER: ["rename", "move", "add_version", "trash"],
            Role.PUPIL_ADMIN: [],
            Role.PUPIL: [],
            Role.GUEST: [],
        }
    ),
)
def test_another_pupils_file(role: Role, expected: list[str]) -> None:
    assert item_allowed(member(role), owned_by(Role.PUPIL), trashed=False, file=True) == expected


@pytest.mark.parametrize(
    ("role", "expected"),
    table(
        {
            Role.FOUNDER: ["rename", "move", "trash"],
            Role.ADMIN: ["rename", "move", "trash"],
            Role.TEACHER: ["rename", "move"],  # a fellow teacher's folder: not theirs to trash
            Role.PUPIL_ADMIN: [],
            Role.PUPIL: [],
            Role.GUEST: [],
        }
    ),
)
def test_another_teachers_folder(role: Role, expected: list[str]) -> None:
    assert item_allowed(member(role), owned_by(Role.TEACHER), trashed=False, file=False) == expected


@pytest.mark.parametrize(
    ("role", "expected"),
    table(
        {
            Role.FOUNDER: ["rename", "move", "add_version", "trash"],
            Role.ADMIN: ["rename", "move", "add_version", "trash"],
            Role.TEACHER: ["rename", "move", "add_version", "trash"],
            Role.PUPIL_ADMIN: ["rename", "move", "add_version", "trash"],
            Role.PUPIL: ["rename", "move", "add_version", "trash"],
            Role.GUEST: [],  # guests never own files; and never change the archive
        }
    ),
)
def test_ones_own_file(role: Role, expected: list[str]) -> None:
    assert (
        item_allowed(member(role), owned_by(role, own=True), trashed=False, file=True) == expected
    )


@pytest.mark.parametrize(
    ("role", "expected"),
    table(
        {
            Role.FOUNDER: ["restore", "purge"],
            Role.ADMIN: ["restore", "purge"],
            Role.TEACHER: ["restore"],
            Role.PUPIL_ADMIN: [],
            Role.PUPIL: [],
            Role.GUEST: [],
        }
    ),
)
def test_another_pupils_trashed_file(role: Role, expected: list[str]) -> None:
    assert item_allowed(member(role), owned_by(Role.PUPIL), trashed=True, file=True) == expected


def test_a_former_members_file_is_for_teacher_admins() -> None:
    gone = owned_by(None)
    assert item_allowed(member(Role.TEACHER), gone, trashed=False, file=True) == [
        "rename",
        "move",
        "add_version",
    ]
    assert item_allowed(member(Role.ADMIN), gone, trashed=False, file=True) == [
        "rename",
        "move",
        "add_version",
        "trash",
    ]
