"""Sending a committed transaction's live effects from the command line.

The server's processes listen to the broker; with Redis (TWINSPACE_REDIS_URL, as the servers
use) the command line publishes the outbox there, exactly as a server process would after an
HTTP request: a suspension closes the account's sockets on every process. With the
in-process broker no other process can hear it: the change is stored, and the operator is
told that a running server only sees it at its next restart.
"""

from __future__ import annotations

from protocol.frames import encode_event_body

from ..brokers.redis_broker import RedisBroker
from ..realtime.commands import encode_command
from ..realtime.outbox import Outbox


async def announce(outbox: Outbox, redis_url: str | None) -> bool:
    """Publish the outbox through Redis; False when there is nothing to publish it with.
    Unlike Hub.flush (which logs), a failure raises: the operator must hear of it."""
    if not outbox.events and not outbox.commands:
        return True
    if not redis_url:
        return False
    broker = RedisBroker(redis_url, process_id="cli")
    try:
        for event in outbox.events:
            await broker.publish(event.channel, encode_event_body(event.event, event.data))
        for command in outbox.commands:
            await broker.send_control(encode_command(command))
    finally:
        await broker.close()
    return True
