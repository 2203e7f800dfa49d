"""`twinspace backup` and `twinspace restore`, run for real: a database with accounts, spaces,
memberships, pupils, a guest and audit entries, and a file store of real files, saved in one
archive and brought back into an empty database and folder, identical; and every refusal."""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
import os
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from server.app import create_app
from server.clock import FakeClock
from server.config import Settings
from storage.backup import backend_of, row_count
from storage.database import create_engine, head_revision
from storage.models import Base
from tests.conftest import postgres_database
from tests.http.conftest import PASSWORD, World, ok
from tests.test_cli import twinspace

Rows = dict[str, list[tuple[Any, ...]]]


@dataclass
class Source:
    url: str
    data_dir: Path
    teacher_email: str


async def all_rows(url: str) -> Rows:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            rows: Rows = {}
            for table in Base.metadata.sorted_tables:
                query = select(table).order_by(*table.primary_key.columns)
                rows[table.name] = [tuple(row) for row in await connection.execute(query)]
            return rows
    finally:
        await engine.dispose()


def file_tree(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def write_files(files_dir: Path) -> None:
    """A store of real files: content-addressed blobs, nested folders, an empty file,
    a non-ASCII name and a few hundred KiB of random bytes."""
    for content in (os.urandom(300_000), b"%PDF-1.7 lesson plan", b""):
        digest = hashlib.sha256(content).hexdigest()
        blob = files_dir / "blobs" / digest[:2] / digest[2:4] / digest
        blob.parent.mkdir(parents=True, exist_ok=True)
        blob.write_bytes(content)
    (files_dir / "thumbnails").mkdir()
    (files_dir / "thumbnails" / "école-été.png").write_bytes(os.urandom(4096))


@pytest.fixture
async def source(database_url: str, tmp_path: Path) -> Source:
    data_dir = tmp_path / "source"
    settings = Settings(database_url=database_url, data_dir=data_dir, cheap_hashing=True)
    app = create_app(settings, clock=FakeClock())
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            world = World(client, app.state.ctx, FakeClock())
            ana = await world.etwinner("Ana")
            ben = await world.etwinner("Ben", country="BE")
            space_id = await world.space(ana)
            await world.add_teacher(ana, space_id, ben)
            await world.pupils(ana, space_id, ["Zoé", "Yann"])
            await world.guest(ana, space_id)
            ok(await ana.patch(f"/api/spaces/{space_id}", {"title": "Our rivers"}))
            await world.register("Pending Teacher", country="DE")
            room = await world.space(ben)
            ok(await ben.post(f"/api/spaces/{room}/archive", {}))
    write_files(settings.files_dir)
    return Source(database_url, data_dir, ana.account["email"])


async def run(*args: str, cwd: Path) -> tuple[int, str, str]:
    result = await asyncio.to_thread(twinspace, *args, cwd=cwd)
    return result.returncode, result.stdout, result.stderr


async def back_up(source: Source, archive: Path) -> None:
    code, out, err = await run(
        "backup", str(archive), "--database-url", source.url, "--data-dir", str(source.data_dir),
        cwd=archive.parent,
    )  # fmt: skip
    assert code == 0, err
    assert f"backup written to {archive}" in out


async def restore(archive: Path, url: str, data_dir: Path, *flags: str) -> tuple[int, str, str]:
    return await run(
        "restore", str(archive), "--database-url", url, "--data-dir", str(data_dir), *flags,
        cwd=archive.parent,
    )  # fmt: skip


def target_url(source_url: str, tmp_path: Path, name: str) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / name / 'restored.sqlite3'}"


async def sign_in_works(url: str, data_dir: Path, email: str) -> None:
    settings = Settings(database_url=url, data_dir=data_dir, auto_migrate=False)
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            body = {"email": email, "password": PASSWORD, "mode": "token"}
            signed = ok(await client.post("/api/auth/login", json=body))
            headers = {"Authorization": f"Bearer {signed['token']}"}
            spaces = ok(await client.get("/api/spaces", headers=headers))
    assert [space["title"] for space in spaces] == ["Our rivers"]


async def test_backup_and_restore_bring_back_the_same_database_and_files(
    source: Source, tmp_path: Path
) -> None:
    archive = tmp_path / "nightly.tar"
    await back_up(source, archive)
    before_rows = await all_rows(source.url)
    before_files = file_tree(source.data_dir / "files")
    assert len(before_files) == 4
    assert len(before_rows["audit_log"]) >= 5
    assert len(before_rows["memberships"]) >= 5

    with tarfile.open(archive) as opened:
        manifest = json.load(opened.extractfile("manifest.json"))  # type: ignore[arg-type]
    assert manifest["schema_revision"] == head_revision()
    assert manifest["database"]["backend"] == backend_of(source.url)
    assert len(manifest["files"]) == 4

    target_dir = tmp_path / "target"
    if backend_of(source.url) == "sqlite":
        url = target_url(source.url, tmp_path, "target")
        await check_restore(archive, url, target_dir, before_rows, before_files, source)
    else:
        async with postgres_database() as url:
            await check_restore(archive, url, target_dir, before_rows, before_files, source)


