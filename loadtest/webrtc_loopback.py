"""Real aiortc peers on loopback, joined through the server's signalling: for tests and the
video benchmark.

Two things make aiortc stay on 127.0.0.1, and both are here only:

* aioice leaves 127.0.0.1 out of its host candidates and would use the machine's external
  interface; :func:`gather_loopback_only` replaces ``aioice.ice.get_host_addresses`` so it
  gathers 127.0.0.1 and nothing else;
* peers get no STUN or TURN servers (``RTCConfiguration(iceServers=[])``).

A :class:`Peer` speaks the ``twinspace.v1`` protocol: it subscribes to its session's channel,
publishes ``join``, offers to every peer the welcome lists (the newcomer offers, so offers do
not collide; aiortc cannot roll back a local offer), answers offers, and closes its
connection to a peer that leaves or is removed, and all of them when the server cuts it off
(the client's side of a removal in a mesh). It counts the frames it receives per sender and
media kind, with the time of each first frame.
"""

from __future__ import annotations

import asyncio
import contextlib
import fractions
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import aioice.ice
import av
from aiortc import (
    MediaStreamTrack,
    RTCConfiguration,
    RTCPeerConnection,
    RTCSessionDescription,
)
from aiortc.mediastreams import AudioStreamTrack, MediaStreamError
from aiortc.sdp import candidate_from_sdp
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed
from websockets.typing import Subprotocol

from protocol.codec import decode_server_message, encode_client_message
from protocol.messages import (
    SUBPROTOCOL,
    Ack,
    Auth,
    ClientMessage,
    Error,
    Event,
    Publish,
    Signal,
    Subscribe,
    Unsubscribed,
    Welcome,
)
from protocol.video import VideoEvent

#: Small synthetic frames so that many peers fit a 2-core machine.
WIDTH, HEIGHT, FPS = 160, 120, 10
VIDEO_CLOCK = 90_000
ANSWER_TIMEOUT_S = 10.0


#: The one address aiortc peers of this process gather: 127.0.0.1, or the address of a
#: private network namespace the process runs in (:func:`gather_only`, loadtest.netns).
_host_address = "127.0.0.1"


def loopback_addresses(use_ipv4: bool, use_ipv6: bool) -> list[str]:
    return [_host_address] if use_ipv4 else []


def gather_loopback_only() -> None:
    """Make every aiortc peer of this process gather only 127.0.0.1 (idempotent), or only
    the address :func:`gather_only` chose."""
    aioice.ice.get_host_addresses = loopback_addresses


def gather_only(address: str) -> None:
    """Make every aiortc peer of this process gather ``address`` and nothing else: for a
    process inside a private network namespace, where Janus needs a non-loopback address."""
    global _host_address
    _host_address = address
    gather_loopback_only()


