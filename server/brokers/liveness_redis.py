"""Which server processes are alive: one record per process, not one per connection (issue 24).

The connection registry and presence keep one Redis entry per open connection, named
``<process_id>|<connection_id>``. They used to push every entry's expiry forward every 5 s:
two commands per connection, a fifth of an idle server's CPU at 5,000 connections
(docs/benchmarks.md). Now an entry lives in two states:

* **young**: just written, its score is its own expiry (now + TTL), as before. It counts on
  its own until then, whatever its process.
* **held**: at the next upkeep its process *promotes* it: score ``+inf`` (the constant
  :data:`HELD`). It counts while its process is alive, and the process names it in its
  *index* (a SET per process) so that others can find it once the process is dead.

A process's liveness is one member of a ZSET per store (``tsl:connections:processes``,
``tsl:presence:processes``): process id -> expiry, pushed forward at every upkeep
(:meth:`ProcessLiveness.beat`, every 5 s). A member whose expiry passed is a *dead* process:
any live process reads the dead ones, removes their held entries through their index, then
*buries* them (drops the member and the index). So upkeep costs O(1) per process when idle,
and O(connections opened since the last upkeep) otherwise.

Why a ZSET read by each process, not a Lua script that looks liveness up: on a Redis Cluster
a script may touch one hash slot only, and each account's or space's keys sit in their own
slot. The registry is one key (one slot); the dead processes it names travel to the
account's or space's script as arguments.

A process that stalls past its TTL and comes back finds its record lapsed when it beats
(:attr:`Beat.lapsed`): others may have removed its entries meanwhile, and each store decides
what to do about it (the registry writes its entries back, presence keeps them gone: their
members were announced offline).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from redis.typing import EncodableT

from .redis_client import RedisClient, queue_script

#: The score of an entry its process holds: it counts while the process is alive.
HELD = "+inf"

# KEYS: the registry. ARGV: process id, now, expiry. Writes this process's expiry; returns
# its previous expiry (false if none) and the processes whose expiry passed.
_BEAT = """
local previous = redis.call('ZSCORE', KEYS[1], ARGV[1])
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
return {previous, redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[2])}
"""

# KEYS: the registry. ARGV: process id, now. Drops the process's record if it is still dead
# (it may have beaten meanwhile); 1 if dropped.
_BURY = """
local expiry = redis.call('ZSCORE', KEYS[1], ARGV[1])
if expiry and tonumber(expiry) <= tonumber(ARGV[2]) then
  return redis.call('ZREM', KEYS[1], ARGV[1])
end
return 0
"""


@dataclasses.dataclass(frozen=True)
class Beat:
    """What one beat learned: the dead processes, and whether this process must write its
    index again (``rebuild``): its record had lapsed, or its index is gone (a reaper took it
    for dead and deleted it)."""

    dead: frozenset[str]
    lapsed: bool
    rebuild: bool


class ProcessLiveness:
    """One process's liveness record in the registry ``key`` (a ZSET), over ``redis``; its
    index (a SET of what it holds) is ``index_key(process_id)``."""

    def __init__(
        self,
        redis: RedisClient,
        key: str,
        index_key: Callable[[str], str],
        *,
        process_id: str,
        ttl_s: float,
        clock: Callable[[], float],
    ) -> None:
        self._redis = redis
        self.key = key
        self.index_key = index_key
        self.process_id = process_id
        self.ttl_s = ttl_s
        self._clock = clock
        self._beat = redis.register_script(_BEAT)
        self._bury = redis.register_script(_BURY)
        self._beaten = False
        #: The dead processes as of the last beat (none before the first), less those
        #: buried since.
        self.dead: frozenset[str] = frozenset()

    async def beat(self) -> Beat:
        """Push this process's expiry to now + TTL; learn which processes are dead, and
        whether this one's index is still there (one round trip)."""
        now = self._clock()
        args: list[EncodableT] = [self.process_id, repr(now), repr(now + self.ttl_s)]
        async with self._redis.pipeline(transaction=False) as pipe:
            await queue_script(pipe, self._beat, [self.key], args)
            pipe.exists(self.index_key(self.process_id))
            (previous, dead), indexed = await pipe.execute()
        # Lapsed: its expiry passed, or it was buried (others took it for dead), since the
        # last beat. A first beat finds no record, and that is no lapse.
        lapsed = self._beaten and (previous is None or float(previous) <= now)
        self._beaten = True
        self.dead = frozenset(str(process) for process in dead) - {self.process_id}
        return Beat(self.dead, lapsed, rebuild=lapsed or not indexed)

    async def read_dead(self) -> frozenset[str]:
        """The processes whose expiry passed, read now (a reaper that never beat)."""
        found = await self._redis.zrangebyscore(self.key, "-inf", repr(self._clock()))
        return frozenset(str(process) for process in found) - {self.process_id}

    async def bury(self, process_id: str) -> None:
        """Forget a dead process whose entries were removed: its record, then its index,
        unless it beat meanwhile. A process that comes back afterwards finds itself lapsed
        at its next beat, and its index gone, and writes it again."""
        if await self._bury([self.key], [process_id, repr(self._clock())]):
            await self._redis.delete(self.index_key(process_id))
        # Buried, or alive again: either way its entries from now on are a live process's.
        self.dead -= {process_id}

    async def leave(self) -> None:
        """Drop this process's own record and index (a clean shutdown that removed its
        entries)."""
        await self._redis.zrem(self.key, self.process_id)
        await self._redis.delete(self.index_key(self.process_id))
