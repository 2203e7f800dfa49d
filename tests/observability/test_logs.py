"""Logs of a real `twinspace serve --log-format json --log-level debug` through a whole flow
(registration, sign-ins by password, cookie and pupil code, pupils created, a code reset, a
guest invitation, WebSocket auth): every line is JSON, request lines carry their request id,
and no secret or personal name appears anywhere."""

from __future__ import annotations

import json
import signal
import subprocess
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from websockets.asyncio.client import connect
from websockets.typing import Subprotocol

from protocol.codec import decode_server_message, encode_client_message
from protocol.messages import SUBPROTOCOL, Ack, Auth, Subscribe, Welcome
from server.clock import FakeClock
from server.observability.logs import SANE_REQUEST_ID, logging_config
from server.security import Secrets
from storage.database import create_engine, make_sessionmaker
from tests.http.conftest import PASSWORD, World, ok
from tests.support import free_port
from tests.test_cli import STOP_TIMEOUT_S, TWINSPACE, clean_environment, wait_until_live


@dataclass
class Storage:
    sessionmaker: async_sessionmaker[AsyncSession]
    secrets: Secrets


@dataclass
class Served:
    world: World
    base_url: str
    log: Path
    process: subprocess.Popen[bytes]

    def stop(self) -> list[str]:
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=STOP_TIMEOUT_S)
        return self.log.read_text().splitlines()


