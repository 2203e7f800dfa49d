"""deploy/nginx/twinspace.conf, checked by the real nginx from Debian: rendered for loopback
ports with a throwaway self-signed certificate, started as a subprocess in a temporary
prefix, in front of a real server; an HTTP request and a WebSocket (auth, subscribe, an
event) go through it over TLS."""

from __future__ import annotations

import asyncio
import json
import shutil
import ssl
import subprocess
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from websockets.asyncio.client import connect
from websockets.typing import Subprotocol

from loadtest.janus_process import janus_missing, start_janus
from protocol.codec import decode_server_message, encode_client_message
from protocol.messages import SUBPROTOCOL, Ack, Auth, Event, Subscribe, Welcome
from server.clock import FakeClock
from server.config import Settings
from tests.conftest import service_unavailable
from tests.realtime.conftest import LiveServer, serve
from tests.support import free_port

pytestmark = pytest.mark.multiprocess

SHIPPED = Path(__file__).resolve().parents[2] / "deploy" / "nginx" / "twinspace.conf"
START_TIMEOUT_S = 10.0


@dataclass
class Proxy:
    https_url: str
    http_url: str
    tls: ssl.SSLContext
    janus_port: int  # where the config sends /janus-ws: Janus's WebSocket transport


def nginx_binary() -> str:
    binary = shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx",) if Path(p).exists()), None
    )
    if binary is None:
        service_unavailable(
            "nginx is not installed: apt-get install -y --no-install-recommends nginx"
        )
    return binary


def self_signed(folder: Path) -> tuple[Path, Path]:
    openssl = shutil.which("openssl")
    if openssl is None:
        service_unavailable("openssl is not installed: apt-get install -y openssl")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
            "-keyout", str(key), "-out", str(cert), "-subj", "/CN=localhost",
            "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


def replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, f"the shipped config no longer has exactly one {old!r}"
    return text.replace(old, new)


def render(
    upstream_port: int, janus_port: int, http_port: int, https_port: int, cert: Path, key: Path
) -> str:
    """The shipped file, with only its CHANGE lines and listen ports made local."""
    text = SHIPPED.read_text()
    text = replace_once(text, "server 127.0.0.1:8000;", f"server 127.0.0.1:{upstream_port};")
    text = replace_once(text, "server 127.0.0.1:8188;", f"server 127.0.0.1:{janus_port};")
    text = replace_once(text, "listen 80;", f"listen 127.0.0.1:{http_port};")
    text = replace_once(text, "listen 443 ssl;", f"listen 127.0.0.1:{https_port} ssl;")
    text = replace_once(
        text,
        "/etc/letsencrypt/live/twinspace.example.org/fullchain.pem",
        str(cert),
    )
    text = replace_once(text, "/etc/letsencrypt/live/twinspace.example.org/privkey.pem", str(key))
    return text.replace("server_name twinspace.example.org;", "server_name 127.0.0.1;")


def main_config(prefix: Path, site: Path) -> str:
    """A whole nginx.conf that keeps everything (pid, logs, temp files) in the prefix."""
    return f"""
user root;
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log info;
events {{ worker_connections 256; }}
http {{
    access_log {prefix}/access.log;
    client_body_temp_path {prefix}/client_body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    include {site};
}}
"""


@pytest.fixture
def nginx_prefix(tmp_path: Path) -> tuple[str, Path]:
    """Checked before the server starts: without nginx, skip (or fail under CI=true)."""
    binary = nginx_binary()
    prefix = tmp_path / "nginx"
    prefix.mkdir()
    return binary, prefix


@pytest.fixture
async def live(database_url: str, tmp_path: Path) -> AsyncIterator[LiveServer]:
    settings = Settings(database_url=database_url, data_dir=tmp_path / "data", cheap_hashing=True)
    async with serve(settings, FakeClock()) as server:
        yield server


