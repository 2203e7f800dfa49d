"""A private network namespace for media through Janus: made by the run itself, gone after it.

Janus never gathers ICE candidates on a loopback interface (``src/ice.c`` skips
``IFF_LOOPBACK``), so on a machine where WebRTC must stay on 127.0.0.1 no peer can reach it.
Inside a namespace of our own, a veth pair whose both ends stay in the namespace gives Janus a
non-loopback interface with a private address (``ADDRESS``); Janus, the server and the aiortc
peers all run in the namespace, so no packet ever leaves it (it has no route out: nothing else
is connected to it). Needs CAP_NET_ADMIN (root) and iproute2.

:func:`private_netns` makes one with a unique name and deletes it in a ``finally``, after
killing every process still inside it (processes this run started there, found with
``ip netns pids``), also when the run fails.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: The namespace's one non-loopback address (Janus's and the peers' ICE host candidate).
ADDRESS = "10.213.0.1"
#: The other end of the veth pair (unused by the media, there so the link is up).
PEER_ADDRESS = "10.213.0.2"
PREFIX = "tsl-janus-"
#: Seconds the processes left in a namespace get after SIGTERM, before SIGKILL.
KILL_GRACE_S = 5.0
#: How a run inside a namespace hands its figures out: one line on stdout, then JSON.
RESULT = "RESULT "
ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Netns:
    name: str
    interface: str  # the veth end holding ADDRESS (Janus's ice_enforce_list)
    address: str

    def command(self, argv: list[str]) -> list[str]:
        """``argv`` run inside the namespace."""
        return ["ip", "netns", "exec", self.name, *argv]


def ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, timeout=10)  # noqa: S603, S607


def netns_missing() -> str | None:
    """Why no private network namespace can be made here, or None."""
    if shutil.which("ip") is None:
        return "iproute2 is not installed (ip)"
    if os.geteuid() != 0:
        return "making a network namespace needs root (CAP_NET_ADMIN)"
    try:
        with private_netns():
            pass
    except (OSError, subprocess.SubprocessError) as exc:
        detail = getattr(exc, "stderr", b"") or b""
        return f"cannot make a network namespace: {exc} {detail.decode(errors='replace')}"
    return None


def pids_in(name: str) -> list[int]:
    listed = subprocess.run(  # noqa: S603
        ["ip", "netns", "pids", name],  # noqa: S607
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    )
    return [int(pid) for pid in listed.stdout.split()]


def kill_inside(name: str) -> None:
    """SIGTERM, then SIGKILL, every process still in the namespace (all started by us)."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        pids = pids_in(name)
        if not pids:
            return
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, sig)
        deadline = time.monotonic() + KILL_GRACE_S
        while time.monotonic() < deadline and pids_in(name):
            time.sleep(0.05)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_stale(prefix: str = PREFIX) -> list[str]:
    """Delete namespaces named ``prefix``PID-… whose creating process is gone (a run killed
    with SIGKILL never reaches its ``finally``); the names carry the creator's pid."""
    swept = []
    for name in leftover_namespaces(prefix):
        creator = name.removeprefix(prefix).split("-")[0]
        if creator.isdigit() and not alive(int(creator)):
            kill_inside(name)
            subprocess.run(  # noqa: S603
                ["ip", "netns", "del", name],  # noqa: S607
                capture_output=True,
                timeout=10,
                check=False,
            )
            swept.append(name)
    return swept


@contextlib.contextmanager
def private_netns() -> Iterator[Netns]:
    """A fresh namespace: ``lo`` up and a veth pair ``t0``/``t1`` (both ends inside) with
    ``ADDRESS`` on ``t0``; killed and deleted on exit, also on failure. Stale namespaces of
    runs that were killed outright are swept first."""
    sweep_stale()
    name = f"{PREFIX}{os.getpid()}-{secrets.token_hex(3)}"
    ip("netns", "add", name)
    try:
        ip("-n", name, "link", "set", "lo", "up")
        ip("-n", name, "link", "add", "t0", "type", "veth", "peer", "name", "t1")
        ip("-n", name, "addr", "add", f"{ADDRESS}/24", "dev", "t0")
        ip("-n", name, "addr", "add", f"{PEER_ADDRESS}/24", "dev", "t1")
        ip("-n", name, "link", "set", "t0", "up")
        ip("-n", name, "link", "set", "t1", "up")
        yield Netns(name, "t0", ADDRESS)
    finally:
        kill_inside(name)
        subprocess.run(  # noqa: S603
            ["ip", "netns", "del", name],  # noqa: S607
            capture_output=True,
            timeout=10,
            check=False,
        )


def leftover_namespaces(prefix: str = PREFIX) -> list[str]:
    """Namespaces named ``prefix``… that still exist (for tests checking cleanup)."""
    listed = subprocess.run(
        ["ip", "netns", "list"],  # noqa: S607
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    )
    return [line.split()[0] for line in listed.stdout.splitlines() if line.startswith(prefix)]


def run_inside(module: str, argv: list[str], timeout_s: float, *, live: bool) -> dict[str, Any]:
    """Make a private namespace, run ``python -m MODULE --inside`` in it (with its interface,
    address and a scratch folder, then ``argv``), delete it; the JSON of its ``RESULT`` line,
    with the namespace's name under ``netns``.

    Raises RuntimeError (with the inner run's output) if it fails or prints no result, and
    subprocess.TimeoutExpired past ``timeout_s`` (what is left inside is killed either way)."""
    with (
        tempfile.TemporaryDirectory(prefix=PREFIX) as folder,
        private_netns() as ns,
    ):
        inner = [sys.executable, "-m", module, "--inside", "--interface", ns.interface]
        command = ns.command([*inner, "--address", ns.address, "--folder", folder, *argv])
        completed = subprocess.run(  # noqa: S603 (our interpreter, our own flags)
            command,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=None if live else subprocess.PIPE,
            text=True,
            timeout=timeout_s,
            check=False,
        )
    for line in completed.stdout.splitlines():
        if line.startswith(RESULT):
            result: dict[str, Any] = json.loads(line[len(RESULT) :])
            result["netns"] = ns.name
            return result
    raise RuntimeError(
        f"the run in the namespace failed (exit {completed.returncode}):\n"
        f"{completed.stdout[-4000:]}\n{(completed.stderr or '')[-8000:]}"
    )
