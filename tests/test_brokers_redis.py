"""The Redis broker against real Redis servers: the shared one, and private ones that the tests
kill and restart. Two broker instances in one event loop stand for two server processes: they
share nothing but Redis.

Every test uses channels of a random space, so runs sharing the Redis server do not hear each
other (Pub/Sub ignores database numbers).

The tests on the shared server (``redis_url``) run twice: on one Redis and on the test Redis
Cluster (3 masters, 3 replicas; ``redis+cluster://``, sharded Pub/Sub). Those that kill their
own server stay on one Redis; the cluster's failover has tests of its own
(tests/test_brokers_redis_cluster.py).
"""

from __future__ import annotations

import asyncio
import secrets
import signal
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
import redis.asyncio
from redis.asyncio.cluster import RedisCluster

from protocol.channels import Channel
from protocol.errors import Unavailable
from server.brokers.base import Broker, Delivery
from server.brokers.redis_broker import RENUMBER_GAP, RedisBroker
from server.brokers.redis_client import connect, is_cluster_url
from server.brokers.redis_cluster_broker import make_redis_broker
from tests.support import PrivateRedis, eventually, free_port


@pytest.fixture
def redis_url(any_redis_url: str) -> str:
    """One Redis, then the Redis Cluster (see the module docstring)."""
    return any_redis_url


class Recorder:
    """The handlers of one process: what it was delivered, in order."""

    def __init__(self) -> None:
        self.deliveries: list[Delivery] = []
        self.controls: list[bytes] = []
        #: (channel, how many deliveries came before the restart was told)
        self.restarts: list[tuple[str, int]] = []
        #: (channel, the position its deliveries continue after)
        self.restarted_at: list[tuple[str, int]] = []

    def on_delivery(self, delivery: Delivery) -> None:
        self.deliveries.append(delivery)

    def on_control(self, command: bytes) -> None:
        self.controls.append(command)

    def on_restart(self, channel: str, at: int) -> None:
        self.restarts.append((channel, len(self.deliveries)))
        self.restarted_at.append((channel, at))

    def seqs(self, channel: str) -> list[int]:
        return [d.seq for d in self.deliveries if d.channel == channel]


StartBroker = Callable[..., Awaitable[tuple[RedisBroker, Recorder]]]


@pytest.fixture
async def start_broker() -> AsyncIterator[StartBroker]:
    """Start brokers (``await start_broker(url, **options)``); all are closed afterwards."""
    started: list[RedisBroker] = []

    async def start(url: str, **options: Any) -> tuple[RedisBroker, Recorder]:
        broker = make_redis_broker(url, **options)
        recorder = Recorder()
        await broker.start(recorder.on_delivery, recorder.on_control, recorder.on_restart)
        started.append(broker)
        return broker, recorder

    yield start
    for broker in started:
        await broker.close()


def is_healthy(broker: RedisBroker) -> bool:
    # A function, not the property inline: mypy would narrow the property after an assert.
    return broker.healthy


def space_channels() -> tuple[str, str]:
    """Two channels of a space no other test run uses."""
    space = secrets.randbelow(10**12) + 10**6
    return f"space:{space}", f"thread:{space}:7"


async def numsub(url: str, *names: str) -> dict[str, int]:
    """PUBSUB NUMSUB: how many connections are subscribed to each Pub/Sub channel."""
    client = connect(url, decode_responses=True)
    try:
        if isinstance(client, RedisCluster):
            # Sharded channels are counted by the master owning each one's slot.
            await client.initialize()
            answer = []
            for name in names:
                node = client.get_node_from_key(name)
                # Parsed by redis-py into [(name, count)].
                answer += await client.execute_command(
                    "PUBSUB SHARDNUMSUB", name, target_nodes=node
                )
        else:
            answer = await client.pubsub_numsub(*names)
    finally:
        await client.aclose()
    return {str(name): int(count) for name, count in answer}


async def eventually_numsub(url: str, name: str, count: int) -> None:
    # NUMSUB is read on another connection than the SUBSCRIBE was sent on: poll, bounded.
    async def reached() -> bool:
        return (await numsub(url, name))[name] == count

    await eventually(f"{count} subscriber(s) to {name}", reached)