class SyntheticVideo(MediaStreamTrack):
    """A grey 160x120 picture at 10 frames a second, paced in real time."""

    kind = "video"

    def __init__(self, width: int = WIDTH, height: int = HEIGHT, fps: int = FPS) -> None:
        super().__init__()
        self.width, self.height, self.fps = width, height, fps
        self.count = 0
        self.started: float | None = None

    async def recv(self) -> av.VideoFrame:
        if self.readyState != "live":
            raise MediaStreamError
        if self.started is None:
            self.started = time.monotonic()
        else:
            self.count += 1
            await asyncio.sleep(self.started + self.count / self.fps - time.monotonic())
        frame = av.VideoFrame(width=self.width, height=self.height, format="yuv420p")
        for plane in frame.planes:
            plane.update(bytes([128]) * plane.buffer_size)
        frame.pts = self.count * (VIDEO_CLOCK // self.fps)
        frame.time_base = fractions.Fraction(1, VIDEO_CLOCK)
        return frame


@dataclass
class Received:
    """Frames received from one sender, per kind."""

    frames: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    first_at: dict[str, float] = field(default_factory=dict)
    last_at: dict[str, float] = field(default_factory=dict)


class Peer:
    """One participant's browser, played by aiortc."""

    def __init__(
        self,
        ws_url: str,
        token: str,
        channel: str,
        *,
        send_media: bool = True,
        honour_cut_off: bool = True,
        video: tuple[int, int, int] = (WIDTH, HEIGHT, FPS),
        audio: bool = True,
    ) -> None:
        gather_loopback_only()
        #: Width, height and frames per second of the synthetic camera; ``audio`` adds Opus.
        self.video, self.audio = video, audio
        self.ws_url, self.token, self.channel = ws_url, token, channel
        self.send_media = send_media
        #: False plays a client that ignores being cut off (its peers must still hang up).
        self.honour_cut_off = honour_cut_off
        self.ws: ClientConnection | None = None
        self.id = 0
        self.pcs: dict[int, RTCPeerConnection] = {}
        self.received: dict[int, Received] = defaultdict(Received)
        self.refs = 0
        self.answers: dict[str, asyncio.Future[Ack | Error]] = {}
        self.welcome: asyncio.Future[Signal] | None = None
        self.cut_off = asyncio.Event()
        self.tasks: set[asyncio.Task[None]] = set()
        self.joined_at = 0.0
        #: One pair of tracks per peer connection: aiortc's senders each pull frames from
        #: their track, so one track shared by N connections would give each 1/N of the rate.
        self.tracks: list[MediaStreamTrack] = []

    # -- the WebSocket side ----------------------------------------------------------------

    async def connect(self) -> None:
        self.ws = await connect(self.ws_url, subprotocols=[Subprotocol(SUBPROTOCOL)])
        await self.send(Auth(token=self.token))
        welcome = decode_server_message(await self.ws.recv())
        if not isinstance(welcome, Welcome):
            raise RuntimeError(f"not welcomed: {welcome!r}")
        self.spawn(self.read_loop())
        answer = await self.request(Subscribe(ref=self.ref(), channel=self.channel))
        if isinstance(answer, Error):
            raise RuntimeError(f"subscribe refused: {answer.message}")

    async def join(self) -> Signal:
        """Join the signalling and offer to every peer already there."""
        self.welcome = asyncio.get_running_loop().create_future()
        self.joined_at = time.monotonic()
        answer = await self.publish("join", {})
        if isinstance(answer, Error):
            raise RuntimeError(f"join refused: {answer.message}")
        welcome = await asyncio.wait_for(self.welcome, ANSWER_TIMEOUT_S)
        self.id = int(welcome.data["participant_id"])
        if welcome.data.get("mode") != "sfu":  # through the SFU, media goes to Janus instead
            for peer in welcome.data["peers"]:
                self.spawn(self.offer_to(int(peer["id"])))
        return welcome

    def ref(self) -> str:
        self.refs += 1
        return f"p{self.refs}"

    async def send(self, message: ClientMessage) -> None:
        assert self.ws is not None
        await self.ws.send(encode_client_message(message).decode())

    async def request(self, message: Subscribe | Publish) -> Ack | Error:
        future: asyncio.Future[Ack | Error] = asyncio.get_running_loop().create_future()
        self.answers[message.ref] = future
        await self.send(message)
        return await asyncio.wait_for(future, ANSWER_TIMEOUT_S)

    async def publish(self, event: str, data: dict[str, Any]) -> Ack | Error:
        return await self.request(
            Publish(ref=self.ref(), channel=self.channel, event=event, data=data)
        )

    def spawn(self, work: Any) -> None:
        task = asyncio.create_task(work)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def read_loop(self) -> None:
        assert self.ws is not None
        with contextlib.suppress(ConnectionClosed):
            async for frame in self.ws:
                message = decode_server_message(frame)
                if isinstance(message, Ack | Error) and message.ref in self.answers:
                    self.answers.pop(message.ref).set_result(message)
                elif isinstance(message, Signal):
                    await self.on_signal(message)
                elif isinstance(message, Event) and message.event == VideoEvent.PARTICIPANT:
                    if message.data["state"] in ("left", "removed"):
                        await self.drop(int(message.data["id"]))
                elif isinstance(message, Unsubscribed):
                    await self.hang_up()

    async def on_signal(self, signal: Signal) -> None:
        if signal.event == "welcome":
            if self.welcome is not None and not self.welcome.done():
                self.welcome.set_result(signal)
        elif signal.event == "offer":
            self.spawn(self.answer_to(signal.sender, str(signal.data["sdp"])))
        elif signal.event == "answer":
            pc = self.pcs.get(signal.sender)
            if pc is not None:
                description = RTCSessionDescription(sdp=str(signal.data["sdp"]), type="answer")
                await pc.setRemoteDescription(description)
        elif signal.event == "candidate" and signal.data.get("candidate"):
            pc = self.pcs.get(signal.sender)
            if pc is not None:
                candidate = candidate_from_sdp(str(signal.data["candidate"]).split(":", 1)[1])
                candidate.sdpMid = signal.data.get("sdp_mid")
                candidate.sdpMLineIndex = signal.data.get("sdp_mline_index")
                await pc.addIceCandidate(candidate)

    # -- the WebRTC side -------------------------------------------------------------------

    def connection_to(self, peer: int) -> RTCPeerConnection:
        pc = RTCPeerConnection(RTCConfiguration(iceServers=[]))
        self.pcs[peer] = pc
        if self.send_media:
            video = SyntheticVideo(*self.video)
            self.tracks.append(video)
            pc.addTrack(video)
            if self.audio:
                audio = AudioStreamTrack()
                self.tracks.append(audio)
                pc.addTrack(audio)
        else:
            pc.addTransceiver("video", direction="recvonly")
            if self.audio:
                pc.addTransceiver("audio", direction="recvonly")

        @pc.on("track")
        def on_track(track: MediaStreamTrack) -> None:
            self.spawn(self.count_frames(peer, track))

        return pc

    async def offer_to(self, peer: int) -> None:
        pc = self.connection_to(peer)
        await pc.setLocalDescription(await pc.createOffer())
        # aiortc gathers every candidate before this returns: they are in the SDP.
        await self.publish("offer", {"to": peer, "sdp": pc.localDescription.sdp})

    async def answer_to(self, peer: int, sdp: str) -> None:
        pc = self.pcs.get(peer) or self.connection_to(peer)
        await pc.setRemoteDescription(RTCSessionDescription(sdp=sdp, type="offer"))
        await pc.setLocalDescription(await pc.createAnswer())
        await self.publish("answer", {"to": peer, "sdp": pc.localDescription.sdp})

    async def count_frames(self, peer: int, track: MediaStreamTrack) -> None:
        tally = self.received[peer]
        with contextlib.suppress(MediaStreamError):
            while True:
                await track.recv()
                now = time.monotonic()
                tally.frames[track.kind] += 1
                tally.first_at.setdefault(track.kind, now)
                tally.last_at[track.kind] = now

    def frames_from(self, peer: int, kind: str = "video") -> int:
        return self.received[peer].frames[kind] if peer in self.received else 0

    async def drop(self, peer: int) -> None:
        pc = self.pcs.pop(peer, None)
        if pc is not None:
            await pc.close()

    async def hang_up(self) -> None:
        """The server cut this participant off: stop all media at once."""
        self.cut_off.set()
        if not self.honour_cut_off:
            return
        for peer in list(self.pcs):
            await self.drop(peer)

    async def close(self) -> None:
        self.honour_cut_off = True
        await self.hang_up()
        if self.ws is not None:
            await self.ws.close()
        for task in list(self.tasks):
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        for track in self.tracks:
            track.stop()


async def wait_for_frames(
    peers: list[Peer], senders: list[int], frames: int, within_s: float
) -> bool:
    """True once every peer got ``frames`` video and audio frames from each of ``senders``
    (other than itself); False at the timeout."""
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        if all(
            peer.frames_from(sender, kind) >= frames
            for peer in peers
            for sender in senders
            if sender != peer.id
            for kind in ("video", "audio")
        ):
            return True
        await asyncio.sleep(0.05)
    return False
