"""The video state machines: every move in the tables, and nothing else."""

from __future__ import annotations

import itertools

import pytest

from protocol.errors import Conflict
from protocol.video import ParticipantState, VideoSessionState
from server.services.video.states import (
    PARTICIPANT_TRANSITIONS,
    SESSION_TRANSITIONS,
    ParticipantEvent,
    SessionEvent,
    next_participant_state,
    next_session_state,
)

P = ParticipantState
E = ParticipantEvent


def test_session_locks_unlocks_and_ends_for_good() -> None:
    state = next_session_state(VideoSessionState.LIVE, SessionEvent.LOCK)
    assert state is VideoSessionState.LOCKED
    assert next_session_state(state, SessionEvent.UNLOCK) is VideoSessionState.LIVE
    assert next_session_state(state, SessionEvent.END) is VideoSessionState.ENDED
    for event in SessionEvent:
        with pytest.raises(Conflict):
            next_session_state(VideoSessionState.ENDED, event)


@pytest.mark.parametrize(
    ("state", "event"), list(itertools.product(list(VideoSessionState), list(SessionEvent)))
)
def test_session_moves_outside_the_table_are_conflicts(
    state: VideoSessionState, event: SessionEvent
) -> None:
    if (state, event) in SESSION_TRANSITIONS:
        assert next_session_state(state, event) is SESSION_TRANSITIONS[(state, event)]
    else:
        with pytest.raises(Conflict):
            next_session_state(state, event)


def test_participant_path_through_the_lobby() -> None:
    state = next_participant_state(None, E.WAIT)
    assert state is P.LOBBY
    state = next_participant_state(state, E.ADMIT)
    assert state is P.ADMITTED
    state = next_participant_state(state, E.JOIN)
    assert state is P.JOINED
    assert next_participant_state(state, E.REJOIN) is P.JOINED
    assert next_participant_state(state, E.DROP) is P.LEFT


def test_removed_or_denied_participants_stay_out() -> None:
    assert next_participant_state(P.LOBBY, E.DENY) is P.REMOVED
    assert next_participant_state(P.JOINED, E.REMOVE) is P.REMOVED
    for event in ParticipantEvent:
        with pytest.raises(Conflict):
            next_participant_state(P.REMOVED, event)


def test_who_left_may_ask_again() -> None:
    assert next_participant_state(P.LEFT, E.WAIT) is P.LOBBY
    assert next_participant_state(P.LEFT, E.ENTER) is P.ADMITTED


def test_lobby_participants_cannot_join_the_signalling_before_admission() -> None:
    with pytest.raises(Conflict):
        next_participant_state(P.LOBBY, E.JOIN)


@pytest.mark.parametrize("state", [None, *ParticipantState])
def test_every_present_participant_is_removed_when_the_session_ends(
    state: ParticipantState | None,
) -> None:
    present = state in (P.LOBBY, P.ADMITTED, P.JOINED)
    assert ((state, E.END) in PARTICIPANT_TRANSITIONS) is present
