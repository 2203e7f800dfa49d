"""The deployment's hosts (loadtest/hosts.py): namespaces on a private switch that reach each
other, a cut that drops packets until it is mended, and nothing left behind."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from loadtest import ceph, hosts, netns

from .conftest import service_unavailable

PORT = 9000
#: A connect from host a to host b, printing ok, refused or timeout.
CONNECT = (
    "import socket, sys\n"
    "try:\n"
    "    socket.create_connection((sys.argv[1], int(sys.argv[2])), float(sys.argv[3])).close()\n"
    "    print('ok')\n"
    "except TimeoutError:\n"
    "    print('timeout')\n"
    "except OSError as exc:\n"
    "    print(type(exc).__name__)\n"
)


@pytest.fixture
def can_make_namespaces() -> None:
    missing = netns.netns_missing()
    if missing is not None:
        service_unavailable(f"{missing}; CI runs as root")


def connect(source: hosts.Host, target: hosts.Host, timeout_s: float = 1.0) -> str:
    done = subprocess.run(
        source.command([sys.executable, "-c", CONNECT, target.address, str(PORT), str(timeout_s)]),
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return done.stdout.strip()


def test_hosts_reach_each_other_and_a_cut_drops_packets_until_mended(
    can_make_namespaces: None,
) -> None:
    with hosts.private_hosts() as made:
        a, b = made.add("a", 2), made.add("b", 3)
        listener = subprocess.Popen(
            b.command(["python3", "-m", "http.server", "--bind", b.address, str(PORT)]),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 20
            while connect(a, b) != "ok":
                assert time.monotonic() < deadline, "host b never answered host a"
                time.sleep(0.1)
            made.cut(a, b)
            # Dropped, not refused: the connect waits out its whole timeout.
            assert connect(a, b, 0.5) == "timeout"
            # The cut is one way and one pair: b still reaches itself.
            assert connect(b, b) == "ok"
            made.mend(a, b)
            assert connect(a, b) == "ok"
        finally:
            listener.kill()
            listener.wait(10)
        names = [host.netns for host in made.hosts.values()]
        switch = made.switch
    left = hosts.leftover_namespaces()
    assert not set(names) & set(left)
    assert switch not in left


def test_each_host_has_its_own_address_and_no_route_out(can_make_namespaces: None) -> None:
    with hosts.private_hosts() as made:
        a = made.add("a", 2)
        shown = subprocess.run(
            a.command(["ip", "-4", "-o", "addr"]), capture_output=True, text=True, check=True
        ).stdout
        routes = subprocess.run(
            a.command(["ip", "-4", "route"]), capture_output=True, text=True, check=True
        ).stdout
    assert "127.0.0.1/8" in shown
    assert f"{a.address}/24" in shown
    assert len(shown.splitlines()) == 2
    assert "default" not in routes


@pytest.mark.multiprocess
def test_a_killed_node_loses_nothing_and_its_tabs_come_back_through_the_others(
    can_make_namespaces: None, tmp_path: Path
) -> None:
    """The whole deployment tool, small: 2 nodes behind nginx on PostgreSQL and Redis, a few
    classrooms, node n1 killed with SIGKILL mid-run and started again."""
    summary_file = tmp_path / "cluster.json"
    command = [
        sys.executable,
        *("-m", "loadtest", "cluster", "--nodes", "2", "--node-workers", "1"),
        *("--classrooms", "3", "--pupils", "4", "--duration", "20", "--load-workers", "1"),
        *("--fault", "kill-node", "--fault-after", "2", "--restore-after", "3"),
        *("--json", str(summary_file)),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-5000:]
    summary = json.loads(summary_file.read_text())["summary"]
    shown = json.dumps(summary)
    assert summary["lost"] == 0, shown
    assert summary["duplicated"] == 0, shown
    assert summary["acknowledged_posts"] > 0, shown
    assert summary["acknowledged_posts_lost"] == 0, shown
    # Some tabs were on the killed node (nginx spreads them round robin) and came back.
    assert summary["connections"]["reconnects"] > 0, shown
    assert summary["nodes_ready_again_s"] is not None, shown


@pytest.mark.multiprocess
def test_a_killed_redis_master_fails_over_with_nothing_lost_on_the_cluster_and_s3(
    can_make_namespaces: None, tmp_path: Path
) -> None:
    """The deployment on a 3-master/3-replica Redis Cluster with the archive in radosgw,
    small: a master killed with SIGKILL mid-run, its replica takes over, the dead node comes
    back as a replica; no event lost or repeated, every acknowledged post in the database and
    the files uploaded to the S3 store."""
    if ceph.missing_binaries():
        service_unavailable(f"no Ceph: {', '.join(ceph.missing_binaries())} not installed")
    summary_file = tmp_path / "cluster.json"
    command = [
        sys.executable,
        *("-m", "loadtest", "cluster", "--nodes", "2", "--node-workers", "1"),
        *("--redis", "cluster", "--blobs", "s3"),
        *("--classrooms", "3", "--pupils", "4", "--duration", "25", "--load-workers", "1"),
        *("--fault", "kill-redis-master", "--fault-after", "2", "--restore-after", "8"),
        *("--json", str(summary_file)),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=900, check=False)
    output = done.stdout[-3000:] + done.stderr[-5000:]
    assert summary_file.exists(), output
    summary = json.loads(summary_file.read_text())["summary"]
    shown = json.dumps(summary)
    assert summary["acknowledged_posts"] > 0, shown
    assert summary["acknowledged_posts_lost"] == 0, shown
    assert summary["redis_failover_s"] is not None, shown
    assert summary["redis_replicated_again_s"] is not None, shown
    assert summary["nodes_ready_again_s"] is not None, shown
    assert summary["uploads"] > 0, shown
    assert not [error for error in summary["errors"] if "upload" in error], shown
    # Lost 4 / duplicated 1, then 0 / 5, in two of three runs before a failover's new master
    # stopped reusing the numbers its replica lost (RENUMBER_GAP, docs/reliability.md).
    assert summary["lost"] == 0, shown
    assert summary["duplicated"] == 0, shown
    # Subscribes refused `unavailable` while the shard had no master, each asked again, are
    # the one error expected; no tab or watcher may give up. (Issue 23: tabs that gave up
    # after 5 tries, 4-8 s, inside the failover were read as subscribes stuck for a minute:
    # the scenario file undercut the 8 tries; a watcher never asked again at all.)
    assert not set(summary["errors"]) - {"unavailable"}, shown
    assert done.returncode == 0, output
