"""Moderation of a video session: admit or deny from the lobby, mute, remove, lock, unlock,
end for all, spotlight. Teachers only (MODERATE_VIDEO); each is audited and announced live,
and mirrored on the SFU when the session uses one."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.ext.asyncio import AsyncSession

from protocol import api
from protocol.errors import NotFound
from protocol.event_payloads import VideoEnded
from protocol.events import EventName
from protocol.video import EndReason, ParticipantState
from protocol.vocabulary import AccountId, AuditAction
from storage.models import VideoParticipant, VideoSession
from storage.repositories import video as video_repo

from ...config import VideoSettings
from ...policy import ParticipantFacts, SpaceAction
from ..context import RequestContext
from ..members import space_channel
from ..outbox import outbox_of
from . import rooms
from .sessions import (
    NO_SUCH_PARTICIPANT,
    announce_count,
    announce_participant,
    announce_session,
    audit,
    cut_off,
    decide,
    full_out,
    moderated,
    moderating,
    participant_out,
    session_out,
    target_participant,
)
from .states import ParticipantEvent, SessionEvent, next_participant_state, next_session_state


async def admit(
    req: RequestContext,
    space_id: int,
    session_id: int,
    participant_id: int,
    settings: VideoSettings,
    *,
    allow: bool,
    reason: str = "",
) -> api.ParticipantOut:
    """Let one person in from the lobby, or deny them (they stay out of this session)."""
    db, actor, now = req.db, req.actor, req.now
    session = await moderated(req, space_id, session_id)
    p = await target_participant(db, session, participant_id)
    event = ParticipantEvent.ADMIT if allow else ParticipantEvent.DENY
    p.state = next_participant_state(p.state, event)
    if allow and await rooms.make_room(db, session, p, settings):
        announce_session(db, session)
    if not allow:
        cut_off(db, session, p)
    action = AuditAction.VIDEO_ADMITTED if allow else AuditAction.VIDEO_DENIED
    audit(db, now, action, actor, session, p, reason)
    announce_participant(db, session, p)
    return participant_out(p, session.space_kind)


async def mute(
    req: RequestContext,
    space_id: int,
    session_id: int,
    participant_id: int,
    settings: VideoSettings,
    *,
    muted: bool,
    reason: str = "",
) -> api.ParticipantOut:
    db, actor, now = req.db, req.actor, req.now
    session = await moderated(req, space_id, session_id)
    p = await target_participant(db, session, participant_id)
    if p.state not in video_repo.PRESENT_STATES:
        raise NotFound(NO_SUCH_PARTICIPANT)
    p.force_muted = muted
    p.space_muted = False  # the teacher's own mute now: a space mute running out keeps it
    if muted:
        p.mic = False
    await rooms.mute(session, p, muted, settings)
    action = AuditAction.VIDEO_MUTED if muted else AuditAction.VIDEO_UNMUTED
    audit(db, now, action, actor, session, p, reason)
    announce_participant(db, session, p)
    return participant_out(p, session.space_kind)


async def remove(
    req: RequestContext,
    space_id: int,
    session_id: int,
    participant_id: int,
    settings: VideoSettings,
    reason: str = "",
) -> api.ParticipantOut:
    db, actor, now = req.db, req.actor, req.now
    access, session = await moderating(req, space_id, session_id)
    p = await target_participant(db, session, participant_id)
    place = ParticipantFacts(
        account_id=AccountId(p.account_id), in_lobby=p.state is ParticipantState.LOBBY
    )
    decide(access, actor, SpaceAction.REMOVE_PARTICIPANT, now, place)
    was_joined = p.state is ParticipantState.JOINED
    p.state = next_participant_state(p.state, ParticipantEvent.REMOVE)
    if session.spotlight_id == p.id:
        session.spotlight_id = None
    cut_off(db, session, p)
    await rooms.kick(session, p, settings)
    audit(db, now, AuditAction.VIDEO_REMOVED, actor, session, p, reason)
    announce_participant(db, session, p)
    if was_joined:
        await announce_count(db, session)
    return participant_out(p, session.space_kind)


async def change_state(
    req: RequestContext,
    space_id: int,
    session_id: int,
    event: SessionEvent,
    settings: VideoSettings,
) -> api.VideoSessionOut:
    """Lock, unlock or end the session for all (ending cuts everyone off at once)."""
    db, actor, now = req.db, req.actor, req.now
    session = await moderated(req, space_id, session_id)
    participants = list(await video_repo.list_participants(db, session.id))
    if event is SessionEvent.END:
        await end_for_all(db, session, participants, EndReason.TEACHER, now, settings)
    else:
        session.state = next_session_state(session.state, event)
    action = {
        SessionEvent.LOCK: AuditAction.VIDEO_LOCKED,
        SessionEvent.UNLOCK: AuditAction.VIDEO_UNLOCKED,
        SessionEvent.END: AuditAction.VIDEO_ENDED,
    }[event]
    # Announced before the cut-off commands run, so participants learn why they went.
    audit(db, now, action, actor, session)
    announce_session(db, session, EndReason.TEACHER if event is SessionEvent.END else None)
    return session_out(session, participants)


async def end_for_all(
    db: AsyncSession,
    session: VideoSession,
    participants: list[VideoParticipant],
    reason: EndReason,
    now: dt.datetime,
    settings: VideoSettings,
) -> None:
    """End the session: everyone present removed and cut off, the SFU room destroyed, the
    space told. The caller audits and announces the session (its last ``session`` event)."""
    session.state = next_session_state(session.state, SessionEvent.END)
    session.ended_at = now
    session.spotlight_id = None
    for p in participants:
        p.state = next_participant_state(p.state, ParticipantEvent.END)
        cut_off(db, session, p)
    await rooms.close_room(session, settings)
    ended = VideoEnded(session_id=session.id, reason=reason)
    outbox_of(db).event(space_channel(session.space_id), EventName.VIDEO_ENDED, ended)


async def spotlight(
    req: RequestContext, space_id: int, session_id: int, participant_id: int | None
) -> api.VideoSessionOut:
    db, actor, now = req.db, req.actor, req.now
    session = await moderated(req, space_id, session_id)
    target = None
    if participant_id is not None:
        target = await target_participant(db, session, participant_id)
        if target.state is not ParticipantState.JOINED:
            raise NotFound(NO_SUCH_PARTICIPANT)
    session.spotlight_id = participant_id
    audit(db, now, AuditAction.VIDEO_SPOTLIGHT, actor, session, target)
    announce_session(db, session)
    return await full_out(db, session)
