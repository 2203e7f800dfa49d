"""Request and response bodies of the HTTP API, as strict typed values.

Unknown fields and wrong types are refused (422) rather than ignored, so a client's typo
never silently changes nothing. The load tester provisions classrooms with these too.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

import msgspec

from .errors import FieldError
from .languages import PageLanguage
from .vocabulary import (
    AccountKind,
    AccountStatus,
    ArchiveVerb,
    ForumArea,
    ForumVerb,
    InvitationState,
    ItemVerb,
    MemberVerb,
    ModerationVerb,
    PostState,
    PostVerb,
    ReactionKind,
    Role,
    SpaceKind,
    SpaceVerb,
    ThreadVerb,
)

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
#: A page language (BCP 47 primary tag, maybe with a region): what mail to the account uses.
#: At most 12 characters, the longest the pattern allows (a larger limit would be a promise
#: no value can keep; tests/http/test_declared_limits.py sends one at each declared limit).
Language = Annotated[str, msgspec.Meta(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$", max_length=12)]
#: A national admin's search of their country's accounts: words of a name, e-mail or school.
SearchText = Annotated[str, msgspec.Meta(max_length=200)]
#: Ids are 64-bit signed integers in every database; a larger one names nothing.
MAX_ID = 2**63 - 1
Id = Annotated[int, msgspec.Meta(ge=1, le=MAX_ID)]
#: Longest life of a guest invitation link (30 days) and most uses of one link (a class and
#: its staff, 200): larger values are refused with 422 (``too_large`` on the field). The one
#: source of these limits: the schemas, /openapi.json and the server all read them here.
MAX_INVITATION_HOURS = 30 * 24
MAX_INVITATION_USES = 200
#: Pupils created in one request (60, two classes): more is refused with 422 (``too_long``).
MAX_PUPILS_PER_REQUEST = 60


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
    #: The page's language at registration: mail to the account is written in it.
    language: Language | None = None


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
    #: The language mail to the account is written in (the page sends its own).
    language: Language | None = None


class ChangePassword(Body):
    """One's own password; the current one proves it is the account's owner at the keyboard."""

    current_password: Annotated[str, msgspec.Meta(max_length=200)]
    new_password: Password


class RequestPasswordReset(Body):
    """Mail a one-use link to this address, if an account that signs in by e-mail has it."""

    email: Email


class ResetPassword(Body):
    """Set a new password with the secret of a reset link."""

    token: Token
    password: Password


class AccountOut(Out):
    id: int
    kind: AccountKind
    status: AccountStatus
    display_name: str
    email: str | None = None
    username: str | None = None
    school: str | None = None
    country: str | None = None
    language: str | None = None
    #: When the account was made (registration, for a pending teacher).
    created_at: dt.datetime | None = None


class AccountPage(Out):
    """One page of a national admin's search of their country's accounts, newest first."""

    accounts: list[AccountOut]
    #: How many accounts match in all, over every page.
    total: int
    offset: int
    limit: int


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
    #: What the caller may do with the space (one space's answer, not the list's).
    allowed: list[SpaceVerb] | None = None
    #: The roles the caller may invite a validated eTwinner as (with INVITE_TEACHER).
    invite_roles: list[Role] | None = None
    #: Held posts and open reports waiting for a moderator: only for the space's moderators.
    pending: int | None = None


class MemberOut(Out):
    account_id: int
    display_name: str
    role: Role
    kind: AccountKind
    #: Only for teachers of the space, and never a pupil's (pupils have none).
    email: str | None = None
    #: A pupil's username, only for teachers of the space: tells two pupils of one name apart.
    username: str | None = None
    muted_until: dt.datetime | None = None
    #: What the caller may do with this member (members' list answers only).
    allowed: list[MemberVerb] | None = None
    #: The roles the caller may give this member (with CHANGE_ROLE), the current one included.
    assignable_roles: list[Role] | None = None


class InviteTeacher(Body):
    """A validated eTwinner, by e-mail or by the id a search of eTwinners gave: one of the two."""

    email: Email | None = None
    account_id: Id | None = None
    role: Role = Role.TEACHER


class EtwinnerOut(Out):
    """A validated eTwinner found by a teacher admin looking for a partner: no e-mail."""

    account_id: int
    display_name: str
    school: str | None
    country: str | None
    #: Already a member of the space searched from.
    member: bool


class EtwinnerPage(Out):
    etwinners: list[EtwinnerOut]
    #: Pass as ``after`` for the next page; None on the last page.
    next: int | None = None


class NewPupil(Body):
    display_name: DisplayName
    role: Role = Role.PUPIL


class CreatePupils(Body):
    pupils: Annotated[list[NewPupil], msgspec.Meta(min_length=1, max_length=MAX_PUPILS_PER_REQUEST)]
    #: The page's language for these pupils (one of protocol.languages); absent, the creating
    #: teacher's own. Any other value is refused with 422 ``choice``.
    language: PageLanguage | None = None


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
    expires_in_hours: Annotated[int, msgspec.Meta(ge=1, le=MAX_INVITATION_HOURS)] = 168
    max_uses: Annotated[int, msgspec.Meta(ge=1, le=MAX_INVITATION_USES)] = 1
    note: Annotated[str, msgspec.Meta(max_length=200)] = ""
    #: The language the link opens the page in (``?lang=`` before its fragment), for a visitor
    #: with no saved choice; absent, the inviting teacher's own. Others are refused (422).
    language: PageLanguage | None = None


class InvitationOut(Out):
    id: int
    note: str
    expires_at: dt.datetime
    max_uses: int
    uses: int
    revoked: bool
    #: Still lets guests in: not revoked, not used up, not expired (by the server's clock).
    live: bool
    #: Only when created: the secret part of the link, never shown again.
    token: str | None = None
    #: Only when created: the whole link to hand out, the site's public address (the
    #: server's public URL setting) with the token in its fragment: ``.../#/invite/TOKEN``,
    #: and the page's language in the query when there is one: ``.../?lang=fr#/invite/TOKEN``.
    link: str | None = None


class InvitationToken(Body):
    token: Token


class InvitationStatusOut(Out):
    """Whether an invitation link works: ``usable``, ``expired``, ``used_up``, ``revoked`` or
    ``closed`` (its space archived). ``space_title`` only for a usable link."""

    state: InvitationState
    space_title: str | None = None


class AcceptInvitation(Body):
    token: Token
    display_name: DisplayName
    email: Email
    password: Password
    mode: Literal["cookie", "token"] = "cookie"
    #: The page's language when the guest accepted: a new guest account keeps it (an existing
    #: guest's saved choice is left as it is).
    language: PageLanguage | None = None


# -- audit and errors ---------------------------------------------------------------------


class AuditEntryOut(Out):
    id: int
    at: dt.datetime
    action: str
    actor_id: int | None
    target_account_id: int | None
    reason: str
    details: dict[str, Any]


class ErrorDetail(Out, omit_defaults=True):
    """``code`` is stable (protocol.errors.ErrorCode). ``message`` is an English summary for
    developers: never shown to a person. Pages build their sentence from ``code``, and from
    ``reason`` and ``params`` (ErrorReason) or ``fields`` (422 ``invalid``) when present."""

    code: str
    message: str
    #: A finer reason under ``code`` (protocol.errors.ErrorReason), e.g. "name_taken".
    reason: str | None = None
    #: Values for the client's own sentence, e.g. {"name": "Photos"}; never a sentence.
    params: dict[str, str | int] = {}
    #: Every refused field of the request body, all at once (422 ``invalid``).
    fields: list[FieldError] = []


class ErrorOut(Out):
    error: ErrorDetail


class HealthOut(Out):
    status: Literal["ok", "unavailable"]
    checks: dict[str, str] = {}


# -- video sessions (issue 7) ---------------------------------------------------------------


class StartVideo(Body):
    title: Annotated[str, msgspec.Meta(max_length=200)] = ""
    #: Pupils wait in the lobby until a teacher admits them (guests always do).
    lobby: bool = False


class IceServerOut(Out):
    """One RTCIceServer, as the browser's RTCPeerConnection takes it."""

    urls: list[str]
    username: str | None = None
    credential: str | None = None


