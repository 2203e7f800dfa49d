"""Request and response bodies of the HTTP API, as strict typed values.

Unknown fields and wrong types are refused (422) rather than ignored, so a client's typo
never silently changes nothing. The load tester provisions classrooms with these too.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

import msgspec

from .vocabulary import AccountKind, AccountStatus, Role, SpaceKind

Email = Annotated[
    str, msgspec.Meta(max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$", description="e-mail")
]
#: Passwords of 10 to 200 characters; the upper bound keeps argon2's work bounded.
Password = Annotated[str, msgspec.Meta(min_length=10, max_length=200)]
DisplayName = Annotated[str, msgspec.Meta(min_length=1, max_length=100, pattern=r"\S")]
Country = Annotated[str, msgspec.Meta(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2")]
Title = Annotated[str, msgspec.Meta(min_length=1, max_length=200, pattern=r"\S")]
Description = Annotated[str, msgspec.Meta(max_length=5000)]
Reason = Annotated[str, msgspec.Meta(max_length=1000)]
Token = Annotated[str, msgspec.Meta(min_length=16, max_length=200)]
Username = Annotated[str, msgspec.Meta(min_length=1, max_length=64)]
LoginCode = Annotated[str, msgspec.Meta(min_length=1, max_length=64)]
Id = Annotated[int, msgspec.Meta(ge=1)]


class Body(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Base of every request body."""


class Out(msgspec.Struct, kw_only=True):
    """Base of every response body."""


# -- accounts and sign-in -----------------------------------------------------------------


class RegisterTeacher(Body):
    email: Email
    password: Password
    display_name: DisplayName
    school: Annotated[str, msgspec.Meta(min_length=1, max_length=200)]
    country: Country


class Login(Body):
    email: Email
    password: Annotated[str, msgspec.Meta(max_length=200)]
    #: "cookie" for browsers (HttpOnly cookie + CSRF token), "token" for programs (bearer).
    mode: Literal["cookie", "token"] = "cookie"


class PupilLogin(Body):
    username: Username
    code: LoginCode
    mode: Literal["cookie", "token"] = "cookie"


class EditProfile(Body):
    display_name: DisplayName | None = None
    school: Annotated[str, msgspec.Meta(min_length=1, max_length=200)] | None = None


class AccountOut(Out):
    id: int
    kind: AccountKind
    status: AccountStatus
    display_name: str
    email: str | None = None
    username: str | None = None
    school: str | None = None
    country: str | None = None


class SessionOut(Out):
    account: AccountOut
    csrf_token: str
    expires_at: dt.datetime
    #: Only in "token" mode: send it as ``Authorization: Bearer <token>``.
    token: str | None = None


class StatusChange(Body):
    reason: Reason = ""


# -- spaces and members -------------------------------------------------------------------


class CreateSpace(Body):
    kind: SpaceKind
    title: Title
    description: Description = ""


class SpaceSettingsIn(Body):
    title: Title | None = None
    description: Description | None = None
    pupils_may_create_threads: bool | None = None
    pupils_may_upload: bool | None = None
    premoderate_pupils: bool | None = None


class SpaceSettingsOut(Out):
    pupils_may_create_threads: bool
    pupils_may_upload: bool
    premoderate_pupils: bool


class SpaceOut(Out):
    id: int
    kind: SpaceKind
    title: str
    description: str
    archived: bool
    settings: SpaceSettingsOut
    my_role: Role


class MemberOut(Out):
    account_id: int
    display_name: str
    role: Role
    kind: AccountKind
    #: Only for teachers of the space, and never a pupil's (pupils have none).
    email: str | None = None
    muted_until: dt.datetime | None = None


class InviteTeacher(Body):
    email: Email
    role: Role = Role.TEACHER


class NewPupil(Body):
    display_name: DisplayName
    role: Role = Role.PUPIL


class CreatePupils(Body):
    pupils: Annotated[list[NewPupil], msgspec.Meta(min_length=1)]


class AddPupil(Body):
    """A pupil the teacher already teaches in another twinspace, by username."""

    username: Username
    role: Role = Role.PUPIL


class PupilCredentials(Out):
    """Shown once to the teacher, who hands them to the pupil."""

    account_id: int
    display_name: str
    username: str
    code: str


class ChangeRole(Body):
    role: Role
    reason: Reason = ""


class RemoveMember(Body):
    reason: Reason = ""


# -- invitations --------------------------------------------------------------------------


class CreateInvitation(Body):
    expires_in_hours: Annotated[int, msgspec.Meta(ge=1)] = 168
    max_uses: Annotated[int, msgspec.Meta(ge=1)] = 1
    note: Annotated[str, msgspec.Meta(max_length=200)] = ""


class InvitationOut(Out):
    id: int
    note: str
    expires_at: dt.datetime
    max_uses: int
    uses: int
    revoked: bool
    #: Only when created: the secret part of the link, never shown again.
    token: str | None = None


class AcceptInvitation(Body):
    token: Token
    display_name: DisplayName
    email: Email
    password: Password
    mode: Literal["cookie", "token"] = "cookie"


# -- audit and errors ---------------------------------------------------------------------


class AuditEntryOut(Out):
    id: int
    at: dt.datetime
    action: str
    actor_id: int | None
    target_account_id: int | None
    reason: str
    details: dict[str, Any]


class ErrorDetail(Out):
    code: str
    message: str


class ErrorOut(Out):
    error: ErrorDetail


class HealthOut(Out):
    status: Literal["ok", "unavailable"]
    checks: dict[str, str] = {}


# -- file archive -------------------------------------------------------------------------

#: One file or folder name; protocol.filenames.check_name refuses path tricks.
ItemName = Annotated[str, msgspec.Meta(min_length=1, max_length=255)]


class CreateFolder(Body):
    name: ItemName
    #: None: at the top of the archive.
    parent_id: Id | None = None


class RenameItem(Body):
    name: ItemName


class MoveItem(Body):
    #: The folder to move into; null for the top of the archive.
    folder_id: Id | None


class FolderOut(Out):
    id: int
    parent_id: int | None
    name: str
    created_by_id: int | None
    created_at: dt.datetime
    trashed_at: dt.datetime | None = None


class FileVersionOut(Out):
    number: int
    size: int
    sha256: str
    uploaded_by_id: int | None
    created_at: dt.datetime


class FileOut(Out):
    id: int
    folder_id: int | None
    name: str
    owner_id: int | None
    #: The current (latest) version's number, size and content hash (also its ETag).
    version: int
    size: int
    sha256: str
    created_at: dt.datetime
    updated_at: dt.datetime
    trashed_at: dt.datetime | None = None
    #: Only when one file is asked for: every version, oldest first.
    versions: list[FileVersionOut] | None = None


class ArchiveOut(Out):
    """The archive of a space: its live folders and files (or its trash), and its usage."""

    folders: list[FolderOut]
    files: list[FileOut]
    used_bytes: int
    quota_bytes: int
    max_file_bytes: int


class StartUpload(Body):
    """A chunked upload, for big files: the bytes follow in PUTs, each resumable."""

    name: ItemName
    size: Annotated[int, msgspec.Meta(ge=0)]
    folder_id: Id | None = None


class UploadOut(Out):
    id: int
    name: str
    folder_id: int | None
    size: int
    #: Bytes received and kept: the offset the next chunk must start at.
    received: int
    #: Set once the last byte arrived: the file (or its new version) the upload became.
    file: FileOut | None = None
