"""Every Prometheus metric of the server, defined once here, and the one-line calls that move them.

The rest of the code calls the small functions below (``ws_opened()``, ``recovery(...)``) and
never touches prometheus_client, so instrumenting a module costs one line per point.

Two kinds of figures:

- **Counters and histograms** move where things happen (a delivery, a close, a rate-limit hit).
- **Gauges of state** (connections, subscriptions, broker health, database pool) are *sampled*
  from the process's own state by :func:`sample` (every ``SAMPLE_INTERVAL_S`` and just before
  each scrape), so no code path has to keep an increment and a decrement in step.

With several worker processes (``--workers N``) the server runs prometheus_client's
multiprocess mode (see :mod:`server.http.exposition`): each process writes its values
to files in one directory and any worker's ``/metrics`` adds them up. Each gauge says how it
combines across processes (``multiprocess_mode``); ``live*`` modes forget a process once it
has exited.

Names follow Prometheus conventions: ``twinspace_`` prefix, ``_total`` for counters, base
units (seconds, bytes). Labels have a small, fixed set of values (never an id or a name).
"""

from __future__ import annotations

import itertools
import logging
import time
from collections import OrderedDict
from collections.abc import Iterable

from prometheus_client import Counter, Gauge, Histogram

ws_logger = logging.getLogger("twinspace.ws")

# -- WebSocket connections ------------------------------------------------------------------

WS_CONNECTIONS = Gauge(
    "twinspace_ws_connections",
    "Authenticated WebSocket connections open now.",
    multiprocess_mode="livesum",
)
WS_ACCEPTED = Counter(
    "twinspace_ws_accepted_total",
    "WebSocket handshakes accepted (before authentication).",
)
WS_DISCONNECTS = Counter(
    "twinspace_ws_disconnects_total",
    "WebSocket connections ended, by the close code the server sent "
    "('peer' when the client closed or vanished first).",
    ["code"],
)
WS_KEEPALIVE_TIMEOUTS = Counter(
    "twinspace_ws_keepalive_timeouts_total",
    "WebSocket connections closed 1011 because a ping went unanswered (a half-open socket, "
    "or a client too busy to answer); counted apart from the disconnects, whose code is "
    "the session's.",
)
WS_SUBSCRIPTIONS = Gauge(
    "twinspace_ws_subscriptions",
    "Channel subscriptions held by open connections now, by channel kind.",
    ["kind"],
    multiprocess_mode="livesum",
)
WS_DELIVERIES = Counter(
    "twinspace_ws_deliveries_total",
    "Event frames queued to subscribed connections (one publish to 30 subscribers is 30).",
)
BROKER_EVENTS = Counter(
    "twinspace_broker_events_total",
    "Events the broker delivered to this process for channels it has subscribers for.",
)
PUBLISH_TO_DELIVERY = Histogram(
    "twinspace_publish_to_delivery_seconds",
    "From the start of a publish by this process to that event's fan-out to this process's "
    "subscribers (through Redis when configured): the broker round trip and queuing, measured "
    "only for events published and delivered in the same process.",
    buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0),
)
RECOVERIES = Counter(
    "twinspace_ws_recoveries_total",
    "Subscribes with `since` and broker gaps, by outcome: 'replayed' (the client got exactly "
    "what it missed) or the reset reason ('too_old', 'ahead', 'gap', 'restarted').",
    ["outcome"],
)
RATE_LIMITED = Counter(
    "twinspace_ws_rate_limited_total",
    "Client messages refused by the rate limit, and connections closed for it, by action.",
    ["action"],
)

# -- The broker (Redis) ---------------------------------------------------------------------

BROKER_HEALTHY = Gauge(
    "twinspace_broker_healthy",
    "1 while the broker delivers (Redis connected and subscriptions restored), else 0. Across "
    "processes: the lowest, so 0 if any process is deaf.",
    multiprocess_mode="livemin",
)
BROKER_CHANNELS = Gauge(
    "twinspace_broker_channels",
    "Channels this process is subscribed to in the broker.",
    multiprocess_mode="livesum",
)
BROKER_DISCONNECTS = Counter(
    "twinspace_broker_disconnects_total",
    "Times the Redis subscription connection was lost.",
)
BROKER_RECONNECTS = Counter(
    "twinspace_broker_reconnects_total",
    "Times the Redis subscription connection was restored (resubscribed, gaps filled).",
)
BROKER_RESTARTED_CHANNELS = Counter(
    "twinspace_broker_restarted_channels_total",
    "Channels whose numbering restarted because Redis lost its data (subscribers were reset).",
)

