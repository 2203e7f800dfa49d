"""The Redis broker: fan-out across server processes, with sequences and replay kept in Redis.

(Named ``redis_broker`` rather than ``redis`` so that ``from server.brokers import redis`` can
never be mistaken for the client library in a module that uses both.)

Layout in Redis, for channel ``thread:12:345`` on database ``N`` (``{s12}`` is the space's
Cluster hash tag, so all of one space sits in one slot):

``tsl:{s12}:thread:12:345:seq``
    The channel's last sequence number (INCR). No TTL: a sequence must only grow.
``tsl:{s12}:thread:12:345:history``
    A list of the channel's last ``history`` events, each ``b"<seq>\\n<payload>"``. It expires
    ``history_ttl_s`` after the channel's last event; a later replay is then incomplete.
``tsl:{s12}:thread:12:345:events:dbN`` (Pub/Sub)
    Where each event is published, in the same form as in the history.
``tsl:control:dbN`` (Pub/Sub)
    Control commands; every process subscribes to it.
``tsl:epoch:dbN``
    A random name for the data set, written by the first process to find it missing. A process
    that finds another name than the one it saw before knows Redis lost its data.

Pub/Sub ignores database numbers, so the Pub/Sub names carry it: deployments (or the tests on
database 15 and a development server on 0) that share one Redis never hear each other.

Publishing is one Lua script (INCR, RPUSH, LTRIM, EXPIRE, PUBLISH), so sequence order is
publication order on every subscribed connection, in every process.

A process subscribes in Redis only to channels it has local subscribers for, on one dedicated
connection read by one listener task, which calls the delivery handler in order. It remembers
the last sequence number delivered per channel: duplicates are dropped, and a gap (a message
lost while disconnected) is filled from the history first. Events already gone from the
history cannot be filled: the broker delivers what exists and carries on, and the WebSocket
layer, which tracks each client's last sequence number, tells those clients to reset.

When the connection drops, :attr:`RedisBroker.healthy` turns False at once; the listener
reconnects with capped exponential back-off, subscribes again, fills every channel's gap from
its history and only then reports healthy. Control commands sent meanwhile are lost for this
process (they are not kept anywhere).

If Redis lost its data (a restart without persistence), sequences restart at 1, and a
subscriber still holding position 500 would take the new events 1, 2, ... for duplicates and
drop them: a silent loss. So at every (re)connection the broker reads the epoch key (above). A
changed epoch (or, as a fallback, a channel whose head is below the last number delivered)
means every channel's numbering restarted: the broker tells the restart handler, channel by
channel, before delivering anything of the new numbering from 1, and the WebSocket layer sends
its subscribers a ``reset``. (On a Redis Cluster each shard can lose its data, or part of it,
alone: :mod:`server.brokers.redis_cluster_broker` compares the server each shard's link
reaches instead of an epoch.)

A Redis that kept its data but is another server process (a promoted replica, a master
restarted from its files) may lack the last events the old one numbered. The publish script
keeps, beside each channel's sequence, the ``run_id`` of the server that numbered it last; on
another server the numbering first jumps :data:`RENUMBER_GAP` ahead, so no number is given to
two events, and a replay is complete only when it holds every number from ``since`` to the
head: a resume from before the jump is reset, never handed the next event alone.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from dataclasses import dataclass
from typing import Any

import redis.asyncio
import redis.exceptions
from redis.asyncio.connection import AbstractConnection
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.commands.core import AsyncScript

from protocol.channels import REDIS_PREFIX, Channel
from protocol.errors import InvariantBroken, Unavailable

from ..observability import metrics
from .base import ControlHandler, Delivery, DeliveryHandler, Replay, RestartHandler
from .redis_client import RedisClient, connect

logger = logging.getLogger(__name__)

#: Events kept per channel for replay; on overflow the oldest is dropped (LTRIM).
DEFAULT_HISTORY = 1000
#: Seconds a channel's history lives after its last event; its sequence number never expires.
DEFAULT_HISTORY_TTL_S = 3600
#: Seconds to wait for Redis to connect or answer one command before raising Unavailable.
DEFAULT_COMMAND_TIMEOUT_S = 2.0
#: First and longest pause between reconnection attempts; the pause doubles in between.
DEFAULT_BACKOFF_MIN_S = 0.05
DEFAULT_BACKOFF_MAX_S = 1.0
#: Seconds of silence on the subscription connection before a PING; no answer within as long
#: again and the connection is considered dead (for drops that close no socket).
DEFAULT_PING_INTERVAL_S = 5.0

#: Seconds a ``once`` key is remembered (default one day). The outbox's sweeper republishes a
#: row at most its lease (seconds) after the row's commit while any process runs; only if every
#: process stayed down longer than this could a row published just before the crash go twice.
DEFAULT_ONCE_TTL_S = 86_400

#: How far a channel's numbering jumps when another Redis server process numbers it than the
#: one that numbered it last (a promoted replica, a master restarted from its files). Redis
#: replicates asynchronously and appends to its files once a second: the last events the old
#: server numbered and sent may be missing from the new one, which would give their numbers to
#: other events, and a tab resuming with ``since`` from among them would be handed the next
#: event alone, the reused ones skipped silently. Past the jump no number is reused: a resume
#: from before it finds a gap and is reset. A million is far more than any replica lags behind
#: (Redis refuses to promote a replica that lost touch long ago), and sequence numbers stay
#: exact in every client (JavaScript's integers are exact to 2**53).
RENUMBER_GAP = 1_000_000


def _renumber_if_moved(seq: str, writer: str, gap: str) -> str:
    """Lua: which server process numbers the channel now is the run_id of ``INFO server``
    (it changes with every process); when the channel's last numbering server (``writer``)
    was another one, the numbering (``seq``) jumps ``gap`` past where it stands."""
    return f"""
