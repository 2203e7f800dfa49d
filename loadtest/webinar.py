"""A webinar through Janus (``python -m loadtest.webinar``): one speaker publishing 160x120 VP8
at 10 fps plus Opus, N subscribe-only viewers spread over several processes, the Q&A at one
question a second and the chat at five messages a second, all through a real `twinspace serve`.

Like loadtest.janus_broadcast it runs itself again inside a private network namespace
(loadtest.netns; Janus gathers nothing on a loopback interface): Janus, the server (SQLite,
in-process broker), the speaker and ``--workers`` viewer processes (loadtest.webinar_viewers),
so that the viewers' decoding, not one test process, is what runs out. How the viewers
receive (``--mode``; each run's report says which, and how many viewers decoded):

* ``frames``: the first viewer process decodes every frame (the sample); the others count
  each frame that arrives whole (aiortc's jitter buffer assembled it) without decoding it.
* ``packets``: 1 viewer in ``--decode-every`` (10), spread over every process, decodes every
  frame (the sample); the others count video frames at the packet level (an RTP packet with
  the marker bit, read from its header after SRTP: no jitter buffer, no depacketizing, no
  decoder). Janus sends them every packet all the same: its side of the work is whole.
* ``decode`` (``--decode-all``): every viewer decodes every frame.
* ``auto`` (the default): ``frames`` up to 100 viewers, ``packets`` above (where the
  viewers' own processes, decoding, were the limit on a 2-core machine).

``--search`` then tries larger audiences (``--search-step`` more each time, up to
``--search-max``) while every viewer of the last run held the full frame rate: the largest
N at full rate is the last such run.

For each N: the organiser (a twinspace's founder; the viewers are its pupils, each registered)
starts the event's session, the speaker publishes, the viewers join one after the other
(``--join-gap``), and once all receive, the run measures over ``--hold`` seconds: frames a
second per viewer, Janus's and the server's CPU (from /proc), the viewers' processes' CPU,
and the delivery of every question and chat message to every viewer (from the POST to the
viewer's socket). Join-to-first-frame is from a viewer's ``POST .../live/join`` to its first
video frame. ``--stage`` adds the stage checks (the CI test, tests/test_webinar_media.py): a
viewer promoted publishes and reaches two others, and returned, its media stops.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import itertools
import json
import math
import os
import sys
import time
from pathlib import Path
from typing import Any

import aiohttp

from . import netns
from .janus_peer import JanusClient, JanusPublisher, JanusSubscriber
from .janus_process import start_janus
from .janus_session import FLOWING, WATCH_S, wait_until
from .processes import free_port, start_ours, stop, wait_until_up
from .procstat import cpu_percent, sample
from .provision import provision
from .stats import percentiles
from .video import call, founder_token
from .webinar_viewers import CHAT_MARK, QUESTION_MARK, Viewer
from .webrtc_loopback import FPS, gather_only

RESULT = netns.RESULT
#: ``--mode auto``: ``frames`` up to this many viewers, ``packets`` above.
AUTO_PACKETS_ABOVE = 100
#: What a run's viewers that do not decode count, for its report line.
COUNTED = {
    "decode": "nothing",
    "frames": "whole frames, not decoded",
    "packets": "frames from RTP headers (marker bit), not assembled nor decoded",
}
ROOT = Path(__file__).resolve().parent.parent
QUESTIONS_PER_S, CHAT_PER_S = 1.0, 5.0
#: The stage checks' pupils: one promoted, two watching.
STAGE_CHECKERS = 3
#: Pupils beside the audience: the stage checks' and the Q&A's and chat's senders, enough of
#: them that CHAT_PER_S stays within the chat's 30 messages a minute per member
#: (server/forum_limits.py) with room to spare: with three, the sizes of one run that follow
#: each other within a minute were refused (429) from the second on, and 200 viewers had no
#: chat figure at all.
EXTRA = max(STAGE_CHECKERS, math.ceil(CHAT_PER_S * 60 / 30) * 2)


def progress(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


async def get(http: aiohttp.ClientSession, token: str, path: str) -> dict[str, Any]:
    async with http.get(path, headers={"Authorization": f"Bearer {token}"}) as response:
        response.raise_for_status()
        answer: dict[str, Any] = await response.json()
        return answer


class Workers:
    """The audience's processes, driven over their stdin and stdout."""

    def __init__(self) -> None:
        self.processes: list[asyncio.subprocess.Process] = []

    async def start(
        self, argv: list[str], groups: list[list[str]], mode: str, decode_every: int
    ) -> None:
        first = 0
        for index, tokens in enumerate(groups):
            own = mode
            if mode == "frames" and index == 0:
                own = "decode"  # the sample: the first process decodes every frame
            extra = [
                f"--mode={own}",
                f"--decode-every={decode_every}",
                f"--first-index={first}",
            ]
            first += len(tokens)
            self.processes.append(
                await asyncio.create_subprocess_exec(
                    sys.executable,
                    "-m",
                    "loadtest.webinar_viewers",
                    *argv,
                    # One argument: a token may start with "-" (URL-safe base64).
                    f"--tokens={','.join(tokens)}",
                    *extra,
                    stdin=asyncio.subprocess.PIPE,
                    stdout=asyncio.subprocess.PIPE,
                    cwd=ROOT,
                )
            )

    async def read(self, kind: str, within_s: float) -> list[dict[str, Any]]:
        async def one(process: asyncio.subprocess.Process) -> dict[str, Any]:
            if process.stdout is None:
                raise RuntimeError("a viewer process has no stdout")
            while True:
                line = (await process.stdout.readline()).decode()
                if not line:
                    raise RuntimeError(f"a viewer process ended (exit {process.returncode})")
                if line.startswith(kind + " "):
                    answer: dict[str, Any] = json.loads(line[len(kind) + 1 :])
                    return answer

        async with asyncio.timeout(within_s):
            return list(await asyncio.gather(*(one(p) for p in self.processes)))

    async def tell(self, command: str) -> None:
        for process in self.processes:
            if process.stdin is not None:
                process.stdin.write(f"{command}\n".encode())
                await process.stdin.drain()

    async def stop(self) -> None:
        with contextlib.suppress(Exception):
            await self.tell("stop")
        for process in self.processes:
            try:
                async with asyncio.timeout(20):
                    await process.wait()
            except TimeoutError:
                process.kill()
                await process.wait()
            if process.stdin is not None:
                process.stdin.close()
        self.processes = []


