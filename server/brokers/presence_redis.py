"""Presence shared by every server process through Redis, with entries that expire.

Each open connection is one *entry*: its member, its process and its connection id, with an
expiry time. The process that holds the connection pushes the expiry forward every ``ttl / 3``
(:meth:`RedisPresence.refresh`); when a process dies or stalls, its entries expire and any
process's :meth:`RedisPresence.reap` removes them and reports who went offline.

Redis layout (every key of a space carries the space's Cluster hash tag, so each script touches
one slot; ``{s12}`` is space 12):

``tsl:{s12}:presence``
    ZSET of the account ids with an entry in the space; score: the latest expiry among the
    member's entries. A member is online while this score is above now.
``tsl:{s12}:presence:<account_id>``
    ZSET of the member's entries ``<process_id>|<connection_id>``; score: the entry's expiry.
``tsl:presence:spaces``
    SET of the space ids that may hold entries, so a reaper knows where to look. Joins add to
    it, refreshes re-add this process's spaces, reapers remove spaces left empty.
``tsl:{s12}:presence:reap:<reap_id>``
    The answer of one reap call's script (JSON list of the account ids it took offline), kept
    until the reaper received it, at most :data:`REAP_ANSWER_TTL_MS`.

Which process holds which entries is kept in the process's memory only: a process refreshes
the connections it has open, and nobody needs a dead process's list (its entries expire).

Answers are counted over *live* entries (expiry above now) and are decided inside one Lua
script per call, so they hold with any number of processes:

* ``join`` is True when the member has no other live entry in the space. A member whose only
  entry expired but was not reaped yet is announced online again (a repeat that clients can
  ignore); expired entries of the member are removed then, so the reaper will not announce
  them offline afterwards.
* ``leave`` is True when it removed the entry (or expired ones of the member) and the member
  has no live entry left. An entry a reaper already removed answers False: the reaper
  reported it.
* ``reap`` removes members whose every entry expired; a script re-checks each member, so when
  several processes reap at once each member is reported by exactly one of them. The script
  also keeps its answer for a while under a key named by the reap call, so that a reap whose
  reply was lost (connection dropped, socket timeout) can be sent again and get the same
  members back instead of nobody: without that, Redis would have removed them and no process
  would ever announce them offline.

Scores come from each process's ``clock`` (wall time by default), so the processes' clocks
must agree to well within the TTL (NTP does); a clock running ahead reaps others' entries early.
"""

from __future__ import annotations

import itertools
import logging
import time
import uuid
from collections.abc import Callable
from typing import cast

import redis.asyncio
import redis.exceptions
from redis.typing import EncodableT

from protocol.channels import REDIS_PREFIX, shard_tag
from protocol.vocabulary import SpaceId
from server.brokers.base import PresenceChange
from server.brokers.redis_client import connect, queue_script

logger = logging.getLogger(__name__)

#: How long an entry lives without a refresh, in seconds. The server refreshes every third of
#: it, so an entry survives two missed refreshes. When a process stops refreshing (it died, or
#: its event loop was blocked for longer than this), its members stay listed as online for at
#: most this long, plus the time until some process reaps; the reaper then reports them
#: offline. A process that comes back after being reaped does not resurrect its entries:
#: its members count as offline until their connections join again.
DEFAULT_TTL_S = 15.0

SPACES_KEY = f"{REDIS_PREFIX}:presence:spaces"

#: How many times :meth:`RedisPresence.reap` sends its reap scripts when the reply is lost
#: (connection error or socket timeout); past that it raises, and the next reap of this
#: process sends them again first, so the members Redis removed are still reported (if that
#: is within :data:`REAP_ANSWER_TTL_MS`).
REAP_ATTEMPTS = 3
#: How long, in real milliseconds (a Redis key expiry), a reap script keeps its answer for a
#: resend. A reap that gets its reply deletes it at once.
REAP_ANSWER_TTL_MS = 600_000

