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
    #: An eTwinning Group (issue 21): a community of validated eTwinners on a subject. Its
    #: roles are the teacher roles read as the group's: founder = owner, admin = moderator,
    #: teacher = member (docs/groups.md).
    GROUP = "group"


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
    (AccountKind.TEACHER, SpaceKind.GROUP): TEACHER_ROLES,
    (AccountKind.PUPIL, SpaceKind.TWINSPACE): PUPIL_ROLES,
    (AccountKind.PUPIL, SpaceKind.ROOM): frozenset(),
    (AccountKind.GUEST, SpaceKind.TWINSPACE): frozenset({Role.GUEST}),
    (AccountKind.GUEST, SpaceKind.ROOM): frozenset(),
    (AccountKind.PUPIL, SpaceKind.GROUP): frozenset(),
    (AccountKind.GUEST, SpaceKind.GROUP): frozenset(),
    (AccountKind.NATIONAL_ADMIN, SpaceKind.GROUP): frozenset(),
    (AccountKind.NATIONAL_ADMIN, SpaceKind.TWINSPACE): frozenset(),
    (AccountKind.NATIONAL_ADMIN, SpaceKind.ROOM): frozenset(),
}


class InvitationState(enum.StrEnum):
    """The state of an issued guest invitation link, as its holder is told
    (server/policy/invitations.py decides it)."""

    USABLE = "usable"
    REVOKED = "revoked"
    EXPIRED = "expired"
    USED_UP = "used_up"
    CLOSED = "closed"  # its space is archived or gone


class GroupAccess(enum.StrEnum):
    """How an eTwinner gets into a group (issue 21)."""

    OPEN = "open"  # joined in one call
    CLOSED = "closed"  # by a request a moderator accepts


class GroupStanding(enum.StrEnum):
    """Where the asker stands with one group, as the directory and the group's card show."""

    NONE = "none"  # may join (open) or ask to (closed)
    MEMBER = "member"
    REQUESTED = "requested"  # a join request waits for a moderator
    BANNED = "banned"  # neither joins nor asks again


class RequestOutcome(enum.StrEnum):
    """How a group's join request stopped waiting (the moderators' live list drops it)."""

    ACCEPTED = "accepted"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"  # by the asker
    BANNED = "banned"  # the asker was banned meanwhile