# -- the shared server -----------------------------------------------------------------------


async def test_redis_broker_is_a_broker(redis_url: str) -> None:
    broker: Broker = make_redis_broker(redis_url)
    await broker.close()


async def test_layout_keeps_a_space_in_one_hash_slot(
    redis_url: str, start_broker: StartBroker
) -> None:
    broker, _ = await start_broker(redis_url)
    if is_cluster_url(redis_url):
        # Database 0 only; the control channel's hash tag puts its `once` keys in its slot.
        assert broker.pubsub_name("thread:12:345") == "tsl:{s12}:thread:12:345:events:db0"
        assert broker.control_pubsub_name == "tsl:{control}:db0"
    else:
        assert broker.pubsub_name("thread:12:345") == "tsl:{s12}:thread:12:345:events:db15"
        assert broker.control_pubsub_name == "tsl:control:db15"
    await broker.publish("thread:12:345", b"x")
    client = connect(redis_url)
    try:
        assert await client.get("tsl:{s12}:thread:12:345:seq") == b"1"
        assert await client.lrange("tsl:{s12}:thread:12:345:history", 0, -1) == [b"1\nx"]
    finally:
        await client.aclose()


async def test_sequence_only_grows_and_is_shared_by_processes(
    redis_url: str, start_broker: StartBroker
) -> None:
    channel, other = space_channels()
    a, _ = await start_broker(redis_url)
    b, _ = await start_broker(redis_url)
    assert await a.head(channel) == 0
    seqs = [await (a if i % 2 else b).publish(channel, b"e") for i in range(6)]
    assert seqs == [1, 2, 3, 4, 5, 6]
    assert await a.head(channel) == await b.head(channel) == 6
    assert await b.publish(other, b"e") == 1  # each channel has its own sequence
    # The counter never expires, unlike the history.
    client = connect(redis_url)
    try:
        parsed = Channel.parse(channel)
        assert await client.ttl(parsed.redis_key("seq")) == -1
        assert 0 < await client.ttl(parsed.redis_key("history")) <= 3600
    finally:
        await client.aclose()


async def test_concurrent_publishers_in_two_processes_deliver_each_event_once_in_order(
    redis_url: str, start_broker: StartBroker
) -> None:
    channel, _ = space_channels()
    a, a_seen = await start_broker(redis_url)
    b, b_seen = await start_broker(redis_url)
    await a.subscribe(channel)
    await b.subscribe(channel)

    async def publisher(broker: RedisBroker, name: str) -> dict[int, bytes]:
        sent = {}
        for i in range(100):
            payload = f"{name}:{i}".encode()
            sent[await broker.publish(channel, payload)] = payload
        return sent

    results = await asyncio.gather(
        *(publisher(broker, f"{tag}{n}") for broker, tag in ((a, "a"), (b, "b")) for n in range(5))
    )
    sent = {seq: payload for result in results for seq, payload in result.items()}
    assert sorted(sent) == list(range(1, 1001))
    await eventually(
        "all 1000 events delivered to both",
        lambda: len(a_seen.deliveries) >= 1000 and len(b_seen.deliveries) >= 1000,
    )
    await asyncio.sleep(0.05)  # room for a duplicate to show up
    for seen in (a_seen, b_seen):
        assert seen.seqs(channel) == list(range(1, 1001))
        assert {d.seq: d.payload for d in seen.deliveries} == sent


