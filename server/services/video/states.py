"""The state machines of a video session and of a participant, as transition tables.

Each table maps (state, event) to the next state; a pair not in the table is refused with a
Conflict naming both, so an impossible move (admitting someone who left, unlocking an ended
session) never half-happens.
"""

from __future__ import annotations

import enum

from protocol.errors import Conflict
from protocol.video import ParticipantState, VideoSessionState


class SessionEvent(enum.StrEnum):
    LOCK = "lock"
    UNLOCK = "unlock"
    END = "end"


class ParticipantEvent(enum.StrEnum):
    WAIT = "wait"  # asked to join a session with a lobby (or as a guest)
    ENTER = "enter"  # asked to join with no lobby in the way
    ADMIT = "admit"
    DENY = "deny"
    JOIN = "join"  # bound a connection to the signalling
    REJOIN = "rejoin"  # bound a new connection in place (after a dropped socket)
    LEAVE = "leave"
    DROP = "drop"  # the socket stayed dead past the grace period
    REMOVE = "remove"
    END = "end"  # the session ended


S = VideoSessionState
P = ParticipantState

SESSION_TRANSITIONS: dict[tuple[VideoSessionState, SessionEvent], VideoSessionState] = {
    (S.LIVE, SessionEvent.LOCK): S.LOCKED,
    (S.LOCKED, SessionEvent.UNLOCK): S.LIVE,
    (S.LIVE, SessionEvent.END): S.ENDED,
    (S.LOCKED, SessionEvent.END): S.ENDED,
}

#: Where a participant may go. Someone who left may ask again (WAIT, ENTER) the way a
#: newcomer would; someone removed or denied stays out of this session.
PARTICIPANT_TRANSITIONS: dict[
    tuple[ParticipantState | None, ParticipantEvent], ParticipantState
] = {
    (None, ParticipantEvent.WAIT): P.LOBBY,
    (None, ParticipantEvent.ENTER): P.ADMITTED,
    (P.LEFT, ParticipantEvent.WAIT): P.LOBBY,
    (P.LEFT, ParticipantEvent.ENTER): P.ADMITTED,
    (P.LOBBY, ParticipantEvent.ADMIT): P.ADMITTED,
    (P.LOBBY, ParticipantEvent.DENY): P.REMOVED,
    (P.LOBBY, ParticipantEvent.LEAVE): P.LEFT,
    (P.ADMITTED, ParticipantEvent.JOIN): P.JOINED,
    (P.ADMITTED, ParticipantEvent.LEAVE): P.LEFT,
    (P.ADMITTED, ParticipantEvent.REMOVE): P.REMOVED,
    (P.ADMITTED, ParticipantEvent.DROP): P.LEFT,
    (P.JOINED, ParticipantEvent.REJOIN): P.JOINED,
    (P.JOINED, ParticipantEvent.LEAVE): P.LEFT,
    (P.JOINED, ParticipantEvent.DROP): P.LEFT,
    (P.JOINED, ParticipantEvent.REMOVE): P.REMOVED,
    (P.LOBBY, ParticipantEvent.END): P.REMOVED,
    (P.ADMITTED, ParticipantEvent.END): P.REMOVED,
    (P.JOINED, ParticipantEvent.END): P.REMOVED,
}


def next_session_state(state: VideoSessionState, event: SessionEvent) -> VideoSessionState:
    try:
        return SESSION_TRANSITIONS[(state, event)]
    except KeyError:
        raise Conflict(f"a {state} session cannot {event}") from None


def next_participant_state(
    state: ParticipantState | None, event: ParticipantEvent
) -> ParticipantState:
    try:
        return PARTICIPANT_TRANSITIONS[(state, event)]
    except KeyError:
        raise Conflict(f"a participant who is {state or 'new'} cannot {event}") from None
