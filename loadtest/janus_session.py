"""One classroom session through Janus, as real participants do it: each takes a place with
``POST .../join`` (the session switches to the SFU past the mesh limit, and ``JoinedVideo.sfu``
says where), joins the signalling over the WebSocket (``welcome.mode`` is ``sfu``), then joins
the Janus room with its own token. The teacher publishes; every pupil subscribes.

Runs where Janus can carry media (inside a private network namespace, loadtest.netns). It
counts frames and reads CPU from /proc; it never asserts: the caller (a test or the benchmark)
judges the numbers it returns.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp

from .janus_peer import JanusParticipant
from .procstat import cpu_percent, sample
from .stats import percentiles
from .video import call
from .webrtc_loopback import Peer

#: Video frames every pupil must get from the teacher to count as receiving.
FLOWING = 5
#: Seconds frames are counted after a moderation action: twice the one-second bound, so a
#: subscriber still receiving gets about 2 * FPS video frames (50 audio frames a second).
WATCH_S = 2.0


@dataclass
class Member:
    """A participant: its signalling connection and its place in the Janus room."""

    peer: Peer
    janus: JanusParticipant
    #: When it published ``join`` on the signalling (join-to-first-frame starts here).
    joined_at: float

    @property
    def id(self) -> int:
        return self.janus.id


async def enter(
    http: aiohttp.ClientSession, ws_url: str, token: str, path: str, channel: str, display: str
) -> Member:
    """Take a place (idempotent), join the signalling, join the Janus room."""
    joined = await call(http, token, f"{path}/join")
    access = joined["sfu"]
    if access is None:
        raise RuntimeError(f"{display}: the session is not in SFU mode: {joined['session']}")
    peer = Peer(ws_url, token, channel, send_media=False)
    await peer.connect()
    welcome = await peer.join()
    if welcome.data.get("mode") != "sfu":
        raise RuntimeError(f"{display}: the welcome says mode {welcome.data.get('mode')}")
    janus = JanusParticipant(access["url"], access["room"], access["publisher_id"], access["token"])
    member = Member(peer, janus, peer.joined_at)
    await janus.join(display)
    return member


async def wait_until(condition: Callable[[], bool], within_s: float) -> bool:
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        if condition():
            return True
        await asyncio.sleep(0.05)
    return condition()


def frames(receivers: list[Member], feed: Member, kind: str = "video") -> list[int]:
    return [r.janus.frames_from(feed.id, kind) for r in receivers]


async def watch(pairs: dict[str, tuple[list[Member], Member, str]]) -> dict[str, list[int]]:
    """Frames each receiver gets from a feed over WATCH_S, per named (receivers, feed, kind)."""
    before = {name: frames(r, feed, kind) for name, (r, feed, kind) in pairs.items()}
    await asyncio.sleep(WATCH_S)
    return {
        name: [a - b for a, b in zip(frames(r, feed, kind), before[name], strict=True)]
        for name, (r, feed, kind) in pairs.items()
    }


async def probe_media(room: int) -> dict[str, Any]:
    """The server's media probe (``twinspace video-probe``, reading the Janus settings from
    the environment) on the room: its exit status and the frames it counted per publisher."""
    process = await asyncio.create_subprocess_exec(
        str(Path(sys.executable).parent / "twinspace"),
        "video-probe",
        str(room),
        "--seconds",
        str(WATCH_S),
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await process.communicate()
    tallies = json.loads(out) if out.strip() else {}
    return {"exit": process.returncode, "tallies": tallies}


async def moderate(
    http: aiohttp.ClientSession,
    teacher_token: str,
    path: str,
    teacher: Member,
    pupils: list[Member],
    timeout_s: float,
) -> dict[str, Any]:
    """Forced mute, removal and end, each with a watch of what still reaches whom.

    A presenting pupil publishes too and three classmates watch it; nobody hangs up by
    itself, so whatever stops is stopped by the server through Janus."""
    presenter, watchers, quiet = pupils[0], pupils[1:4], pupils[-1]
    others = pupils[1:-1]
    await presenter.janus.publish()
    for watcher in watchers:
        await watcher.janus.subscribe(presenter.id)
    presenting = await wait_until(
        lambda: (
            min(frames(watchers, presenter, "audio")) >= FLOWING
            and min(frames(watchers, presenter)) >= FLOWING
        ),
        timeout_s,
    )
    probe = await probe_media(teacher.janus.room)
    mute = f"{path}/participants/{presenter.id}/mute"
    await call(http, teacher_token, mute, {"muted": True})
    muted = await watch(
        {
            "presenter_audio": (watchers, presenter, "audio"),
            "presenter_video": (watchers, presenter, "video"),
            "teacher_audio": (watchers, teacher, "audio"),
        }
    )
    await call(http, teacher_token, mute, {"muted": False})
    unmuted = await watch({"presenter_audio": (watchers, presenter, "audio")})
    for member in (presenter, quiet):
        await call(http, teacher_token, f"{path}/participants/{member.id}/remove", {})
    removed = await watch(
        {
            "presenter_video_to_watchers": (watchers, presenter, "video"),
            "presenter_audio_to_watchers": (watchers, presenter, "audio"),
            "teacher_video_to_presenter": ([presenter], teacher, "video"),
            "teacher_video_to_quiet": ([quiet], teacher, "video"),
            "teacher_video_to_others": (others, teacher, "video"),
        }
    )
    await call(http, teacher_token, f"{path}/end")
    ended = await watch({"teacher_video_to_others": (others, teacher, "video")})
    return {
        "presenting": presenting,
        "probe": probe,
        "watch_s": WATCH_S,
        "muted": muted,
        "unmuted": unmuted,
        "removed": removed,
        "ended": ended,
    }


async def sfu_session(
    base: str,
    ws_url: str,
    space_id: int,
    teacher_token: str,
    pupil_tokens: list[str],
    *,
    janus_pid: int,
    hold_s: float,
    timeout_s: float,
    moderation: bool,
    join_gap_s: float = 0.0,
) -> dict[str, Any]:
    """Teacher broadcasting to every pupil through Janus; figures, and optionally the
    moderation watches (which end the session). Pupils join one after the other, ``join_gap_s``
    apart (0: a class arriving at once)."""
    load_before = os.getloadavg()[0]
    async with aiohttp.ClientSession(base_url=base) as http:
        started = await call(http, teacher_token, f"/api/spaces/{space_id}/video-sessions", {})
        session = started["session"]
        path = f"/api/spaces/{space_id}/video-sessions/{session['id']}"
        channel = session["channel"]
        members: list[Member] = []
        ended = False
        try:
            # Everyone takes a place first: the session switches to the SFU past the limit.
            for token in pupil_tokens:
                await call(http, token, f"{path}/join")
            teacher = await enter(http, ws_url, teacher_token, path, channel, "teacher")
            members.append(teacher)
            await teacher.janus.publish()
            pupils: list[Member] = []
            for index, token in enumerate(pupil_tokens):
                pupil = await enter(http, ws_url, token, path, channel, f"pupil {index}")
                members.append(pupil)
                pupils.append(pupil)
                await pupil.janus.subscribe(teacher.id)
                await asyncio.sleep(join_gap_s)
            flowing = await wait_until(lambda: min(frames(pupils, teacher)) >= FLOWING, timeout_s)
            samples = [
                int((at - p.joined_at) * 1e9)
                for p in pupils
                if (at := p.janus.first_frame_at(teacher.id)) is not None
            ]
            before = {"janus": sample(janus_pid), "peers": sample(os.getpid())}
            counted = sum(frames(pupils, teacher))
            await asyncio.sleep(hold_s)
            after = {"janus": sample(janus_pid), "peers": sample(os.getpid())}
            received = sum(frames(pupils, teacher)) - counted
            janus_cpu = cpu_percent(before["janus"], after["janus"])
            peers_cpu = cpu_percent(before["peers"], after["peers"])
            result: dict[str, Any] = {
                "pupils": len(pupils),
                "all_pupils_receiving": flowing,
                "video_frames_per_pupil": frames(pupils, teacher),
                "join_to_first_frame_ms": percentiles(samples).as_dict(),
                "samples_ns": samples,
                "forwarded_streams": len(pupils),
                "fps_per_stream": round(received / len(pupils) / hold_s, 2),
                "janus_cpu_percent": janus_cpu,
                "janus_cpu_percent_per_stream": round(janus_cpu / len(pupils), 3),
                "peers_cpu_percent": peers_cpu,
                "load_before": load_before,
                "load_after": os.getloadavg()[0],
            }
            if moderation:
                result["moderation"] = await moderate(
                    http, teacher_token, path, teacher, pupils, timeout_s
                )
                ended = True
            return result
        finally:
            if not ended:
                await call(http, teacher_token, f"{path}/end")
            for member in members:
                await member.janus.close()
                await member.peer.close()
