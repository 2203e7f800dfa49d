"""Actions outside any space, as a table: each action's rule, and whether a pending teacher
may do it. National admins' actions on another account come with that account's facts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from protocol.vocabulary import AccountKind, AccountStatus

from .actions import AccountAction
from .facts import AccountFacts, Actor, Decision
from .verdicts import allow, conceal, deny

#: A rule on the asker alone, or on the asker and the account acted on (None: no such one).
AccountRule = Callable[[Actor, AccountFacts | None], Decision]


@dataclass(frozen=True, slots=True)
class AccountEntry:
    """One row: the rule, and whether a teacher still pending validation may ask it."""

    rule: AccountRule
    open_to_pending: bool = False


def anyone(actor: Actor, target: AccountFacts | None) -> Decision:
    return allow()


def kinds(allowed: frozenset[AccountKind], reason: str) -> AccountRule:
    """A rule on the asker's kind of account only."""

    def rule(actor: Actor, target: AccountFacts | None) -> Decision:
        return allow() if actor.kind in allowed else deny(reason)

    return rule


def not_pupil(reason: str) -> AccountRule:
    return kinds(frozenset(AccountKind) - {AccountKind.PUPIL}, reason)


def national_admin(inner: AccountRule | None = None) -> AccountRule:
    """A national admin's action, each for one country: with ``inner``, on an account of the
    admin's own country (any other is as if it did not exist); without, on the admin's
    country as a whole (the caller filters by the admin's country)."""

    def rule(actor: Actor, target: AccountFacts | None) -> Decision:
        if actor.kind is not AccountKind.NATIONAL_ADMIN:
            return deny("only a national admin may do this")
        if inner is None:
            return allow()
        if target is None or target.account_country != actor.country:
            return conceal("the account is not of this national admin's country")
        return inner(actor, target)

    return rule


def validate_teacher(actor: Actor, target: AccountFacts | None) -> Decision:
    if target is None or target.account_kind is not AccountKind.TEACHER:
        return deny("only teachers are validated")
    # Whether the account's status allows it (only pending teachers are validated or
    # rejected) is a state conflict, the service's to refuse (409), not a question of who.
    return allow()


def suspend_account(actor: Actor, target: AccountFacts | None) -> Decision:
    if target is not None and target.account_kind is AccountKind.NATIONAL_ADMIN:
        return deny("national admins are suspended by the operator")
    return allow()


def appoint_group_moderator(actor: Actor, target: AccountFacts | None) -> Decision:
    if target is None or target.account_kind is not AccountKind.TEACHER:
        return deny("only eTwinners moderate groups")
    # Whether the group is a featured one is the service's to find (any other is "no such
    # space" to a national admin), and whether the account is validated a state conflict.
    return allow()


ACCOUNT_RULES: dict[AccountAction, AccountEntry] = {
    AccountAction.EDIT_OWN_PROFILE: AccountEntry(
        not_pupil("a pupil's profile is kept by its teacher"), open_to_pending=True
    ),
    AccountAction.SET_OWN_SCHOOL: AccountEntry(
        kinds(frozenset({AccountKind.TEACHER}), "only teachers have a school"),
        open_to_pending=True,
    ),
    AccountAction.CHANGE_OWN_PASSWORD: AccountEntry(
        not_pupil("a pupil's code is kept by its teacher"), open_to_pending=True
    ),
    # Every person chooses the page's language (DOMAIN.md), pupils too: their teacher chose
    # its first value, the pupil may keep another across devices. Nothing else of a pupil's
    # profile is theirs to change.
    AccountAction.SET_OWN_LANGUAGE: AccountEntry(anyone, open_to_pending=True),
    # Anyone signed in may end their own sign-ins, pupils and pending teachers too.
    AccountAction.END_OWN_SESSIONS: AccountEntry(anyone, open_to_pending=True),
    AccountAction.CREATE_SPACE: AccountEntry(
        kinds(frozenset({AccountKind.TEACHER}), "only eTwinners create spaces")
    ),
    AccountAction.LIST_PENDING_TEACHERS: AccountEntry(national_admin()),
    AccountAction.SEARCH_ACCOUNTS: AccountEntry(national_admin()),
    AccountAction.VALIDATE_TEACHER: AccountEntry(national_admin(validate_teacher)),
    AccountAction.SUSPEND_ACCOUNT: AccountEntry(national_admin(suspend_account)),
    AccountAction.APPOINT_GROUP_MODERATOR: AccountEntry(national_admin(appoint_group_moderator)),
}


def decide_account(
    actor: Actor, action: AccountAction, target: AccountFacts | None = None
) -> Decision:
    """Decide an action outside any space; ``target``: the account acted on, for a national
    admin's validation or suspension (None: there is no such account)."""
    if actor.status not in (AccountStatus.ACTIVE, AccountStatus.PENDING):
        return deny(f"account is {actor.status.value}")
    entry = ACCOUNT_RULES[action]
    if actor.status is AccountStatus.PENDING and not entry.open_to_pending:
        return deny("a pending teacher may only edit the profile until validated")
    return entry.rule(actor, target)
