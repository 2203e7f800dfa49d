"""The in-process broker: sequences, delivery order, replay and control, in one event loop."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from protocol.errors import Unavailable
from server.brokers.base import Broker, Delivery
from server.brokers.memory import MemoryBroker

CHANNEL = "space:1"
OTHER = "thread:1:2"


class Recorder:
    def __init__(self) -> None:
        self.deliveries: list[Delivery] = []
        self.controls: list[bytes] = []

    def on_delivery(self, delivery: Delivery) -> None:
        self.deliveries.append(delivery)

    def on_control(self, command: bytes) -> None:
        self.controls.append(command)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
async def broker(recorder: Recorder) -> AsyncIterator[MemoryBroker]:
    broker = MemoryBroker(history=5)
    await broker.start(recorder.on_delivery, recorder.on_control)
    yield broker
    await broker.close()


def test_memory_broker_is_a_broker() -> None:
    broker: Broker = MemoryBroker()
    assert broker.healthy


def test_history_must_hold_at_least_one_event() -> None:
    with pytest.raises(ValueError, match="history"):
        MemoryBroker(history=0)


async def test_each_channel_has_its_own_sequence_starting_at_one(broker: MemoryBroker) -> None:
    assert await broker.head(CHANNEL) == 0
    assert [await broker.publish(CHANNEL, b"a") for _ in range(3)] == [1, 2, 3]
    assert await broker.publish(OTHER, b"b") == 1
    assert await broker.head(CHANNEL) == 3
    assert await broker.head(OTHER) == 1


async def test_only_subscribed_channels_are_delivered(
    broker: MemoryBroker, recorder: Recorder
) -> None:
    await broker.publish(CHANNEL, b"before")
    await broker.subscribe(CHANNEL)
    await broker.subscribe(CHANNEL)  # idempotent: still one delivery per event
    await broker.publish(CHANNEL, b"during")
    await broker.publish(OTHER, b"elsewhere")
    await broker.unsubscribe(CHANNEL)
    await broker.unsubscribe(CHANNEL)
    await broker.publish(CHANNEL, b"after")
    assert recorder.deliveries == [Delivery(CHANNEL, 2, b"during")]


async def test_deliveries_follow_sequence_order_with_many_publishing_tasks(
    broker: MemoryBroker, recorder: Recorder
) -> None:
    await broker.subscribe(CHANNEL)

    async def publisher(task: int) -> list[int]:
        seqs = []
        for i in range(50):
            seqs.append(await broker.publish(CHANNEL, f"{task}:{i}".encode()))
            await asyncio.sleep(0)
        return seqs

    published = await asyncio.gather(*(publisher(task) for task in range(8)))
    assert [d.seq for d in recorder.deliveries] == list(range(1, 401))
    # Each delivery carries the payload its publisher got that sequence number for.
    by_seq = {d.seq: d.payload for d in recorder.deliveries}
    for task, seqs in enumerate(published):
        assert [by_seq[seq] for seq in seqs] == [f"{task}:{i}".encode() for i in range(50)]


async def test_a_failing_delivery_handler_does_not_fail_the_publish() -> None:
    def explode(delivery: Delivery) -> None:
        raise RuntimeError("subscriber bug")

    broker = MemoryBroker()
    await broker.start(explode, lambda command: None)
    await broker.subscribe(CHANNEL)
    assert await broker.publish(CHANNEL, b"x") == 1
    assert (await broker.replay(CHANNEL, 0)).events == [Delivery(CHANNEL, 1, b"x")]
    await broker.close()


async def test_replay_returns_events_after_since_and_is_complete(broker: MemoryBroker) -> None:
    for i in range(1, 4):
        await broker.publish(CHANNEL, f"e{i}".encode())
    replay = await broker.replay(CHANNEL, 1)
    assert replay.events == [Delivery(CHANNEL, 2, b"e2"), Delivery(CHANNEL, 3, b"e3")]
    assert (replay.head, replay.complete) == (3, True)
    up_to_date = await broker.replay(CHANNEL, 3)
    assert (up_to_date.events, up_to_date.head, up_to_date.complete) == ([], 3, True)


async def test_replay_of_an_unknown_channel_is_empty_and_complete(broker: MemoryBroker) -> None:
    replay = await broker.replay(CHANNEL, 0)
    assert (replay.events, replay.head, replay.complete) == ([], 0, True)


async def test_replay_is_incomplete_once_events_after_since_were_dropped(
    broker: MemoryBroker,
) -> None:
    for i in range(1, 9):  # history=5: events 1 to 3 are dropped
        await broker.publish(CHANNEL, f"e{i}".encode())
    replay = await broker.replay(CHANNEL, 2)
    assert [d.seq for d in replay.events] == [4, 5, 6, 7, 8]
    assert (replay.head, replay.complete) == (8, False)
    kept = await broker.replay(CHANNEL, 3)
    assert [d.seq for d in kept.events] == [4, 5, 6, 7, 8]
    assert kept.complete


async def test_replay_from_ahead_of_the_head_is_incomplete(broker: MemoryBroker) -> None:
    await broker.publish(CHANNEL, b"e1")
    replay = await broker.replay(CHANNEL, 7)
    assert (replay.events, replay.head, replay.complete) == ([], 1, False)


async def test_replay_rejects_a_negative_since(broker: MemoryBroker) -> None:
    with pytest.raises(ValueError, match="since"):
        await broker.replay(CHANNEL, -1)


async def test_control_commands_reach_the_control_handler(
    broker: MemoryBroker, recorder: Recorder
) -> None:
    await broker.send_control(b"revoke:42")
    assert recorder.controls == [b"revoke:42"]
    assert recorder.deliveries == []


async def test_a_closed_broker_refuses_to_publish(recorder: Recorder) -> None:
    broker = MemoryBroker()
    await broker.start(recorder.on_delivery, recorder.on_control)
    await broker.subscribe(CHANNEL)
    await broker.close()
    with pytest.raises(Unavailable):
        await broker.publish(CHANNEL, b"late")
    assert recorder.deliveries == []


# -- once: the outbox's republish is harmless ---------------------------------------------


async def test_a_publish_repeated_with_its_once_key_is_not_published_again(
    broker: MemoryBroker, recorder: Recorder
) -> None:
    await broker.subscribe(CHANNEL)
    assert await broker.publish(CHANNEL, b"a", once="row-1") == 1
    assert await broker.publish(CHANNEL, b"a", once="row-1") == 1  # its first number
    assert await broker.publish(CHANNEL, b"b", once="row-2") == 2
    assert await broker.publish(CHANNEL, b"c") == 3
    assert [(d.seq, d.payload) for d in recorder.deliveries] == [(1, b"a"), (2, b"b"), (3, b"c")]
    replay = await broker.replay(CHANNEL, 0)
    assert [e.seq for e in replay.events] == [1, 2, 3]


async def test_a_control_command_repeated_with_its_once_key_is_sent_once(
    broker: MemoryBroker, recorder: Recorder
) -> None:
    for _ in range(2):
        await broker.send_control(b"revoke", once="row-9")
    await broker.send_control(b"revoke")  # no key: always sent
    assert recorder.controls == [b"revoke", b"revoke"]
