"""The fan-out benchmark's Node.js peers: what a team would pick instead of us, in the same run.

- **Node Socket.IO**: Socket.IO 4 with ``@socket.io/redis-adapter`` in one process
  (``loadtest/node/socketio_server.js``): one room per channel, publishes arriving through Redis
  as ours do. The same Python clients as the python-socketio peer drive it (the ``socketio``
  mode of :mod:`loadtest.workers`).
- **Node ws**: a raw ``ws`` broadcast server (``loadtest/node/ws_server.js``), the Node ceiling,
  speaking the raw websockets baseline's protocol, so the same clients and publisher drive it.

Their packages come from the npm registry, pinned by ``loadtest/node/package-lock.json``, and
:func:`install` puts them in ``loadtest/node/node_modules`` (ignored by git) with ``npm ci`` the
first time and whenever the lock changes; after that the benchmark needs no network.
``python -m loadtest.node_peers`` runs the same install on its own.
"""

from __future__ import annotations

import collections
import fcntl
import hashlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import msgspec
import redis.asyncio

NODE_DIR = Path(__file__).parent / "node"
#: Written after a successful ``npm ci``: the digest of the package files it installed.
STAMP = NODE_DIR / "node_modules" / ".twinspace-installed"
#: The oldest Node.js the pinned packages and ``node:util.parseArgs`` run on.
MIN_NODE_MAJOR = 18
#: Seconds ``npm ci`` gets (it downloads a few MB the first time); past this it is stuck.
INSTALL_TIMEOUT_S = 300.0

#: The Redis channel prefix of the Node Socket.IO peer's adapter (``--key``): its own, so that it
#: hears neither the python-socketio peer's manager nor another Socket.IO on the same Redis.
ADAPTER_KEY = "twinspace-bench-node-socketio"
EVENT = "tick"
#: What ``@socket.io/redis-emitter`` sends as its uid; the adapter drops only its own uid's.
EMITTER_UID = "emitter"
#: socket.io-parser's EVENT packet type.
PACKET_EVENT = 2


class NodeSetupError(Exception):
    """Node.js or npm is missing or too old, or the locked packages could not be installed."""


def lock_digest() -> str:
    """The digest of package.json and package-lock.json: what an install is stamped with."""
    digest = hashlib.sha256()
    for name in ("package.json", "package-lock.json"):
        digest.update((NODE_DIR / name).read_bytes())
    return digest.hexdigest()


def node_binary() -> str:
    """The ``node`` on PATH, checked to be at least MIN_NODE_MAJOR."""
    node = shutil.which("node")
    if node is None:
        raise NodeSetupError(
            "the Node.js peers need node (18 or later) and npm on PATH: install them "
            "(apt-get install nodejs npm) or skip the peers with --no-node-socketio --no-node-ws"
        )
    done = subprocess.run(  # noqa: S603 (the node found on PATH)
        [node, "--version"], capture_output=True, text=True, timeout=30, check=False
    )
    version = done.stdout.strip()
    found = re.fullmatch(r"v(\d+)\..*", version)
    if found is None or int(found[1]) < MIN_NODE_MAJOR:
        said = version or done.stderr.strip()[-300:]  # NODE_OPTIONS it refuses, for one
        raise NodeSetupError(
            f"the Node.js peers need node {MIN_NODE_MAJOR} or later; {node} --version says {said!r}"
        )
    return node


def npm_binary() -> str:
    npm = shutil.which("npm")
    if npm is None:
        raise NodeSetupError(
            "the Node.js peers are installed with npm, which is not on PATH: install it "
            "(apt-get install npm) or skip the peers with --no-node-socketio --no-node-ws"
        )
    return npm


def is_installed() -> bool:
    try:
        return STAMP.read_text().strip() == lock_digest()
    except FileNotFoundError:
        return False


def install() -> None:
    """``npm ci`` in loadtest/node unless the lock's packages are already there (idempotent).

    Holds a lock on package.json meanwhile, so two runs at once install once; raises
    NodeSetupError with npm's last lines if it fails.
    """
    node_binary()
    npm = npm_binary()
    with (NODE_DIR / "package.json").open("rb") as guard:
        fcntl.flock(guard, fcntl.LOCK_EX)
        if is_installed():
            return
        try:
            done = subprocess.run(  # noqa: S603 (npm from PATH, fixed arguments)
                [npm, "ci", "--no-audit", "--no-fund", "--prefer-offline"],
                cwd=NODE_DIR,
                capture_output=True,
                text=True,
                timeout=INSTALL_TIMEOUT_S,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise NodeSetupError(f"npm ci in {NODE_DIR} took over {exc.timeout:.0f} s") from exc
        if done.returncode != 0:
            tail = "\n".join((done.stdout + done.stderr).splitlines()[-15:])
            raise NodeSetupError(f"npm ci in {NODE_DIR} failed ({done.returncode}):\n{tail}")
        STAMP.write_text(lock_digest() + "\n")


def _start(data_dir: Path, log_name: str, script: str, *args: str) -> subprocess.Popen[bytes]:
    command = [node_binary(), str(NODE_DIR / script), *args]
    log = (data_dir / log_name).open("wb")
    return subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603


def start_ws(data_dir: Path, port: int) -> subprocess.Popen[bytes]:
    """The raw ``ws`` broadcast server on 127.0.0.1, logging to ``node_ws.log``."""
    return _start(data_dir, "node_ws.log", "ws_server.js", "--port", str(port))


def start_socketio(data_dir: Path, port: int, redis_url: str) -> subprocess.Popen[bytes]:
    """Socket.IO with its Redis adapter on 127.0.0.1, logging to ``node_socketio.log``."""
    return _start(
        data_dir,
        "node_socketio.log",
        "socketio_server.js",
        "--port",
        str(port),
        "--redis-url",
        redis_url,
        "--key",
        ADAPTER_KEY,
    )


def emitter_message(channel: str, data: dict[str, int]) -> tuple[str, bytes]:
    """The Redis channel and message of ``io.to(channel).emit("tick", data)`` sent from outside,
    as ``@socket.io/redis-emitter`` writes them: msgpack of [uid, packet, options], on the
    adapter's channel for that one room (``<key>#/#<room>#``), which only the servers holding
    the room act on."""
    packet = {"type": PACKET_EVENT, "data": [EVENT, data], "nsp": "/"}
    options = {"rooms": [channel], "except": [], "flags": {}}
    message = msgspec.msgpack.encode([EMITTER_UID, packet, options])
    return f"{ADAPTER_KEY}#/#{channel}#", message


class NodeSocketioPublisher:
    """Emits to a room through Redis as the Node emitter does; seqs count from 0 per channel
    and run, in the payload (``seq``) beside the send time (``t``), as for python-socketio."""

    def __init__(self, redis_url: str) -> None:
        self.redis = redis.asyncio.Redis.from_url(redis_url)
        self.final: dict[str, int] = collections.Counter()

    async def publish(self, channel: str, sent_ns: int, index: int) -> None:
        self.final[channel] += 1  # before the await: lanes of a burst share no channel
        name, message = emitter_message(
            channel, {"t": sent_ns, "seq": self.final[channel], "i": index}
        )
        await self.redis.publish(name, message)

    async def close(self) -> None:
        await self.redis.aclose()


def main() -> int:
    """Install the Node peers' packages (what the benchmark does first), for CI or by hand."""
    try:
        install()
    except NodeSetupError as exc:
        print(f"loadtest.node_peers: {exc}", file=sys.stderr)
        return 1
    print(f"Node peers installed in {NODE_DIR / 'node_modules'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
