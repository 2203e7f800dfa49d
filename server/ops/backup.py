"""`twinspace backup` and `twinspace restore`: the database and the file store in one tar.

An archive holds ``manifest.json`` (format, creation time, the schema's Alembic revision, the
database backend, and the size and SHA-256 of every member), the database snapshot
(``database.sqlite3`` or ``database.pgdump``, see storage/backup.py) and the file store's tree
under ``files/``, copied as an opaque tree.

Consistency: the database snapshot is taken first, then the files are copied. The store is
content-addressed (an upload's blob is written before its row commits), so every blob the
snapshot names is on disk when the copy starts; one written later is an unreferenced extra.
A blob deleted *between* the snapshot and its copy would be missing, so whatever deletes
blobs must not run during a backup (the file store keeps deletions for its own sweep).

Restore checks everything before touching the target: the format, every checksum, the schema
revision (it must be this version's head; ``--force`` also accepts an older revision of this
version's history and migrates it), the backend, and that the target database and file store
are empty (``--force`` replaces them). The files are unpacked beside the store and swapped in
once the database is restored. The server must be stopped during a restore.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from storage import backup as db_backup
from storage.backup import BackupError

FORMAT = "twinspace-backup"
VERSION = 1
MANIFEST = "manifest.json"
FILES = "files"
DATABASE_MEMBER = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}
CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Summary:
    revision: str
    backend: str
    files: int
    file_bytes: int
    database_bytes: int


class HashingReader:
    """Reads a file for tarfile while hashing what passes through."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size)
        self.digest.update(data)
        return data


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as raw:
        while chunk := raw.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def walk_files(root: Path) -> Iterator[Path]:
    """Regular files under root, in a stable order; symbolic links are not followed."""
    if not root.is_dir():
        return
    for folder, subfolders, names in os.walk(root):
        subfolders.sort()
        for name in sorted(names):
            path = Path(folder) / name
            if path.is_file() and not path.is_symlink():
                yield path


def add_file(archive: tarfile.TarFile, path: Path, name: str) -> dict[str, Any]:
    info = archive.gettarinfo(str(path), arcname=name)
    with path.open("rb") as raw:
        reader = HashingReader(raw)
        archive.addfile(info, reader)
    return {"path": name, "bytes": info.size, "sha256": reader.digest.hexdigest()}


def create(archive_path: Path, database_url: str, files_dir: Path, revision: str) -> Summary:
    """Write a backup archive (``.tar``, or gzip-compressed for ``.tar.gz``/``.tgz``)."""
    backend = db_backup.backend_of(database_url)
    gzipped = archive_path.name.endswith((".tar.gz", ".tgz"))
    partial = archive_path.with_name(archive_path.name + ".partial")
    with tempfile.TemporaryDirectory(prefix="twinspace-backup-") as staging:
        snapshot = Path(staging) / DATABASE_MEMBER[backend]
        db_backup.snapshot(database_url, snapshot)
        members: list[dict[str, Any]] = []
        opened = tarfile.open(partial, "w:gz") if gzipped else tarfile.open(partial, "w")  # noqa: SIM115
        with opened as archive:
            database = add_file(archive, snapshot, snapshot.name)
            for path in walk_files(files_dir):
                name = f"{FILES}/{path.relative_to(files_dir).as_posix()}"
                try:
                    members.append(add_file(archive, path, name))
                except FileNotFoundError:
                    continue  # a temporary file gone meanwhile: not part of the store
            manifest = {
                "format": FORMAT,
                "version": VERSION,
                "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "schema_revision": revision,
                "database": {"backend": backend, **database},
                "files": members,
            }
            encoded = json.dumps(manifest, indent=1).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size = len(encoded)
            info.mtime = int(dt.datetime.now(dt.UTC).timestamp())
            archive.addfile(info, _BytesReader(encoded))
    partial.replace(archive_path)  # never a half-written archive under the real name
    return Summary(
        revision,
        backend,
        len(members),
        sum(int(m["bytes"]) for m in members),
        int(database["bytes"]),
    )