async def traffic(
    http: aiohttp.ClientSession, event_id: int, chat_path: str, senders: list[str]
) -> dict[str, int]:
    """Questions at QUESTIONS_PER_S and chat at CHAT_PER_S until cancelled, each stamped
    with its send time; the counts sent (a refused POST is counted apart)."""
    sent = {"questions": 0, "chat": 0, "refused": 0}
    rotation = itertools.cycle(senders)
    tick, n = 1.0 / CHAT_PER_S, 0
    try:
        while True:
            n += 1
            token = next(rotation)
            stamp = f"{time.monotonic_ns()} {n}"
            try:
                if n % int(CHAT_PER_S / QUESTIONS_PER_S) == 0:
                    body = {"body": QUESTION_MARK + stamp}
                    await call(http, token, f"/api/events/{event_id}/questions", body)
                    sent["questions"] += 1
                # Unique per event: a client id seen before is a retry (the same message).
                client_id = f"load-chat-{event_id}-{n:06d}"
                body = {"body": CHAT_MARK + stamp, "client_id": client_id}
                await call(http, token, chat_path, body)
                sent["chat"] += 1
            except RuntimeError as exc:
                sent["refused"] += 1
                if sent["refused"] == 1:
                    progress(f"refused: {exc}")
            await asyncio.sleep(tick)
    except asyncio.CancelledError:
        return sent


