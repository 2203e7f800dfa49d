"""The permission policy: pure functions from plain facts to a decision with a reason.

Every HTTP route and WebSocket operation asks here; nothing else decides who may do what.
The rules are those of docs/domain.md (which extends ../shared/DOMAIN.md where it was silent).
"""

from __future__ import annotations

from collections.abc import Callable

from protocol.vocabulary import (
    PUPIL_ROLES,
    ROLES_FOR,
    TEACHER_ADMIN_ROLES,
    TEACHER_ROLES,
    AccountKind,
    AccountStatus,
    Role,
    SpaceKind,
)

from .actions import READ_ACTIONS, SPEAKING_ACTIONS, AccountAction, SpaceAction
from .facts import Actor, Decision, MembershipFacts, Outcome, SpaceFacts, Target

ALL_ROLES = frozenset(Role)
#: Members whose content and conduct a plain teacher moderates.
PUPILS_AND_GUESTS = PUPIL_ROLES | {Role.GUEST}
#: Teachers and pupil admins: may upload and manage files in every space.
FILE_KEEPERS = TEACHER_ROLES | {Role.PUPIL_ADMIN}


def allow(reason: str = "allowed") -> Decision:
    return Decision(Outcome.ALLOW, reason)


def deny(reason: str) -> Decision:
    return Decision(Outcome.DENY, reason)


def conceal(reason: str) -> Decision:
    return Decision(Outcome.CONCEAL, reason)


# -- account actions ------------------------------------------------------------------------


def decide_account(actor: Actor, action: AccountAction, target: Target | None = None) -> Decision:
    """Decide an action outside any space."""
    target = target or Target()
    if actor.status not in (AccountStatus.ACTIVE, AccountStatus.PENDING):
        return deny(f"account is {actor.status.value}")
    if action is AccountAction.EDIT_OWN_PROFILE:
        if actor.kind is AccountKind.PUPIL:
            return deny("a pupil's profile is kept by its teacher")
        return allow()
    if action is AccountAction.CHANGE_OWN_PASSWORD:
        if actor.kind is AccountKind.PUPIL:
            return deny("a pupil's code is kept by its teacher")
        return allow()
    if action is AccountAction.END_OWN_SESSIONS:
        # Anyone signed in may end their own sign-ins, pupils and pending teachers too.
        return allow()
    if actor.status is AccountStatus.PENDING:
        return deny("a pending teacher may only edit the profile until validated")
    if action is AccountAction.CREATE_SPACE:
        if actor.kind is AccountKind.TEACHER:
            return allow()
        return deny("only eTwinners create spaces")
    # The remaining actions belong to national admins, each for one country.
    if actor.kind is not AccountKind.NATIONAL_ADMIN:
        return deny("only a national admin may do this")
    if action in (AccountAction.LIST_PENDING_TEACHERS, AccountAction.SEARCH_ACCOUNTS):
        # Of their own country only: the caller filters by the admin's country.
        return allow()
    if target.account_country != actor.country:
        return conceal("the account is not of this national admin's country")
    if action is AccountAction.VALIDATE_TEACHER:
        if target.account_kind is not AccountKind.TEACHER:
            return deny("only teachers are validated")
        # Whether the account's status allows it (only pending teachers are validated or
        # rejected) is a state conflict, the service's to refuse (409), not a question of who.
        return allow()
    if action is AccountAction.SUSPEND_ACCOUNT:
        if target.account_kind is AccountKind.NATIONAL_ADMIN:
            return deny("national admins are suspended by the operator")
        return allow()
    raise AssertionError(f"unhandled account action {action}")  # pragma: no cover


# -- space actions --------------------------------------------------------------------------

SpaceRule = Callable[[Actor, Role, SpaceFacts, Target], Decision]


def roles(allowed: frozenset[Role], reason: str) -> SpaceRule:
    """A rule that depends on the actor's role only."""

    def rule(actor: Actor, role: Role, space: SpaceFacts, target: Target) -> Decision:
        return allow() if role in allowed else deny(reason)

    return rule


def twinspace_only(inner: SpaceRule) -> SpaceRule:
    """Pupils and guests exist only in twinspaces, and so do the actions about them."""

    def rule(actor: Actor, role: Role, space: SpaceFacts, target: Target) -> Decision:
        if space.kind is not SpaceKind.TWINSPACE:
            return deny("rooms have no pupils, guests or teachers-only area")
        return inner(actor, role, space, target)

    return rule


def is_own(actor: Actor, target: Target) -> bool:
    return target.account_id is not None and target.account_id == actor.account_id


