"""The words of the domain shared by the wire, the policy and storage (see docs/domain.md).

Pure: enums and id types only, so that the load tester and clients can import them too.
"""

from __future__ import annotations

import enum
from typing import NewType

AccountId = NewType("AccountId", int)
SpaceId = NewType("SpaceId", int)
InvitationId = NewType("InvitationId", int)


class AccountKind(enum.StrEnum):
    """What kind of person an account is; fixed for the account's life."""

    TEACHER = "teacher"  # pending until validated, then an eTwinner
    PUPIL = "pupil"
    GUEST = "guest"
    NATIONAL_ADMIN = "national_admin"


class AccountStatus(enum.StrEnum):
    """Where an account is in its life; only ACTIVE accounts act beyond their own profile."""

    PENDING = "pending"  # a teacher waiting for a national admin
    ACTIVE = "active"
    REJECTED = "rejected"
    SUSPENDED = "suspended"
    ERASED = "erased"  # personal data gone, kept only as "former pupil"


class SpaceKind(enum.StrEnum):
    TWINSPACE = "twinspace"
    ROOM = "room"


class Role(enum.StrEnum):
    """A member's role in one space, from eTwinning's TwinSpace roles."""

    FOUNDER = "founder"
    ADMIN = "admin"
    TEACHER = "teacher"
    PUPIL_ADMIN = "pupil_admin"
    PUPIL = "pupil"
    GUEST = "guest"


TEACHER_ROLES: frozenset[Role] = frozenset({Role.FOUNDER, Role.ADMIN, Role.TEACHER})
TEACHER_ADMIN_ROLES: frozenset[Role] = frozenset({Role.FOUNDER, Role.ADMIN})
PUPIL_ROLES: frozenset[Role] = frozenset({Role.PUPIL_ADMIN, Role.PUPIL})

#: Which roles an account of each kind may hold in a space of each kind.
ROLES_FOR: dict[tuple[AccountKind, SpaceKind], frozenset[Role]] = {
    (AccountKind.TEACHER, SpaceKind.TWINSPACE): TEACHER_ROLES,
    (AccountKind.TEACHER, SpaceKind.ROOM): TEACHER_ROLES,
    (AccountKind.PUPIL, SpaceKind.TWINSPACE): PUPIL_ROLES,
    (AccountKind.PUPIL, SpaceKind.ROOM): frozenset(),
    (AccountKind.GUEST, SpaceKind.TWINSPACE): frozenset({Role.GUEST}),
    (AccountKind.GUEST, SpaceKind.ROOM): frozenset(),
    (AccountKind.NATIONAL_ADMIN, SpaceKind.TWINSPACE): frozenset(),
    (AccountKind.NATIONAL_ADMIN, SpaceKind.ROOM): frozenset(),
}


class ForumArea(enum.StrEnum):
    OPEN = "open"
    TEACHERS = "teachers"  # the twinspace's "Teachers' Bulletin"


class AuditAction(enum.StrEnum):
    """What the audit log records; stable names shown to teacher admins and national admins."""

    SPACE_CREATED = "space.created"
    SPACE_SETTINGS_CHANGED = "space.settings_changed"
    SPACE_ARCHIVED = "space.archived"
    SPACE_UNARCHIVED = "space.unarchived"
    MEMBER_INVITED = "member.invited"
    MEMBER_ROLE_CHANGED = "member.role_changed"
    MEMBER_REMOVED = "member.removed"
    MEMBER_LEFT = "member.left"
    PUPIL_CREATED = "pupil.created"
    PUPIL_ADDED = "pupil.added"
    PUPIL_CODE_RESET = "pupil.code_reset"
    INVITATION_CREATED = "invitation.created"
    INVITATION_REVOKED = "invitation.revoked"
    INVITATION_ACCEPTED = "invitation.accepted"
    ACCOUNT_VALIDATED = "account.validated"
    ACCOUNT_REJECTED = "account.rejected"
    ACCOUNT_SUSPENDED = "account.suspended"
    ACCOUNT_REINSTATED = "account.reinstated"
    NATIONAL_ADMIN_CREATED = "account.national_admin_created"
    # The file archive (issue 6).
    FOLDER_CREATED = "archive.folder_created"
    FOLDER_RENAMED = "archive.folder_renamed"
    FOLDER_MOVED = "archive.folder_moved"
    FOLDER_TRASHED = "archive.folder_trashed"
    FOLDER_RESTORED = "archive.folder_restored"
    FOLDER_PURGED = "archive.folder_purged"
    FILE_ADDED = "archive.file_added"
    FILE_VERSION_ADDED = "archive.file_version_added"
    FILE_RENAMED = "archive.file_renamed"
    FILE_MOVED = "archive.file_moved"
    FILE_TRASHED = "archive.file_trashed"
    FILE_RESTORED = "archive.file_restored"
    FILE_PURGED = "archive.file_purged"
