"""One generator process: its share of the classrooms, from the connection ramp to the last close.

Phases: ramp (tabs open at this worker's share of ``ramp_rate``), load (``duration`` seconds of
churn and teacher updates), drain (late deliveries arrive), then the tail check and the closes.
Progress goes to the parent through a multiprocessing queue every half second.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import random
import time
from multiprocessing.queues import Queue
from typing import Any

import httpx

from .classroom_chat import ChatRoom
from .classroom_client import NONCE_PREFIX, Room, Tab, TabError
from .classroom_config import Knobs
from .classroom_files import pupils_upload
from .classroom_forum import ForumRoom
from .classroom_provision import Classroom
from .classroom_tally import Tally, record, until
from .classroom_video import VideoRoom

#: Seconds between two progress messages to the parent.
PROGRESS_EVERY_S = 0.5
#: Seconds between two probes of the worker's event loop lag (the tally's ``loop_lag``).
LAG_PROBE_S = 0.25
#: First pause before a tab tries to connect again (doubling, with jitter).
RETRY_PAUSE_S = 0.5
#: Seconds one teacher PATCH may take before it counts as an error.
ACTION_TIMEOUT_S = 30.0
#: Seconds the load phase may run past its duration (requests still out), and the closes
#: may take, before the worker stops waiting and reports what it counted.
WRAP_UP_S = 60.0
#: Connections the load phase's HTTP client keeps per classroom: a classroom has about 6
#: requests in flight against a server answering in 5 s (the teacher's update, a moderation,
#: a forum post at 0.2/s, chat at 0.5/s, an upload every 10 s). httpx's default of 100 for the
#: whole worker made 316 requests of a full-size run (100 classrooms a worker) wait past their
#: timeout for a connection (PoolTimeout) while the server was answering.
CONNECTIONS_PER_CLASSROOM = 8


def load_client(url: str, classrooms: int) -> httpx.AsyncClient:
    """The HTTP client of a worker's load phase: CONNECTIONS_PER_CLASSROOM connections per
    classroom, and a request beyond them waits its turn without a time limit (the request's
    own ACTION_TIMEOUT_S starts once it has a connection), so a slow server shows up as
    latency, measured from before the wait, not as the generator's own PoolTimeout."""
    pool = max(1, classrooms) * CONNECTIONS_PER_CLASSROOM
    limits = httpx.Limits(max_connections=pool, max_keepalive_connections=pool)
    timeout = httpx.Timeout(ACTION_TIMEOUT_S, pool=None)
    return httpx.AsyncClient(base_url=url, timeout=timeout, limits=limits)


def ws_url(url: str) -> str:
    """``http(s)://host`` -> ``ws(s)://host/ws``."""
    base = url.rstrip("/")
    return "ws" + base.removeprefix("http") + "/ws"


def ramp_order(tabs_by_room: list[list[Tab]]) -> list[Tab]:
    """Teachers first, then pupils round-robin over the classrooms, as a school day fills up."""
    order = [room[0] for room in tabs_by_room]
    for pupils in itertools.zip_longest(*(room[1:] for room in tabs_by_room)):
        order.extend(tab for tab in pupils if tab is not None)
    return order


async def probe_loop_lag(tally: Tally) -> None:
    """Sleep LAG_PROBE_S again and again and record how much later than asked the loop woke
    up (the tally's ``loop_lag``): the worker's own lag, which delays every read, pong and
    timing of it. Runs until cancelled."""
    while True:
        asked = time.monotonic() + LAG_PROBE_S
        await asyncio.sleep(LAG_PROBE_S)
        record(tally.histograms["loop_lag"], time.monotonic() - asked)


