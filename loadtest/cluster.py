"""``twinspace-loadtest cluster``: the classroom scenario against several nodes, with a fault.

Brings up :mod:`loadtest.deployment` (nodes behind nginx, PostgreSQL, Redis, each on a host of
its own), runs ``twinspace-loadtest classroom`` from the load host through the load balancer
with tabs that reconnect as the page does, and once every tab is connected injects one fault:

``kill-node``
    every process of node n1 gets SIGKILL; its tabs reconnect through nginx to the others and
    resume with ``since``. The node is started again ``--restore-after`` seconds later.
``restart-postgres``
    PostgreSQL is stopped (fast shutdown, transactions cut) and started again after
    ``--restore-after`` seconds.
``cut-redis``
    node n1 is cut off Redis (packets dropped, as on a failed link) for ``--restore-after``
    seconds.

It reports what the classroom run saw (lost and duplicated events, resets, errors) and how
long the fault took to heal: from the fault until every node answered ``/readyz`` again, and,
for a killed node, until every tab was subscribed again.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from .deployment import NODE_PORT, ROOT, Deployment, Shape, answers_ready, deployment

FAULTS = ("none", "kill-node", "restart-postgres", "cut-redis")
#: Seconds to wait for every tab to be connected before the fault is injected anyway.
RAMP_TIMEOUT_S = 600.0
POLL_S = 0.5


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "cluster", help="the classroom scenario against several nodes behind nginx, with a fault"
    )
    parser.add_argument("--nodes", type=int, default=3)
    parser.add_argument("--node-workers", type=int, default=2, help="--workers of each node")
    parser.add_argument("--fault", choices=FAULTS, default="none")
    parser.add_argument("--fault-after", type=float, default=10.0, help="s after the ramp")
    parser.add_argument("--restore-after", type=float, default=10.0, help="s after the fault")
    parser.add_argument("--classrooms", type=int, default=20)
    parser.add_argument("--pupils", type=int, default=25)
    parser.add_argument("--duration", type=float, default=60.0)
    parser.add_argument("--load-workers", type=int, default=2, help="load generator processes")
    parser.add_argument("--json", type=Path, help="write the summary here")
    parser.set_defaults(run=run)


def all_ready(deploy: Deployment) -> bool:
    urls = [f"http://{node.address}:{NODE_PORT}" for node in deploy.nodes]
    return answers_ready(deploy.load, urls)


class Fault:
    """Injects the fault once the tabs are in, restores it, and times the healing."""

    def __init__(self, deploy: Deployment, args: argparse.Namespace, marks: Path):
        self.deploy, self.args, self.marks = deploy, args, marks
        self.events: dict[str, float] = {}
        self.stop = threading.Event()

    def run(self) -> None:
        # The load phase: every tab was opened (the classroom run writes its phases' marks).
        deadline = time.monotonic() + RAMP_TIMEOUT_S
        while not self.stop.is_set() and time.monotonic() < deadline:
            with contextlib.suppress(OSError, ValueError):
                if "load" in json.loads(self.marks.read_text()):
                    break
            time.sleep(POLL_S)
        if self.stop.wait(self.args.fault_after) or self.args.fault == "none":
            return
        node, deploy = self.deploy.nodes[0], self.deploy
        self.events["fault"] = time.monotonic()
        if self.args.fault == "kill-node":
            deploy.kill_node(node)
        elif self.args.fault == "restart-postgres":
            deploy.stop_postgres()
        elif self.args.fault == "cut-redis":
            deploy.hosts.cut(node, deploy.redis)
        self.stop.wait(self.args.restore_after)
        self.events["restore"] = time.monotonic()
        if self.args.fault == "kill-node":
            deploy.start_node(node)
        elif self.args.fault == "restart-postgres":
            deploy.start_postmaster()
        elif self.args.fault == "cut-redis":
            deploy.hosts.mend(node, deploy.redis)
        while not self.stop.is_set() and not all_ready(deploy):
            time.sleep(POLL_S)
        self.events["ready"] = time.monotonic()


def tabs_back_after(report: dict[str, Any], fault_at: float, expected: int) -> float | None:
    """Seconds from the fault until the classroom run's tabs were all subscribed again."""
    ramp = float(report["marks"]["ramp"])
    for sample in report.get("samples", []):
        at = ramp + float(sample["second"])
        if at > fault_at and int(sample["connected"]) >= expected:
            return round(at - fault_at, 1)
    return None


def run(args: argparse.Namespace) -> int:
    shape = Shape(nodes=args.nodes, workers=args.node_workers)
    started = time.monotonic()
    with deployment(shape) as deploy:
        up_s = time.monotonic() - started
        print(f"deployment up in {up_s:.1f} s: {deploy.url}", file=sys.stderr)
        report_path = deploy.folder / "classroom.json"
        command = [
            sys.executable,
            "-m",
            "loadtest",
            "classroom",
            "--url",
            deploy.url,
            "--admin-email",
            deploy.admin_email,
            "--admin-password",
            deploy.admin_password,
            "--classrooms",
            str(args.classrooms),
            "--pupils",
            str(args.pupils),
            "--duration",
            str(args.duration),
            "--workers",
            str(args.load_workers),
            "--reconnect",
            "--video-peers",
            "0",
            "--json",
            str(report_path),
        ]
        expected = args.classrooms * (args.pupils + 1)
        marks = deploy.folder / "marks.json"
        command += ["--marks-file", str(marks)]
        fault = Fault(deploy, args, marks)
        injector = threading.Thread(target=fault.run, name="fault", daemon=True)
        classroom = subprocess.Popen(deploy.load.command(command), cwd=ROOT)  # noqa: S603
        injector.start()
        code = classroom.wait()
        fault.stop.set()
        injector.join(timeout=60)
        if code != 0 or not report_path.exists():
            deploy.print_log_tails()
            print(f"the classroom run failed (exit {code})", file=sys.stderr)
            return 1
        report = json.loads(report_path.read_text())
    summary = summarize(args, report, fault.events, expected, up_s)
    print(json.dumps(summary, indent=2))
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "classroom": report}, indent=2))
    return 0 if summary["lost"] == 0 and summary["duplicated"] == 0 else 1


def summarize(
    args: argparse.Namespace,
    report: dict[str, Any],
    events: dict[str, float],
    expected: int,
    up_s: float,
) -> dict[str, Any]:
    counts = report["continuity"]
    fault_at = events.get("fault")
    healed = None
    if fault_at is not None and "ready" in events:
        healed = round(events["ready"] - fault_at, 1)
    return {
        "fault": args.fault,
        "nodes": args.nodes,
        "node_workers": args.node_workers,
        "classrooms": args.classrooms,
        "pupils": args.pupils,
        "deployment_up_s": round(up_s, 1),
        "nodes_ready_again_s": healed,
        "tabs_back_s": (
            tabs_back_after(report, fault_at, expected)
            if fault_at is not None and args.fault == "kill-node"
            else None
        ),
        "lost": int(counts.get("lost", 0)),
        "duplicated": int(counts.get("duplicated", 0)),
        "resets": int(counts.get("resets", 0)),
        "connections": report.get("connections"),
        "errors": report.get("errors"),
        "close_codes": report.get("close_codes"),
        "load_average": report.get("load_average"),
    }
