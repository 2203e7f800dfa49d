"""The hub of one server process: which local connections listen to which channel.

Deliveries from the broker become one text frame each, shared by every local subscriber (one
encode per event per process, never per subscriber). Control commands from any process
(revocations) are applied here to the local connections they concern.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime as dt
import logging
from collections import defaultdict, deque
from collections.abc import Callable
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from protocol.channels import EVENT_KINDS, Channel, ChannelKind
from protocol.close_codes import CloseCode, CloseReason
from protocol.errors import ErrorCode, InvariantBroken, TwinspaceError, Unavailable
from protocol.event_payloads import EventPayload, PresenceGone
from protocol.events import EventName, check_event, encode_event
from protocol.frames import encode_event_body, event_frame
from protocol.limits import Limits
from protocol.messages import PresenceCount, PresenceMember, Unsubscribed
from protocol.vocabulary import AccountId, AccountStatus, Role, SpaceId, SpaceKind
from storage.database import read_only_sessions

from ..brokers.base import Broker, Delivery, PresenceChange, PresenceStore, ReaderStore
from ..brokers.connections import ConnectionRegistry, MemoryConnections
from ..brokers.readers_memory import MemoryReaders
from ..config import OutboxSettings
from ..observability import metrics
from ..services.access import actor_by_id, sessions_standing
from ..services.commands import (
    AccountActivated,
    AccountLocked,
    Command,
    DirectFrame,
    EventStandingChanged,
    MembershipChanged,
    SessionsEnded,
    SpaceDeleted,
    decode_command,
)
from ..services.outbox import Announcement, Outbox
from .access_cache import SpaceAccessCache
from .channel_access import authorize_subscribe
from .connection import Connection, encode_text
from .outbox_relay import OutboxRelay
from .ratelimit import TokenBucket
from .readers import ThreadReaders, plan_pass, readers_message

logger = logging.getLogger("twinspace.realtime")

#: Seconds between presence refreshes and reaps; a third of the presence TTL.
PRESENCE_UPKEEP_INTERVAL = 5.0
#: One account's connections together may send this many times one connection's rate and
#: burst (default 2x): a second tab works, twenty tabs cannot multiply a flood.
ACCOUNT_RATE_FACTOR = 2
#: Seconds between checks that every local connection's session still stands (default 15 s).
#: Revocations normally reach live sockets at once through control commands; this is the net
#: under them, for a revocation no command brought: the operator's CLI on a server without
#: Redis (another process, so no in-process broker reaches it), or a command lost while this
#: process was cut off from Redis. A connection whose session ended is closed 4001, one whose
#: account was suspended, rejected or erased 4003.
SESSION_SWEEP_INTERVAL_S = 15.0
#: Account statuses that may no longer hold a connection.
BARRED = frozenset({AccountStatus.SUSPENDED, AccountStatus.REJECTED, AccountStatus.ERASED})


#: Seconds between a group's presence counts (default 10 s): each subscriber of a group's
#: ``presence:<id>`` gets at most one ``presence.count`` per interval, and only when the count
#: changed (issue 21: at most one presence message per 10 s per online client).
PRESENCE_COUNT_INTERVAL_S = 10.0
#: Which kinds of space have counted presence rather than join/leave events (docs/groups.md,
#: *Presence*): every group, whatever its size, so that a group's presence never switches
#: mode while people come and go.
COUNTED_PRESENCE = frozenset({SpaceKind.GROUP})
#: A counted space with at least this many presence subscribers on this process is crowded:
#: its counts and its threads' readers snapshots go out every `CROWDED_EVERY`th pass (20 s),
#: not every pass. In a group of 500 online, churn changes the count and a busy thread's
#: first 20 readers at nearly every pass, so each client got a presence message every 10 s
#: and more with its subscribe-time snapshots (1.09 per 10 s measured, target <= 1); a number
#: that large need not be exact to the 10 s. A change is kept until its space is due.
CROWDED_SUBSCRIBERS = 100
CROWDED_EVERY = 2


def presence_channel(space_id: int) -> str:
    return Channel(ChannelKind.PRESENCE, SpaceId(space_id)).name


class Hub:
    def __init__(
        self,
        broker: Broker,
        presence: PresenceStore,
        sessionmaker: async_sessionmaker[AsyncSession],
        now: Callable[[], dt.datetime],
        limits: Limits,
        connections: ConnectionRegistry | None = None,
        outbox: OutboxSettings | None = None,
        readers: ReaderStore | None = None,
    ) -> None:
        self.broker = broker
        self.presence = presence
        #: Each account's live connections over every process, for the per-account limit.
        self.connections = connections or MemoryConnections()
        self.sessionmaker = sessionmaker
        #: For the checks that only read (session sweeps, access revalidation).
        self.reader = read_only_sessions(sessionmaker)
        self.now = now
        self.listeners: dict[str, set[Connection]] = defaultdict(set)
        self.connections_of: dict[int, set[Connection]] = defaultdict(set)
        self.tasks: set[asyncio.Task[None]] = set()
        self.account_buckets: dict[int, TokenBucket] = {}
        #: Counts membership revocations seen by this process; a subscribe that straddles
        #: one (authorized before, registered after) checks again.
        self.revocations = 0
        self.account_rate = ACCOUNT_RATE_FACTOR * limits.max_messages_per_second
        self.account_burst = ACCOUNT_RATE_FACTOR * limits.message_burst
        self.upkeep: asyncio.Task[None] | None = None
        self.sweeper: asyncio.Task[None] | None = None
        #: Sends committed announcements: at once, after an outage, or a dead process's.
        self.outbox = OutboxRelay(
            broker, sessionmaker, self.publish_body, self.on_control, outbox or OutboxSettings()
        )
        #: Spaces' facts and members for subscribes and presence snapshots (access_cache.py).
        self.access = SpaceAccessCache(sessionmaker)
        #: The kind of each space a local connection joined the presence of (a kind never
        #: changes): whether a leave is announced needs no query (an int pair per space).
        self.space_kinds: dict[int, SpaceKind] = {}
        #: The count last sent to this process's subscribers, by counted space listened to.
        self.counts_sent: dict[int, int] = {}
        #: Presence passes made (send_counts), for the crowded spaces' slower cadence.
        self.presence_passes = 0
        self.crowded_subscribers = CROWDED_SUBSCRIBERS
        self.counter: asyncio.Task[None] | None = None
        #: Who is reading which forum thread (readers.py), sent in the same passes.
        self.readers = ThreadReaders(readers or MemoryReaders())

    # -- life ------------------------------------------------------------------------------

    async def start(self) -> None:
        await self.broker.start(self.on_delivery, self.on_control, self.on_restart)
        self.upkeep = asyncio.create_task(self.keep_presence(), name="presence-upkeep")
        self.counter = asyncio.create_task(self.keep_counting(), name="presence-counts")
        self.sweeper = asyncio.create_task(self.keep_sessions_checked(), name="session-sweep")
        self.outbox.start()

    async def close(self, code: CloseCode = CloseCode.GOING_AWAY) -> None:
        for connections in list(self.connections_of.values()):
            for connection in list(connections):
                connection.close(code, CloseReason.SERVER_SHUTTING_DOWN, retry_after_ms=1000)
        await self.outbox.close()
        for task in [self.upkeep, self.counter, self.sweeper, *self.tasks]:
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        await self.broker.close()

    # -- connections -----------------------------------------------------------------------

    async def admit(self, connection: Connection, limit: int) -> bool:
        """Whether the account may hold one more connection, counted over every process.
        While the store is unreachable, this process's own count decides."""
        try:
            return await self.connections.admit(connection.account_id, connection.id, limit)
        except Unavailable:
            logger.warning("connection limit counted on this process only: store unavailable")
            return self.connection_count(connection.account_id) < limit

    def register(self, connection: Connection) -> None:
        self.connections_of[connection.account_id].add(connection)

    async def unregister(self, connection: Connection) -> None:
        for channel in list(connection.subscriptions):
            await self.detach(connection, channel)
        try:
            await self.connections.release(connection.account_id, connection.id)
        except Unavailable:
            logger.warning("connection %s not released: its entry will expire", connection.id)
        peers = self.connections_of.get(connection.account_id)
        if peers is not None:
            peers.discard(connection)
            if not peers:
                del self.connections_of[connection.account_id]
                self.account_buckets.pop(connection.account_id, None)

    def bucket_of(self, account_id: int) -> TokenBucket:
        """The account's message budget, shared by all its connections on this process."""
        bucket = self.account_buckets.get(account_id)
        if bucket is None:
            bucket = self.account_buckets[account_id] = TokenBucket(
                self.account_rate, self.account_burst
            )
        return bucket

    def connection_count(self, account_id: int) -> int:
        return len(self.connections_of.get(account_id, ()))

    async def attach(self, connection: Connection, channel: str) -> None:
        """Start routing the channel's deliveries to the connection."""
        listeners = self.listeners[channel]
        first = not listeners
        listeners.add(connection)
        if first:
            try:
                await self.broker.subscribe(channel)
            except BaseException:
                # No listener may stay without a broker subscription behind it.
                listeners.discard(connection)
                if not listeners:
                    del self.listeners[channel]
                raise

    async def detach(self, connection: Connection, channel: str) -> None:
        subscription = connection.subscriptions.pop(channel, None)
        listeners = self.listeners.get(channel)
        if listeners is not None:
            listeners.discard(connection)
            if not listeners:
                del self.listeners[channel]
                await self.broker.unsubscribe(channel)
        if subscription is not None and subscription.grant.channel.kind is ChannelKind.PRESENCE:
            await self.presence_leave(connection, subscription.grant.channel.space_id)
        if subscription is not None and subscription.grant.channel.kind is ChannelKind.READERS:
            channel_of = subscription.grant.channel
            await self.readers.leave(channel_of, connection.account_id, connection.id)

    # -- publishing and delivery -----------------------------------------------------------

    async def publish(self, channel: str, event: str, data: dict[str, Any]) -> int:
        """Publish an event as given (a client's publish on a channel that allows one)."""
        return await self.publish_body(channel, encode_event_body(event, data))

    async def announce(self, channel: str, name: EventName, payload: EventPayload) -> int:
        """Publish one of the server's own events (protocol/events.py), checked and typed."""
        check_event(channel, name, payload)
        return await self.publish_body(channel, encode_event(name, payload))

    async def publish_body(self, channel: str, body: bytes, once: str | None = None) -> int:
        metrics.publishing(channel, body, subscribed=channel in self.listeners)
        return await self.broker.publish(channel, body, once=once)

    async def flush(self, outbox: Outbox) -> None:
        """Announce what a committed transaction did (see outbox_relay.py)."""
        await self.outbox.flush(outbox)

    @property
    def unsent(self) -> deque[Announcement]:
        """Committed announcements the broker refused, oldest first, waiting for the relay."""
        return self.outbox.unsent

    def on_delivery(self, delivery: Delivery) -> None:
        listeners = self.listeners.get(delivery.channel)
        if not listeners:
            return
        metrics.delivered(delivery.channel, delivery.payload, len(listeners))
        frame = event_frame(delivery.channel, delivery.seq, delivery.payload).decode()
        for connection in tuple(listeners):
            connection.deliver(delivery.channel, delivery.seq, frame)

    def on_restart(self, channel: str, at: int = 0) -> None:
        """The broker lost the channel's numbering: every local subscriber resets at ``at``."""
        for connection in tuple(self.listeners.get(channel, ())):
            connection.restart(channel, at)

    # -- presence --------------------------------------------------------------------------

    async def presence_join(
        self, connection: Connection, space_id: int, role: str, kind: SpaceKind
    ) -> None:
        """Record the connection as online; a twinspace's or room's members hear ``join``,
        a group's are counted (:meth:`send_counts`)."""
        self.space_kinds[space_id] = kind
        if kind in COUNTED_PRESENCE:
            await self.presence.join(space_id, connection.account_id, connection.id)
            return
        if await self.presence.join(space_id, connection.account_id, connection.id):
            member = PresenceMember(
                account_id=AccountId(connection.account_id),
                display_name=connection.display_name,
                role=Role(role),
            )
            await self.announce(presence_channel(space_id), EventName.JOIN, member)

    async def presence_leave(self, connection: Connection, space_id: int) -> None:
        if await self.presence.leave(space_id, connection.account_id, connection.id):
            await self.announce_offline(
                PresenceChange(space_id, connection.account_id, online=False)
            )

    async def is_counted(self, space_id: int) -> bool:
        """Whether the space's presence is counted; known here for every space a local
        connection joined, else asked of the access cache (a dead process's reaped space)."""
        kind = self.space_kinds.get(space_id)
        if kind is None:
            entry = await self.access.entry(space_id)
            if entry is None:
                return False
            kind = self.space_kinds[space_id] = entry.space.kind
        return kind in COUNTED_PRESENCE

    async def announce_offline(self, change: PresenceChange) -> None:
        if await self.is_counted(change.space_id):
            return  # the next count says it
        gone = PresenceGone(account_id=change.account_id)
        await self.announce(presence_channel(change.space_id), EventName.LEAVE, gone)

    async def keep_presence(self) -> None:
        """Refresh this process's presence and reap other, dead processes' entries."""
        while True:
            await asyncio.sleep(PRESENCE_UPKEEP_INTERVAL)
            try:
                await self.connections.refresh()
                await self.presence.refresh()
                await self.readers.store.refresh()
                for change in await self.presence.reap():
                    await self.announce_offline(change)
            except Exception:  # keep upkeep alive through a Redis outage
                logger.warning("presence upkeep failed; retrying", exc_info=True)

    async def presence_count(self, space_id: int) -> PresenceCount:
        """A counted space's presence now, for a new subscriber (its snapshot)."""
        online = await self.presence.count(space_id)
        self.counts_sent.setdefault(space_id, online)
        return PresenceCount(channel=presence_channel(space_id), online=online)

    async def send_counts(self) -> int:
        """One presence pass: each counted space this process has subscribers for whose count
        changed since the last pass gets one ``presence.count`` per local subscriber, and each
        listened thread whose readers changed one ``presence.readers`` per local reader; a
        connection gets at most one of them per space (readers.py, :func:`plan_pass`). One
        store read per such space and thread, whatever the number of subscribers; returns the
        messages sent. A crowded space (``CROWDED_SUBSCRIBERS``) is left out of all but every
        ``CROWDED_EVERY``th pass, its changes kept for the pass it is due."""
        self.presence_passes += 1
        crowded_turn = self.presence_passes % CROWDED_EVERY == 0
        waiting = {
            space_id
            for space_id in self.counts_sent
            if not crowded_turn
            and len(self.listeners.get(presence_channel(space_id), ())) >= self.crowded_subscribers
        }
        now_online: dict[int, int] = {}
        count_frames: dict[int, str] = {}
        for space_id in list(self.counts_sent):
            if not self.listeners.get(presence_channel(space_id)):
                del self.counts_sent[space_id]
                continue
            if space_id in waiting:
                continue
            online = now_online[space_id] = await self.presence.count(space_id)
            if online != self.counts_sent[space_id]:
                self.counts_sent[space_id] = online
                message = PresenceCount(channel=presence_channel(space_id), online=online)
                count_frames[space_id] = encode_text(message)
        reader_frames: dict[str, tuple[int, str]] = {}
        changed = await self.readers.changed(set(self.listeners), waiting)
        for name, (space_id, readers) in changed.items():
            count: int | None = None
            if await self.is_counted(space_id):
                count = now_online.get(space_id)
                if count is None:
                    count = now_online[space_id] = await self.presence.count(space_id)
            reader_frames[name] = (space_id, encode_text(readers_message(name, readers, count)))
        spaces = {*count_frames, *(space_id for space_id, _ in reader_frames.values())}
        plan = plan_pass(
            reader_frames,
            count_frames,
            self.listeners,
            {space_id: presence_channel(space_id) for space_id in spaces},
        )
        for connection, frame in plan:
            connection.send_text(frame)
        return len(plan)

    async def readers_join(self, connection: Connection, channel: Channel, role: str) -> None:
        """The connection reads the thread now: it is one of its readers until it leaves."""
        entry = await self.access.entry(channel.space_id)
        if entry is not None:
            self.space_kinds[channel.space_id] = entry.space.kind
        await self.readers.enter(
            channel, connection.account_id, connection.display_name, role, connection.id
        )

    async def readers_snapshot(self, channel: Channel) -> str:
        """A new reader's snapshot, with its group's count if the space's is counted."""
        online = None
        if await self.is_counted(channel.space_id):
            online = await self.presence.count(channel.space_id)
        return encode_text(await self.readers.snapshot(channel, online))

    async def keep_counting(self) -> None:
        while True:
            await asyncio.sleep(PRESENCE_COUNT_INTERVAL_S)
            try:
                await self.send_counts()
            except Exception:  # keep counting through a Redis outage
                logger.warning("presence counts failed; retrying", exc_info=True)

    # -- the session sweep -----------------------------------------------------------------

    async def keep_sessions_checked(self) -> None:
        while True:
            await asyncio.sleep(SESSION_SWEEP_INTERVAL_S)
            try:
                closed = await self.sweep_sessions()
                if closed:
                    logger.warning("session sweep closed %d connections no command had", closed)
            except Exception:  # the database may be away for a moment; try again next round
                logger.warning("session sweep failed; retrying", exc_info=True)

    async def sweep_sessions(self) -> int:
        """Close every local connection whose session ended or whose account is barred;
        returns how many were closed. One short read per 500 connections."""
        connections = [c for group in self.connections_of.values() for c in group]
        if not connections:
            return 0
        async with self.reader() as db:
            live, statuses = await sessions_standing(
                db, ((c.session_id, c.account_id) for c in connections), self.now()
            )
        closed = 0
        for connection in connections:
            status = statuses.get(connection.account_id)
            if status is None or status in BARRED:
                connection.close(CloseCode.FORBIDDEN, CloseReason.ACCOUNT_LOCKED)
            elif connection.session_id not in live:
                connection.close(CloseCode.UNAUTHENTICATED, CloseReason.SIGNED_OUT)
            else:
                # Validated by a process no command came from (the net, as for the above).
                self.account_status_is(connection.account_id, status)
                continue
            closed += 1
        return closed

    # -- control commands ------------------------------------------------------------------

    def on_control(self, data: bytes) -> None:
        try:
            command = decode_command(data)
        except ValueError:
            logger.error("unreadable control command dropped")
            return
        self.access.forget(command)
        if isinstance(command, MembershipChanged | EventStandingChanged | SpaceDeleted):
            # Counted at once, before the re-check runs, so no subscribe can miss it.
            self.revocations += 1
        task = asyncio.create_task(self.apply(command))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def apply(self, command: Command) -> None:
        try:
            if isinstance(command, AccountLocked):
                for connection in list(self.connections_of.get(command.account_id, ())):
                    connection.close(CloseCode.FORBIDDEN, CloseReason.ACCOUNT_LOCKED)
            elif isinstance(command, AccountActivated):
                self.account_status_is(command.account_id, AccountStatus.ACTIVE)
            elif isinstance(command, SessionsEnded):
                for connection in list(self.connections_of.get(command.account_id, ())):
                    if command.session_id in (None, connection.session_id):
                        connection.close(CloseCode.UNAUTHENTICATED, CloseReason.SIGNED_OUT)
            elif isinstance(command, SpaceDeleted):
                await self.end_space(command.space_id)
            elif isinstance(command, MembershipChanged):
                await self.recheck(command.space_id, command.account_id)
            elif isinstance(command, EventStandingChanged):
                await self.recheck_event(command.event_id, command.account_id)
            elif isinstance(command, DirectFrame):
                self.deliver_direct(command)
        except Exception:
            logger.exception("control command %s failed", type(command).__name__)

    def account_status_is(self, account_id: int, status: AccountStatus) -> None:
        """The account's connections speak for its new status from now on: a page opened while
        the teacher was pending follows their spaces once they are validated."""
        for connection in self.connections_of.get(account_id, ()):
            if connection.actor is not None and connection.actor.status is not status:
                connection.actor = dataclasses.replace(connection.actor, status=status)

    def deliver_direct(self, command: DirectFrame) -> None:
        for connection in self.connections_of.get(command.account_id, ()):
            if (
                connection.id == command.connection_id
                and command.channel in connection.subscriptions
            ):
                connection.send_text(command.frame)

    async def end_space(self, space_id: int) -> None:
        for connections in list(self.connections_of.values()):
            for connection in list(connections):
                for name, subscription in list(connection.subscriptions.items()):
                    channel = subscription.grant.channel
                    # A qa channel's number is an event's, not a space's (issue 22).
                    if channel.space_id == space_id and channel.kind not in EVENT_KINDS:
                        await self.detach(connection, name)
                        connection.send(Unsubscribed(channel=name, code=ErrorCode.NOT_FOUND))

    async def recheck(self, space_id: int, account_id: int) -> None:
        """Ask the policy again for every subscription the account holds in the space."""
        await self.recheck_where(
            account_id,
            # An event's Q&A may be a group's or twinspace's (issue 22): a change of the
            # account's place in any space asks again for each of its qa channels.
            lambda channel: channel.space_id == space_id or channel.kind in EVENT_KINDS,
        )

    async def recheck_event(self, event_id: int, account_id: int) -> None:
        """Ask the policy again for the account's subscriptions to one event's channels
        (their number is the event's)."""
        await self.recheck_where(
            account_id, lambda channel: channel.kind in EVENT_KINDS and channel.space_id == event_id
        )

    async def recheck_where(self, account_id: int, concerned: Callable[[Channel], bool]) -> None:
        connections = list(self.connections_of.get(account_id, ()))
        held = {
            name: subscription.grant.channel
            for connection in connections
            for name, subscription in connection.subscriptions.items()
            if concerned(subscription.grant.channel)
        }
        if not held:
            return
        refused: dict[str, ErrorCode] = {}
        async with self.reader() as db:
            actor = await actor_by_id(db, account_id)
            for name, channel in held.items():
                if actor is None:
                    refused[name] = ErrorCode.NOT_FOUND
                    continue
                try:
                    await authorize_subscribe(db, actor, channel, self.now())
                except InvariantBroken:
                    raise  # our bug, not a refusal: the command's failure is logged
                except TwinspaceError as exc:
                    refused[name] = exc.code
        for connection in connections:
            for name, code in refused.items():
                if name in connection.subscriptions:
                    await self.detach(connection, name)
                    connection.send(Unsubscribed(channel=name, code=code))