async def test_a_process_hears_nothing_of_channels_it_has_no_subscribers_for(
    redis_url: str, start_broker: StartBroker
) -> None:
    x, y = space_channels()
    a, a_seen = await start_broker(redis_url)
    b, b_seen = await start_broker(redis_url)
    await a.subscribe(x)
    await b.subscribe(y)
    x_name, y_name = a.pubsub_name(x), a.pubsub_name(y)
    assert await numsub(redis_url, x_name, y_name) == {x_name: 1, y_name: 1}

    await a.publish(x, b"for a")
    await a.publish(y, b"for b")
    # Redis sends in publication order: had B been subscribed to X, X's event would come first.
    await eventually("B gets Y's event", lambda: b_seen.seqs(y) == [1])
    assert b_seen.seqs(x) == []
    await eventually("A gets X's event", lambda: a_seen.seqs(x) == [1])
    assert a_seen.seqs(y) == []

    await b.subscribe(x)
    assert (await numsub(redis_url, x_name))[x_name] == 2
    await a.unsubscribe(x)
    await a.unsubscribe(x)  # idempotent
    await eventually_numsub(redis_url, x_name, 1)
    await b.publish(x, b"only b now")
    await eventually("B gets X's second event", lambda: b_seen.seqs(x) == [2])
    await b.publish(y, b"marker")
    await eventually("B gets the marker", lambda: b_seen.seqs(y) == [1, 2])
    await a.publish(y, b"nothing for a")
    assert a_seen.seqs(x) == [1]
    assert a_seen.seqs(y) == []


async def test_replay_returns_what_the_history_holds_after_since(
    redis_url: str, start_broker: StartBroker
) -> None:
    channel, other = space_channels()
    broker, _ = await start_broker(redis_url, history=5)
    empty = await broker.replay(channel, 0)
    assert (empty.events, empty.head, empty.complete) == ([], 0, True)
    for i in range(1, 4):
        await broker.publish(channel, f"e{i}".encode())
    replay = await broker.replay(channel, 1)
    assert replay.events == [Delivery(channel, 2, b"e2"), Delivery(channel, 3, b"e3")]
    assert (replay.head, replay.complete) == (3, True)
    up_to_date = await broker.replay(channel, 3)
    assert (up_to_date.events, up_to_date.head, up_to_date.complete) == ([], 3, True)
    ahead = await broker.replay(channel, 9)
    assert (ahead.events, ahead.head, ahead.complete) == ([], 3, False)
    assert (await broker.replay(other, 0)).head == 0


async def test_replay_after_history_overflow_is_incomplete(
    redis_url: str, start_broker: StartBroker
) -> None:
    channel, _ = space_channels()
    broker, _ = await start_broker(redis_url, history=5)
    for i in range(1, 9):  # events 1 to 3 are trimmed away
        await broker.publish(channel, f"e{i}".encode())
    replay = await broker.replay(channel, 2)
    assert [d.seq for d in replay.events] == [4, 5, 6, 7, 8]
    assert (replay.head, replay.complete) == (8, False)
    kept = await broker.replay(channel, 3)
    assert [d.payload for d in kept.events] == [b"e4", b"e5", b"e6", b"e7", b"e8"]
    assert kept.complete
    with pytest.raises(ValueError, match="since"):
        await broker.replay(channel, -1)


async def test_a_gap_in_the_stream_is_filled_from_the_history_before_the_next_event(
    redis_url: str, start_broker: StartBroker
) -> None:
    channel, _ = space_channels()
    broker, seen = await start_broker(redis_url)
    await broker.subscribe(channel)
    await broker.publish(channel, b"e1")
    # An event numbered and kept but never published (as if its message were lost).
    parsed, client = Channel.parse(channel), connect(redis_url)
    try:
        assert await client.incr(parsed.redis_key("seq")) == 2
        await client.rpush(parsed.redis_key("history"), b"2\nmissed")
    finally:
        await client.aclose()
    await broker.publish(channel, b"e3")
    await eventually("three events", lambda: len(seen.deliveries) >= 3)
    assert [(d.seq, d.payload) for d in seen.deliveries] == [(1, b"e1"), (2, b"missed"), (3, b"e3")]


async def test_events_gone_from_the_history_are_skipped_and_delivery_goes_on(
    redis_url: str, start_broker: StartBroker
) -> None:
    channel, _ = space_channels()
    broker, seen = await start_broker(redis_url)
    await broker.subscribe(channel)
    await broker.publish(channel, b"e1")
    parsed, client = Channel.parse(channel), connect(redis_url)
    try:
        await client.incrby(parsed.redis_key("seq"), 2)  # events 2 and 3, lost entirely
    finally:
        await client.aclose()
    await broker.publish(channel, b"e4")
    await broker.publish(channel, b"e5")
    await eventually("the events that exist", lambda: seen.seqs(channel)[-1:] == [5])
    await asyncio.sleep(0.02)
    assert seen.seqs(channel) == [1, 4, 5]


