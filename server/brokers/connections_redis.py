"""The per-account connection count shared by every server process through Redis.

``tsl:{a7}:connections``
    ZSET of account 7's live connections ``<process_id>|<connection_id>``; score: the entry's
    expiry while it is young, ``+inf`` once its process holds it (``liveness_redis``).
    ``{a7}`` is the account's Redis Cluster hash tag. A key with young entries only expires
    a TTL after its last write; one with a held entry lives until it is removed.
``tsl:connections:processes``
    ZSET of the processes' liveness: process id -> expiry, pushed forward every 5 s.
``tsl:connections:process:<process_id>``
    SET of the account ids whose keys hold an entry the process holds, for a reaper.

Admission is one Lua script (drop expired entries and those of dead processes, count, add),
so the limit holds with any number of processes admitting at once. At each upkeep the
process promotes the entries admitted since the last one and beats its liveness: O(1) per
process when idle, where every entry's expiry used to be pushed forward (two commands per
connection every 5 s, a fifth of the idle server's CPU: docs/benchmarks.md). A process that
dies leaves entries that stop counting once its liveness runs out and a live process has
seen it (at most ``ttl_s`` plus one upkeep): for that long, its accounts have fewer
connections to spare; then a live process removes them through its index.

Scores come from each process's clock, as presence's do (docs/realtime.md): the processes'
clocks must agree to well within the TTL.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import time
from collections.abc import Callable

import redis.exceptions
from redis.typing import EncodableT

from protocol.channels import REDIS_PREFIX
from protocol.errors import Unavailable

from .liveness_redis import ProcessLiveness
from .presence_redis import check_expiring_entries
from .redis_client import RedisClient, connect, queue_script

logger = logging.getLogger(__name__)

#: Seconds an entry counts without a refresh; the hub refreshes every 5 s.
DEFAULT_TTL_S = 15.0
#: Redis connections this store opens at most (admissions and release flushes queue for one,
#: for at most :data:`COMMAND_TIMEOUT_S`, then fail with Unavailable).
MAX_REDIS_CONNECTIONS = 16
#: Seconds a command to Redis may take, and wait for a pooled connection.
COMMAND_TIMEOUT_S = 2.0
#: Entries promoted, released or reaped per pipeline before yielding to the event loop.
REFRESH_BATCH = 100

PROCESSES_KEY = f"{REDIS_PREFIX}:connections:processes"

# A key with a held entry lives as long as it; one with young entries only expires after them.
_KEY_LIFETIME = """
if redis.call('ZCOUNT', KEYS[1], '+inf', '+inf') > 0 then
  redis.call('PERSIST', KEYS[1])
else
  redis.call('PEXPIRE', KEYS[1], ARGV[5])
end
"""

# KEYS: the account's connections. ARGV: now, expiry, entry, limit, key TTL in ms, then the
# dead processes (their entries no longer count: dropped). GT: admitting a held entry again
# leaves it held.
_ADMIT = (
    """
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if #ARGV > 5 then
  local dead = {}
  for i = 6, #ARGV do dead[ARGV[i]] = true end
  for _, entry in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
    if dead[string.match(entry, '^(.-)|')] then redis.call('ZREM', KEYS[1], entry) end
  end
end
if not redis.call('ZSCORE', KEYS[1], ARGV[3]) then
  if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[4]) then return 0 end
end
redis.call('ZADD', KEYS[1], 'GT', ARGV[2], ARGV[3])
"""
    + _KEY_LIFETIME
    + "return 1\n"
)

# KEYS: the account's connections. ARGV: '1' to write back entries that are gone (this
# process lapsed and may have been reaped while it still held them), then entries. Holds
# them (score +inf); without the write back, an entry released meanwhile stays gone.
_HOLD = """
local held = 0
for i = 2, #ARGV do
  if ARGV[1] == '1' or redis.call('ZSCORE', KEYS[1], ARGV[i]) then
    redis.call('ZADD', KEYS[1], '+inf', ARGV[i])
    held = held + 1
  end