@pytest.fixture
async def served(tmp_path: Path) -> AsyncIterator[Served]:
    port = free_port()
    data_dir = tmp_path / "data"
    log = tmp_path / "serve.log"
    command = [str(TWINSPACE), "serve", "--port", str(port), "--data-dir", str(data_dir)]
    with log.open("wb") as output:
        process = subprocess.Popen(  # noqa: ASYNC220 - starting it takes a millisecond
            [*command, "--log-format", "json", "--log-level", "debug"],
            cwd=tmp_path,
            env=clean_environment(),
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    base_url = f"http://127.0.0.1:{port}"
    engine = create_engine(f"sqlite+aiosqlite:///{data_dir / 'twinspace.sqlite3'}")
    try:
        wait_until_live(process, base_url, log)
        async with httpx.AsyncClient(base_url=base_url, timeout=10.0) as client:
            storage = Storage(make_sessionmaker(engine), Secrets())
            yield Served(World(client, storage, FakeClock()), base_url, log, process)
    finally:
        await engine.dispose()
        if process.poll() is None:
            process.kill()
            process.wait()


async def test_a_whole_flow_logs_json_with_ids_and_no_secret_or_name(served: Served) -> None:
    world, client = served.world, served.world.client
    secrets: list[str] = [PASSWORD]
    names: list[str] = []

    teacher = await world.etwinner("Anatole Maîtresse")
    secrets.append(teacher.token)
    names += ["Anatole Maîtresse", teacher.account["email"]]
    space_id = await world.space(teacher)

    # Pupils created with codes shown once; one signs in, then gets a new code.
    pupil_names = ["Zoé Petitpas", "Yannick Lebrunois"]
    names += pupil_names
    created = ok(
        await teacher.post(
            f"/api/spaces/{space_id}/pupils",
            {"pupils": [{"display_name": name} for name in pupil_names]},
        ),
        201,
    )
    for credentials in created:
        secrets.append(credentials["code"])
        names.append(credentials["username"])
    first = created[0]
    pupil = ok(
        await client.post(
            "/api/auth/pupil-login",
            json={"username": first["username"], "code": first["code"], "mode": "token"},
        )
    )
    secrets.append(pupil["token"])
    reset = ok(
        await teacher.post(f"/api/spaces/{space_id}/pupils/{pupil['account']['id']}/reset-code", {})
    )
    secrets.append(reset["code"])
    refused = await client.post(
        "/api/auth/pupil-login",
        json={"username": first["username"], "code": first["code"], "mode": "token"},
    )
    assert refused.status_code == 401

    # A wrong password, and a cookie sign-in with its CSRF token.
    wrong = "not-the-password-at-all"
    secrets.append(wrong)
    body = {"email": teacher.account["email"], "password": wrong, "mode": "token"}
    assert (await client.post("/api/auth/login", json=body)).status_code == 401
    cookie_login = await client.post(
        "/api/auth/login",
        json={"email": teacher.account["email"], "password": PASSWORD, "mode": "cookie"},
    )
    assert cookie_login.status_code == 200, cookie_login.text
    secrets += [value for value in cookie_login.cookies.values() if len(value) > 8]
    client.cookies.clear()

    # A guest invitation link, accepted.
    link = ok(await teacher.post(f"/api/spaces/{space_id}/invitations", {}), 201)
    secrets.append(link["token"])
    guest_email, guest_password = "expert.quiet@museum.example", "guest-password-9876"
    secrets.append(guest_password)
    names += ["Héloïse Experte", guest_email]
    accepted = ok(
        await client.post(
            "/api/invitations/accept",
            json={
                "token": link["token"],
                "display_name": "Héloïse Experte",
                "email": guest_email,
                "password": guest_password,
                "mode": "token",
            },
        ),
        201,
    )
    secrets.append(accepted["token"])

    # A WebSocket authenticated with the teacher's bearer token, then one with a bad token.
    ws_url = served.base_url.replace("http", "ws") + "/ws"
    async with connect(ws_url, subprotocols=[Subprotocol(SUBPROTOCOL)]) as ws:
        await ws.send(encode_client_message(Auth(token=teacher.token)).decode())
        assert isinstance(decode_server_message(await ws.recv()), Welcome)
        await ws.send(encode_client_message(Subscribe(ref="s", channel=f"space:{space_id}")))
        assert isinstance(decode_server_message(await ws.recv()), Ack)
    async with connect(ws_url, subprotocols=[Subprotocol(SUBPROTOCOL)]) as ws:
        await ws.send(encode_client_message(Auth(token="forged-" + teacher.token)).decode())
        await ws.wait_closed()
        assert ws.close_code == 4001

    # A client's request id is echoed and logged; a strange one is replaced.
    echoed = await client.get("/healthz", headers={"X-Request-ID": "ops-check-42"})
    assert echoed.headers["x-request-id"] == "ops-check-42"
    replaced = await client.get("/healthz", headers={"X-Request-ID": "no spaces <allowed>"})
    assert replaced.headers["x-request-id"] != "no spaces <allowed>"
    assert SANE_REQUEST_ID.match(replaced.headers["x-request-id"])

    lines = served.stop()
    records: list[dict[str, Any]] = [json.loads(line) for line in lines]
    assert records, "the server wrote no log line"
    assert {"time", "level", "logger", "message"} <= set(records[0])
    access = [r for r in records if r["logger"] == "twinspace.access"]
    assert len(access) >= 15
    assert all(r.get("request_id") for r in access)
    assert any(r["request_id"] == "ops-check-42" and r["path"] == "/healthz" for r in access)
    assert any(r["status"] == 401 and r["path"] == "/api/auth/login" for r in access)
    websocket_lines = [r for r in records if r["logger"] == "twinspace.ws"]
    assert len(websocket_lines) == 2
    assert all(r.get("connection_id") for r in websocket_lines)
    assert any("4001" in r["message"] for r in websocket_lines)
    # Debug level really was on (so nothing was hidden by the level).
    assert any(r["level"] == "debug" for r in records)

    text = "\n".join(lines)
    for secret in secrets:
        assert secret not in text, f"a secret ({secret[:3]}...) is in the logs"
    for name in names:
        assert name not in text, f"{name!r} is in the logs"
        assert json.dumps(name)[1:-1] not in text


def test_the_noisy_libraries_stay_at_warning_even_at_debug() -> None:
    config = logging_config("debug", "json")
    for name in ("websockets", "sqlalchemy", "aiosqlite"):
        assert config["loggers"][name]["level"] == "WARNING"
    assert config["loggers"]["uvicorn.error"]["level"] == "INFO"
    assert config["root"]["level"] == "DEBUG"
    with pytest.raises(ValueError, match="log format"):
        logging_config("info", "xml")