async def test_another_servers_numbering_jumps_so_no_number_is_given_twice(
    redis_url: str, start_broker: StartBroker
) -> None:
    """A channel last numbered by another Redis server process (a promoted replica, a master
    restarted from its files, which may lack the last events it had numbered): the next event
    is numbered RENUMBER_GAP further on, so a resume from among the numbers the old server
    may have handed out finds a gap and is reset instead of being handed the next one alone."""
    channel, _ = space_channels()
    broker, seen = await start_broker(redis_url)
    await broker.subscribe(channel)
    for payload in (b"e1", b"e2"):
        await broker.publish(channel, payload)
    parsed, client = Channel.parse(channel), connect(redis_url)
    try:
        await client.set(parsed.redis_key("writer"), b"0123456789abcdef")  # another process
    finally:
        await client.aclose()
    jumped = await broker.publish(channel, b"e3")
    assert jumped == 2 + RENUMBER_GAP + 1
    assert await broker.publish(channel, b"e4") == jumped + 1  # this server's own from now on
    for since in (1, 2, 5):  # from before the jump: never complete
        replay = await broker.replay(channel, since)
        assert not replay.complete, since
    assert (await broker.replay(channel, jumped)).complete
    await eventually("the events", lambda: seen.seqs(channel)[-1:] == [jumped + 1])
    assert seen.seqs(channel) == [1, 2, jumped, jumped + 1]


async def test_control_commands_reach_every_process_including_the_sender(
    redis_url: str, start_broker: StartBroker
) -> None:
    a, a_seen = await start_broker(redis_url)
    _, b_seen = await start_broker(redis_url)
    marker = secrets.token_bytes(8)
    await a.send_control(b"revoke " + marker)
    await eventually(
        "both processes get the command", lambda: bool(a_seen.controls and b_seen.controls)
    )
    assert a_seen.controls == b_seen.controls == [b"revoke " + marker]
    assert a_seen.deliveries == b_seen.deliveries == []


async def test_a_publish_repeated_with_its_once_key_is_published_once_across_processes(
    redis_url: str, start_broker: StartBroker
) -> None:
    channel, _ = space_channels()
    a, a_seen = await start_broker(redis_url)
    b, b_seen = await start_broker(redis_url)
    for broker in (a, b):
        await broker.subscribe(channel)
    once = secrets.token_hex(16)
    assert await a.publish(channel, b"post", once=once) == 1
    # Another process's sweep republishes the row its dead owner had already published.
    assert await b.publish(channel, b"post", once=once) == 1
    assert await b.publish(channel, b"next") == 2
    await eventually(
        "both processes have both events",
        lambda: a_seen.seqs(channel) == b_seen.seqs(channel) == [1, 2],
    )
    assert [d.payload for d in a_seen.deliveries] == [d.payload for d in b_seen.deliveries]
    assert [d.payload for d in a_seen.deliveries] == [b"post", b"next"]
    assert [e.seq for e in (await a.replay(channel, 0)).events] == [1, 2]
    client = connect(redis_url)
    try:
        key = Channel.parse(channel).redis_key("once", once)
        assert await client.get(key) == b"1"
        assert 0 < await client.ttl(key) <= 86_400
    finally:
        await client.aclose()


async def test_a_control_command_repeated_with_its_once_key_reaches_processes_once(
    redis_url: str, start_broker: StartBroker
) -> None:
    a, a_seen = await start_broker(redis_url)
    b, b_seen = await start_broker(redis_url)
    once = secrets.token_hex(16)
    await a.send_control(b"revoke", once=once)
    await b.send_control(b"revoke", once=once)
    await b.send_control(b"last")
    await eventually(
        "both get the last command",
        lambda: b"last" in a_seen.controls and b"last" in b_seen.controls,
    )
    assert a_seen.controls == b_seen.controls == [b"revoke", b"last"]


