"""One client connection: its state machine, its subscriptions and its bounded send queue.

Nothing here does network I/O: the endpoint reads frames and feeds them to the core, and a
writer task drains :attr:`Connection.outgoing` to the socket. The queue is the slow-consumer
policy: a client that lets ``max_outbound_queue`` frames pile up is closed with 4008, its
pending frames dropped (it resumes with ``since`` on reconnect), and nobody else waits for it.
"""

from __future__ import annotations

import asyncio
import enum
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from protocol.close_codes import CloseCode, CloseReason
from protocol.codec import encode_server_message
from protocol.messages import Closing, Reset, ResetReason, ServerMessage

from ..observability import metrics
from ..policy import Actor
from .channel_access import ChannelGrant


class ConnectionState(enum.StrEnum):
    AUTHENTICATING = "authenticating"  # accepted; waiting for a cookie check or `auth`
    OPEN = "open"  # authenticated: operations allowed
    CLOSING = "closing"  # a close was requested; the writer sends it
    CLOSED = "closed"


#: Which state may follow which; anything else is a bug and raises.
TRANSITIONS: dict[ConnectionState, frozenset[ConnectionState]] = {
    ConnectionState.AUTHENTICATING: frozenset({ConnectionState.OPEN, ConnectionState.CLOSING}),
    ConnectionState.OPEN: frozenset({ConnectionState.CLOSING}),
    ConnectionState.CLOSING: frozenset({ConnectionState.CLOSED}),
    ConnectionState.CLOSED: frozenset(),
}


class SubscriptionState(enum.StrEnum):
    SYNCING = "syncing"  # ack and replay being sent; live deliveries wait in `pending`
    LIVE = "live"


@dataclass(slots=True)
class Subscription:
    grant: ChannelGrant
    state: SubscriptionState = SubscriptionState.SYNCING
    last_seq: int = 0
    pending: list[tuple[int, str]] = field(default_factory=list)
    #: The channel's numbering restarted while syncing, to continue after this position:
    #: reset once live.
    restarted_at: int | None = None


@dataclass(frozen=True, slots=True)
class CloseRequest:
    code: CloseCode
    reason: CloseReason


def encode_text(message: ServerMessage) -> str:
    return encode_server_message(message).decode()