def teachers_area(actor: Actor, role: Role, space: SpaceFacts, target: Target) -> Decision:
    if role in TEACHER_ROLES:
        return allow()
    # Not even the area's existence reaches pupils and guests.
    return conceal("the teachers-only area is for teachers")


def create_thread(actor: Actor, role: Role, space: SpaceFacts, target: Target) -> Decision:
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


def post_reply(actor: Actor, role: Role, space: SpaceFacts, target: Target) -> Decision:
    if target.thread_locked and role not in TEACHER_ROLES:
        return deny("the thread is locked")
    if role is Role.PUPIL:
        return held_if_premoderated(space)
    return allow()


def own_post(actor: Actor, role: Role, space: SpaceFacts, target: Target) -> Decision:
    if not is_own(actor, target):
        return deny("only the author may do this")
    if role is Role.PUPIL and target.teacher_acted:
        return deny("a teacher has acted on this post")
    return allow()


def edit_own_post(actor: Actor, role: Role, space: SpaceFacts, target: Target) -> Decision:
    if target.thread_locked and role not in TEACHER_ROLES and is_own(actor, target):
        return deny("the thread is locked")
    if target.edit_window_passed and is_own(actor, target):
        return deny("the time to edit this message is over")
    return own_post(actor, role, space, target)


def read_held_post(actor: Actor, role: Role, space: SpaceFacts, target: Target) -> Decision:
    """A held, hidden or rejected post: its author and its moderators see it; to anyone
    else it does not exist."""
    if is_own(actor, target) or moderate_post(actor, role, space, target).allowed:
        return allow()
    return conceal("no such post")


def own_notices(actor: Actor, role: Role, space: SpaceFacts, target: Target) -> Decision:
    return allow() if is_own(actor, target) else conceal("another member's notices")


def moderate_post(actor: Actor, role: Role, space: SpaceFacts, target: Target) -> Decision:
    if role in TEACHER_ADMIN_ROLES:
        return allow()
    if role is Role.TEACHER:
        if target.role in PUPILS_AND_GUESTS:
            return allow()
        return deny("teachers moderate pupils' and guests' posts")
    return deny("only teachers moderate")


def mute_member(actor: Actor, role: Role, space: SpaceFacts, target: Target) -> Decision:
    if is_own(actor, target):
        return deny("members do not mute themselves")
    if target.role is None:
        return deny("the person is not a member")
    if role in TEACHER_ADMIN_ROLES:
        if target.role is Role.FOUNDER:
            return deny("founders cannot be muted")
        return allow()
    if role is Role.TEACHER:
        if target.role in PUPILS_AND_GUESTS:
            return allow()
        return deny("teachers mute pupils and guests")
    return deny("only teachers mute")


def upload_file(actor: Actor, role: Role, space: SpaceFacts, target: Target) -> Decision:
    if role in FILE_KEEPERS:
        return allow()
    if role is Role.PUPIL:
        return allow() if space.pupils_may_upload else deny("pupils may not upload here")
    return deny("guests read the archive but do not change it")


def manage_file(actor: Actor, role: Role, space: SpaceFacts, target: Target) -> Decision:
    if role in TEACHER_ROLES:
        return allow()
    decision = upload_file(actor, role, space, target)
    if decision.allowed and not is_own(actor, target):
        return deny("pupils rename, move and add versions to their own files only")
    return decision


def delete_file(actor: Actor, role: Role, space: SpaceFacts, target: Target) -> Decision:
    if role in TEACHER_ADMIN_ROLES:
        return allow()
    if role is Role.GUEST:
        return deny("guests do not delete files")
    if is_own(actor, target):
        return allow()
    if role is Role.TEACHER and target.role in PUPIL_ROLES:
        return allow()
    return deny("only the owner, or a teacher for pupils' files, may delete this file")


def join_video(actor: Actor, role: Role, space: SpaceFacts, target: Target) -> Decision:
    if role in TEACHER_ROLES:
        return allow()
    if target.session_locked:
        return deny("the session is locked: no one new gets in")
    if role is Role.GUEST or target.session_has_lobby:
        return Decision(Outcome.ALLOW_VIA_LOBBY, "waits in the lobby until a teacher admits")
    return allow()


#: Who moderates video (admit from the lobby, mute, remove, lock, end): a lobby with none of
#: them present says so (``ParticipantOut.moderator``).
VIDEO_MODERATORS = TEACHER_ROLES


def moderates_video(role: Role) -> bool:
    """Whether a member of this role moderates video sessions: the MODERATE_VIDEO rule for
    the role, for showing who can let people in (each request is still decided in full)."""
    return role in VIDEO_MODERATORS


