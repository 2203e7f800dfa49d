"""The file archive: folders and files with versions; list, rename, move, trash, restore, purge.

Who may do what is the policy's (READ_ARCHIVE, UPLOAD_FILE, MANAGE_FILE, DELETE_FILE,
PURGE_FILE, with the owner's current role as its FileFacts). Every change is audited and
announced on the space's ``archive:<id>`` channel once its transaction commits. Uploads are in
archive_upload.py; blobs no row refers to any more are removed by ``remove_unreferenced``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import msgspec
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from protocol import api
from protocol.channels import Channel, ChannelKind
from protocol.errors import Conflict, ErrorReason, NotFound
from protocol.event_payloads import EventPayload, FilePurged, FileShown, FolderPurged, FolderShown
from protocol.events import EventName
from protocol.filenames import check_name, name_key
from protocol.vocabulary import AccountId, AuditAction, SpaceId
from storage.models import ArchiveFile, ArchiveFileVersion, ArchiveFolder
from storage.repositories import archive as archive_repo
from storage.repositories import audit as audit_repo
from storage.repositories import spaces as space_repo

from ..blobs.base import BlobStore
from ..config import ArchiveLimits
from ..policy import FileFacts, SpaceAction
from ..policy.capabilities import archive_allowed
from .access import SpaceAccess, authorize_in_space, enforce
from .allowed import asker_of, item_answer, roles_of_owners, with_item_allowed
from .context import RequestContext
from .outbox import outbox_of

#: One answer for a file or folder that is missing, elsewhere, or in a space one may not see.
NO_SUCH_FILE = "no such file"
NO_SUCH_FOLDER = "no such folder"

Item = ArchiveFile | ArchiveFolder


def archive_channel(space_id: int) -> str:
    return Channel(ChannelKind.ARCHIVE, SpaceId(space_id)).name


def folder_out(folder: ArchiveFolder) -> api.FolderOut:
    return api.FolderOut(
        id=folder.id,
        parent_id=folder.parent_id,
        name=folder.name,
        created_by_id=folder.created_by_id,
        created_at=folder.created_at,
        trashed_at=folder.trashed_at,
    )


def version_out(version: ArchiveFileVersion) -> api.FileVersionOut:
    return api.FileVersionOut(
        number=version.number,
        size=version.size,
        sha256=version.sha256,
        uploaded_by_id=version.uploaded_by_id,
        created_at=version.created_at,
    )


def file_out(file: ArchiveFile, versions: list[ArchiveFileVersion] | None = None) -> api.FileOut:
    return api.FileOut(
        id=file.id,
        folder_id=file.folder_id,
        name=file.name,
        owner_id=file.owner_id,
        version=file.version,
        size=file.size,
        sha256=file.sha256,
        created_at=file.created_at,
        updated_at=file.updated_at,
        trashed_at=file.trashed_at,
        versions=None if versions is None else [version_out(v) for v in versions],
    )


def announce(session: AsyncSession, space_id: int, name: EventName, payload: EventPayload) -> None:
    outbox_of(session).event(archive_channel(space_id), name, payload)


def audit(req: RequestContext, action: AuditAction, space_id: int, **details: object) -> None:
    session, actor, now = req.db, req.actor, req.now
    audit_repo.record(
        session, now=now, action=action, actor_id=actor.id, space_id=space_id, details=details
    )


async def enter(
    req: RequestContext, space_id: int, action: SpaceAction, not_found: str
) -> SpaceAccess:
    """Authorize ``action`` in the space; a concealed space answers like a missing item."""
    try:
        return await authorize_in_space(req, space_id, action)
    except NotFound:
        raise NotFound(not_found) from None


async def locked_item(
    req: RequestContext, space_id: int, item_id: int, *, folder: bool, action: SpaceAction
) -> tuple[SpaceAccess, Item]:
    """Authorize ``action`` in the space, take the archive's lock, then load the folder or
    file (a concealed space answers like a missing item)."""
    session = req.db
    missing = NO_SUCH_FOLDER if folder else NO_SUCH_FILE
    access = await enter(req, space_id, action, missing)
    await archive_repo.lock_space_archive(session, space_id)
    item: Item = await (find_folder if folder else find_file)(session, space_id, item_id)
    return access, item


async def owner_target(session: AsyncSession, space_id: int, owner_id: int | None) -> FileFacts:
    """The policy's facts about an item's owner: their role here now (None: gone)."""
    if owner_id is None:
        return FileFacts(account_id=None, role=None)
    membership = await space_repo.get_membership(session, space_id, owner_id)
    return FileFacts(account_id=AccountId(owner_id), role=membership.role if membership else None)


async def allow_on(
    req: RequestContext, access: SpaceAccess, action: SpaceAction, item: Item
) -> None:
    session, actor, now = req.db, req.actor, req.now
    owner = item.owner_id if isinstance(item, ArchiveFile) else item.created_by_id
    target = await owner_target(session, access.space.id, owner)
    enforce(access.decide(actor, action, now, target))


async def live_folder(
    session: AsyncSession, space_id: int, folder_id: int | None
) -> ArchiveFolder | None:
    """The destination folder (None: the top); NotFound unless it is a live folder of this
    space."""
    if folder_id is None:
        return None
    folder = await archive_repo.get_folder(session, space_id, folder_id)
    if folder is None or folder.trashed_at is not None:
        raise NotFound(NO_SUCH_FOLDER)
    return folder


async def free_name(
    session: AsyncSession, space_id: int, folder_id: int | None, name: str, exclude: Item
) -> None:
    clash = await archive_repo.live_item_named(session, space_id, folder_id, name_key(name))
    if clash is not None and clash is not exclude:
        kind = "file" if isinstance(clash, ArchiveFile) else "folder"
        raise Conflict(
            f"a {kind} named {clash.name!r} is already there",
            reason=ErrorReason.NAME_TAKEN,
            params={"name": clash.name},
        )


# -- reading --------------------------------------------------------------------------------


#: Files on one page of a paged listing when ``limit`` is not given, and the most it may ask.
FILES_PAGE_DEFAULT = 100
FILES_PAGE_MAX = 500


@dataclass(frozen=True, slots=True)
class FilesPage:
    """A keyset page of an archive's files: those with an id above ``after``, by id."""

    after: int
    limit: int


