"""Timed mutes that run out on the clock (issue 10): told live, on every process.

The policy already compares ``muted_until`` with the clock on every speaking action, so a mute
stops blocking the forum and the chat by itself. What nothing did at that moment is the rest:
the member's microphone in a live video session stays force-muted, and open pages do not learn
that the composer may open again. Every process runs ``keep_lifting`` (server/housekeeping.py);
each pass reads the mutes due (an indexed read, nothing when there are none) and claims each
with a conditional UPDATE, so exactly one process lifts it: audited (``member.unmuted``, no
actor, ``expired``), announced to the moderators and to the member (every process delivers it
through the broker), and the video force-mutes it made released
(services/video/member_mute.py).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.ext.asyncio import AsyncSession

from protocol.event_payloads import MuteChanged, MuteNotice
from protocol.events import EventName
from protocol.vocabulary import AuditAction
from storage.repositories import audit as audit_repo
from storage.repositories import mutes as mute_repo

from ..config import VideoSettings
from . import event_stage_hold
from .forum_events import ForumEvents
from .video.member_mute import release


async def lift_expired(db: AsyncSession, now: dt.datetime, video: VideoSettings) -> int:
    """Lift the mutes that ran out by ``now`` and this pass claimed; how many."""
    lifted = 0
    for membership in await mute_repo.due(db, now):
        until = membership.muted_until
        if until is None:  # `due` selects mutes that ran out; says so to the type checker
            continue
        if not await mute_repo.claim(db, membership.id, now):
            continue  # another process lifted it, or a teacher muted again meanwhile
        space_id, account_id = membership.space_id, membership.account_id
        details = {"until": until.isoformat(), "expired": True}
        audit_repo.record(
            db,
            now=now,
            action=AuditAction.MEMBER_UNMUTED,
            actor_id=None,
            space_id=space_id,
            target_account_id=account_id,
            reason="",
            details=details,
        )
        events = ForumEvents(db, space_id)
        name = EventName.MEMBER_UNMUTED
        changed = MuteChanged(
            account_id=account_id, muted_until=None, by=None, reason="", expired=True
        )
        events.to_moderators(name, changed)
        told = MuteNotice(account_id=account_id, muted_until=None, expired=True)
        events.to_member(account_id, name, told)
        await release(db, None, space_id, account_id, "", now, video)
        # A named speaker of a running webinar of the space's events speaks again.
        await event_stage_hold.back_on_stage(db, space_id, account_id, video, now)
        lifted += 1
    return lifted
