"""The chat's live tests again with the Redis broker (the multi-process fan-out): delivery,
the teachers' chat kept from pupils, and catch-up after a drop with nothing missing or twice."""

from __future__ import annotations

import dataclasses

import pytest

from .conftest import SettingsTweak
from .test_chat_live import (  # noqa: F401 - collected here with the Redis broker
    room,
    test_a_dropped_client_catches_up_with_nothing_missing_or_twice,
    test_a_message_reaches_every_member_live,
    test_session_chat_reaches_its_participants_and_teachers_only,
    test_teachers_chat_never_reaches_pupils_or_guests,
)


@pytest.fixture
def tweak(redis_url: str) -> SettingsTweak:
    return lambda settings: dataclasses.replace(settings, redis_url=redis_url)
