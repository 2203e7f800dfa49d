"""Compression bombs against a real `twinspace serve`: permessage-deflate is never negotiated,
so a compressed frame is a protocol error (1002) that the server refuses without inflating it.

A 16 MiB run of zeros deflates to about 16 KiB, under the frame limit: a server that inflated
it would grow by 16 MiB per frame. Each WebSocket implementation `serve` offers is tried, since
uvicorn's own ones negotiate the extension unless told not to.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import zlib
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from websockets.asyncio.client import connect
from websockets.typing import Subprotocol

from protocol.close_codes import CloseCode
from protocol.codec import decode_server_message
from protocol.messages import SUBPROTOCOL, Closing
from tests.command_runner import ForkedServer, start_serve
from tests.support import free_port

STARTUP_S = 60.0
IMPLEMENTATIONS = ["twinspace", "websockets-sansio", "websockets", "wsproto"]
BOMB_INFLATED = 16 * 1024 * 1024
#: The server may grow a little while it handles a connection, never by the bomb's size.
RSS_GROWTH_LIMIT = 8 * 1024 * 1024
#: RFC 6455 7.4.1: a frame breaking the protocol, here a reserved bit no extension claims.
PROTOCOL_ERROR = 1002
OFFER = "permessage-deflate; client_max_window_bits; server_max_window_bits=15"


def deflate_bomb() -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)  # raw deflate, as RFC 7692 sends it
    payload = compressor.compress(bytes(BOMB_INFLATED)) + compressor.flush(zlib.Z_SYNC_FLUSH)
    return payload[:-4]  # RFC 7692 7.2.1: the sender strips the 00 00 ff ff tail


def masked_frame(payload: bytes, *, rsv1: bool, opcode: int = 0x1) -> bytes:
    """A client frame built by hand: websockets' own Frame refuses reserved bits."""
    first = 0x80 | (0x40 if rsv1 else 0) | opcode
    length = len(payload)
    if length < 126:
        header = bytes([first, 0x80 | length])
    elif length < 1 << 16:
        header = bytes([first, 0x80 | 126]) + length.to_bytes(2, "big")
    else:
        header = bytes([first, 0x80 | 127]) + length.to_bytes(8, "big")
    mask = os.urandom(4)
    body = bytes(byte ^ mask[index % 4] for index, byte in enumerate(payload))
    return header + mask + body


@pytest.fixture(scope="module", params=IMPLEMENTATIONS)
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[int, int, str]]:
    """A real `twinspace serve` on embedded defaults; yields (port, pid, implementation)."""
    port = free_port()
    data_dir = tmp_path_factory.mktemp(f"compression-{request.param}")
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWINSPACE_")}
    args = ["serve", "--port", str(port), "--data-dir", str(data_dir)]
    args += ["--ws-implementation", request.param, "--log-level", "warning"]
    popen = start_serve(args, env)  # forked: the imports are paid once (tests/command_runner.py)
    try:
        asyncio.run(wait_ready(port, popen))
        yield port, popen.pid, request.param
    finally:
        popen.terminate()
        try:
            popen.wait(15)
        except subprocess.TimeoutExpired:
            popen.kill()
            popen.wait()
        popen.close()


async def wait_ready(port: int, popen: ForkedServer) -> None:
    async with httpx.AsyncClient() as client, asyncio.timeout(STARTUP_S):
        while True:
            assert popen.poll() is None, popen.stderr.read()
            with contextlib.suppress(httpx.TransportError):
                if (await client.get(f"http://127.0.0.1:{port}/readyz")).status_code == 200:
                    return
            await asyncio.sleep(0.1)


def rss_bytes(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")


async def handshake(port: int) -> tuple[asyncio.StreamReader, asyncio.StreamWriter, str]:
    """Open /ws offering permessage-deflate; returns the stream and the response head."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(
        (
            f"GET /ws HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
            "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
            f"Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: {SUBPROTOCOL}\r\n"
            f"Sec-WebSocket-Extensions: {OFFER}\r\n\r\n"
        ).encode()
    )
    head = (await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)).decode("latin-1")
    return reader, writer, head


async def close_code_sent(reader: asyncio.StreamReader) -> int | None:
    """The code of the server's close frame (server frames are unmasked), skipping others;
    None when the server ends the TCP connection without one."""
    async with asyncio.timeout(10):
        while True:
            try:
                first, second = await reader.readexactly(2)
            except asyncio.IncompleteReadError:
                return None
            length = second & 0x7F
            if length == 126:
                length = int.from_bytes(await reader.readexactly(2), "big")
            elif length == 127:
                length = int.from_bytes(await reader.readexactly(8), "big")
            payload = await reader.readexactly(length)
            if first & 0x0F == 0x8:
                return int.from_bytes(payload[:2], "big")


def assert_plain_answer(frame: str | bytes) -> None:
    """The server answered in the protocol (unauthenticated: told to send `auth` first)."""
    message = decode_server_message(frame.encode() if isinstance(frame, str) else frame)
    assert isinstance(message, Closing)
    assert message.code == CloseCode.UNAUTHENTICATED


async def test_the_extension_offer_is_declined(server: tuple[int, int, str]) -> None:
    port, _, _ = server
    _, writer, head = await handshake(port)
    writer.close()
    with contextlib.suppress(ConnectionError):
        await writer.wait_closed()
    status_line, *header_lines = head.strip().split("\r\n")
    assert " 101 " in status_line
    names = {line.partition(":")[0].strip().lower() for line in header_lines}
    assert "sec-websocket-extensions" not in names


async def test_a_library_client_asking_for_deflate_gets_plain_frames(
    server: tuple[int, int, str],
) -> None:
    port, _, _ = server
    async with connect(
        f"ws://127.0.0.1:{port}/ws", subprotocols=[Subprotocol(SUBPROTOCOL)], compression="deflate"
    ) as client:
        assert client.protocol.extensions == []
        await client.send('{"type":"ping","ref":"r"}')
        assert_plain_answer(await asyncio.wait_for(client.recv(), 10))


async def test_a_compressed_bomb_is_refused_uninflated(server: tuple[int, int, str]) -> None:
    port, pid, implementation = server
    bomb = deflate_bomb()
    assert len(bomb) < 64 * 1024  # under the frame limit: only the reserved bit gives it away
    before = rss_bytes(pid)
    # uvicorn's wsproto transport drops the TCP connection without a close frame.
    expected = None if implementation == "wsproto" else PROTOCOL_ERROR
    for _ in range(4):
        reader, writer, head = await handshake(port)
        try:
            assert " 101 " in head.split("\r\n", 1)[0]
            writer.write(masked_frame(bomb, rsv1=True))
            await writer.drain()
            assert await close_code_sent(reader) == expected
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()
    assert rss_bytes(pid) - before < RSS_GROWTH_LIMIT
    # And it keeps serving.
    async with connect(
        f"ws://127.0.0.1:{port}/ws", subprotocols=[Subprotocol(SUBPROTOCOL)]
    ) as client:
        await client.send('{"type":"ping","ref":"after"}')
        assert_plain_answer(await asyncio.wait_for(client.recv(), 10))
