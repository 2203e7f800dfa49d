"""Sending committed announcements: at once from the committing process, later by any process.

Three paths, one rule (every committed announcement reaches the broker, and at most once):

* **flush**: right after a transaction commits, its process publishes what the outbox
  gathered, in order, and queues the rows (``outbox.py`` wrote them in the transaction) for
  deletion: every ``DELETE_AFTER_S`` at most, one transaction deletes all that were sent
  meanwhile. This is the path of every announcement while nothing fails; its latency is what
  it was before the table, and the row costs one INSERT in the transaction and a share of a
  DELETE outside it.
* **relay**: what the broker refused (Redis down at that instant) waits in :attr:`unsent`, in
  order, and is retried every ``RELAY_RETRY_S`` until it goes.
* **sweep**: every ``sweep_interval_s`` each process publishes rows older than ``lease_s``
  that no live process is handling (their process died between commit and publish, or
  before deleting). On PostgreSQL one process sweeps at a time (an advisory lock) and rows
  are taken ``FOR UPDATE SKIP LOCKED``; the rows are deleted in the sweep's own transaction.

A row may be published twice (a sweep after a crash between publishing and deleting, a
relay retry after a timeout that Redis did run): each carries a token the broker publishes
only once, returning the first sequence number (``Broker.publish(..., once=)``). Sequence
numbers are assigned at publish, so without the token a republish would be a new event with
a new number, a duplicate no subscriber could drop.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from collections import deque
from collections.abc import Awaitable, Callable

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from protocol.errors import TwinspaceError
from storage.database import read_only_sessions
from storage.repositories import outbox as outbox_repo

from ..brokers.base import Broker
from ..config import OutboxSettings
from ..services.outbox import Announcement, Outbox

logger = logging.getLogger("twinspace.realtime")

#: Committed announcements held while the broker is down (default 10,000); past it the oldest
#: are dropped from memory and logged. Their rows stay: a sweep sends them later.
MAX_UNSENT = 10_000
#: Seconds between the relay's attempts while the broker refuses (default 0.5).
RELAY_RETRY_S = 0.5
#: Seconds the relay gathers published rows before deleting them in one transaction (default
#: 0.5 s): at most two deleting transactions a second, however busy the process. Not within
#: the request's transaction: there the DELETE would lengthen the time its row locks are held
#: (a thread's, for a post), which serialized PostgreSQL posts (docs/benchmarks.md).
DELETE_AFTER_S = 0.5
#: Seconds before deleting published rows is tried again after the database failed (1 s).
DELETE_RETRY_S = 1.0
#: Published row ids waiting for deletion (default 100,000); past it they are forgotten,
#: and a sweep finds them, republishes nothing (their tokens are known) and deletes them.
MAX_TO_DELETE = 100_000

Publish = Callable[[str, bytes, str | None], Awaitable[int]]


def wall_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class OutboxRelay:
    """One process's sender of committed announcements (see the module's docstring)."""

    def __init__(
        self,
        broker: Broker,
        sessionmaker: async_sessionmaker[AsyncSession],
        publish: Publish,
        apply_locally: Callable[[bytes], None],
        settings: OutboxSettings,
        now: Callable[[], dt.datetime] = wall_clock,
    ) -> None:
        self.broker = broker
        self.sessionmaker = sessionmaker
        #: For the sweep's first look: a sweep with nothing stale takes no SQLite lock.
        self.reader = read_only_sessions(sessionmaker)
        self.publish = publish
        self.apply_locally = apply_locally
        self.settings = settings
        self.now = now
        #: Committed announcements the broker refused, oldest first, and their relay.
        self.unsent: deque[Announcement] = deque()
        self.relay: asyncio.Task[None] | None = None
        #: Rows this process is sending, holding or deleting: its own sweeps pass them over.
        self.mine: set[int] = set()
        #: Published rows to delete, and the task deleting them (one DELETE per round).
        self.to_delete: list[int] = []
        self.deleter: asyncio.Task[None] | None = None
        self.sweeper: asyncio.Task[None] | None = None
        #: Set by close(): the deleter stops waiting for more rows and deletes what it has.
        self.closing = asyncio.Event()

    # -- life ------------------------------------------------------------------------------

    def start(self) -> None:
        self.sweeper = asyncio.create_task(self.keep_swept(), name="outbox-sweep")

    async def close(self) -> None:
        """Stop; delete what was published (best effort). Unsent rows stay for a sweep."""
        if self.unsent:
            kept = sum(1 for item in self.unsent if item.row_id is not None)
            logger.error(
                "stopping with %d committed announcements unsent; %d are in the outbox "
                "table for another process (or the next start) to send",
                len(self.unsent),
                kept,
            )
        for task in (self.sweeper, self.relay):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        if self.deleter is not None:
            self.closing.set()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(
                    asyncio.shield(self.deleter), DELETE_AFTER_S + DELETE_RETRY_S * 2
                )
            self.deleter.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.deleter

    async def settled(self) -> None:
        """Wait until every announcement this process took is published and its row deleted:
        what a snapshot of the database (tests, backups) must wait for, or it would hold rows
        that a later sweep republishes."""
        while (
            self.unsent or self.to_delete or (self.deleter is not None and not self.deleter.done())
        ):
            tasks = [t for t in (self.relay, self.deleter) if t is not None and not t.done()]
            if tasks:
                await asyncio.wait(tasks)
            else:
                await asyncio.sleep(0)

    # -- after a commit --------------------------------------------------------------------

    async def flush(self, outbox: Outbox) -> None:
        """Announce what a committed transaction did. If the broker fails (Redis down at
        that instant), what is left waits in :attr:`unsent`, in order, and the relay sends
        it once the broker is back: live clients get it late, never a silent gap."""
        items = outbox.announcements()
        self.mine.update(item.row_id for item in items if item.row_id is not None)
        if self.unsent:
            self.hold(items)  # behind what already waits, so each channel stays in order
            return
        for index, item in enumerate(items):
            try:
                await self.send(item)
            except TwinspaceError as exc:
                logger.warning("announcement held for the relay: %s", exc.message)
                self.hold(items[index:])
                return
            self.sent(item)

    async def send(self, item: Announcement) -> None:
        if item.channel is not None:
            await self.publish(item.channel, item.payload, item.token)
        else:
            await self.broker.send_control(item.payload, once=item.token)

    def sent(self, item: Announcement) -> None:
        if item.row_id is None:
            return
        if len(self.to_delete) >= MAX_TO_DELETE:
            self.mine.discard(item.row_id)  # a sweep will find it, send nothing, delete it
            return
        self.to_delete.append(item.row_id)
        if self.deleter is None or self.deleter.done():
            self.deleter = asyncio.create_task(self.delete_sent(), name="outbox-delete")

    def hold(self, items: list[Announcement]) -> None:
        for item in items:
            if item.channel is None:
                # This process applies it now (revocations must not wait); it is idempotent,
                # so applying it again when the relay sends it changes nothing.
                self.apply_locally(item.payload)
        self.unsent.extend(items)
        while len(self.unsent) > MAX_UNSENT:
            dropped = self.unsent.popleft()
            if dropped.row_id is not None:
                self.mine.discard(dropped.row_id)  # its row is swept later
                logger.error("relay full: an announcement waits for a sweep: %r", dropped)
            else:
                logger.error("relay full: a committed announcement is dropped: %r", dropped)
        if items and (self.relay is None or self.relay.done()):
            self.relay = asyncio.create_task(self.relay_unsent(), name="outbox-relay")

    async def relay_unsent(self) -> None:
        """Send what waits, oldest first, retrying every RELAY_RETRY_S until it goes."""
        while self.unsent:
            item = self.unsent[0]
            try:
                await self.send(item)
            except TwinspaceError:
                await asyncio.sleep(RELAY_RETRY_S)
                continue
            self.unsent.popleft()
            self.sent(item)
        logger.info("relay: every held announcement has been sent")

    async def delete_sent(self) -> None:
        """Delete published rows: what accumulated over DELETE_AFTER_S, in one statement."""
        while self.to_delete:
            # A closing process deletes at once instead: waiting out the batching delay made
            # every stop (and every test's end) up to half a second longer.
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(DELETE_AFTER_S):
                    await self.closing.wait()
            ids, self.to_delete = self.to_delete, []
            try:
                async with self.sessionmaker() as db, db.begin():
                    await outbox_repo.delete_ids(db, ids, relaxed=True)
            except (SQLAlchemyError, OSError):
                logger.warning("deleting %d sent outbox rows failed; retrying", len(ids))
                self.to_delete[:0] = ids
                await asyncio.sleep(DELETE_RETRY_S)
                continue
            self.mine.difference_update(ids)

    # -- rows a dead process left ----------------------------------------------------------

    async def keep_swept(self) -> None:
        while True:
            await asyncio.sleep(self.settings.sweep_interval_s)
            try:
                sent = await self.sweep()
                if sent:
                    logger.warning("outbox sweep sent %d announcements left behind", sent)
            except (SQLAlchemyError, OSError):  # the database may be away for a moment
                logger.warning("outbox sweep failed; retrying", exc_info=True)

    async def sweep(self) -> int:
        """Publish rows older than the lease that this process is not handling, oldest
        first, and delete them; stops at the first the broker refuses. Returns how many
        were sent (a row its token shows was published already counts, and sends nothing)."""
        cutoff = self.now() - dt.timedelta(seconds=self.settings.lease_s)
        # Nearly every sweep finds nothing: it looks first without the write lock, which on
        # SQLite every writer queues for (a sweep that waited past the busy timeout behind a
        # connect storm failed and logged a traceback; issue 24).
        async with self.reader() as db:
            if not await outbox_repo.any_stale(db, cutoff):
                return 0
        done: list[int] = []
        async with self.sessionmaker() as db, db.begin():
            if not await outbox_repo.take_sweep_lock(db):
                return 0  # another process is sweeping
            rows = await outbox_repo.claim_stale(db, cutoff, self.settings.sweep_batch)
            for row in rows:
                if row.id in self.mine:
                    continue
                item = Announcement(row.channel, row.payload, row.id, row.token)
                try:
                    await self.send(item)
                except TwinspaceError as exc:
                    logger.warning("outbox sweep stopped: %s", exc.message)
                    break
                done.append(row.id)
            await outbox_repo.delete_ids(db, done)
        return len(done)
