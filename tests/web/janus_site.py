"""A real Janus in a private network namespace, reachable at one URL from both sides: from
Chromium running inside that namespace (tests/web/chromium-netns with TWINSPACE_NETNS_NAME)
and from the test server running in the pytest process, on the host.

Janus gathers ICE only on the namespace's veth ``t0`` (loadtest.netns: it never gathers on
loopback), and Chromium inside gathers on ``t0``/``t1``, so media between them stays in the
namespace. Janus's HTTP transport listens on the namespace's 127.0.0.1:PORT; the host listens
on its own 127.0.0.1:PORT (tests/web/netns.py ``host_listener``) and carries each connection
over a Unix socket to ``netns_forward.py --in`` inside, which connects on to Janus. So
``http://127.0.0.1:PORT/janus`` is Janus for the server and for the page alike, and the
``JoinedVideo.sfu.url`` the server hands the browser works as it is.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import subprocess
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

from loadtest import netns
from loadtest.janus_process import JanusProcess, janus_missing, start_janus

from .netns import FORWARDER, host_listener

#: Seconds the forwarder inside the namespace gets to listen.
FORWARDER_START_S = 5.0
#: Seconds the namespace's addresses get to settle (IPv6 duplicate address detection on the
#: veth pair takes about 1.5 s after it comes up).
SETTLE_S = 10.0


@dataclass(frozen=True)
class JanusNetwork:
    """The namespace and the way into it, before Janus runs (the server's settings need the
    URL first, Janus's CORS the server's origin)."""

    netns: netns.Netns
    port: int  # the same on the host's and on the namespace's 127.0.0.1
    admin_key: str
    folder: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/janus"

    @property
    def ws_port(self) -> int:
        """Janus's WebSocket transport, when it has one: reached from inside only (the
        browser's way to Janus, `TWINSPACE_JANUS_CLIENT_URL`); the server keeps to HTTP."""
        return self.port + 1

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.ws_port}"


def janus_netns_unavailable() -> str | None:
    """Why Janus cannot run in a namespace of ours here, or None."""
    return janus_missing() or netns.netns_missing()


async def _wait_for(path: Path, popen: subprocess.Popen[bytes]) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + FORWARDER_START_S
    while not path.exists():  # noqa: ASYNC240 - a stat, polled briefly at start-up
        if popen.poll() is not None or loop.time() > deadline:
            raise RuntimeError(f"the forwarder into the namespace did not start ({path})")
        await asyncio.sleep(0.02)


async def settled(ns: netns.Netns) -> None:
    """Wait until no address of the namespace is still tentative. When the veths' IPv6
    link-local addresses become valid, Chromium sees a network change and aborts the requests
    it has in flight (net::ERR_NETWORK_CHANGED): a first page load would half fail."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + SETTLE_S
    argv = ["ip", "-n", ns.name, "-o", "addr", "show"]
    while True:
        listed = await asyncio.to_thread(
            subprocess.run, argv, capture_output=True, text=True, check=True, timeout=10
        )
        if "tentative" not in listed.stdout:
            return
        if loop.time() > deadline:
            raise RuntimeError(f"addresses in {ns.name} still tentative:\n{listed.stdout}")
        await asyncio.sleep(0.05)


@contextlib.asynccontextmanager
async def janus_network(folder: Path) -> AsyncIterator[JanusNetwork]:
    """A fresh namespace, the host's listener and the forwarder inside; all gone on exit
    (private_netns kills what is still inside, the namespace is deleted, the listener
    closes)."""
    folder.mkdir(parents=True, exist_ok=True)  # noqa: ASYNC240 - one local mkdir
    sock = folder / "janus.sock"
    with netns.private_netns() as ns:
        async with host_listener(sock) as port:
            argv = [sys.executable, str(FORWARDER), "--in", str(port), str(sock)]
            forwarder = subprocess.Popen(ns.command(argv))  # noqa: ASYNC220 - not waited on
            try:
                await _wait_for(Path(f"{sock}.ready"), forwarder)
                yield JanusNetwork(ns, port, secrets.token_hex(16), folder)
            finally:
                forwarder.terminate()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    await asyncio.to_thread(forwarder.wait, 5)


@contextlib.asynccontextmanager
async def janus_in(
    network: JanusNetwork, allow_origin: str | None, *, websocket: bool = False
) -> AsyncIterator[JanusProcess]:
    """Janus inside ``network``'s namespace, answering through the forwarder at
    ``network.url``; ``allow_origin`` is the page origin its CORS answers name. With
    ``websocket``, also its WebSocket transport at ``network.ws_url`` (inside only)."""
    folder = network.folder / "janus"
    folder.mkdir()
    janus = await start_janus(
        folder,
        network.netns.interface,
        port=network.port,
        admin_key=network.admin_key,
        prefix=network.netns.command([]),
        allow_origin=allow_origin,
        ws_port=network.ws_port if websocket else None,
    )
    try:
        yield janus
    finally:
        await asyncio.to_thread(janus.stop)
