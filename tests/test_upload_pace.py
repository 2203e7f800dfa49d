"""The slow-upload rule (server/http/upload_pace.py): pure, then applied to a body."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from protocol.errors import RequestTimeout
from server.config import UploadTimeouts
from server.http.upload_pace import Pace, paced

TIMEOUTS = UploadTimeouts(idle_s=30, min_rate=1000, grace_s=10)


def test_the_next_piece_is_due_within_the_idle_time_while_the_rate_holds() -> None:
    pace = Pace(TIMEOUTS, started=0, last=0)
    assert pace.deadline()[0] == 10  # the grace period comes first: 0 bytes cannot wait 30 s
    pace.arrived(5, 50_000)  # 50 kB: the rate holds until 50 s
    at, reason = pace.deadline()
    assert at == 35
    assert "no byte" in reason


def test_a_trickle_is_due_when_its_average_falls_under_the_minimum_rate() -> None:
    pace = Pace(TIMEOUTS, started=0, last=0)
    for second in range(1, 12):
        pace.arrived(second, 1)
    at, reason = pace.deadline()
    assert at == 10  # 11 bytes: under 1000 B/s once the grace period is over
    assert "slower than 1000 bytes a second" in reason


def test_no_minimum_rate_leaves_only_the_idle_timeout() -> None:
    pace = Pace(UploadTimeouts(idle_s=5, min_rate=0, grace_s=0), started=0, last=0)
    pace.arrived(100, 1)
    assert pace.deadline()[0] == 105


async def body(pieces: list[bytes], stall: bool) -> AsyncIterator[bytes]:
    for piece in pieces:
        yield piece
    if stall:
        await asyncio.Event().wait()


async def test_a_body_that_keeps_coming_passes_whole() -> None:
    got = [c async for c in paced(body([b"a", b"b"], stall=False), TIMEOUTS)]
    assert got == [b"a", b"b"]


async def test_a_stalled_body_is_cut_off() -> None:
    short = UploadTimeouts(idle_s=0.05, min_rate=0, grace_s=0)
    got: list[bytes] = []

    async def read_all() -> None:
        async for chunk in paced(body([b"a"], stall=True), short):
            got.append(chunk)

    with pytest.raises(RequestTimeout, match=r"no byte of the upload arrived for 0\.05 seconds"):
        await read_all()
    assert got == [b"a"]
