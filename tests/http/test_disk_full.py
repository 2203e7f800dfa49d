"""Disk full during an upload (issue 9): on a real 2 MiB tmpfs under the file store, an upload
that meets ENOSPC gets 507 insufficient_storage, leaves no temporary file, blob or row, and
the server keeps serving: once space is freed the next upload works.

Mounting needs root; without it the tests skip with the reason, except under CI=true, where
they fail (CI runs them as root)."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from server.clock import FakeClock
from server.config import Settings
from storage.models import ArchiveFile, ArchiveFileVersion
from tests.conftest import service_unavailable

from .archive_support import archive_path, blobs_on_disk, temp_files, upload, uploaded
from .conftest import World, error_code, ok, open_world

MIB = 1024 * 1024


@contextlib.contextmanager
def tiny_filesystem(where: Path, size: str = "2m") -> Iterator[Path]:
    """A tmpfs of ``size`` mounted at ``where`` for the test, always unmounted after."""
    if os.geteuid() != 0:
        service_unavailable("mounting a tmpfs needs root (run as root, as CI does)")
    where.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        service_unavailable(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


@pytest.fixture
async def full_world(
    database_url: str, tmp_path: Path, clock: FakeClock
) -> AsyncIterator[tuple[World, Path]]:
    """A server whose file store (data_dir/files) is a 2 MiB tmpfs; the database is not."""
    with tiny_filesystem(tmp_path / "files"):
        settings = Settings(database_url=database_url, data_dir=tmp_path, cheap_hashing=True)
        async with open_world(settings, clock) as world:
            yield world, tmp_path


def fill(store: Path, size: int) -> Path:
    """Another tenant of the disk taking ``size`` bytes."""
    filler = store / "filler"
    filler.write_bytes(b"\0" * size)
    return filler


async def file_rows(world: World) -> tuple[int, int]:
    async with world.ctx.sessionmaker() as db:
        files = (await db.execute(select(func.count()).select_from(ArchiveFile))).scalar_one()
        versions = await db.execute(select(func.count()).select_from(ArchiveFileVersion))
        return int(files), int(versions.scalar_one())


async def test_an_upload_that_fills_the_disk_gets_507_and_leaves_nothing(
    full_world: tuple[World, Path],
) -> None:
    world, data_dir = full_world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    filler = fill(data_dir / "files", MIB + MIB // 2)
    response = await upload(ana, space_id, "film.mp4", os.urandom(MIB))
    assert error_code(response, 507) == "insufficient_storage"
    assert "full" in response.json()["error"]["message"]
    assert temp_files(data_dir) == []
    assert blobs_on_disk(data_dir) == []
    assert await file_rows(world) == (0, 0)
    assert ok(await ana.get(archive_path(space_id) + "/files"))["files"] == []
    # The server keeps serving; once space is freed, the next upload works.
    assert ok(await ana.get("/api/me"))["id"] == ana.id
    filler.unlink()
    stored = await uploaded(ana, space_id, "notes.txt", b"small notes")
    assert stored["name"] == "notes.txt"
    assert await file_rows(world) == (1, 1)


async def test_a_chunk_that_fills_the_disk_gets_507_and_keeps_the_earlier_chunks(
    full_world: tuple[World, Path],
) -> None:
    world, data_dir = full_world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    uploads = archive_path(space_id) + "/uploads"
    started = ok(await ana.post(uploads, {"name": "big.bin", "size": 2 * MIB}), 201)
    first, second = os.urandom(MIB // 2), os.urandom(MIB + MIB // 2)
    headers = {"Authorization": f"Bearer {ana.token}"}
    chunk = f"{uploads}/{started['id']}?offset="
    assert (await ana.client.put(chunk + "0", content=first, headers=headers)).status_code == 202
    filler = fill(data_dir / "files", MIB)
    response = await ana.client.put(chunk + str(len(first)), content=second, headers=headers)
    assert error_code(response, 507) == "insufficient_storage"
    # Only the recorded chunk stays on disk; the cut-off one's bytes are freed at once.
    [temp] = temp_files(data_dir)
    assert temp.stat().st_size == len(first)
    assert ok(await ana.get(f"{uploads}/{started['id']}"))["received"] == len(first)
    filler.unlink()
    done = await ana.client.put(chunk + str(len(first)), content=second, headers=headers)
    assert done.status_code == 201, done.text
    assert temp_files(data_dir) == []
    assert await file_rows(world) == (1, 1)
