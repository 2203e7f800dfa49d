"""One process of a webinar's audience (``python -m loadtest.webinar_viewers``, started by
loadtest.webinar inside its network namespace): each viewer joins the event's session over
REST (no token: it holds no publisher handle), subscribes to the speaker's feed at Janus with
aiortc, and follows the event's Q&A and the space's chat over a WebSocket of its own.

Driven over stdin/stdout: it prints ``READY {json}`` once every viewer receives video (or the
timeout passed), then waits for ``measure SECONDS`` and prints ``RESULT {json}`` (frames a
second per viewer, Q&A and chat delivery, its own CPU), then ``stop`` closes everything.

How each viewer receives (``--mode``, the benchmark says which in its report):

* ``decode``: every viewer decodes every frame (aiortc's VP8 and Opus decoders).
* ``frames`` (``--count-only``, the old name): each video and audio frame that arrives whole
  (aiortc's jitter buffer assembled it from its packets) is counted, not decoded.
* ``packets``: viewers at ``--decode-every`` (global index ``--first-index`` + i, every K-th)
  decode every frame, as the sample; the others count video frames at the packet level: after
  SRTP, an RTP packet's header is read and a video packet with the marker bit set (the last
  packet of a VP8 frame) is a frame, with no parsing beyond the header, no jitter buffer, no
  depacketizing and no decoder. A frame with a lost last packet is not counted, a
  retransmitted last packet twice (Janus retransmits on NACK, which these viewers never send).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import os
import sys
import time
from typing import Any

import aiohttp
import av
from aiortc import rtcrtpreceiver
from aiortc.codecs import get_decoder as real_get_decoder
from aiortc.rtcrtpparameters import RTCRtpCodecParameters
from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed

from protocol.codec import decode_server_message, encode_client_message
from protocol.messages import Event, Ping

from .classroom_forum import open_watcher
from .janus_peer import JanusClient, JanusSubscriber
from .janus_session import wait_until
from .procstat import cpu_percent, sample
from .video import call
from .webrtc_loopback import gather_only

#: Marks the benchmark's questions and chat messages: the rest is the send time (ns, the
#: system-wide monotonic clock, the same in every process of the machine).
QUESTION_MARK, CHAT_MARK = "Load question ", "Load chat "
#: Seconds between a viewer's pings (the server's welcome says 20 s by default).
HEARTBEAT_S = 20.0
#: Video frames a viewer must get to count as receiving.
FLOWING = 5


class CountingDecoder:
    """Counts frames without decoding them: one placeholder frame per encoded frame."""

    def __init__(self, kind: str) -> None:
        if kind == "video":
            self.frame: av.VideoFrame | av.AudioFrame = av.VideoFrame(16, 16, "yuv420p")
        else:
            self.frame = av.AudioFrame(format="s16", layout="stereo", samples=960)
            self.frame.sample_rate = 48000

    def decode(self, encoded_frame: Any) -> list[Any]:
        self.frame.pts = encoded_frame.timestamp
        return [self.frame]


def count_without_decoding() -> None:
    def get_decoder(codec: RTCRtpCodecParameters) -> Any:
        kind = codec.mimeType.split("/")[0].lower()
        return CountingDecoder(kind) if kind in ("video", "audio") else real_get_decoder(codec)

    # aiortc looks the decoder up by this module-level name in its decoder thread.
    setattr(rtcrtpreceiver, "get_decoder", get_decoder)  # noqa: B010


def count_packets(subscriber: JanusSubscriber) -> None:
    """Count the subscriber's frames from the RTP headers (``packets`` mode): its transport's
    packets no longer reach aiortc's receivers (set before media flows: on ``subscribe``)."""
    transceivers = subscriber.pc.getTransceivers()
    if not transceivers:
        raise RuntimeError("a subscriber without transceivers")
    transport = transceivers[0].receiver.transport  # one, bundled
    kind_of: dict[object, str] = {t.receiver: t.kind for t in transceivers}
    kinds: dict[int, str] = {}
    received = subscriber.received

    async def handle(data: bytes, arrival_time_ms: int) -> None:
        if len(data) < 12:
            return
        payload_type, marker = data[1] & 0x7F, data[1] & 0x80
        kind = kinds.get(payload_type)
        if kind is None:
            table = transport._rtp_router.payload_type_table
            found = [kind_of.get(r, "") for r in table.get(payload_type, set())]
            kind = kinds[payload_type] = found[0] if found else "other"
        if kind == "video" and not marker:
            return  # not a frame's last packet
        if kind not in ("video", "audio"):
            return
        now = time.monotonic()
        received.frames[kind] += 1
        received.first_at.setdefault(kind, now)
        received.last_at[kind] = now

    # The transport calls self._handle_rtp_data for each unprotected RTP packet: the
    # instance's attribute is found before the class's method.
    setattr(transport, "_handle_rtp_data", handle)  # noqa: B010