class Worker:
    def __init__(
        self,
        index: int,
        classrooms: list[Classroom],
        knobs: Knobs,
        epoch: float,
        queue: Queue[Any],
        video_spaces: frozenset[int] = frozenset(),
    ) -> None:
        self.index = index
        self.knobs = knobs
        self.share = 1 / knobs.workers  # of the ramp and churn rates
        self.queue = queue
        self.tally = Tally(epoch)
        self.phase = "ramp"
        self.rooms = [Room(c.space_id) for c in classrooms]
        url = ws_url(knobs.url)
        self.tabs = [
            [Tab(m, room, url, self.tally) for m in c.members]
            for c, room in zip(classrooms, self.rooms, strict=True)
        ]
        self.reopening: set[asyncio.Task[None]] = set()
        #: At most ``open_concurrency`` tabs being opened at once (pauses between tries
        #: do not hold a place).
        self.opening_gate = asyncio.Semaphore(knobs.open_concurrency)
        if knobs.reconnect:
            for room_tabs in self.tabs:
                for tab in room_tabs:
                    tab.on_drop = self.reopen_later
        self.teacher_tokens = [c.teacher.token for c in classrooms]
        self.forums = [ForumRoom(c, knobs, self.tally, url) for c in classrooms]
        self.chats = [ChatRoom(c, knobs, self.tally, url) for c in classrooms]
        self.videos = []
        for chat in self.chats:
            if chat.classroom.space_id in video_spaces:
                chat.video = True
                self.videos.append(VideoRoom(chat, knobs, self.tally, url))

    def send(self, kind: str, payload: Any) -> None:
        self.queue.put((kind, self.index, payload))

    async def report_progress(self) -> None:
        while True:
            self.send("progress", {"phase": self.phase, **self.tally.progress()})
            await asyncio.sleep(PROGRESS_EVERY_S)

    async def open_tab(self, tab: Tab) -> None:
        """Open the tab; when the server says to come back (or the network failed), try
        again after a jittered, doubling pause, up to ``connect_tries`` times in all."""
        async with tab.opening:
            if not tab.is_open:
                await self.try_opening(tab)

    async def try_opening(self, tab: Tab) -> None:
        for attempt in range(self.knobs.connect_tries):
            try:
                async with self.opening_gate:
                    await tab.open()
                return
            except TabError as exc:
                if not exc.retryable or attempt == self.knobs.connect_tries - 1:
                    self.tally.errors[f"connect: {exc}"] += 1
                    return
                self.tally.connect_retries += 1
                pause = RETRY_PAUSE_S * 2**attempt
                await asyncio.sleep(random.uniform(pause / 2, pause))  # noqa: S311 (jitter)

    def reopen_later(self, tab: Tab) -> None:
        task = asyncio.create_task(self.reopen(tab))
        self.reopening.add(task)
        task.add_done_callback(self.reopening.discard)

    async def reopen(self, tab: Tab) -> None:
        """A dropped tab comes back as the page does: after a jittered pause (so that the
        tabs of a node that died do not all knock at once), resuming with ``since``."""
        await asyncio.sleep(random.uniform(RETRY_PAUSE_S, 4 * RETRY_PAUSE_S))  # noqa: S311
        if self.phase == "drain" or tab.is_open:
            return
        self.tally.reconnects += 1
        await self.open_tab(tab)

    async def ramp(self) -> None:
        rate = self.knobs.ramp_rate * self.share
        started = time.monotonic()
        opening = []
        for i, tab in enumerate(ramp_order(self.tabs)):
            await asyncio.sleep(max(0.0, started + i / rate - time.monotonic()))
            opening.append(asyncio.create_task(self.open_tab(tab)))
        await asyncio.gather(*opening)

    async def churn_one(self, tab: Tab, churning: set[Tab]) -> None:
        churning.add(tab)
        try:
            await tab.close()
            self.tally.churns += 1
            await asyncio.sleep(self.knobs.churn_pause)
            await self.open_tab(tab)
        finally:
            churning.discard(tab)

    async def churn(self, deadline: float) -> None:
        """Close and reopen random open pupils' tabs at this worker's share of the rate."""
        rate = self.knobs.churn_rate * self.share
        if rate <= 0:
            return
        pupils = [tab for room in self.tabs for tab in room[1:]]
        churning: set[Tab] = set()
        running = []
        for _ in range(int(self.knobs.duration * rate) + 1):
            await asyncio.sleep(until(deadline, random.expovariate(rate)))
            if time.monotonic() >= deadline:
                break
            candidates = [t for t in pupils if t.is_open and t not in churning]
            if candidates:
                tab = random.choice(candidates)  # noqa: S311 (load shaping)
                running.append(asyncio.create_task(self.churn_one(tab, churning)))
        await asyncio.gather(*running)

    async def teach(self, client: httpx.AsyncClient, n: int, deadline: float) -> None:
        """The teacher of classroom ``n`` updates the space every ``teacher_action_every`` s;
        the description carries a nonce so that each delivery can be timed."""
        room, every = self.rooms[n], self.knobs.teacher_action_every
        headers = {"Authorization": f"Bearer {self.teacher_tokens[n]}"}
        # Classrooms out of step (load shaping, not security).
        await asyncio.sleep(random.uniform(0, min(every, self.knobs.duration)))  # noqa: S311
        for i in range(int(self.knobs.duration / every) + 1):
            if time.monotonic() >= deadline:
                break
            nonce = f"{self.index}.{n}.{i}"
            body = {"description": NONCE_PREFIX + nonce, "premoderate_pupils": i % 2 == 0}
            room.actions[nonce] = time.monotonic()
            self.tally.teacher_actions += 1
            try:
                response = await client.patch(
                    f"/api/spaces/{room.space_id}", json=body, headers=headers
                )
                if response.status_code != 200:
                    self.tally.errors[f"http {response.status_code} (teacher update)"] += 1
            except httpx.HTTPError as exc:
                self.tally.errors[f"http {type(exc).__name__} (teacher update)"] += 1
            await asyncio.sleep(max(0.0, min(every, deadline - time.monotonic())))

    def check_tails(self) -> None:
        """Events missing at the end of a channel leave no gap: compare each open tab's last
        seq with the furthest any tab of its classroom got."""
        for room in self.tabs:
            live = [tab for tab in room if tab.is_open]
            for check in ("space", "presence"):
                lasts = [getattr(tab, check).last for tab in live]
                if lasts:
                    behind = sum(max(lasts) - last for last in lasts)
                    self.tally.lost += behind
                    # Apart too: a tab merely late (a backlog not yet delivered when the
                    # drain ended) counts here, where a gap in its stream never does.
                    self.tally.lost_at_tail += behind

    async def run(self) -> Tally:
        progress = asyncio.create_task(self.report_progress())
        lag = asyncio.create_task(probe_loop_lag(self.tally))
        try:
            await self.ramp()
            self.phase = "load"
            self.send("phase", "load")
            deadline = time.monotonic() + self.knobs.duration
            async with load_client(self.knobs.url, len(self.rooms)) as c:
                teaching = [self.teach(c, n, deadline) for n in range(len(self.rooms))]
                forums = [forum.run(c, deadline) for forum in self.forums]
                chats = [chat.run(c, deadline) for chat in self.chats]
                videos = [video.run(deadline) for video in self.videos]
                uploading = [
                    pupils_upload(
                        c,
                        room.space_id,
                        [t.member.token for t in tabs[1:]],
                        self.knobs,
                        deadline,
                        self.tally,
                        f"{self.index}.{n}",
                    )
                    for n, (room, tabs) in enumerate(zip(self.rooms, self.tabs, strict=True))
                ]
                # Bounded, so that a worker always reports what it counted: requests and
                # closes that a starved machine leaves hanging are cut off and said, where
                # the supervisor used to give up on the worker and its whole tally.
                try:
                    async with asyncio.timeout(self.knobs.duration + WRAP_UP_S):
                        await asyncio.gather(
                            self.churn(deadline), *teaching, *forums, *chats, *videos, *uploading
                        )
                except TimeoutError:
                    self.tally.errors["load phase cut short (requests still out)"] += 1
                self.phase = "drain"
                await asyncio.sleep(self.knobs.drain)
                for task in list(self.reopening):
                    task.cancel()
                await asyncio.gather(*self.reopening, return_exceptions=True)
                self.check_tails()
                try:
                    async with asyncio.timeout(WRAP_UP_S):
                        await asyncio.gather(*(tab.close() for room in self.tabs for tab in room))
                        await asyncio.gather(*(forum.close() for forum in self.forums))
                        await asyncio.gather(*(chat.close(c) for chat in self.chats))
                except TimeoutError:
                    self.tally.errors["closing cut short"] += 1
            return self.tally
        finally:
            for task in (progress, lag):
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task


def worker_main(
    index: int,
    classrooms: list[Classroom],
    knobs: Knobs,
    epoch: float,
    queue: Queue[Any],
    video_spaces: frozenset[int] = frozenset(),
) -> None:
    """Process entry point: run, then send the encoded tally (or the failure) to the parent."""
    try:
        tally = asyncio.run(Worker(index, classrooms, knobs, epoch, queue, video_spaces).run())
    except Exception as exc:  # reported to the parent, which fails the run
        queue.put(("failed", index, f"{type(exc).__name__}: {exc}"))
        raise
    queue.put(("done", index, tally.encode()))
