"""Several "hosts" on one machine: network namespaces joined by a private switch.

A deployment test (issue 23) needs what several machines have and one loopback has not: each
server node its own address, a load balancer in front, services on other addresses, and a
network between them that a test can cut. Each host here is a network namespace with one
interface (``eth0``) on a private /24; all of them hang off a Linux bridge that lives in a
namespace of its own (the "switch"), so nothing is added to the machine's own network and no
packet can leave (the switch has no uplink). Needs root (CAP_NET_ADMIN) and iproute2.

Cutting a host off another (a network partition) makes the cut host send its packets for
the other to a hardware address nobody has: they are dropped, as on a failed link, so
connections hang rather than being refused, which is the harder case for a client.

:class:`Hosts` deletes every namespace it made on :meth:`Hosts.close`, after killing what
still runs inside (see :func:`loadtest.netns.kill_inside`); names carry the creating
process's pid so that :func:`sweep_stale` can clean up after a run killed outright.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field

from . import netns
from .netns import ip, kill_inside

#: Namespace names start with this, then the creator's pid and a short random tag.
PREFIX = "tsl-h-"
#: The hosts' private network: SUBNET.N/24, N from 2 (1 is left unused).
SUBNET = "10.216.0"
#: A locally administered hardware address no host has: frames sent to it go nowhere.
NOWHERE = "02:00:00:00:de:ad"


@dataclass(frozen=True)
class Host:
    name: str  # short role name: "lb", "db", "n1", ...
    netns: str
    address: str

    def command(self, argv: list[str]) -> list[str]:
        """``argv`` run on this host (inside its namespace)."""
        return ["ip", "netns", "exec", self.netns, *argv]


@dataclass
class Hosts:
    """The switch and the hosts made so far; :meth:`close` removes them all."""

    tag: str = field(default_factory=lambda: f"{os.getpid()}-{secrets.token_hex(2)}")
    hosts: dict[str, Host] = field(default_factory=dict)
    _switch: str | None = None

    @property
    def switch(self) -> str:
        if self._switch is None:
            self._switch = f"{PREFIX}{self.tag}-sw"
            ip("netns", "add", self._switch)
            ip("-n", self._switch, "link", "set", "lo", "up")
            ip("-n", self._switch, "link", "add", "br0", "type", "bridge")
            ip("-n", self._switch, "link", "set", "br0", "up")
        return self._switch

    def add(self, name: str, number: int) -> Host:
        """A new host ``name`` at SUBNET.number, plugged into the switch."""
        netns = f"{PREFIX}{self.tag}-{name}"
        address = f"{SUBNET}.{number}"
        switch = self.switch
        ip("netns", "add", netns)
        host = Host(name, netns, address)
        self.hosts[name] = host
        ip("-n", netns, "link", "set", "lo", "up")
        # The pair is made in the switch, then one end moved to the host and renamed eth0.
        port = f"p{number}"
        ip("-n", switch, "link", "add", port, "type", "veth", "peer", "name", "eth0")
        ip("-n", switch, "link", "set", "eth0", "netns", netns)
        ip("-n", switch, "link", "set", port, "master", "br0")
        ip("-n", switch, "link", "set", port, "up")
        ip("-n", netns, "addr", "add", f"{address}/24", "dev", "eth0")
        ip("-n", netns, "link", "set", "eth0", "up")
        return host

    def cut(self, host: Host, other: Host) -> None:
        """Drop every packet ``host`` sends to ``other``, silently, as on a failed link.

        ``host`` is told that ``other``'s address belongs to a hardware address nobody has:
        the switch floods those frames and every host ignores them. Not a route: a blackhole
        or unreachable route makes the sender's own connect and send fail at once (EINVAL,
        EHOSTUNREACH), which a client handles far more easily than a peer that simply stops
        answering (and this kernel has no traffic-control or netfilter modules for a drop)."""
        ip("-n", host.netns, "neigh", "replace", other.address, "lladdr", NOWHERE, "dev", "eth0")

    def mend(self, host: Host, other: Host) -> None:
        """Undo the cut: ``host`` asks for ``other``'s hardware address again."""
        ip("-n", host.netns, "neigh", "del", other.address, "dev", "eth0")

    def close(self) -> None:
        names = [host.netns for host in self.hosts.values()]
        if self._switch is not None:
            names.append(self._switch)
        for name in names:
            kill_inside(name)
            _delete(name)
        self.hosts.clear()
        self._switch = None


@contextlib.contextmanager
def private_hosts() -> Iterator[Hosts]:
    sweep_stale()
    hosts = Hosts()
    try:
        yield hosts
    finally:
        hosts.close()


def _delete(name: str) -> None:
    subprocess.run(  # noqa: S603
        ["ip", "netns", "del", name],  # noqa: S607
        capture_output=True,
        timeout=10,
        check=False,
    )


def leftover_namespaces() -> list[str]:
    return netns.leftover_namespaces(PREFIX)


def sweep_stale() -> list[str]:
    """Delete the namespaces of runs whose process is gone (killed before their cleanup)."""
    return netns.sweep_stale(PREFIX)