class ParticipantOut(Out):
    id: int
    account_id: int
    display_name: str
    role: Role
    state: str  # protocol.video.ParticipantState
    mic: bool
    camera: bool
    screen: bool
    hand_raised: bool
    #: Muted by a teacher: keep the microphone off; offers that send audio are refused.
    force_muted: bool
    #: Lets people in from the lobby, mutes, removes and ends (the policy's MODERATE_VIDEO
    #: for this participant's role): a lobby with no moderator joined has no one to let it in.
    moderator: bool = False


class VideoSessionOut(Out):
    id: int
    space_id: int
    title: str
    state: str  # protocol.video.VideoSessionState
    mode: str  # protocol.video.VideoMode
    lobby: bool
    spotlight_id: int | None
    channel: str
    participants: list[ParticipantOut]


class SfuAccessOut(Out):
    """How to join the session's room on the SFU (Janus VideoRoom) once it is in SFU mode."""

    url: str
    room: int
    #: This participant's own join token for this room; revoked when removed.
    token: str
    #: The publisher id to join with (the participant id), so moderation can address it.
    publisher_id: int


class JoinedVideo(Out):
    """Answer to joining: where one stands, and the ICE servers to connect with."""

    session: VideoSessionOut
    me: ParticipantOut
    ice_servers: list[IceServerOut]
    #: Set when the session's media goes through the SFU; null in a mesh.
    sfu: SfuAccessOut | None = None


