"""The rules of groups (issue 21): the group column of the space table, and the directory and
the ways into a group (:func:`decide_group`), a table of their own.

A group's roles are the teacher roles read as the group's: ``founder`` is an owner, ``admin``
a moderator, ``teacher`` a member (protocol/vocabulary.py, docs/groups.md). Where a group's
rule is not the room's, the row in rules.py says ``in_group(...)`` and the rule is here.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from protocol.vocabulary import AccountKind, AccountStatus, GroupAccess, Role, SpaceKind

from .actions import GroupAction
from .facts import (
    Actor,
    Decision,
    FileFacts,
    MemberFacts,
    Outcome,
    ParticipantFacts,
    PersonFacts,
    RoleChangeFacts,
    SessionPlaceFacts,
    SpaceFacts,
    VideoJoinFacts,
)
from .member_rules import may_touch_founders
from .verdicts import allow, conceal, deny, is_own
from .video_rules import remove_participant

OWNER, MODERATOR, MEMBER = Role.FOUNDER, Role.ADMIN, Role.TEACHER
#: Who moderates a group: its owners and moderators.
GROUP_MODERATORS: frozenset[Role] = frozenset({OWNER, MODERATOR})

T = TypeVar("T")
Rule = Callable[[Actor, Role, SpaceFacts, T], Decision]


def in_group(group: Rule[T], other: Rule[T]) -> Rule[T]:
    """``group``'s answer in a group, ``other``'s in a twinspace or a room. The rule keeps
    both (``__wrapped__`` is ``other``, ``group_rule`` is ``group``), so that a test can read
    the facts each is declared on."""

    @functools.wraps(other)
    def rule(actor: Actor, role: Role, space: SpaceFacts, target: T) -> Decision:
        chosen = group if space.kind is SpaceKind.GROUP else other
        return chosen(actor, role, space, target)

    setattr(rule, "group_rule", group)  # noqa: B010 - an attribute mypy does not know of
    return rule


def groups_only(inner: Rule[T]) -> Rule[T]:
    """An action that exists in groups only (bans, join requests)."""

    @functools.wraps(inner)
    def rule(actor: Actor, role: Role, space: SpaceFacts, target: T) -> Decision:
        if space.kind is not SpaceKind.GROUP:
            return deny("only groups have bans and join requests")
        return inner(actor, role, space, target)

    return rule


def moderators(reason: str) -> Rule[object]:
    """A group's owners and moderators, whatever the action is about."""

    def rule(actor: Actor, role: Role, space: SpaceFacts, target: object) -> Decision:
        return allow() if role in GROUP_MODERATORS else deny(reason)

    return rule


def nobody(reason: str) -> Rule[object]:
    def rule(actor: Actor, role: Role, space: SpaceFacts, target: object) -> Decision:
        return deny(reason)

    return rule


def outranks(role: Role, target_role: Role | None) -> Decision | None:
    """Moderators act on members; owners on moderators too; owners' roles are the owners'
    (the last owner stays, may_touch_founders). None: go on."""
    if target_role is None:
        return deny("the person is not a member")
    if role not in GROUP_MODERATORS:
        return deny("only the group's moderators do this")
    if target_role is MODERATOR and role is not OWNER:
        return deny("only the owner acts on moderators")
    if target_role is OWNER and role is not OWNER:
        return deny("only owners act on owners")
    return None


def group_mute(actor: Actor, role: Role, space: SpaceFacts, target: PersonFacts) -> Decision:
    if is_own(actor, target.account_id):
        return deny("members do not mute themselves")
    if target.role is OWNER:
        return deny("owners cannot be muted")
    return outranks(role, target.role) or allow()


def group_remove(actor: Actor, role: Role, space: SpaceFacts, target: MemberFacts) -> Decision:
    if is_own(actor, target.account_id):
        return deny("members leave rather than remove themselves")
    return (
        outranks(role, target.role)
        or may_touch_founders(role, target.role, None, target.founders)
        or allow()
    )


