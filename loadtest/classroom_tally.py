"""What one generator process measured, in a form that crosses processes and adds up exactly.

Latencies go into HDR histograms (microseconds, 3 significant digits), which encode to a few
hundred bytes and merge without losing percentiles, so several generator processes report one
exact p99. Counters are plain integers and ``Counter``s of error and close codes.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from hdrh.histogram import HdrHistogram

from protocol.errors import ErrorCode

#: Largest latency a histogram holds, in microseconds (120 s); longer ones are clamped to it.
MAX_US = 120_000_000
HISTOGRAMS = (
    "connect",
    "subscribe",
    "space",
    "presence",
    "forum",
    "moderation",
    "upload",
    "chat",
    "video_first_frame",
    # How late the generator's own event loop woke up (loadtest/classroom_worker.py): a
    # worker seconds behind answers the server's keep-alive pings late and times its
    # deliveries late, which a report must be able to tell from a slow server.
    "loop_lag",
)
#: Kinds of delivery latency plotted over time.
TIMELINE_KINDS = ("space", "presence", "forum", "moderation", "chat")


def new_histogram() -> HdrHistogram:
    return HdrHistogram(1, MAX_US, 3)


def until(deadline: float, seconds: float) -> float:
    """``seconds``, cut short at ``deadline`` (time.monotonic()): a Poisson pause drawn near
    the end of the load phase must not hold the phase open past its duration."""
    return max(0.0, min(seconds, deadline - time.monotonic()))


def record(histogram: HdrHistogram, seconds: float) -> None:
    histogram.record_value(min(MAX_US, max(1, round(seconds * 1_000_000))))


@dataclass(slots=True)
class SeqCheck:
    """Continuity of one channel on one connection: each event must be the next seq."""

    expected: int = 1

    def start(self, head: int) -> None:
        """After an ``ack``/``presence``/``reset`` at ``head``, the next event is ``head + 1``."""
        self.expected = head + 1

    def see(self, seq: int, tally: Tally) -> None:
        if seq < self.expected:
            tally.duplicated += 1
            return
        tally.lost += seq - self.expected
        self.expected = seq + 1

    @property
    def last(self) -> int:
        return self.expected - 1


@dataclass(slots=True)
class Tally:
    """One worker's measurements; ``epoch`` is the run's start on the shared monotonic clock."""

    epoch: float
    histograms: dict[str, HdrHistogram] = field(
        default_factory=lambda: {name: new_histogram() for name in HISTOGRAMS}
    )
    #: (kind, whole seconds since epoch) -> delivery latencies in that second.
    timeline: dict[tuple[str, int], HdrHistogram] = field(default_factory=dict)
    deliveries: int = 0
    lost: int = 0
    #: Of ``lost``, the events open tabs lacked at the end against the furthest tab of their
    #: classroom (the tail check), as opposed to gaps within a tab's stream.
    lost_at_tail: int = 0
    duplicated: int = 0
    resets: int = 0
    connected: int = 0
    connections_opened: int = 0
    #: Tab connects tried again after the server said to come back (or the network failed).
    connect_retries: int = 0
    churns: int = 0
    #: Tabs opened again after the server or the network dropped them (knob ``reconnect``).
    reconnects: int = 0
    teacher_actions: int = 0
    forum_posts: int = 0
    moderations: int = 0
    uploads: int = 0
    chat_messages: int = 0
    #: Pupils a full session (no SFU past the mesh limit) kept out of the chat.
    chat_outside: int = 0
    #: Video (loadtest/classroom_video.py): peers joined, ordered pairs (streams), streams
    #: that showed no frame in time, frames received while held, stream-milliseconds held.
    video_peers: int = 0
    video_streams: int = 0
    video_no_frame: int = 0
    #: Of those, the ones whose wait the end of the load phase cut short (a late session).
    video_cut_short: int = 0
    video_frames: int = 0
    video_stream_ms: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    close_codes: Counter[str] = field(default_factory=Counter)
    #: Ids of the forum posts the server acknowledged (201 Created): the deployment checks
    #: each of them is in the database after the run (acknowledged posts are never lost).
    acknowledged_posts: list[int] = field(default_factory=list)

    def refused(self) -> None:
        """A watcher's subscribe answered ``unavailable`` (and asked again), counted as a
        tab's is."""
        self.errors[str(ErrorCode.UNAVAILABLE)] += 1

    def latency(self, kind: str, seconds: float) -> None:
        """A delivery of ``kind`` (space or presence) that took ``seconds`` from its cause."""
        record(self.histograms[kind], seconds)
        second = int(time.monotonic() - self.epoch)
        slot = self.timeline.get((kind, second))
        if slot is None:
            slot = self.timeline[(kind, second)] = new_histogram()
        record(slot, seconds)

    def progress(self) -> dict[str, Any]:
        """The small live figures a worker sends its parent every half second."""
        return {
            "connected": self.connected,
            "deliveries": self.deliveries,
            "errors": sum(self.errors.values()),
            "lost": self.lost,
            "duplicated": self.duplicated,
            "space_p99_ms": self.histograms["space"].get_value_at_percentile(99) / 1000,
        }

    def encode(self) -> dict[str, Any]:
        """Plain data (histograms as base64 text) to send to the parent process."""
        return {
            "histograms": {k: h.encode().decode() for k, h in self.histograms.items()},
            "timeline": [[k, s, h.encode().decode()] for (k, s), h in self.timeline.items()],
            "counts": {
                "deliveries": self.deliveries,
                "lost": self.lost,
                "lost_at_tail": self.lost_at_tail,
                "duplicated": self.duplicated,
                "resets": self.resets,
                "connections_opened": self.connections_opened,
                "connect_retries": self.connect_retries,
                "churns": self.churns,
                "reconnects": self.reconnects,
                "teacher_actions": self.teacher_actions,
                "forum_posts": self.forum_posts,
                "moderations": self.moderations,
                "uploads": self.uploads,
                "chat_messages": self.chat_messages,
                "chat_outside": self.chat_outside,
                "video_peers": self.video_peers,
                "video_streams": self.video_streams,
                "video_no_frame": self.video_no_frame,
                "video_cut_short": self.video_cut_short,
                "video_frames": self.video_frames,
                "video_stream_ms": self.video_stream_ms,
            },
            "errors": dict(self.errors),
            "close_codes": dict(self.close_codes),
            "acknowledged_posts": self.acknowledged_posts,
        }