async def check_restore(
    archive: Path,
    url: str,
    target_dir: Path,
    before_rows: Rows,
    before_files: dict[str, str],
    source: Source,
) -> None:
    code, out, err = await restore(archive, url, target_dir)
    assert code == 0, err
    assert "restored" in out
    assert await all_rows(url) == before_rows
    assert file_tree(target_dir / "files") == before_files
    await sign_in_works(url, target_dir, source.teacher_email)

    # Now the target holds data: a second restore is refused and changes nothing...
    (target_dir / "files" / "new-upload").write_bytes(b"after the restore")
    code, _, err = await restore(archive, url, target_dir)
    assert code == 1
    assert "the target is not empty" in err
    assert (target_dir / "files" / "new-upload").exists()
    # ...unless forced, which replaces both parts.
    code, _, err = await restore(archive, url, target_dir, "--force")
    assert code == 0, err
    assert await all_rows(url) == before_rows
    assert file_tree(target_dir / "files") == before_files


def rewrite(archive: Path, out: Path, change: Any) -> None:
    """A copy of the archive with one member's bytes changed by change(name, data)."""
    with tarfile.open(archive) as source, tarfile.open(out, "w") as target:
        for member in source:
            data = source.extractfile(member).read()  # type: ignore[union-attr]
            data = change(member.name, data)
            member.size = len(data)
            target.addfile(member, io.BytesIO(data))


async def assert_refused_and_untouched(archive: Path, tmp_path: Path, message: str) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'untouched' / 'db.sqlite3'}"
    code, _, err = await restore(archive, url, tmp_path / "untouched")
    assert code == 1, err
    assert message in err
    assert "Traceback" not in err
    engine = create_engine(url)
    try:
        assert await row_count(engine) == 0
    finally:
        await engine.dispose()
    assert not (tmp_path / "untouched" / "files").exists()


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_restore_refuses_a_damaged_archive_and_touches_nothing(
    source: Source, tmp_path: Path
) -> None:
    archive = tmp_path / "nightly.tar"
    await back_up(source, archive)
    damaged = tmp_path / "damaged.tar"

    def flip(name: str, data: bytes) -> bytes:
        if name.startswith("files/thumbnails/"):
            return bytes([data[0] ^ 1]) + data[1:]
        return data

    rewrite(archive, damaged, flip)
    await assert_refused_and_untouched(damaged, tmp_path, "checksum mismatch")

    not_tar = tmp_path / "not-a-backup.tar"
    not_tar.write_bytes(b"this is not a tar file at all" * 40)
    await assert_refused_and_untouched(not_tar, tmp_path, "cannot be read")


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_restore_refuses_a_schema_this_version_does_not_know(
    source: Source, tmp_path: Path
) -> None:
    archive = tmp_path / "nightly.tar"
    await back_up(source, archive)
    future = tmp_path / "future.tar"

    def bump(name: str, data: bytes) -> bytes:
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["schema_revision"] = "9999"
        return json.dumps(manifest).encode()

    rewrite(archive, future, bump)
    await assert_refused_and_untouched(future, tmp_path, "schema 9999 is unknown")
    # --force does not make an unknown schema restorable.
    url = f"sqlite+aiosqlite:///{tmp_path / 'forced' / 'db.sqlite3'}"
    code, _, err = await restore(future, url, tmp_path / "forced", "--force")
    assert code == 1
    assert "unknown" in err


@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_restore_refuses_another_backend(source: Source, tmp_path: Path) -> None:
    archive = tmp_path / "nightly.tar"
    await back_up(source, archive)
    async with postgres_database() as url:
        code, _, err = await restore(archive, url, tmp_path / "pg-target")
        assert code == 1
        assert "backup is of a sqlite database" in err
        engine = create_engine(url)
        try:
            assert await row_count(engine) == 0
        finally:
            await engine.dispose()


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_backup_refuses_to_overwrite_an_archive(source: Source, tmp_path: Path) -> None:
    archive = tmp_path / "nightly.tar"
    archive.write_bytes(b"yesterday's")
    code, _, err = await run(
        "backup", str(archive), "--database-url", source.url, "--data-dir", str(source.data_dir),
        cwd=tmp_path,
    )  # fmt: skip
    assert code == 1
    assert "exists already" in err
    assert archive.read_bytes() == b"yesterday's"


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_a_compressed_backup_restores_too(source: Source, tmp_path: Path) -> None:
    archive = tmp_path / "nightly.tar.gz"
    await back_up(source, archive)
    url = target_url(source.url, tmp_path, "gz-target")
    code, _, err = await restore(archive, url, tmp_path / "gz-target")
    assert code == 0, err
    assert await all_rows(url) == await all_rows(source.url)
    assert file_tree(tmp_path / "gz-target" / "files") == file_tree(source.data_dir / "files")