async def list_archive(
    req: RequestContext,
    space_id: int,
    limits: ArchiveLimits,
    *,
    trashed: bool,
    page: FilesPage | None = None,
) -> api.ArchiveOut:
    """The whole archive, or (``page``) a page of its files; the folders (few) come whole
    with the first page (``after`` 0) and not with the next ones."""
    session, actor, now = req.db, req.actor, req.now
    access = await enter(req, space_id, SpaceAction.READ_ARCHIVE, NO_SUCH_FILE)
    first = page is None or page.after == 0
    folders = await archive_repo.list_folders(session, space_id, trashed=trashed) if first else []
    files = await archive_repo.list_files(
        session,
        space_id,
        trashed=trashed,
        after_id=page.after if page else None,
        limit=page.limit if page else None,
    )
    full = page is not None and len(files) == page.limit
    asker = asker_of(access, actor, now)
    roles = await roles_of_owners(session, space_id, [*folders, *files])
    return api.ArchiveOut(
        folders=[with_item_allowed(asker, roles, f, folder_out(f)) for f in folders],
        files=[with_item_allowed(asker, roles, f, file_out(f)) for f in files],
        used_bytes=await archive_repo.used_bytes(session, space_id),
        quota_bytes=limits.space_quota_bytes,
        max_file_bytes=limits.max_file_bytes,
        allowed=archive_allowed(asker),
        next_after=files[-1].id if full else None,
    )


async def find_file(session: AsyncSession, space_id: int, file_id: int) -> ArchiveFile:
    found = await archive_repo.get_file(session, space_id, file_id)
    if found is None:
        raise NotFound(NO_SUCH_FILE)
    return found


async def show_file(req: RequestContext, space_id: int, file_id: int) -> api.FileOut:
    session = req.db
    access = await enter(req, space_id, SpaceAction.READ_ARCHIVE, NO_SUCH_FILE)
    found = await find_file(session, space_id, file_id)
    out = file_out(found, list(await archive_repo.versions_of(session, file_id)))
    answer: api.FileOut = await item_answer(req, access, found, out)
    return answer


async def version_to_read(
    req: RequestContext, space_id: int, file_id: int, number: int | None
) -> tuple[ArchiveFile, ArchiveFileVersion]:
    """The file and the version (default: the latest) a download may read."""
    session = req.db
    await enter(req, space_id, SpaceAction.READ_ARCHIVE, NO_SUCH_FILE)
    found = await find_file(session, space_id, file_id)
    wanted = await archive_repo.version(session, file_id, number or found.version)
    if wanted is None:
        raise NotFound(NO_SUCH_FILE)
    return found, wanted


