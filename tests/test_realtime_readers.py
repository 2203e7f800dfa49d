"""The readers' coalescing and cap (server/realtime/readers.py), as pure logic: no event loop."""

from __future__ import annotations

from server.brokers.base import Reader, ReadersNow
from server.realtime.readers import READERS_SHOWN, plan_pass, readers_message

PRESENCE = {12: "presence:12", 13: "presence:13"}


def test_a_reader_gets_one_message_a_pass_when_both_changed() -> None:
    # Ana and Bob read thread 34 of group 12; Eva only has the group open.
    listeners = {"readers:12:34": ["ana", "bob"], "presence:12": ["ana", "bob", "eva"]}
    plan = plan_pass({"readers:12:34": (12, "R")}, {12: "C"}, listeners, PRESENCE)
    assert sorted(plan) == [("ana", "R"), ("bob", "R"), ("eva", "C")]


def test_only_the_count_changed_everyone_gets_the_count() -> None:
    listeners = {"readers:12:34": ["ana"], "presence:12": ["ana", "eva"]}
    assert sorted(plan_pass({}, {12: "C"}, listeners, PRESENCE)) == [("ana", "C"), ("eva", "C")]


def test_a_snapshot_of_one_space_does_not_cover_another_space_count() -> None:
    listeners = {"readers:12:34": ["ana"], "presence:13": ["ana"]}
    plan = plan_pass({"readers:12:34": (12, "R")}, {13: "C13"}, listeners, PRESENCE)
    assert sorted(plan) == [("ana", "C13"), ("ana", "R")]


def test_nothing_changed_nothing_sent() -> None:
    assert plan_pass({}, {}, {"readers:12:34": ["ana"], "presence:12": ["ana"]}, PRESENCE) == []


def test_the_message_names_the_first_and_counts_the_others() -> None:
    shown = tuple(Reader(n, f"R{n}", "teacher") for n in range(1, READERS_SHOWN + 1))
    message = readers_message("readers:12:34", ReadersNow(shown, 300), online=431)
    assert len(message.readers) == READERS_SHOWN == 20
    assert message.more == 280
    assert (message.readers[0].display_name, message.readers[0].role) == ("R1", "teacher")
    assert message.online == 431
    assert readers_message("readers:5:6", ReadersNow((), 0)).online is None
