"""The server's own check that a session's media really flows through the SFU: it joins the
session's Janus room with the server's token (never a participant's), subscribes to every
publisher with aiortc, and counts the frames it decodes over a few seconds.

A client can claim anything about its media; this asks Janus for what it actually forwards.
``twinspace video-probe ROOM`` runs it (exit status 1 when a publisher sends no video).
aiortc is imported here only: the server proper never loads it.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import defaultdict
from typing import Any

from aiortc import (
    MediaStreamTrack,
    RTCBundlePolicy,
    RTCConfiguration,
    RTCPeerConnection,
    RTCSessionDescription,
)
from aiortc.mediastreams import MediaStreamError

from .janus import JanusSfu
from .janus_client import JanusClient

#: Seconds the probe counts frames by default (a keyframe may take a second to come).
PROBE_S = 3.0
#: Janus bundles every m-line on one ICE transport; aiortc must too. No STUN: the probe runs
#: next to Janus (same host or private network), where host candidates reach it.
CONFIGURATION = RTCConfiguration(iceServers=[], bundlePolicy=RTCBundlePolicy.MAX_BUNDLE)


async def count(track: MediaStreamTrack, tally: dict[str, int]) -> None:
    with contextlib.suppress(MediaStreamError):
        while True:
            await track.recv()
            tally[track.kind] += 1


async def probe_room(
    sfu: JanusSfu, room: int, seconds: float = PROBE_S
) -> dict[int, dict[str, int]]:
    """Frames decoded per publisher of ``room`` (``{"video": n, "audio": m}``) over
    ``seconds``, counted from each subscription's start; {} for a room nobody publishes in.
    Raises JanusError if Janus refuses or cannot be reached."""
    client = JanusClient(sfu.admin_url)
    token = sfu.admin_token(room)
    pcs: list[RTCPeerConnection] = []
    tasks: set[asyncio.Task[None]] = set()
    tallies: dict[int, dict[str, int]] = {}
    try:
        await client.open()
        handle = await client.attach()
        join = {"request": "join", "ptype": "publisher", "room": room, "token": token}
        joined = await client.ask(handle, {**join, "display": "server probe"})
        data: dict[str, Any] = joined["plugindata"]["data"]
        for publisher in data.get("publishers", []):
            feed = int(publisher["id"])
            tally = tallies[feed] = defaultdict(int)
            pc = RTCPeerConnection(CONFIGURATION)
            pcs.append(pc)

            @pc.on("track")
            def on_track(track: MediaStreamTrack, tally: dict[str, int] = tally) -> None:
                tasks.add(asyncio.create_task(count(track, tally)))

            subscribe = {
                "request": "join",
                "ptype": "subscriber",
                "room": room,
                "streams": [{"feed": feed}],
                "token": token,
                "private_id": data["private_id"],
            }
            subscriber = await client.attach()
            offer = (await client.ask(subscriber, subscribe))["jsep"]
            await pc.setRemoteDescription(RTCSessionDescription(offer["sdp"], offer["type"]))
            await pc.setLocalDescription(await pc.createAnswer())
            answer = {"type": "answer", "sdp": pc.localDescription.sdp}
            await client.ask(subscriber, {"request": "start"}, answer)
        await asyncio.sleep(seconds)
        return {feed: dict(tally) for feed, tally in tallies.items()}
    finally:
        for pc in pcs:
            await pc.close()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await client.close()