def ban_member(actor: Actor, role: Role, space: SpaceFacts, target: MemberFacts) -> Decision:
    """A member (as their removal is decided), or an eTwinner who is not one (who asked to
    join, or left): moderators bar them. Only eTwinners can be in a group to be banned."""
    if role not in GROUP_MODERATORS:
        return deny("only the group's moderators ban")
    if is_own(actor, target.account_id):
        return deny("no one bans themselves")
    if target.account_kind is not AccountKind.TEACHER:
        return deny("only eTwinners are in groups")
    if target.role is None:
        return allow()
    return group_remove(actor, role, space, target)


def group_change_role(
    actor: Actor, role: Role, space: SpaceFacts, target: RoleChangeFacts
) -> Decision:
    """Moderators are appointed by the owner (or the operator's command, not a request)."""
    if role is not OWNER:
        return deny("only the owner appoints moderators")
    if target.role is None:
        return deny("the person is not a member")
    return may_touch_founders(role, target.role, target.new_role, target.founders) or allow()


def group_manage_file(actor: Actor, role: Role, space: SpaceFacts, target: FileFacts) -> Decision:
    """Members rename and move their own files; moderators anyone's."""
    if role in GROUP_MODERATORS or is_own(actor, target.account_id):
        return allow()
    return deny("members rename and move their own files only")


def group_join_video(
    actor: Actor, role: Role, space: SpaceFacts, target: VideoJoinFacts
) -> Decision:
    """Moderators go straight in; members wait in a lobby if the session has one, and a lock
    or a removal keeps them out (in a room every teacher is a moderator)."""
    if target.removed:
        return deny("you were removed from this session")
    if role in GROUP_MODERATORS:
        return allow()
    if target.locked:
        return deny("the session is locked: no one new gets in")
    if target.has_lobby:
        return Decision(Outcome.ALLOW_VIA_LOBBY, "waits in the lobby until a moderator admits")
    return allow()


def group_remove_participant(
    actor: Actor, role: Role, space: SpaceFacts, target: ParticipantFacts
) -> Decision:
    """A place in a group's video session is removed by its moderators (not oneself)."""
    if role not in GROUP_MODERATORS:
        return deny("a group's moderators moderate its video")
    return remove_participant(actor, role, space, target)


def group_session_chat(
    actor: Actor, role: Role, space: SpaceFacts, target: SessionPlaceFacts
) -> Decision:
    """A session's chat: its participants and the group's moderators."""
    if role in GROUP_MODERATORS or target.participant:
        return allow()
    return conceal("no such session")


# -- the directory and the ways in --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GroupFacts:
    """One group as the asker stands with it (the caller reads it)."""

    access: GroupAccess
    archived: bool
    #: The asker is banned from it.
    banned: bool


GroupRule = Callable[[Actor, GroupFacts | None], Decision]


def is_etwinner(actor: Actor) -> bool:
    return actor.kind is AccountKind.TEACHER and actor.status is AccountStatus.ACTIVE


def browse(actor: Actor, group: GroupFacts | None) -> Decision:
    return allow()


def see_group(actor: Actor, group: GroupFacts | None) -> Decision:
    return allow() if group is not None else conceal("no such space")


def way_in(wanted: GroupAccess) -> GroupRule:
    def rule(actor: Actor, group: GroupFacts | None) -> Decision:
        if group is None:
            return conceal("no such space")
        if group.banned:
            return deny("banned from this group: no joining, no asking")
        if group.archived:
            return deny("the group is archived")
        if group.access is not wanted:
            if wanted is GroupAccess.OPEN:
                return deny("a closed group: ask to join")
            return deny("an open group: join it")
        return allow()

    return rule


GROUP_RULES: dict[GroupAction, GroupRule] = {
    GroupAction.BROWSE_GROUPS: browse,
    GroupAction.CREATE_GROUP: browse,
    GroupAction.SEE_GROUP: see_group,
    GroupAction.JOIN_GROUP: way_in(GroupAccess.OPEN),
    GroupAction.REQUEST_TO_JOIN: way_in(GroupAccess.CLOSED),
}


def decide_group(actor: Actor, action: GroupAction, group: GroupFacts | None = None) -> Decision:
    """Decide a directory action. To anyone but a validated eTwinner groups do not exist
    (pupils, guests, pending or rejected teachers, national admins acting as such): the
    answer is the one for a space that does not exist."""
    if not is_etwinner(actor):
        return conceal("groups exist for validated eTwinners only")
    return GROUP_RULES[action](actor, group)
