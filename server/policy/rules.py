"""The permission policy: pure functions from plain facts to a decision with a reason.

Every HTTP route and WebSocket operation asks here; nothing else decides who may do what.
The rules are those of docs/domain.md (which extends ../shared/DOMAIN.md where it was silent).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from protocol.vocabulary import (
    PUPIL_ROLES,
    ROLES_FOR,
    TEACHER_ADMIN_ROLES,
    TEACHER_ROLES,
    AccountStatus,
    Role,
    SpaceKind,
)

from .actions import READ_ACTIONS, SPEAKING_ACTIONS, SpaceAction
from .facts import (
    Actor,
    AddPupilFacts,
    AudioFacts,
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
    SpaceFacts,
    VideoJoinFacts,
)
from .group_rules import (
    ban_member,
    group_change_role,
    group_join_video,
    group_manage_file,
    group_mute,
    group_remove,
    group_remove_participant,
    group_session_chat,
    groups_only,
    in_group,
    moderators,
    nobody,
)
from .member_rules import (
    add_pupil,
    change_role,
    invite_teacher,
    leave_space,
    manage_pupil,
    mute_member,
    pupil_data,
    remove_member,
)
from .verdicts import ALL_ROLES, FILE_KEEPERS, PUPILS_AND_GUESTS, allow, conceal, deny, is_own
from .video_rules import (
    VIDEO_MODERATORS,
    enter_call,
    join_video,
    open_data_channel,
    read_session_chat,
    remove_participant,
    send_audio,
    use_video_channel,
)

# -- space actions --------------------------------------------------------------------------

F = TypeVar("F")


@dataclass(frozen=True, slots=True)
class SpaceRule(Generic[F]):
    """One row of the table: the family of facts the action is about (None: the actor's
    role and the space are enough, and no facts are given) and the rule, which reads only
    that family (mypy checks that the rule takes the family named)."""

    facts: type[F] | None
    decide: Callable[[Actor, Role, SpaceFacts, F], Decision]


def on(facts: type[F], decide: Callable[[Actor, Role, SpaceFacts, F], Decision]) -> SpaceRule[Any]:
    """A rule about one thing, whose facts are of the type ``facts``. Typed ``Any`` on the
    way out so that the table's type does not flow back into ``F``: mypy solves ``F`` from
    the two arguments alone, and refuses a rule declared on another family."""
    rule: SpaceRule[F] = SpaceRule(facts, decide)
    return rule


def plain(decide: Callable[[Actor, Role, SpaceFacts, None], Decision]) -> SpaceRule[None]:
    """A rule on the actor's role and the space only."""
    return SpaceRule(None, decide)


def roles(
    allowed: frozenset[Role], reason: str
) -> Callable[[Actor, Role, SpaceFacts, object], Decision]:
    """A rule that depends on the actor's role only (whatever the action is about)."""

    def rule(actor: Actor, role: Role, space: SpaceFacts, target: object) -> Decision:
        return allow() if role in allowed else deny(reason)

    return rule


def twinspace_only(
    inner: Callable[[Actor, Role, SpaceFacts, F], Decision],
) -> Callable[[Actor, Role, SpaceFacts, F], Decision]:
    """Pupils and guests exist only in twinspaces, and so do the actions about them."""

    @functools.wraps(inner)
    def rule(actor: Actor, role: Role, space: SpaceFacts, target: F) -> Decision:
        if space.kind is not SpaceKind.TWINSPACE:
            return deny("rooms and groups have no pupils, guests or teachers-only area")
        return inner(actor, role, space, target)

    return rule


def teachers_area(actor: Actor, role: Role, space: SpaceFacts, target: None) -> Decision:
    if role in TEACHER_ROLES:
        return allow()
    # Not even the area's existence reaches pupils and guests.
    return conceal("the teachers-only area is for teachers")


def create_thread(actor: Actor, role: Role, space: SpaceFacts, target: None) -> Decision:
    if role in TEACHER_ROLES or role is Role.PUPIL_ADMIN:
        return allow()
    if role is Role.PUPIL:
        if not space.pupils_may_create_threads:
            return deny("pupils may not create threads in this space")
        return held_if_premoderated(space)
    return deny("guests reply but do not create threads")


