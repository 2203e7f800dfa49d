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
``kill-redis-master`` (with ``--redis cluster``)
    ``kill -9`` of one Redis Cluster master (not the nodes' seed, loadtest/redis_cluster.py);
    its replica takes over once the others have missed it for the cluster's node timeout.
    The dead node is started again ``--restore-after`` seconds after the fault and rejoins as
    the new master's replica.

``--redis cluster`` puts the nodes on a 3-master/3-replica Redis Cluster instead of one Redis;
``--blobs s3`` puts the archive's files in Ceph's radosgw instead of a shared folder.

It reports what the classroom run saw (lost and duplicated events, resets, errors), how long
the fault took to heal (from the fault until every node answered ``/readyz`` again; for a
killed node, until every tab was subscribed again; for a killed Redis master, until every
slot was served again), and whether every post the server acknowledged (201) is in the
database after the run: ``acknowledged posts lost: N``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from prometheus_client.parser import text_string_to_metric_families

from .classroom_config import PROVISION_MODES
from .deployment import (
    BLOB_STORES,
    NODE_PORT,
    REDIS_KINDS,
    ROOT,
    Deployment,
    Shape,
    answers_ready,
    deployment,
)
from .redis_cluster import DeploymentCluster

FAULTS = ("none", "kill-node", "restart-postgres", "cut-redis", "kill-redis-master")
#: Seconds to wait for every tab to be connected before the fault is injected anyway.
RAMP_TIMEOUT_S = 600.0
POLL_S = 0.5


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "cluster", help="the classroom scenario against several nodes behind nginx, with a fault"
    )
    parser.add_argument("--nodes", type=int, default=3, help="server nodes behind nginx")
    parser.add_argument("--node-workers", type=int, default=2, help="--workers of each node")
    parser.add_argument(
        "--redis", choices=REDIS_KINDS, default="single", help="one Redis, or a Redis Cluster"
    )
    parser.add_argument("--blobs", choices=BLOB_STORES, default="disk", help="the archive's store")
    parser.add_argument(
        "--fault", choices=FAULTS, default="none", help="what breaks once every tab is in"
    )
    parser.add_argument("--fault-after", type=float, default=10.0, help="s after the ramp")
    parser.add_argument("--restore-after", type=float, default=10.0, help="s after the fault")
    parser.add_argument("--classrooms", type=int, default=20, help="spaces, a teacher each")
    parser.add_argument("--pupils", type=int, default=25, help="pupils in each classroom")
    parser.add_argument(
        "--duration", type=float, default=60.0, help="s of the classroom run (its --duration)"
    )
    parser.add_argument("--load-workers", type=int, default=2, help="load generator processes")
    parser.add_argument(
        "--provision",
        choices=PROVISION_MODES,
        default="database",
        help="classrooms written into the deployment's PostgreSQL (default: seconds), or made"
        " through the API as a school does (argon2 for every sign-in: 377 s for 5,200 here)",
    )
    parser.add_argument("--json", type=Path, help="write the summary here")
    parser.add_argument("--logs", type=Path, help="copy every piece's whole log to this folder")
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
        self.killed_master: int | None = None

    def redis_cluster(self) -> DeploymentCluster:
        if self.deploy.redis_cluster is None:
            raise RuntimeError("kill-redis-master needs --redis cluster")
        return self.deploy.redis_cluster

    def kill_redis_master(self) -> None:
        """kill -9 a master, then wait for its replica to serve its slots (the failover)."""
        cluster = self.redis_cluster()
        self.killed_master = cluster.kill_master()
        cluster.wait_served()
        self.events["redis_failed_over"] = time.monotonic()

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
        elif self.args.fault == "kill-redis-master":
            self.kill_redis_master()
        self.stop.wait(max(0.0, self.events["fault"] + self.args.restore_after - time.monotonic()))
        self.events["restore"] = time.monotonic()
        if self.args.fault == "kill-node":
            deploy.start_node(node)
        elif self.args.fault == "restart-postgres":
            deploy.start_postmaster()
        elif self.args.fault == "cut-redis":
            deploy.hosts.mend(node, deploy.redis)
        elif self.args.fault == "kill-redis-master" and self.killed_master is not None:
            cluster = self.redis_cluster()
            cluster.restart(self.killed_master)
            cluster.wait_served(want_replicas=True)
            self.events["redis_replicated"] = time.monotonic()
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
    if args.fault == "kill-redis-master" and args.redis != "cluster":
        print("--fault kill-redis-master needs --redis cluster", file=sys.stderr)
        return 2
    shape = Shape(nodes=args.nodes, workers=args.node_workers, redis=args.redis, blobs=args.blobs)
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
            # One argument with "=": a random password may begin with "-", and argparse
            # would take it for an option (1 run in 64 ended "expected one argument").
            f"--admin-password={deploy.admin_password}",
            "--provision",
            args.provision,
            "--database-url",
            deploy.database_url,
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
        if not report_path.exists():
            deploy.print_log_tails()
            print(f"the classroom run failed (exit {code}, no report)", file=sys.stderr)
            return 1
        if code != 0:
            # It reported (lost events, errors): the summary below shows what went wrong.
            deploy.print_log_tails()
            print(f"the classroom run found faults (exit {code})", file=sys.stderr)
        report = json.loads(report_path.read_text())
        stored = deploy.post_ids()
        counters = node_counters(deploy.metrics())
        if args.logs:
            args.logs.mkdir(parents=True, exist_ok=True)
            for log in deploy.folder.glob("*.log"):
                shutil.copy(log, args.logs / log.name)
    summary = summarize(args, report, fault.events, expected, up_s)
    summary.update(acknowledged_posts_check(report, stored))
    summary["node_counters"] = counters
    print(json.dumps(summary, indent=2))
    print(f"acknowledged posts lost: {summary['acknowledged_posts_lost']}", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "classroom": report}, indent=2))
    clean = not (summary["lost"] or summary["duplicated"] or summary["acknowledged_posts_lost"])
    return 0 if clean and code == 0 else 1


