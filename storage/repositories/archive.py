"""The file archive's rows: folders, files, versions, usage, and the locks that order writes."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from ..dialect import on_postgresql
from ..models import ArchiveFile, ArchiveFileVersion, ArchiveFolder, Space


async def lock_space_archive(session: AsyncSession, space_id: int) -> None:
    """Serialize archive writes of one space until the transaction ends.

    PostgreSQL: a row lock on the space. SQLite: every transaction already holds the
    database's write lock (BEGIN IMMEDIATE, see storage.database)."""
    await session.execute(select(Space.id).where(Space.id == space_id).with_for_update())


def _digest_lock_key(digest: str) -> int:
    # 60 bits of the hash: a signed 64-bit advisory lock key.
    return int(digest[:15], 16)


async def lock_blob(session: AsyncSession, digest: str) -> None:
    """Order publishing a blob and deleting it, across processes, until the transaction ends.

    Whoever holds it sees the blob's references as they are: an upload publishing and
    recording a reference, and a collector checking references and deleting, never interleave.
    On SQLite the database write lock every transaction takes already does this."""
    if on_postgresql(session):
        await session.execute(
            text("SELECT pg_advisory_xact_lock(:key)"), {"key": _digest_lock_key(digest)}
        )


async def get_folder(session: AsyncSession, space_id: int, folder_id: int) -> ArchiveFolder | None:
    folder = await session.get(ArchiveFolder, folder_id)
    return folder if folder is not None and folder.space_id == space_id else None


async def get_file(session: AsyncSession, space_id: int, file_id: int) -> ArchiveFile | None:
    found = await session.get(ArchiveFile, file_id)
    return found if found is not None and found.space_id == space_id else None


async def live_item_named(
    session: AsyncSession, space_id: int, folder_id: int | None, key: str
) -> ArchiveFile | ArchiveFolder | None:
    """The live file or folder directly in ``folder_id`` whose name key is ``key``."""
    in_folder = (
        ArchiveFile.folder_id.is_(None)
        if folder_id is None
        else (ArchiveFile.folder_id == folder_id)
    )
    file = await session.scalar(
        select(ArchiveFile)
        .where(
            ArchiveFile.space_id == space_id,
            in_folder,
            ArchiveFile.name_key == key,
            ArchiveFile.trashed_at.is_(None),
        )
        .limit(1)
    )
    if file is not None:
        return file
    in_parent = (
        ArchiveFolder.parent_id.is_(None)
        if folder_id is None
        else (ArchiveFolder.parent_id == folder_id)
    )
    return await session.scalar(
        select(ArchiveFolder)
        .where(
            ArchiveFolder.space_id == space_id,
            in_parent,
            ArchiveFolder.name_key == key,
            ArchiveFolder.trashed_at.is_(None),
        )
        .limit(1)
    )


async def list_folders(
    session: AsyncSession, space_id: int, *, trashed: bool
) -> Sequence[ArchiveFolder]:
    state = ArchiveFolder.trashed_at.is_not(None) if trashed else ArchiveFolder.trashed_at.is_(None)
    result = await session.execute(
        select(ArchiveFolder)
        .where(ArchiveFolder.space_id == space_id, state)
        .order_by(ArchiveFolder.id)
    )
    return result.scalars().all()


async def list_files(
    session: AsyncSession,
    space_id: int,
    *,
    trashed: bool,
    after_id: int | None = None,
    limit: int | None = None,
) -> Sequence[ArchiveFile]:
    """The space's live (or trashed) files by id; with ``after_id``/``limit``, a keyset page."""
    state = ArchiveFile.trashed_at.is_not(None) if trashed else ArchiveFile.trashed_at.is_(None)
    query = select(ArchiveFile).where(ArchiveFile.space_id == space_id, state)
    if after_id is not None:
        query = query.where(ArchiveFile.id > after_id)
    result = await session.execute(query.order_by(ArchiveFile.id).limit(limit))
    return result.scalars().all()


async def has_live_children(session: AsyncSession, folder_id: int) -> bool:
    for query in (
        select(ArchiveFile.id).where(
            ArchiveFile.folder_id == folder_id, ArchiveFile.trashed_at.is_(None)
        ),
        select(ArchiveFolder.id).where(
            ArchiveFolder.parent_id == folder_id, ArchiveFolder.trashed_at.is_(None)
        ),
    ):
        if (await session.execute(query.limit(1))).first() is not None:
            return True
    return False


async def ancestors(session: AsyncSession, folder: ArchiveFolder) -> list[int]:
    """The ids of the folder and every folder above it, nearest first."""
    chain = [folder.id]
    parent_id = folder.parent_id
    while parent_id is not None:
        chain.append(parent_id)
        parent = await session.get(ArchiveFolder, parent_id)
        parent_id = parent.parent_id if parent is not None else None
    return chain


async def subtree_folder_ids(session: AsyncSession, folder_id: int) -> list[int]:
    """The folder and every folder below it."""
    found, frontier = [folder_id], [folder_id]
    while frontier:
        result = await session.execute(
            select(ArchiveFolder.id).where(ArchiveFolder.parent_id.in_(frontier))
        )
        frontier = list(result.scalars().all())
        found += frontier
    return found


async def used_bytes(session: AsyncSession, space_id: int) -> int:
    """What the space's archive holds: every version of every file, the trash included."""
    result = await session.execute(
        select(func.coalesce(func.sum(ArchiveFileVersion.size), 0)).where(
            ArchiveFileVersion.space_id == space_id
        )
    )
    return int(result.scalar_one())


async def versions_of(session: AsyncSession, file_id: int) -> Sequence[ArchiveFileVersion]:
    result = await session.execute(
        select(ArchiveFileVersion)
        .where(ArchiveFileVersion.file_id == file_id)
        .order_by(ArchiveFileVersion.number)
    )
    return result.scalars().all()


async def version(session: AsyncSession, file_id: int, number: int) -> ArchiveFileVersion | None:
    result = await session.execute(
        select(ArchiveFileVersion).where(
            ArchiveFileVersion.file_id == file_id, ArchiveFileVersion.number == number
        )
    )
    return result.scalar_one_or_none()


async def digests_of_files(session: AsyncSession, file_ids: Sequence[int]) -> set[str]:
    result = await session.execute(
        select(ArchiveFileVersion.sha256).where(ArchiveFileVersion.file_id.in_(file_ids))
    )
    return set(result.scalars().all())


async def files_in_folders(session: AsyncSession, folder_ids: Sequence[int]) -> list[int]:
    result = await session.execute(
        select(ArchiveFile.id).where(ArchiveFile.folder_id.in_(folder_ids))
    )
    return list(result.scalars().all())


async def delete_files(session: AsyncSession, file_ids: Sequence[int]) -> None:
    await session.execute(delete(ArchiveFile).where(ArchiveFile.id.in_(file_ids)))


async def delete_folders(session: AsyncSession, folder_ids: Sequence[int]) -> None:
    await session.execute(delete(ArchiveFolder).where(ArchiveFolder.id.in_(folder_ids)))


async def is_referenced(session: AsyncSession, digest: str) -> bool:
    result = await session.execute(
        select(ArchiveFileVersion.id).where(ArchiveFileVersion.sha256 == digest).limit(1)
    )
    return result.first() is not None


async def referenced_blobs(session: AsyncSession) -> dict[str, int]:
    """Every blob the archive refers to, with its recorded size."""
    result = await session.execute(
        select(ArchiveFileVersion.sha256, func.max(ArchiveFileVersion.size)).group_by(
            ArchiveFileVersion.sha256
        )
    )
    return {digest: int(size) for digest, size in result.all()}