def held_if_premoderated(space: SpaceFacts) -> Decision:
    if space.premoderate_pupils:
        return Decision(Outcome.ALLOW_HELD, "held for a teacher's approval")
    return allow()


def post_reply(actor: Actor, role: Role, space: SpaceFacts, target: PostFacts) -> Decision:
    if target.thread_locked and role not in TEACHER_ROLES:
        return deny("the thread is locked")
    if role is Role.PUPIL:
        return held_if_premoderated(space)
    return allow()


def react_to_post(actor: Actor, role: Role, space: SpaceFacts, target: ReactionFacts) -> Decision:
    """Every reader of a published post reacts to it (pupils and guests too: a reaction is
    one of a fixed set of symbols, no words, so pre-moderation does not hold it). A locked
    thread is closed to reactions as to replies; a muted member cannot react (SPEAKING)."""
    if not target.post_visible:
        return deny("only published posts take reactions")
    if target.thread_locked and role not in TEACHER_ROLES:
        return deny("the thread is locked")
    return allow()


def own_post(actor: Actor, role: Role, space: SpaceFacts, target: PostFacts) -> Decision:
    if not is_own(actor, target.account_id):
        return deny("only the author may do this")
    if role is Role.PUPIL and target.teacher_acted:
        return deny("a teacher has acted on this post")
    return allow()


def edit_own_post(actor: Actor, role: Role, space: SpaceFacts, target: PostFacts) -> Decision:
    own = is_own(actor, target.account_id)
    if target.thread_locked and role not in TEACHER_ROLES and own:
        return deny("the thread is locked")
    if target.edit_window_passed and own:
        return deny("the time to edit this message is over")
    return own_post(actor, role, space, target)


def read_held_post(actor: Actor, role: Role, space: SpaceFacts, target: PostFacts) -> Decision:
    """A held, hidden or rejected post: its author and its moderators see it; to anyone
    else it does not exist."""
    if is_own(actor, target.account_id) or moderate_post(actor, role, space, target).allowed:
        return allow()
    return conceal("no such post")


def own_notices(actor: Actor, role: Role, space: SpaceFacts, target: NoticesFacts) -> Decision:
    return allow() if is_own(actor, target.account_id) else conceal("another member's notices")


def moderate_post(actor: Actor, role: Role, space: SpaceFacts, target: PostFacts) -> Decision:
    if role in TEACHER_ADMIN_ROLES:
        return allow()
    if role is Role.TEACHER:
        if target.role in PUPILS_AND_GUESTS:
            return allow()
        return deny("teachers moderate pupils' and guests' posts")
    return deny("only teachers moderate")


def upload_file(actor: Actor, role: Role, space: SpaceFacts, target: object) -> Decision:
    if role in FILE_KEEPERS:
        return allow()
    if role is Role.PUPIL:
        return allow() if space.pupils_may_upload else deny("pupils may not upload here")
    return deny("guests read the archive but do not change it")


def manage_file(actor: Actor, role: Role, space: SpaceFacts, target: FileFacts) -> Decision:
    if role in TEACHER_ROLES:
        return allow()
    decision = upload_file(actor, role, space, None)
    if decision.allowed and not is_own(actor, target.account_id):
        return deny("pupils rename, move and add versions to their own files only")
    return decision


def delete_file(actor: Actor, role: Role, space: SpaceFacts, target: FileFacts) -> Decision:
    if role in TEACHER_ADMIN_ROLES:
        return allow()
    if role is Role.GUEST:
        return deny("guests do not delete files")
    if is_own(actor, target.account_id):
        return allow()
    if role is Role.TEACHER and target.role in PUPIL_ROLES:
        return allow()
    return deny("only the owner, or a teacher for pupils' files, may delete this file")


ANYONE = roles(ALL_ROLES, "")