async def stage_checks(
    http: aiohttp.ClientSession,
    ws_url: str,
    organiser: str,
    event_id: int,
    chat_channel: str,
    tokens: list[str],
    timeout_s: float,
) -> dict[str, Any]:
    """A viewer receives the speaker without publishing; one promoted publishes and reaches
    the other two; returned, its media stops at Janus (its client never hangs up)."""
    base = f"/api/events/{event_id}"
    promoted_token, *watcher_tokens = tokens
    watchers = [Viewer(token) for token in watcher_tokens]
    for watcher in watchers:
        await watcher.start(http, ws_url, event_id, chat_channel)
    speaker_flowing = await wait_until(
        lambda: min(w.frames() for w in watchers) >= FLOWING, timeout_s
    )
    me = await get(http, promoted_token, "/api/me")
    await call(http, promoted_token, base + "/live/hand", {"raised": True})
    await call(http, organiser, f"{base}/live/stage/{me['id']}", {"on_stage": True})
    joined = await call(http, promoted_token, base + "/live/join")
    access = joined["sfu"]
    client = JanusClient(access["url"])
    await client.open()
    publisher = JanusPublisher(client)
    feeds: list[JanusSubscriber] = []
    try:
        await publisher.publish(access["room"], access["publisher_id"], access["token"], "promoted")
        await call(http, promoted_token, base + "/live/publishing", {"publishing": True})
        for watcher in watchers:
            if watcher.janus is None:
                raise RuntimeError("a stage watcher has no Janus session")
            feed = JanusSubscriber(watcher.janus)
            await feed.subscribe(access["room"], access["publisher_id"], None)
            feeds.append(feed)
        reaching = await wait_until(lambda: min(f.frames() for f in feeds) >= FLOWING, timeout_s)
        before = [f.frames() for f in feeds]
        speaker_before = [w.frames() for w in watchers]
        await call(http, organiser, f"{base}/live/stage/{me['id']}", {"on_stage": False})
        await asyncio.sleep(WATCH_S)
        return {
            "speaker_reaches_viewers": speaker_flowing,
            "promoted_reaches_viewers": reaching,
            "promoted_frames_before_return": before,
            "promoted_frames_after_return": [
                f.frames() - b for f, b in zip(feeds, before, strict=True)
            ],
            "speaker_frames_after_return": [
                w.frames() - b for w, b in zip(watchers, speaker_before, strict=True)
            ],
            "watch_s": WATCH_S,
        }
    finally:
        for feed in feeds:
            await feed.close()
        await publisher.close()
        await client.close()
        for watcher in watchers:
            await watcher.close()


async def record_checks(base: str, organiser: str, hold_s: float) -> dict[str, Any]:
    """An event for every eTwinner (recordable): the speaker publishes while the organiser
    records ``hold_s`` seconds; the files the server makes of it, as the audience gets them."""
    async with aiohttp.ClientSession(base_url=base) as http:
        starts = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=2)
        body = {
            "title": "Recorded webinar",
            "language": "en",
            "starts_at": starts.isoformat(),
            "duration_minutes": 60,
            "capacity": 10,
        }
        event_id = (await call(http, organiser, "/api/events", body))["id"]
        path = f"/api/events/{event_id}"
        await asyncio.sleep(max(0.0, (starts - dt.datetime.now(dt.UTC)).total_seconds() + 0.2))
        access = (await call(http, organiser, path + "/live"))["sfu"]
        client = JanusClient(access["url"])
        await client.open()
        speaker = JanusPublisher(client)
        try:
            await speaker.publish(access["room"], access["publisher_id"], access["token"], "rec")
            await asyncio.sleep(1.0)
            notice = await call(http, organiser, path + "/live/recording", {"recording": True})
            await asyncio.sleep(hold_s)
            await call(http, organiser, path + "/live/recording", {"recording": False})
        finally:
            await speaker.close()
            await client.close()
        await call(http, organiser, path + "/live/end")
        listed: list[dict[str, Any]] = []
        deadline = time.monotonic() + 60
        while len(listed) < 2 and time.monotonic() < deadline:
            async with http.get(
                path + "/recordings", headers={"Authorization": f"Bearer {organiser}"}
            ) as response:
                listed = await response.json()
            await asyncio.sleep(0.5)
        heads = {}
        for item in listed:
            async with http.get(
                f"{path}/recordings/{item['id']}", headers={"Authorization": f"Bearer {organiser}"}
            ) as response:
                data = await response.read()
                heads[item["kind"]] = {
                    "status": response.status,
                    "content_type": response.headers.get("Content-Type"),
                    "size": len(data),
                    "magic": data[:4].hex(),
                }
        return {"notice": notice["recording"], "recordings": listed, "downloads": heads}


