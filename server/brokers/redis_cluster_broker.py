"""The Redis broker on a Redis Cluster: sharded Pub/Sub, one subscription link per master.

The keys are those of :mod:`server.brokers.redis_broker` (a channel's sequence, history and
``once`` keys share the space's hash tag ``{s12}``, so the publish script touches one slot),
on database 0, the only one a cluster has. What changes:

``tsl:{s12}:thread:12:345:events:db0`` (sharded Pub/Sub)
    The publish script SPUBLISHes the event there. Redis requires a script's shard channel to
    lie in the slot of its keys; the common hash tag makes it so, and the event never leaves
    the shard that numbered it.
``tsl:{control}:db0`` (sharded Pub/Sub), ``tsl:{control}:once:TOKEN``
    Control commands, on the shard owning the ``{control}`` slot, with their ``once`` keys
    in the same slot (the control script SPUBLISHes too).

A process holds one subscription connection (a *link*) per master that owns a channel it
subscribes to, read by one task each; SSUBSCRIBE must be sent to the owner of the channel's
slot, found in redis-py's slot table.

Failover. When a master dies its links drop (or, when a slot moves while the node lives on,
Redis ends the subscriptions with an unasked ``sunsubscribe``). The broker then reports
unhealthy, drops every link, reads the slot table again and reconnects with back-off until
each channel's slot has a reachable master (a replica is promoted within the cluster's
``cluster-node-timeout`` and a few gossip rounds). Each link records the ``run_id`` of the
server it reached. A channel whose new link reached the *same* server process as before
(a dropped connection, nothing lost) has its gap filled from the history, as on one Redis.
A channel now served by *another* server process (a promoted replica, a restarted master)
may have lost the last events its old master acknowledged and sent but never replicated
(Redis replicates asynchronously): the promoted replica's sequence can be behind what
subscribers already received. Its numbering first jumps ``RENUMBER_GAP`` ahead
(:mod:`server.brokers.redis_broker`: the first script on a channel on another server process
does it, a publish or this reset), so no number is reused; the channel is announced through
the restart handler at that head: every subscriber gets a ``reset`` and re-reads, and
deliveries continue from there. A tab that was away resumes from before the jump and finds a
gap: it is reset too. So an event published during a failover is delivered, or its channel
is reset; never silently skipped.

The epoch check of the single-Redis broker is not used here: its key lives on one shard and
would say nothing about the others; the ``run_id`` comparison covers every shard.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass, field
from typing import Any

from redis.asyncio.cluster import RedisCluster
from redis.asyncio.connection import AbstractConnection
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.crc import key_slot

from protocol.channels import REDIS_PREFIX
from protocol.errors import InvariantBroken, Unavailable

from ..observability import metrics
from .base import ControlHandler, DeliveryHandler, RestartHandler
from .redis_broker import _REDIS_FAILURES, RedisBroker, _Subscription
from .redis_client import is_cluster_url

logger = logging.getLogger(__name__)

#: The hash tag of the control channel and of its ``once`` keys.
CONTROL_TAG = "{control}"


@dataclass(eq=False)
class _Link:
    """The subscription connection to one master, and the server process it reached."""

    node: str  # host:port
    conn: AbstractConnection
    run_id: bytes
    wires: set[bytes] = field(default_factory=set)
    reader: asyncio.Task[None] | None = None


class RedisClusterBroker(RedisBroker):
    """A :class:`~server.brokers.base.Broker` over a Redis Cluster (``redis+cluster://``).

    Takes the options of :class:`RedisBroker`; see the module docstring for what differs.
    """

    PUBLISH_COMMAND = "SPUBLISH"

    def __init__(self, url: str, **options: Any) -> None:
        super().__init__(url, **options)
        self._links: dict[str, _Link] = {}
        #: Where each subscribed channel's link is, and the run_id of the server that served
        #: its events last (None before its first link).
        self._served_by: dict[str, bytes] = {}
        self._lost = asyncio.Event()

    @property
    def _cluster(self) -> RedisCluster:
        if not isinstance(self._client, RedisCluster):
            raise InvariantBroken("the cluster broker was given a single Redis's client")
        return self._client

    def _database(self) -> int:
        return 0

    def _control_name(self) -> str:
        return f"{REDIS_PREFIX}:{CONTROL_TAG}:db0"

    def _control_once_key(self, once: str) -> str:
        return f"{REDIS_PREFIX}:{CONTROL_TAG}:once:{once}"

    async def _publish_control(self, command: bytes) -> None:
        await self._cluster.spublish(self._control_wire, command)

    # -- life -------------------------------------------------------------------------------

    async def start(
        self,
        on_delivery: DeliveryHandler,
        on_control: ControlHandler,
        on_restart: RestartHandler | None = None,
    ) -> None:
        self._check_open()
        self._on_delivery = on_delivery
        self._on_control = on_control
        self._on_restart = on_restart
        try:
            await self._cluster.initialize()  # reads the slot table
            await self._restore_links()
        except _REDIS_FAILURES as exc:
            await self._drop_links()
            await self._client.aclose()
            self._closed = True
            raise Unavailable(f"Redis Cluster is unavailable: {exc}") from exc
        self._listener = asyncio.create_task(self._supervise(), name="redis-cluster-broker")

    async def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._healthy = False
        for sub in self._subscriptions.values():
            if not sub.confirmed.done():
                sub.confirmed.set_result(None)
        if self._listener is not None:
            self._listener.cancel()
            await asyncio.wait([self._listener])
            self._listener = None
        await self._drop_links()
        await self._client.aclose()

    # -- subscriptions ----------------------------------------------------------------------

    async def subscribe(self, channel: str) -> None:
        """As :meth:`RedisBroker.subscribe`, with SSUBSCRIBE on the link to the channel's
        master (opened if this process had none to it yet)."""
        self._check_open()
        sub = self._subscriptions.get(channel)
        if sub is None:
            loop = asyncio.get_running_loop()
            sub = _Subscription(channel, self.pubsub_name(channel).encode(), loop.create_future())
            self._subscriptions[channel] = sub
            self._by_wire[sub.wire] = sub
            with contextlib.suppress(*_REDIS_FAILURES):
                head = await self._head(channel)
                if sub.last is None:
                    sub.last = head
            async with self._lock:
                if self._subscriptions.get(channel) is not sub or sub.confirmed.done():
                    return
                if not self._healthy:
                    return  # the supervisor subscribes it when it restores the links
                try:
                    link = await self._link_for(sub.wire)
                    link.wires.add(sub.wire)
                    self._served_by[channel] = link.run_id
                    await link.conn.send_command("SSUBSCRIBE", sub.wire, check_health=False)
                except _REDIS_FAILURES as exc:
                    logger.warning("SSUBSCRIBE %s failed (%s): restoring the links", channel, exc)
                    self._lost.set()
                    return
        elif not self._healthy:
            return
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
        self._served_by.pop(channel, None)
        if not sub.confirmed.done():
            sub.confirmed.set_result(None)
        async with self._lock:
            if channel in self._subscriptions:
                return
            for link in self._links.values():
                if sub.wire in link.wires:
                    link.wires.discard(sub.wire)
                    with contextlib.suppress(*_REDIS_FAILURES):
                        await link.conn.send_command("SUNSUBSCRIBE", sub.wire, check_health=False)

    # -- links ------------------------------------------------------------------------------

    def _owner(self, wire: bytes) -> str:
        """The ``host:port`` of the master owning the slot of ``wire`` (redis-py's table)."""
        return self._cluster.nodes_manager.get_node_from_slot(key_slot(wire)).name

    async def _open_link(self, node_name: str) -> _Link:
        node = self._cluster.get_node(node_name=node_name)
        if node is None:
            raise ConnectionError(f"{node_name} is not in the cluster's node table")
        kwargs = {**node.connection_kwargs, "retry": Retry(NoBackoff(), 0)}
        kwargs["client_name"] = f"tsl-broker-{self.process_id}"
        conn: AbstractConnection = node.connection_class(**kwargs)
        try:
            await conn.connect()  # type: ignore[no-untyped-call]
            await conn.send_command("INFO", "server", check_health=False)
            info = await conn.read_response(timeout=self._command_timeout_s)
            if info is None:
                raise TimeoutError(f"{node_name} did not answer INFO")
            return _Link(node_name, conn, _run_id(info))
        except BaseException:
            await conn.disconnect(nowait=True)
            raise

    async def _link_for(self, wire: bytes) -> _Link:
        """The live link to ``wire``'s master, opened (and read) if there is none yet."""
        name = self._owner(wire)
        link = self._links.get(name)
        if link is None:
            link = await self._open_link(name)
            self._links[name] = link
            link.reader = asyncio.create_task(self._read_link(link), name=f"redis-link-{name}")
        return link

    async def _drop_links(self) -> None:
        links, self._links = list(self._links.values()), {}
        for link in links:
            if link.reader is not None and link.reader is not asyncio.current_task():
                link.reader.cancel()
                await asyncio.wait([link.reader])
            await link.conn.disconnect(nowait=True)

    async def _read_link(self, link: _Link) -> None:
        try:
            await self._read(link.conn)
        except asyncio.CancelledError:
            raise
        except _REDIS_FAILURES as exc:
            logger.warning("lost the Redis Cluster link to %s: %s", link.node, exc)
        except Exception:
            logger.exception("the Redis Cluster link to %s failed", link.node)
        self._healthy = False
        self._lost.set()

    async def _on_reply(self, reply: Any) -> None:
        if not isinstance(reply, list) or len(reply) != 3:
            return  # the answer to a PING
        kind, wire = reply[0], reply[1]
        if kind == b"smessage":
            if wire == self._control_wire:
                self._control(reply[2])
            else:
                await self._on_message(wire, reply[2])
        elif kind == b"ssubscribe":
            self._confirmed(wire)
        elif kind == b"sunsubscribe" and (wire in self._by_wire or wire == self._control_wire):
            # Not asked for: the slot moved to another node (a failover, a resharding).
            logger.warning("Redis moved %r away from its link: restoring the links", wire)
            self._healthy = False
            self._lost.set()

    # -- recovery ---------------------------------------------------------------------------

    async def _supervise(self) -> None:
        """Wait for a link to fail; then drop them all and restore, with back-off, forever."""
        while True:
            await self._lost.wait()
            self._healthy = False
            metrics.broker_lost()
            delay = self._backoff_min_s
            while True:
                self._lost.clear()
                await self._drop_links()
                await asyncio.sleep(delay)
                try:
                    await self._cluster.nodes_manager.initialize()
                    await self._restore_links()
                except _REDIS_FAILURES as exc:
                    logger.debug("restoring the cluster links failed (%s); retrying", exc)
                except Exception:
                    logger.exception("restoring the cluster links failed")
                else:
                    if not self._lost.is_set():
                        break
                delay = min(delay * 2, self._backoff_max_s)
            metrics.broker_restored()
            logger.info("Redis Cluster subscriptions restored (%d)", len(self._subscriptions))

    async def _restore_links(self) -> None:
        """Link every master owning a subscribed channel (and the control channel), confirm
        the subscriptions, then fill each channel's gap or, when another server now serves
        it, reset it at that server's head; then report healthy."""
        async with self._lock:
            by_node: dict[str, set[bytes]] = {}
            for wire in {self._control_wire, *self._by_wire}:
                by_node.setdefault(self._owner(wire), set()).add(wire)
            held: list[Any] = []
            moved: list[_Subscription] = []
            for name, wires in by_node.items():
                link = await self._open_link(name)
                self._links[name] = link
                link.wires = wires
                # One SSUBSCRIBE per slot: Redis refuses one naming channels of several.
                by_slot: dict[int, list[bytes]] = {}
                for wire in wires:
                    by_slot.setdefault(key_slot(wire), []).append(wire)
                for same_slot in by_slot.values():
                    await link.conn.send_command("SSUBSCRIBE", *same_slot, check_health=False)
                held += await self._confirmations(link.conn, wires, b"ssubscribe")
                for wire in wires:
                    sub = self._by_wire.get(wire)
                    if sub is None:
                        continue
                    before = self._served_by.get(sub.channel)
                    if before is not None and before != link.run_id:
                        moved.append(sub)
                    self._served_by[sub.channel] = link.run_id
            # Heads read after the confirmations: every later event reaches us.
            for sub in moved:
                head = await self._head_after_renumber(sub.channel)
                logger.warning(
                    "%s is served by another Redis server now (failover): reset at %d",
                    sub.channel,
                    head,
                )
                self._restarted(sub, head)
            for sub in list(self._subscriptions.values()):
                if sub not in moved:
                    if sub.last is None:
                        sub.last = await self._head(sub.channel)
                    await self._fill(sub)
            for reply in held:
                await self._on_reply(reply)
            for link in self._links.values():
                link.reader = asyncio.create_task(
                    self._read_link(link), name=f"redis-link-{link.node}"
                )
            self._healthy = True

    async def _confirmations(
        self, conn: AbstractConnection, wires: set[bytes], kind: bytes = b"ssubscribe"
    ) -> list[Any]:
        waiting, held = set(wires), []
        while waiting:
            reply = await conn.read_response(timeout=self._command_timeout_s, push_request=True)
            if reply is None:
                raise TimeoutError("Redis did not confirm the subscriptions")
            if isinstance(reply, list) and reply[0] == kind:
                waiting.discard(reply[1])
                self._confirmed(reply[1])
            else:
                held.append(reply)
        return held


def _run_id(info: Any) -> bytes:
    """The ``run_id`` line of ``INFO server``: it changes whenever the server process does."""
    text = info if isinstance(info, bytes) else str(info).encode()
    for line in text.splitlines():
        if line.startswith(b"run_id:"):
            return line.removeprefix(b"run_id:").strip()
    raise ConnectionError("INFO server had no run_id")


def make_redis_broker(url: str, **options: Any) -> RedisBroker:
    """The broker for ``url``: :class:`RedisClusterBroker` for ``redis+cluster://``, else
    :class:`RedisBroker` (see :mod:`server.brokers.redis_client`)."""
    if is_cluster_url(url):
        return RedisClusterBroker(url, **options)
    return RedisBroker(url, **options)