class ModerateParticipant(Body):
    reason: Reason = ""


class MuteParticipant(Body):
    #: True mutes; False allows the participant to unmute again.
    muted: bool = True
    reason: Reason = ""


class Spotlight(Body):
    #: The participant to show large to everyone, or null to clear.
    participant_id: Id | None = None


# -- forums (issue 5) -----------------------------------------------------------------------

#: Longest post (10 000 characters): a longer one is refused with 422 and nothing is stored.
#: Stored raw; clients render it escaped, with the small markup subset of docs/forums.md.
MAX_POST_CHARS = 10_000
PostText = Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_POST_CHARS, pattern=r"\S")]
#: Made by the client, one per post it means to create (a UUID fits): a retry with the same
#: id returns the first post instead of storing a second one.
ClientId = Annotated[str, msgspec.Meta(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]
#: Longest mute: 30 days, in minutes.
MAX_MUTE_MINUTES = 30 * 24 * 60


class CreateThread(Body):
    title: Title
    body: PostText
    client_id: ClientId
    area: ForumArea = ForumArea.OPEN


class CreatePost(Body):
    body: PostText
    client_id: ClientId


class EditPost(Body):
    body: PostText


class ChangeThread(Body):
    """Pin or unpin, lock or unlock (moderators)."""

    pinned: bool | None = None
    locked: bool | None = None
    reason: Reason = ""


class ModeratePost(Body):
    action: ModerationVerb
    reason: Reason = ""


class PurgePost(Body):
    reason: Reason = ""


class ReportPost(Body):
    reason: Reason = ""


class ResolveReport(Body):
    resolution: Reason = ""


class MarkRead(Body):
    last_read_post_id: Id


class MuteMember(Body):
    minutes: Annotated[int, msgspec.Meta(ge=1, le=MAX_MUTE_MINUTES)]
    reason: Reason = ""


class AuthorOut(Out):
    #: None once the author is no longer a member ("former member").
    account_id: int | None
    display_name: str


class PostOut(Out):
    id: int
    thread_id: int
    author: AuthorOut
    body: str
    state: PostState
    created_at: dt.datetime
    edited_at: dt.datetime | None = None
    #: Members named in the body with ``@Display Name`` (issue 10), as account ids.
    mentions: list[int] = msgspec.field(default_factory=list)
    #: What the caller may do with it (server/policy/capabilities.py); null where not
    #: computed, and absent from live events (they go to everyone): ask over HTTP.
    allowed: list[PostVerb] | None = None
    #: How many people reacted with each kind (kinds nobody chose are absent). In every
    #: HTTP answer that lists or shows posts; absent from live events, which leave the
    #: counts a client has as they are (``post.reactions`` changes them).
    reactions: dict[ReactionKind, int] | msgspec.UnsetType = msgspec.UNSET
    #: The caller's own reactions to it; absent where ``reactions`` is.
    my_reactions: list[ReactionKind] | msgspec.UnsetType = msgspec.UNSET


class ReactionsOut(Out):
    """A post's reactions after the caller added or took back one (docs/forums.md)."""

    post_id: int
    thread_id: int
    #: How many people reacted with each kind (kinds nobody chose are absent).
    reactions: dict[ReactionKind, int]
    #: The caller's own reactions to the post.
    mine: list[ReactionKind]


class ListedThread(Out):
    """A thread as the thread lists' live events carry it (protocol/events.py): the same for
    every subscriber, so without a reader's unread count and without `allowed`."""

    id: int
    space_id: int
    area: ForumArea
    title: str
    author: AuthorOut
    state: PostState
    pinned: bool
    locked: bool
    created_at: dt.datetime
    updated_at: dt.datetime
    posts: int
    last_post_id: int | None = None
    last_post_at: dt.datetime | None = None


class ThreadOut(ListedThread):
    #: Visible posts by others after the caller's read mark.
    unread: int = 0
    #: What the caller may do with it (server/policy/capabilities.py); null where not
    #: computed, and absent from live events (they go to everyone): ask over HTTP.
    allowed: list[ThreadVerb] | None = None


class ThreadCreated(Out):
    thread: ThreadOut
    post: PostOut


class ThreadPage(Out):
    #: Pinned threads, all of them, on the first page only.
    pinned: list[ThreadOut]
    threads: list[ThreadOut]
    #: Pass as ``before`` for the next (older) page; None at the end.
    next_before: int | None = None
    #: What the caller may do in this area (server/policy/capabilities.py).
    allowed: list[ForumVerb] | None = None


class PostPage(Out):
    posts: list[PostOut]
    #: Pass as ``after`` for the next (newer) page; None when nothing more is stored yet.
    next_after: int | None = None


class RevisionOut(Out):
    body: str
    replaced_at: dt.datetime


class SearchHit(Out):
    post: PostOut
    thread_title: str


class ReportOut(Out):
    id: int
    post: PostOut
    reporter: AuthorOut
    reason: str
    created_at: dt.datetime
    resolved_at: dt.datetime | None = None
    resolution: str = ""


class MuteOut(Out):
    account_id: int
    muted_until: dt.datetime | None


# -- Operations (issue #11) ------------------------------------------------------------------


class ReadinessOut(Out):
    """`/readyz`: each part's status ("ok", "unavailable", "timeout", "low") and its figures."""

    status: Literal["ok", "unavailable"]
    checks: dict[str, dict[str, Any]] = {}


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
    #: What the caller may do with it (server/policy/capabilities.py); null where not
    #: computed, and absent from live events (they go to everyone): ask over HTTP.
    allowed: list[ItemVerb] | None = None


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
    #: What the caller may do with it (server/policy/capabilities.py); null where not
    #: computed, and absent from live events (they go to everyone): ask over HTTP.
    allowed: list[ItemVerb] | None = None


class ArchiveOut(Out):
    """The archive of a space: its live folders and files (or its trash), and its usage."""

    folders: list[FolderOut]
    files: list[FileOut]
    used_bytes: int
    quota_bytes: int
    max_file_bytes: int
    #: What the caller may do in this archive (server/policy/capabilities.py).
    allowed: list[ArchiveVerb] | None = None
    #: A paged listing (``?after=&limit=``) with more files: the ``after`` of the next page.
    next_after: int | None = None


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


# -- chat (issue 10) ------------------------------------------------------------------------

#: Longest chat message: 2 000 characters (a forum post may hold 10 000).
MAX_CHAT_CHARS = 2000
ChatText = Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_CHAT_CHARS, pattern=r"\S")]


