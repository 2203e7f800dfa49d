"""The SFU rooms' guards that need no Janus: a session left on an SFU that is no longer
configured, and a token asked for without one (issue 19: typed errors, not asserts)."""

from __future__ import annotations

import pytest

from protocol.errors import InvariantBroken, Unavailable
from protocol.video import ParticipantState, VideoMode
from server.config import VideoSettings
from server.services.video import rooms
from storage.models import VideoParticipant, VideoSession

NO_SFU = VideoSettings()


def on_the_sfu() -> tuple[VideoSession, VideoParticipant]:
    session = VideoSession(id=7, mode=VideoMode.SFU)
    return session, VideoParticipant(id=3, session_id=7, state=ParticipantState.ADMITTED)


async def test_admitting_into_a_session_whose_sfu_is_gone_is_unavailable() -> None:
    session, p = on_the_sfu()
    with pytest.raises(Unavailable, match="SFU is not configured"):
        await rooms.make_room(None, session, p, NO_SFU)  # type: ignore[arg-type]  # no I/O


def test_a_participant_token_without_an_sfu_is_our_bug() -> None:
    session, p = on_the_sfu()
    with pytest.raises(InvariantBroken):
        rooms.token_of(NO_SFU, session, p)


def test_no_sfu_access_is_offered_without_an_sfu() -> None:
    session, p = on_the_sfu()
    assert rooms.access(session, p, NO_SFU) is None
