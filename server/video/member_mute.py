"""A member muted in the space is muted in its live video sessions too (issue 10).

The forum's timed mute ("reads, cannot post or speak") reaches the microphone: in every
session of the space that has not ended, the member's place is force-muted at once (the mic
flag off, the signalling refusing offers that send audio, the SFU told), audited and
announced like a teacher's video mute. Ending the mute early allows unmuting again. A mute
that runs out by itself leaves the video force-mute on until a teacher lifts it, because
nothing runs at the moment a mute expires.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.ext.asyncio import AsyncSession

from protocol.vocabulary import AuditAction
from storage.models import Account
from storage.repositories import video as video_repo

from ..config import VideoSettings
from . import rooms
from .sessions import announce_participant, audit


async def follow_space_mute(
    db: AsyncSession,
    actor: Account,
    space_id: int,
    account_id: int,
    muted: bool,
    reason: str,
    now: dt.datetime,
    settings: VideoSettings,
) -> int:
    """Mute (or allow to unmute) the member in every live session; how many places changed."""
    changed = 0
    for session in await video_repo.list_open(db, space_id):
        p = await video_repo.get_participant(db, session.id, account_id)
        if p is None or p.state not in video_repo.PRESENT_STATES or p.force_muted is muted:
            continue
        p.force_muted = muted
        if muted:
            p.mic = False
        await rooms.mute(session, p, muted, settings)
        action = AuditAction.VIDEO_MUTED if muted else AuditAction.VIDEO_UNMUTED
        audit(db, now, action, actor, session, p, reason)
        announce_participant(db, session, p)
        changed += 1
    return changed