def open_data_channel(actor: Actor, role: Role, space: SpaceFacts, target: Target) -> Decision:
    """A data channel in a mesh goes straight from one browser to the other: no teacher reads
    it. DOMAIN.md: every word a pupil writes is visible to a teacher, so no pupil has one, at
    either end (``target.role``: the peer's role; unknown counts as a pupil)."""
    if role in PUPIL_ROLES or target.role is None or target.role in PUPIL_ROLES:
        return deny("no data channel to or from a pupil: no teacher could read it")
    return allow()


def read_session_chat(actor: Actor, role: Role, space: SpaceFacts, target: Target) -> Decision:
    """A video session's chat: its participants and the space's teachers; to anyone else
    it does not exist (every word a pupil writes there stays visible to the teachers)."""
    if role in TEACHER_ROLES or target.session_participant:
        return allow()
    return conceal("no such session")


def may_touch_founders(role: Role, target: Target) -> Decision | None:
    """Founders' roles are changed by founders only, and the last founder stays."""
    touches_founder = Role.FOUNDER in (target.role, target.new_role)
    if touches_founder and role is not Role.FOUNDER:
        return deny("only founders change founders' roles")
    if target.role is Role.FOUNDER and target.new_role is not Role.FOUNDER and target.founders <= 1:
        return deny("the last founder cannot leave, be removed or step down")
    return None


def role_fits(space: SpaceFacts, target: Target) -> Decision | None:
    if target.account_kind is None or target.new_role is None:
        return deny("the account and the role are needed")
    if target.new_role not in ROLES_FOR[(target.account_kind, space.kind)]:
        kind, new_role = target.account_kind.value, target.new_role.value
        return deny(f"a {kind} cannot be {new_role} in a {space.kind.value}")
    return None


def invite_teacher(actor: Actor, role: Role, space: SpaceFacts, target: Target) -> Decision:
    if role not in TEACHER_ADMIN_ROLES:
        return deny("only teacher admins invite teachers")
    is_etwinner = (
        target.account_kind is AccountKind.TEACHER and target.account_status is AccountStatus.ACTIVE
    )
    if not is_etwinner:
        return deny("only validated eTwinners are invited as teachers")
    return role_fits(space, target) or may_touch_founders(role, target) or allow()


def change_role(actor: Actor, role: Role, space: SpaceFacts, target: Target) -> Decision:
    if role not in TEACHER_ADMIN_ROLES:
        return deny("only teacher admins change roles")
    if target.role is None:
        return deny("the person is not a member")
    return role_fits(space, target) or may_touch_founders(role, target) or allow()


def remove_member(actor: Actor, role: Role, space: SpaceFacts, target: Target) -> Decision:
    if target.role is None:
        return deny("the person is not a member")
    if is_own(actor, target):
        return deny("members leave rather than remove themselves")
    if target.role in PUPILS_AND_GUESTS:
        return allow() if role in TEACHER_ROLES else deny("only teachers remove pupils and guests")
    if role not in TEACHER_ADMIN_ROLES:
        return deny("only teacher admins remove teachers")
    leaving = Target(role=target.role, new_role=None, founders=target.founders)
    return may_touch_founders(role, leaving) or allow()


def leave_space(actor: Actor, role: Role, space: SpaceFacts, target: Target) -> Decision:
    if role in PUPIL_ROLES:
        return deny("pupils are removed by their teachers")
    leaving = Target(role=role, new_role=None, founders=target.founders)
    return may_touch_founders(role, leaving) or allow()


def manage_pupil(actor: Actor, role: Role, space: SpaceFacts, target: Target) -> Decision:
    if role not in TEACHER_ROLES:
        return deny("only teachers manage pupils")
    if target.role not in PUPIL_ROLES:
        return deny("the account is not a pupil of this space")
    return allow()


def pupil_data(actor: Actor, role: Role, space: SpaceFacts, target: Target) -> Decision:
    """Export or erase a pupil's data: the space's teachers, for a pupil of this space.

    Anyone else (a member who is a teacher, a guest, a pupil of another space, an account
    that is not a member here) is "no such pupil" to a teacher: ids cannot be probed."""
    if role not in TEACHER_ROLES:
        return deny("only teachers export or erase a pupil's data")
    if target.account_kind is not AccountKind.PUPIL or target.role not in PUPIL_ROLES:
        return conceal("no such pupil")
    return allow()


def add_pupil(actor: Actor, role: Role, space: SpaceFacts, target: Target) -> Decision:
    if role not in TEACHER_ROLES:
        return deny("only teachers add pupils")
    if target.account_kind is not AccountKind.PUPIL or not target.teaches_pupil:
        # Another teacher's pupils are not the actor's to know of.
        return conceal("no such pupil")
    return role_fits(space, target) or allow()


