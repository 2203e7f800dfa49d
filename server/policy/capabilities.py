"""What the caller may do with what an answer shows: the `allowed` lists of the API.

Not a second rule set: each verb is one question to :func:`decide_space` (through the
asker's ``may``) with the object's facts, narrowed by the object's state where a verb only
applies in some states (the posts' MODERATION_TRANSITIONS, a file in the trash or not). A
client shows the controls listed and no others; the server still decides each request.
Pure, like the rest of the policy: the caller fetches the facts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from protocol.vocabulary import (
    MODERATION_TRANSITIONS,
    ROLES_FOR,
    AccountKind,
    AccountStatus,
    ArchiveVerb,
    ForumVerb,
    ItemVerb,
    MemberVerb,
    ModerationVerb,
    PostState,
    PostVerb,
    Role,
    SpaceKind,
    SpaceVerb,
    ThreadVerb,
)

from .actions import SpaceAction
from .facts import (
    Actor,
    Facts,
    FileFacts,
    InviteFacts,
    LeaveFacts,
    MemberFacts,
    MembershipFacts,
    PostFacts,
    ReactionFacts,
    SpaceFacts,
)
from .rules import decide_space


class Asker(Protocol):
    """Who asks, with the facts the policy needs (services' Viewer is one)."""

    def may(self, action: SpaceAction, target: Facts | None = None) -> bool: ...


@dataclass(frozen=True, slots=True)
class Member:
    """An Asker from plain facts."""

    actor: Actor
    membership: MembershipFacts | None
    space: SpaceFacts | None

    def may(self, action: SpaceAction, target: Facts | None = None) -> bool:
        return decide_space(self.actor, self.membership, self.space, action, target).allowed


MODERATION_VERBS: dict[ModerationVerb, PostVerb] = {
    ModerationVerb.HIDE: PostVerb.HIDE,
    ModerationVerb.RESTORE: PostVerb.RESTORE,
    ModerationVerb.APPROVE: PostVerb.APPROVE,
    ModerationVerb.REJECT: PostVerb.REJECT,
}


def forum_allowed(asker: Asker, teachers_area: bool) -> list[ForumVerb]:
    """In one forum area (``teachers_area``: the Teachers' Bulletin)."""
    verbs = []
    writes_area = not teachers_area or asker.may(SpaceAction.POST_TEACHERS_AREA)
    if writes_area and asker.may(SpaceAction.CREATE_THREAD):
        verbs.append(ForumVerb.CREATE_THREAD)
    if asker.may(SpaceAction.SEE_MODERATION):
        verbs.append(ForumVerb.MODERATE)
    if asker.may(SpaceAction.READ_TEACHERS_AREA):
        verbs.append(ForumVerb.TEACHERS_AREA)
    return verbs


def thread_allowed(
    asker: Asker, target: PostFacts, *, pinned: bool, teachers_area: bool
) -> list[ThreadVerb]:
    """``target``: the thread's author and whether it is locked (forum_view.thread_target)."""
    verbs = []
    writes_area = not teachers_area or asker.may(SpaceAction.POST_TEACHERS_AREA)
    if writes_area and asker.may(SpaceAction.POST_REPLY, target):
        verbs.append(ThreadVerb.REPLY)
    if asker.may(SpaceAction.MODERATE_POST, target):
        verbs.append(ThreadVerb.UNPIN if pinned else ThreadVerb.PIN)
        verbs.append(ThreadVerb.UNLOCK if target.thread_locked else ThreadVerb.LOCK)
    return verbs


def post_allowed(asker: Asker, target: PostFacts, state: PostState) -> list[PostVerb]:
    """``target``: the post's author, whether a teacher acted on it, whether its thread is
    locked (forum_view.post_target); ``state``: where the post is now."""
    verbs = []
    if state is not PostState.DELETED:
        if asker.may(SpaceAction.EDIT_OWN_POST, target):
            verbs.append(PostVerb.EDIT)
        if asker.may(SpaceAction.DELETE_OWN_POST, target):
            verbs.append(PostVerb.DELETE)
    if asker.may(SpaceAction.REPORT_POST):
        verbs.append(PostVerb.REPORT)
    reacting = ReactionFacts(
        post_visible=state is PostState.VISIBLE, thread_locked=target.thread_locked
    )
    if asker.may(SpaceAction.REACT_TO_POST, reacting):
        verbs.append(PostVerb.REACT)
    if asker.may(SpaceAction.READ_HELD_POST, target):
        verbs.append(PostVerb.HISTORY)
    if asker.may(SpaceAction.MODERATE_POST, target):
        for verb, (sources, _) in MODERATION_TRANSITIONS.items():
            if state in sources:
                verbs.append(MODERATION_VERBS[verb])
    if asker.may(SpaceAction.PURGE_POST):
        verbs.append(PostVerb.PURGE)
    return verbs


def archive_allowed(asker: Asker) -> list[ArchiveVerb]:
    if asker.may(SpaceAction.UPLOAD_FILE):
        return [ArchiveVerb.UPLOAD, ArchiveVerb.CREATE_FOLDER]
    return []


def item_allowed(asker: Asker, owner: FileFacts, *, trashed: bool, file: bool) -> list[ItemVerb]:
    """A file or folder; ``owner``: its owner (a file's first uploader, a folder's creator)
    with their current role here."""
    verbs = []
    if trashed:
        if asker.may(SpaceAction.DELETE_FILE, owner):
            verbs.append(ItemVerb.RESTORE)
        if asker.may(SpaceAction.PURGE_FILE):
            verbs.append(ItemVerb.PURGE)
        return verbs
    manages = asker.may(SpaceAction.MANAGE_FILE, owner)
    if manages:
        verbs += [ItemVerb.RENAME, ItemVerb.MOVE]
    if file and manages and asker.may(SpaceAction.UPLOAD_FILE):
        verbs.append(ItemVerb.ADD_VERSION)
    if asker.may(SpaceAction.DELETE_FILE, owner):
        verbs.append(ItemVerb.TRASH)
    return verbs


# -- the space and its members (issue 17) -----------------------------------------------------

#: Each space verb and the one action it asks about the space itself.
SPACE_VERBS: tuple[tuple[SpaceVerb, SpaceAction], ...] = (
    (SpaceVerb.UPDATE_SETTINGS, SpaceAction.UPDATE_SETTINGS),
    (SpaceVerb.DELETE, SpaceAction.DELETE_SPACE),
    (SpaceVerb.READ_AUDIT_LOG, SpaceAction.READ_AUDIT_LOG),
    (SpaceVerb.INVITE_TEACHER, SpaceAction.SEARCH_ETWINNERS),
    (SpaceVerb.CREATE_PUPIL, SpaceAction.CREATE_PUPIL),
    (SpaceVerb.INVITE_GUEST, SpaceAction.INVITE_GUEST),
    (SpaceVerb.MODERATE, SpaceAction.SEE_MODERATION),
    (SpaceVerb.DECIDE_JOIN_REQUESTS, SpaceAction.DECIDE_JOIN_REQUEST),
)
#: Someone who is no member of the group: whom a group's moderator may ban (BAN_MEMBER), so
#: whether the caller bans at all.
SOMEONE_OUTSIDE = MemberFacts(
    account_id=None, account_kind=AccountKind.TEACHER, role=None, founders=1
)


def space_allowed(asker: Asker, *, archived: bool, founders: int) -> list[SpaceVerb]:
    """What the caller may do with the space; ``founders``: how many it has now."""
    verbs = [verb for verb, action in SPACE_VERBS if asker.may(action)]
    if asker.may(SpaceAction.ARCHIVE_SPACE):
        verbs.append(SpaceVerb.UNARCHIVE if archived else SpaceVerb.ARCHIVE)
    if asker.may(SpaceAction.LEAVE_SPACE, LeaveFacts(founders=founders)):
        verbs.append(SpaceVerb.LEAVE)
    if asker.may(SpaceAction.BAN_MEMBER, SOMEONE_OUTSIDE):
        verbs.append(SpaceVerb.BAN)
    return verbs


def invite_roles(asker: Asker, space_kind: SpaceKind) -> list[Role]:
    """The roles the caller may give a validated eTwinner it invites."""
    eligible = ROLES_FOR[(AccountKind.TEACHER, space_kind)]
    return [
        role
        for role in Role
        if role in eligible
        and asker.may(
            SpaceAction.INVITE_TEACHER,
            InviteFacts(
                account_kind=AccountKind.TEACHER,
                account_status=AccountStatus.ACTIVE,
                new_role=role,
            ),
        )
    ]


def assignable_roles(asker: Asker, member: MemberFacts, space_kind: SpaceKind) -> list[Role]:
    """The roles the caller may give ``member`` (its current one included when any is)."""
    if member.account_kind is None:
        return []
    eligible = ROLES_FOR[(member.account_kind, space_kind)]
    found = [
        role
        for role in Role
        if role in eligible
        and (role is member.role or asker.may(SpaceAction.CHANGE_ROLE, member.given(role)))
    ]
    return found if len(found) > 1 else []


#: Each member verb (but the role change, which asks about every role) and its one action.
MEMBER_VERBS: tuple[tuple[MemberVerb, SpaceAction], ...] = (
    (MemberVerb.REMOVE, SpaceAction.REMOVE_MEMBER),
    (MemberVerb.RESET_CODE, SpaceAction.MANAGE_PUPIL),
    (MemberVerb.EXPORT, SpaceAction.EXPORT_PUPIL_DATA),
    (MemberVerb.ERASE, SpaceAction.ERASE_PUPIL),
    (MemberVerb.BAN, SpaceAction.BAN_MEMBER),
)


def member_allowed(asker: Asker, member: MemberFacts, space_kind: SpaceKind) -> list[MemberVerb]:
    """What the caller may do with one member (``member``: its facts, founders counted)."""
    verbs = [MemberVerb.CHANGE_ROLE] if assignable_roles(asker, member, space_kind) else []
    return verbs + [verb for verb, action in MEMBER_VERBS if asker.may(action, member)]
