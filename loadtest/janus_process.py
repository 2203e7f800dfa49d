"""Start a private Janus (Debian package `janus`) for tests and benchmarks: a generated
configuration in a temporary folder, only the VideoRoom plugin and the HTTP transport, both
bound to loopback, ICE restricted to `lo`, on free ports."""

from __future__ import annotations

import asyncio
import secrets
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import aiohttp

from .processes import free_port

JANUS = "janus"
LIB = Path("/usr/lib/x86_64-linux-gnu/janus")
START_TIMEOUT_S = 15.0


@dataclass
class JanusProcess:
    popen: subprocess.Popen[bytes]
    url: str  # the HTTP transport, e.g. http://127.0.0.1:PORT/janus
    admin_key: str
    folder: Path

    def stop(self) -> None:
        self.popen.terminate()
        try:
            self.popen.wait(10)
        except subprocess.TimeoutExpired:
            self.popen.kill()
            self.popen.wait()

    def log(self) -> str:
        return (self.folder / "janus.log").read_text(errors="replace")[-4000:]


def janus_missing() -> str | None:
    """Why Janus cannot run here, or None."""
    if shutil.which(JANUS) is None:
        return "janus is not installed (apt-get install -y --no-install-recommends janus)"
    for lib in ("plugins/libjanus_videoroom.so", "transports/libjanus_http.so"):
        if not (LIB / lib).exists():
            return f"janus has no {lib} under {LIB}"
    return None


def write_config(
    folder: Path,
    http_port: int,
    rtp_ports: tuple[int, int],
    admin_key: str,
    ice_interface: str = "lo",
    debug_level: int = 3,
    allow_origin: str | None = None,
    ws_port: int | None = None,
) -> Path:
    """Janus's configuration in ``folder``; ICE restricted to ``ice_interface`` (a private
    namespace's veth for media, see loadtest.netns; ``lo`` gathers nothing usable).
    ``allow_origin``: the one origin Janus's HTTP transport names in
    Access-Control-Allow-Origin (a browser page calling it); by default it answers ``*``.
    ``ws_port``: also Janus's WebSocket transport, on that port of 127.0.0.1."""
    cors = f'cors: {{\n  allow_origin = "{allow_origin}"\n}}\n' if allow_origin else ""
    libraries = [("plugins", "libjanus_videoroom.so"), ("transports", "libjanus_http.so")]
    if ws_port is not None:
        libraries.append(("transports", "libjanus_websockets.so"))
        (folder / "janus.transport.websockets.jcfg").write_text(
            f"""general: {{
  json = "plain"
  ws = true
  ws_port = {ws_port}
  ws_ip = "127.0.0.1"
  wss = false
}}
admin: {{
  admin_ws = false
}}
"""
        )
    for sub, lib in libraries:
        (folder / sub).mkdir(parents=True, exist_ok=True)
        (folder / sub / lib).symlink_to(LIB / sub / lib)
    (folder / "none").mkdir(exist_ok=True)
    config = folder / "janus.jcfg"
    config.write_text(
        f"""general: {{
  configs_folder = "{folder}"
  plugins_folder = "{folder}/plugins"
  transports_folder = "{folder}/transports"
  events_folder = "{folder}/none"
  loggers_folder = "{folder}/none"
  debug_level = {debug_level}
  admin_secret = "{secrets.token_hex(16)}"
}}
media: {{
  rtp_port_range = "{rtp_ports[0]}-{rtp_ports[1]}"
}}
nat: {{
  ice_enforce_list = "{ice_interface}"
  ignore_mdns = true
}}
plugins: {{}}
transports: {{}}
events: {{}}
loggers: {{}}
"""
    )
    (folder / "janus.transport.http.jcfg").write_text(
        f"""general: {{
  json = "plain"
  base_path = "/janus"
  http = true
  port = {http_port}
  ip = "127.0.0.1"
  https = false
}}
admin: {{
  admin_http = false
}}
{cors}"""
    )
    (folder / "janus.plugin.videoroom.jcfg").write_text(
        f'general: {{\n  admin_key = "{admin_key}"\n}}\n'
    )
    return config


def spawn_janus(
    folder: Path,
    ice_interface: str = "lo",
    debug_level: int = 3,
    *,
    port: int | None = None,
    admin_key: str | None = None,
    prefix: Sequence[str] = (),
    allow_origin: str | None = None,
    ws_port: int | None = None,
    rtp_port_count: int = 100,
) -> JanusProcess:
    """Janus with a fresh configuration (not waited for): on ``port`` of 127.0.0.1 (a free
    one by default), run as ``prefix + janus ...`` (``ip netns exec NAME``, say: ``port`` is
    then the namespace's, and ``url`` is reached from outside only through a forwarder)."""
    port = port or free_port()
    admin_key = admin_key or secrets.token_hex(16)
    # A block of RTP ports unlikely to clash with other runs. Janus takes one port per
    # PeerConnection (bundled), so the block bounds the PeerConnections: 100 by default.
    base = 20000 + secrets.randbelow(400) * 100
    config = write_config(
        folder,
        port,
        (base, base + rtp_port_count - 1),
        admin_key,
        ice_interface,
        debug_level,
        allow_origin,
        ws_port,
    )
    with (folder / "janus.log").open("wb") as log:  # the child keeps its own copy
        popen = subprocess.Popen(  # noqa: S603
            [*prefix, JANUS, "-C", str(config), "-F", str(folder), "-o"],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    return JanusProcess(popen, f"http://127.0.0.1:{port}/janus", admin_key, folder)


async def start_janus(
    folder: Path,
    ice_interface: str = "lo",
    debug_level: int = 3,
    *,
    port: int | None = None,
    admin_key: str | None = None,
    prefix: Sequence[str] = (),
    allow_origin: str | None = None,
    ws_port: int | None = None,
    rtp_port_count: int = 100,
) -> JanusProcess:
    """As :func:`spawn_janus`, answering at ``url`` from here; raises RuntimeError with its
    log if not."""
    process = spawn_janus(
        folder,
        ice_interface,
        debug_level,
        port=port,
        admin_key=admin_key,
        prefix=prefix,
        allow_origin=allow_origin,
        ws_port=ws_port,
        rtp_port_count=rtp_port_count,
    )
    popen = process.popen
    async with aiohttp.ClientSession() as http:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + START_TIMEOUT_S
        while loop.time() < deadline:
            if popen.poll() is not None:
                break
            try:
                async with http.get(f"{process.url}/info") as response:
                    if response.status == 200:
                        return process
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.1)
    process.stop()
    raise RuntimeError(f"janus did not start:\n{process.log()}")
