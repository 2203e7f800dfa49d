"""The TURN credentials against a real coturn (Debian package `coturn`) on loopback, with
`use-auth-secret`: an allocation with our credential succeeds; a wrong or expired one fails."""

from __future__ import annotations

import asyncio
import datetime as dt
import shutil
import subprocess
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from aioice.stun import TransactionFailed
from aioice.turn import create_turn_endpoint

from loadtest.processes import free_port
from server.services.video.ice import turn_credential

from .conftest import service_unavailable

SECRET = "north-wind-secret"
#: Seconds an allocation attempt may take before it counts as refused.
ALLOCATE_TIMEOUT_S = 5.0


@dataclass
class Turn:
    port: int
    popen: subprocess.Popen[bytes]


def spawn_coturn(tmp_path: Path) -> Turn:
    port = free_port()
    relay = free_port()
    argv = [
        "turnserver",
        "-n",  # no configuration file
        "--listening-ip=127.0.0.1",
        "--relay-ip=127.0.0.1",
        f"--listening-port={port}",
        f"--min-port={relay}",
        f"--max-port={relay + 20}",
        "--use-auth-secret",
        f"--static-auth-secret={SECRET}",
        "--realm=twinspace.test",
        "--allow-loopback-peers",
        "--no-tls",
        "--no-dtls",
        "--no-cli",
        f"--pidfile={tmp_path / 'turn.pid'}",
        f"--userdb={tmp_path / 'turndb'}",
        f"--log-file={tmp_path / 'turn.log'}",
    ]
    popen = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return Turn(port, popen)


@pytest.fixture
async def coturn(tmp_path: Path) -> AsyncIterator[Turn]:
    if shutil.which("turnserver") is None:
        service_unavailable("coturn is not installed (apt-get install -y coturn); .ci/run does it")
    turn = spawn_coturn(tmp_path)
    popen = turn.popen
    try:
        await asyncio.sleep(0.5)  # coturn binds within milliseconds; it says nothing when ready
        assert popen.poll() is None, (tmp_path / "turn.log").read_text(errors="replace")
        yield turn
    finally:
        popen.terminate()
        popen.wait(10)


async def allocate(turn: Turn, username: str, password: str) -> tuple[str, int]:
    """A relayed address from coturn, or an exception if it refuses the credential."""
    async with asyncio.timeout(ALLOCATE_TIMEOUT_S):
        transport, _ = await create_turn_endpoint(
            asyncio.DatagramProtocol, ("127.0.0.1", turn.port), username, password
        )
    try:
        relayed: tuple[str, int] = transport.get_extra_info("sockname")
        return relayed
    finally:
        transport.close()


async def test_coturn_relays_for_our_credential(coturn: Turn) -> None:
    expires = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
    username, password = turn_credential(SECRET, "42", expires)
    host, _port = await allocate(coturn, username, password)
    assert host == "127.0.0.1"


async def test_coturn_refuses_a_wrong_or_expired_credential(coturn: Turn) -> None:
    expires = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
    username, _ = turn_credential(SECRET, "42", expires)
    _, forged = turn_credential("another-secret", "42", expires)
    with pytest.raises(TransactionFailed, match="401"):
        await allocate(coturn, username, forged)
    stale = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
    old_username, old_password = turn_credential(SECRET, "42", stale)
    with pytest.raises(TransactionFailed, match="401"):
        await allocate(coturn, old_username, old_password)
