"""The classroom scenario's video: K pupils of a classroom join its video session as real
aiortc peers (:mod:`loadtest.webrtc_loopback`: 127.0.0.1 candidates only, no STUN or TURN)
and send each other small synthetic frames until the load phase ends.

The session is the one the teacher starts for the chat (:mod:`loadtest.classroom_chat`); its
first ``video_peers`` admitted pupils join the signalling one after the other, and each
newcomer offers to those already there (a mesh). Measured, for every ordered pair (receiver,
sender): **time to first frame**, from the later of the two joins (the ``join`` publish) to
the first decoded video frame, as :mod:`loadtest.video` measures it; and the frames received
per stream per second while the session holds.

Bounded in count and time: only the first ``video_classrooms()`` classrooms get peers (at
most ``video_max_peers`` in the run), a stream without a frame after
``video_first_frame_timeout`` seconds is counted as such, and every peer closes at the end of
the load phase.
"""

from __future__ import annotations

import asyncio
import time

from websockets.exceptions import WebSocketException

from .classroom_chat import ChatRoom
from .classroom_config import Knobs
from .classroom_tally import Tally, record
from .webrtc_loopback import Peer

#: Seconds between two looks at whether every stream has shown its first frame.
POLL_S = 0.1


class VideoRoom:
    """One classroom's video peers inside one worker."""

    def __init__(self, chat: ChatRoom, knobs: Knobs, tally: Tally, ws_url: str) -> None:
        self.chat = chat
        self.knobs = knobs
        self.tally = tally
        self.ws_url = ws_url
        self.peers: list[Peer] = []

    def pairs(self) -> list[tuple[Peer, Peer]]:
        return [(r, s) for r in self.peers for s in self.peers if r is not s]

    def first_frame(self, receiver: Peer, sender: Peer) -> float | None:
        received = receiver.received.get(sender.id)
        return received.first_at.get("video") if received is not None else None

    def frames(self) -> int:
        return sum(r.frames_from(s.id) for r, s in self.pairs())

    async def join_all(self) -> None:
        knobs = self.knobs
        members = self.chat.inside[: knobs.video_peers]
        if len(members) < knobs.video_peers:
            # A mesh session without an SFU admits mesh_limit people, the teacher included.
            self.tally.errors[f"video: {len(members)} of {knobs.video_peers} pupils admitted"] += 1
        size = (knobs.video_width, knobs.video_height, knobs.video_fps)
        for member in members:
            channel = self.chat.session_channel
            peer = Peer(self.ws_url, member.token, channel, video=size, audio=knobs.video_audio)
            self.peers.append(peer)
            await peer.connect()
            await peer.join()
        self.tally.video_peers += len(self.peers)

    async def wait_for_first_frames(self, deadline: float) -> None:
        """Until every stream showed a frame, the timeout, or the end of the load phase;
        then each stream's time to first frame (or its absence) is recorded."""
        timeout_at = time.monotonic() + self.knobs.video_first_frame_timeout
        limit = min(deadline, timeout_at)
        pairs = self.pairs()
        while time.monotonic() < limit:
            if all(self.first_frame(r, s) is not None for r, s in pairs):
                break
            await asyncio.sleep(POLL_S)
        self.tally.video_streams += len(pairs)
        for receiver, sender in pairs:
            first = self.first_frame(receiver, sender)
            if first is None:
                self.tally.video_no_frame += 1
                self.tally.video_cut_short += 1 if deadline < timeout_at else 0
            else:
                joined = max(receiver.joined_at, sender.joined_at)
                record(self.tally.histograms["video_first_frame"], first - joined)

    async def run(self, deadline: float) -> None:
        """Join, time the first frames, hold the session until ``deadline``, close."""
        await self.chat.ready.wait()
        if not self.chat.session_channel:
            return  # the session did not start: the chat counted why
        try:
            await self.join_all()
            if len(self.peers) < 2:
                return
            await self.wait_for_first_frames(deadline)
            before, since = self.frames(), time.monotonic()
            await asyncio.sleep(max(0.0, deadline - since))
            held_s = time.monotonic() - since
            self.tally.video_frames += self.frames() - before
            self.tally.video_stream_ms += round(len(self.pairs()) * held_s * 1000)
        except (OSError, TimeoutError, WebSocketException, RuntimeError, KeyError) as exc:
            self.tally.errors[f"video: {type(exc).__name__} {exc}"[:120].rstrip()] += 1
        finally:
            await self.close()

    async def close(self) -> None:
        peers, self.peers = self.peers, []
        for peer in peers:
            await peer.close()
