"""`twinspace archive check`: the blob store against the database.

- **missing**: a version refers to a blob the store does not have (data loss: restore it
  from a backup);
- **corrupt**: a blob whose bytes no longer hash to its name, or whose size differs from the
  recorded one (disk damage: restore it from a backup);
- **orphaned**: a blob no version refers to (a purge or a space deletion whose clean-up did
  not finish, a crash between publishing and recording). ``collect`` removes those older than
  the grace period, each under its blob lock, so an upload in flight is never collected;
- **stale uploads**: temporary files of uploads that stopped (a crash); always removed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.repositories import archive as archive_repo

from ..blobs.base import BlobStore


@dataclass(slots=True)
class CheckReport:
    checked: int = 0
    missing: list[str] = field(default_factory=list)
    corrupt: list[str] = field(default_factory=list)
    orphaned: list[str] = field(default_factory=list)
    collected: list[str] = field(default_factory=list)
    stale_uploads_removed: int = 0

    @property
    def healthy(self) -> bool:
        """No data lost or damaged (orphans waste room but lose nothing)."""
        return not self.missing and not self.corrupt


async def content_digest(store: BlobStore, digest: str) -> tuple[str, int]:
    hasher, size = hashlib.sha256(), 0
    async for chunk in store.read(digest):
        hasher.update(chunk)
        size += len(chunk)
    return hasher.hexdigest(), size


async def check_archive(
    sessionmaker: async_sessionmaker[AsyncSession],
    store: BlobStore,
    now: dt.datetime,
    *,
    grace: dt.timedelta,
    collect: bool,
    rehash: bool = True,
) -> CheckReport:
    report = CheckReport()
    report.stale_uploads_removed = await store.remove_stale_uploads(grace)
    async with sessionmaker() as db, db.begin():
        referenced = await archive_repo.referenced_blobs(db)
    stored = {info.digest: info async for info in store.list_blobs()}
    for digest, size in sorted(referenced.items()):
        info = stored.get(digest)
        if info is None:
            report.missing.append(digest)
            continue
        report.checked += 1
        wrong_size = info.size != size
        if wrong_size or (rehash and (await content_digest(store, digest))[0] != digest):
            report.corrupt.append(digest)
    for digest, info in sorted(stored.items()):
        if digest in referenced:
            continue
        report.orphaned.append(digest)
        if collect and now - info.modified_at >= grace:
            async with sessionmaker() as db, db.begin():
                # Look again under the lock: an upload may have recorded it since.
                await archive_repo.lock_blob(db, digest)
                if not await archive_repo.is_referenced(db, digest) and await store.delete(digest):
                    report.collected.append(digest)
    return report
