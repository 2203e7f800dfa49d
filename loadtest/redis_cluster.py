"""The deployment's Redis Cluster: 3 masters and 3 replicas on the ``redis`` host.

Six ``redis-server --cluster-enabled yes`` processes on the redis host's address, ports
``FIRST_PORT``..``FIRST_PORT + 5`` (bus ports 10000 above), no persistence, joined by
``redis-cli --cluster create ... --cluster-replicas 1``. The server nodes are given the first
node's address (``redis+cluster://ADDRESS:FIRST_PORT``: the server takes one seed and learns
the rest of the cluster from it).

:meth:`DeploymentCluster.kill_master` is the ``kill-redis-master`` fault: ``kill -9`` of one
master that is not the seed, after which its replica is promoted once the others have missed
it for ``NODE_TIMEOUT_MS``; :meth:`DeploymentCluster.restart` brings the dead node back (empty)
as the new master's replica. The seed is spared because a server node started while the seed
is down could not find the cluster (the setting names one node); the nodes already running
know every node and follow the failover.

The tests' own cluster (tests/cluster_support.py) is the same recipe on loopback ports of the
machine; this one runs its commands inside the redis host's namespace.
"""

from __future__ import annotations

import contextlib
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .hosts import Host

NODES = 6
FIRST_PORT = 7000
#: How long a master may be unreachable before its replica takes over, in milliseconds.
#: Redis's default is 15 s (real networks have hiccups); 3 s keeps a run's fault short while
#: staying well above the pauses a loaded 2-core machine gives a process.
NODE_TIMEOUT_MS = 3000
#: Longest wait for the cluster to form or to recover, in seconds (a loaded machine is slow).
READY_TIMEOUT_S = 120.0
POLL_S = 0.2


@dataclass
class DeploymentCluster:
    """Six nodes on ``host``; ``spawn`` starts a long-running process and logs it (the
    deployment's own, so that everything it starts is killed when it closes)."""

    host: Host
    folder: Path
    redis_server: str
    redis_cli: str
    spawn: Callable[[Host, list[str], str], subprocess.Popen[bytes]]
    processes: dict[int, subprocess.Popen[bytes]] = field(default_factory=dict)

    @property
    def ports(self) -> list[int]:
        return [FIRST_PORT + index for index in range(NODES)]

    @property
    def seed(self) -> int:
        return FIRST_PORT

    @property
    def url(self) -> str:
        return f"redis+cluster://{self.host.address}:{self.seed}"

    def address(self, port: int) -> str:
        return f"{self.host.address}:{port}"

    def start(self) -> None:
        for port in self.ports:
            (self.folder / f"redis-{port}").mkdir(parents=True)
            self.start_node(port)
        for port in self.ports:
            self.wait_answering(port)
        self.cli(
            "--cluster",
            "create",
            *(self.address(port) for port in self.ports),
            *("--cluster-replicas", "1", "--cluster-yes"),
        )
        self.wait_served(want_replicas=True)

    def start_node(self, port: int) -> None:
        """One node; its node file stays in its folder, so a restarted node rejoins as itself."""
        argv = [
            self.redis_server,
            *("--bind", self.host.address, "--port", str(port), "--protected-mode", "no"),
            *("--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf"),
            *("--cluster-node-timeout", str(NODE_TIMEOUT_MS)),
            *("--save", "", "--appendonly", "no", "--dir", str(self.folder / f"redis-{port}")),
            # A replica syncs at once (default: after 5 s); one never synced cannot take over.
            *("--repl-diskless-sync-delay", "0"),
        ]
        self.processes[port] = self.spawn(self.host, argv, f"redis-{port}")

    def cli(self, *args: str, port: int | None = None) -> str:
        command = [self.redis_cli, "-h", self.host.address, "-p", str(port or self.seed), *args]
        done = subprocess.run(  # noqa: S603 (our own program and arguments)
            self.host.command(command), capture_output=True, text=True, timeout=60, check=False
        )
        if done.returncode != 0 or done.stdout.startswith("ERR"):
            raise RuntimeError(f"redis-cli {' '.join(args[:2])}: {done.stdout}{done.stderr}")
        return done.stdout

    def wait_answering(self, port: int) -> None:
        deadline = time.monotonic() + READY_TIMEOUT_S
        while True:
            with contextlib.suppress(RuntimeError, subprocess.TimeoutExpired):
                if self.cli("PING", port=port).strip() == "PONG":
                    return
            if time.monotonic() > deadline:
                raise RuntimeError(f"Redis Cluster node {port} did not start")
            time.sleep(POLL_S)

    def nodes_table(self) -> list[list[str]]:
        return [line.split() for line in self.cli("CLUSTER", "NODES").splitlines() if line]

    def masters(self) -> list[int]:
        """Ports of the live masters that hold slots."""
        return [
            int(row[1].split("@")[0].rpartition(":")[2])
            for row in self.nodes_table()
            if "master" in row[2].split(",") and "fail" not in row[2] and len(row) > 8
        ]

    def served(self, *, want_replicas: bool) -> bool:
        """Every slot is held by a live, connected master (and, with ``want_replicas``, each
        master has a synced replica), as the seed sees the cluster."""
        try:
            info = self.cli("CLUSTER", "INFO")
            rows = self.nodes_table()
        except (RuntimeError, subprocess.TimeoutExpired):
            return False
        if "cluster_state:ok" not in info:
            return False
        masters, replicated = set(), set()
        for row in rows:
            flags = row[2].split(",")
            healthy = not {"fail", "fail?"} & set(flags) and row[7] == "connected"
            if "master" in flags and len(row) > 8:
                if not healthy:
                    return False
                masters.add(row[0])
            elif "slave" in flags and healthy:
                replicated.add(row[3])
        return len(masters) == NODES // 2 and (not want_replicas or masters <= replicated)

    def wait_served(self, *, want_replicas: bool = False) -> float:
        """Wait until :meth:`served`; the seconds waited."""
        began = time.monotonic()
        while not self.served(want_replicas=want_replicas):
            if time.monotonic() - began > READY_TIMEOUT_S:
                table = self.cli("CLUSTER", "NODES")
                raise RuntimeError(f"the Redis Cluster did not recover:\n{table}")
            time.sleep(POLL_S)
        return time.monotonic() - began

    def kill_master(self) -> int:
        """``kill -9`` a master other than the seed; its port."""
        port = next(port for port in sorted(self.masters()) if port != self.seed)
        process = self.processes[port]
        process.kill()
        process.wait()
        return port

    def restart(self, port: int) -> None:
        """The killed node again: it rejoins under its old id, finds its slots taken by its
        promoted replica and becomes that one's replica."""
        self.start_node(port)
        self.wait_answering(port)
