"""A real S3-protocol server for the blob store tests: Debian's Ceph radosgw on a one-node
Ceph cluster, brought up in a temporary folder on loopback ports and killed afterwards.

One monitor, one OSD on ``memstore`` (objects in the OSD's memory: nothing on disk, nothing
to clean), pools of size 1, no manager (nothing here needs one), authentication off between
the daemons (they only listen on 127.0.0.1), and radosgw's beast frontend with one S3 user.
Every daemon runs in the foreground as a child of the test process (``-f``), so killing the
children stops everything. Bring-up took 16-20 s on the development machine while it was
heavily loaded (load average above 20, so not a benchmark): the monitor ~1 s, the OSD ~5 s,
radosgw creating its pools ~9 s. It happens once per pytest worker (the ``s3_server``
session fixture in tests/conftest.py), well within the 120 s allowed before it counts as
failed.

The packages: ceph-mon, ceph-osd, radosgw and ceph-common (tests/machine-setup.sh).
"""

from __future__ import annotations

import contextlib
import http.client
import os
import shutil
import signal
import subprocess
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from tests.support import free_port

BINARIES = ("monmaptool", "ceph-mon", "ceph-osd", "radosgw", "radosgw-admin", "ceph")
ACCESS_KEY = "twinspacetest"
SECRET_KEY = "twinspacetestsecret"
#: How long bring-up may take before it counts as failed (a loaded machine is slow).
START_TIMEOUT_S = 120.0

CONF = """\
[global]
fsid = {fsid}
mon host = v2:127.0.0.1:{mon_port}
public network = 127.0.0.1/32
auth cluster required = none
auth service required = none
auth client required = none
auth supported = none
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
rgw frontends = beast endpoint=127.0.0.1:{rgw_port}
rgw data = {root}/rgw
rgw dns name = 127.0.0.1
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
    """One cluster in ``root``; ``start`` brings it up, ``stop`` kills it."""

    root: Path
    mon_port: int = field(default_factory=free_port)
    rgw_port: int = field(default_factory=free_port)
    children: list[subprocess.Popen[bytes]] = field(default_factory=list)
    started_in_s: float = 0.0

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.rgw_port}"

    @property
    def conf(self) -> Path:
        return self.root / "ceph.conf"

    def run(self, *args: str, timeout: float = 60) -> str:
        try:
            done = subprocess.run(
                [*args, "-c", str(self.conf)], capture_output=True, timeout=timeout, check=False
            )
        except subprocess.TimeoutExpired as exc:
            raise S3ServerFailed(f"{args[0]} took over {timeout} s") from exc
        if done.returncode != 0:
            raise S3ServerFailed(f"{' '.join(args)}: {done.stderr.decode(errors='replace')}")
        return done.stdout.decode()

    def daemon(self, *args: str) -> None:
        self.children.append(
            subprocess.Popen(
                [*args, "-f", "-c", str(self.conf)],
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
                mon_port=self.mon_port,
                rgw_port=self.rgw_port,
                root=self.root,
                libdir=lib_dir(),
            )
        )
        monmap = str(self.root / "monmap")
        subprocess.run(
            [
                *("monmaptool", "--create", "--addv", "a", f"[v2:127.0.0.1:{self.mon_port}]"),
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
            probe = http.client.HTTPConnection("127.0.0.1", self.rgw_port, timeout=1)
            try:
                probe.request("GET", "/")
                if probe.getresponse().status < 500:
                    return
            except OSError:
                pass
            finally:
                probe.close()
            time.sleep(0.25)
        raise S3ServerFailed(f"radosgw did not answer in {START_TIMEOUT_S} s: {self.log_tail()}")

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