local server = string.match(redis.call('INFO', 'server'), 'run_id:(%x+)')
local writer = redis.call('GET', {writer})
if writer ~= server then
  if writer then
    redis.call('INCRBY', {seq}, tonumber({gap}))
  end
  redis.call('SET', {writer}, server)
end
"""


# KEYS: seq, history, writer[, once]. ARGV: payload, history length, history TTL, Pub/Sub
# name, once TTL, renumber gap. With a `once` key already set, nothing is published and its
# sequence is returned.
_PUBLISH_LUA = (
    """
if #KEYS > 3 then
  local prior = redis.call('GET', KEYS[4])
  if prior then
    return tonumber(prior)
  end
end
"""
    + _renumber_if_moved("KEYS[1]", "KEYS[3]", "ARGV[6]")
    + """
local seq = redis.call('INCR', KEYS[1])
local entry = string.format('%d', seq) .. '\\n' .. ARGV[1]
redis.call('RPUSH', KEYS[2], entry)
redis.call('LTRIM', KEYS[2], -tonumber(ARGV[2]), -1)
redis.call('EXPIRE', KEYS[2], tonumber(ARGV[3]))
redis.call('PUBLISH', ARGV[4], entry)
if #KEYS > 3 then
  redis.call('SET', KEYS[4], seq, 'EX', tonumber(ARGV[5]))
end
return seq
"""
)

# KEYS: seq, writer. ARGV: gap. The channel's head, after the jump if another server numbered
# it last (the cluster broker's failover path: the head it resets its subscribers at).
_HEAD_AFTER_RENUMBER_LUA = (
    _renumber_if_moved("KEYS[1]", "KEYS[2]", "ARGV[1]")
    + """
return tonumber(redis.call('GET', KEYS[1]) or '0')
"""
)

# KEYS: once. ARGV: command, once TTL, control Pub/Sub name. Publishes unless already done.
_CONTROL_ONCE_LUA = """
if redis.call('SET', KEYS[1], '1', 'NX', 'EX', tonumber(ARGV[2])) then
  redis.call('PUBLISH', ARGV[3], ARGV[1])
end
return 0
"""

# KEYS: seq, history. ARGV: since. Returns {head, entries after since that are still held}:
# the history's last entry is always the head (both change in one script), so the entries
# after `since` are the last head - since ones.
_REPLAY_LUA = """
local head = tonumber(redis.call('GET', KEYS[1]) or '0')
local since = tonumber(ARGV[1])
if since >= head then
  return {head, {}}