class ForumArea(enum.StrEnum):
    OPEN = "open"
    TEACHERS = "teachers"  # the twinspace's "Teachers' Bulletin"
    # Chat (issue 10): a chat is a thread of its own area, so forum moderation applies as is.
    CHAT = "chat"  # the space's live chat (every member)
    TEACHERS_CHAT = "teachers_chat"  # the twinspace's teachers-only chat
    SESSION_CHAT = "session_chat"  # the chat of one video session (participants, teachers)


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
    # Video sessions (issue 7): every moderation action is audited.
    VIDEO_STARTED = "video.started"
    VIDEO_LOCKED = "video.locked"
    VIDEO_UNLOCKED = "video.unlocked"
    VIDEO_ENDED = "video.ended"
    VIDEO_ADMITTED = "video.admitted"
    VIDEO_DENIED = "video.denied"
    VIDEO_MUTED = "video.muted"
    VIDEO_UNMUTED = "video.unmuted"
    VIDEO_REMOVED = "video.removed"
    VIDEO_SPOTLIGHT = "video.spotlight"
    # Forums and their moderation (issue 5).
    POST_HIDDEN = "post.hidden"
    POST_RESTORED = "post.restored"
    POST_APPROVED = "post.approved"
    POST_REJECTED = "post.rejected"
    POST_PURGED = "post.purged"
    POST_REPORTED = "post.reported"
    REPORT_RESOLVED = "report.resolved"
    THREAD_PINNED = "thread.pinned"
    THREAD_UNPINNED = "thread.unpinned"
    THREAD_LOCKED = "thread.locked"
    THREAD_UNLOCKED = "thread.unlocked"
    MEMBER_MUTED = "member.muted"
    MEMBER_UNMUTED = "member.unmuted"
    # Operations (issue #11): the operator purged a space (the entry outlives the space).
    SPACE_PURGED = "space.purged"
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
    # Chat (issue 10): messages past the space's retention were removed by housekeeping.
    CHAT_EXPIRED = "chat.expired"
    # Privacy (issue 9): a teacher exported or erased a pupil's data; the erasure entry keeps
    # no personal data of the pupil (no id, no name: what was kept or removed, and counts).
    PUPIL_EXPORTED = "pupil.exported"
    PUPIL_ERASED = "pupil.erased"
    AUDIT_RETENTION_CHANGED = "audit.retention_changed"
    # Groups (issue 21): joining, requests, bans, and the operator's featured groups.
    GROUP_JOINED = "group.joined"
    GROUP_REQUESTED = "group.requested"
    GROUP_REQUEST_ACCEPTED = "group.request_accepted"
    GROUP_REQUEST_DECLINED = "group.request_declined"
    GROUP_REQUEST_WITHDRAWN = "group.request_withdrawn"
    MEMBER_BANNED = "member.banned"
    MEMBER_UNBANNED = "member.unbanned"
    GROUP_FEATURED = "group.featured"
    GROUP_UNFEATURED = "group.unfeatured"
    GROUP_MODERATOR_APPOINTED = "group.moderator_appointed"
    # Events (issue 22): scheduled, changed, cancelled; the Q&A's moderation.
    EVENT_CREATED = "event.created"
    EVENT_UPDATED = "event.updated"
    EVENT_CANCELLED = "event.cancelled"
    #: A moderator picked, answered, hid or restored a question (details: the verb).
    EVENT_QUESTION_MODERATED = "event.question_moderated"
    # The live webinar: started and ended, a viewer promoted to speak or returned (reason:
    # the account), Janus's recording started and stopped.
    EVENT_LIVE_STARTED = "event.live_started"
    EVENT_LIVE_ENDED = "event.live_ended"
    EVENT_PROMOTED = "event.promoted"
    EVENT_RETURNED = "event.returned"
    EVENT_RECORDING_STARTED = "event.recording_started"
    EVENT_RECORDING_STOPPED = "event.recording_stopped"


# -- forums (issue 5) -----------------------------------------------------------------------

ThreadId = NewType("ThreadId", int)
PostId = NewType("PostId", int)


class PostState(enum.StrEnum):
    """Where a forum post is in its life; see docs/forums.md for who sees each state."""

    VISIBLE = "visible"
    PENDING = "pending"  # held for a teacher's approval (pre-moderated pupils)
    HIDDEN = "hidden"  # hidden by a moderator; kept, and restorable
    REJECTED = "rejected"  # a held post a moderator did not approve; kept
    DELETED = "deleted"  # deleted by its author; kept for the space's moderators


class ModerationVerb(enum.StrEnum):
    """What a moderator does to one post."""

    HIDE = "hide"
    RESTORE = "restore"
    APPROVE = "approve"
    REJECT = "reject"


#: Which states each moderation verb applies to, and the state it leads to: the posts'
#: state machine as data. A verb on a post in any other state is a conflict.
MODERATION_TRANSITIONS: dict[ModerationVerb, tuple[frozenset[PostState], PostState]] = {
    ModerationVerb.HIDE: (frozenset({PostState.VISIBLE}), PostState.HIDDEN),
    ModerationVerb.RESTORE: (frozenset({PostState.HIDDEN, PostState.REJECTED}), PostState.VISIBLE),
    ModerationVerb.APPROVE: (frozenset({PostState.PENDING}), PostState.VISIBLE),
    ModerationVerb.REJECT: (frozenset({PostState.PENDING}), PostState.REJECTED),
}


# -- chat (issue 10) --------------------------------------------------------------------------