async def test_start_without_redis_raises_unavailable() -> None:
    broker = RedisBroker(f"redis://127.0.0.1:{free_port()}/0", command_timeout_s=0.5)
    recorder = Recorder()
    with pytest.raises(Unavailable):
        await broker.start(recorder.on_delivery, recorder.on_control)
    await broker.close()


# -- losing the connection -------------------------------------------------------------------


@pytest.mark.redis
async def test_killed_connection_recovers_and_delivers_what_was_missed_once_in_order(
    private_redis: PrivateRedis, start_broker: StartBroker
) -> None:
    channel, _ = space_channels()
    # A long first pause, so the events below are surely published while disconnected.
    broker, seen = await start_broker(private_redis.url, backoff_min_s=0.3)
    await broker.subscribe(channel)
    for _ in range(3):
        await broker.publish(channel, b"before")
    await eventually("the first events", lambda: seen.seqs(channel) == [1, 2, 3])
    assert is_healthy(broker)

    killer = redis.asyncio.Redis.from_url(private_redis.url)
    try:
        assert await killer.client_kill_filter(_type="pubsub") == 1
        await eventually("healthy turns False", lambda: not is_healthy(broker), within=1)
        for _ in range(20):
            await broker.publish(channel, b"meanwhile")
        assert not is_healthy(broker), "published after recovery: the gap was not exercised"
        assert seen.seqs(channel) == [1, 2, 3]
        await eventually("healthy again", lambda: is_healthy(broker))
        await broker.publish(channel, b"after")
        await eventually("all events", lambda: len(seen.seqs(channel)) >= 24)
        await asyncio.sleep(0.05)
        assert seen.seqs(channel) == list(range(1, 25))
        assert seen.restarts == []  # Redis kept its data: nobody's position is void
        name = broker.pubsub_name(channel)
        assert await numsub(private_redis.url, name, broker.control_pubsub_name) == {
            name: 1,
            broker.control_pubsub_name: 1,
        }
    finally:
        await killer.aclose()


@pytest.mark.redis
async def test_broker_resubscribes_within_two_seconds_of_a_real_restart(
    private_redis: PrivateRedis, start_broker: StartBroker
) -> None:
    channel, later = space_channels()
    broker, seen = await start_broker(private_redis.url)
    await broker.subscribe(channel)
    for _ in range(3):
        await broker.publish(channel, b"before")
    await eventually("the first events", lambda: seen.seqs(channel) == [1, 2, 3])

    await private_redis.kill()
    await eventually("healthy turns False", lambda: not is_healthy(broker), within=1)
    began = time.monotonic()
    with pytest.raises(Unavailable):
        await broker.publish(channel, b"lost")
    assert time.monotonic() - began < 2.5, "publish must fail, not hang, while Redis is down"
    await broker.subscribe(later)  # recorded while down, made on reconnecting
    # Down long enough for the back-off to reach its cap: the worst case for the restart.
    await asyncio.sleep(2.0)

    restarted = time.monotonic()
    await private_redis.start()
    ready = time.monotonic()
    await eventually("healthy after the restart", lambda: is_healthy(broker), within=2.5)
    recovered = time.monotonic()
    print(
        f"\nresubscribed {recovered - restarted:.3f} s after starting redis-server again "
        f"({recovered - ready:.3f} s after it first answered)"
    )
    assert recovered - restarted < 2.0

    names = [broker.pubsub_name(channel), broker.pubsub_name(later)]
    assert await numsub(private_redis.url, *names) == dict.fromkeys(names, 1)
    # The restarted server lost everything: sequences start again at 1, and are delivered,
    # after the restart of both channels' numbering was told (so that subscribers reset).
    assert sorted(seen.restarts) == sorted([(channel, 3), (later, 3)])
    assert await broker.publish(channel, b"after") == 1
    assert await broker.publish(later, b"after") == 1
    await eventually("new events delivered", lambda: len(seen.deliveries) == 5)
    assert [(d.channel, d.seq, d.payload) for d in seen.deliveries[3:]] == [
        (channel, 1, b"after"),
        (later, 1, b"after"),
    ]


