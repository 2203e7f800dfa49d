"""The rules about members and roles: mute, invite, change a role, remove, leave, and a
teacher's care of the space's pupils (reset a code, export, erase, add one from elsewhere).
Part of the table in rules.py."""

from __future__ import annotations

from protocol.vocabulary import (
    PUPIL_ROLES,
    ROLES_FOR,
    TEACHER_ADMIN_ROLES,
    TEACHER_ROLES,
    AccountKind,
    AccountStatus,
    Role,
)

from .facts import (
    Actor,
    AddPupilFacts,
    Decision,
    InviteFacts,
    LeaveFacts,
    MemberFacts,
    PersonFacts,
    RoleChangeFacts,
    SpaceFacts,
)
from .verdicts import PUPILS_AND_GUESTS, allow, conceal, deny, is_own


def mute_member(actor: Actor, role: Role, space: SpaceFacts, target: PersonFacts) -> Decision:
    if is_own(actor, target.account_id):
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


def may_touch_founders(
    role: Role, current: Role | None, new: Role | None, founders: int
) -> Decision | None:
    """Founders' roles are changed by founders only, and the last founder stays.
    ``current``/``new``: the member's role now and after (None: not a member, or leaving)."""
    touches_founder = Role.FOUNDER in (current, new)
    if touches_founder and role is not Role.FOUNDER:
        return deny("only founders change founders' roles")
    if current is Role.FOUNDER and new is not Role.FOUNDER and founders <= 1:
        return deny("the last founder cannot leave, be removed or step down")
    return None


def role_fits(space: SpaceFacts, kind: AccountKind | None, new_role: Role) -> Decision | None:
    if kind is None:
        return deny("the account and the role are needed")
    if new_role not in ROLES_FOR[(kind, space.kind)]:
        return deny(f"a {kind.value} cannot be {new_role.value} in a {space.kind.value}")
    return None


def invite_teacher(actor: Actor, role: Role, space: SpaceFacts, target: InviteFacts) -> Decision:
    if role not in TEACHER_ADMIN_ROLES:
        return deny("only teacher admins invite teachers")
    is_etwinner = (
        target.account_kind is AccountKind.TEACHER and target.account_status is AccountStatus.ACTIVE
    )
    if not is_etwinner:
        return deny("only validated eTwinners are invited as teachers")
    return (
        role_fits(space, target.account_kind, target.new_role)
        # Who is invited is no member yet: only the role offered can be a founder's.
        or may_touch_founders(role, None, target.new_role, founders=1)
        or allow()
    )


def change_role(actor: Actor, role: Role, space: SpaceFacts, target: RoleChangeFacts) -> Decision:
    if role not in TEACHER_ADMIN_ROLES:
        return deny("only teacher admins change roles")
    if target.role is None:
        return deny("the person is not a member")
    return (
        role_fits(space, target.account_kind, target.new_role)
        or may_touch_founders(role, target.role, target.new_role, target.founders)
        or allow()
    )


def remove_member(actor: Actor, role: Role, space: SpaceFacts, target: MemberFacts) -> Decision:
    if target.role is None:
        return deny("the person is not a member")
    if is_own(actor, target.account_id):
        return deny("members leave rather than remove themselves")
    if target.role in PUPILS_AND_GUESTS:
        return allow() if role in TEACHER_ROLES else deny("only teachers remove pupils and guests")
    if role not in TEACHER_ADMIN_ROLES:
        return deny("only teacher admins remove teachers")
    return may_touch_founders(role, target.role, None, target.founders) or allow()


def leave_space(actor: Actor, role: Role, space: SpaceFacts, target: LeaveFacts) -> Decision:
    if role in PUPIL_ROLES:
        return deny("pupils are removed by their teachers")
    return may_touch_founders(role, role, None, target.founders) or allow()


def manage_pupil(actor: Actor, role: Role, space: SpaceFacts, target: PersonFacts) -> Decision:
    if role not in TEACHER_ROLES:
        return deny("only teachers manage pupils")
    if target.role not in PUPIL_ROLES:
        return deny("the account is not a pupil of this space")
    return allow()


def pupil_data(actor: Actor, role: Role, space: SpaceFacts, target: PersonFacts) -> Decision:
    """Export or erase a pupil's data: the space's teachers, for a pupil of this space.

    Anyone else (a member who is a teacher, a guest, a pupil of another space, an account
    that is not a member here) is "no such pupil" to a teacher: ids cannot be probed."""
    if role not in TEACHER_ROLES:
        return deny("only teachers export or erase a pupil's data")
    if target.account_kind is not AccountKind.PUPIL or target.role not in PUPIL_ROLES:
        return conceal("no such pupil")
    return allow()


def add_pupil(actor: Actor, role: Role, space: SpaceFacts, target: AddPupilFacts) -> Decision:
    if role not in TEACHER_ROLES:
        return deny("only teachers add pupils")
    if target.account_kind is not AccountKind.PUPIL or not target.teaches_pupil:
        # Another teacher's pupils are not the actor's to know of.
        return conceal("no such pupil")
    return role_fits(space, target.account_kind, target.new_role) or allow()