#: The areas of the forum proper: listed, searched, and written through the forum routes.
FORUM_AREAS: frozenset[ForumArea] = frozenset({ForumArea.OPEN, ForumArea.TEACHERS})
#: The chat areas: one thread each, written through the chat routes only.
CHAT_AREAS: frozenset[ForumArea] = frozenset(
    {ForumArea.CHAT, ForumArea.TEACHERS_CHAT, ForumArea.SESSION_CHAT}
)
#: Areas only the space's teachers read (the policy's READ_TEACHERS_AREA).
TEACHERS_ONLY_AREAS: frozenset[ForumArea] = frozenset({ForumArea.TEACHERS, ForumArea.TEACHERS_CHAT})


# -- what the caller may do (issue 8) ---------------------------------------------------------
# The words of the `allowed` lists in API answers, so a client shows only the controls its
# user may use. Each is computed by server/policy/capabilities.py from the one policy.


class ForumVerb(enum.StrEnum):
    """What the caller may do in one forum area (ThreadPage.allowed)."""

    CREATE_THREAD = "create_thread"
    MODERATE = "moderate"  # the held-posts queue and the reports
    TEACHERS_AREA = "teachers_area"  # read the Teachers' Bulletin


class ThreadVerb(enum.StrEnum):
    """What the caller may do with one thread (ThreadOut.allowed)."""

    REPLY = "reply"
    PIN = "pin"
    UNPIN = "unpin"
    LOCK = "lock"
    UNLOCK = "unlock"


class PostVerb(enum.StrEnum):
    """What the caller may do with one post (PostOut.allowed)."""

    EDIT = "edit"
    DELETE = "delete"
    REPORT = "report"
    HISTORY = "history"
    HIDE = "hide"
    RESTORE = "restore"
    APPROVE = "approve"
    REJECT = "reject"
    PURGE = "purge"
    #: Add or take back one's reactions (ReactionKind) to this post.
    REACT = "react"


class ReactionKind(enum.StrEnum):
    """The fixed set of reactions to a post (docs/forums.md, "Reactions"): kind words a class
    can use, no free emoji and no text. The page draws each with its own symbol and names it
    in the reader's language (``reaction-<kind>``). Adding one needs no migration (stored by
    value), but a message in every catalogue."""

    THUMBS_UP = "thumbs_up"
    HEART = "heart"
    CLAP = "clap"  # bravo
    LAUGH = "laugh"
    IDEA = "idea"
    QUESTION = "question"


class ArchiveVerb(enum.StrEnum):
    """What the caller may do in a space's archive (ArchiveOut.allowed)."""

    UPLOAD = "upload"
    CREATE_FOLDER = "create_folder"


class SpaceVerb(enum.StrEnum):
    """What the caller may do with the space itself and its membership (SpaceOut.allowed)."""

    UPDATE_SETTINGS = "update_settings"  # title, description, moderation and upload settings
    ARCHIVE = "archive"
    UNARCHIVE = "unarchive"
    DELETE = "delete"
    READ_AUDIT_LOG = "read_audit_log"
    INVITE_TEACHER = "invite_teacher"  # by e-mail, or found among validated eTwinners
    CREATE_PUPIL = "create_pupil"  # one by one or a whole class
    INVITE_GUEST = "invite_guest"  # guest invitation links: create, list, revoke
    LEAVE = "leave"
    MODERATE = "moderate"  # the held posts and the reports
    DECIDE_JOIN_REQUESTS = "decide_join_requests"  # a group's join requests
    BAN = "ban"  # a group's bans: ban someone who is no member, list and lift bans


class MemberVerb(enum.StrEnum):
    """What the caller may do with one member (MemberOut.allowed)."""

    CHANGE_ROLE = "change_role"  # to one of MemberOut.assignable_roles
    REMOVE = "remove"
    RESET_CODE = "reset_code"
    EXPORT = "export"  # download the pupil's data
    ERASE = "erase"  # erase the pupil's account
    BAN = "ban"  # remove from a group and bar from coming back