class Connection:
    """The server's side of one WebSocket, as plain state."""

    __slots__ = (
        "account_id",
        "actor",
        "close_request",
        "display_name",
        "id",
        "max_outbound",
        "on_push",
        "outgoing",
        "session_id",
        "state",
        "subscriptions",
        "wakeup",
    )

    def __init__(self, connection_id: str, max_outbound_queue: int) -> None:
        self.id = connection_id
        self.state = ConnectionState.AUTHENTICATING
        self.account_id = 0
        #: Who the connection speaks for, as the policy sees them: set when it authenticates,
        #: and kept current by the hub when the account's status moves on (a teacher validated).
        self.actor: Actor | None = None
        self.session_id = 0
        self.display_name = ""
        self.subscriptions: dict[str, Subscription] = {}
        # A deque and a wake-up future rather than an asyncio.Queue: an idle connection then
        # costs one empty deque (about 0.6 KiB) instead of a queue's four (about 1.5 KiB).
        self.outgoing: deque[str | CloseRequest] = deque()
        self.max_outbound = max_outbound_queue
        self.wakeup: asyncio.Future[None] | None = None
        #: A transport that writes synchronously (transport.py) drains the queue from this
        #: callback instead of a writer task awaiting :meth:`next_outgoing`.
        self.on_push: Callable[[], None] | None = None
        self.close_request: CloseRequest | None = None

    def move_to(self, state: ConnectionState) -> None:
        if state not in TRANSITIONS[self.state]:
            raise RuntimeError(f"connection {self.id}: {self.state} cannot become {state}")
        self.state = state

    @property
    def is_open(self) -> bool:
        return self.state is ConnectionState.OPEN

    def send(self, message: ServerMessage) -> None:
        self.send_text(encode_text(message))

    def push(self, item: str | CloseRequest) -> None:
        self.outgoing.append(item)
        if self.on_push is not None:
            self.on_push()
        elif self.wakeup is not None and not self.wakeup.done():
            self.wakeup.set_result(None)

    async def next_outgoing(self) -> str | CloseRequest:
        """The next frame for the writer, waiting for one if none is queued."""
        while not self.outgoing:
            self.wakeup = asyncio.get_running_loop().create_future()
            try:
                await self.wakeup
            finally:
                self.wakeup = None
        return self.outgoing.popleft()

    def send_text(self, frame: str) -> None:
        if self.state in (ConnectionState.CLOSING, ConnectionState.CLOSED):
            return
        if len(self.outgoing) < self.max_outbound:
            self.push(frame)
        else:
            self.close(
                CloseCode.SLOW_CONSUMER,
                CloseReason.SLOW_CONSUMER,
                drop_pending=True,
            )

    def deliver(self, channel: str, seq: int, frame: str) -> None:
        """A live event for one of this connection's channels: each seq once, in order."""
        subscription = self.subscriptions.get(channel)
        if subscription is None:
            return
        if subscription.state is SubscriptionState.SYNCING:
            subscription.pending.append((seq, frame))
            return
        self.forward(channel, subscription, seq, frame)

    def forward(self, channel: str, subscription: Subscription, seq: int, frame: str) -> None:
        if seq <= subscription.last_seq:
            return  # already sent (replayed, or delivered twice by a recovering broker)
        if seq > subscription.last_seq + 1:
            # The broker lost events it could not recover: say so rather than skip silently.
            metrics.recovery("gap")
            self.send(Reset(channel=channel, seq=seq - 1, reason=ResetReason.TOO_OLD))
        subscription.last_seq = seq
        self.send_text(frame)

    def restart(self, channel: str, at: int = 0) -> None:
        """The broker lost the channel's numbering; what follows counts from ``at`` + 1.

        Without this, events 1, 2, ... of the new numbering would look like duplicates of
        what the client already has and be dropped. The client is told with a `reset` at
        position ``at`` (0 when Redis lost everything; a Redis Cluster shard's head after a
        failover) and refetches; a subscription still syncing (its replay may be of either
        numbering) is reset when it goes live, before what arrived meanwhile.
        """
        subscription = self.subscriptions.get(channel)
        if subscription is None:
            return
        subscription.last_seq = at
        if subscription.state is SubscriptionState.SYNCING:
            subscription.pending = []  # of the lost numbering
            subscription.restarted_at = at
            return
        metrics.recovery("restarted")
        self.send(Reset(channel=channel, seq=at, reason=ResetReason.RESTARTED))

    def go_live(self, channel: str) -> None:
        """The subscription's ack and replay are queued: release what arrived meanwhile."""
        subscription = self.subscriptions[channel]
        pending, subscription.pending = subscription.pending, []
        subscription.state = SubscriptionState.LIVE
        if subscription.restarted_at is not None:
            at, subscription.restarted_at = subscription.restarted_at, None
            subscription.last_seq = at
            metrics.recovery("restarted")
            self.send(Reset(channel=channel, seq=at, reason=ResetReason.RESTARTED))
        for seq, frame in sorted(pending):
            self.forward(channel, subscription, seq, frame)

    def close(
        self,
        code: CloseCode,
        reason: CloseReason,
        retry_after_ms: int | None = None,
        *,
        drop_pending: bool = False,
    ) -> None:
        """Ask the writer to send what is queued, then ``closing``, then close. A slow
        consumer's backlog is dropped instead (it resumes with ``since``)."""
        if self.state in (ConnectionState.CLOSING, ConnectionState.CLOSED):
            return
        self.move_to(ConnectionState.CLOSING)
        if drop_pending:
            self.outgoing.clear()
        notice = Closing(code=code, reason=reason, retry_after_ms=retry_after_ms)
        self.push(encode_text(notice))
        self.close_request = CloseRequest(code, reason)
        self.push(self.close_request)