# -- folders --------------------------------------------------------------------------------


async def create_folder(
    req: RequestContext, space_id: int, body: api.CreateFolder
) -> api.FolderOut:
    session, actor, now = req.db, req.actor, req.now
    access = await enter(req, space_id, SpaceAction.UPLOAD_FILE, NO_SUCH_FOLDER)
    name = check_name(body.name)
    await archive_repo.lock_space_archive(session, space_id)
    await live_folder(session, space_id, body.parent_id)
    clash = await archive_repo.live_item_named(session, space_id, body.parent_id, name_key(name))
    if clash is not None:
        raise Conflict(
            f"{clash.name!r} is already there",
            reason=ErrorReason.NAME_TAKEN,
            params={"name": clash.name},
        )
    folder = ArchiveFolder(
        space_id=space_id,
        parent_id=body.parent_id,
        name=name,
        name_key=name_key(name),
        created_by_id=actor.id,
        created_at=now,
    )
    session.add(folder)
    await session.flush()
    out = folder_out(folder)
    audit(req, AuditAction.FOLDER_CREATED, space_id, folder_id=folder.id, name=name)
    announce(session, space_id, EventName.FOLDER_CREATED, FolderShown(folder=out))
    answer: api.FolderOut = await item_answer(req, access, folder, out)
    return answer


async def find_folder(session: AsyncSession, space_id: int, folder_id: int) -> ArchiveFolder:
    found = await archive_repo.get_folder(session, space_id, folder_id)
    if found is None:
        raise NotFound(NO_SUCH_FOLDER)
    return found


def refuse_trashed(item: Item) -> None:
    if item.trashed_at is not None:
        raise Conflict(
            f"{item.name!r} is in the trash: restore it first",
            reason=ErrorReason.IN_TRASH,
            params={"name": item.name},
        )


async def rename_item(
    req: RequestContext, space_id: int, item_id: int, new_name: str, *, folder: bool
) -> api.FileOut | api.FolderOut:
    session = req.db
    access, item = await locked_item(
        req, space_id, item_id, folder=folder, action=SpaceAction.READ_ARCHIVE
    )
    await allow_on(req, access, SpaceAction.MANAGE_FILE, item)
    refuse_trashed(item)
    name = check_name(new_name)
    parent = item.parent_id if isinstance(item, ArchiveFolder) else item.folder_id
    await free_name(session, space_id, parent, name, item)
    old, item.name, item.name_key = item.name, name, name_key(name)
    out = changed(req, item, "renamed", old_name=old)
    return await item_answer(req, access, item, out)


def changed(
    req: RequestContext, item: Item, what: str, **details: Any
) -> api.FileOut | api.FolderOut:
    """Audit and announce a change to one item; its new state is the answer."""
    session = req.db
    out: api.FileOut | api.FolderOut
    if isinstance(item, ArchiveFile):
        kind, out, key = "file", file_out(item), "file_id"
    else:
        kind, out, key = "folder", folder_out(item), "folder_id"
    action = AuditAction(f"archive.{kind}_{what}")
    audit(req, action, item.space_id, **{key: item.id, "name": item.name}, **details)
    name = EventName(f"{kind}.{what}")
    payload = FileShown(file=out) if isinstance(out, api.FileOut) else FolderShown(folder=out)
    announce(session, item.space_id, name, payload)
    return out


async def move_item(
    req: RequestContext, space_id: int, item_id: int, destination: int | None, *, folder: bool
) -> api.FileOut | api.FolderOut:
    session = req.db
    access, item = await locked_item(
        req, space_id, item_id, folder=folder, action=SpaceAction.READ_ARCHIVE
    )
    await allow_on(req, access, SpaceAction.MANAGE_FILE, item)
    refuse_trashed(item)
    target = await live_folder(session, space_id, destination)
    if (
        isinstance(item, ArchiveFolder)
        and target is not None
        and item.id in await archive_repo.ancestors(session, target)
    ):
        raise Conflict("a folder cannot move into itself or a folder inside it")
    await free_name(session, space_id, destination, item.name, item)
    if isinstance(item, ArchiveFolder):
        old, item.parent_id = item.parent_id, destination
    else:
        old, item.folder_id = item.folder_id, destination
    out = changed(req, item, "moved", from_folder_id=old, to_folder_id=destination)
    return await item_answer(req, access, item, out)