class Viewer:
    def __init__(self, token: str, decodes: bool = True) -> None:
        self.token = token
        #: False: counts its frames at the packet level (``packets`` mode).
        self.decodes = decodes
        self.janus: JanusClient | None = None
        self.subscriber: JanusSubscriber | None = None
        self.ws: ClientConnection | None = None
        self.reader: asyncio.Task[None] | None = None
        self.heart: asyncio.Task[None] | None = None
        self.join_started = 0.0
        self.delivery: dict[str, list[int]] = {"qa": [], "chat": []}

    async def start(
        self, http: aiohttp.ClientSession, ws_url: str, event_id: int, chat_channel: str
    ) -> None:
        self.join_started = time.monotonic()
        joined = await call(http, self.token, f"/api/events/{event_id}/live/join")
        if joined["may_publish"] or joined["sfu"]["token"] is not None:
            raise RuntimeError("a viewer was given a publisher token")
        feeds = [s["account_id"] for s in joined["live"]["speakers"] if s["publishing"]]
        if not feeds:
            raise RuntimeError(f"nobody publishes: {joined['live']['speakers']}")
        self.janus = JanusClient(joined["sfu"]["url"])
        await self.janus.open()
        self.subscriber = JanusSubscriber(self.janus)
        await self.subscriber.subscribe(joined["sfu"]["room"], feeds[0], None)
        if not self.decodes:
            count_packets(self.subscriber)
        self.ws = await open_watcher(ws_url, self.token, (f"qa:{event_id}", chat_channel))
        self.reader = asyncio.create_task(self.read(self.ws))
        self.heart = asyncio.create_task(self.beat(self.ws))

    async def beat(self, ws: ClientConnection) -> None:
        """A ping every HEARTBEAT_S, as the page does: the server closes a socket that says
        nothing for its idle timeout (60 s)."""
        with contextlib.suppress(ConnectionClosed):
            for n in itertools.count():
                await asyncio.sleep(HEARTBEAT_S)
                await ws.send(encode_client_message(Ping(ref=f"p{n}")).decode())

    async def observe(self, ws_url: str, event_id: int, chat_channel: str) -> None:
        """Follow the Q&A and the chat only, with no media: the server's own delivery time,
        apart from a viewer process's load."""
        self.ws = await open_watcher(ws_url, self.token, (f"qa:{event_id}", chat_channel))
        self.reader = asyncio.create_task(self.read(self.ws))
        self.heart = asyncio.create_task(self.beat(self.ws))

    async def read(self, ws: ClientConnection) -> None:
        with contextlib.suppress(ConnectionClosed):
            async for frame in ws:
                message = decode_server_message(frame)
                if not isinstance(message, Event):
                    continue
                data = message.data
                if message.event == "question.asked":
                    self.note("qa", data.get("body"), QUESTION_MARK)
                elif message.event == "post.created":
                    post = data.get("post")
                    self.note(
                        "chat", post.get("body") if isinstance(post, dict) else None, CHAT_MARK
                    )

    def note(self, kind: str, body: object, mark: str) -> None:
        if isinstance(body, str) and body.startswith(mark):
            sent = int(body.removeprefix(mark).split()[0])
            self.delivery[kind].append(time.monotonic_ns() - sent)

    def frames(self) -> int:
        return self.subscriber.frames("video") if self.subscriber is not None else 0

    def first_frame_ms(self) -> float | None:
        if self.subscriber is None:
            return None
        at = self.subscriber.received.first_at.get("video")
        return None if at is None else round((at - self.join_started) * 1000, 1)

    async def close(self) -> None:
        if self.subscriber is not None:
            await self.subscriber.close()
        if self.janus is not None:
            await self.janus.close()
        if self.ws is not None:
            await self.ws.close()
        for task in (self.reader, self.heart):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task


