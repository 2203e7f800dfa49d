"""The classroom scenario's chat: each teacher starts a video session, pupils join it and chat
beside it at ``chat_rate`` messages a second per classroom.

Pupils join over HTTP; a session without an SFU holds ``mesh_limit`` people, so on a server
with no Janus only the first few pupils get in; those refused are counted, and the pupils
inside do the chatting. In the first classrooms some of them also join the signalling with
media (:mod:`loadtest.classroom_video`), which starts the session even when ``chat_rate`` is 0.

A message is timed from its POST to the teacher's watcher socket seeing it on the session
chat's channel (``post.created``, or ``post.pending`` on the moderation channel while the space
pre-moderates): the report's ``chat`` latency, apart from the forum's.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import random
import time

import httpx
from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed, WebSocketException

from protocol.codec import decode_server_message
from protocol.messages import Event

from .classroom_config import Knobs
from .classroom_forum import open_watcher
from .classroom_provision import Classroom, Member
from .classroom_tally import Tally, until

#: Marks the load test's chat messages; the rest of the body is the nonce.
CHAT_NONCE = "Load chat "

_serial = itertools.count(1)


def headers(member: Member) -> dict[str, str]:
    return {"Authorization": f"Bearer {member.token}"}


class ChatRoom:
    """One classroom's video session chat inside one worker."""

    def __init__(self, classroom: Classroom, knobs: Knobs, tally: Tally, ws_url: str) -> None:
        self.classroom = classroom
        self.knobs = knobs
        self.tally = tally
        self.ws_url = ws_url
        self.session_path = ""
        self.session_channel = ""  # the session's signalling channel, once started
        #: Start the session even without chat: this classroom's pupils join with video.
        self.video = False
        #: Set once the session has started with enough pupils in for the video peers (or
        #: with all the pupils it admits, or failed to start): the video peers wait for it.
        self.ready = asyncio.Event()
        self.chat_id = 0
        self.inside: list[Member] = []
        self.sent: dict[str, float] = {}  # nonce -> monotonic time its POST was sent
        self.ws: ClientConnection | None = None
        self.reader: asyncio.Task[None] | None = None

    async def start(self, client: httpx.AsyncClient) -> None:
        """Start the session, let the pupils in, open the teacher's watcher on its chat."""
        space, teacher = self.classroom.space_id, self.classroom.teacher
        started = await client.post(
            f"/api/spaces/{space}/video-sessions", json={}, headers=headers(teacher)
        )
        started.raise_for_status()
        session = started.json()["session"]
        self.session_path = f"/api/spaces/{space}/video-sessions/{session['id']}"
        self.session_channel = str(session["channel"])
        for pupil in self.classroom.pupils:
            joined = await client.post(f"{self.session_path}/join", headers=headers(pupil))
            if joined.status_code == 200 and joined.json()["me"]["state"] == "admitted":
                self.inside.append(pupil)
                if self.video and len(self.inside) >= self.knobs.video_peers:
                    self.ready.set()  # the video peers start while the others still join
            elif joined.status_code == 422 and "full" in joined.text:
                self.tally.chat_outside += 1  # a mesh session without an SFU is full
            else:
                self.tally.errors[f"chat: session join {joined.status_code}"] += 1
        chat = await client.get(f"{self.session_path}/chat", headers=headers(teacher))
        chat.raise_for_status()
        self.chat_id = int(chat.json()["id"])
        channels = (str(chat.json()["channel"]), f"moderation:{space}")
        self.ws = await open_watcher(self.ws_url, teacher.token, channels, self.tally.refused)
        self.reader = asyncio.create_task(self.watch(self.ws))

    async def watch(self, ws: ClientConnection) -> None:
        with contextlib.suppress(ConnectionClosed):
            async for frame in ws:
                message = decode_server_message(frame)
                if isinstance(message, Event) and message.event in ("post.created", "post.pending"):
                    post = message.data.get("post")
                    body = post.get("body") if isinstance(post, dict) else None
                    if isinstance(body, str) and body.startswith(CHAT_NONCE):
                        sent = self.sent.pop(body.removeprefix(CHAT_NONCE), None)
                        if sent is not None:
                            self.tally.latency("chat", time.monotonic() - sent)

    async def say(self, client: httpx.AsyncClient, n: int) -> None:
        pupil = random.choice(self.inside)  # noqa: S311 (load shaping)
        nonce = f"{self.classroom.space_id}.{n}"
        body = {"body": CHAT_NONCE + nonce, "client_id": f"chat-{time.monotonic_ns()}-{n}"}
        self.sent[nonce] = time.monotonic()
        self.tally.chat_messages += 1
        path = f"/api/spaces/{self.classroom.space_id}/chats/{self.chat_id}/messages"
        try:
            response = await client.post(path, json=body, headers=headers(pupil))
        except httpx.HTTPError as exc:
            self.tally.errors[f"http {type(exc).__name__} (chat message)"] += 1
            return
        if response.status_code != 201:
            self.sent.pop(nonce, None)
            self.tally.errors[f"http {response.status_code} (chat message)"] += 1

    async def run(self, client: httpx.AsyncClient, deadline: float) -> None:
        """Messages at ``chat_rate`` a second (Poisson) until ``deadline``."""
        rate = self.knobs.chat_rate
        if rate <= 0 and not self.video:
            self.ready.set()
            return
        try:
            await self.start(client)
        except (OSError, TimeoutError, WebSocketException, httpx.HTTPError, RuntimeError) as exc:
            self.tally.errors[f"chat start: {type(exc).__name__}"] += 1
            self.session_channel = ""
            return
        finally:
            self.ready.set()
        if not self.inside or rate <= 0:
            return
        sending: list[asyncio.Task[None]] = []
        for n in itertools.count():
            await asyncio.sleep(until(deadline, random.expovariate(rate)))
            # The first message goes even when starting the session took the whole run (a short
            # run on a loaded machine did): a chat that got its pupils in says something.
            if n > 0 and time.monotonic() >= deadline:
                break
            sending.append(asyncio.create_task(self.say(client, n)))
        await asyncio.gather(*sending)

    async def close(self, client: httpx.AsyncClient) -> None:
        """Close the watcher and end the session for everyone."""
        if self.ws is not None:
            with contextlib.suppress(WebSocketException, OSError):
                await self.ws.close()
        if self.reader is not None:
            self.reader.cancel()
            await asyncio.gather(self.reader, return_exceptions=True)
        if self.session_path:
            with contextlib.suppress(httpx.HTTPError):
                teacher = headers(self.classroom.teacher)
                await client.post(f"{self.session_path}/end", headers=teacher)
