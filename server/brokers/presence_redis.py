"""Presence shared by every server process through Redis, with entries that expire.

Each open connection is one *entry*: its member, its process and its connection id. An entry
is *young* when joined: its score is its own expiry. At the next upkeep (every ``ttl / 3``,
:meth:`RedisPresence.refresh`) its process *holds* it: score ``+inf``, and the process's
index names it. From then on it lives as long as its process: one liveness record per process
(``liveness_redis``), pushed forward at every upkeep, O(1) per process where every entry's
expiry used to be (docs/benchmarks.md). When a process dies or stalls, any process's
:meth:`RedisPresence.reap` finds its liveness run out, removes its entries through its index
and reports who went offline. Young entries that expired (a process that died before its
first upkeep) are reaped by their score, in the spaces that a *young bucket* names: a join
notes its space in the bucket of its entry's expiry, so a reaper looks only where a young
entry may have expired, not at every space (two commands per space every 5 s in every
process, when it looked at every space: 6,700 at 100,000 tabs in classes of 30).

Redis layout (every key of a space carries the space's Cluster hash tag, so each script touches
one slot; ``{s12}`` is space 12):

``tsl:{s12}:presence``
    ZSET of the account ids with an entry in the space; score: the latest expiry among the
    member's entries (``+inf`` if one is held). A member is online while this score is above
    now.
``tsl:{s12}:presence:<account_id>``
    ZSET of the member's entries ``<process_id>|<connection_id>``; score: the entry's expiry
    while it is young, ``+inf`` once held.
``tsl:presence:processes``
    ZSET of the processes' liveness: process id -> expiry (``liveness_redis``).
``tsl:presence:process:<process_id>``
    SET of ``<space_id>:<account_id>`` for which the process holds an entry, for a reaper.
``tsl:presence:young:<bucket>``
    SET of the space ids where an entry was joined whose expiry falls in the bucket (the
    expiry divided by the upkeep interval, ``ttl / 3``, rounded down). Every reap looks at
    the buckets from the one holding now back to those whose last expiry passed a TTL ago
    (five; a failed reap is made up by the next), and a process's first reap back to
    :data:`YOUNG_LOOKBACK_S` (what a predecessor left before a restart); keys expire by
    themselves after that. The reap scripts re-check each entry's score, so a bucket whose
    expiries have not all passed yet is looked at again.
``tsl:{s12}:presence:reap:<reap_id>``
    The answer of one reap call's script (JSON list of the account ids it took offline), kept
    until the reaper received it, at most :data:`REAP_ANSWER_TTL_MS`.

A held entry of a dead process stays online until a reaper has seen the process dead: at most
the TTL after its last upkeep, plus one upkeep interval.

Answers are counted over *live* entries (expiry above now) and are decided inside one Lua
script per call, so they hold with any number of processes:

* ``join`` is True when the member has no other live entry in the space. A member whose only
  entry expired but was not reaped yet is announced online again (a repeat that clients can
  ignore); expired entries of the member are removed then, so the reaper will not announce
  them offline afterwards.
* ``leave`` is True when it removed the entry (or expired ones of the member) and the member
  has no live entry left. An entry a reaper already removed answers False: the reaper
  reported it.
* ``reap`` removes members whose every entry expired or belonged to a dead process; a script
  re-checks each member, so when several processes reap at once each member is reported by
  exactly one of them. The script
  also keeps its answer for a while under a key named by the reap call, so that a reap whose
  reply was lost (connection dropped, socket timeout) can be sent again and get the same
  members back instead of nobody: without that, Redis would have removed them and no process
  would ever announce them offline.

Scores come from each process's ``clock`` (wall time by default), so the processes' clocks
must agree to well within the TTL (NTP does); a clock running ahead reaps others' entries early.
"""

from __future__ import annotations

import collections
import itertools
import logging
import math
import time
import uuid
from collections.abc import Callable
from typing import cast

import redis.asyncio
import redis.exceptions
from redis.commands.core import AsyncScript
from redis.typing import EncodableT

from protocol.channels import REDIS_PREFIX, shard_tag
from protocol.vocabulary import SpaceId
from server.brokers.base import PresenceChange
from server.brokers.liveness_redis import HELD, ProcessLiveness
from server.brokers.redis_client import connect, queue_script

