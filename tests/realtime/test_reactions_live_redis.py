"""The reactions' live test again with the Redis broker (the multi-process fan-out)."""

from __future__ import annotations

import dataclasses

import pytest

from .conftest import SettingsTweak
from .test_reactions_live import (  # noqa: F401 - collected here with the Redis broker
    room,
    test_a_second_reader_sees_the_counts_change_live,
)


@pytest.fixture
def tweak(redis_url: str) -> SettingsTweak:
    return lambda settings: dataclasses.replace(settings, redis_url=redis_url)
