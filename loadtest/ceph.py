"""A real S3-protocol server: Debian's Ceph radosgw on a one-node Ceph cluster, brought up in
a temporary folder and killed afterwards. The blob store tests run it on loopback ports of the
machine; the deployment (loadtest/deployment.py) runs it on a host of its own (a network
namespace: ``host``), on that host's address.

One monitor, one OSD on ``memstore`` (objects in the OSD's memory: nothing on disk, nothing
to clean), pools of size 1, no manager (nothing here needs one), authentication off between
the daemons (they listen only on 127.0.0.1 or a private host's address), and radosgw's beast
frontend with one S3 user. Every daemon runs in the foreground as a child of the process that
started it (``-f``), so killing the children stops everything. Bring-up took 16-20 s on the
development machine while it was heavily loaded (load average above 20, so not a benchmark):
the monitor ~1 s, the OSD ~5 s, radosgw creating its pools ~9 s. The tests do it once per
pytest worker (the ``s3_server`` session fixture in tests/conftest.py), well within the 120 s
allowed before it counts as failed.

The packages: ceph-mon, ceph-osd, radosgw and ceph-common (tests/machine-setup.sh).
"""

from __future__ import annotations

import contextlib
import http.client
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from .hosts import Host
from .processes import free_port

BINARIES = ("monmaptool", "ceph-mon", "ceph-osd", "radosgw", "radosgw-admin", "ceph")
ACCESS_KEY = "twinspacetest"
SECRET_KEY = "twinspacetestsecret"  # noqa: S105 (a throwaway local server's)
#: How long bring-up may take before it counts as failed (a loaded machine is slow).
START_TIMEOUT_S = 120.0

#: ``python -c RGW_PROBE ADDRESS PORT`` exits 0 when radosgw answers below 500.
RGW_PROBE = (
    "import http.client, sys\n"
    "c = http.client.HTTPConnection(sys.argv[1], int(sys.argv[2]), timeout=1)\n"
    "try:\n"
    "    c.request('GET', '/')\n"
    "    sys.exit(0 if c.getresponse().status < 500 else 1)\n"
    "except OSError:\n"
    "    sys.exit(1)\n"
)

CONF = """\
[global]
fsid = {fsid}
mon host = v2:{address}:{mon_port}
public network = {address}/32
auth cluster required = none
auth service required = none
auth client required = none
auth supported = none
# Everything listens on one address of its own (loopback, or a deployment's host).
# radosgw asks for "secure" mode towards the monitor by default, which needs cephx.
ms mon client mode = crc
ms client mode = crc
ms bind ipv6 = false
osd pool default size = 1
osd pool default min size = 1
osd pool default pg num = 8
osd pool default pgp num = 8
osd pool default pg autoscale mode = off
osd crush chooseleaf type = 0
mon allow pool size one = true
mon warn on pool no redundancy = false
mon data avail warn = 1
mon data avail crit = 0
run dir = {root}/run
admin socket = {root}/run/$name.asok
log file = {root}/$name.log
pid file = {root}/run/$name.pid
erasure code dir = {libdir}/ceph/erasure-code
osd class dir = {libdir}/rados-classes

[mon]
mon data = {root}/mon
mon cluster log file = {root}/cluster.log

[osd]
osd objectstore = memstore
memstore device bytes = 2147483648
osd data = {root}/osd0
osd max object name len = 256
osd max object namespace len = 64

[client.rgw]
rgw frontends = beast endpoint={address}:{rgw_port}
rgw data = {root}/rgw
rgw dns name = {address}
rgw gc obj min wait = 0
"""


def missing_binaries() -> list[str]:
    return [name for name in BINARIES if shutil.which(name) is None]


def lib_dir() -> Path:
    """Where Debian put Ceph's plugins (erasure codes, the RADOS classes radosgw needs)."""
    for candidate in Path("/usr/lib").glob("*/rados-classes"):
        return candidate.parent
    return Path("/usr/lib/x86_64-linux-gnu")


class S3ServerFailed(Exception):
    """Ceph or radosgw did not come up; the message quotes the daemon's log."""