logger = logging.getLogger(__name__)

#: How long an entry lives without a refresh, in seconds. The server refreshes every third of
#: it, so an entry survives two missed refreshes. When a process stops refreshing (it died, or
#: its event loop was blocked for longer than this), its members stay listed as online for at
#: most this long, plus the time until some process reaps; the reaper then reports them
#: offline. A process that comes back after being reaped does not resurrect its entries:
#: its members count as offline until their connections join again.
DEFAULT_TTL_S = 15.0

PROCESSES_KEY = f"{REDIS_PREFIX}:presence:processes"
#: How far back a process's first reap looks for expired young entries: a restarted server
#: announces offline the members its predecessor had just let in before it died.
YOUNG_LOOKBACK_S = 3600.0

#: How many times :meth:`RedisPresence.reap` sends its reap scripts when the reply is lost
#: (connection error or socket timeout); past that it raises, and the next reap of this
#: process sends them again first, so the members Redis removed are still reported (if that
#: is within :data:`REAP_ANSWER_TTL_MS`).
REAP_ATTEMPTS = 3
#: How long, in real milliseconds (a Redis key expiry), a reap script keeps its answer for a
#: resend. A reap that gets its reply deletes it at once.
REAP_ANSWER_TTL_MS = 600_000

# KEYS: members, entries of the member. ARGV: account, entry, now, expiry. GT: joining a held
# entry again leaves it held.
_JOIN = """
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[3])
local others = redis.call('ZCARD', KEYS[2])
if redis.call('ZSCORE', KEYS[2], ARGV[2]) then others = others - 1 end
redis.call('ZADD', KEYS[2], 'GT', ARGV[4], ARGV[2])
redis.call('ZADD', KEYS[1], 'GT', ARGV[4], ARGV[1])
if others == 0 then return 1 end
return 0
"""

# KEYS: members, entries of the member. ARGV: account, entry, now.
_LEAVE = """
local removed = redis.call('ZREM', KEYS[2], ARGV[2])
removed = removed + redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[3])
if removed == 0 then return 0 end
local latest = redis.call('ZRANGE', KEYS[2], -1, -1, 'WITHSCORES')
if #latest == 0 then
  redis.call('ZREM', KEYS[1], ARGV[1])
  return 1
end
redis.call('ZADD', KEYS[1], latest[2], ARGV[1])
return 0
"""

# KEYS: members, then the entries key of each entry. ARGV: expiry (+inf: held), then account
# and entry of each. Only entries still there are re-scored: one removed by a leave or a
# reaper stays gone. Returns the 1-based positions of the entries that were gone.
_REFRESH = """
local gone = {}
for i = 2, #KEYS do
  local account, entry = ARGV[2 * i - 2], ARGV[2 * i - 1]
  if redis.call('ZSCORE', KEYS[i], entry) then
    redis.call('ZADD', KEYS[i], ARGV[1], entry)
    redis.call('ZADD', KEYS[1], 'GT', ARGV[1], account)
  else
    table.insert(gone, i - 1)
  end
end
return gone
"""

# KEYS: members, this call's answer, then the entries key of each candidate. ARGV: now, the
# answer's expiry in ms, then each candidate. Returns the candidates who went offline here.
# Sent again with the same answer key (its reply was lost), it returns the same candidates
# without looking again.
_REAP = """
local answer = redis.call('GET', KEYS[2])
if answer then return cjson.decode(answer) end
local now = tonumber(ARGV[1])
local offline = {}
for i = 3, #KEYS do
  local score = redis.call('ZSCORE', KEYS[1], ARGV[i])
  if score and tonumber(score) <= now then
    redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', ARGV[1])
    local latest = redis.call('ZRANGE', KEYS[i], -1, -1, 'WITHSCORES')
    if #latest == 0 then
      redis.call('ZREM', KEYS[1], ARGV[i])
      table.insert(offline, ARGV[i])
    else
      redis.call('ZADD', KEYS[1], latest[2], ARGV[i])
    end
  end
end
redis.call('SET', KEYS[2], cjson.encode(offline), 'PX', ARGV[2])
return offline
"""