@dataclass(slots=True)
class Totals:
    """Every worker's tally added up."""

    histograms: dict[str, HdrHistogram] = field(
        default_factory=lambda: {name: new_histogram() for name in HISTOGRAMS}
    )
    timeline: dict[tuple[str, int], HdrHistogram] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    close_codes: Counter[str] = field(default_factory=Counter)
    acknowledged_posts: list[int] = field(default_factory=list)

    def add(self, encoded: dict[str, Any]) -> None:
        for name, text in encoded["histograms"].items():
            self.histograms[name].add(HdrHistogram.decode(text.encode()))
        for kind, second, text in encoded["timeline"]:
            slot = self.timeline.setdefault((kind, second), new_histogram())
            slot.add(HdrHistogram.decode(text.encode()))
        self.counts.update(encoded["counts"])
        self.errors.update(encoded["errors"])
        self.close_codes.update(encoded["close_codes"])
        self.acknowledged_posts.extend(encoded.get("acknowledged_posts", []))


def percentiles_ms(histogram: HdrHistogram) -> dict[str, float]:
    """count, p50, p95, p99 and max in milliseconds (zeros when nothing was recorded)."""
    count = histogram.get_total_count()
    if not count:
        return {"count": 0, "p50": 0.0, "p95": 0.0, "p99": 0.0, "max": 0.0}

    def ms(us: int) -> float:
        return round(us / 1000, 3)

    return {
        "count": count,
        "p50": ms(histogram.get_value_at_percentile(50)),
        "p95": ms(histogram.get_value_at_percentile(95)),
        "p99": ms(histogram.get_value_at_percentile(99)),
        "max": ms(histogram.get_max_value()),
    }