# -- The database ---------------------------------------------------------------------------

DB_POOL_SIZE = Gauge(
    "twinspace_db_pool_size",
    "Connections the database pool keeps (its configured size).",
    multiprocess_mode="livesum",
)
DB_POOL_IN_USE = Gauge(
    "twinspace_db_pool_in_use",
    "Database connections checked out of the pool now.",
    multiprocess_mode="livesum",
)
DB_POOL_OVERFLOW = Gauge(
    "twinspace_db_pool_overflow",
    "Connections open beyond the pool size now (negative: pool slots not yet opened).",
    multiprocess_mode="livesum",
)

# -- HTTP -----------------------------------------------------------------------------------

HTTP_REQUESTS = Counter(
    "twinspace_http_requests_total",
    "HTTP requests answered, by method and status class (2xx, 4xx, ...).",
    ["method", "status"],
)
HTTP_DURATION = Histogram(
    "twinspace_http_request_duration_seconds",
    "Time to answer an HTTP request, by method.",
    ["method"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)

# -- Health and disk ------------------------------------------------------------------------

READY = Gauge(
    "twinspace_ready",
    "1 if the part passed its last readiness check (/readyz), else 0.",
    ["check"],
    multiprocess_mode="livemin",
)
DATA_DIR_FREE_BYTES = Gauge(
    "twinspace_data_dir_free_bytes",
    "Free bytes on the file system of the data folder (the file store).",
    multiprocess_mode="livemin",
)

# -- The file archive (issue #6 calls these) ------------------------------------------------

UPLOADS = Counter(
    "twinspace_uploads_total",
    "Uploads finished, by outcome: 'stored' (new content), 'deduplicated' (content already "
    "held), 'refused' (too large, forbidden, bad) or 'failed' (broken off, disk error).",
    ["outcome"],
)
UPLOAD_BYTES = Counter(
    "twinspace_upload_bytes_total",
    "Bytes received in uploads that were kept (stored or deduplicated).",
)
FILE_STORE_BYTES = Gauge(
    "twinspace_file_store_bytes",
    "Bytes held by the content-addressed file store (each content counted once), counted "
    "from the database by each process's sampler (observability/census.py).",
    multiprocess_mode="mostrecent",
)

# -- Video (issue #7) -------------------------------------------------------------------------

VIDEO_SESSIONS = Gauge(
    "twinspace_video_sessions",
    "Video sessions live or locked now, cluster-wide (counted from the database).",
    multiprocess_mode="mostrecent",
)
VIDEO_PARTICIPANTS = Gauge(
    "twinspace_video_participants",
    "Participants joined to open video sessions now, cluster-wide (the lobby not counted).",
    multiprocess_mode="mostrecent",
)
VIDEO_SESSIONS_STARTED = Counter(
    "twinspace_video_sessions_started_total",
    "Video sessions started.",
)

# -- One-line calls for the WebSocket edge and the hub --------------------------------------


def ws_opened() -> None:
    WS_ACCEPTED.inc()


def ws_closed(code: int | None) -> None:
    """A connection ended; ``code`` is the close code the server sent, None if the peer
    closed first. Also its debug log line (which carries the connection id)."""
    label = "peer" if code is None else str(int(code))
    WS_DISCONNECTS.labels(code=label).inc()
    ws_logger.debug("websocket ended (close code: %s)", label)


_keepalive_timeouts = itertools.count(1)


def ws_keepalive_timed_out(timeout_s: float) -> None:
    """A socket closed 1011 for want of a pong: counted, and said at INFO with how many this
    process has closed so, since a run whose tabs drop 1011 must be able to tell these from
    the server's failures (a full-size deployment run saw 936 and no log said why)."""
    WS_KEEPALIVE_TIMEOUTS.inc()
    ws_logger.info(
        "websocket closed 1011: no pong within %.0f s (keepalive timeouts in this process: %d)",
        timeout_s,
        next(_keepalive_timeouts),
    )


def recovery(outcome: str) -> None:
    RECOVERIES.labels(outcome=str(outcome)).inc()


def rate_limited(closed: bool) -> None:
    RATE_LIMITED.labels(action="closed" if closed else "refused").inc()


def broker_lost() -> None:
    BROKER_DISCONNECTS.inc()


def broker_restored() -> None:
    BROKER_RECONNECTS.inc()


def broker_restarted_channel() -> None:
    BROKER_RESTARTED_CHANNELS.inc()


def http_answered(method: str, status: int, seconds: float) -> None:
    HTTP_REQUESTS.labels(method=method, status=f"{status // 100}xx").inc()
    HTTP_DURATION.labels(method=method).observe(seconds)


# -- One-line calls for the file archive and video (issues #6 and #7) ---------------------


def upload_finished(outcome: str, size: int = 0) -> None:
    """Call once per upload: ``outcome`` one of stored, deduplicated, refused, failed;
    ``size`` the bytes kept (0 unless stored or deduplicated)."""
    UPLOADS.labels(outcome=outcome).inc()
    if size > 0:
        UPLOAD_BYTES.inc(size)


def video_session_started() -> None:
    VIDEO_SESSIONS_STARTED.inc()


# -- Publish-to-delivery latency ------------------------------------------------------------


class LatencyTracker:
    """Remembers when this process started publishing an event, until the broker delivers it
    back here. Keyed by channel and the payload's hash (the broker hands back exactly the
    bytes published; the payload itself is not kept). Only events on channels with local
    subscribers are tracked, and at most ``capacity`` at once (default 4,096; the oldest is
    forgotten beyond it), so an event that never comes back (Redis down) costs little."""

    def __init__(self, capacity: int = 4096) -> None:
        self.capacity = capacity
        self.started: OrderedDict[tuple[str, int], float] = OrderedDict()

    def published(self, channel: str, payload: bytes, subscribed: bool) -> None:
        if not subscribed:
            return
        self.started.setdefault((channel, hash(payload)), time.perf_counter())
        if len(self.started) > self.capacity:
            self.started.popitem(last=False)

    def delivered(self, channel: str, payload: bytes, subscribers: int) -> None:
        BROKER_EVENTS.inc()
        WS_DELIVERIES.inc(subscribers)
        start = self.started.pop((channel, hash(payload)), None)
        if start is not None:
            PUBLISH_TO_DELIVERY.observe(time.perf_counter() - start)


LATENCY = LatencyTracker()


def publishing(channel: str, payload: bytes, subscribed: bool) -> None:
    LATENCY.published(channel, payload, subscribed)


def delivered(channel: str, payload: bytes, subscribers: int) -> None:
    LATENCY.delivered(channel, payload, subscribers)


# -- Sampled gauges -------------------------------------------------------------------------


def set_subscriptions(counts: Iterable[tuple[str, int]]) -> None:
    """Set the subscription gauge per channel kind (kinds absent now drop to 0)."""
    seen = dict(counts)
    for kind in {*seen, *KNOWN_KINDS}:
        WS_SUBSCRIPTIONS.labels(kind=kind).set(seen.get(kind, 0))
    KNOWN_KINDS.update(seen)


#: Channel kinds this process has reported, so that a kind's gauge returns to 0.
KNOWN_KINDS: set[str] = set()

# -- The process itself (the soak watches these for leaks, issue #9) ------------------------

PROCESS_RESIDENT_BYTES = Gauge(
    "twinspace_process_resident_bytes",
    "Resident memory of the server processes (summed over workers), read from /proc.",
    multiprocess_mode="livesum",
)
PROCESS_OPEN_FDS = Gauge(
    "twinspace_process_open_fds",
    "File descriptors open in the server processes (sockets included, summed over workers).",
    multiprocess_mode="livesum",
)
ASYNCIO_TASKS = Gauge(
    "twinspace_asyncio_tasks",
    "asyncio tasks alive in the server processes' event loops (summed over workers).",
    multiprocess_mode="livesum",
)