# KEYS: members, this call's answer, then the entries key of each account. ARGV: now, the
# answer's expiry in ms, the dead process's entry prefix '<process_id>|', then each account.
# Removes the dead process's entries (and expired ones) of each account; returns the accounts
# who went offline here. Sent again with the same answer key, it returns the same accounts
# without looking again.
_REAP_PROCESS = """
local answer = redis.call('GET', KEYS[2])
if answer then return cjson.decode(answer) end
local prefix = ARGV[3]
local offline = {}
for i = 3, #KEYS do
  local account = ARGV[i + 1]
  local removed = 0
  for _, entry in ipairs(redis.call('ZRANGE', KEYS[i], 0, -1)) do
    if string.sub(entry, 1, #prefix) == prefix then
      removed = removed + redis.call('ZREM', KEYS[i], entry)
    end
  end
  if removed > 0 then
    redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', ARGV[1])
    local latest = redis.call('ZRANGE', KEYS[i], -1, -1, 'WITHSCORES')
    if #latest == 0 then
      if redis.call('ZREM', KEYS[1], account) == 1 then table.insert(offline, account) end
    else
      redis.call('ZADD', KEYS[1], latest[2], account)
    end
  end
end
redis.call('SET', KEYS[2], cjson.encode(offline), 'PX', ARGV[2])
return offline
"""


def process_index_key(process_id: str) -> str:
    """What a process holds: ``tsl:presence:process:<process_id>``, of ``<space>:<account>``."""
    return f"{REDIS_PREFIX}:presence:process:{process_id}"


def young_key(bucket: int) -> str:
    """The spaces with a young entry expiring in ``bucket``: ``tsl:presence:young:<bucket>``."""
    return f"{REDIS_PREFIX}:presence:young:{bucket}"


def members_key(space_id: int) -> str:
    """The ZSET of a space's members and their latest expiry: ``tsl:{s12}:presence``."""
    return f"{REDIS_PREFIX}:{shard_tag(SpaceId(space_id))}:presence"


def entries_key(space_id: int, account_id: int) -> str:
    """The ZSET of one member's entries in a space: ``tsl:{s12}:presence:7``."""
    return f"{members_key(space_id)}:{account_id}"


def reap_answer_key(space_id: int, reap_id: str) -> str:
    """The answer a reap call's script keeps for a resend: ``tsl:{s12}:presence:reap:<id>``."""
    return f"{members_key(space_id)}:reap:{reap_id}"


def check_expiring_entries(process_id: str, ttl_s: float) -> None:
    """The settings of a store whose entries ``<process_id>|<id>`` expire after ``ttl_s``
    without a refresh (this one, and the connection registry)."""
    if not process_id or "|" in process_id:
        raise ValueError(f"process_id must be non-empty and have no '|', got {process_id!r}")
    if not ttl_s > 0:
        raise ValueError(f"ttl_s must be positive, got {ttl_s}")


