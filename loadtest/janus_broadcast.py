"""Media through Janus (``python -m loadtest.janus_broadcast``): a teacher broadcasting to a
class through a real Janus VideoRoom, with a real `twinspace serve` brokering, and the mesh
baseline measured in the same run.

Janus gathers no ICE candidate on a loopback interface, so the run makes a private network
namespace (loadtest.netns: ``lo`` and a veth pair, both ends inside, nothing connected to the
outside) and runs itself again inside it (``--inside``): Janus (HTTP on the namespace's
127.0.0.1, ICE on the veth's address only), the server (SQLite, in-process broker) and every
aiortc peer (gathering that one address). The inner run prints progress on stderr and one
``RESULT {json}`` line on stdout; the outer run deletes the namespace, whatever happened.

Figures: join-to-first-frame (from a pupil's signalling ``join`` to its first decoded video
frame from the teacher; percentiles nearest-rank over every pupil of every round), Janus's CPU
from /proc over ``--hold`` seconds divided by the streams it forwards (one per pupil: the
teacher's video and audio), frames per second per stream, and the same for a mesh of
``--mesh-size`` (default: the server's mesh limit, 4). The machine is shared: the 1-minute
load average is printed with every figure. ``--moderation`` adds forced mute, removal and end
watches (the CI test, tests/test_video_janus_media.py, uses them).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from . import netns
from .janus_process import start_janus
from .janus_session import sfu_session
from .processes import free_port, start_ours, stop, wait_until_up
from .provision import provision
from .stats import percentiles
from .video import founder_token, one_session
from .webrtc_loopback import FPS, gather_only

RESULT = netns.RESULT
ROOT = Path(__file__).resolve().parent.parent
#: The server's default mesh limit: the largest session that stays peer to peer.
MESH_LIMIT = 4


def progress(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


async def inside(args: argparse.Namespace) -> dict[str, Any]:
    """The whole run, inside the namespace: Janus, the server, the sessions."""
    gather_only(args.address)
    sizes = [int(s) for s in args.sizes.split(",")]
    results: dict[str, Any] = {"mesh": [], "sfu": [], "load_start": os.getloadavg()[0]}
    # The outer run makes the folder and removes it, even if this process is killed.
    with (
        contextlib.nullcontext(args.folder)
        if args.folder
        else tempfile.TemporaryDirectory(prefix="tsl-janus-") as folder
    ):
        (Path(folder) / "janus").mkdir()
        janus = await start_janus(Path(folder) / "janus", args.interface, args.janus_debug)
        data_dir, port = Path(folder), free_port()
        os.environ.update(
            TWINSPACE_JANUS_URL=janus.url,
            TWINSPACE_JANUS_ADMIN_KEY=janus.admin_key,
            TWINSPACE_VIDEO_MESH_LIMIT=str(MESH_LIMIT),
        )
        server = start_ours(data_dir, port, "", "warning")
        results["pids"] = [janus.popen.pid, server.pid]
        try:
            await wait_until_up(server, port, "/readyz")
            database_url = f"sqlite+aiosqlite:///{data_dir / 'twinspace.sqlite3'}"
            provisioned = await provision(database_url, spaces=1, pupils_per_space=max(sizes))
            space = provisioned.spaces[0]
            teacher = await founder_token(database_url, space.space_id)
            base, ws_url = f"http://127.0.0.1:{port}", f"ws://127.0.0.1:{port}/ws"
            for _ in range(args.rounds):
                if args.mesh_size:
                    pupils = space.pupil_tokens[: args.mesh_size - 1]
                    mesh = await one_session(
                        base, ws_url, space.space_id, teacher, pupils, args.hold, server.pid
                    )
                    mesh["load"] = os.getloadavg()[0]
                    results["mesh"].append(mesh)
                    progress(mesh_line(mesh))
                for size in sizes:
                    sfu = await sfu_session(
                        base,
                        ws_url,
                        space.space_id,
                        teacher,
                        space.pupil_tokens[:size],
                        janus_pid=janus.popen.pid,
                        hold_s=args.hold,
                        timeout_s=args.timeout,
                        moderation=args.moderation,
                        join_gap_s=args.join_gap,
                    )
                    results["sfu"].append(sfu)
                    progress(sfu_line(sfu))
        except BaseException:
            server_log = (data_dir / "server.log").read_text(errors="replace")[-4000:]
            progress(f"janus log:\n{janus.log()}\nserver log:\n{server_log}")
            raise
        finally:
            stop(server)
            janus.stop()
    results["load_end"] = os.getloadavg()[0]
    return results


def mesh_line(result: dict[str, Any]) -> str:
    first = result["join_to_first_frame_ms"]
    return (
        f"mesh of {result['participants']}: {result['streams']} streams, first frame "
        f"p50 {first['p50']:.0f} ms p95 {first['p95']:.0f} ms (n={first['count']}), "
        f"{result['fps_per_stream']} fps/stream (sent {FPS}), peers "
        f"{result['peers_cpu_percent_per_stream']} % CPU per stream, load {result['load']:.1f}"
    )


def sfu_line(result: dict[str, Any]) -> str:
    first = result["join_to_first_frame_ms"]
    return (
        f"janus, teacher to {result['pupils']} pupils: all receiving "
        f"{result['all_pupils_receiving']}, first frame p50 {first['p50']:.0f} ms "
        f"p95 {first['p95']:.0f} ms (n={first['count']}), {result['fps_per_stream']} "
        f"fps/stream (sent {FPS}), janus {result['janus_cpu_percent']} % CPU = "
        f"{result['janus_cpu_percent_per_stream']} % per forwarded stream, peers "
        f"{result['peers_cpu_percent']} %, load {result['load_before']:.1f}-"
        f"{result['load_after']:.1f}"
    )


def summarize(results: dict[str, Any]) -> list[str]:
    """Percentiles over every round, per mode and size, and the SFU-to-mesh ratios."""
    lines = []
    mesh_samples = [s for r in results["mesh"] for s in r["samples_ns"]]
    mesh_first = percentiles(mesh_samples)
    mesh_cpu = sorted(r["peers_cpu_percent_per_stream"] for r in results["mesh"])
    if mesh_samples:
        lines.append(
            f"mesh of {results['mesh'][0]['participants']}, all rounds: first frame p50 "
            f"{mesh_first.p50:.0f} ms p95 {mesh_first.p95:.0f} ms (n={mesh_first.count}); "
            f"peers' CPU per stream median {mesh_cpu[len(mesh_cpu) // 2]} %"
        )
    by_size: dict[int, list[dict[str, Any]]] = {}
    for result in results["sfu"]:
        by_size.setdefault(result["pupils"], []).append(result)
    for size, rounds in sorted(by_size.items()):
        first = percentiles([s for r in rounds for s in r["samples_ns"]])
        cpu = sorted(r["janus_cpu_percent_per_stream"] for r in rounds)
        fps = sorted(r["fps_per_stream"] for r in rounds)
        held = all(r["all_pupils_receiving"] for r in rounds)
        line = (
            f"janus, 1 to {size}, all rounds: every pupil receiving {held}, first frame p50 "
            f"{first.p50:.0f} ms p95 {first.p95:.0f} ms (n={first.count}); fps/stream median "
            f"{fps[len(fps) // 2]}; janus CPU per forwarded stream median {cpu[len(cpu) // 2]} %"
        )
        if mesh_samples and mesh_first.p50 > 0:
            line += (
                f"; first frame vs mesh p50 x{first.p50 / mesh_first.p50:.2f} "
                f"p95 x{first.p95 / mesh_first.p95:.2f}"
            )
        if mesh_cpu and mesh_cpu[len(mesh_cpu) // 2] > 0:
            ratio = cpu[len(cpu) // 2] / mesh_cpu[len(mesh_cpu) // 2]
            line += f"; CPU per stream vs mesh peers x{ratio:.3f}"
        lines.append(line)
    lines.append(f"load average: start {results['load_start']:.1f}, end {results['load_end']:.1f}")
    return lines


def run_in_netns(argv: list[str], timeout_s: float, *, live: bool = False) -> dict[str, Any]:
    """Make a private namespace, run the inner benchmark in it with ``argv``, delete it.

    Raises RuntimeError (with the inner run's output) if it fails or prints no result, and
    subprocess.TimeoutExpired past ``timeout_s`` (what is left inside is killed either way)."""
    return netns.run_inside("loadtest.janus_broadcast", argv, timeout_s, live=live)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m loadtest.janus_broadcast", description=__doc__)
    p.add_argument("--sizes", default="30", help="pupils per SFU session, e.g. 10,30,50")
    p.add_argument("--rounds", type=int, default=3, help="rounds (a mesh and each SFU size)")
    p.add_argument("--hold", type=float, default=5.0, help="seconds each session is measured")
    p.add_argument("--mesh-size", type=int, default=MESH_LIMIT, help="mesh baseline; 0: none")
    p.add_argument("--timeout", type=float, default=60.0, help="seconds for media to flow")
    p.add_argument("--join-gap", type=float, default=0.0, help="seconds between pupils' joins")
    p.add_argument("--moderation", action="store_true", help="mute, remove and end watches")
    p.add_argument("--janus-debug", type=int, default=3, help="Janus debug level (7: all)")
    p.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--interface", default="t0", help=argparse.SUPPRESS)
    p.add_argument("--address", default=netns.ADDRESS, help=argparse.SUPPRESS)
    p.add_argument("--folder", default="", help=argparse.SUPPRESS)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.inside:
        results = asyncio.run(inside(args))
        print(RESULT + json.dumps(results), flush=True)
        return 0
    missing = netns.netns_missing()
    if missing is not None:
        print(missing, file=sys.stderr)
        return 2
    outer = [a for a in (argv if argv is not None else sys.argv[1:]) if a != "--inside"]
    started = time.monotonic()
    results = run_in_netns(outer, timeout_s=3600, live=True)
    for line in summarize(results):
        print(line)
    print(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