async def trash_item(
    req: RequestContext, space_id: int, item_id: int, *, folder: bool
) -> api.FileOut | api.FolderOut:
    session, actor, now = req.db, req.actor, req.now
    access, item = await locked_item(
        req, space_id, item_id, folder=folder, action=SpaceAction.READ_ARCHIVE
    )
    await allow_on(req, access, SpaceAction.DELETE_FILE, item)
    refuse_trashed(item)
    if isinstance(item, ArchiveFolder) and await archive_repo.has_live_children(session, item.id):
        # Trashing a folder never trashes other people's files with it, unseen.
        raise Conflict(
            f"the folder {item.name!r} is not empty: trash what is in it first",
            reason=ErrorReason.FOLDER_NOT_EMPTY,
            params={"name": item.name},
        )
    item.trashed_at, item.trashed_by_id = now, actor.id
    out = changed(req, item, "trashed")
    return await item_answer(req, access, item, out)


async def restore_item(
    req: RequestContext, space_id: int, item_id: int, *, folder: bool
) -> api.FileOut | api.FolderOut:
    session = req.db
    access, item = await locked_item(
        req, space_id, item_id, folder=folder, action=SpaceAction.READ_ARCHIVE
    )
    # Who may trash an item may take it out of the trash again.
    await allow_on(req, access, SpaceAction.DELETE_FILE, item)
    if item.trashed_at is None:
        raise Conflict(
            f"{item.name!r} is not in the trash",
            reason=ErrorReason.NOT_IN_TRASH,
            params={"name": item.name},
        )
    parent = item.parent_id if isinstance(item, ArchiveFolder) else item.folder_id
    try:
        await live_folder(session, space_id, parent)
    except NotFound:
        raise Conflict(
            f"the folder {item.name!r} was in is in the trash: restore it first",
            reason=ErrorReason.PARENT_IN_TRASH,
            params={"name": item.name},
        ) from None
    await free_name(session, space_id, parent, item.name, item)
    item.trashed_at, item.trashed_by_id = None, None
    out = changed(req, item, "restored")
    return await item_answer(req, access, item, out)


async def purge_item(req: RequestContext, space_id: int, item_id: int, *, folder: bool) -> set[str]:
    """Delete a trashed item for good (teacher admins); the digests it may have freed."""
    session = req.db
    _, item = await locked_item(
        req, space_id, item_id, folder=folder, action=SpaceAction.PURGE_FILE
    )
    if item.trashed_at is None:
        raise Conflict(
            f"{item.name!r} is not in the trash: trash it before purging",
            reason=ErrorReason.NOT_IN_TRASH,
            params={"name": item.name},
        )
    if isinstance(item, ArchiveFolder):
        folder_ids = await archive_repo.subtree_folder_ids(session, item.id)
        file_ids = await archive_repo.files_in_folders(session, folder_ids)
    else:
        folder_ids, file_ids = [], [item.id]
    digests = await archive_repo.digests_of_files(session, file_ids)
    await archive_repo.delete_files(session, file_ids)
    await archive_repo.delete_folders(session, folder_ids)
    purged: FolderPurged | FilePurged
    if isinstance(item, ArchiveFolder):
        action, event = AuditAction.FOLDER_PURGED, EventName.FOLDER_PURGED
        purged = FolderPurged(folder_id=item.id, folder_ids=folder_ids, file_ids=file_ids)
    else:
        action, event = AuditAction.FILE_PURGED, EventName.FILE_PURGED
        purged = FilePurged(file_id=item.id, file_ids=file_ids)
    audit(req, action, space_id, name=item.name, **msgspec.to_builtins(purged))
    announce(session, space_id, event, purged)
    return digests


async def remove_unreferenced(
    sessionmaker: async_sessionmaker[AsyncSession], store: BlobStore, digests: set[str]
) -> int:
    """Delete the blobs no version refers to any more; how many went.

    Each under its blob lock, so an upload publishing the same content meanwhile either
    recorded its reference first (the blob stays) or publishes it again after."""
    removed = 0
    for digest in sorted(digests):
        async with sessionmaker() as db, db.begin():
            await archive_repo.lock_blob(db, digest)
            if not await archive_repo.is_referenced(db, digest):
                removed += await store.delete(digest)
    return removed