@pytest.fixture
async def proxy(nginx_prefix: tuple[str, Path], live: LiveServer) -> AsyncIterator[Proxy]:
    binary, prefix = nginx_prefix
    upstream = int(live.ws_url.rsplit(":", 1)[1].split("/")[0])
    cert, key = self_signed(prefix)
    http_port, https_port, janus_port = free_port(), free_port(), free_port()
    site = prefix / "twinspace.conf"
    site.write_text(render(upstream, janus_port, http_port, https_port, cert, key))
    conf = prefix / "nginx.conf"
    conf.write_text(main_config(prefix, site))
    checked = subprocess.run(  # noqa: ASYNC221 - nginx -t answers in milliseconds
        [binary, "-t", "-p", str(prefix), "-c", str(conf)], capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stderr
    process = await asyncio.create_subprocess_exec(
        binary, "-p", str(prefix), "-c", str(conf), "-g", "daemon off;",
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    tls = ssl.create_default_context(cafile=str(cert))
    try:
        async with asyncio.timeout(START_TIMEOUT_S):
            while True:
                try:
                    _, writer = await asyncio.open_connection("127.0.0.1", https_port)
                except OSError:
                    if process.returncode is not None:
                        pytest.fail(f"nginx exited: {(prefix / 'error.log').read_text()}")
                    await asyncio.sleep(0.02)
                    continue
                writer.close()
                await writer.wait_closed()
                break
        yield Proxy(
            f"https://127.0.0.1:{https_port}", f"http://127.0.0.1:{http_port}", tls, janus_port
        )
    finally:
        if process.returncode is None:
            process.terminate()
            await process.wait()


async def test_nginx_proxies_http_and_a_websocket_over_tls(live: LiveServer, proxy: Proxy) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    auth = {"Authorization": f"Bearer {ana.token}"}
    async with httpx.AsyncClient(base_url=proxy.https_url, verify=proxy.tls) as client:
        me = await client.get("/api/me", headers=auth)
        assert me.status_code == 200, me.text
        assert me.json()["id"] == ana.id
        # nginx's $request_id reached the server, which kept it and echoed it back.
        assert len(me.headers["x-request-id"]) == 32
        assert me.headers["strict-transport-security"].startswith("max-age=")
        assert (await client.get("/metrics")).status_code == 404

        ws_url = proxy.https_url.replace("https", "wss") + "/ws"
        async with connect(ws_url, subprotocols=[Subprotocol(SUBPROTOCOL)], ssl=proxy.tls) as ws:
            await ws.send(encode_client_message(Auth(token=ana.token)).decode())
            assert isinstance(decode_server_message(await ws.recv()), Welcome)
            channel = f"space:{space_id}"
            await ws.send(encode_client_message(Subscribe(ref="s", channel=channel)).decode())
            assert isinstance(decode_server_message(await ws.recv()), Ack)
            # A change made over HTTP through nginx reaches the socket through nginx.
            changed = await client.patch(
                f"/api/spaces/{space_id}", json={"title": "Through the proxy"}, headers=auth
            )
            assert changed.status_code == 200, changed.text
            async with asyncio.timeout(5):
                event = decode_server_message(await ws.recv())
            assert isinstance(event, Event)
            assert event.channel == channel
            assert event.data == {"title": "Through the proxy"}

    async with httpx.AsyncClient(base_url=proxy.http_url) as plain:
        redirect = await plain.get("/api/me")
    assert redirect.status_code == 301
    assert redirect.headers["location"].startswith("https://")


async def test_nginx_carries_a_browsers_janus_websocket(proxy: Proxy, tmp_path: Path) -> None:
    # What the video page does through the SFU with TWINSPACE_JANUS_CLIENT_URL =
    # wss://HOST/janus-ws: Janus's WebSocket transport, its subprotocol, behind the same TLS.
    why = janus_missing()
    if why is not None:
        service_unavailable(why)
    folder = tmp_path / "janus"
    folder.mkdir()
    janus = await start_janus(folder, ws_port=proxy.janus_port)
    try:
        ws_url = proxy.https_url.replace("https", "wss") + "/janus-ws"
        protocol = Subprotocol("janus-protocol")
        async with connect(ws_url, subprotocols=[protocol], ssl=proxy.tls) as ws:
            assert ws.subprotocol == protocol
            await ws.send(json.dumps({"janus": "create", "transaction": "t1"}))
            async with asyncio.timeout(5):
                created = json.loads(await ws.recv())
            assert created["janus"] == "success", created
            session = created["data"]["id"]
            await ws.send(
                json.dumps({"janus": "destroy", "session_id": session, "transaction": "t2"})
            )
            async with asyncio.timeout(5):
                assert json.loads(await ws.recv())["janus"] == "success"
    finally:
        await asyncio.to_thread(janus.stop)
