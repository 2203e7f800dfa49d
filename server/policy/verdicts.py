"""What the rule modules share: the three ways a rule answers (each with its reason), the
groups of roles they name, and whose a thing is."""

from __future__ import annotations

from protocol.vocabulary import PUPIL_ROLES, TEACHER_ROLES, AccountId, Role

from .facts import Actor, Decision, Outcome

ALL_ROLES = frozenset(Role)
#: Members whose content and conduct a plain teacher moderates.
PUPILS_AND_GUESTS = PUPIL_ROLES | {Role.GUEST}
#: Teachers and pupil admins: may upload and manage files in every space.
FILE_KEEPERS = TEACHER_ROLES | {Role.PUPIL_ADMIN}


def is_own(actor: Actor, account_id: AccountId | None) -> bool:
    """Whether the thing (a post, a file, a place, a member) is the actor's own."""
    return account_id is not None and account_id == actor.account_id


def allow(reason: str = "allowed") -> Decision:
    return Decision(Outcome.ALLOW, reason)


def deny(reason: str) -> Decision:
    return Decision(Outcome.DENY, reason)


def conceal(reason: str) -> Decision:
    return Decision(Outcome.CONCEAL, reason)