async def lines() -> asyncio.StreamReader:
    reader = asyncio.StreamReader()
    loop = asyncio.get_running_loop()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    return reader


def say(kind: str, data: dict[str, Any]) -> None:
    print(f"{kind} {json.dumps(data)}", flush=True)


async def run(args: argparse.Namespace) -> None:
    gather_only(args.address)
    mode = "frames" if args.count_only else args.mode
    if mode == "frames":
        count_without_decoding()
    tokens = args.tokens.split(",")
    every = max(1, args.decode_every)
    viewers = [
        Viewer(token, mode != "packets" or (args.first_index + i) % every == 0)
        for i, token in enumerate(tokens)
    ]
    commands = await lines()
    errors: list[str] = []
    async with aiohttp.ClientSession(base_url=args.base) as http:
        for viewer in viewers:
            try:
                await viewer.start(http, args.ws, args.event, args.chat)
            except Exception as exc:  # counted, reported: one failed viewer is a finding
                errors.append(f"{type(exc).__name__}: {exc}"[:300])
            await asyncio.sleep(args.join_gap)
        await wait_until(lambda: min(v.frames() for v in viewers) >= FLOWING, args.timeout)
        say(
            "READY",
            {
                "first_frame_ms": [v.first_frame_ms() for v in viewers],
                "receiving": sum(v.frames() >= FLOWING for v in viewers),
                "errors": errors,
            },
        )
        while True:
            command = (await commands.readline()).decode().split()
            if not command or command[0] == "stop":
                break
            hold = float(command[1])
            for viewer in viewers:
                viewer.delivery = {"qa": [], "chat": []}
            before, cpu_before = [v.frames() for v in viewers], sample(os.getpid())
            await asyncio.sleep(hold)
            after, cpu_after = [v.frames() for v in viewers], sample(os.getpid())
            say(
                "RESULT",
                {
                    "fps": [round((a - b) / hold, 2) for a, b in zip(after, before, strict=True)],
                    "qa_ns": [ns for v in viewers for ns in v.delivery["qa"]],
                    "chat_ns": [ns for v in viewers for ns in v.delivery["chat"]],
                    "cpu_percent": cpu_percent(cpu_before, cpu_after),
                    "decoding": mode == "decode",
                    "mode": mode,
                    # Per viewer: it decoded every frame (False: counted them, not decoded).
                    "decoded": [
                        mode == "decode" or (mode == "packets" and v.decodes) for v in viewers
                    ],
                },
            )
        for viewer in viewers:
            await viewer.close()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m loadtest.webinar_viewers", description=__doc__)
    p.add_argument("--base", required=True)
    p.add_argument("--ws", required=True)
    p.add_argument("--event", type=int, required=True)
    p.add_argument("--chat", required=True, help="the space chat's channel")
    p.add_argument("--tokens", required=True, help="the viewers' session tokens, by commas")
    p.add_argument("--address", required=True, help="the one address peers gather")
    p.add_argument("--join-gap", type=float, default=0.05)
    p.add_argument("--timeout", type=float, default=60.0)
    p.add_argument("--count-only", action="store_true", help="the same as --mode frames")
    p.add_argument("--mode", choices=("decode", "frames", "packets"), default="decode")
    p.add_argument("--decode-every", type=int, default=10, help="packets: 1 in K decodes")
    p.add_argument("--first-index", type=int, default=0, help="the first viewer's index")
    asyncio.run(run(p.parse_args(argv)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
