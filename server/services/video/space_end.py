"""A space archived or deleted ends its live video sessions, as a teacher's "end" would.

An archived space is read-only: no one may start, join or moderate video there any more (the
policy), so a session left running could never be ended by anyone. Deleting a space removes
its sessions' rows, which would leave an SFU room with pupils in it that nothing knows of.
Both therefore end every session that has not ended, in the same transaction: everyone
present is removed and cut off, the SFU room destroyed, the space told (``video.ended``) and
the session's last ``session`` event names the cause (:class:`protocol.video.EndReason`). If
the SFU cannot be reached the archive or the deletion is refused with it (503), as a
teacher's "end" is, so a space never becomes read-only (or gone) with media still flowing.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.ext.asyncio import AsyncSession

from protocol.video import EndReason
from protocol.vocabulary import AuditAction
from storage.models import VideoSession
from storage.repositories import video as video_repo

from ...config import VideoSettings
from ..context import RequestContext
from .moderation import end_for_all
from .sessions import announce_session, audit

#: The audit entry's reason (and the ``moderated`` event's) for a session a space archive ended.
ARCHIVED_REASON = "the space was archived"


async def end_open_sessions(
    db: AsyncSession, space_id: int, reason: EndReason, now: dt.datetime, settings: VideoSettings
) -> list[VideoSession]:
    """End every session of the space that has not ended; the sessions ended.

    They are locked first (in id order), so a join, an admission or a teacher's own "end"
    running at the same time either finishes before (and its participant is ended here) or
    finds the session ended (410)."""
    ended = list(await video_repo.list_open(db, space_id, for_update=True))
    for session in ended:
        participants = list(await video_repo.list_participants(db, session.id))
        await end_for_all(db, session, participants, reason, now, settings)
    return ended


async def end_for_archive(req: RequestContext, space_id: int, settings: VideoSettings) -> int:
    """The founder archives the space: each live session ends, audited as the founder's
    ``video.ended`` with the reason, and announced; how many ended."""
    db, actor, now = req.db, req.actor, req.now
    ended = await end_open_sessions(db, space_id, EndReason.SPACE_ARCHIVED, now, settings)
    for session in ended:
        audit(db, now, AuditAction.VIDEO_ENDED, actor, session, reason=ARCHIVED_REASON)
        announce_session(db, session, EndReason.SPACE_ARCHIVED)
    return len(ended)


async def end_for_deletion(
    db: AsyncSession, space_id: int, now: dt.datetime, settings: VideoSettings
) -> int:
    """The space is about to be deleted: each live session ends and is announced, before the
    subscriptions end with the space. Not audited: the space's audit log goes with it (the
    operator's purge writes its own entry, with the rows it removed)."""
    ended = await end_open_sessions(db, space_id, EndReason.SPACE_DELETED, now, settings)
    for session in ended:
        announce_session(db, session, EndReason.SPACE_DELETED)
    return len(ended)
