"""The plain data the policy decides on. Callers fetch it; the policy never does I/O."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from protocol.vocabulary import AccountId, AccountKind, AccountStatus, Role, SpaceKind


@dataclass(frozen=True, slots=True)
class Actor:
    """Who asks."""

    account_id: AccountId
    kind: AccountKind
    status: AccountStatus
    country: str | None = None


@dataclass(frozen=True, slots=True)
class SpaceFacts:
    """The space asked about, with the settings rules depend on."""

    kind: SpaceKind
    archived: bool = False
    pupils_may_create_threads: bool = False
    pupils_may_upload: bool = True
    premoderate_pupils: bool = False


@dataclass(frozen=True, slots=True)
class MembershipFacts:
    """The actor's membership in that space; None where the actor is not a member."""

    role: Role
    muted: bool = False  # the caller compares the mute's end with its clock


@dataclass(frozen=True, slots=True)
class Target:
    """What or whom the action is about, where the rule depends on it.

    ``role`` is the role of the member acted on, or of the author or owner of the content;
    None means the person is no longer a member (only teacher admins act on such content).
    """

    account_id: AccountId | None = None
    account_kind: AccountKind | None = None
    role: Role | None = None
    new_role: Role | None = None  # for CHANGE_ROLE and INVITE_TEACHER
    founders: int = 1  # how many founders the space has now, for the last-founder rule
    teacher_acted: bool = False  # a teacher has moderated this post already
    session_has_lobby: bool = False  # for JOIN_VIDEO
    session_locked: bool = False  # for JOIN_VIDEO: a locked session lets only teachers in
    account_status: AccountStatus | None = None
    account_country: str | None = None
    #: The actor teaches the target pupil in another twinspace ("a pupil of theirs").
    teaches_pupil: bool = False
    #: The post's thread is locked: only teachers still post or edit there.
    thread_locked: bool = False
    #: The actor holds a place in the video session (admitted, joined or left): READ_SESSION_CHAT.
    session_participant: bool = False
    #: The message's edit window is over (chat messages: CHAT_EDIT_WINDOW after sending).
    edit_window_passed: bool = False


class Outcome(enum.StrEnum):
    ALLOW = "allow"
    ALLOW_HELD = "allow_held"  # allowed, but held for a teacher's approval
    ALLOW_VIA_LOBBY = "allow_via_lobby"  # allowed, after a teacher admits from the lobby
    DENY = "deny"
    CONCEAL = "conceal"  # deny, and answer as if the thing did not exist


@dataclass(frozen=True, slots=True)
class Decision:
    outcome: Outcome
    reason: str

    @property
    def allowed(self) -> bool:
        return self.outcome in (Outcome.ALLOW, Outcome.ALLOW_HELD, Outcome.ALLOW_VIA_LOBBY)