class _BytesReader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.offset = 0

    def read(self, size: int = -1) -> bytes:
        end = len(self.data) if size < 0 else self.offset + size
        chunk = self.data[self.offset : end]
        self.offset += len(chunk)
        return chunk


def read_manifest(archive: tarfile.TarFile) -> dict[str, Any]:
    try:
        raw = archive.extractfile(MANIFEST)
    except KeyError:
        raise BackupError("not a TwinSpace backup: it has no manifest.json") from None
    if raw is None:
        raise BackupError("not a TwinSpace backup: manifest.json is not a file")
    try:
        manifest = json.loads(raw.read())
    except ValueError:
        raise BackupError("the backup's manifest.json is not valid JSON") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError("not a TwinSpace backup (wrong format in manifest.json)")
    if manifest.get("version") != VERSION:
        raise BackupError(f"backup format version {manifest.get('version')} is not {VERSION}")
    return manifest


def safe_target(root: Path, name: str) -> Path:
    """Where a member goes under root; never outside it (no '..', no absolute names)."""
    target = (root / name).resolve()
    if not target.is_relative_to(root.resolve()) or name.startswith("/"):
        raise BackupError(f"the backup holds an unsafe path: {name!r}")
    return target


def unpack(archive_path: Path, staging: Path) -> dict[str, Any]:
    """Unpack into staging and check every member against the manifest; the manifest."""
    try:
        return _unpack(archive_path, staging)
    except tarfile.TarError as exc:
        raise BackupError(f"the backup cannot be read: {exc}") from exc


def _unpack(archive_path: Path, staging: Path) -> dict[str, Any]:
    with tarfile.open(archive_path, "r:*") as archive:
        manifest = read_manifest(archive)
        expected = {manifest["database"]["path"]: manifest["database"]}
        expected.update({m["path"]: m for m in manifest["files"]})
        seen: set[str] = set()
        for member in archive:
            if member.name == MANIFEST:
                continue
            if not member.isfile() or member.name not in expected:
                raise BackupError(f"the backup holds an unexpected member: {member.name!r}")
            target = safe_target(staging, member.name)
            target.parent.mkdir(parents=True, exist_ok=True)
            source = archive.extractfile(member)
            if source is None:  # a regular file (checked above) always reads
                raise BackupError(f"the backup's member {member.name!r} cannot be read")
            digest = hashlib.sha256()
            with target.open("wb") as out:
                while chunk := source.read(CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
            if digest.hexdigest() != expected[member.name]["sha256"]:
                raise BackupError(f"checksum mismatch for {member.name}: the backup is damaged")
            seen.add(member.name)
        missing = set(expected) - seen
        if missing:
            raise BackupError(f"the backup lacks {len(missing)} member(s), e.g. {min(missing)}")
    return manifest


def store_is_empty(files_dir: Path) -> bool:
    return next(walk_files(files_dir), None) is None


def swap_in_files(staged: Path, files_dir: Path) -> None:
    """Replace the file store with the staged tree (same file system: renames)."""
    files_dir.parent.mkdir(parents=True, exist_ok=True)
    old = files_dir.with_name(files_dir.name + ".before-restore")
    if old.exists():
        shutil.rmtree(old)
    if files_dir.exists():
        files_dir.rename(old)
    if staged.exists():
        staged.rename(files_dir)
    else:
        files_dir.mkdir()
    if old.exists():
        shutil.rmtree(old)


def restore_files_and_database(
    archive_path: Path, database_url: str, files_dir: Path, check: Any
) -> dict[str, Any]:
    """Unpack and verify, let ``check(manifest)`` refuse, then restore both parts."""
    files_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".restore-", dir=files_dir.parent))
    try:
        manifest = unpack(archive_path, staging)
        backend = db_backup.backend_of(database_url)
        if manifest["database"]["backend"] != backend:
            raise BackupError(
                f"the backup is of a {manifest['database']['backend']} database; "
                f"it cannot be restored into {backend}"
            )
        check(manifest)
        db_backup.restore(database_url, staging / manifest["database"]["path"])
        swap_in_files(staging / FILES, files_dir)
        return manifest
    finally:
        shutil.rmtree(staging, ignore_errors=True)