async def one_webinar(
    args: argparse.Namespace,
    base: str,
    ws_url: str,
    address: str,
    space_id: int,
    organiser: str,
    audience: list[str],
    extra: list[str],
    pids: dict[str, int],
) -> dict[str, Any]:
    load_before = os.getloadavg()[0]
    async with aiohttp.ClientSession(base_url=base) as http:
        starts = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=2)
        body = {
            "title": f"Webinar for {len(audience)}",
            "language": "en",
            "starts_at": starts.isoformat(),
            "duration_minutes": 60,
            "capacity": len(audience) + len(extra),
            "audience": "twinspace",
            "space_id": space_id,
        }
        event_id = (await call(http, organiser, "/api/events", body))["id"]
        for token in [*audience, *extra]:
            await call(http, token, f"/api/events/{event_id}/registration")
        await asyncio.sleep(max(0.0, (starts - dt.datetime.now(dt.UTC)).total_seconds() + 0.2))
        started = await call(http, organiser, f"/api/events/{event_id}/live")
        access = started["sfu"]
        chat = await get(http, organiser, f"/api/spaces/{space_id}/chat")
        chat_path = f"/api/spaces/{space_id}/chats/{chat['id']}/messages"
        client = JanusClient(access["url"])
        await client.open()
        speaker = JanusPublisher(client)
        workers = Workers()
        sender: asyncio.Task[dict[str, int]] | None = None
        try:
            await speaker.publish(
                access["room"], access["publisher_id"], access["token"], "speaker"
            )
            await call(
                http, organiser, f"/api/events/{event_id}/live/publishing", {"publishing": True}
            )
            size = max(1, -(-len(audience) // args.workers))
            groups = [audience[i : i + size] for i in range(0, len(audience), size)]
            argv = [
                "--base", base, "--ws", ws_url, "--event", str(event_id), "--chat",
                chat["channel"], "--address", address, "--join-gap", str(args.join_gap),
                "--timeout", str(args.timeout),
            ]  # fmt: skip
            joining = time.monotonic()
            mode = mode_of(args, len(audience))
            await workers.start(argv, groups, mode, args.decode_every)
            ready = await workers.read("READY", args.timeout + len(audience) * 2.0 + 60)
            joined_s = time.monotonic() - joining
            first = [ms for r in ready for ms in r["first_frame_ms"] if ms is not None]
            watching = (await get(http, organiser, f"/api/events/{event_id}/live"))["watching"]
            observer = Viewer(extra[0])
            await observer.observe(ws_url, event_id, chat["channel"])
            sender = asyncio.create_task(traffic(http, event_id, chat_path, extra))
            await asyncio.sleep(1.0)  # the traffic under way before the window opens
            observer.delivery = {"qa": [], "chat": []}
            cpu_before = {name: sample(pid) for name, pid in pids.items()}
            await workers.tell(f"measure {args.hold}")
            measured = await workers.read("RESULT", args.hold + 60)
            cpu = {
                name: cpu_percent(before, sample(pids[name])) for name, before in cpu_before.items()
            }
            sender.cancel()
            sent = await sender
            sender = None
            observed = observer.delivery
            await observer.close()
            fps = sorted(f for r in measured for f in r["fps"])
            decoded = sorted(
                f for r in measured for f, d in zip(r["fps"], r["decoded"], strict=True) if d
            )
            result: dict[str, Any] = {
                "viewers": len(audience),
                "workers": len(groups),
                "receiving": sum(r["receiving"] for r in ready),
                "errors": [e for r in ready for e in r["errors"]][:5],
                "join_s": round(joined_s, 1),
                "watching_count": watching,
                "first_frame_ms": percentiles([int(ms * 1e6) for ms in first]).as_dict(),
                "fps_min": fps[0] if fps else 0.0,
                "fps_p05": fps[len(fps) // 20] if fps else 0.0,
                "fps_median": fps[len(fps) // 2] if fps else 0.0,
                "full_rate_viewers": sum(f >= FPS - 1 for f in fps),
                "mode": mode,
                "decoding_viewers": len(decoded),
                "fps_decoding_min": decoded[0] if decoded else 0.0,
                "fps_decoding_median": decoded[len(decoded) // 2] if decoded else 0.0,
                "janus_cpu_percent": cpu["janus"],
                "janus_cpu_percent_per_stream": round(cpu["janus"] / max(1, len(audience)), 3),
                "server_cpu_percent": cpu["server"],
                "viewer_processes_cpu_percent": [r["cpu_percent"] for r in measured],
                "decoding_processes": sum(r["decoding"] for r in measured),
                "qa_ms": percentiles([ns for r in measured for ns in r["qa_ns"]]).as_dict(),
                "chat_ms": percentiles([ns for r in measured for ns in r["chat_ns"]]).as_dict(),
                "observer_qa_ms": percentiles(observed["qa"]).as_dict(),
                "observer_chat_ms": percentiles(observed["chat"]).as_dict(),
                "sent": sent,
                "load_before": load_before,
                "load_after": os.getloadavg()[0],
            }
            if args.stage:
                checkers = extra[:STAGE_CHECKERS]
                result["stage"] = await stage_checks(
                    http, ws_url, organiser, event_id, chat["channel"], checkers, args.timeout
                )
            await call(http, organiser, f"/api/events/{event_id}/live/end")
            return result
        finally:
            if sender is not None:
                sender.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await sender
            await workers.stop()
            await speaker.close()
            await client.close()


async def inside(args: argparse.Namespace) -> dict[str, Any]:
    gather_only(args.address)
    sizes = [int(s) for s in args.sizes.split(",")]
    results: dict[str, Any] = {"runs": [], "load_start": os.getloadavg()[0]}
    folder = Path(args.folder)
    (folder / "janus").mkdir()
    # A port per viewer's PeerConnection (the default block of 100 capped the audience at
    # about 99: the 100th viewer's subscription timed out). The namespace is private.
    janus = await start_janus(folder / "janus", args.interface, 3, rtp_port_count=1000)
    port = free_port()
    os.environ.update(
        TWINSPACE_JANUS_URL=janus.url,
        TWINSPACE_JANUS_ADMIN_KEY=janus.admin_key,
        TWINSPACE_JANUS_RECORDINGS=str(folder / "recordings"),
    )
    server = start_ours(folder, port, "", "warning")
    results["pids"] = [janus.popen.pid, server.pid]
    try:
        await wait_until_up(server, port, "/readyz")
        database_url = f"sqlite+aiosqlite:///{folder / 'twinspace.sqlite3'}"
        most = max([*sizes, args.search_max if args.search else 0])
        provisioned = await provision(database_url, spaces=1, pupils_per_space=most + EXTRA)
        space = provisioned.spaces[0]
        organiser = await founder_token(database_url, space.space_id)
        base, ws_url = f"http://127.0.0.1:{port}", f"ws://127.0.0.1:{port}/ws"
        pids = {"janus": janus.popen.pid, "server": server.pid}
        tokens = space.pupil_tokens
        for size in searched(args, sizes, results["runs"]):
            run = await one_webinar(
                args,
                base,
                ws_url,
                args.address,
                space.space_id,
                organiser,
                tokens[EXTRA : EXTRA + size],
                tokens[:EXTRA],
                pids,
            )
            results["runs"].append(run)
            progress(line_of(run))
        if args.record:
            results["recording"] = await record_checks(base, organiser, args.hold)
            progress(f"recording: {results['recording']}")
    except BaseException:
        server_log = (folder / "server.log").read_text(errors="replace")[-4000:]
        progress(f"janus log:\n{janus.log()[-4000:]}\nserver log:\n{server_log}")
        raise
    finally:
        stop(server)
        janus.stop()
    log = (folder / "server.log").read_text(errors="replace").splitlines()
    results["server_warnings"] = [line for line in log if "WARNING" in line or "ERROR" in line][
        -20:
    ]
    results["load_end"] = os.getloadavg()[0]
    return results


def mode_of(args: argparse.Namespace, viewers: int) -> str:
    """How the viewers of a run receive (module docstring): ``auto`` is ``frames`` up to
    AUTO_PACKETS_ABOVE viewers, ``packets`` above."""
    if args.decode_all:
        return "decode"
    if args.mode == "auto":
        return "frames" if viewers <= AUTO_PACKETS_ABOVE else "packets"
    return str(args.mode)


def full_rate(run: dict[str, Any]) -> bool:
    """Every viewer received, each at the full frame rate (one frame a second of slack)."""
    viewers = run["viewers"]
    return bool(run["receiving"] == viewers and run["full_rate_viewers"] == viewers)


def searched(args: argparse.Namespace, sizes: list[int], runs: list[dict[str, Any]]) -> Any:
    """The sizes asked for, then (``--search``) larger ones while the last run held the
    full rate; ``runs`` is read as it fills."""
    yield from sizes
    if not args.search:
        return
    size = max(sizes)
    while runs and full_rate(runs[-1]) and size + args.search_step <= args.search_max:
        size += args.search_step
        yield size


def line_of(run: dict[str, Any]) -> str:
    first, qa, chat = run["first_frame_ms"], run["qa_ms"], run["chat_ms"]
    return (
        f"1 speaker to {run['viewers']} viewers ({run['workers']} processes, mode "
        f"{run['mode']}: {run['decoding_viewers']} viewers decoding every frame, fps min "
        f"{run['fps_decoding_min']} median {run['fps_decoding_median']}; the others counting "
        f"{COUNTED[run['mode']]}): receiving {run['receiving']}, first frame p50 "
        f"{first['p50']:.0f} ms p95 {first['p95']:.0f} ms; fps min {run['fps_min']} p05 "
        f"{run['fps_p05']} median {run['fps_median']} (sent {FPS}; {run['full_rate_viewers']} "
        f"at >= {FPS - 1}); janus {run['janus_cpu_percent']} % = "
        f"{run['janus_cpu_percent_per_stream']} % per stream; server "
        f"{run['server_cpu_percent']} %; viewers' processes {run['viewer_processes_cpu_percent']}"
        f" %; Q&A p99 {qa['p99']:.0f} ms (n={qa['count']}), chat p99 {chat['p99']:.0f} ms "
        f"(n={chat['count']}); an observer with no media: Q&A p99 "
        f"{run['observer_qa_ms']['p99']:.0f} ms, chat p99 {run['observer_chat_ms']['p99']:.0f} ms;"
        f" sent {run['sent']}; watching {run['watching_count']}; errors {run['errors']}; load "
        f"{run['load_before']:.1f}-{run['load_after']:.1f}"
    )


def run_in_netns(argv: list[str], timeout_s: float, *, live: bool = False) -> dict[str, Any]:
    """Make a private namespace, run the inner benchmark in it, delete it (see
    loadtest.janus_broadcast.run_in_netns)."""
    return netns.run_inside("loadtest.webinar", argv, timeout_s, live=live)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m loadtest.webinar", description=__doc__)
    p.add_argument("--sizes", default="50,100,200", help="viewers per webinar, e.g. 50,100,200")
    p.add_argument("--workers", type=int, default=4, help="viewer processes")
    p.add_argument("--hold", type=float, default=10.0, help="seconds each webinar is measured")
    p.add_argument("--timeout", type=float, default=60.0, help="seconds for media to flow")
    p.add_argument("--join-gap", type=float, default=0.05, help="seconds between a process's joins")
    p.add_argument("--decode-all", action="store_true", help="the same as --mode decode")
    p.add_argument(
        "--mode",
        choices=("auto", "decode", "frames", "packets"),
        default="auto",
        help="how viewers receive: auto is frames up to 100 viewers, packets above",
    )
    p.add_argument(
        "--decode-every", type=int, default=10, help="packets: 1 viewer in K decodes (10)"
    )
    p.add_argument("--search", action="store_true", help="then larger N while at full rate")
    p.add_argument("--search-step", type=int, default=50, help="viewers added per search run")
    p.add_argument("--search-max", type=int, default=400, help="the largest N searched")
    p.add_argument("--stage", action="store_true", help="promote and return a viewer, watched")
    p.add_argument("--record", action="store_true", help="record a speaker, check the files")
    p.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--interface", default="t0", help=argparse.SUPPRESS)
    p.add_argument("--address", default=netns.ADDRESS, help=argparse.SUPPRESS)
    p.add_argument("--folder", default="", help=argparse.SUPPRESS)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.inside:
        print(RESULT + json.dumps(asyncio.run(inside(args))), flush=True)
        return 0
    missing = netns.netns_missing()
    if missing is not None:
        print(missing, file=sys.stderr)
        return 2
    outer = [a for a in (argv if argv is not None else sys.argv[1:]) if a != "--inside"]
    started = time.monotonic()
    results = run_in_netns(outer, timeout_s=3 * 3600, live=True)
    for run in results["runs"]:
        print(line_of(run))
    held = [run["viewers"] for run in results["runs"] if full_rate(run)]
    print(f"largest N at full rate: {max(held) if held else 'none'} (of the runs above)")
    for line in results["server_warnings"]:
        print(f"server: {line}")
    print(f"load average: start {results['load_start']:.1f}, end {results['load_end']:.1f}")
    print(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