SPACE_RULES: dict[SpaceAction, SpaceRule] = {
    SpaceAction.SEE_SPACE: roles(ALL_ROLES, ""),
    SpaceAction.SEE_MEMBER_EMAILS: roles(TEACHER_ROLES, "only teachers see e-mail addresses"),
    SpaceAction.READ_FORUM: roles(ALL_ROLES, ""),
    SpaceAction.READ_TEACHERS_AREA: twinspace_only(teachers_area),
    SpaceAction.POST_TEACHERS_AREA: twinspace_only(teachers_area),
    SpaceAction.CREATE_THREAD: create_thread,
    SpaceAction.POST_REPLY: post_reply,
    SpaceAction.EDIT_OWN_POST: edit_own_post,
    SpaceAction.DELETE_OWN_POST: own_post,
    SpaceAction.REPORT_POST: roles(ALL_ROLES, ""),
    SpaceAction.MODERATE_POST: moderate_post,
    SpaceAction.PURGE_POST: roles(TEACHER_ADMIN_ROLES, "only teacher admins purge"),
    SpaceAction.MUTE_MEMBER: mute_member,
    SpaceAction.READ_ARCHIVE: roles(ALL_ROLES, ""),
    SpaceAction.UPLOAD_FILE: upload_file,
    SpaceAction.MANAGE_FILE: manage_file,
    SpaceAction.DELETE_FILE: delete_file,
    SpaceAction.PURGE_FILE: roles(TEACHER_ADMIN_ROLES, "only teacher admins purge"),
    SpaceAction.START_VIDEO: roles(TEACHER_ROLES, "only teachers start video sessions"),
    SpaceAction.JOIN_VIDEO: join_video,
    SpaceAction.MODERATE_VIDEO: roles(VIDEO_MODERATORS, "only teachers moderate video"),
    SpaceAction.OPEN_DATA_CHANNEL: open_data_channel,
    SpaceAction.INVITE_TEACHER: invite_teacher,
    # Who invites teachers looks for them: never pupils, guests or plain teachers.
    SpaceAction.SEARCH_ETWINNERS: roles(TEACHER_ADMIN_ROLES, "only teacher admins invite teachers"),
    SpaceAction.CHANGE_ROLE: change_role,
    SpaceAction.REMOVE_MEMBER: remove_member,
    SpaceAction.LEAVE_SPACE: leave_space,
    SpaceAction.CREATE_PUPIL: twinspace_only(roles(TEACHER_ROLES, "only teachers create pupils")),
    SpaceAction.MANAGE_PUPIL: twinspace_only(manage_pupil),
    SpaceAction.ADD_PUPIL: twinspace_only(add_pupil),
    SpaceAction.INVITE_GUEST: twinspace_only(roles(TEACHER_ROLES, "only teachers invite guests")),
    SpaceAction.READ_AUDIT_LOG: roles(TEACHER_ADMIN_ROLES, "only teacher admins read the log"),
    SpaceAction.UPDATE_SETTINGS: roles(TEACHER_ADMIN_ROLES, "only teacher admins change settings"),
    SpaceAction.ARCHIVE_SPACE: roles(frozenset({Role.FOUNDER}), "only founders archive"),
    SpaceAction.DELETE_SPACE: roles(frozenset({Role.FOUNDER}), "only founders delete"),
    SpaceAction.SEE_MODERATION: roles(TEACHER_ROLES, "only teachers moderate"),
    SpaceAction.READ_HELD_POST: read_held_post,
    SpaceAction.READ_OWN_NOTICES: own_notices,
    SpaceAction.READ_SESSION_CHAT: read_session_chat,
    SpaceAction.EXPORT_PUPIL_DATA: twinspace_only(pupil_data),
    SpaceAction.ERASE_PUPIL: twinspace_only(pupil_data),
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


def decide_space(
    actor: Actor,
    membership: MembershipFacts | None,
    space: SpaceFacts | None,
    action: SpaceAction,
    target: Target | None = None,
) -> Decision:
    """Decide an action in one space. A missing space and a non-member look the same."""
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
    decision = SPACE_RULES[action](actor, role, space, target or Target())
    if decision.outcome is Outcome.CONCEAL:
        # What the actor may not know exists stays hidden, archived or muted alike.
        return decision
    if space.archived and action not in ARCHIVED_ALLOWED:
        return deny("the space is archived and read-only")
    if membership.muted and action in SPEAKING_ACTIONS:
        return deny("muted: you can read but not post or speak for now")
    return decision
