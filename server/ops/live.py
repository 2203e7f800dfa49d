"""Sending a committed transaction's live effects from the command line.

The server's processes listen to the broker; with Redis (TWINSPACE_REDIS_URL, as the servers
use) the command line publishes the outbox there, exactly as a server process would after an
HTTP request: a suspension closes the account's sockets on every process. With the
in-process broker no other process can hear it at once: the change is stored, and so are its
announcements (the outbox table), which the running server's outbox sweep sends within a few
seconds (and a server started later, at its first sweep).
"""

from __future__ import annotations

from ..brokers.redis_cluster_broker import make_redis_broker
from ..services.outbox import Outbox


async def announce(outbox: Outbox, redis_url: str | None) -> list[int] | None:
    """Publish the outbox through Redis; returns the outbox rows now sent (to delete), or
    None when there is nothing to publish with (the rows wait for a server's sweep).
    Unlike Hub.flush (which logs), a failure raises: the operator must hear of it."""
    items = outbox.announcements()
    if not items:
        return []
    if not redis_url:
        return None
    broker = make_redis_broker(redis_url, process_id="cli")
    sent: list[int] = []
    try:
        for item in items:
            if item.channel is not None:
                await broker.publish(item.channel, item.payload, once=item.token)
            else:
                await broker.send_control(item.payload, once=item.token)
            if item.row_id is not None:
                sent.append(item.row_id)
    finally:
        await broker.close()
    return sent
