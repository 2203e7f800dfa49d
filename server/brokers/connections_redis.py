"""The per-account connection count shared by every server process through Redis.

``tsl:{a7}:connections``
    ZSET of account 7's live connections ``<process_id>|<connection_id>``; score: the entry's
    expiry. ``{a7}`` is the account's Redis Cluster hash tag. The key itself expires a TTL
    after its last write, so an account that went away leaves nothing behind.

Admission is one Lua script (drop expired entries, count, add), so the limit holds with any
number of processes admitting at once. The process holding a connection pushes its expiry
forward every few seconds; a process that dies leaves entries that stop counting after
``ttl_s``: for that long, its accounts have fewer connections to spare.

Scores come from each process's clock, as presence's do (docs/realtime.md): the processes'
clocks must agree to well within the TTL.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

import redis.exceptions
from redis.typing import EncodableT

from protocol.channels import REDIS_PREFIX
from protocol.errors import Unavailable

from .presence_redis import check_expiring_entries
from .redis_client import RedisClient, connect

logger = logging.getLogger(__name__)

#: Seconds an entry counts without a refresh; the hub refreshes every 5 s.
DEFAULT_TTL_S = 15.0
#: Redis connections this store opens at most (admissions and release flushes queue for one,
#: for at most :data:`COMMAND_TIMEOUT_S`, then fail with Unavailable).
MAX_REDIS_CONNECTIONS = 16
#: Seconds a command to Redis may take, and wait for a pooled connection.
COMMAND_TIMEOUT_S = 2.0
#: Entries refreshed per pipeline (two commands each) before yielding to the event loop.
REFRESH_BATCH = 100

# KEYS: the account's connections. ARGV: now, expiry, entry, limit, key TTL in ms.
_ADMIT = """
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if not redis.call('ZSCORE', KEYS[1], ARGV[3]) then
  if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[4]) then return 0 end
