"""The typing gate, pure: one event per member and chat per window, on a given clock."""

from __future__ import annotations

import datetime as dt

from server.services import chat_typing
from server.services.chat_typing import TYPING_EVERY, TypingGate

T0 = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


def test_one_event_per_member_and_chat_per_window() -> None:
    gate = TypingGate()
    assert gate.admit(1, 10, T0)
    assert not gate.admit(1, 10, T0 + TYPING_EVERY - dt.timedelta(milliseconds=1))
    assert gate.admit(2, 10, T0)  # another member
    assert gate.admit(1, 11, T0)  # another chat
    assert gate.admit(1, 10, T0 + TYPING_EVERY)


def test_stale_entries_are_dropped_when_the_gate_is_full() -> None:
    gate = TypingGate()
    for account in range(chat_typing.MAX_ENTRIES):
        assert gate.admit(account, 1, T0)
    later = T0 + TYPING_EVERY
    assert gate.admit(-1, 1, later)
    assert set(gate.last) == {(-1, 1)}
