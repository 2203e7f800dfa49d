"""The archive on the S3 store when the object store fails: clear 503s, never 500, and
`/readyz` says which part is down. (Everything else of the archive runs on both stores in
test_api_archive*.py.)"""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from server.blobs.s3 import S3BlobStore
from server.blobs.target import S3Target
from server.clock import FakeClock
from server.config import Settings
from tests.conftest import s3_url
from tests.support import free_port

from .archive_support import download, sha, stored_blobs, upload, upload_leftovers, uploaded
from .conftest import World, error_code, open_world


@pytest.fixture
async def world(
    sqlite_template: Path, tmp_path: Path, clock: FakeClock, s3_target: S3Target
) -> AsyncIterator[World]:
    """On SQLite only: the database is not what these tests are about."""
    database = tmp_path / "twinspace.sqlite3"
    shutil.copyfile(sqlite_template, database)
    settings = Settings(
        database_url=f"sqlite+aiosqlite:///{database}",
        data_dir=tmp_path,
        cheap_hashing=True,
        blobs_url=s3_url(s3_target),
        blobs_access_key_id=s3_target.access_key_id,
        blobs_secret_access_key=s3_target.secret_access_key,
    )
    async with open_world(settings, clock) as world:
        yield world


async def test_a_large_upload_goes_in_parts_and_reads_back_in_ranges(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    data = os.urandom(20 * 1024 * 1024 + 17)  # two 8 MiB parts and a last one
    file = await uploaded(ana, space_id, "film.webm", data)
    assert file["sha256"] == sha(data)
    assert await stored_blobs(world) == [sha(data)]
    assert await upload_leftovers(world) == []
    part = 8 * 1024 * 1024
    ranged = await download(ana, space_id, file["id"], {"Range": f"bytes={part - 5}-{part + 4}"})
    assert ranged.status_code == 206
    assert ranged.content == data[part - 5 : part + 5]
    whole = await download(ana, space_id, file["id"])
    assert whole.content == data


async def test_an_object_store_that_stops_answering_gives_503_and_readyz_says_so(
    world: World,
) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    file = await uploaded(ana, space_id, "kept.txt", b"kept")
    assert (await world.client.get("/readyz")).json()["checks"]["blobs"]["status"] == "ok"
    store: S3BlobStore = world.ctx.blobs  # type: ignore[attr-defined]
    dead = S3Target(
        bucket=store.target.bucket,
        endpoint=f"http://127.0.0.1:{free_port()}",  # nothing listens there
        access_key_id="x",
        secret_access_key="y",
    )
    working = store._client
    async with S3BlobStore(dead, attempts=1).connected_client() as client:
        store._client = client
        try:
            sent = await upload(ana, space_id, "new.txt", b"new bytes")
            assert error_code(sent, 503) == "unavailable"
            assert error_code(await download(ana, space_id, file["id"]), 503) == "unavailable"
            ready = await world.client.get("/readyz")
            assert ready.status_code == 503
            assert ready.json()["checks"]["blobs"]["status"] == "unavailable"
        finally:
            store._client = working
    assert (await download(ana, space_id, file["id"])).content == b"kept"
    assert await upload_leftovers(world) == []