end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return 1
"""


def connections_key(account_id: int) -> str:
    """``tsl:{a7}:connections``."""
    return f"{REDIS_PREFIX}:{{a{account_id}}}:connections"


class RedisConnections:
    """A :class:`~server.brokers.connections.ConnectionRegistry` over Redis.

    ``process_id`` names this process among all sharing the Redis (no ``|``); ``ttl_s`` is
    how long an entry counts without a refresh; ``clock`` gives seconds (injectable).
    """

    def __init__(
        self,
        url: str,
        *,
        process_id: str,
        ttl_s: float = DEFAULT_TTL_S,
        clock: Callable[[], float] = time.time,
        max_redis_connections: int = MAX_REDIS_CONNECTIONS,
        pool_wait_s: float = COMMAND_TIMEOUT_S,
    ) -> None:
        check_expiring_entries(process_id, ttl_s)
        self.process_id = process_id
        self.ttl_s = ttl_s
        self._clock = clock
        # A bounded pool: a connect storm (or thousands of sockets dropping at once) waits for
        # one of a few connections instead of opening one Redis connection per WebSocket (on
        # a Redis Cluster too: redis_client.QueueingRedisCluster).
        self._redis: RedisClient = connect(
            url,
            max_connections=max_redis_connections,
            pool_wait_s=pool_wait_s,
            decode_responses=True,
            socket_timeout=COMMAND_TIMEOUT_S,
            socket_connect_timeout=COMMAND_TIMEOUT_S,
        )
        self._admit = self._redis.register_script(_ADMIT)
        self._held: dict[str, int] = {}  # connection id -> account id
        # Releases waiting for the next flush (connection id -> account id), the outcome they
        # share, and the task flushing them. One ZREM round trip per closed socket, each
        # waiting for one of a few pooled connections, left 129 of 5,100 sockets closing at
        # once unreleased when their wait for a connection ran out (issue 24): releases that
        # arrive together now leave together, in pipelines on one connection.
        self._releasing: dict[str, int] = {}
        self._released: asyncio.Future[None] | None = None
        self._flusher: asyncio.Task[None] | None = None

    def _entry(self, connection_id: str) -> str:
        return f"{self.process_id}|{connection_id}"

    @property
    def _key_ttl_ms(self) -> int:
        return int(self.ttl_s * 2000)

    async def admit(self, account_id: int, connection_id: str, limit: int) -> bool:
        now = self._clock()
        args: list[EncodableT] = [
            repr(now),
            repr(now + self.ttl_s),
            self._entry(connection_id),
            limit,
            self._key_ttl_ms,
        ]
        try:
            admitted = bool(await self._admit([connections_key(account_id)], args))
        except (redis.exceptions.RedisError, OSError) as exc:
            raise Unavailable(f"Redis is unavailable, connection not counted: {exc}") from exc
        if admitted:
            self._held[connection_id] = account_id
        return admitted

    async def release(self, account_id: int, connection_id: str) -> None:
        if self._held.pop(connection_id, None) is None:
            return  # never counted here (refused, or admitted while Redis was away)
        self._releasing[connection_id] = account_id
        if self._released is None:
            self._released = asyncio.get_running_loop().create_future()
            # Retrieve a failure even if every waiter was cancelled meanwhile.
            self._released.add_done_callback(lambda done: done.exception())
        released = self._released
        if self._flusher is None:
            self._flusher = asyncio.create_task(self._flush_releases(), name="release-flush")
        # Shielded: a cancelled waiter must not cancel the outcome the others wait for.
        await asyncio.shield(released)

    async def _flush_releases(self) -> None:
        """Remove every waiting release's entry, batch after batch, until none waits."""
        released: asyncio.Future[None] | None = None
        try:
            while self._releasing and self._released is not None:
                batch, self._releasing = list(self._releasing.items()), {}
                released, self._released = self._released, None
                try:
                    await self._remove(batch)
                except (redis.exceptions.RedisError, OSError) as exc:
                    # The entries stop counting when their TTL runs out: nobody refreshes them.
                    released.set_exception(
                        Unavailable(f"Redis is unavailable, connection not released: {exc}")
                    )
                else:
                    released.set_result(None)
        finally:
            self._flusher = None
            # Cancelled (the loop is stopping): nobody may be left waiting on a flush.
            for waiting in (released, self._released):
                if waiting is not None and not waiting.done():
                    waiting.set_exception(Unavailable("connection not released: flush stopped"))
            self._released, self._releasing = None, {}

    async def _remove(self, entries: list[tuple[str, int]]) -> None:
        """ZREM ``(connection id, account id)`` entries in pipelines of :data:`REFRESH_BATCH`."""
        for start in range(0, len(entries), REFRESH_BATCH):
            async with self._redis.pipeline(transaction=False) as pipe:
                for connection_id, account_id in entries[start : start + REFRESH_BATCH]:
                    pipe.zrem(connections_key(account_id), self._entry(connection_id))
                await pipe.execute()
            await asyncio.sleep(0)  # let deliveries through between batches

    async def refresh(self) -> None:
        """Push every held entry's expiry forward. ``XX``: an entry removed meanwhile
        (released, or expired and dropped by an admission) is not written back.

        In pipelines of :data:`REFRESH_BATCH` entries with a yield between them: one pipeline
        of 10,000 commands held the event loop for a few hundred milliseconds every 5 s, which
        showed as a p95 of 240 ms in the fan-out benchmark (docs/benchmarks.md)."""
        held = list(self._held.items())
        expiry = self._clock() + self.ttl_s
        for start in range(0, len(held), REFRESH_BATCH):
            async with self._redis.pipeline(transaction=False) as pipe:
                for connection_id, account_id in held[start : start + REFRESH_BATCH]:
                    key = connections_key(account_id)
                    pipe.zadd(key, {self._entry(connection_id): expiry}, xx=True)
                    pipe.pexpire(key, self._key_ttl_ms)
                await pipe.execute()
            await asyncio.sleep(0)  # let deliveries through between batches

    async def close(self) -> None:
        """Forget every connection this process still holds, then release the Redis
        connections. At shutdown the sockets' own releases come after this (their handlers
        end once the close handshakes do) and used to fail on the closed pool one by one,
        leaving entries that counted against their accounts until the TTL; now they find
        nothing left to release. If Redis is away the entries expire as before."""
        if self._flusher is not None:
            await asyncio.shield(self._flusher)
        held = list(self._held.items())
        self._held = {}
        try:
            await self._remove(held)
        except (redis.exceptions.RedisError, OSError):
            logger.warning("%d connection entries left to expire: Redis is unavailable", len(held))
        await self._redis.aclose()