end
if held > 0 then redis.call('PERSIST', KEYS[1]) end
return held
"""

# KEYS: the account's connections. ARGV: a dead process's entry prefix '<process_id>|'.
_DROP_PROCESS = """
local prefix, dropped = ARGV[1], 0
for _, entry in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  if string.sub(entry, 1, #prefix) == prefix then
    redis.call('ZREM', KEYS[1], entry)
    dropped = dropped + 1
  end
end
return dropped
"""


def connections_key(account_id: int) -> str:
    """``tsl:{a7}:connections``."""
    return f"{REDIS_PREFIX}:{{a{account_id}}}:connections"


def process_index_key(process_id: str) -> str:
    """The accounts a process holds entries of: ``tsl:connections:process:<process_id>``."""
    return f"{REDIS_PREFIX}:connections:process:{process_id}"


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
        self._hold = self._redis.register_script(_HOLD)
        self._drop_process = self._redis.register_script(_DROP_PROCESS)
        self._liveness = ProcessLiveness(
            self._redis,
            PROCESSES_KEY,
            process_index_key,
            process_id=process_id,
            ttl_s=ttl_s,
            clock=clock,
        )
        self._held: dict[str, int] = {}  # connection id -> account id
        self._per_account: collections.Counter[int] = collections.Counter()
        # Admitted since the last upkeep, still young in Redis (connection id -> account id).
        self._young: dict[str, int] = {}
        # The accounts this process's index names, and those of them it holds nothing of
        # any more (to drop from the index at the next upkeep).
        self._indexed: set[int] = set()
        self._unheld: set[int] = set()
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
            *sorted(self._liveness.dead),
        ]
        try:
            admitted = bool(await self._admit([connections_key(account_id)], args))
        except (redis.exceptions.RedisError, OSError) as exc:
            raise Unavailable(f"Redis is unavailable, connection not counted: {exc}") from exc
        if admitted and connection_id not in self._held:
            self._held[connection_id] = self._young[connection_id] = account_id
            self._per_account[account_id] += 1
            self._unheld.discard(account_id)
        return admitted

    async def release(self, account_id: int, connection_id: str) -> None:
        if self._held.pop(connection_id, None) is None:
            return  # never counted here (refused, or admitted while Redis was away)
        self._young.pop(connection_id, None)
        self._per_account[account_id] -= 1
        if not self._per_account[account_id]:
            del self._per_account[account_id]
            if account_id in self._indexed:
                self._unheld.add(account_id)
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
        """Beat this process's liveness; hold the entries admitted since the last upkeep and
        keep the index to match; remove the entries of processes found dead. O(1) when idle.

        In pipelines of :data:`REFRESH_BATCH` with a yield between them: one pipeline of
        10,000 commands held the event loop for a few hundred milliseconds, which showed as a
        p95 of 240 ms in the fan-out benchmark (docs/benchmarks.md)."""
        beat = await self._liveness.beat()
        if beat.rebuild:
            # Lapsed (reaped, perhaps) or the index deleted: write all of it again.
            await self._hold_entries(dict(self._held), write_back=beat.lapsed, reindex=True)
        elif self._young or self._unheld:
            await self._hold_entries(dict(self._young), write_back=False, reindex=False)
        for process_id in sorted(beat.dead):
            await self._reap_process(process_id)

    async def _hold_entries(
        self, young: dict[str, int], *, write_back: bool, reindex: bool
    ) -> None:
        """Index then hold ``young`` (connection id -> account id); drop from the index the
        accounts no longer held. Index first: a held entry is always findable once dead."""
        index = process_index_key(self.process_id)
        if reindex:
            self._indexed = set()
        added = sorted(set(young.values()) - self._indexed)
        removed = sorted(self._unheld & self._indexed)
        if added or removed:
            async with self._redis.pipeline(transaction=False) as pipe:
                if added:
                    pipe.sadd(index, *added)
                if removed:
                    pipe.srem(index, *removed)
                await pipe.execute()
            self._indexed = (self._indexed | set(added)) - set(removed)
            self._unheld -= set(removed)
        entries = list(young.items())
        flag = "1" if write_back else "0"
        for start in range(0, len(entries), REFRESH_BATCH):
            async with self._redis.pipeline(transaction=False) as pipe:
                for connection_id, account_id in entries[start : start + REFRESH_BATCH]:
                    args: list[EncodableT] = [flag, self._entry(connection_id)]
                    await queue_script(pipe, self._hold, [connections_key(account_id)], args)
                await pipe.execute()
            for connection_id, _ in entries[start : start + REFRESH_BATCH]:
                self._young.pop(connection_id, None)
            await asyncio.sleep(0)  # let deliveries through between batches

    async def _reap_process(self, process_id: str) -> None:
        """Remove a dead process's entries from every account its index names, then bury it.
        Several processes may do this at once: each removal is idempotent."""
        accounts = sorted(
            int(account) for account in await self._redis.smembers(process_index_key(process_id))
        )
        prefix = f"{process_id}|"
        for start in range(0, len(accounts), REFRESH_BATCH):
            async with self._redis.pipeline(transaction=False) as pipe:
                for account_id in accounts[start : start + REFRESH_BATCH]:
                    key = connections_key(account_id)
                    await queue_script(pipe, self._drop_process, [key], [prefix])
                await pipe.execute()
            await asyncio.sleep(0)
        await self._liveness.bury(process_id)

    async def close(self) -> None:
        """Forget every connection this process still holds, then release the Redis
        connections. At shutdown the sockets' own releases come after this (their handlers
        end once the close handshakes do) and used to fail on the closed pool one by one,
        leaving entries that counted against their accounts until the TTL; now they find
        nothing left to release. If Redis is away the entries stay until this process's
        liveness runs out and a live process removes them."""
        if self._flusher is not None:
            await asyncio.shield(self._flusher)
        held = list(self._held.items())
        self._held, self._young = {}, {}
        try:
            await self._remove(held)
            await self._liveness.leave()
        except (redis.exceptions.RedisError, OSError):
            logger.warning("%d connection entries left to expire: Redis is unavailable", len(held))
        await self._redis.aclose()
