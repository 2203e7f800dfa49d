"""The local server's processes, found from /proc: who listens on a port, which process holds
each accepted connection, and a process's descendants (``twinspace serve --workers N`` is a
supervisor and N workers).

The load tester uses these to sample every server process's CPU and memory without being told
its pids, and to show how the kernel spread the connections over the workers, which is what
makes a multi-process run a test of delivery across processes. Linux only; against a remote
URL nothing is found and nothing is sampled.
"""

from __future__ import annotations

import contextlib
import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

PROC = Path("/proc")
#: /proc/net/tcp socket states (include/net/tcp_states.h).
ESTABLISHED, LISTEN = "01", "0A"
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})


def local_port(url: str) -> int | None:
    """The port of a loopback URL (the server is on this machine), else None."""
    parts = urlsplit(url)
    if parts.hostname not in LOOPBACK_HOSTS:
        return None
    return parts.port or (443 if parts.scheme == "https" else 80)


def socket_inodes(port: int, state: str) -> set[int]:
    """Inodes of this machine's TCP sockets in ``state`` whose local port is ``port``."""
    inodes: set[int] = set()
    for table in ("tcp", "tcp6"):
        with contextlib.suppress(OSError):
            lines = (PROC / "net" / table).read_text(encoding="ascii").splitlines()[1:]
            for line in lines:
                fields = line.split()
                if fields[3] == state and int(fields[1].rpartition(":")[2], 16) == port:
                    inodes.add(int(fields[9]))
    return inodes


def fd_inodes(pid: int) -> list[int]:
    """Socket inodes among ``pid``'s open descriptors (empty if it is gone or not ours)."""
    found: list[int] = []
    with contextlib.suppress(OSError):
        for fd in os.listdir(PROC / str(pid) / "fd"):
            with contextlib.suppress(OSError):
                target = os.readlink(PROC / str(pid) / "fd" / fd)
                if target.startswith("socket:["):
                    found.append(int(target[8:-1]))
    return found


def all_pids() -> list[int]:
    return [int(name) for name in os.listdir(PROC) if name.isdigit()]


def listening_pids(port: int) -> list[int]:
    """Every process holding a socket that listens on ``port`` (a supervisor and its workers
    all hold the inherited one)."""
    listening = socket_inodes(port, LISTEN)
    if not listening:
        return []
    return sorted(pid for pid in all_pids() if listening.intersection(fd_inodes(pid)))


def children(pid: int) -> list[int]:
    """``pid`` and all its descendants."""
    parents: dict[int, list[int]] = {}
    for other in all_pids():
        with contextlib.suppress(OSError, IndexError, ValueError):
            stat = (PROC / str(other) / "stat").read_text(encoding="ascii")
            parent = int(stat.rpartition(")")[2].split()[1])
            parents.setdefault(parent, []).append(other)
    tree, todo = [], [pid]
    while todo:
        current = todo.pop()
        tree.append(current)
        todo.extend(parents.get(current, []))
    return sorted(tree)


def connections_by_pid(port: int, pids: Iterable[int]) -> dict[int, int]:
    """Established connections on ``port`` that each of ``pids`` holds (accepted sockets)."""
    established = socket_inodes(port, ESTABLISHED)
    held: Counter[int] = Counter()
    for pid in pids:
        held[pid] = sum(1 for inode in fd_inodes(pid) if inode in established)
    return dict(held)


def server_pids(url: str, given: int | None) -> list[int]:
    """The server's processes: ``given`` and its descendants, else whoever listens on the
    loopback URL's port; empty for a remote URL."""
    if given is not None:
        return children(given)
    port = local_port(url)
    return listening_pids(port) if port is not None else []
