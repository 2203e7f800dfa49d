"""Helpers for the file archive's tests: raw uploads, downloads, and what is left in the
blob store (local disk or S3: the archive's tests run on both, see ``blob_choice``)."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

from server.blobs.base import BlobStore
from server.blobs.local import LocalBlobStore
from server.blobs.s3 import S3BlobStore

from .conftest import ApiUser, World, ok


def archive_path(space_id: int) -> str:
    return f"/api/spaces/{space_id}"


async def upload(
    user: ApiUser,
    space_id: int,
    name: str,
    content: bytes | AsyncIterable[bytes] | Iterable[bytes],
    folder: int | None = None,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    query = f"?name={quote(name, safe='')}" + (f"&folder={folder}" if folder else "")
    all_headers = {
        "Authorization": f"Bearer {user.token}",
        "Content-Type": "application/octet-stream",
        **(headers or {}),
    }
    return await user.client.post(
        f"{archive_path(space_id)}/files{query}", content=content, headers=all_headers
    )


async def uploaded(
    user: ApiUser, space_id: int, name: str, content: bytes, folder: int | None = None
) -> dict[str, Any]:
    response = await upload(user, space_id, name, content, folder)
    assert response.status_code in (200, 201), (response.status_code, response.text)
    body: dict[str, Any] = response.json()
    return body


async def download(
    user: ApiUser,
    space_id: int,
    file_id: int,
    headers: dict[str, str] | None = None,
    method: str = "GET",
    version: int | None = None,
) -> httpx.Response:
    query = f"?version={version}" if version else ""
    return await user.client.request(
        method,
        f"{archive_path(space_id)}/files/{file_id}/content{query}",
        headers={"Authorization": f"Bearer {user.token}", **(headers or {})},
    )


async def listing(user: ApiUser, space_id: int, trash: bool = False) -> dict[str, Any]:
    body: dict[str, Any] = ok(
        await user.get(archive_path(space_id) + ("/files/trash" if trash else "/files"))
    )
    return body


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def blobs_on_disk(data_dir: Path) -> list[str]:
    """The local store's blobs under a data folder (tests of the disk store only)."""
    return sorted(p.name for p in (data_dir / "files" / "blobs").glob("*/*/*"))


def temp_files(data_dir: Path) -> list[Path]:
    """The local store's temporary upload files under a data folder."""
    return sorted((data_dir / "files" / "tmp").glob("*"))


async def stored_blobs(world: World) -> list[str]:
    """The digests of the blobs in the world's store (local disk or S3)."""
    store: BlobStore = world.ctx.blobs  # type: ignore[attr-defined]
    found = [info.digest async for info in store.list_blobs()]
    if isinstance(store, LocalBlobStore):  # and on disk, where a backup would copy them
        assert found == blobs_on_disk(store.root.parent)
    return sorted(found)


async def upload_leftovers(world: World) -> list[str]:
    """Whatever uploads in progress or left behind hold in the world's store: temporary
    files on disk; objects under uploads/ and open multipart uploads in S3."""
    store: BlobStore = world.ctx.blobs  # type: ignore[attr-defined]
    if isinstance(store, S3BlobStore):
        return [*await store.upload_objects(), *await store.multipart_uploads_left()]
    assert isinstance(store, LocalBlobStore)
    return [path.name for path in store.temp_files()]


def data_dir(world: World) -> Path:
    """The data folder of the world's server (its file store is ``files/`` in it)."""
    settings = getattr(world.ctx, "settings")  # noqa: B009 - an AppContext in-process
    return Path(settings.data_dir)
