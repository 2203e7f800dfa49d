"""`twinspace serve --workers 2`: prometheus_client's multiprocess mode, so whichever worker
answers a scrape reports the connections of both."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import time
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from websockets.asyncio.client import ClientConnection, connect
from websockets.typing import Subprotocol

from protocol.codec import decode_server_message, encode_client_message
from protocol.messages import SUBPROTOCOL, Auth, Welcome
from server.http.exposition import SAMPLE_INTERVAL_S
from tests.support import free_port
from tests.test_cli import STOP_TIMEOUT_S, TWINSPACE, clean_environment, wait_until_live

pytestmark = pytest.mark.multiprocess

TOKEN = "workers-token-0123456789"
CONNECTIONS = 8


def connections_reported(base_url: str) -> tuple[float, float]:
    """(open connections, handshakes accepted) as one scrape reports them."""
    with httpx.Client(base_url=base_url, timeout=5.0) as client:
        text = client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"}).text
    found = {"twinspace_ws_connections": 0.0, "twinspace_ws_accepted_total": 0.0}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name in found:
                found[sample.name] += sample.value
    return found["twinspace_ws_connections"], found["twinspace_ws_accepted_total"]


async def until_reported(base_url: str, wanted: float) -> tuple[float, float]:
    # The worker that does not answer a scrape refreshes its figures every SAMPLE_INTERVAL_S.
    deadline = time.monotonic() + 3 * SAMPLE_INTERVAL_S
    while True:
        reported = await asyncio.to_thread(connections_reported, base_url)
        if reported[0] == wanted or time.monotonic() > deadline:
            return reported
        await asyncio.sleep(0.2)


async def test_two_workers_add_up_in_one_scrape(tmp_path: Path, redis_url: str) -> None:
    port = free_port()
    log = tmp_path / "serve.log"
    command = [
        str(TWINSPACE), "serve", "--port", str(port), "--workers", "2",
        "--data-dir", str(tmp_path / "data"), "--redis-url", redis_url,
    ]  # fmt: skip
    with log.open("wb") as output:
        process = subprocess.Popen(  # noqa: ASYNC220 - starting it takes a millisecond
            command,
            cwd=tmp_path,
            env=clean_environment(TWINSPACE_METRICS_TOKEN=TOKEN),
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    base_url = f"http://127.0.0.1:{port}"
    sockets: list[ClientConnection] = []
    try:
        await asyncio.to_thread(wait_until_live, process, base_url, log)
        async with httpx.AsyncClient(base_url=base_url) as client:
            body = {
                "email": "ana@school.example",
                "password": "correct horse battery",
                "display_name": "Ana",
                "school": "Ecole",
                "country": "FR",
            }
            assert (await client.post("/api/accounts/teachers", json=body)).status_code == 201
            login = {"email": body["email"], "password": body["password"], "mode": "token"}
            token = (await client.post("/api/auth/login", json=login)).json()["token"]
        for _ in range(CONNECTIONS):
            ws = await connect(f"ws://127.0.0.1:{port}/ws", subprotocols=[Subprotocol(SUBPROTOCOL)])
            sockets.append(ws)
            await ws.send(encode_client_message(Auth(token=token)).decode())
            assert isinstance(decode_server_message(await ws.recv()), Welcome)

        assert await until_reported(base_url, CONNECTIONS) == (CONNECTIONS, CONNECTIONS)
        for ws in sockets:
            await ws.close()
        assert await until_reported(base_url, 0) == (0, CONNECTIONS)
    finally:
        for ws in sockets:
            await ws.close()
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    output_text = log.read_text()
    assert "Traceback" not in output_text, output_text
    assert output_text.count("Started server process") == 2, output_text
