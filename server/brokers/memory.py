"""The in-process broker: one server process, no Redis.

Everything happens inside ``publish``, with no ``await``: the sequence number is taken, the event
is kept and handed to the delivery handler before any other task runs. So the order of
deliveries on a channel is the order of its sequence numbers, however many tasks publish.
"""

from __future__ import annotations

import logging
from collections import OrderedDict, deque

from protocol.errors import Unavailable

from .base import ControlHandler, Delivery, DeliveryHandler, Replay, RestartHandler

logger = logging.getLogger(__name__)

#: Events kept per channel for replay; older ones are dropped (replay then says incomplete).
DEFAULT_HISTORY = 1000
#: ``once`` keys remembered (default 100,000, the oldest forgotten first). A repeat comes from
#: this process's own outbox sweeper, seconds after the first publish, well within it.
MAX_ONCE_KEYS = 100_000


class MemoryBroker:
    """A :class:`~server.brokers.base.Broker` for a single process.

    ``history`` (default 1000, at least 1) is how many recent events each channel keeps; when a
    channel exceeds it the oldest event is dropped, and a :meth:`replay` from before the oldest
    kept event is reported ``complete=False`` so the client is told to reset.

    Memory grows with the number of channels ever published to (a counter and a history of at
    most ``history`` events each) for the life of the process; the Redis broker lets idle
    histories expire instead.
    """

    def __init__(self, history: int = DEFAULT_HISTORY) -> None:
        if history < 1:
            raise ValueError(f"history must be at least 1, got {history}")
        self._history_length = history
        self._seq: dict[str, int] = {}
        self._history: dict[str, deque[Delivery]] = {}
        self._subscribed: set[str] = set()
        #: ``once`` key -> the sequence number it was published with (0: a control command).
        self._once: OrderedDict[str, int] = OrderedDict()
        self._on_delivery: DeliveryHandler | None = None
        self._on_control: ControlHandler | None = None
        self._closed = False

    async def start(
        self,
        on_delivery: DeliveryHandler,
        on_control: ControlHandler,
        on_restart: RestartHandler | None = None,
    ) -> None:
        # One process's memory cannot lose its numbering and go on: never calls on_restart.
        self._on_delivery = on_delivery
        self._on_control = on_control

    async def close(self) -> None:
        self._closed = True
        self._on_delivery = None
        self._on_control = None
        self._subscribed.clear()

    async def publish(self, channel: str, payload: bytes, once: str | None = None) -> int:
        self._check_open()
        if once is not None:
            seen = self._once.get(once)
            if seen is not None:
                return seen
        seq = self._seq.get(channel, 0) + 1
        self._seq[channel] = seq
        if once is not None:
            self._remember(once, seq)
        delivery = Delivery(channel, seq, payload)
        history = self._history.get(channel)
        if history is None:
            history = self._history[channel] = deque(maxlen=self._history_length)
        history.append(delivery)
        if channel in self._subscribed and self._on_delivery is not None:
            try:
                self._on_delivery(delivery)
            except Exception:
                # The publisher is not to blame for a failing subscriber: the event is stored
                # and numbered, so report it here and let the publish succeed.
                logger.exception("delivery handler failed on %s seq %d", channel, seq)
        return seq

    async def subscribe(self, channel: str) -> None:
        self._check_open()
        self._subscribed.add(channel)

    async def unsubscribe(self, channel: str) -> None:
        self._subscribed.discard(channel)

    async def replay(self, channel: str, since: int) -> Replay:
        self._check_open()
        if since < 0:
            raise ValueError(f"since must not be negative, got {since}")
        head = self._seq.get(channel, 0)
        if since >= head:
            return Replay(events=[], head=head, complete=since == head)
        events = [event for event in self._history.get(channel, ()) if event.seq > since]
        complete = bool(events) and events[0].seq == since + 1
        return Replay(events=events, head=head, complete=complete)

    async def head(self, channel: str) -> int:
        self._check_open()
        return self._seq.get(channel, 0)

    async def send_control(self, command: bytes, once: str | None = None) -> None:
        self._check_open()
        if once is not None:
            if once in self._once:
                return
            self._remember(once, 0)
        if self._on_control is not None:
            try:
                self._on_control(command)
            except Exception:
                logger.exception("control handler failed")

    def _remember(self, once: str, seq: int) -> None:
        self._once[once] = seq
        if len(self._once) > MAX_ONCE_KEYS:
            self._once.popitem(last=False)

    @property
    def healthy(self) -> bool:
        """Always True: nothing outside this process can fail."""
        return True

    def _check_open(self) -> None:
        if self._closed:
            raise Unavailable("the broker is closed")