@dataclass
class CephS3:
    """One cluster in ``root``; ``start`` brings it up, ``stop`` kills it. With ``host``, every
    daemon and command runs on that host and listens on its address, else on 127.0.0.1."""

    root: Path
    host: Host | None = None
    mon_port: int = field(default_factory=free_port)
    rgw_port: int = field(default_factory=free_port)
    children: list[subprocess.Popen[bytes]] = field(default_factory=list)
    started_in_s: float = 0.0

    @property
    def address(self) -> str:
        return "127.0.0.1" if self.host is None else self.host.address

    @property
    def endpoint(self) -> str:
        return f"http://{self.address}:{self.rgw_port}"

    def command(self, argv: list[str]) -> list[str]:
        return argv if self.host is None else self.host.command(argv)

    @property
    def conf(self) -> Path:
        return self.root / "ceph.conf"

    def run(self, *args: str, timeout: float = 60) -> str:
        try:
            done = subprocess.run(  # noqa: S603 (Ceph's programs, our arguments)
                self.command([*args, "-c", str(self.conf)]),
                capture_output=True,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise S3ServerFailed(f"{args[0]} took over {timeout} s") from exc
        if done.returncode != 0:
            raise S3ServerFailed(f"{' '.join(args)}: {done.stderr.decode(errors='replace')}")
        return done.stdout.decode()

    def daemon(self, *args: str) -> None:
        self.children.append(
            subprocess.Popen(  # noqa: S603
                self.command([*args, "-f", "-c", str(self.conf)]),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,  # a Ctrl-C of pytest is handled by stop(), not them
            )
        )

    def start(self) -> None:
        began = time.monotonic()
        for folder in ("mon", "osd0", "run", "rgw"):
            (self.root / folder).mkdir(parents=True, exist_ok=True)
        fsid = str(uuid.uuid4())
        self.conf.write_text(
            CONF.format(
                fsid=fsid,
                address=self.address,
                mon_port=self.mon_port,
                rgw_port=self.rgw_port,
                root=self.root,
                libdir=lib_dir(),
            )
        )
        monmap = str(self.root / "monmap")
        subprocess.run(  # noqa: S603
            [
                *("monmaptool", "--create", "--addv", "a", f"[v2:{self.address}:{self.mon_port}]"),
                *("--fsid", fsid, monmap),
            ],
            capture_output=True,
            check=True,
        )
        self.run("ceph-mon", "--mkfs", "-i", "a", "--monmap", monmap)
        self.daemon("ceph-mon", "-i", "a")
        osd_id = self.run("ceph", "osd", "create").strip()
        self.run("ceph-osd", "-i", osd_id, "--mkfs")
        self.daemon("ceph-osd", "-i", osd_id)
        self.daemon("radosgw", "-n", "client.rgw")
        self.wait_for_rgw(began)
        self.run(
            "radosgw-admin",
            "user",
            "create",
            "--uid=twinspace",
            "--display-name=twinspace tests",
            f"--access-key={ACCESS_KEY}",
            f"--secret-key={SECRET_KEY}",
        )
        self.started_in_s = time.monotonic() - began

    def wait_for_rgw(self, began: float) -> None:
        while time.monotonic() - began < START_TIMEOUT_S:
            for child in self.children:
                if child.poll() is not None:
                    raise S3ServerFailed(f"{child.args!r} exited: {self.log_tail()}")
            if self.rgw_answers():
                return
            time.sleep(0.25)
        raise S3ServerFailed(f"radosgw did not answer in {START_TIMEOUT_S} s: {self.log_tail()}")

    def rgw_answers(self) -> bool:
        """Whether radosgw answers HTTP (asked from its own host when it has one)."""
        if self.host is not None:
            done = subprocess.run(  # noqa: S603
                self.command([sys.executable, "-c", RGW_PROBE, self.address, str(self.rgw_port)]),
                capture_output=True,
                timeout=30,
                check=False,
            )
            return done.returncode == 0
        probe = http.client.HTTPConnection(self.address, self.rgw_port, timeout=1)
        try:
            probe.request("GET", "/")
            return probe.getresponse().status < 500
        except OSError:
            return False
        finally:
            probe.close()

    def log_tail(self) -> str:
        lines: list[str] = []
        for log in sorted(self.root.glob("*.log")):
            lines.append(f"--- {log.name}")
            lines.extend(log.read_text(errors="replace").splitlines()[-8:])
        return "\n".join(lines)

    def stop(self) -> None:
        for child in reversed(self.children):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(child.pid, signal.SIGKILL)
        for child in self.children:
            child.wait()
        self.children.clear()