# KEYS: members, entries of the member. ARGV: account, entry, now, expiry.
_JOIN = """
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[3])
local others = redis.call('ZCARD', KEYS[2])
if redis.call('ZSCORE', KEYS[2], ARGV[2]) then others = others - 1 end
redis.call('ZADD', KEYS[2], ARGV[4], ARGV[2])
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

# KEYS: members, then the entries key of each entry. ARGV: expiry, then account and entry of
# each. Only entries still there are re-scored: one removed by a leave or a reaper stays gone.
# Returns the 1-based positions of the entries that were gone.
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
# answer's expiry in ms, then each candidate. Returns the candidates who went offline here
# and how many members the space still has. Sent again with the same answer key (its reply
# was lost), it returns the same candidates without looking again.
_REAP = """
local answer = redis.call('GET', KEYS[2])
if answer then return {cjson.decode(answer), redis.call('ZCARD', KEYS[1])} end
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
return {offline, redis.call('ZCARD', KEYS[1])}
"""


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
        self._redis = connect(url, decode_responses=True)
        self._join = self._redis.register_script(_JOIN)
        self._leave = self._redis.register_script(_LEAVE)
        self._refresh = self._redis.register_script(_REFRESH)
        self._reap = self._redis.register_script(_REAP)
        # The entries this process holds: space -> (account, connection) -> join generation.
        # The generation tells a refresh that found an entry gone whether it was joined again
        # meanwhile, in which case the local record must stay.
        self._held: dict[int, dict[tuple[int, str], int]] = {}
        self._generation = itertools.count()
        # A reap whose every attempt lost its reply: (now, reap id, candidates, empty spaces).
        self._unanswered: tuple[float, str, dict[int, list[str]], list[int]] | None = None

    def _entry(self, connection_id: str) -> str:
        return f"{self.process_id}|{connection_id}"

    async def join(self, space_id: int, account_id: int, connection_id: str) -> bool:
        """Record a connection; True if the member has no other live one in the space."""
        now = self._clock()
        keys = [members_key(space_id), entries_key(space_id, account_id)]
        args: list[EncodableT] = [
            account_id,
            self._entry(connection_id),
            repr(now),
            repr(now + self.ttl_s),
        ]
        # One round trip, in this order: a reaper that drops the space from the index after
        # finding it empty checks again afterwards, and sees either the entry or this SADD.
        async with self._redis.pipeline(transaction=False) as pipe:
            await queue_script(pipe, self._join, keys, args)
            pipe.sadd(SPACES_KEY, space_id)
            first, _ = await pipe.execute()
        self._held.setdefault(space_id, {})[account_id, connection_id] = next(self._generation)
        return bool(first)

    async def leave(self, space_id: int, account_id: int, connection_id: str) -> bool:
        """Forget a connection; True if the member has no live one left in the space."""
        held = self._held.get(space_id)
        if held is not None:
            held.pop((account_id, connection_id), None)
            if not held:
                del self._held[space_id]
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
        """Push the expiry of this process's entries to now + ttl: one round trip in all.

        Entries that a leave or a reaper removed are not written back (see
        :data:`DEFAULT_TTL_S`) and are forgotten here.
        """
        if not self._held:
            return
        expiry = repr(self._clock() + self.ttl_s)
        snapshot = {space: list(held.items()) for space, held in self._held.items()}
        async with self._redis.pipeline(transaction=False) as pipe:
            for space_id, entries in snapshot.items():
                keys = [members_key(space_id)]
                args: list[EncodableT] = [expiry]
                for (account_id, connection_id), _ in entries:
                    keys.append(entries_key(space_id, account_id))
                    args += [account_id, self._entry(connection_id)]
                await queue_script(pipe, self._refresh, keys, args)
            # Heals the index if a space ever went missing from it.
            pipe.sadd(SPACES_KEY, *snapshot)
            *gone_per_space, _ = await pipe.execute()
        for (space_id, entries), gone in zip(snapshot.items(), gone_per_space, strict=True):
            held = self._held.get(space_id, {})
            for position in gone:
                key, generation = entries[int(position) - 1]
                if held.get(key) == generation:
                    del held[key]
            if not held:
                self._held.pop(space_id, None)

    async def reap(self) -> list[PresenceChange]:
        """Remove expired entries of every space; returns the members who went offline.

        Reads the candidates (members whose latest expiry passed) of all spaces in one round
        trip, then, in a second one, runs one script per space with candidates, which
        re-checks each of them (sent again if its reply is lost: see :data:`REAP_ATTEMPTS`).
        Spaces left without members are dropped from the index.
        """
        if self._unanswered is not None:
            # The scripts of an earlier reap may have run and their answers are waiting:
            # report those first and alone, so that no later step's failure can lose them.
            return await self._reap_candidates(*self._unanswered)
        now = self._clock()
        spaces = [int(space_id) for space_id in await self._redis.smembers(SPACES_KEY)]
        if not spaces:
            return []
        async with self._redis.pipeline(transaction=False) as pipe:
            for space_id in spaces:
                pipe.zrangebyscore(members_key(space_id), "-inf", repr(now))
                pipe.zcard(members_key(space_id))
            replies = await pipe.execute()
        empty: list[int] = []
        candidates_of: dict[int, list[str]] = {}
        for space_id, candidates, count in zip(spaces, replies[::2], replies[1::2], strict=True):
            if candidates:
                candidates_of[space_id] = candidates
            elif count == 0:
                empty.append(space_id)
        return await self._reap_candidates(now, uuid.uuid4().hex, candidates_of, empty)

    async def _reap_candidates(
        self, now: float, reap_id: str, candidates_of: dict[int, list[str]], empty: list[int]
    ) -> list[PresenceChange]:
        """Run the reap scripts, then clean up: the members who went offline.

        When every attempt lost its reply, the call is kept, to be sent again with the same
        answer keys by the next :meth:`reap`, and the error raised.
        """
        self._unanswered = (now, reap_id, candidates_of, empty)
        results = await self._run_reap_scripts(now, reap_id, candidates_of)
        self._unanswered = None
        changes: list[PresenceChange] = []
        for space_id, (offline, count) in zip(candidates_of, results, strict=True):
            changes += [PresenceChange(space_id, int(a), online=False) for a in offline]
            if count == 0:
                empty = [*empty, space_id]
        answers = [reap_answer_key(space_id, reap_id) for space_id in candidates_of]
        try:
            await self._clean_up(answers, empty)
        except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError):
            # The changes are in hand and must be returned. Answers left expire by
            # themselves; an empty space left indexed is dropped by a later reap.
            logger.warning("presence clean-up after a reap failed", exc_info=True)
        return changes

    async def _run_reap_scripts(
        self, now: float, reap_id: str, candidates_of: dict[int, list[str]]
    ) -> list[tuple[list[str], int]]:
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
                        args: list[EncodableT] = [repr(now), REAP_ANSWER_TTL_MS, *candidates]
                        await queue_script(pipe, self._reap, keys, args)
                    return cast(list[tuple[list[str], int]], await pipe.execute())
            except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError):
                if attempt == REAP_ATTEMPTS:
                    raise
        raise AssertionError("unreachable: the last attempt returns or raises")

    async def _clean_up(self, answers: list[str], empty: list[int]) -> None:
        """Delete the reap answers received; drop empty spaces from the index, then put back
        any that a join filled meanwhile."""
        if not answers and not empty:
            return
        async with self._redis.pipeline(transaction=False) as pipe:
            for answer in answers:  # one DELETE each: a cluster's answers lie in many slots
                pipe.delete(answer)
            if empty:
                pipe.srem(SPACES_KEY, *empty)
            for space_id in empty:
                pipe.exists(members_key(space_id))
            replies = await pipe.execute()
        exists = replies[len(replies) - len(empty) :]
        refilled = [space_id for space_id, found in zip(empty, exists, strict=True) if found]
        if refilled:
            await self._redis.sadd(SPACES_KEY, *refilled)

    async def close(self) -> None:
        """Release the Redis connections. Entries stay until they expire and are reaped:
        leave each connection first for its members to go offline at once."""
        await self._redis.aclose()