class RedisPresence:
    """A :class:`~server.brokers.base.PresenceStore` shared by server processes through Redis.

    ``process_id`` names this process among all that share the Redis (unique, no ``|``);
    ``ttl_s`` is how long an entry lives without a refresh (see :data:`DEFAULT_TTL_S`);
    ``clock`` gives the time in seconds, injectable so that tests need not wait.
    """

    def __init__(
        self,
        url: str,
        *,
        process_id: str,
        ttl_s: float = DEFAULT_TTL_S,
        clock: Callable[[], float] = time.time,
    ) -> None:
        check_expiring_entries(process_id, ttl_s)
        self.process_id = process_id
        self.ttl_s = ttl_s
        self._clock = clock
        # A young bucket spans one upkeep interval; its key outlives the last reap that may
        # look at it: a first reap's lookback after its last expiry, which is at most an
        # interval past the join's TTL.
        self._bucket_s = ttl_s / 3
        self._bucket_lifetime_s = math.ceil(YOUNG_LOOKBACK_S + ttl_s + self._bucket_s) + 1
        self._looked_back = False
        self._redis = connect(url, decode_responses=True)
        self._join = self._redis.register_script(_JOIN)
        self._leave = self._redis.register_script(_LEAVE)
        self._refresh = self._redis.register_script(_REFRESH)
        self._reap = self._redis.register_script(_REAP)
        self._reap_process = self._redis.register_script(_REAP_PROCESS)
        self._liveness = ProcessLiveness(
            self._redis,
            PROCESSES_KEY,
            process_index_key,
            process_id=process_id,
            ttl_s=ttl_s,
            clock=clock,
        )
        # The entries this process holds: space -> (account, connection) -> join generation.
        # The generation tells a refresh that found an entry gone whether it was joined again
        # meanwhile, in which case the local record must stay.
        self._held: dict[int, dict[tuple[int, str], int]] = {}
        # Joined since the last upkeep, still young in Redis (the same shape).
        self._young: dict[int, dict[tuple[int, str], int]] = {}
        self._generation = itertools.count()
        # Entries held per (space, account); the index's items, and those of them this
        # process holds nothing of any more (dropped from the index at the next upkeep).
        self._per_member: collections.Counter[tuple[int, int]] = collections.Counter()
        self._indexed: set[tuple[int, int]] = set()
        self._unheld: set[tuple[int, int]] = set()
        # Dead processes being reaped: process id -> the reap id its scripts' answers use
        # until the reap got its replies (a resend must name the same answers).
        self._reaping: dict[str, str] = {}
        # A reap whose every attempt lost its reply: (now, reap id, candidates).
        self._unanswered: tuple[float, str, dict[int, list[str]]] | None = None

    def _entry(self, connection_id: str) -> str:
        return f"{self.process_id}|{connection_id}"

    async def join(self, space_id: int, account_id: int, connection_id: str) -> bool:
        """Record a connection; True if the member has no other live one in the space."""
        now = self._clock()
        expiry = now + self.ttl_s
        keys = [members_key(space_id), entries_key(space_id, account_id)]
        args: list[EncodableT] = [account_id, self._entry(connection_id), repr(now), repr(expiry)]
        bucket = young_key(math.floor(expiry / self._bucket_s))
        async with self._redis.pipeline(transaction=False) as pipe:  # one round trip
            await queue_script(pipe, self._join, keys, args)
            pipe.sadd(bucket, space_id)
            pipe.expire(bucket, self._bucket_lifetime_s)
            first, _, _ = await pipe.execute()
        generation = next(self._generation)
        held = self._held.setdefault(space_id, {})
        if (account_id, connection_id) not in held:
            self._per_member[space_id, account_id] += 1
            self._unheld.discard((space_id, account_id))
        held[account_id, connection_id] = generation
        self._young.setdefault(space_id, {})[account_id, connection_id] = generation
        return bool(first)

    def _forget(self, space_id: int, key: tuple[int, str]) -> None:
        """Drop one local record (left, or found gone by an upkeep)."""
        for table in (self._held, self._young):
            entries = table.get(space_id)
            if entries is not None and entries.pop(key, None) is not None and not entries:
                del table[space_id]
        member = (space_id, key[0])
        self._per_member[member] -= 1
        if self._per_member[member] <= 0:
            del self._per_member[member]
            if member in self._indexed:
                self._unheld.add(member)

    async def leave(self, space_id: int, account_id: int, connection_id: str) -> bool:
        """Forget a connection; True if the member has no live one left in the space."""
        if (account_id, connection_id) in self._held.get(space_id, {}):
            self._forget(space_id, (account_id, connection_id))
        keys = [members_key(space_id), entries_key(space_id, account_id)]
        args: list[EncodableT] = [account_id, self._entry(connection_id), repr(self._clock())]
        return bool(await self._leave(keys, args))

    async def online(self, space_id: int) -> set[int]:
        """The account ids with a live entry (expiry above now) in the space."""
        ids = await self._redis.zrangebyscore(members_key(space_id), f"({self._clock()!r}", "+inf")
        # Without WITHSCORES the reply is the members alone (decoded: decode_responses).
        return {int(account_id) for account_id in cast(list[str], ids)}

    async def count(self, space_id: int) -> int:
        """How many members have a live entry in the space: one ZCOUNT, O(log n)."""
        found = await self._redis.zcount(members_key(space_id), f"({self._clock()!r}", "+inf")
        return int(found)

    async def refresh(self) -> None:
        """Beat this process's liveness and hold the entries joined since the last upkeep:
        O(1) when idle, one round trip for the new entries otherwise.

        Entries that a leave or a reaper removed are not written back (see
        :data:`DEFAULT_TTL_S`) and are forgotten here. A process whose liveness had run out
        (it stalled) holds all its entries again, those still there: a reaper announced the
        others offline.
        """
        beat = await self._liveness.beat()
        if beat.rebuild:
            self._indexed = set()
            young = {space: dict(held) for space, held in self._held.items()}
        else:
            young = self._young
        self._young = {}
        if young or self._unheld:
            try:
                await self._hold(young)
            except BaseException:
                # Not held: hold them at the next upkeep (those still joined).
                for space_id, entries in young.items():
                    held = self._held.get(space_id, {})
                    for key, generation in entries.items():
                        if held.get(key) == generation:
                            self._young.setdefault(space_id, {}).setdefault(key, generation)
                raise

    async def _hold(self, young: dict[int, dict[tuple[int, str], int]]) -> None:
        """Index, then hold ``young``; drop from the index the members held no more."""
        snapshot = {space: list(entries.items()) for space, entries in young.items()}
        added = {
            (space_id, account_id)
            for space_id, entries in snapshot.items()
            for (account_id, _), _ in entries
        } - self._indexed
        removed = self._unheld & self._indexed
        async with self._redis.pipeline(transaction=False) as pipe:
            # Index first: an entry held is always findable once its process is dead.
            index = process_index_key(self.process_id)
            if added:
                pipe.sadd(index, *(f"{space}:{account}" for space, account in added))
            if removed:
                pipe.srem(index, *(f"{space}:{account}" for space, account in removed))
            await pipe.execute()
        self._indexed = (self._indexed | added) - removed
        self._unheld -= removed
        if not snapshot:
            return
        async with self._redis.pipeline(transaction=False) as pipe:
            for space_id, entries in snapshot.items():
                keys = [members_key(space_id)]
                args: list[EncodableT] = [HELD]
                for (account_id, connection_id), _ in entries:
                    keys.append(entries_key(space_id, account_id))
                    args += [account_id, self._entry(connection_id)]
                await queue_script(pipe, self._refresh, keys, args)
            gone_per_space = await pipe.execute()
        for (space_id, entries), gone in zip(snapshot.items(), gone_per_space, strict=True):
            held = self._held.get(space_id, {})
            for position in gone:
                key, generation = entries[int(position) - 1]
                if held.get(key) == generation:
                    self._forget(space_id, key)

    async def reap(self) -> list[PresenceChange]:
        """Remove the entries of dead processes, then the expired young entries; returns the
        members who went offline.

        For expired entries, reads the spaces of the due young buckets (an expiry in them
        passed, the last less than a TTL ago; an hour on the first reap), then the
        candidates (members whose latest expiry passed) of those spaces, and runs one script
        per space with candidates, which re-checks each of them (sent again if its reply is
        lost: see :data:`REAP_ATTEMPTS`).
        """
        if self._unanswered is not None:
            # The scripts of an earlier reap may have run and their answers are waiting:
            # report those first and alone, so that no later step's failure can lose them.
            return await self._reap_candidates(*self._unanswered)
        changes: list[PresenceChange] = []
        for process_id in sorted(await self._liveness.read_dead()):
            changes += await self._reap_dead_process(process_id)
        return changes + await self._reap_expired()

    async def _reap_dead_process(self, process_id: str) -> list[PresenceChange]:
        """Remove a dead process's entries through its index, report the members left with
        none, and bury the process. A resend after lost replies names the same answers
        (:attr:`_reaping`); another reaper at the same time finds the entries gone."""
        items = await self._redis.smembers(process_index_key(process_id))
        accounts_of: dict[int, list[str]] = {}
        for item in sorted(items):
            space, _, account = str(item).partition(":")
            accounts_of.setdefault(int(space), []).append(account)
        reap_id = self._reaping.setdefault(process_id, uuid.uuid4().hex)
        now = self._clock()
        head: list[EncodableT] = [repr(now), REAP_ANSWER_TTL_MS, f"{process_id}|"]
        results = await self._run_reap_scripts(self._reap_process, head, reap_id, accounts_of)
        del self._reaping[process_id]
        changes = self._changes(accounts_of, results)
        await self._clean_up_quietly(reap_id, accounts_of)
        await self._liveness.bury(process_id)
        return changes

    def _due_buckets(self, now: float, within_s: float) -> range:
        """The young buckets with an expiry passed, back to those whose last expiry passed
        ``within_s`` ago."""
        return range(
            math.floor((now - within_s) / self._bucket_s), math.floor(now / self._bucket_s) + 1
        )

    async def _reap_expired(self) -> list[PresenceChange]:
        """Remove expired young entries: of processes that died before their first upkeep."""
        now = self._clock()
        within_s = self.ttl_s if self._looked_back else YOUNG_LOOKBACK_S
        async with self._redis.pipeline(transaction=False) as pipe:
            for bucket in self._due_buckets(now, within_s):
                pipe.smembers(young_key(bucket))
            spaces = sorted({int(space) for found in await pipe.execute() for space in found})
        replies = []
        if spaces:
            async with self._redis.pipeline(transaction=False) as pipe:
                for space_id in spaces:
                    pipe.zrangebyscore(members_key(space_id), "-inf", repr(now))
                replies = await pipe.execute()
        # The candidates are in hand (an unanswered reap is sent again): look back no more.
        self._looked_back = True
        candidates_of = {
            space_id: candidates
            for space_id, candidates in zip(spaces, replies, strict=True)
            if candidates
        }
        return await self._reap_candidates(now, uuid.uuid4().hex, candidates_of)

    async def _reap_candidates(
        self, now: float, reap_id: str, candidates_of: dict[int, list[str]]
    ) -> list[PresenceChange]:
        """Run the reap scripts, then clean up: the members who went offline.

        When every attempt lost its reply, the call is kept, to be sent again with the same
        answer keys by the next :meth:`reap`, and the error raised.
        """
        self._unanswered = (now, reap_id, candidates_of)
        head: list[EncodableT] = [repr(now), REAP_ANSWER_TTL_MS]
        results = await self._run_reap_scripts(self._reap, head, reap_id, candidates_of)
        self._unanswered = None
        changes = self._changes(candidates_of, results)
        await self._clean_up_quietly(reap_id, candidates_of)
        return changes

    @staticmethod
    def _changes(
        accounts_of: dict[int, list[str]], results: list[list[str]]
    ) -> list[PresenceChange]:
        """The members the reap scripts took offline."""
        changes: list[PresenceChange] = []
        for space_id, offline in zip(accounts_of, results, strict=True):
            changes += [PresenceChange(space_id, int(a), online=False) for a in offline]
        return changes

    async def _clean_up_quietly(self, reap_id: str, accounts_of: dict[int, list[str]]) -> None:
        """Delete the reap answers received (one DELETE each: a cluster's answers lie in many
        slots)."""
        if not accounts_of:
            return
        try:
            async with self._redis.pipeline(transaction=False) as pipe:
                for space_id in accounts_of:
                    pipe.delete(reap_answer_key(space_id, reap_id))
                await pipe.execute()
        except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError):
            # The changes are in hand and must be returned. Answers left expire by themselves.
            logger.warning("presence clean-up after a reap failed", exc_info=True)

    async def _run_reap_scripts(
        self,
        script: AsyncScript,
        head: list[EncodableT],
        reap_id: str,
        candidates_of: dict[int, list[str]],
    ) -> list[list[str]]:
        """One reap script per space, in one round trip; sent again while the reply is lost.

        Every attempt names the same answer keys, so a script that already ran answers what
        it answered the first time: the members it removed are reported, once.
        """
        if not candidates_of:
            return []
        for attempt in range(1, REAP_ATTEMPTS + 1):
            try:
                async with self._redis.pipeline(transaction=False) as pipe:
                    for space_id, candidates in candidates_of.items():
                        keys = [members_key(space_id), reap_answer_key(space_id, reap_id)]
                        keys += [entries_key(space_id, int(account)) for account in candidates]
                        args: list[EncodableT] = [*head, *candidates]
                        await queue_script(pipe, script, keys, args)
                    return cast(list[list[str]], await pipe.execute())
            except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError):
                if attempt == REAP_ATTEMPTS:
                    raise
        raise AssertionError("unreachable: the last attempt returns or raises")

    async def close(self) -> None:
        """Release the Redis connections. Entries stay until they expire and are reaped:
        leave each connection first for its members to go offline at once."""
        await self._redis.aclose()