SPACE_RULES: dict[SpaceAction, SpaceRule[Any]] = {
    SpaceAction.SEE_SPACE: plain(ANYONE),
    SpaceAction.SEE_MEMBER_EMAILS: plain(
        in_group(
            # A group is thousands of strangers: their addresses are for its moderators.
            moderators("a group's members see names, not addresses"),
            roles(TEACHER_ROLES, "only teachers see e-mail addresses"),
        )
    ),
    SpaceAction.READ_FORUM: plain(ANYONE),
    SpaceAction.READ_TEACHERS_AREA: plain(twinspace_only(teachers_area)),
    SpaceAction.POST_TEACHERS_AREA: plain(twinspace_only(teachers_area)),
    SpaceAction.CREATE_THREAD: plain(create_thread),
    SpaceAction.POST_REPLY: on(PostFacts, post_reply),
    SpaceAction.EDIT_OWN_POST: on(PostFacts, edit_own_post),
    SpaceAction.DELETE_OWN_POST: on(PostFacts, own_post),
    SpaceAction.REPORT_POST: plain(ANYONE),
    SpaceAction.REACT_TO_POST: on(ReactionFacts, react_to_post),
    SpaceAction.MODERATE_POST: on(PostFacts, moderate_post),
    SpaceAction.PURGE_POST: plain(roles(TEACHER_ADMIN_ROLES, "only teacher admins purge")),
    SpaceAction.MUTE_MEMBER: on(PersonFacts, in_group(group_mute, mute_member)),
    SpaceAction.READ_ARCHIVE: plain(ANYONE),
    SpaceAction.UPLOAD_FILE: plain(upload_file),
    SpaceAction.MANAGE_FILE: on(FileFacts, in_group(group_manage_file, manage_file)),
    SpaceAction.DELETE_FILE: on(FileFacts, delete_file),
    SpaceAction.PURGE_FILE: plain(roles(TEACHER_ADMIN_ROLES, "only teacher admins purge")),
    SpaceAction.START_VIDEO: plain(
        in_group(
            moderators("a group's moderators start its video sessions"),
            roles(TEACHER_ROLES, "only teachers start video sessions"),
        )
    ),
    SpaceAction.JOIN_VIDEO: on(VideoJoinFacts, in_group(group_join_video, join_video)),
    SpaceAction.MODERATE_VIDEO: plain(
        in_group(
            moderators("a group's moderators moderate its video"),
            roles(VIDEO_MODERATORS, "only teachers moderate video"),
        )
    ),
    SpaceAction.OPEN_DATA_CHANNEL: on(PeerFacts, open_data_channel),
    SpaceAction.USE_VIDEO_CHANNEL: on(SessionPlaceFacts, use_video_channel),
    SpaceAction.ENTER_CALL: on(ParticipantFacts, enter_call),
    SpaceAction.SEND_AUDIO: on(AudioFacts, send_audio),
    SpaceAction.REMOVE_PARTICIPANT: on(
        ParticipantFacts,
        in_group(group_remove_participant, remove_participant),
    ),
    SpaceAction.INVITE_TEACHER: on(
        InviteFacts,
        # Into a group through the directory only, where a ban is checked.
        in_group(nobody("eTwinners join a group from its directory"), invite_teacher),
    ),
    # Who invites teachers looks for them: never pupils, guests or plain teachers.
    SpaceAction.SEARCH_ETWINNERS: plain(
        in_group(
            nobody("eTwinners join a group from its directory"),
            roles(TEACHER_ADMIN_ROLES, "only teacher admins invite teachers"),
        )
    ),
    SpaceAction.CHANGE_ROLE: on(RoleChangeFacts, in_group(group_change_role, change_role)),
    SpaceAction.REMOVE_MEMBER: on(MemberFacts, in_group(group_remove, remove_member)),
    SpaceAction.LEAVE_SPACE: on(LeaveFacts, leave_space),
    SpaceAction.CREATE_PUPIL: plain(
        twinspace_only(roles(TEACHER_ROLES, "only teachers create pupils"))
    ),
    SpaceAction.MANAGE_PUPIL: on(PersonFacts, twinspace_only(manage_pupil)),
    SpaceAction.ADD_PUPIL: on(AddPupilFacts, twinspace_only(add_pupil)),
    SpaceAction.INVITE_GUEST: plain(
        twinspace_only(roles(TEACHER_ROLES, "only teachers invite guests"))
    ),
    SpaceAction.READ_AUDIT_LOG: plain(
        roles(TEACHER_ADMIN_ROLES, "only teacher admins read the log")
    ),
    SpaceAction.UPDATE_SETTINGS: plain(
        roles(TEACHER_ADMIN_ROLES, "only teacher admins change settings")
    ),
    SpaceAction.ARCHIVE_SPACE: plain(roles(frozenset({Role.FOUNDER}), "only founders archive")),
    SpaceAction.DELETE_SPACE: plain(roles(frozenset({Role.FOUNDER}), "only founders delete")),
    SpaceAction.SEE_MODERATION: plain(
        in_group(
            moderators("only the group's moderators moderate"),
            roles(TEACHER_ROLES, "only teachers moderate"),
        )
    ),
    SpaceAction.READ_HELD_POST: on(PostFacts, read_held_post),
    SpaceAction.READ_OWN_NOTICES: on(NoticesFacts, own_notices),
    SpaceAction.READ_SESSION_CHAT: on(
        SessionPlaceFacts, in_group(group_session_chat, read_session_chat)
    ),
    SpaceAction.EXPORT_PUPIL_DATA: on(PersonFacts, twinspace_only(pupil_data)),
    SpaceAction.ERASE_PUPIL: on(PersonFacts, twinspace_only(pupil_data)),
    SpaceAction.BAN_MEMBER: on(MemberFacts, groups_only(ban_member)),
    SpaceAction.DECIDE_JOIN_REQUEST: plain(
        groups_only(moderators("only the group's moderators decide join requests"))
    ),
}

