"""Video benchmark (``python -m loadtest.video``): real aiortc peers in mesh sessions through
a real `twinspace serve` on loopback.

For each session size it starts a session, has every peer join the signalling one after the
other, and records, for every (receiver, sender) pair, the time from the later of the two
joins to the first video frame received: join-to-first-frame. It then holds the session for
``--hold`` seconds and reads the CPU time of the server and of this process (all the peers):
CPU per received stream, and whether every stream kept its frame rate. Percentiles are exact
nearest-rank (loadtest.stats). Timings are printed, never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp
from sqlalchemy import insert, select

from protocol.vocabulary import Role
from server.security import new_token, token_hash
from storage.database import create_engine
from storage.models import AuthSession, Membership

from .processes import free_port, start_ours, stop, wait_until_up
from .procstat import cpu_percent, sample
from .provision import provision
from .stats import percentiles
from .webrtc_loopback import FPS, Peer, wait_for_frames

FIRST_FRAME_TIMEOUT_S = 60.0


async def founder_token(database_url: str, space_id: int) -> str:
    """A session token for the space's founder (provision makes pupils' tokens only)."""
    engine = create_engine(database_url)
    try:
        async with engine.begin() as conn:
            founder = (
                await conn.execute(
                    select(Membership.account_id).where(
                        Membership.space_id == space_id, Membership.role == Role.FOUNDER
                    )
                )
            ).scalar_one()
            token, now = new_token(), dt.datetime.now(dt.UTC)
            await conn.execute(
                insert(AuthSession).values(
                    token_hash=token_hash(token),
                    csrf_hash=token_hash(new_token()),
                    account_id=founder,
                    created_at=now,
                    expires_at=now + dt.timedelta(hours=2),
                )
            )
        return token
    finally:
        await engine.dispose()


async def call(
    http: aiohttp.ClientSession, token: str, path: str, body: object = None
) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}"}
    async with http.post(path, json=body, headers=headers) as response:
        if response.status >= 300:
            raise RuntimeError(f"{path}: {response.status} {await response.text()}")
        answer: dict[str, Any] = await response.json() if response.content_length else {}
        return answer


async def one_session(
    base: str, ws_url: str, space_id: int, teacher: str, pupils: list[str], hold_s: float, pid: int
) -> dict[str, Any]:
    async with aiohttp.ClientSession(base_url=base) as http:
        started = await call(http, teacher, f"/api/spaces/{space_id}/video-sessions", {})
        session = started["session"]
        path = f"/api/spaces/{space_id}/video-sessions/{session['id']}"
        peers: list[Peer] = []
        try:
            for token in [teacher, *pupils]:
                if token != teacher:
                    await call(http, token, f"{path}/join")
                peer = Peer(ws_url, token, session["channel"])
                peers.append(peer)
                await peer.connect()
                await peer.join()
            ids = [p.id for p in peers]
            flowing = await wait_for_frames(peers, ids, 1, FIRST_FRAME_TIMEOUT_S)
            samples = [
                int((r.received[s.id].first_at["video"] - max(r.joined_at, s.joined_at)) * 1e9)
                for r in peers
                for s in peers
                if s is not r and "video" in r.received[s.id].first_at
            ]
            before = {"server": sample(pid), "peers": sample(os.getpid())}
            counts = sum(r.frames_from(s.id) for r in peers for s in peers if s is not r)
            await asyncio.sleep(hold_s)
            after = {"server": sample(pid), "peers": sample(os.getpid())}
            received = sum(r.frames_from(s.id) for r in peers for s in peers if s is not r) - counts
            streams = len(peers) * (len(peers) - 1)
            return {
                "participants": len(peers),
                "all_streams_flowing": flowing,
                "join_to_first_frame_ms": percentiles(samples).as_dict(),
                "samples_ns": samples,
                "streams": streams,
                "fps_per_stream": round(received / streams / hold_s, 2),
                "server_cpu_percent": cpu_percent(before["server"], after["server"]),
                "peers_cpu_percent": cpu_percent(before["peers"], after["peers"]),
                "peers_cpu_percent_per_stream": round(
                    cpu_percent(before["peers"], after["peers"]) / streams, 2
                ),
            }
        finally:
            await call(http, teacher, f"{path}/end")
            for peer in peers:
                await peer.close()


async def run(sizes: list[int], rounds: int, hold_s: float) -> list[dict[str, Any]]:
    results = []
    with tempfile.TemporaryDirectory(prefix="tsl-video-") as folder:
        data_dir, port = Path(folder), free_port()
        os.environ["TWINSPACE_VIDEO_MESH_LIMIT"] = str(max(sizes))
        server = start_ours(data_dir, port, "", "warning")
        try:
            await wait_until_up(server, port, "/readyz")
            database_url = f"sqlite+aiosqlite:///{data_dir / 'twinspace.sqlite3'}"
            provisioned = await provision(database_url, spaces=1, pupils_per_space=max(sizes))
            space = provisioned.spaces[0]
            teacher = await founder_token(database_url, space.space_id)
            base, ws_url = f"http://127.0.0.1:{port}", f"ws://127.0.0.1:{port}/ws"
            for size in sizes:
                for _ in range(rounds):
                    result = await one_session(
                        base,
                        ws_url,
                        space.space_id,
                        teacher,
                        space.pupil_tokens[: size - 1],
                        hold_s,
                        server.pid,
                    )
                    results.append(result)
                    print_result(result)
        finally:
            stop(server)
    return results


def print_result(result: dict[str, Any]) -> None:
    first = result["join_to_first_frame_ms"]
    print(
        f"mesh of {result['participants']}: {result['streams']} streams, "
        f"first frame p50 {first['p50']:.0f} ms p95 {first['p95']:.0f} ms "
        f"(n={first['count']}), {result['fps_per_stream']} fps/stream (sent {FPS}), "
        f"server {result['server_cpu_percent']} % CPU, peers {result['peers_cpu_percent']} % "
        f"({result['peers_cpu_percent_per_stream']} % per stream)",
        flush=True,
    )


def summarize(results: list[dict[str, Any]]) -> None:
    """Join-to-first-frame over every pair of every round, per session size."""
    by_size: dict[int, list[int]] = {}
    for result in results:
        by_size.setdefault(result["participants"], []).extend(result["samples_ns"])
    for size, values in sorted(by_size.items()):
        first = percentiles(values)
        print(
            f"mesh of {size}, all rounds: join-to-first-frame p50 {first.p50:.0f} ms, "
            f"p95 {first.p95:.0f} ms, max {first.max:.0f} ms (n={first.count})"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m loadtest.video", description=__doc__)
    parser.add_argument("--sizes", default="2,3,4", help="participants per session, e.g. 2,3,4")
    parser.add_argument("--rounds", type=int, default=3, help="sessions per size")
    parser.add_argument("--hold", type=float, default=5.0, help="seconds to hold each session")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    started = time.monotonic()
    results = asyncio.run(run(sizes, args.rounds, args.hold))
    summarize(results)
    print(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
