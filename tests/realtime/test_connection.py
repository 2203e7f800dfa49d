"""The connection core without a network: state machine, ordering, slow consumers."""

from __future__ import annotations

import asyncio

import pytest

from protocol.channels import Channel
from protocol.close_codes import CloseCode
from protocol.codec import decode_server_message
from protocol.messages import Closing, Reset, ResetReason
from protocol.vocabulary import Role
from server.realtime.channel_access import ChannelGrant
from server.realtime.connection import (
    CloseRequest,
    Connection,
    ConnectionState,
    Subscription,
    SubscriptionState,
)


def open_connection(queue: int = 10) -> Connection:
    connection = Connection("c1", queue)
    connection.move_to(ConnectionState.OPEN)
    grant = ChannelGrant(Channel.parse("space:1"), Role.PUPIL)
    connection.subscriptions["space:1"] = Subscription(grant, SubscriptionState.LIVE, 0)
    return connection


def drain(connection: Connection) -> list[object]:
    items: list[object] = list(connection.outgoing)
    connection.outgoing.clear()
    return items


def test_state_machine_refuses_illegal_transitions() -> None:
    connection = Connection("c1", 10)
    with pytest.raises(RuntimeError):
        connection.move_to(ConnectionState.CLOSED)
    connection.move_to(ConnectionState.OPEN)
    with pytest.raises(RuntimeError):
        connection.move_to(ConnectionState.AUTHENTICATING)


def test_duplicates_are_dropped_and_order_is_kept() -> None:
    connection = open_connection()
    for seq in (1, 2, 2, 1, 3):
        connection.deliver("space:1", seq, f"f{seq}")
    assert drain(connection) == ["f1", "f2", "f3"]


def test_a_gap_is_announced_with_a_reset_never_skipped_silently() -> None:
    connection = open_connection()
    connection.deliver("space:1", 1, "f1")
    connection.deliver("space:1", 4, "f4")
    first, reset, fourth = drain(connection)
    assert first == "f1"
    assert fourth == "f4"
    assert isinstance(reset, str)
    message = decode_server_message(reset)
    assert isinstance(message, Reset)
    assert message.seq == 3


def test_deliveries_wait_while_syncing_and_follow_the_replay() -> None:
    connection = open_connection()
    subscription = connection.subscriptions["space:1"]
    subscription.state = SubscriptionState.SYNCING
    connection.deliver("space:1", 6, "f6")
    connection.deliver("space:1", 5, "f5")
    assert drain(connection) == []
    subscription.last_seq = 5  # the replay sent up to 5
    connection.go_live("space:1")
    assert drain(connection) == ["f6"]


def test_a_restarted_numbering_resets_then_counts_from_one() -> None:
    connection = open_connection()
    for seq in (1, 2, 3):
        connection.deliver("space:1", seq, f"old{seq}")
    connection.restart("space:1")
    for seq in (1, 2):
        connection.deliver("space:1", seq, f"new{seq}")
    *old, reset, new1, new2 = drain(connection)
    assert old == ["old1", "old2", "old3"]
    message = decode_server_message(str(reset).encode())
    assert isinstance(message, Reset)
    assert (message.seq, message.reason) == (0, ResetReason.RESTARTED)
    assert [new1, new2] == ["new1", "new2"]


def test_a_restart_while_syncing_resets_when_live_before_what_came_after() -> None:
    connection = open_connection()
    connection.subscriptions["space:1"].state = SubscriptionState.SYNCING
    connection.subscriptions["space:1"].last_seq = 7
    connection.deliver("space:1", 8, "old8")  # of the lost numbering
    connection.restart("space:1")
    connection.deliver("space:1", 1, "new1")
    assert drain(connection) == []
    connection.go_live("space:1")
    reset, new1 = drain(connection)
    message = decode_server_message(str(reset).encode())
    assert isinstance(message, Reset)
    assert (message.seq, message.reason) == (0, ResetReason.RESTARTED)
    assert new1 == "new1"


def test_slow_consumer_is_closed_4008_and_its_backlog_dropped() -> None:
    connection = open_connection(queue=3)
    for seq in range(1, 5):
        connection.deliver("space:1", seq, f"f{seq}")
    items = drain(connection)
    assert len(items) == 2
    notice, close = items
    assert isinstance(notice, str)
    closing = decode_server_message(notice)
    assert isinstance(closing, Closing)
    assert closing.code == CloseCode.SLOW_CONSUMER
    assert close == CloseRequest(CloseCode.SLOW_CONSUMER, closing.reason)
    connection.deliver("space:1", 9, "f9")
    assert drain(connection) == []


async def test_writer_wakes_for_the_next_frame() -> None:
    connection = open_connection()
    waiting = asyncio.create_task(connection.next_outgoing())
    await asyncio.sleep(0)
    assert not waiting.done()
    connection.deliver("space:1", 1, "f1")
    assert await asyncio.wait_for(waiting, 1) == "f1"
    assert connection.wakeup is None


def test_a_failover_rewind_resets_at_the_new_head_and_takes_its_reused_numbers() -> None:
    # A Redis Cluster replica promoted without the last events its master sent: the broker
    # says the numbering continues after 3, and 4, 5 come again with other events.
    connection = open_connection()
    for seq in (1, 2, 3, 4, 5):
        connection.deliver("space:1", seq, f"old{seq}")
    connection.restart("space:1", 3)
    for seq in (4, 5):
        connection.deliver("space:1", seq, f"new{seq}")
    *old, reset, new4, new5 = drain(connection)
    assert len(old) == 5
    message = decode_server_message(str(reset).encode())
    assert isinstance(message, Reset)
    assert (message.seq, message.reason) == (3, ResetReason.RESTARTED)
    assert [new4, new5] == ["new4", "new5"]


def test_a_failover_rewind_while_syncing_resets_at_the_new_head_when_live() -> None:
    connection = open_connection()
    connection.subscriptions["space:1"].state = SubscriptionState.SYNCING
    connection.subscriptions["space:1"].last_seq = 7
    connection.restart("space:1", 5)
    connection.deliver("space:1", 6, "new6")
    connection.go_live("space:1")
    reset, new6 = drain(connection)
    message = decode_server_message(str(reset).encode())
    assert isinstance(message, Reset)
    assert (message.seq, message.reason) == (5, ResetReason.RESTARTED)
    assert new6 == "new6"
