"""Exporting everything a pupil created (issue 9; DOMAIN.md: "a teacher can export
everything a pupil of theirs created").

The teacher asks in one twinspace where the account is a pupil (EXPORT_PUPIL_DATA). The
export holds the profile the teachers set (never the code), the pupil's memberships, its
forum posts with their edit history, its chat messages, its reactions to posts and every file
version it uploaded, from every space where the asking teacher is a teacher: another
project's content is for that project's teachers. One transaction gathers the rows; the route then
streams a zip (server/http/zipstream.py) of ``manifest.json`` and ``files/...``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import msgspec

from protocol.errors import LimitExceeded, NotFound
from protocol.vocabulary import CHAT_AREAS, AuditAction
from storage.models import ForumPost, ForumThread
from storage.repositories import accounts as account_repo
from storage.repositories import audit as audit_repo
from storage.repositories import privacy as privacy_repo
from storage.repositories import spaces as space_repo

from ..config import MIB, PrivacySettings
from ..policy import SpaceAction
from ..zipstream import bound
from .access import authorize_in_space, person_target
from .context import RequestContext
from .pupil_erasure import NO_SUCH_PUPIL

FORMAT = "twinspace-live/pupil-export"
VERSION = 1


@dataclass(frozen=True, slots=True)
class ExportFile:
    path: str
    digest: str
    size: int


@dataclass(frozen=True, slots=True)
class Export:
    """What the route streams: the manifest, the files, and the zip's name."""

    manifest: bytes
    files: list[ExportFile]
    filename: str


def post_entry(
    post: ForumPost, thread: ForumThread, earlier: list[dict[str, Any]]
) -> dict[str, Any]:
    return {
        "id": post.id,
        "space_id": post.space_id,
        "thread_id": thread.id,
        "thread_title": thread.title,
        "area": thread.area.value,
        "state": post.state.value,
        "created_at": post.created_at,
        "edited_at": post.edited_at,
        "body": post.body,
        "earlier_bodies": earlier,
    }


async def export_pupil(
    req: RequestContext, space_id: int, pupil_id: int, limits: PrivacySettings
) -> Export:
    session, actor, now = req.db, req.actor, req.now
    pupil = await account_repo.get(session, pupil_id)
    membership = await space_repo.get_membership(session, space_id, pupil_id) if pupil else None
    await authorize_in_space(
        req,
        space_id,
        SpaceAction.EXPORT_PUPIL_DATA,
        person_target(membership, pupil),
        not_found=NO_SUCH_PUPIL,
    )
    if pupil is None:  # concealed by the policy already: the same answer
        raise NotFound(NO_SUCH_PUPIL)
    scope = await privacy_repo.teacher_space_ids(session, actor.id)
    spaces = {space.id: space for space in await privacy_repo.spaces_of(session, scope)}
    memberships = [
        {
            "space_id": space.id,
            "space_title": space.title,
            "space_kind": space.kind.value,
            "role": member.role.value,
            "since": member.created_at,
        }
        for space, member in await space_repo.list_for_account(session, pupil.id)
        if space.id in scope
    ]
    posts = await privacy_repo.posts_by(session, pupil.id, scope)
    revisions = await privacy_repo.revisions_of(session, [post.id for post, _ in posts])
    forum_posts: list[dict[str, Any]] = []
    chat_messages: list[dict[str, Any]] = []
    for post, thread in posts:
        earlier = [
            {"body": r.body, "replaced_at": r.replaced_at} for r in revisions.get(post.id, [])
        ]
        chat = thread.area in CHAT_AREAS
        (chat_messages if chat else forum_posts).append(post_entry(post, thread, earlier))
    threads = sorted({thread.id: thread for _, thread in posts}.values(), key=lambda t: t.id)
    files: list[ExportFile] = []
    file_entries = []
    for version, file in await privacy_repo.versions_by(session, pupil.id, scope):
        path = f"files/{file.space_id}/{file.id}-v{version.number}-{file.name}"
        files.append(ExportFile(path, version.sha256, version.size))
        file_entries.append(
            {
                "file_id": file.id,
                "space_id": file.space_id,
                "name": file.name,
                "version": version.number,
                "size": version.size,
                "sha256": version.sha256,
                "uploaded_at": version.created_at,
                "trashed": file.trashed_at is not None,
                "path": path,
            }
        )
    # Which posts a pupil reacted to, and how, is about the pupil (erasure forgets it too).
    reactions = [
        {
            "post_id": post.id,
            "space_id": post.space_id,
            "thread_id": post.thread_id,
            "reaction": reaction.kind.value,
            "created_at": reaction.created_at,
        }
        for reaction, post in await privacy_repo.reactions_by(session, pupil.id, scope)
    ]
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": now,
        "exported_by": {"account_id": actor.id, "display_name": actor.display_name},
        "scope": "the spaces where the exporting teacher is a teacher",
        "spaces": {str(i): {"title": s.title, "kind": s.kind.value} for i, s in spaces.items()},
        "pupil": {
            "account_id": pupil.id,
            "kind": pupil.kind.value,
            "status": pupil.status.value,
            "display_name": pupil.display_name,
            "username": pupil.username,
            "created_at": pupil.created_at,
        },
        "memberships": memberships,
        "threads_started": [
            {
                "id": t.id,
                "space_id": t.space_id,
                "area": t.area.value,
                "title": t.title,
                "state": t.state.value,
                "created_at": t.created_at,
            }
            for t in threads
            if t.author_id == pupil.id
        ],
        "forum_posts": forum_posts,
        "chat_messages": chat_messages,
        "files": file_entries,
        "reactions": reactions,
    }
    encoded = msgspec.json.encode(manifest)
    size = bound(len(encoded), [(f.path, f.size) for f in files])
    if size > limits.export_max_bytes:
        raise LimitExceeded(
            f"the export would be {size / MIB:.1f} MiB, over the server's limit of "
            f"{limits.export_max_bytes / MIB:g} MiB: ask the operator"
        )
    audit_repo.record(
        session,
        now=now,
        action=AuditAction.PUPIL_EXPORTED,
        actor_id=actor.id,
        space_id=space_id,
        target_account_id=pupil.id,
        details={
            "forum_posts": len(forum_posts),
            "chat_messages": len(chat_messages),
            "files": len(files),
            "reactions": len(reactions),
        },
    )
    return Export(encoded, files, f"pupil-{pupil.id}-export-{now:%Y%m%d}.zip")
