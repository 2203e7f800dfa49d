"""The classroom scenario's forum: pupils post at a set rate, teachers moderate now and then.

Each classroom's teacher starts one thread and keeps a watcher socket on the thread channel
and the space's moderation channel. A pupil's post is timed from its POST to the watcher's
first sight of it (``post.created``, or ``post.pending`` while the space pre-moderates);
a moderation action from its POST to its ``moderation.*`` announcement.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import math
import random
import time
from collections import deque
from collections.abc import Callable

import httpx
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, WebSocketException
from websockets.typing import Subprotocol

from protocol.codec import decode_server_message, encode_client_message
from protocol.errors import ErrorCode
from protocol.messages import SUBPROTOCOL, Ack, Auth, Error, Event, Subscribe, Welcome

from .classroom_config import Knobs
from .classroom_provision import Classroom, Member
from .classroom_tally import Tally, until

#: Marks the load test's posts; the rest of the body is the nonce.
FORUM_NONCE = "Load forum post "
#: Seconds the watcher's handshake and subscriptions may take, its tries included.
WATCH_TIMEOUT_S = 30.0
#: First pause before a watcher asks again for a channel answered ``unavailable``; it doubles.
WATCH_RETRY_PAUSE_S = 0.25

_serial = itertools.count(1)


async def open_watcher(
    ws_url: str,
    token: str,
    channels: tuple[str, ...],
    on_refused: Callable[[], None] | None = None,
) -> ClientConnection:
    """A signed-in socket subscribed to ``channels`` (the forum's and the chat's watchers);
    ``on_refused`` is called for each subscribe answered ``unavailable`` and asked again."""
    async with asyncio.timeout(WATCH_TIMEOUT_S):
        ws = await connect(ws_url, subprotocols=[Subprotocol(SUBPROTOCOL)], compression=None)
        await ws.send(encode_client_message(Auth(token=token)).decode())
        if not isinstance(decode_server_message(await ws.recv()), Welcome):
            raise RuntimeError("the watcher was not welcomed")
        for n, channel in enumerate(channels):
            await subscribe_watcher(ws, f"w{n}", channel, on_refused)
    return ws


async def subscribe_watcher(
    ws: ClientConnection,
    ref: str,
    channel: str,
    on_refused: Callable[[], None] | None = None,
) -> None:
    """Subscribe ``ws`` to ``channel`` and wait for the ack. A subscribe answered
    ``unavailable`` (its Redis shard failing over) is asked again after a doubling pause, as
    the page's client does; any other refusal raises. The watcher used to wait for an ack
    that never came, and its classroom's forum or chat was left out of the whole run
    ("forum start: TimeoutError" in 3 of 14 runs of a Redis master's failover)."""
    pause = WATCH_RETRY_PAUSE_S
    while True:
        await ws.send(encode_client_message(Subscribe(ref=ref, channel=channel)).decode())
        answer = await answer_to(ws, ref)
        if isinstance(answer, Ack):
            return
        if answer.code != ErrorCode.UNAVAILABLE:
            raise RuntimeError(f"the watcher's subscribe to {channel} was refused: {answer.code}")
        if on_refused is not None:
            on_refused()
        await asyncio.sleep(pause)
        pause *= 2


async def answer_to(ws: ClientConnection, ref: str) -> Ack | Error:
    """The server's answer to the request ``ref``; whatever comes before it is skipped."""
    while True:
        message = decode_server_message(await ws.recv())
        if isinstance(message, Ack | Error) and message.ref == ref:
            return message


class ForumRoom:
    """One classroom's forum traffic inside one worker."""

    def __init__(self, classroom: Classroom, knobs: Knobs, tally: Tally, ws_url: str) -> None:
        self.classroom = classroom
        self.knobs = knobs
        self.tally = tally
        self.ws_url = ws_url
        self.thread_id = 0
        self.posted: dict[str, float] = {}  # nonce -> monotonic time its POST was sent
        self.moderated: dict[int, float] = {}  # post id -> monotonic time of the action
        self.moderations_sent = 0
        self.pending: deque[int] = deque()
        self.visible: deque[int] = deque()
        #: Set while a post waits in ``pending`` or ``visible`` (something to moderate).
        self.moderatable = asyncio.Event()
        self.ws: ClientConnection | None = None
        self.reader: asyncio.Task[None] | None = None

    def headers(self, member: Member) -> dict[str, str]:
        return {"Authorization": f"Bearer {member.token}"}

    @property
    def forum(self) -> str:
        return f"/api/spaces/{self.classroom.space_id}/forum"

    async def start(self, client: httpx.AsyncClient) -> None:
        """Open the thread and the teacher's watcher socket."""
        body = {"title": "Load test", "body": "Welcome", "client_id": self.client_id()}
        teacher = self.classroom.teacher
        response = await client.post(
            f"{self.forum}/threads", json=body, headers=self.headers(teacher)
        )
        response.raise_for_status()
        self.thread_id = int(response.json()["thread"]["id"])
        space = self.classroom.space_id
        channels = (f"thread:{space}:{self.thread_id}", f"moderation:{space}")
        ws = await open_watcher(self.ws_url, teacher.token, channels, self.tally.refused)
        self.ws = ws
        self.reader = asyncio.create_task(self.watch(ws))

    def client_id(self) -> str:
        return f"load-{time.monotonic_ns()}-{next(_serial)}"

    async def watch(self, ws: ClientConnection) -> None:
        with contextlib.suppress(ConnectionClosed):
            async for frame in ws:
                message = decode_server_message(frame)
                if isinstance(message, Event):
                    self.on_event(message)

    def on_event(self, event: Event) -> None:
        post = event.data.get("post")
        if not isinstance(post, dict):
            return
        if event.event.startswith("moderation."):
            sent = self.moderated.pop(int(post.get("id", 0)), None)
            if sent is not None:
                self.tally.latency("moderation", time.monotonic() - sent)
            return
        body = post.get("body")
        if event.event in ("post.created", "post.pending") and isinstance(body, str):
            sent = self.posted.pop(body.removeprefix(FORUM_NONCE), None)
            if sent is not None:
                self.tally.latency("forum", time.monotonic() - sent)

    async def post(self, client: httpx.AsyncClient, n: int) -> None:
        pupil = random.choice(self.classroom.pupils)  # noqa: S311 (load shaping)
        nonce = f"{self.classroom.space_id}.{n}"
        body = {"body": FORUM_NONCE + nonce, "client_id": self.client_id()}
        self.posted[nonce] = time.monotonic()
        self.tally.forum_posts += 1
        try:
            response = await client.post(
                f"{self.forum}/threads/{self.thread_id}/posts",
                json=body,
                headers=self.headers(pupil),
            )
        except httpx.HTTPError as exc:
            self.tally.errors[f"http {type(exc).__name__} (forum post)"] += 1
            return
        if response.status_code != 201:
            self.posted.pop(nonce, None)
            self.tally.errors[f"http {response.status_code} (forum post)"] += 1
            return
        created = response.json()
        self.tally.acknowledged_posts.append(int(created["id"]))
        (self.pending if created["state"] == "pending" else self.visible).append(created["id"])
        self.moderatable.set()

    async def moderate(self, client: httpx.AsyncClient) -> None:
        """Approve the oldest held post, else hide the newest visible one."""
        if self.pending:
            post_id, action = self.pending.popleft(), "approve"
        elif self.visible:
            post_id, action = self.visible.pop(), "hide"
        else:
            return
        if not (self.pending or self.visible):
            self.moderatable.clear()
        self.moderated[post_id] = time.monotonic()
        self.tally.moderations += 1
        self.moderations_sent += 1
        try:
            response = await client.post(
                f"{self.forum}/posts/{post_id}/moderate",
                json={"action": action, "reason": "load test"},
                headers=self.headers(self.classroom.teacher),
            )
        except httpx.HTTPError as exc:
            self.tally.errors[f"http {type(exc).__name__} (moderation)"] += 1
            return
        if response.status_code != 200:
            self.moderated.pop(post_id, None)
            self.tally.errors[f"http {response.status_code} (moderation)"] += 1

    async def run(self, client: httpx.AsyncClient, deadline: float) -> None:
        """Posts at ``forum_post_rate`` a second (Poisson) until ``deadline``, while the
        teacher moderates every ``moderate_every`` seconds (:meth:`keep_moderating`)."""
        rate = self.knobs.forum_post_rate
        if rate <= 0:
            return
        try:
            await self.start(client)
        except (OSError, TimeoutError, WebSocketException, httpx.HTTPError, RuntimeError) as exc:
            self.tally.errors[f"forum start: {type(exc).__name__}"] += 1
            return
        sending: list[asyncio.Task[None]] = [
            asyncio.create_task(self.keep_moderating(client, deadline))
        ]
        for n in itertools.count():
            await asyncio.sleep(until(deadline, random.expovariate(rate)))
            # The first post goes even when starting took the whole run (a short run at load
            # 20 did): a forum that was set up is written in, and its teacher has a post.
            if n > 0 and time.monotonic() >= deadline:
                break
            sending.append(asyncio.create_task(self.post(client, n)))
        await asyncio.gather(*sending)
        if not self.moderations_sent and (self.pending or self.visible):
            # A slow server answered every post after the teacher's last chance: the teacher
            # still takes the first post that appeared, as keep_moderating promises.
            await self.moderate(client)

    async def keep_moderating(self, client: httpx.AsyncClient, deadline: float) -> None:
        """A moderation every ``moderate_every`` seconds until ``deadline``. When nothing is
        there to moderate at that moment (no post answered yet: a slow server), the teacher
        takes the first post that appears, as one reading the forum would."""
        every = self.knobs.moderate_every
        while True:
            await asyncio.sleep(until(deadline, every))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.moderatable.wait(), until(deadline, math.inf))
            if time.monotonic() >= deadline:
                return
            await self.moderate(client)

    async def close(self) -> None:
        if self.ws is not None:
            with contextlib.suppress(WebSocketException, OSError):
                await self.ws.close()
        if self.reader is not None:
            self.reader.cancel()
            await asyncio.gather(self.reader, return_exceptions=True)
