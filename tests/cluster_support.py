"""A real Redis Cluster for the tests: 3 masters and 3 replicas on free loopback ports.

Started once per pytest worker (a session fixture in tests/conftest.py) and killed at the end:
six ``redis-server --cluster-enabled yes`` processes with their node files in a temporary
folder and no persistence, joined by ``redis-cli --cluster create ... --cluster-replicas 1``.
A test that kills a master (the failover test) leaves the cluster with a promoted replica and
one node down; :meth:`RedisClusterServer.heal` brings the dead node back as a replica, so the
next test finds 3 masters again, each with a replica.
"""

from __future__ import annotations

import contextlib
import random
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

#: Nodes of the test cluster; ``--cluster-replicas 1`` makes half of them replicas.
NODES = 6
#: Longest wait for the cluster to form, or to heal after a failover, in seconds.
READY_TIMEOUT_S = 20.0
#: How long a master may be unreachable before its replica takes over, in milliseconds. Low so
#: that the failover test stays short; Redis's default (15 s) suits real networks.
NODE_TIMEOUT_MS = 1000


@dataclass(eq=False)
class ClusterNode:
    port: int
    folder: Path
    process: subprocess.Popen[bytes] | None = None

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self, binary: str) -> None:
        self.process = subprocess.Popen(
            [
                binary,
                *("--port", str(self.port), "--bind", "127.0.0.1"),
                *("--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf"),
                *("--cluster-node-timeout", str(NODE_TIMEOUT_MS)),
                *("--save", "", "--appendonly", "no", "--dir", str(self.folder)),
                *("--logfile", str(self.folder / "redis.log")),
                # A replica syncs at once (default: after 5 s); one never synced cannot take over.
                *("--repl-diskless-sync-delay", "0"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def kill(self) -> None:
        """``kill -9``: no goodbye to clients or to the other nodes."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.process = None

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None


@dataclass(eq=False)
class RedisClusterServer:
    """Six redis-server processes forming one cluster; ``url`` names it for the server."""

    folder: Path
    redis_server: str
    redis_cli: str
    nodes: list[ClusterNode] = field(default_factory=list)

    @property
    def url(self) -> str:
        """The setting the server takes: any node's address under ``redis+cluster://``."""
        first = next(node for node in self.nodes if node.running)
        return f"redis+cluster://{first.address}"

    def start(self) -> None:
        """Start the nodes and create the cluster; once more on fresh ports if that failed
        (a port taken between the check and the bind)."""
        try:
            self._start(self.folder / "first")
        except (OSError, TimeoutError, subprocess.SubprocessError):
            self.stop()
            self.nodes = []
            self._start(self.folder / "second")

    def _start(self, folder: Path) -> None:
        for index in range(NODES):
            node_folder = folder / f"node{index}"
            node_folder.mkdir(parents=True)
            node = ClusterNode(cluster_port(), node_folder)
            node.start(self.redis_server)
            self.nodes.append(node)
        for node in self.nodes:
            _wait_for_port(node.port)
        self.cli(
            "--cluster",
            "create",
            *(node.address for node in self.nodes),
            "--cluster-replicas",
            "1",
            "--cluster-yes",
        )
        self.wait_ready()

    def stop(self) -> None:
        for node in self.nodes:
            node.kill()

    def cli(self, *args: str, port: int | None = None) -> str:
        port = port or next(node.port for node in self.nodes if node.running)
        done = subprocess.run(
            [self.redis_cli, "-h", "127.0.0.1", "-p", str(port), *args],
            capture_output=True,
            timeout=READY_TIMEOUT_S,
        )
        if done.returncode != 0:
            raise subprocess.CalledProcessError(
                done.returncode, done.args, done.stdout[-2000:], done.stderr[-2000:]
            )
        return done.stdout.decode()

    def role(self, node: ClusterNode) -> str:
        """``master`` or ``slave`` as the node sees itself."""
        return self.cli("ROLE", port=node.port).split("\n", 1)[0].strip()

    def masters(self) -> list[ClusterNode]:
        return [node for node in self.nodes if node.running and self.role(node) == "master"]

    def is_ready(self) -> bool:
        """Every running node says the cluster is ok and sees 3 masters holding slots."""
        for node in self.nodes:
            if not node.running:
                continue
            try:
                info = self.cli("CLUSTER", "INFO", port=node.port)
            except subprocess.CalledProcessError:
                return False
            if "cluster_state:ok" not in info or "cluster_size:3" not in info:
                return False
            replication = self.cli("INFO", "replication", port=node.port)
            if "role:slave" in replication and "master_link_status:up" not in replication:
                return False  # not synced yet: it could not take over
        return True

    def wait_ready(self) -> None:
        deadline = time.monotonic() + READY_TIMEOUT_S
        while not self.is_ready():
            if time.monotonic() > deadline:
                raise TimeoutError("the test Redis Cluster did not become ready")
            time.sleep(0.05)

    def flush(self) -> None:
        """Empty every master (their replicas follow)."""
        for node in self.masters():
            self.cli("FLUSHALL", port=node.port)

    def heal(self) -> None:
        """Restart killed nodes (empty: no persistence) with their node files: each rejoins
        under its old id, finds its slots taken by its promoted replica and becomes that
        one's replica. Waits until every master again has a replica."""
        dead = [node for node in self.nodes if not node.running]
        for node in dead:
            node.start(self.redis_server)
        for node in dead:
            _wait_for_port(node.port)
        if dead:
            self.wait_failed_over(want_all_replicated=True)

    def wait_failed_over(self, *, want_all_replicated: bool = False) -> float:
        """Wait until every slot is served by a live, connected master (a dead master's
        replica promoted); returns the seconds waited."""
        began = time.monotonic()
        while not self._served(want_all_replicated):
            if time.monotonic() - began > READY_TIMEOUT_S:
                raise TimeoutError(f"the test Redis Cluster did not recover:\n{self.nodes_table()}")
            time.sleep(0.05)
        return time.monotonic() - began

    def replica_of(self, master: ClusterNode) -> ClusterNode:
        """The node replicating ``master`` (each master has one in the test cluster)."""
        rows = [line.split() for line in self.nodes_table().splitlines()]
        master_id = next(row[0] for row in rows if row[1].split("@")[0] == master.address)
        address = next(row[1].split("@")[0] for row in rows if row[3] == master_id)
        return next(node for node in self.nodes if node.address == address)

    def offset(self, node: ClusterNode) -> int:
        """The node's replication offset: how much of its master's stream it holds."""
        info = self.cli("INFO", "replication", port=node.port)
        line = next(line for line in info.splitlines() if line.startswith("master_repl_offset:"))
        return int(line.partition(":")[2])

    def nodes_table(self) -> str:
        return self.cli("CLUSTER", "NODES")

    def _served(self, want_all_replicated: bool) -> bool:
        try:
            if not self.is_ready():
                return False
            table = self.nodes_table()
        except subprocess.CalledProcessError:
            return False
        dead = {node.address for node in self.nodes if not node.running}
        masters, replicas_of = set(), set()
        for line in table.splitlines():
            parts = line.split()
            flags = parts[2].split(",")
            healthy = (
                "fail" not in flags
                and "fail?" not in flags
                and parts[7] == "connected"
                and parts[1].split("@")[0] not in dead
            )
            if "master" in flags and len(parts) > 8:
                if not healthy:
                    return False  # a master with slots that is down
                masters.add(parts[0])
            elif "slave" in flags and healthy:
                replicas_of.add(parts[3])
        return len(masters) == 3 and (not want_all_replicated or masters <= replicas_of)


#: Where node ports are drawn from: below the kernel's ephemeral range (32768 and up on Linux),
#: bus ports (port + 10000) included, so that no outgoing connection of another process can
#: take a bus port between our check and redis-server's bind.
PORT_RANGE = (12000, 22000)


def cluster_port() -> int:
    """A free loopback port whose cluster bus port (port + 10000) is free too."""
    for _ in range(200):
        port = random.randrange(*PORT_RANGE)
        try:
            for candidate in (port, port + 10000):
                with socket.socket() as probe:
                    probe.bind(("127.0.0.1", candidate))
        except OSError:
            continue
        return port
    raise OSError("no free port pair for a Redis Cluster node")


def _wait_for_port(port: int) -> None:
    deadline = time.monotonic() + READY_TIMEOUT_S
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.01)
    raise TimeoutError(f"redis-server on port {port} did not start")