#: The nodes' counters a run reports (server/observability/metrics.py), without ``_total``.
NODE_COUNTERS = (
    "twinspace_ws_keepalive_timeouts",
    "twinspace_ws_disconnects",
    "twinspace_broker_disconnects",
    "twinspace_broker_reconnects",
    "twinspace_recoveries",
)


def node_counters(texts: dict[str, str]) -> dict[str, dict[str, float]]:
    """NODE_COUNTERS from each node's ``/metrics`` text, per node: ``{"n1":
    {"twinspace_ws_disconnects{code=1011}": 3.0, ...}}`` (labels folded into the key)."""
    counters: dict[str, dict[str, float]] = {}
    for node, text in sorted(texts.items()):
        found: dict[str, float] = {}
        for family in text_string_to_metric_families(text):
            if family.name not in NODE_COUNTERS:
                continue
            for sample in family.samples:
                if not sample.name.endswith("_total"):
                    continue  # the _created timestamps
                labels = ",".join(f"{k}={v}" for k, v in sorted(sample.labels.items()))
                found[f"{family.name}{{{labels}}}" if labels else family.name] = sample.value
        counters[node] = found
    return counters


#: How many of the missing posts' ids the summary names.
MISSING_SHOWN = 20


def acknowledged_posts_check(report: dict[str, Any], stored: set[int]) -> dict[str, Any]:
    """Which posts the server acknowledged (201) but the database does not hold."""
    acknowledged = {int(post_id) for post_id in report["forum"]["acknowledged_ids"]}
    missing = sorted(acknowledged - stored)
    return {
        "acknowledged_posts": len(acknowledged),
        "posts_in_database": len(stored),
        "acknowledged_posts_lost": len(missing),
        "acknowledged_posts_missing_ids": missing[:MISSING_SHOWN],
    }


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

    def since_fault(event: str) -> float | None:
        at = events.get(event)
        return None if at is None or fault_at is None else round(at - fault_at, 1)

    return {
        "fault": args.fault,
        "redis": args.redis,
        "blobs": args.blobs,
        "nodes": args.nodes,
        "node_workers": args.node_workers,
        "classrooms": args.classrooms,
        "pupils": args.pupils,
        "provisioning_s": report.get("provisioning", {}).get("seconds"),
        "provisioned_through": args.provision,
        "deployment_up_s": round(up_s, 1),
        "nodes_ready_again_s": healed,
        "tabs_back_s": (
            tabs_back_after(report, fault_at, expected)
            if fault_at is not None and args.fault == "kill-node"
            else None
        ),
        # kill-redis-master: until a replica served the dead master's slots, and until the
        # restarted node was a synced replica again.
        "redis_failover_s": since_fault("redis_failed_over"),
        "redis_replicated_again_s": since_fault("redis_replicated"),
        "lost": int(counts.get("lost", 0)),
        "lost_at_tail": int(counts.get("lost_at_tail", 0)),
        "duplicated": int(counts.get("duplicated", 0)),
        "resets": int(counts.get("resets", 0)),
        "uploads": report["uploads"]["count"],
        "connections": report.get("connections"),
        "errors": report.get("errors"),
        "close_codes": report.get("close_codes"),
        "generator_loop_lag_ms": report.get("generator_loop_lag_ms"),
        "load_average": report.get("load_average"),
    }
