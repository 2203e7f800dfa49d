"""The rules about live video: join (the lobby, a lock, a removal), a session's channel,
entering the call, sending audio under a teacher's mute, removing a participant, a mesh's
data channels, a session's chat. Part of the table in rules.py."""

from __future__ import annotations

from protocol.vocabulary import (
    PUPIL_ROLES,
    TEACHER_ROLES,
    Role,
    SpaceKind,
)

from .facts import (
    Actor,
    AudioFacts,
    AudioVia,
    Decision,
    Outcome,
    ParticipantFacts,
    PeerFacts,
    SessionPlaceFacts,
    SpaceFacts,
    VideoJoinFacts,
)
from .verdicts import allow, conceal, deny, is_own


def join_video(actor: Actor, role: Role, space: SpaceFacts, target: VideoJoinFacts) -> Decision:
    if role not in TEACHER_ROLES and target.locked:
        return deny("the session is locked: no one new gets in")
    if target.removed:
        # Denied from the lobby or removed by a teacher: out of this session, teachers too.
        return deny("you were removed from this session")
    if role in TEACHER_ROLES:
        return allow()
    if role is Role.GUEST or target.has_lobby:
        return Decision(Outcome.ALLOW_VIA_LOBBY, "waits in the lobby until a teacher admits")
    return allow()


#: Who moderates video (admit from the lobby, mute, remove, lock, end): a lobby with none of
#: them present says so (``ParticipantOut.moderator``).
VIDEO_MODERATORS = TEACHER_ROLES


#: In a group, its owners and moderators (not its members: docs/groups.md).
GROUP_VIDEO_MODERATORS = frozenset({Role.FOUNDER, Role.ADMIN})


def moderates_video(role: Role, kind: SpaceKind) -> bool:
    """Whether a member of this role moderates video sessions in a space of this kind: the
    MODERATE_VIDEO rule for the role, for showing who can let people in (each request is
    still decided in full)."""
    moderators = GROUP_VIDEO_MODERATORS if kind is SpaceKind.GROUP else VIDEO_MODERATORS
    return role in moderators


def use_video_channel(
    actor: Actor, role: Role, space: SpaceFacts, target: SessionPlaceFacts
) -> Decision:
    """A session's channel (its signalling, its events) is for those who hold a place in it,
    the lobby included; to anyone else it does not exist."""
    return allow() if target.participant else conceal("no place in this session")


def enter_call(actor: Actor, role: Role, space: SpaceFacts, target: ParticipantFacts) -> Decision:
    """The lobby is the gate: who waits there is not in the call until a teacher admits."""
    if target.in_lobby:
        return deny("wait in the lobby until a teacher admits you")
    return allow()


#: What a teacher's mute says to each way of sending audio.
MUTED_AUDIO: dict[AudioVia, str] = {
    AudioVia.MICROPHONE: "muted by a teacher: keep the microphone off",
    AudioVia.OFFER: "muted by a teacher: offer audio as recvonly or inactive",
    AudioVia.ANSWER: "muted by a teacher: answer audio as recvonly or inactive",
}


def send_audio(actor: Actor, role: Role, space: SpaceFacts, target: AudioFacts) -> Decision:
    """A force-mute (a teacher's, or the space's mute reaching the session) is the server's
    state the client must honour: no audio sent until a teacher allows it. Offers and answers
    too: a muted client answering a peer's offer could otherwise send audio."""
    if target.force_muted:
        return deny(MUTED_AUDIO[target.via])
    return allow()


def remove_participant(
    actor: Actor, role: Role, space: SpaceFacts, target: ParticipantFacts
) -> Decision:
    if role not in VIDEO_MODERATORS:
        return deny("only teachers moderate video")
    if is_own(actor, target.account_id):
        return deny("leave rather than remove yourself")
    return allow()


def open_data_channel(actor: Actor, role: Role, space: SpaceFacts, target: PeerFacts) -> Decision:
    """A data channel in a mesh goes straight from one browser to the other: no teacher reads
    it. DOMAIN.md: every word a pupil writes is visible to a teacher, so no pupil has one, at
    either end (``target.role``: the peer's role; unknown counts as a pupil)."""
    if role in PUPIL_ROLES or target.role is None or target.role in PUPIL_ROLES:
        return deny("no data channel to or from a pupil: no teacher could read it")
    return allow()


def read_session_chat(
    actor: Actor, role: Role, space: SpaceFacts, target: SessionPlaceFacts
) -> Decision:
    """A video session's chat: its participants and the space's teachers; to anyone else
    it does not exist (every word a pupil writes there stays visible to the teachers)."""
    if role in TEACHER_ROLES or target.participant:
        return allow()
    return conceal("no such session")
