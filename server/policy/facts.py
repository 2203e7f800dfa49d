"""The plain data the policy decides on. Callers fetch it; the policy never does I/O.

Who asks (:class:`Actor`), the space (:class:`SpaceFacts`) and the asker's membership
(:class:`MembershipFacts`) go with every space action. What the action is about comes in
the facts of its family, one small type each (the table in rules.py names which action
takes which): every fact a rule reads is a field without a default, so a caller that
forgets one fails to type-check instead of silently getting "allow", and a rule can read
only the facts of its own family.
"""

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


# -- what an action is about: one family of facts per kind of thing ----------------------------
#
# A role of None means the person is no longer a member (only teacher admins act on such
# content); an account id or kind of None means there is no such account.


@dataclass(frozen=True, slots=True)
class PostFacts:
    """A forum post, a thread (its opening post) or a chat message, and its author."""

    account_id: AccountId | None  # the author
    role: Role | None  # the author's role here now
    #: A teacher has moderated this post already.
    teacher_acted: bool
    #: The post's thread is locked: only teachers still post or edit there.
    thread_locked: bool
    #: The message's edit window is over (chat messages: CHAT_EDIT_WINDOW after sending).
    edit_window_passed: bool


@dataclass(frozen=True, slots=True)
class ReactionFacts:
    """A post someone reacts to (or takes a reaction back from), which they may read."""

    #: The post is published (visible): held, hidden, rejected and deleted posts take none.
    post_visible: bool
    #: The post's thread is locked: only those who may still reply there react.
    thread_locked: bool


@dataclass(frozen=True, slots=True)
class FileFacts:
    """A file or folder of the archive, and its owner (a file's first uploader, a folder's
    creator)."""

    account_id: AccountId | None
    role: Role | None


@dataclass(frozen=True, slots=True)
class PersonFacts:
    """A member acted on (muted, a pupil managed, exported or erased), or someone who is
    not one (role None)."""

    account_id: AccountId | None
    account_kind: AccountKind | None
    role: Role | None


@dataclass(frozen=True, slots=True)
class MemberFacts(PersonFacts):
    """A member acted on, with how many founders the space has now (the last founder stays)."""

    founders: int

    def given(self, new_role: Role) -> RoleChangeFacts:
        """The facts of giving this member the role ``new_role``."""
        return RoleChangeFacts(
            account_id=self.account_id,
            account_kind=self.account_kind,
            role=self.role,
            founders=self.founders,
            new_role=new_role,
        )


@dataclass(frozen=True, slots=True)
class RoleChangeFacts(MemberFacts):
    """A member and the role they would be given."""

    new_role: Role


@dataclass(frozen=True, slots=True)
class InviteFacts:
    """An account invited as a teacher, and the role offered."""

    account_kind: AccountKind | None
    account_status: AccountStatus | None
    new_role: Role


@dataclass(frozen=True, slots=True)
class AddPupilFacts:
    """A pupil brought in from another twinspace, and the role given."""

    account_kind: AccountKind | None
    new_role: Role
    #: The actor teaches this pupil in another twinspace ("a pupil of theirs").
    teaches_pupil: bool


@dataclass(frozen=True, slots=True)
class LeaveFacts:
    """The space the actor leaves: how many founders it has now."""

    founders: int


@dataclass(frozen=True, slots=True)
class NoticesFacts:
    """Whose notices channel is asked for."""

    account_id: AccountId


@dataclass(frozen=True, slots=True)
class PeerFacts:
    """The other end of a mesh data channel: its role (None: unknown, counts as a pupil)."""

    role: Role | None


@dataclass(frozen=True, slots=True)
class VideoJoinFacts:
    """A video session someone asks to join, as it stands for them."""

    has_lobby: bool  # the session has a lobby, and the asker is not present already
    locked: bool  # the session is locked, and the asker is not present already
    removed: bool  # a teacher removed (or denied) the asker from this live session


@dataclass(frozen=True, slots=True)
class SessionPlaceFacts:
    """Whether the asker holds a place in a video session (what counts as a place is the
    action's: the lobby too for its channel, those who left too for its chat)."""

    participant: bool


@dataclass(frozen=True, slots=True)
class ParticipantFacts:
    """One place in a video session: whose it is, and whether it still waits in the lobby."""

    account_id: AccountId
    in_lobby: bool


class AudioVia(enum.StrEnum):
    """How a participant would send audio: the microphone flag, or the SDP it sends."""

    MICROPHONE = "microphone"
    OFFER = "offer"
    ANSWER = "answer"


@dataclass(frozen=True, slots=True)
class AudioFacts:
    """A participant about to send audio."""

    force_muted: bool  # muted by a teacher (or by a mute in the space) in this session
    via: AudioVia


#: Any family's facts, for the entry points; each action takes exactly one family (rules.py).
Facts = (
    PostFacts
    | ReactionFacts
    | FileFacts
    | PersonFacts
    | InviteFacts
    | AddPupilFacts
    | LeaveFacts
    | NoticesFacts
    | PeerFacts
    | VideoJoinFacts
    | SessionPlaceFacts
    | ParticipantFacts
    | AudioFacts
)


@dataclass(frozen=True, slots=True)
class AccountFacts:
    """The account a national admin acts on (decide_account); None where there is none."""

    account_kind: AccountKind
    account_country: str | None


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