class SendChatMessage(Body):
    """A chat message; ``client_id`` makes the send exactly-once, as for forum posts."""

    body: ChatText
    client_id: ClientId


class ChatOut(Out):
    """One chat with its newest messages (oldest first): what a client shows on joining."""

    id: int  # the chat's thread id: its messages are posts, its live channel ``thread:S:ID``
    space_id: int
    area: ForumArea  # chat, teachers_chat or session_chat
    video_session_id: int | None
    channel: str
    messages: list[PostOut]
    #: Pass as ``before`` for the page of older messages; None when there are none.
    next_before: int | None = None
    #: The caller's read mark (a message id) and how many visible messages by others follow.
    last_read_id: int | None = None
    unread: int = 0
    #: Who is typing: subscribe to ``typing:S:ID`` (not replayed, not stored).
    typing_channel: str = ""


class ChatPage(Out):
    """Messages oldest first: older than ``before``, or newer than ``after``."""

    messages: list[PostOut]
    next_before: int | None = None
    next_after: int | None = None


class ChatRead(Out):
    """The caller's read mark in one chat after moving it."""

    chat_id: int
    last_read_id: int | None
    unread: int


class ChatSettings(Body):
    """Per-space chat settings (teacher admins). ``retention_days``: messages older than this
    many days are removed for good by the housekeeping task; None keeps them."""

    retention_days: Annotated[int, msgspec.Meta(ge=1, le=3650)] | None = None


class ChatSettingsOut(Out):
    retention_days: int | None


# -- privacy (issue 9) ------------------------------------------------------------------------

#: What becomes of an erased pupil's posts and messages, and of its files: "keep" them, shown
#: as by "former pupil", or "remove" them for good. The teacher chooses; there is no default.
ErasureChoice = Literal["keep", "remove"]


class ErasePupil(Body):
    """Erase a pupil's account: its name, username, code and sessions are gone for good."""

    posts: ErasureChoice
    files: ErasureChoice


class ErasureOut(Out):
    """What an erasure did (the same answer when asked again: erasing is idempotent).

    ``posts`` and ``files`` say "kept" or "removed"; the counts are of what was removed
    (in the spaces where the eraser teaches; elsewhere the pupil's content is kept)."""

    account_id: int
    posts: str
    files: str
    posts_removed: int
    files_removed: int
    already_erased: bool


class AuditSettings(Body):
    """A space's audit-log retention in days, within the server's bounds (teacher admins);
    None follows the server's default."""

    retention_days: Annotated[int, msgspec.Meta(ge=1, le=36500)] | None = None


class AuditSettingsOut(Out):
    """The space's own setting (None: the default), what applies, and the server's bounds."""

    retention_days: int | None
    effective_days: int
    default_days: int
    min_days: int
    max_days: int
