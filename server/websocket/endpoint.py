"""`/ws`: the WebSocket edge. It decodes frames, calls the core and maps errors to answers and
close codes; the decisions are the policy's and the state is the Connection's.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from starlette.websockets import WebSocket

from protocol.channels import Channel, ChannelKind
from protocol.close_codes import CloseCode, CloseReason
from protocol.codec import FrameRejected, decode_client_message, error_reply
from protocol.errors import ErrorCode, InvariantBroken, TwinspaceError, present
from protocol.frames import event_frame
from protocol.messages import (
    Ack,
    Auth,
    ClientMessage,
    Error,
    Ping,
    Pong,
    Presence,
    PresenceMember,
    Publish,
    Reset,
    ResetReason,
    Subscribe,
    Unsubscribe,
    Welcome,
    select_subprotocol,
)
from protocol.vocabulary import AccountId, SpaceKind
from storage.database import DATABASE_DOWN

from ..brokers.redis_client import REDIS_DOWN
from ..observability import metrics
from ..observability.logs import bind_connection
from ..policy import Actor
from ..realtime.access_cache import CACHED_KINDS, authorize_cached
from ..realtime.channel_access import ChannelGrant, authorize_publish, authorize_subscribe
from ..realtime.connection import Connection, ConnectionState, Subscription
from ..realtime.hub import COUNTED_PRESENCE
from ..realtime.ratelimit import TokenBucket
from ..services import event_attendance
from ..services.access import actor_of
from ..services.accounts import resolve_session
from .sockets import AsgiSocket, ShuttingDown, WsSocket
from .video_signalling import handle_publish as handle_signal
from .video_upkeep import release_connection as release_video_connection

if TYPE_CHECKING:
    from ..context import AppContext

logger = logging.getLogger("twinspace.ws")


#: On a graceful restart each client is told to come back after a random delay in this range
#: (milliseconds), so that thousands of clients do not reconnect in the same instant.
RESTART_RETRY_MS = (1_000, 5_000)
#: How long a closing session waits for its `closing` and close frames to go out.
CLOSE_FLUSH_S = 1.0


#: What a database outage (storage.database.DATABASE_DOWN: SQLite's busy timeout and the
#: pool's own timeout too; in a connect storm of 10,000 tabs after a restart, 487 sign-ins
#: once failed with the latter as the server's error, 1011 and a traceback each) or a Redis
#: that does not answer for a moment raises: the client is told to try again, not that the
#: server failed.
PART_DOWN: tuple[type[Exception], ...] = (*DATABASE_DOWN, OSError, *REDIS_DOWN)


#: What undoing a failed subscription may meet: the same outage that made it fail.
UNDO_FAILURES: tuple[type[Exception], ...] = (TwinspaceError, *PART_DOWN)


def retry_after_ms() -> int:
    """A random delay in RESTART_RETRY_MS: clients told to come back do not come at once."""
    low, high = RESTART_RETRY_MS
    return low + secrets.randbelow(high - low + 1)


async def ws_endpoint(websocket: WebSocket) -> None:
    """`/ws` over ASGI (the uvicorn implementations other than ours)."""
    ctx: AppContext = websocket.app.state.ctx
    subprotocol = select_subprotocol(websocket.scope.get("subprotocols", []))
    if subprotocol is None:
        # Refused before accepting: the client sees an HTTP 403 to its handshake.
        await websocket.close(code=CloseCode.POLICY_VIOLATION)
        return
    await websocket.accept(subprotocol=subprotocol)
    await run_session(AsgiSocket(websocket), ctx)


async def run_session(socket: WsSocket, ctx: AppContext) -> None:
    """One accepted connection's whole life, on either transport."""
    metrics.ws_opened()
    session = WsSession(socket, ctx)
    bind_connection(session.connection.id)
    socket.start_writing(session.connection)
    try:
        await session.run()
    except Exception:
        logger.exception("websocket %s failed", session.connection.id)
        session.connection.close(CloseCode.INTERNAL_ERROR, CloseReason.INTERNAL)
    finally:
        connection = session.connection
        kinds = {s.grant.channel.kind for s in connection.subscriptions.values()}
        followed = [
            s.grant.channel.space_id
            for s in connection.subscriptions.values()
            if s.grant.channel.kind is ChannelKind.QA
        ]
        if followed:
            try:
                await session.attendance(left=followed)
            except Exception:  # the database gone: the listing ends it with the event
                logger.warning("could not close websocket %s's attendance", connection.id)
        if ChannelKind.VIDEO in kinds:
            try:
                await release_video_connection(ctx, connection.id)
            except Exception:  # the database gone: the grace period still drops them
                logger.warning("could not release websocket %s's video places", connection.id)
        try:
            await ctx.hub.unregister(session.connection)
        except Exception:  # Redis or the database gone: still release the socket below
            logger.warning("could not unregister websocket %s cleanly", session.connection.id)
        if session.connection.state is ConnectionState.CLOSING:
            # Let `closing` and the close frame go out, but not forever.
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(CLOSE_FLUSH_S):
                    await socket.drained(session.connection)
        await socket.release(session.connection)
        metrics.ws_closed(getattr(session.connection.close_request, "code", None))


