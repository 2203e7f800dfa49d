"""Chunked, resumable uploads: chunks in order, a cut-off chunk resent, the last one records."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from server.clock import FakeClock
from server.config import ArchiveLimits, Settings

from .archive_support import archive_path, download, sha, upload_leftovers, uploaded
from .conftest import ApiUser, BlobChoice, World, error_code, ok, open_world


@pytest.fixture
def world(archive_world: World) -> World:
    """Every test here runs on the local disk store and on the S3 one (blob_choice)."""
    return archive_world


async def start(user: ApiUser, space_id: int, name: str, size: int) -> httpx.Response:
    return await user.post(f"{archive_path(space_id)}/uploads", {"name": name, "size": size})


async def chunk(
    user: ApiUser, space_id: int, upload_id: int, offset: int, body: bytes | AsyncIterator[bytes]
) -> httpx.Response:
    return await user.client.put(
        f"{archive_path(space_id)}/uploads/{upload_id}?offset={offset}",
        content=body,
        headers={"Authorization": f"Bearer {user.token}"},
    )


async def test_chunks_in_order_become_one_file(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    data = os.urandom(3_000_000)
    upload = ok(await start(ana, space_id, "film.mp4", len(data)), 201)
    assert upload["received"] == 0
    parts = [data[:1_200_000], data[1_200_000:2_500_000], data[2_500_000:]]
    offset = 0
    for part in parts[:-1]:
        progress = ok(await chunk(ana, space_id, upload["id"], offset, part), 202)
        offset += len(part)
        assert (progress["received"], progress["file"]) == (offset, None)
    shown = ok(await ana.get(f"{archive_path(space_id)}/uploads/{upload['id']}"))
    assert shown["received"] == offset
    done = ok(await chunk(ana, space_id, upload["id"], offset, parts[-1]), 201)
    assert done["file"]["sha256"] == sha(data)
    assert done["file"]["size"] == len(data)
    assert (await download(ana, space_id, done["file"]["id"])).content == data
    gone = await ana.get(f"{archive_path(space_id)}/uploads/{upload['id']}")
    assert error_code(gone, 404) == "not_found"
    assert await upload_leftovers(world) == []


async def test_a_chunk_from_the_wrong_offset_is_told_where_to_resume(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    upload = ok(await start(ana, space_id, "a.bin", 10), 201)
    ok(await chunk(ana, space_id, upload["id"], 0, b"01234"), 202)
    again = await chunk(ana, space_id, upload["id"], 0, b"01234")
    assert error_code(again, 409) == "conflict"
    assert "5 bytes" in again.json()["error"]["message"]
    done = ok(await chunk(ana, space_id, upload["id"], 5, b"56789"), 201)
    assert done["file"]["sha256"] == sha(b"0123456789")


async def test_a_chunk_that_fails_half_way_is_dropped_and_sent_again(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    upload = ok(await start(ana, space_id, "b.bin", 1000), 201)
    ok(await chunk(ana, space_id, upload["id"], 0, b"a" * 400), 202)

    async def too_much() -> AsyncIterator[bytes]:
        for _ in range(10):
            yield b"X" * 100  # 1,000 more than the 600 left: refused part way

    refused = await chunk(ana, space_id, upload["id"], 400, too_much())
    assert error_code(refused, 413) == "too_large"
    shown = ok(await ana.get(f"{archive_path(space_id)}/uploads/{upload['id']}"))
    assert shown["received"] == 400
    done = ok(await chunk(ana, space_id, upload["id"], 400, b"b" * 600), 201)
    assert done["file"]["sha256"] == sha(b"a" * 400 + b"b" * 600)


async def test_a_chunked_upload_over_a_name_adds_a_version(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    first = await uploaded(ana, space_id, "video.webm", b"v1")
    upload = ok(await start(ana, space_id, "video.webm", 4), 201)
    done = ok(await chunk(ana, space_id, upload["id"], 0, b"v2v2"), 200)
    assert (done["file"]["id"], done["file"]["version"]) == (first["id"], 2)


async def test_only_the_uploader_sends_chunks_and_cancel_throws_the_bytes_away(
    world: World,
) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    tom = await world.etwinner("Tom")
    await world.add_teacher(ana, space_id, tom)
    upload = ok(await start(ana, space_id, "c.bin", 10), 201)
    ok(await chunk(ana, space_id, upload["id"], 0, b"x" * 5), 202)
    assert error_code(await chunk(tom, space_id, upload["id"], 5, b"y" * 5), 404)
    assert error_code(await tom.delete(f"{archive_path(space_id)}/uploads/{upload['id']}"), 404)
    ok(await ana.delete(f"{archive_path(space_id)}/uploads/{upload['id']}"), 204)
    assert await upload_leftovers(world) == []
    assert error_code(await chunk(ana, space_id, upload["id"], 5, b"y" * 5), 404)


async def test_a_stale_chunked_upload_answers_410(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    upload = ok(await start(ana, space_id, "d.bin", 10), 201)
    ok(await chunk(ana, space_id, upload["id"], 0, b"x" * 5), 202)
    assert await upload_leftovers(world) != []
    await asyncio.sleep(0.01)
    # Untouched since now: stale for a threshold of 0 (which uploads are stale is tested
    # with the stores, tests/test_blobs.py).
    assert await world.ctx.blobs.remove_stale_uploads(dt.timedelta(0)) == 1  # type: ignore[attr-defined]
    assert await upload_leftovers(world) == []
    assert error_code(await chunk(ana, space_id, upload["id"], 5, b"y" * 5), 410) == "gone"
    assert error_code(await ana.get(f"{archive_path(space_id)}/uploads/{upload['id']}"), 404)


@pytest.fixture
async def small(
    database_url: str, tmp_path: Path, clock: FakeClock, blob_choice: BlobChoice
) -> AsyncIterator[World]:
    limits = ArchiveLimits(max_file_bytes=1000, space_quota_bytes=1500)
    settings = Settings(
        database_url=database_url, data_dir=tmp_path, cheap_hashing=True, archive=limits
    )
    async with open_world(blob_choice.apply(settings), clock) as world:
        yield world


async def test_the_declared_size_is_checked_against_the_limit_and_the_quota(small: World) -> None:
    ana = await small.etwinner("Ana")
    space_id = await small.space(ana)
    assert error_code(await start(ana, space_id, "big.bin", 1001), 413) == "too_large"
    await uploaded(ana, space_id, "some.bin", b"s" * 1000)
    assert error_code(await start(ana, space_id, "more.bin", 501), 413) == "quota_exceeded"
    assert error_code(await start(ana, space_id, "../x", 5), 422) == "invalid"
    assert await upload_leftovers(small) == []
