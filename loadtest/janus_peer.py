"""aiortc peers of a Janus VideoRoom over Janus's HTTP API: a publisher (the teacher's camera
and microphone) and subscribers (pupils) that count the frames they receive.

The tokens, room and publisher id come from the TwinSpace server (``JoinedVideo.sfu``);
peers gather only 127.0.0.1, or the address of the private network namespace they run in
(see webrtc_loopback and loadtest.netns: Janus gathers nothing on a loopback interface).
:class:`JanusParticipant` is how a participant uses the room: it joins as itself and
subscribes with the ``private_id`` Janus gave that join, so a kick ends both.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from typing import Any

from aiortc import (
    MediaStreamTrack,
    RTCBundlePolicy,
    RTCConfiguration,
    RTCPeerConnection,
    RTCSessionDescription,
)
from aiortc.mediastreams import AudioStreamTrack, MediaStreamError

from server.services.video.janus_client import JanusClient as _JanusClient

from .webrtc_loopback import Received, SyntheticVideo, gather_loopback_only

#: Janus bundles every m-line on one ICE transport; so must aiortc (it does not by default).
JANUS_CONFIGURATION = RTCConfiguration(iceServers=[], bundlePolicy=RTCBundlePolicy.MAX_BUNDLE)


class JanusClient(_JanusClient):
    """The server's Janus client, for peers gathering one address only (webrtc_loopback)."""

    def __init__(self, url: str) -> None:
        gather_loopback_only()
        super().__init__(url)


class JanusPublisher:
    """The teacher: joins as a publisher with their token and sends synthetic media."""

    def __init__(self, client: JanusClient) -> None:
        self.client = client
        self.pc = RTCPeerConnection(JANUS_CONFIGURATION)
        self.video = SyntheticVideo()
        self.audio = AudioStreamTrack()
        self.handle = 0
        self.private_id: int | None = None

    async def publish(self, room: int, publisher_id: int, token: str, display: str) -> None:
        self.handle = await self.client.attach()
        join = {
            "request": "join",
            "ptype": "publisher",
            "room": room,
            "id": publisher_id,
            "token": token,
            "display": display,
        }
        joined = await self.client.ask(self.handle, join)
        self.private_id = joined["plugindata"]["data"].get("private_id")
        await self.send_media()

    async def send_media(self) -> None:
        """Publish on the already joined handle: offer, Janus's answer, ICE and DTLS up."""
        self.pc.addTrack(self.video)
        self.pc.addTrack(self.audio)
        await self.pc.setLocalDescription(await self.pc.createOffer())
        offer = {"type": "offer", "sdp": self.pc.localDescription.sdp}
        configured = await self.client.ask(self.handle, {"request": "publish"}, offer)
        answer = configured["jsep"]
        await self.pc.setRemoteDescription(RTCSessionDescription(answer["sdp"], answer["type"]))
        await self.client.webrtc_up(self.handle)

    async def close(self) -> None:
        await self.pc.close()
        self.video.stop()
        self.audio.stop()


class JanusSubscriber:
    """A pupil: subscribes to one feed with their token and counts the frames."""

    def __init__(self, client: JanusClient) -> None:
        self.client = client
        self.pc = RTCPeerConnection(JANUS_CONFIGURATION)
        self.received = Received()
        self.tasks: set[asyncio.Task[None]] = set()
        self.handle = 0
        self.started_at = 0.0

        @self.pc.on("track")
        def on_track(track: MediaStreamTrack) -> None:
            task = asyncio.create_task(self.count(track))
            self.tasks.add(task)

    async def subscribe(
        self, room: int, feed: int, token: str | None, private_id: int | None = None
    ) -> None:
        """Subscribe to one feed; a webinar's audience has no token and no private id (its
        room asks for neither of subscribers)."""
        self.started_at = time.monotonic()
        self.handle = await self.client.attach()
        join: dict[str, Any] = {
            "request": "join",
            "ptype": "subscriber",
            "room": room,
            "streams": [{"feed": feed}],
        }
        if token is not None:
            join["token"] = token
        if private_id is not None:
            join["private_id"] = private_id
        attached = await self.client.ask(self.handle, join)
        offer = attached["jsep"]
        await self.pc.setRemoteDescription(RTCSessionDescription(offer["sdp"], offer["type"]))
        await self.pc.setLocalDescription(await self.pc.createAnswer())
        answer = {"type": "answer", "sdp": self.pc.localDescription.sdp}
        await self.client.ask(self.handle, {"request": "start"}, answer)  # started

    async def count(self, track: MediaStreamTrack) -> None:
        with contextlib.suppress(MediaStreamError):
            while True:
                await track.recv()
                now = time.monotonic()
                self.received.frames[track.kind] += 1
                self.received.first_at.setdefault(track.kind, now)
                self.received.last_at[track.kind] = now

    def frames(self, kind: str = "video") -> int:
        return self.received.frames[kind]

    async def close(self) -> None:
        await self.pc.close()
        for task in list(self.tasks):
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task


class JanusParticipant:
    """One participant in the session's room, from its ``JoinedVideo.sfu``: joins the room as
    itself (publisher id and token), may publish, and subscribes to feeds with the
    ``private_id`` of that join (rooms require it), so that kicking the participant ends its
    subscriptions as well as what it publishes. It never hangs up by itself when cut off (it
    plays a client that ignores the server): what stops its media is Janus."""

    def __init__(self, url: str, room: int, publisher_id: int, token: str) -> None:
        self.client = JanusClient(url)
        self.room, self.id, self.token = room, publisher_id, token
        self.publisher = JanusPublisher(self.client)
        self.publishing = False
        self.private_id = 0
        self.subscriptions: dict[int, JanusSubscriber] = {}

    async def join(self, display: str) -> None:
        await self.client.open()
        handle = await self.client.attach()
        self.publisher.handle = handle
        join = {
            "request": "join",
            "ptype": "publisher",
            "room": self.room,
            "id": self.id,
            "token": self.token,
            "display": display,
        }
        joined = await self.client.ask(handle, join)
        self.private_id = int(joined["plugindata"]["data"]["private_id"])

    async def publish(self) -> None:
        await self.publisher.send_media()
        self.publishing = True

    async def subscribe(self, feed: int) -> JanusSubscriber:
        subscriber = JanusSubscriber(self.client)
        self.subscriptions[feed] = subscriber
        await subscriber.subscribe(self.room, feed, self.token, self.private_id)
        return subscriber

    def frames_from(self, feed: int, kind: str = "video") -> int:
        subscriber = self.subscriptions.get(feed)
        return subscriber.frames(kind) if subscriber is not None else 0

    def first_frame_at(self, feed: int) -> float | None:
        subscriber = self.subscriptions.get(feed)
        return None if subscriber is None else subscriber.received.first_at.get("video")

    async def close(self) -> None:
        for subscriber in self.subscriptions.values():
            await subscriber.close()
        await self.publisher.close()
        await self.client.close()
