"""A member muted in the space is muted in its live video sessions too (issue 10).

The forum's timed mute ("reads, cannot post or speak") reaches the microphone: in every
session of the space that has not ended, the member's place is force-muted at once (the mic
flag off, the signalling refusing offers that send audio, the SFU told), audited and
announced like a teacher's video mute, and marked ``space_muted``. When the space mute ends,
early (a teacher) or on the clock (services/mute_expiry.py, on whichever process claims it),
exactly those force-mutes are lifted. A teacher's own video mute is not one of them: it stays
until a teacher lifts it in the session.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.ext.asyncio import AsyncSession

from protocol.video import VideoEvent
from protocol.vocabulary import AuditAction
from storage.models import Account, VideoParticipant, VideoSession
from storage.repositories import audit as audit_repo
from storage.repositories import mutes as mute_repo
from storage.repositories import video as video_repo

from ...config import VideoSettings
from ..context import RequestContext
from ..outbox import outbox_of
from . import rooms
from .sessions import announce_participant, video_channel


async def follow_space_mute(
    req: RequestContext,
    space_id: int,
    account_id: int,
    muted: bool,
    reason: str,
    settings: VideoSettings,
) -> int:
    """Mute the member in every live session, or lift the force-mutes its space mute made;
    how many places changed."""
    db, actor, now = req.db, req.actor, req.now
    if not muted:
        return await release(db, actor, space_id, account_id, reason, now, settings)
    changed = 0
    for session in await video_repo.list_open(db, space_id):
        p = await video_repo.get_participant(db, session.id, account_id)
        if p is None or p.state not in video_repo.PRESENT_STATES or p.force_muted:
            continue  # absent, or muted already (a teacher's own video mute stays theirs)
        p.force_muted = p.space_muted = True
        p.mic = False
        await rooms.mute(session, p, True, settings)
        moderated(db, now, AuditAction.VIDEO_MUTED, actor, session, p, reason)
        announce_participant(db, session, p)
        changed += 1
    return changed


async def release(
    db: AsyncSession,
    actor: Account | None,
    space_id: int,
    account_id: int,
    reason: str,
    now: dt.datetime,
    settings: VideoSettings,
) -> int:
    """Lift the force-mutes the member's space mute made (``actor`` None: it ran out). Places
    of people who left are cleared quietly, so a rejoin is not muted by a mute that is over."""
    changed = 0
    for session, p in await mute_repo.space_muted_places(db, space_id, account_id):
        p.force_muted = p.space_muted = False
        if p.state not in video_repo.PRESENT_STATES:
            continue
        await rooms.mute(session, p, False, settings)
        moderated(db, now, AuditAction.VIDEO_UNMUTED, actor, session, p, reason)
        announce_participant(db, session, p)
        changed += 1
    return changed


def moderated(
    db: AsyncSession,
    now: dt.datetime,
    action: AuditAction,
    actor: Account | None,
    session: VideoSession,
    p: VideoParticipant,
    reason: str,
) -> None:
    """Audit and announce on the session's channel, as sessions.audit does for a teacher's
    action; ``by`` is None when the clock ended the mute."""
    details = {"session_id": session.id, "participant_id": p.id}
    audit_repo.record(
        db,
        now=now,
        action=action,
        actor_id=actor.id if actor else None,
        space_id=session.space_id,
        target_account_id=p.account_id,
        reason=reason,
        details=details if actor else {**details, "expired": True},
    )
    data = {"action": action.value, "by": actor.id if actor else None, "reason": reason, **details}
    outbox_of(db).event(video_channel(session.space_id, session.id), VideoEvent.MODERATED, data)