#: What may still be done in an archived (read-only) space besides reading: founders open
#: or delete it, and teachers still export and erase their pupils' data (DOMAIN.md: always).
ARCHIVED_ALLOWED = READ_ACTIONS | {
    SpaceAction.ARCHIVE_SPACE,
    SpaceAction.DELETE_SPACE,
    SpaceAction.MANAGE_PUPIL,
    SpaceAction.EXPORT_PUPIL_DATA,
    SpaceAction.ERASE_PUPIL,
}


class WrongFacts(TypeError):
    """A caller gave an action facts of another family (or none where it needs some): a
    bug in the caller, never an answer to a request."""


def facts_for(action: SpaceAction) -> type | None:
    """The family of facts ``action`` is decided on (None: none are given)."""
    return SPACE_RULES[action].facts


def decide_space(
    actor: Actor,
    membership: MembershipFacts | None,
    space: SpaceFacts | None,
    action: SpaceAction,
    target: Facts | None = None,
) -> Decision:
    """Decide an action in one space. A missing space and a non-member look the same.

    ``target``: what the action is about, of the family the table names for the action;
    any other raises :class:`WrongFacts`, whoever asks (a missing fact is never "allow")."""
    rule = SPACE_RULES[action]
    wanted = rule.facts
    if (target is not None) if wanted is None else not isinstance(target, wanted):
        name = wanted.__name__ if wanted else "no facts"
        raise WrongFacts(f"{action.value} is decided on {name}, not {type(target).__name__}")
    if space is None:
        return conceal("no such space")
    if actor.status is not AccountStatus.ACTIVE:
        return conceal(f"account is {actor.status.value}")
    if membership is None:
        return conceal("not a member of this space")
    role = membership.role
    if role not in ROLES_FOR[(actor.kind, space.kind)]:
        # A stored membership that breaks the rules (a pupil in a room) grants nothing.
        return conceal(f"a {actor.kind.value} cannot be {role.value} in a {space.kind.value}")
    decision = rule.decide(actor, role, space, target)
    if decision.outcome is Outcome.CONCEAL:
        # What the actor may not know exists stays hidden, archived or muted alike.
        return decision
    if space.archived and action not in ARCHIVED_ALLOWED:
        return deny("the space is archived and read-only")
    if membership.muted and action in SPEAKING_ACTIONS:
        return deny("muted: you can read but not post or speak for now")
    return decision