class ItemVerb(enum.StrEnum):
    """What the caller may do with one file or folder (FileOut.allowed, FolderOut.allowed)."""

    RENAME = "rename"
    MOVE = "move"
    ADD_VERSION = "add_version"  # files only
    TRASH = "trash"
    RESTORE = "restore"
    PURGE = "purge"


# -- events and webinars (issue 22) ---------------------------------------------------------


class EventAudience(enum.StrEnum):
    """Who an event is for: outside its audience an event does not exist."""

    ETWINNERS = "etwinners"  # every validated eTwinner (of one country for a national admin's)
    GROUP = "group"  # one group's members
    TWINSPACE = "twinspace"  # one twinspace's members (pupils and guests among them)


class EventState(enum.StrEnum):
    """An event as time and its organiser leave it."""

    SCHEDULED = "scheduled"  # before its start
    LIVE = "live"  # between its start and its end
    ENDED = "ended"  # past start + duration
    CANCELLED = "cancelled"  # by its organiser, at any time before its end


class LiveState(enum.StrEnum):
    """An event's video session (its live webinar)."""

    NOT_STARTED = "not_started"  # nobody started it yet
    LIVE = "live"  # started by the organiser or a speaker: speakers publish, the audience watches
    ENDED = "ended"  # ended by them, or the event's time is over


class StageChange(enum.StrEnum):
    """Why someone's place on a webinar's stage changed (``live.stage``)."""

    PROMOTED = "promoted"  # a moderator promoted them: they may publish
    RETURNED = "returned"  # a moderator returned them to the audience
    MUTED = "muted"  # muted in the event's space: a muted member does not speak
    REMOVED = "removed"  # no longer a member of the event's space (the event is gone for them)
    UNNAMED = "unnamed"  # the organiser took them off the event's speakers
    SUSPENDED = "suspended"  # their account was suspended (off every stage)


class Registration(enum.StrEnum):
    """Where one person stands with an event's places."""

    NONE = "none"
    REGISTERED = "registered"  # holds a place
    WAITING = "waiting"  # on the waiting list, promoted in order when a place frees


class EventVerb(enum.StrEnum):
    """What the caller may do with one event (EventOut.allowed): the policy's answer for each
    (``server/policy/event_rules.py``), for a page to show the controls listed and no others."""

    EDIT = "edit"
    CANCEL = "cancel"
    REGISTER = "register"
    UNREGISTER = "unregister"
    LIST_REGISTRANTS = "list_registrants"
    READ_ATTENDANCE = "read_attendance"
    ASK_QUESTION = "ask_question"  # also upvote
    MODERATE_QUESTIONS = "moderate_questions"  # pick, put back, answer, hide, restore
    START_LIVE = "start_live"
    END_LIVE = "end_live"
    WATCH_LIVE = "watch_live"
    PUBLISH_LIVE = "publish_live"
    RAISE_HAND = "raise_hand"
    MODERATE_LIVE = "moderate_live"  # promote and return; the hands and the count watching
    SEE_STAGE = "see_stage"  # follow ``stage:EVENT``
    RECORD_LIVE = "record_live"


class QuestionState(enum.StrEnum):
    """Where one question of an event's Q&A stands (the transitions: protocol/event_api.py)."""

    OPEN = "open"  # asked, waiting; upvoted
    PICKED = "picked"  # a moderator put it up: the speakers take it now
    ANSWERED = "answered"  # marked answered (with a written answer or not)
    HIDDEN = "hidden"  # by a moderator: kept, shown to the moderators only


class QuestionVerb(enum.StrEnum):
    """What a moderator does to a question."""

    PICK = "pick"
    UNPICK = "unpick"  # back to the open questions
    ANSWER = "answer"  # mark answered, with the answer's text if given
    HIDE = "hide"
    RESTORE = "restore"  # a hidden question back to the open ones
