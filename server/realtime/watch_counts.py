"""Which events' count watching changed lately (issue 22), so that the count is announced
coalesced: at most once a window per event and process, and only when it changed, never an
event per viewer's join to every viewer. The WebSocket edge marks an event when a connection
starts or stops following it; its loop (``websocket/webinar_watch.py``) announces."""

from __future__ import annotations

import asyncio

#: The coalescing window (default 1 s): joins within it make one announcement.
WATCH_WINDOW_S = 1.0


class WatchCounts:
    def __init__(self) -> None:
        self.dirty: set[int] = set()
        #: The last count this process announced for each event (announced again on change).
        self.last: dict[int, int] = {}
        self.wake = asyncio.Event()

    def touch(self, event_id: int) -> None:
        """Someone started or stopped following the event on this process."""
        self.dirty.add(event_id)
        self.wake.set()

    def take(self) -> set[int]:
        taken, self.dirty = self.dirty, set()
        self.wake.clear()
        return taken
