"""The typing gate shared by every server process through Redis (issue 10).

One key per member and chat holds the (injected) clock's time of the last typing event sent,
in milliseconds; a Lua script compares and sets it atomically, so two processes asked at the
same moment send one event between them. The key's TTL only cleans up: it is
:data:`KEY_TTL_FACTOR` windows of real time, long enough that an injected clock in a test
decides, not Redis's. If Redis fails, this process's own gate decides (typing is a nicety:
an indicator per process is better than an error or none).
"""

from __future__ import annotations

import datetime as dt
import logging

from redis.exceptions import RedisError

from protocol.channels import REDIS_PREFIX

from .redis_client import RedisClient, connect
from .typing_memory import TYPING_EVERY, MemoryTypingGate

logger = logging.getLogger("twinspace.typing")

#: A key outlives its window by this factor of real time, then Redis drops it (default 10).
KEY_TTL_FACTOR = 10

# KEYS[1]: the gate key; ARGV: now (ms), window (ms), ttl (ms). 1 if admitted, else 0.
ADMIT = """
local last = redis.call('GET', KEYS[1])
local now = tonumber(ARGV[1])
if last and now - tonumber(last) < tonumber(ARGV[2]) then
  return 0
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
return 1
"""


def millis(moment: dt.datetime) -> int:
    return int(moment.timestamp() * 1000)


class RedisTypingGate:
    def __init__(self, url: str, every: dt.timedelta = TYPING_EVERY) -> None:
        self.client: RedisClient = connect(url)
        self.every = every
        self.script = self.client.register_script(ADMIT)
        self.fallback = MemoryTypingGate(every)

    @staticmethod
    def redis_key(account_id: int, chat_id: int) -> str:
        return f"{REDIS_PREFIX}:typing:{chat_id}:{account_id}"

    async def admit(self, account_id: int, chat_id: int, now: dt.datetime) -> bool:
        window = max(1, int(self.every.total_seconds() * 1000))
        try:
            admitted = await self.script(
                keys=[self.redis_key(account_id, chat_id)],
                args=[millis(now), window, window * KEY_TTL_FACTOR],
            )
        except RedisError:
            logger.warning("typing gate: Redis failed; this process decides alone", exc_info=True)
            return self.fallback.admit_now(account_id, chat_id, now)
        return bool(admitted)

    async def close(self) -> None:
        await self.client.aclose()
