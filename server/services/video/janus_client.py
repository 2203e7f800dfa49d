"""A client of Janus's HTTP API that holds one Janus session with its long poll: what a
participant (and the server's media probe) needs to join a VideoRoom, publish and subscribe.

The server's moderation (server/services/video/janus.py) uses short sessions of its own
instead; this one lives as long as its user's PeerConnections.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
from typing import Any

import aiohttp

from protocol.errors import InvariantBroken

from .janus import PLUGIN, JanusError

#: Seconds an answer from Janus may take.
EVENT_TIMEOUT_S = 20.0


class JanusClient:
    """One Janus session with its long poll; events are routed to each handle's queue."""

    def __init__(self, url: str) -> None:
        self.url = url.rstrip("/")
        self.http: aiohttp.ClientSession | None = None
        self.session = 0
        self.queues: dict[int, asyncio.Queue[dict[str, Any]]] = {}
        self.poller: asyncio.Task[None] | None = None

    async def open(self) -> None:
        self.http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60))
        self.session = (await self.post("", {"janus": "create"}))["data"]["id"]
        self.poller = asyncio.create_task(self.poll())

    @property
    def opened(self) -> aiohttp.ClientSession:
        """The HTTP session :meth:`open` made; using the client before that is our bug."""
        if self.http is None:
            raise InvariantBroken("the Janus client is used before it is opened")
        return self.http

    async def post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        body = {**body, "transaction": secrets.token_hex(6)}
        try:
            async with self.opened.post(f"{self.url}{path}", json=body) as response:
                answer: dict[str, Any] = await response.json(content_type=None)
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise JanusError(f"Janus is unreachable: {exc}") from exc
        if answer.get("janus") == "error":
            raise JanusError(f"janus error: {answer.get('error')}")
        return answer

    async def poll(self) -> None:
        http = self.opened
        while True:
            try:
                async with http.get(f"{self.url}/{self.session}?maxev=1") as response:
                    event: dict[str, Any] = await response.json(content_type=None)
            except (aiohttp.ClientError, TimeoutError):
                await asyncio.sleep(0.1)
                continue
            sender = event.get("sender")
            if isinstance(sender, int) and sender in self.queues:
                await self.queues[sender].put(event)

    async def attach(self) -> int:
        handle: int = (await self.post(f"/{self.session}", {"janus": "attach", "plugin": PLUGIN}))[
            "data"
        ]["id"]
        self.queues[handle] = asyncio.Queue()
        return handle

    async def message(
        self, handle: int, body: dict[str, Any], jsep: dict[str, str] | None = None
    ) -> dict[str, Any]:
        message: dict[str, Any] = {"janus": "message", "body": body}
        if jsep is not None:
            message["jsep"] = jsep
        return await self.post(f"/{self.session}/{handle}", message)

    async def ask(
        self, handle: int, body: dict[str, Any], jsep: dict[str, str] | None = None
    ) -> dict[str, Any]:
        """An asynchronous VideoRoom request and its own answer (matched by transaction:
        the room's notifications, such as ``joining`` or ``publishers``, are skipped)."""
        ack = await self.message(handle, body, jsep)
        return await self.plugin_event(handle, str(ack["transaction"]))

    async def plugin_event(self, handle: int, transaction: str | None = None) -> dict[str, Any]:
        """The next VideoRoom event on the handle (skipping webrtcup, media, ...), or the
        next answering ``transaction``."""
        while True:
            event = await asyncio.wait_for(self.queues[handle].get(), EVENT_TIMEOUT_S)
            if transaction is not None and event.get("transaction") != transaction:
                continue
            if event.get("janus") == "event":
                data: dict[str, Any] = event.get("plugindata", {}).get("data", {})
                if "error_code" in data:
                    raise JanusError(f"videoroom error: {data.get('error')}")
                return event

    async def webrtc_up(self, handle: int) -> None:
        """Wait until Janus says the handle's PeerConnection is up (a publisher is active)."""
        while True:
            event = await asyncio.wait_for(self.queues[handle].get(), EVENT_TIMEOUT_S)
            if event.get("janus") == "webrtcup":
                return

    async def hangups(self, handle: int) -> bool:
        """Whether the handle has been hung up or detached (kicked, room destroyed)."""
        with contextlib.suppress(asyncio.QueueEmpty):
            while True:
                event = self.queues[handle].get_nowait()
                if event.get("janus") in ("hangup", "detached"):
                    return True
        return False

    async def close(self) -> None:
        if self.poller is not None:
            self.poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.poller
        if self.http is not None:
            if self.session:
                with contextlib.suppress(JanusError):
                    await self.post(f"/{self.session}", {"janus": "destroy"})
            await self.http.close()