end
return {head, redis.call('LRANGE', KEYS[2], since - head, -1)}
"""

# Errors after which the listener reconnects, and which public methods report as Unavailable.
# (A cluster slot without a master raises SlotNotCoveredError, which is no RedisError.)
_REDIS_FAILURES = (
    redis.exceptions.RedisError,
    redis.exceptions.RedisClusterException,
    OSError,
    TimeoutError,
)


@dataclass(eq=False, slots=True)
class _Subscription:
    """One channel this process has local subscribers for."""

    channel: str
    wire: bytes  # its Pub/Sub name
    confirmed: asyncio.Future[None]  # done once Redis confirmed the SUBSCRIBE
    #: Sequence number of the last event delivered, or the head when subscribed. None if the
    #: head could not be read: the next (re)connection reads it, or the first message after
    #: the confirmation becomes the starting point.
    last: int | None = None


def _parse_entry(entry: bytes) -> tuple[int, bytes]:
    seq, _, payload = entry.partition(b"\n")
    return int(seq), payload


class RedisBroker:
    """A :class:`~server.brokers.base.Broker` over Redis, for several server processes.

    ``url``: ``redis://host:port/db`` (``rediss://`` and ``unix://`` work too).
    ``history`` (default 1000, at least 1): events kept per channel; older ones are trimmed, and
    a replay from before the oldest kept one says ``complete=False``.
    ``history_ttl_s`` (default 3600): a channel's history is deleted that long after its last
    event (its sequence number stays); a replay from before then says ``complete=False``.
    ``process_id`` (default random): names this process's connections (``CLIENT LIST``).
    ``command_timeout_s`` (default 2): longest wait to connect or for one answer; past it,
    ``publish``, ``replay``, ``head`` and ``send_control`` raise :class:`Unavailable`, and
    ``subscribe`` stops waiting for Redis's confirmation (the subscription stays recorded).
    ``backoff_min_s``/``backoff_max_s`` (default 0.05 s / 1 s): the pause before each
    reconnection attempt starts at the first and doubles up to the second, indefinitely.
    ``ping_interval_s`` (default 5): idle time before the subscription connection is PINGed; a
    connection silent for twice as long is dropped and reconnected.
    ``once_ttl_s`` (default one day): how long a ``once`` key of :meth:`publish` and
    :meth:`send_control` is remembered (``tsl:{s12}:CHANNEL:once:TOKEN``,
    ``tsl:control:once:TOKEN``).
    """

    def __init__(
        self,
        url: str,
        *,
        history: int = DEFAULT_HISTORY,
        history_ttl_s: int = DEFAULT_HISTORY_TTL_S,
        process_id: str | None = None,
        command_timeout_s: float = DEFAULT_COMMAND_TIMEOUT_S,
        backoff_min_s: float = DEFAULT_BACKOFF_MIN_S,
        backoff_max_s: float = DEFAULT_BACKOFF_MAX_S,
        ping_interval_s: float = DEFAULT_PING_INTERVAL_S,
        once_ttl_s: int = DEFAULT_ONCE_TTL_S,
    ) -> None:
        if history < 1:
            raise ValueError(f"history must be at least 1, got {history}")
        if history_ttl_s < 1:
            raise ValueError(f"history_ttl_s must be at least 1, got {history_ttl_s}")
        if not 0 < backoff_min_s <= backoff_max_s:
            raise ValueError("back-off must satisfy 0 < backoff_min_s <= backoff_max_s")
        self.process_id = process_id or uuid.uuid4().hex[:12]
        self._history = history
        self._history_ttl_s = history_ttl_s
        self._command_timeout_s = command_timeout_s
        self._backoff_min_s = backoff_min_s
        self._backoff_max_s = backoff_max_s
        self._ping_interval_s = ping_interval_s
        self._once_ttl_s = once_ttl_s
        # No retries: a publish retried after its answer was lost would publish twice. A pooled
        # connection that died with the server is replaced by the pool before use anyway.
        self._client: RedisClient = connect(
            url,
            socket_timeout=command_timeout_s,
            socket_connect_timeout=command_timeout_s,
            retry=Retry(NoBackoff(), 0),
            client_name=f"tsl-broker-{self.process_id}",
        )
        self._db = self._database()
        self._control_wire = self._control_name().encode()
        publish = self.PUBLISH_COMMAND
        self._publish_script: AsyncScript = self._client.register_script(
            _PUBLISH_LUA.replace("'PUBLISH'", f"'{publish}'")
        )
        self._replay_script: AsyncScript = self._client.register_script(_REPLAY_LUA)
        self._head_after_renumber_script: AsyncScript = self._client.register_script(
            _HEAD_AFTER_RENUMBER_LUA
        )
        self._control_once_script: AsyncScript = self._client.register_script(
            _CONTROL_ONCE_LUA.replace("'PUBLISH'", f"'{publish}'")
        )
        self._subscriptions: dict[str, _Subscription] = {}
        self._by_wire: dict[bytes, _Subscription] = {}
        # Held while writing SUBSCRIBE/UNSUBSCRIBE, so the Redis side follows the dict above.
        self._lock = asyncio.Lock()
        self._conn: AbstractConnection | None = None  # the subscription connection, when up
        self._listener: asyncio.Task[None] | None = None
        self._on_delivery: DeliveryHandler | None = None
        self._on_control: ControlHandler | None = None
        self._on_restart: RestartHandler | None = None
        self._epoch_key = f"{REDIS_PREFIX}:epoch:db{self._db}"
        #: The epoch seen at the last (re)connection; None before the first.
        self._epoch: bytes | None = None
        self._healthy = False
        self._closed = False

    #: The Pub/Sub command of the publish scripts (SPUBLISH on a cluster).
    PUBLISH_COMMAND = "PUBLISH"

    def _database(self) -> int:
        if not isinstance(self._client, redis.asyncio.Redis):
            raise InvariantBroken("a single Redis's database asked of a cluster client")
        return int(self._client.connection_pool.connection_kwargs.get("db") or 0)

    def _control_name(self) -> str:
        return f"{REDIS_PREFIX}:control:db{self._db}"

    def _control_once_key(self, once: str) -> str:
        return f"{REDIS_PREFIX}:control:once:{once}"

    # -- life -------------------------------------------------------------------------------

    async def start(
        self,
        on_delivery: DeliveryHandler,
        on_control: ControlHandler,
        on_restart: RestartHandler | None = None,
    ) -> None:
        """Subscribe to the control channel (and any channel subscribed before), then listen.

        Raises :class:`Unavailable` if Redis does not answer within ``command_timeout_s``: a
        process that cannot reach Redis at start should say so rather than come up deaf. The
        broker is then closed; make a new one to try again.
        """
        self._check_open()
        self._on_delivery = on_delivery
        self._on_control = on_control
        self._on_restart = on_restart
        try:
            conn = await self._restore()
        except _REDIS_FAILURES as exc:
            await self._client.aclose()
            self._closed = True
            raise Unavailable(f"Redis is unavailable: {exc}") from exc
        self._listener = asyncio.create_task(self._listen(conn), name="redis-broker-listener")

    async def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._healthy = False
        for sub in self._subscriptions.values():
            if not sub.confirmed.done():
                sub.confirmed.set_result(None)  # no subscribe() waits on a closed broker
        if self._listener is not None:
            self._listener.cancel()
            await asyncio.wait([self._listener])
            self._listener = None
        if self._conn is not None:
            await self._conn.disconnect()
            self._conn = None
        await self._client.aclose()

    @property
    def healthy(self) -> bool:
        """False from the moment the subscription connection drops until it is restored,
        resubscribed and every channel's gap is filled."""
        return self._healthy

    # -- commands ---------------------------------------------------------------------------

    async def publish(self, channel: str, payload: bytes, once: str | None = None) -> int:
        """Number, keep and fan out the event in one script; see :class:`Broker`.

        Raises :class:`Unavailable` when Redis refuses the connection or does not answer within
        ``command_timeout_s``. After a timeout the event may still have been published (Redis
        may run the script once it wakes up); it is never retried here. Retried with the same
        ``once`` (the outbox's relay does), it is published at most once.
        """
        self._check_open()
        parsed = Channel.parse(channel)
        keys = [parsed.redis_key("seq"), parsed.redis_key("history"), parsed.redis_key("writer")]
        if once is not None:
            keys.append(parsed.redis_key("once", once))
        args: list[bytes | int] = [
            payload,
            self._history,
            self._history_ttl_s,
            self._wire(parsed),
            self._once_ttl_s,
            RENUMBER_GAP,
        ]
        try:
            return int(await self._publish_script(keys=keys, args=args))
        except _REDIS_FAILURES as exc:
            raise Unavailable(f"Redis is unavailable, {channel} not published: {exc}") from exc

    async def replay(self, channel: str, since: int) -> Replay:
        self._check_open()
        if since < 0:
            raise ValueError(f"since must not be negative, got {since}")
        try:
            return await self._replay(channel, since)
        except _REDIS_FAILURES as exc:
            raise Unavailable(f"Redis is unavailable, {channel} not replayed: {exc}") from exc

    async def head(self, channel: str) -> int:
        self._check_open()
        try:
            return await self._head(channel)
        except _REDIS_FAILURES as exc:
            raise Unavailable(f"Redis is unavailable: {exc}") from exc

    async def send_control(self, command: bytes, once: str | None = None) -> None:
        self._check_open()
        try:
            if once is None:
                await self._publish_control(command)
            else:
                key = self._control_once_key(once)
                args: list[bytes | int] = [command, self._once_ttl_s, self._control_wire]
                await self._control_once_script(keys=[key], args=args)
        except _REDIS_FAILURES as exc:
            raise Unavailable(f"Redis is unavailable, control not sent: {exc}") from exc

    async def _publish_control(self, command: bytes) -> None:
        await self._client.publish(self._control_wire, command)

    async def _replay(self, channel: str, since: int) -> Replay:
        parsed = Channel.parse(channel)
        keys = [parsed.redis_key("seq"), parsed.redis_key("history")]
        head, entries = await self._replay_script(keys=keys, args=[since])
        events = [Delivery(channel, *_parse_entry(entry)) for entry in entries]
        events = [event for event in events if event.seq > since]
        # Complete: `since` is not ahead of the head, and nothing after it is missing: none
        # dropped from the history's start, no gap within (a renumbering's jump).
        seqs = [event.seq for event in events]
        complete = since == head or (
            since < head
            and len(seqs) == head - since
            and all(seq == since + n for n, seq in enumerate(seqs, start=1))
        )
        return Replay(events=events, head=int(head), complete=complete)

    async def _head(self, channel: str) -> int:
        value = await self._client.get(Channel.parse(channel).redis_key("seq"))
        return int(value or 0)

    async def _head_after_renumber(self, channel: str) -> int:
        """The channel's head, moved :data:`RENUMBER_GAP` on first if another server process
        numbered it last: a failover's new master then never reuses a number."""
        parsed = Channel.parse(channel)
        keys = [parsed.redis_key("seq"), parsed.redis_key("writer")]
        return int(await self._head_after_renumber_script(keys=keys, args=[RENUMBER_GAP]))

    def pubsub_name(self, channel: str) -> str:
        """The Redis Pub/Sub channel that carries ``channel``'s events."""
        return self._wire(Channel.parse(channel)).decode()

    @property
    def control_pubsub_name(self) -> str:
        """The Redis Pub/Sub channel of control commands."""
        return self._control_wire.decode()

    def _wire(self, channel: Channel) -> bytes:
        return channel.redis_key("events", f"db{self._db}").encode()

    # -- subscriptions ----------------------------------------------------------------------

    async def subscribe(self, channel: str) -> None:
        """Subscribe in Redis and wait (up to ``command_timeout_s``) for its confirmation.

        Every event with a sequence number above the channel's head at the time of the call is
        then delivered. While Redis is down this returns at once: the subscription is recorded
        and the reconnecting listener makes it.
        """
        self._check_open()
        sub = self._subscriptions.get(channel)
        if sub is None:
            loop = asyncio.get_running_loop()
            wire = self._wire(Channel.parse(channel))
            sub = _Subscription(channel, wire, confirmed=loop.create_future())
            self._subscriptions[channel] = sub
            self._by_wire[wire] = sub
            # The head before subscribing: events after it that come before the subscription
            # takes effect reach us as a gap, filled from the history on the next message.
            # Without it (a failed read), the first message after the confirmation is the
            # starting point.
            with contextlib.suppress(*_REDIS_FAILURES):
                head = await self._head(channel)
                if sub.last is None:  # the listener may have set it while we waited
                    sub.last = head
            async with self._lock:
                conn = self._conn
                if self._subscriptions.get(channel) is not sub or sub.confirmed.done():
                    return
                # Checked here, with no await before the write: a connection the listener
                # gave up must not be silently reopened by send_command.
                if conn is None or not conn.is_connected:
                    return
                try:
                    await conn.send_command("SUBSCRIBE", wire, check_health=False)
                except _REDIS_FAILURES:
                    return  # the listener notices the drop and subscribes it again
        elif self._conn is None:
            return  # Redis is down: the listener subscribes it on reconnecting
        try:
            async with asyncio.timeout(self._command_timeout_s):
                await asyncio.shield(sub.confirmed)
        except TimeoutError:
            logger.warning("Redis did not confirm the subscription to %s in time", channel)

    async def unsubscribe(self, channel: str) -> None:
        sub = self._subscriptions.pop(channel, None)
        if sub is None:
            return
        del self._by_wire[sub.wire]
        if not sub.confirmed.done():
            sub.confirmed.set_result(None)
        async with self._lock:
            conn = self._conn
            # Subscribed again meanwhile: Redis must stay subscribed.
            if channel in self._subscriptions or conn is None or not conn.is_connected:
                return
            # On failure the listener reconnects with the subscriptions left, without this one.
            with contextlib.suppress(*_REDIS_FAILURES):
                await conn.send_command("UNSUBSCRIBE", sub.wire, check_health=False)

    # -- the listener -----------------------------------------------------------------------

    async def _listen(self, conn: AbstractConnection) -> None:
        """Read the subscription connection; on failure, reconnect with back-off, forever."""
        while True:
            try:
                await self._read(conn)
            except _REDIS_FAILURES as exc:
                self._healthy = False
                metrics.broker_lost()
                logger.warning("lost the Redis subscription connection: %s", exc)
            except Exception:
                # A bug must not leave the process deaf: report it and start afresh.
                self._healthy = False
                logger.exception("the Redis broker's listener failed; reconnecting")
            finally:
                self._healthy = False
                self._conn = None
                await conn.disconnect(nowait=True)
            conn = await self._reconnect()

    async def _reconnect(self) -> AbstractConnection:
        delay = self._backoff_min_s
        while True:
            await asyncio.sleep(delay)
            try:
                conn = await self._restore()
            except _REDIS_FAILURES as exc:
                logger.debug("reconnecting to Redis failed (%s); backing off %.2f s", exc, delay)
            except Exception:
                logger.exception("restoring the Redis subscriptions failed")
            else:
                metrics.broker_restored()
                logger.info("Redis subscriptions restored (%d)", len(self._subscriptions))
                return conn
            delay = min(delay * 2, self._backoff_max_s)

    async def _restore(self) -> AbstractConnection:
        """Connect, subscribe to everything, fill each channel's gap, then report healthy."""
        # A connection of its own, outside the pool, configured like the pooled ones (timeouts,
        # no retries): its failures must reach us, not be retried or resubscribed behind our
        # back as redis-py's PubSub would. (redis-py leaves these two methods unannotated.)
        if not isinstance(self._client, redis.asyncio.Redis):
            raise InvariantBroken("the single Redis's listener started on a cluster client")
        conn: AbstractConnection = self._client.connection_pool.make_connection()  # type: ignore[no-untyped-call]
        try:
            await conn.connect()  # type: ignore[no-untyped-call]
            async with self._lock:
                await self._check_epoch()
                for sub in list(self._subscriptions.values()):
                    if sub.last is None:
                        sub.last = await self._head(sub.channel)
                wires = {self._control_wire, *self._by_wire}
                await conn.send_command("SUBSCRIBE", *wires, check_health=False)
                held = await self._confirmations(conn, wires)
                self._conn = conn
            # Confirmed, so every later event reaches us: fill what came before, then handle
            # what arrived during the confirmations (its duplicates are dropped).
            for sub in list(self._subscriptions.values()):
                await self._fill(sub)
            for reply in held:
                await self._on_reply(reply)
            self._healthy = True
            return conn
        except BaseException:
            self._conn = None
            await conn.disconnect(nowait=True)
            raise

    async def _check_epoch(self) -> None:
        """Read (or, if missing, write) the data set's epoch; a new one restarts every
        channel's numbering, before anything of the new numbering is delivered."""
        fresh = uuid.uuid4().hex.encode()
        # SET NX GET (Redis 7): the epoch already there, or None when ours was just written.
        found = await self._client.set(self._epoch_key, fresh, nx=True, get=True)
        epoch = found if isinstance(found, bytes) else fresh
        previous, self._epoch = self._epoch, epoch
        if previous is None or previous == epoch:
            return
        logger.warning(
            "Redis lost its data (epoch changed): %d channels restart their numbering",
            len(self._subscriptions),
        )
        for sub in list(self._subscriptions.values()):
            self._restarted(sub)

    def _restarted(self, sub: _Subscription, at: int = 0) -> None:
        """Positions held on the channel are void; its deliveries continue after ``at``."""
        sub.last = at
        metrics.broker_restarted_channel()
        if self._on_restart is None:
            return
        try:
            self._on_restart(sub.channel, at)
        except Exception:
            logger.exception("restart handler failed on %s", sub.channel)

    async def _confirmations(self, conn: AbstractConnection, wires: set[bytes]) -> list[Any]:
        """Read until Redis confirmed every subscription; return the other replies read."""
        waiting, held = set(wires), []
        while waiting:
            reply = await conn.read_response(timeout=self._command_timeout_s, push_request=True)
            if reply is None:
                raise TimeoutError("Redis did not confirm the subscriptions")
            if isinstance(reply, list) and reply[0] == b"subscribe":
                waiting.discard(reply[1])
                self._confirmed(reply[1])
            else:
                held.append(reply)
        return held

    async def _read(self, conn: AbstractConnection) -> None:
        pinged = False
        while True:
            reply = await conn.read_response(timeout=self._ping_interval_s, push_request=True)
            if reply is None:
                if pinged:
                    raise redis.exceptions.ConnectionError("Redis did not answer a PING")
                await conn.send_command("PING", check_health=False)
                pinged = True
                continue
            pinged = False
            await self._on_reply(reply)

    async def _on_reply(self, reply: Any) -> None:
        # Messages and confirmations are RESP3 pushes (RESP2 arrays): [kind, name, data].
        if not isinstance(reply, list) or len(reply) != 3:
            return  # the answer to a PING
        kind, wire = reply[0], reply[1]
        if kind == b"message":
            if wire == self._control_wire:
                self._control(reply[2])
            else:
                await self._on_message(wire, reply[2])
        elif kind == b"subscribe":
            self._confirmed(wire)
        # Others: unsubscribe confirmations.

    def _confirmed(self, wire: bytes) -> None:
        sub = self._by_wire.get(wire)
        if sub is not None and not sub.confirmed.done():
            sub.confirmed.set_result(None)

    async def _on_message(self, wire: bytes, entry: bytes) -> None:
        sub = self._by_wire.get(wire)
        if sub is None:
            return  # in flight when the channel was unsubscribed
        try:
            seq, payload = _parse_entry(entry)
        except ValueError:
            logger.error("dropped a malformed message on %s", sub.channel)
            return
        if sub.last is None:
            # No starting point (the head could not be read when subscribing): the first
            # message after Redis confirmed the subscription is one; one before it belongs to
            # an earlier subscription to the channel.
            if sub.confirmed.done():
                self._deliver(sub, seq, payload)
            return
        if seq <= sub.last:
            return  # already delivered from the history
        if seq > sub.last + 1:
            await self._fill(sub)  # the history holds this one too
            return
        self._deliver(sub, seq, payload)

    async def _fill(self, sub: _Subscription) -> None:
        """Deliver what the history holds after the last delivered event."""
        since = sub.last
        if since is None:
            return
        replay = await self._replay(sub.channel, since)
        if replay.head < since:
            logger.warning(
                "%s restarted at %d after %d (Redis lost its data): delivering from 1",
                sub.channel,
                replay.head,
                since,
            )
            self._restarted(sub)
            since = 0
            replay = await self._replay(sub.channel, since)
        if self._subscriptions.get(sub.channel) is not sub:
            return  # unsubscribed while reading the history
        if since < replay.head and not replay.complete:
            first = replay.events[0].seq if replay.events else replay.head + 1
            logger.warning(
                "%s: events %d to %d are gone from the history", sub.channel, since + 1, first - 1
            )
        sub.last = since
        for event in replay.events:
            self._deliver(sub, event.seq, event.payload)
        sub.last = max(sub.last, replay.head)

    def _deliver(self, sub: _Subscription, seq: int, payload: bytes) -> None:
        sub.last = seq
        if self._on_delivery is None:
            return
        try:
            self._on_delivery(Delivery(sub.channel, seq, payload))
        except Exception:
            logger.exception("delivery handler failed on %s seq %d", sub.channel, seq)

    def _control(self, command: bytes) -> None:
        if self._on_control is None:
            return
        try:
            self._on_control(command)
        except Exception:
            logger.exception("control handler failed")

    def _check_open(self) -> None:
        if self._closed:
            raise Unavailable("the broker is closed")
