"""Who is reading each forum thread, shared by every server process through Redis (issue 21).

The same liveness as presence (``presence_redis``): each reading connection is an *entry* with
an expiry that its process pushes forward every ``ttl / 3`` (:meth:`RedisReaders.refresh`);
a process that dies or stalls stops refreshing and its entries expire, so a tab that died
without a goodbye drops out within the TTL (15 s) plus one coalescing interval. Nobody is
announced offline here (readers are sent as coalesced snapshots, never events), so there is
no reaper: the script that reads a thread's readers drops what expired as it goes, and every
key expires by itself once nobody refreshes it.

Redis layout, for thread 34 of space 12 (every key carries the space's hash tag, so each
script touches one Cluster slot):

``tsl:{s12}:readers:12:34:entries``
    ZSET of ``<account>|<process_id>|<connection_id>``; score: the entry's expiry.
``tsl:{s12}:readers:12:34:active``
    ZSET of account ids; score: the member's latest activity (opening, posting).
``tsl:{s12}:readers:12:34:who``
    HASH account id -> JSON ``[display name, role]``, written when the member opens it.

Scores come from each process's ``clock`` (wall time by default): the processes' clocks must
agree to well within the TTL, as for presence.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import cast

import redis.asyncio
from redis.typing import EncodableT

from protocol.channels import Channel, ChannelKind
from protocol.vocabulary import SpaceId
from server.brokers.base import Reader, ReadersNow
from server.brokers.presence_redis import DEFAULT_TTL_S, check_expiring_entries

# KEYS: entries, active, who. ARGV: account, entry, now, expiry, who, keys' lifetime in ms.
# Opening counts as activity (GT: a later activity already recorded stays).
_ENTER = """
redis.call('ZADD', KEYS[1], ARGV[4], ARGV[2])
redis.call('ZADD', KEYS[2], 'GT', ARGV[3], ARGV[1])
redis.call('HSET', KEYS[3], ARGV[1], ARGV[5])
for i = 1, 3 do redis.call('PEXPIRE', KEYS[i], ARGV[6]) end
"""

# KEYS: entries, active, who. ARGV: now, limit. Drops expired entries, and the activity and
# name of members no longer reading; returns the number reading and, for the first `limit`
# by latest activity (ties: lower account id first), account and name pairs.
_TOP = """
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
local live, total = {}, 0
for _, entry in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  local account = string.match(entry, '^(%d+)|')
  if account and not live[account] then
    live[account] = true
    total = total + 1
  end
end
local order = {}
for _, account in ipairs(redis.call('ZRANGE', KEYS[2], 0, -1)) do
  if not live[account] then
    redis.call('ZREM', KEYS[2], account)
    redis.call('HDEL', KEYS[3], account)
  end
end
for account in pairs(live) do
  local score = tonumber(redis.call('ZSCORE', KEYS[2], account) or '0')
  table.insert(order, {account, score})
end
table.sort(order, function(a, b)
  if a[2] ~= b[2] then return a[2] > b[2] end
  return tonumber(a[1]) < tonumber(b[1])
end)
local shown = {}
for i = 1, math.min(#order, tonumber(ARGV[2])) do
  local account = order[i][1]
  table.insert(shown, account)
  table.insert(shown, redis.call('HGET', KEYS[3], account) or '')
end
return {total, shown}
"""

# KEYS: entries, active, who. ARGV: expiry, keys' lifetime in ms, then entries. Only entries
# still there are re-scored: one a leave or an expiry removed stays gone, as for presence.
_REFRESH = """
for i = 3, #ARGV do redis.call('ZADD', KEYS[1], 'XX', ARGV[1], ARGV[i]) end
for i = 1, 3 do redis.call('PEXPIRE', KEYS[i], ARGV[2]) end
"""


def reader_keys(space_id: int, thread_id: int) -> list[str]:
    """The entries, activity and names keys of one thread's readers."""
    channel = Channel(ChannelKind.READERS, SpaceId(space_id), thread_id)
    return [channel.redis_key("entries"), channel.redis_key("active"), channel.redis_key("who")]


class RedisReaders:
    """A :class:`~server.brokers.base.ReaderStore` shared by server processes through Redis.

    ``process_id`` names this process (unique, no ``|``); ``ttl_s`` is how long an entry
    lives without a refresh (presence's :data:`DEFAULT_TTL_S`); ``clock`` gives wall time.
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
        self._redis = redis.asyncio.Redis.from_url(url, decode_responses=True)
        self._enter = self._redis.register_script(_ENTER)
        self._top = self._redis.register_script(_TOP)
        self._refresh = self._redis.register_script(_REFRESH)
        # The entries this process holds, by thread: refreshed every ttl / 3.
        self._held: dict[tuple[int, int], set[str]] = {}

    @property
    def _keys_lifetime_ms(self) -> int:
        # Twice the TTL: a thread's keys outlive any entry in them, then go by themselves.
        return int(self.ttl_s * 2000)

    def _entry(self, account_id: int, connection_id: str) -> str:
        return f"{account_id}|{self.process_id}|{connection_id}"

    async def enter(
        self, space_id: int, thread_id: int, reader: Reader, connection_id: str
    ) -> None:
        now = self._clock()
        entry = self._entry(reader.account_id, connection_id)
        args: list[EncodableT] = [
            reader.account_id,
            entry,
            repr(now),
            repr(now + self.ttl_s),
            json.dumps([reader.display_name, reader.role]),
            self._keys_lifetime_ms,
        ]
        await self._enter(reader_keys(space_id, thread_id), args)
        self._held.setdefault((space_id, thread_id), set()).add(entry)

    async def leave(
        self, space_id: int, thread_id: int, account_id: int, connection_id: str
    ) -> None:
        entry = self._entry(account_id, connection_id)
        held = self._held.get((space_id, thread_id))
        if held is not None:
            held.discard(entry)
            if not held:
                del self._held[space_id, thread_id]
        # The member's activity and name go at the next read if this was their last entry.
        await self._redis.zrem(reader_keys(space_id, thread_id)[0], entry)

    async def touch(self, space_id: int, thread_id: int, account_id: int) -> None:
        # XX: only a member who has the thread open (or had, until the next read) moves up.
        key = reader_keys(space_id, thread_id)[1]
        await self._redis.zadd(key, {str(account_id): self._clock()}, xx=True, gt=True)

    async def top(self, space_id: int, thread_id: int, limit: int) -> ReadersNow:
        args: list[EncodableT] = [repr(self._clock()), limit]
        total, flat = cast(
            tuple[int, list[str]], await self._top(reader_keys(space_id, thread_id), args)
        )
        shown: list[Reader] = []
        for account, who in zip(flat[::2], flat[1::2], strict=True):
            if not who:
                continue  # written with the entry, in one script: absent only if tampered with
            name, role = json.loads(who)
            shown.append(Reader(int(account), str(name), str(role)))
        return ReadersNow(tuple(shown), int(total))

    async def refresh(self) -> None:
        """Push the expiry of this process's entries to now + ttl: one round trip in all."""
        if not self._held:
            return
        expiry = repr(self._clock() + self.ttl_s)
        async with self._redis.pipeline(transaction=False) as pipe:
            for (space_id, thread_id), entries in list(self._held.items()):
                args: list[EncodableT] = [expiry, self._keys_lifetime_ms, *entries]
                await self._refresh(reader_keys(space_id, thread_id), args, client=pipe)
            await pipe.execute()

    async def close(self) -> None:
        """Release the Redis connections; this process's entries expire by themselves."""
        await self._redis.aclose()