async def publish_on_a_fresh_connection(broker: RedisBroker, channel: str) -> int:
    """The first use of a pooled connection that died with the server fails before it sends
    anything (no retries, by design): try once more, as the hub's relay would."""
    try:
        return await broker.publish(channel, b"new")
    except Unavailable:
        return await broker.publish(channel, b"new")


@pytest.mark.redis
async def test_a_lost_numbering_is_told_before_events_another_process_published_meanwhile(
    private_redis: PrivateRedis, start_broker: StartBroker
) -> None:
    """Another process publishes 1 to 6 on the emptied Redis before this one is back. The head
    (6) is past this one's last number (3), so only the epoch tells: without it, this one would
    take 4 to 6 from the history as the next events and miss the new 1 to 3 silently."""
    channel, _ = space_channels()
    listener, seen = await start_broker(private_redis.url, backoff_min_s=0.5, backoff_max_s=0.5)
    await listener.subscribe(channel)
    publisher = RedisBroker(private_redis.url)
    await publisher.start(lambda delivery: None, lambda command: None)
    try:
        for _ in range(3):
            await publisher.publish(channel, b"old")
        await eventually("the first events", lambda: seen.seqs(channel) == [1, 2, 3])
        await private_redis.kill()
        await eventually("the listener notices", lambda: not is_healthy(listener), within=1)
        await private_redis.start()
        await eventually("the publisher is back", lambda: is_healthy(publisher), within=3)
        assert not is_healthy(listener), "the listener came back too soon for this test"
        assert await publish_on_a_fresh_connection(publisher, channel) == 1
        for seq in range(2, 7):
            assert await publisher.publish(channel, b"new") == seq
        await eventually("the listener is back", lambda: is_healthy(listener), within=3)
        await eventually("the new events", lambda: len(seen.seqs(channel)) >= 9)
        assert seen.seqs(channel) == [1, 2, 3, 1, 2, 3, 4, 5, 6]
        assert seen.restarts == [(channel, 3)]  # told before the first event numbered anew
    finally:
        await publisher.close()


@pytest.mark.redis
async def test_a_silent_server_is_noticed_by_ping_and_the_broker_recovers(
    private_redis: PrivateRedis, start_broker: StartBroker
) -> None:
    channel, _ = space_channels()
    broker, seen = await start_broker(private_redis.url, ping_interval_s=0.1, command_timeout_s=0.3)
    await broker.subscribe(channel)
    await asyncio.sleep(0.35)  # idle past several PINGs: their answers keep it healthy
    assert is_healthy(broker)
    process = private_redis.process
    assert process is not None
    # SIGSTOP: the sockets stay open but nothing answers, as with a dead network path.
    process.send_signal(signal.SIGSTOP)
    try:
        await eventually("the silence is noticed", lambda: not is_healthy(broker), within=1)
        with pytest.raises(Unavailable):
            await broker.publish(channel, b"lost")
    finally:
        process.send_signal(signal.SIGCONT)
    await eventually("healthy again", lambda: is_healthy(broker))
    # The timed-out publish may or may not have run once Redis resumed; never twice.
    seq = await broker.publish(channel, b"after")
    assert seq in (1, 2)
    await eventually("the new event is delivered", lambda: seen.seqs(channel)[-1:] == [seq])
    assert seen.seqs(channel) == list(range(1, seq + 1))


@pytest.mark.redis
async def test_close_while_redis_is_down_leaks_nothing(private_redis: PrivateRedis) -> None:
    broker = RedisBroker(private_redis.url)
    recorder = Recorder()
    await broker.start(recorder.on_delivery, recorder.on_control)
    await broker.subscribe("space:1")
    await private_redis.kill()
    await eventually("healthy turns False", lambda: not is_healthy(broker), within=1)
    await asyncio.sleep(0.2)  # the listener is in its back-off loop
    await broker.close()
    await broker.close()  # idempotent
    with pytest.raises(Unavailable):
        await broker.publish("space:1", b"late")
    current = asyncio.current_task()
    assert [task for task in asyncio.all_tasks() if task is not current] == []
