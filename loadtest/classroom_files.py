"""Pupils upload files during the classroom scenario's load phase (the file archive, issue 6).

Each classroom sees one upload every ``upload_every`` seconds on average (0: none), of
``upload_kb`` kB of fresh random bytes, by a random pupil of it; every upload's latency goes
to the tally's ``upload`` histogram and refusals to its errors. Hooked into the worker's load
phase with one call, so the rest of the scenario stays as it was.
"""

from __future__ import annotations

import asyncio
import os
import random
import time
from collections.abc import Sequence

import httpx

from .classroom_config import Knobs
from .classroom_tally import Tally, record, until


async def upload_one(
    client: httpx.AsyncClient, space_id: int, token: str, name: str, size: int, tally: Tally
) -> None:
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/octet-stream"}
    began = time.monotonic()
    try:
        response = await client.post(
            f"/api/spaces/{space_id}/files",
            params={"name": name},
            content=os.urandom(size),
            headers=headers,
        )
    except httpx.HTTPError as exc:
        tally.errors[f"http {type(exc).__name__} (upload)"] += 1
        return
    if response.status_code != 201:
        tally.errors[f"http {response.status_code} (upload)"] += 1
        return
    record(tally.histograms["upload"], time.monotonic() - began)
    tally.uploads += 1


async def pupils_upload(
    client: httpx.AsyncClient,
    space_id: int,
    pupil_tokens: Sequence[str],
    knobs: Knobs,
    deadline: float,
    tally: Tally,
    label: str,
) -> None:
    """One classroom's uploads until ``deadline``, Poisson-spaced (load shaping)."""
    if knobs.upload_every <= 0 or not pupil_tokens:
        return
    running: list[asyncio.Task[None]] = []
    n = 0
    while True:
        await asyncio.sleep(until(deadline, random.expovariate(1 / knobs.upload_every)))
        if time.monotonic() >= deadline:
            break
        token = random.choice(pupil_tokens)  # noqa: S311
        name = f"work-{label}-{n}.bin"
        n += 1
        running.append(
            asyncio.create_task(
                upload_one(client, space_id, token, name, knobs.upload_kb * 1000, tally)
            )
        )
    await asyncio.gather(*running)
