"""``twinspace-loadtest files``: the file archive's upload benchmark.

One classroom is provisioned through the API (a teacher and ``--uploaders`` pupils). Every
pupil uploads ``--size-kb`` files back to back until ``--uploads`` are done, while the teacher's
socket follows ``archive:<id>``; then every file is downloaded once. Printed, and written with
``--json``: upload latency percentiles and throughput, how long a ``file.added`` took to reach
the teacher from the upload's start, download latency and throughput, and, with
``--server-pid``, the server's CPU and peak RSS. No figure is judged: it is a benchmark.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from rich.console import Console
from rich.table import Table
from websockets.asyncio.client import connect
from websockets.typing import Subprotocol

from protocol.codec import decode_server_message, encode_client_message
from protocol.messages import SUBPROTOCOL, Ack, Auth, Event, Subscribe, Welcome

from . import procstat
from .classroom_config import DEFAULT_DATA_DIR
from .classroom_provision import Credentials, ProvisionError, create_local_admin, provision
from .report import write_json
from .stats import percentiles

#: Seconds one upload or download may take before the run fails.
REQUEST_TIMEOUT_S = 300.0
#: Seconds to wait, after the last upload, for its ``file.added`` to arrive.
EVENT_WAIT_S = 5.0
MB = 1_000_000


@dataclass(slots=True)
class Measures:
    uploads_ns: list[int] = field(default_factory=list)
    downloads_ns: list[int] = field(default_factory=list)
    events_ns: list[int] = field(default_factory=list)
    started: dict[str, int] = field(default_factory=dict)  # file name -> upload start (ns)
    errors: dict[str, int] = field(default_factory=dict)
    peak_rss: int = 0

    def error(self, what: str) -> None:
        self.errors[what] = self.errors.get(what, 0) + 1


def content(uploader: int, n: int, size: int) -> bytes:
    """Distinct bytes per file (no deduplication shortcut), cheap to make."""
    head = f"{uploader}:{n}:".encode()
    return head + os.urandom(max(0, size - len(head)))


async def follow_archive(url: str, token: str, space_id: int, measures: Measures) -> None:
    ws_url = "ws" + url.rstrip("/").removeprefix("http") + "/ws"
    async with connect(ws_url, subprotocols=[Subprotocol(SUBPROTOCOL)]) as socket:
        await socket.send(encode_client_message(Auth(token=token)).decode())
        assert isinstance(decode_server_message(await socket.recv()), Welcome)
        subscribe = Subscribe(ref="files", channel=f"archive:{space_id}")
        await socket.send(encode_client_message(subscribe).decode())
        assert isinstance(decode_server_message(await socket.recv()), Ack)
        async for frame in socket:
            message = decode_server_message(frame)
            if isinstance(message, Event) and message.event == "file.added":
                began = measures.started.get(str(message.data["file"]["name"]))
                if began is not None:
                    measures.events_ns.append(time.perf_counter_ns() - began)


async def uploader(
    client: httpx.AsyncClient,
    index: int,
    token: str,
    space_id: int,
    queue: asyncio.Queue[int],
    size: int,
    measures: Measures,
    uploaded: list[int],
) -> None:
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/octet-stream"}
    while not queue.empty():
        n = queue.get_nowait()
        name = f"bench-{index}-{n}.bin"
        body = content(index, n, size)
        measures.started[name] = began = time.perf_counter_ns()
        try:
            response = await client.post(
                f"/api/spaces/{space_id}/files",
                params={"name": name},
                content=body,
                headers=headers,
            )
        except httpx.HTTPError as exc:
            measures.error(f"upload {type(exc).__name__}")
            continue
        if response.status_code != 201:
            measures.error(f"upload http {response.status_code}")
            continue
        measures.uploads_ns.append(time.perf_counter_ns() - began)
        uploaded.append(int(response.json()["id"]))


async def download_all(
    client: httpx.AsyncClient, token: str, space_id: int, ids: list[int], measures: Measures
) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    for file_id in ids:
        began = time.perf_counter_ns()
        url = f"/api/spaces/{space_id}/files/{file_id}/content"
        async with client.stream("GET", url, headers=headers) as response:
            async for _ in response.aiter_raw():
                pass
        if response.status_code != 200:
            measures.error(f"download http {response.status_code}")
            continue
        measures.downloads_ns.append(time.perf_counter_ns() - began)


async def watch_server(pid: int | None, measures: Measures) -> None:
    while pid is not None:
        try:
            measures.peak_rss = max(measures.peak_rss, procstat.sample(pid).rss_bytes)
        except OSError:
            return
        await asyncio.sleep(0.05)


async def bench(args: argparse.Namespace, admin: Credentials) -> dict[str, Any]:
    [room], provision_s, _ = await provision(
        args.url,
        admin,
        classrooms=1,
        pupils=args.uploaders,
        country=args.country,
        concurrency=min(args.uploaders, 20),
    )
    measures = Measures()
    size = args.size_kb * 1000
    follower = asyncio.create_task(
        follow_archive(args.url, room.teacher.token, room.space_id, measures)
    )
    watcher = asyncio.create_task(watch_server(args.server_pid, measures))
    await asyncio.sleep(0.2)  # the subscription is in place
    before = procstat.sample(args.server_pid) if args.server_pid else None
    queue: asyncio.Queue[int] = asyncio.Queue()
    for n in range(args.uploads):
        queue.put_nowait(n)
    uploaded: list[int] = []
    limits = httpx.Limits(max_connections=args.uploaders + 2)
    timeout = httpx.Timeout(REQUEST_TIMEOUT_S)
    async with httpx.AsyncClient(base_url=args.url, timeout=timeout, limits=limits) as client:
        started = time.perf_counter()
        await asyncio.gather(
            *(
                uploader(client, i, p.token, room.space_id, queue, size, measures, uploaded)
                for i, p in enumerate(room.pupils)
            )
        )
        upload_s = time.perf_counter() - started
        deadline = time.monotonic() + EVENT_WAIT_S
        # The follower appends from its own task; a short poll is the simplest wait here.
        while len(measures.events_ns) < len(uploaded) and time.monotonic() < deadline:  # noqa: ASYNC110 - polls a count the follower task grows
            await asyncio.sleep(0.02)
        after = procstat.sample(args.server_pid) if args.server_pid else None
        started = time.perf_counter()
        await download_all(client, room.teacher.token, room.space_id, uploaded, measures)
        download_s = time.perf_counter() - started
    follower.cancel()
    watcher.cancel()
    server = None
    if before is not None and after is not None:
        server = {
            "pid": args.server_pid,
            "cpu_percent_during_uploads": procstat.cpu_percent(before, after),
            "rss_mib_before": round(before.rss_bytes / 2**20, 1),
            "rss_mib_peak": round(measures.peak_rss / 2**20, 1),
        }
    moved = len(uploaded) * size
    return {
        "scenario": "files",
        "target": args.url,
        "knobs": {"uploaders": args.uploaders, "uploads": args.uploads, "size_kb": args.size_kb},
        "provisioning_seconds": round(provision_s, 2),
        "uploads": {
            "done": len(uploaded),
            "seconds": round(upload_s, 2),
            "per_second": round(len(uploaded) / upload_s, 1) if upload_s else 0.0,
            "mb_per_second": round(moved / MB / upload_s, 1) if upload_s else 0.0,
            "latency_ms": percentiles(measures.uploads_ns).as_dict(),
        },
        "file_added_event_ms": percentiles(measures.events_ns).as_dict(),
        "events_missing": len(uploaded) - len(measures.events_ns),
        "downloads": {
            "done": len(measures.downloads_ns),
            "mb_per_second": round(moved / MB / download_s, 1) if download_s else 0.0,
            "latency_ms": percentiles(measures.downloads_ns).as_dict(),
        },
        "errors": measures.errors,
        "server": server,
    }


def table(report: dict[str, Any]) -> Table:
    def pct(p: dict[str, float]) -> str:
        return f"{p['p50']} / {p['p95']} / {p['p99']} / {p['max']}  (n={p['count']})"

    up, down = report["uploads"], report["downloads"]
    result = Table(title="twinspace-loadtest files", show_header=False)
    result.add_row(
        "files",
        f"{up['done']} x {report['knobs']['size_kb']} kB, "
        f"{report['knobs']['uploaders']} uploaders at once",
    )
    result.add_row("uploads/s, MB/s", f"{up['per_second']}, {up['mb_per_second']}")
    result.add_row("upload ms p50/p95/p99/max", pct(up["latency_ms"]))
    result.add_row("file.added after upload start, ms", pct(report["file_added_event_ms"]))
    result.add_row("events missing", str(report["events_missing"]))
    result.add_row("download MB/s", str(down["mb_per_second"]))
    result.add_row("download ms p50/p95/p99/max", pct(down["latency_ms"]))
    if report["server"]:
        server = report["server"]
        result.add_row("server CPU % (uploads)", str(server["cpu_percent_during_uploads"]))
        result.add_row(
            "server RSS MiB before / peak", f"{server['rss_mib_before']} / {server['rss_mib_peak']}"
        )
    result.add_row("errors", str(report["errors"] or "none"))
    return result


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--url", default="http://127.0.0.1:8000", help="the server to load")
    parser.add_argument("--uploaders", type=int, default=8, help="pupils uploading at once")
    parser.add_argument("--uploads", type=int, default=200, help="files in all")
    parser.add_argument("--size-kb", type=int, default=1000, help="size of each file")
    parser.add_argument("--country", default="FR", help="country of the run's teacher and admin")
    parser.add_argument("--admin-email", help="national admin of a remote server")
    parser.add_argument("--admin-password", help="with --admin-email")
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=DEFAULT_DATA_DIR,
        help="local server's data folder: a national admin is created there for this run",
    )
    parser.add_argument("--server-pid", type=int, help="sample this local process's CPU and RSS")
    parser.add_argument("--json", type=Path, help="write the JSON report here")


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser("files", help=__doc__.splitlines()[0] if __doc__ else "")
    add_arguments(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    console = Console(stderr=True)
    if args.uploaders < 1 or args.uploads < 1 or args.size_kb < 0:
        console.print("[red]cannot start:[/red] uploaders and uploads must be at least 1")
        return 2
    try:
        if args.admin_email:
            admin = Credentials(args.admin_email, args.admin_password or "")
        else:
            admin = create_local_admin(args.data_dir, args.country)
        report = asyncio.run(bench(args, admin))
    except (ProvisionError, OSError) as exc:
        console.print(f"[red]cannot start:[/red] {exc}")
        return 2
    Console().print(table(report))
    if args.json:
        write_json(report, args.json)
    return 1 if report["errors"] or report["events_missing"] else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="twinspace-loadtest files")
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