class WsSession:
    """One connection's life: authenticate, then read and answer operations."""

    def __init__(self, socket: WsSocket, ctx: AppContext) -> None:
        self.socket = socket
        self.ctx = ctx
        self.limits = ctx.settings.ws_limits
        self.connection = Connection(secrets.token_hex(8), self.limits.max_outbound_queue)
        self.bucket = TokenBucket(self.limits.max_messages_per_second, self.limits.message_burst)
        self.strikes = 0
        # Checked at every client message; clients ping within the idle timeout, so an
        # expired session's socket closes within one heartbeat.
        self.session_expires_at = ctx.clock.now()

    def decode(self, text: str) -> ClientMessage:
        return decode_client_message(
            text, max_frame_bytes=self.limits.max_frame_bytes, max_depth=self.limits.max_depth
        )

    async def receive_text(self, timeout_ms: int) -> str | None:
        """The next frame, or None when the peer has gone."""
        async with asyncio.timeout(timeout_ms / 1000):
            return await self.socket.receive_text()

    @property
    def actor(self) -> Actor | None:
        """Who this connection speaks for; the hub keeps it current (Connection.actor)."""
        return self.connection.actor

    @property
    def signed_in_actor(self) -> Actor:
        """The actor, once :meth:`authenticate` has set it: operations run only after that."""
        return present(self.connection.actor, "the actor of an authenticated connection")

    # -- authentication --------------------------------------------------------------------

    async def run(self) -> None:
        try:
            await self.serve()
        except ShuttingDown:
            # Raised only between operations: the one in progress has been answered.
            self.connection.close(
                CloseCode.SERVICE_RESTART,
                CloseReason.SERVER_RESTARTING,
                retry_after_ms=retry_after_ms(),
            )

    async def serve(self) -> None:
        if not await self.authenticate():
            return
        connection = self.connection
        hub = self.ctx.hub
        if not await hub.admit(connection, self.ctx.settings.max_ws_per_account):
            connection.move_to(ConnectionState.OPEN)
            connection.close(CloseCode.RATE_LIMITED, CloseReason.TOO_MANY_CONNECTIONS)
            return
        connection.move_to(ConnectionState.OPEN)
        hub.register(connection)
        connection.send(
            Welcome(
                account_id=AccountId(connection.account_id),
                server_time=self.ctx.clock.now(),
                limits=self.limits,
            )
        )
        await self.read_loop()

    async def authenticate(self) -> bool:
        token = self.socket.session_token()
        if token is None:
            try:
                text = await self.receive_text(self.limits.auth_timeout_ms)
            except TimeoutError:
                self.connection.close(CloseCode.UNAUTHENTICATED, CloseReason.AUTH_MISSING)
                return False
            if text is None:
                return False
            try:
                message = decode_client_message(
                    text,
                    max_frame_bytes=self.limits.max_frame_bytes,
                    max_depth=self.limits.max_depth,
                )
            except FrameRejected as exc:
                self.connection.send(error_reply(exc))
                self.connection.close(CloseCode.UNAUTHENTICATED, CloseReason.AUTH_MISSING)
                return False
            if not isinstance(message, Auth):
                self.connection.close(CloseCode.UNAUTHENTICATED, CloseReason.AUTH_MISSING)
                return False
            token = message.token
        try:
            async with self.ctx.reader() as db:
                auth_session, account = await resolve_session(db, token, self.ctx.clock.now())
        except InvariantBroken:
            raise  # our bug, not the client's: closed as internal error, logged (serve)
        except TwinspaceError as exc:
            self.connection.send(Error(code=exc.code, message=exc.message))
            self.connection.close(CloseCode.UNAUTHENTICATED, CloseReason.SESSION_INVALID)
            return False
        except PART_DOWN:
            # The database away (or, on SQLite, a storm of writers past the busy timeout; the
            # check itself takes no lock), or Redis: tell the client to come back.
            logger.warning("sign-in check failed: database or Redis unavailable")
            self.connection.send(Error(code=ErrorCode.UNAVAILABLE, message="try again later"))
            self.connection.close(
                CloseCode.TRY_AGAIN_LATER, CloseReason.UNAVAILABLE, retry_after_ms=retry_after_ms()
            )
            return False
        # Plain policy facts, not the ORM row: an idle connection keeps no session state.
        self.connection.actor = actor_of(account)
        self.session_expires_at = auth_session.expires_at
        self.connection.account_id = account.id
        self.connection.session_id = auth_session.id
        self.connection.display_name = account.display_name
        return True

    # -- operations ------------------------------------------------------------------------

    async def read_loop(self) -> None:
        connection = self.connection
        while connection.is_open:
            try:
                text = await self.receive_text(self.limits.idle_timeout_ms)
            except TimeoutError:
                connection.close(CloseCode.IDLE_TIMEOUT, CloseReason.IDLE_TIMEOUT)
                return
            if text is None:
                return
            if self.ctx.clock.now() >= self.session_expires_at:
                connection.close(CloseCode.UNAUTHENTICATED, CloseReason.SESSION_EXPIRED)
                return
            if not self.within_rate():
                continue
            if len(text) > self.limits.max_frame_bytes:
                connection.send(Error(code=ErrorCode.TOO_LARGE, message="frame too large"))
                connection.close(CloseCode.MESSAGE_TOO_BIG, CloseReason.FRAME_TOO_LARGE)
                return
            try:
                message = decode_client_message(
                    text,
                    max_frame_bytes=self.limits.max_frame_bytes,
                    max_depth=self.limits.max_depth,
                )
            except FrameRejected as exc:
                connection.send(error_reply(exc))
                continue
            await self.dispatch(message)

    def within_rate(self) -> bool:
        """Both this connection's bucket and the account's (all its tabs) must allow it."""
        now = time.monotonic()
        account_bucket = self.ctx.hub.bucket_of(self.connection.account_id)
        wait = max(self.bucket.take(now), account_bucket.take(now))
        if wait == 0.0:
            self.strikes = 0
            return True
        self.strikes += 1
        metrics.rate_limited(closed=self.strikes >= self.limits.rate_limit_strikes)
        if self.strikes >= self.limits.rate_limit_strikes:
            self.connection.close(CloseCode.RATE_LIMITED, CloseReason.TOO_MANY_MESSAGES)
        else:
            self.connection.send(
                Error(
                    code=ErrorCode.RATE_LIMITED,
                    message="too many messages: slow down",
                    retry_after_ms=max(1, int(wait * 1000)),
                )
            )
        return False

    async def dispatch(self, message: ClientMessage) -> None:
        ref = getattr(message, "ref", None)
        try:
            if isinstance(message, Ping):
                self.connection.send(Pong(ref=message.ref, server_time=self.ctx.clock.now()))
            elif isinstance(message, Subscribe):
                await self.subscribe(message)
            elif isinstance(message, Unsubscribe):
                await self.unsubscribe(message)
            elif isinstance(message, Publish):
                await self.publish(message)
            else:
                raise TwinspaceError("already authenticated", code=ErrorCode.INVALID)
        except InvariantBroken:
            raise  # our bug, not the client's: closed as internal error, logged (serve)
        except TwinspaceError as exc:
            self.connection.send(Error(code=exc.code, message=exc.message, ref=ref))
        except PART_DOWN:
            # A part we need is down for a moment: answer, keep the connection.
            logger.warning("operation failed: database or Redis unavailable", exc_info=True)
            self.connection.send(
                Error(code=ErrorCode.UNAVAILABLE, message="try again in a moment", ref=ref)
            )

    async def subscribe(self, message: Subscribe) -> None:
        connection, hub = self.connection, self.ctx.hub
        channel = Channel.parse(message.channel)
        name = channel.name
        if name in connection.subscriptions:
            raise TwinspaceError("already subscribed", code=ErrorCode.CONFLICT)
        if len(connection.subscriptions) >= self.limits.max_subscriptions:
            raise TwinspaceError(
                f"at most {self.limits.max_subscriptions} subscriptions",
                code=ErrorCode.LIMIT_EXCEEDED,
            )
        revocations = hub.revocations
        grant = await self.authorize(channel)
        subscription = Subscription(grant)
        connection.subscriptions[name] = subscription
        # From here live deliveries wait in `pending` until the ack and replay are queued.
        try:
            await hub.attach(connection, name)
            if hub.revocations != revocations:
                # A removal was applied while this was being authorized: ask once more.
                await self.authorize(channel)
            if channel.kind is ChannelKind.QA:
                # Recorded before the ack: once the client hears it, its stretch is open.
                await self.attendance(joined=[channel.space_id])
            if channel.kind is ChannelKind.PRESENCE:
                await self.presence_snapshot(message.ref, channel, subscription)
            elif channel.kind is ChannelKind.READERS:
                await self.readers_snapshot(message.ref, channel, subscription)
            else:
                await self.catch_up(message, name, subscription)
        except BaseException:
            # Refused or failed (Redis gone mid-way): no half subscription stays behind, or the
            # client's next try would hear "already subscribed" for a channel it never got.
            await self.abandon(name)
            raise
        connection.go_live(name)

    async def abandon(self, name: str) -> None:
        """Undo a subscription that failed before its ack; what cannot be undone now (a
        presence entry while Redis is down) expires by itself."""
        subscription = self.connection.subscriptions.get(name)
        if subscription is None:
            return
        try:
            await self.ctx.hub.detach(self.connection, name)
            if subscription.grant.channel.kind is ChannelKind.QA:
                await self.attendance(left=[subscription.grant.channel.space_id])
        except UNDO_FAILURES:
            self.connection.subscriptions.pop(name, None)
            logger.warning("undoing a failed subscription to %s failed", name, exc_info=True)

    async def attendance(self, *, joined: Sequence[int] = (), left: Sequence[int] = ()) -> None:
        """Following an event's Q&A while it runs is its attendance (issue 22)."""
        connection, now = self.connection, self.ctx.clock.now()
        async with self.ctx.sessionmaker() as db, db.begin():
            for event_id in joined:
                await event_attendance.joined(
                    db, event_id, connection.account_id, connection.id, now
                )
            await event_attendance.left(db, list(left), connection.id, now)
        for event_id in (*joined, *left):
            self.ctx.watch_counts.touch(event_id)  # the count watching, announced coalesced

    async def authorize(self, channel: Channel) -> ChannelGrant:
        actor = self.signed_in_actor
        if channel.kind in CACHED_KINDS:
            return await authorize_cached(self.ctx.hub.access, actor, channel, self.ctx.clock.now())
        async with self.ctx.reader() as db:
            return await authorize_subscribe(db, actor, channel, self.ctx.clock.now())

    async def catch_up(self, message: Subscribe, name: str, subscription: Subscription) -> None:
        connection, broker = self.connection, self.ctx.hub.broker
        since = message.since if subscription.grant.channel.rules.replayable else None
        if since is None:
            head = await broker.head(name)
            connection.send(Ack(ref=message.ref, channel=name, seq=head))
            subscription.last_seq = head
            return
        replay = await broker.replay(name, since)
        connection.send(Ack(ref=message.ref, channel=name, seq=replay.head))
        if since > replay.head:
            reason = ResetReason.AHEAD
        elif not replay.complete or len(replay.events) > self.limits.max_replay_events:
            reason = ResetReason.TOO_OLD
        else:
            subscription.last_seq = since
            for delivery in replay.events:
                connection.forward(
                    name,
                    subscription,
                    delivery.seq,
                    event_frame(name, delivery.seq, delivery.payload).decode(),
                )
            metrics.recovery("replayed")
            return
        metrics.recovery(reason)
        connection.send(Reset(channel=name, seq=replay.head, reason=reason))
        subscription.last_seq = replay.head

    async def presence_snapshot(
        self, ref: str, channel: Channel, subscription: Subscription
    ) -> None:
        hub, connection = self.ctx.hub, self.connection
        entry = await hub.access.entry(channel.space_id)
        kind = entry.space.kind if entry else SpaceKind.TWINSPACE
        role = subscription.grant.role
        if role is None:  # a presence grant comes from a membership: it has a role
            raise InvariantBroken("a presence subscription without a role in its space")
        await hub.presence_join(connection, channel.space_id, role, kind)
        head = await hub.broker.head(channel.name)
        if kind in COUNTED_PRESENCE:
            # A group: how many, not who (issue 21); counts follow, no join/leave events.
            connection.send(Ack(ref=ref, channel=channel.name, seq=head))
            connection.send(await hub.presence_count(channel.space_id))
            subscription.last_seq = head
            return
        online = await hub.presence.online(channel.space_id)
        members = entry.members.values() if entry else ()
        snapshot = [
            PresenceMember(
                account_id=AccountId(member.account_id),
                display_name=member.display_name,
                role=member.role,
            )
            for member in members
            if member.account_id in online
        ]
        connection.send(Ack(ref=ref, channel=channel.name, seq=head))
        connection.send(Presence(channel=channel.name, seq=head, members=snapshot))
        subscription.last_seq = head

    async def readers_snapshot(
        self, ref: str, channel: Channel, subscription: Subscription
    ) -> None:
        """Who is reading the thread (issue 21): the subscriber is one of them from now on."""
        hub, connection = self.ctx.hub, self.connection
        role = subscription.grant.role
        if role is None:  # a thread's readers are its space's members: each has a role
            raise InvariantBroken("a readers subscription without a role in its space")
        await hub.readers_join(connection, channel, role)
        connection.send(Ack(ref=ref, channel=channel.name, seq=0))
        connection.send_text(await hub.readers_snapshot(channel))

    async def unsubscribe(self, message: Unsubscribe) -> None:
        name = Channel.parse(message.channel).name
        subscription = self.connection.subscriptions.get(name)
        if subscription is None:
            raise TwinspaceError("not subscribed", code=ErrorCode.NOT_FOUND)
        await self.ctx.hub.detach(self.connection, name)
        if subscription.grant.channel.kind is ChannelKind.QA:
            # Closed before the ack: once the client hears it, its stretch has ended.
            await self.attendance(left=[subscription.grant.channel.space_id])
        self.connection.send(Ack(ref=message.ref, channel=name, seq=subscription.last_seq))

    async def publish(self, message: Publish) -> None:
        channel = Channel.parse(message.channel)
        actor = self.signed_in_actor
        if channel.kind is ChannelKind.VIDEO:  # WebRTC signalling: routed, never broadcast
            return await handle_signal(self.ctx, self.connection, actor, channel, message)
        async with self.ctx.reader() as db:
            await authorize_publish(db, actor, channel, self.ctx.clock.now())
        seq = await self.ctx.hub.publish(channel.name, message.event, message.data)
        self.connection.send(Ack(ref=message.ref, channel=channel.name, seq=seq))
