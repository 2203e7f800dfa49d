"""Off the stage and back (issue 22): a member muted in, removed from, leaving or banned by
a space is held off the stage of the space's running webinars, at Janus as in the policy,
and a named speaker whose mute is lifted speaks again. A promoted viewer and a named speaker
alike: the policy says who may speak (``event_rules.speaker_speaks`` through
:func:`event_live.held_back`); this module makes Janus follow it at once."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from protocol.errors import Unavailable
from protocol.vocabulary import AuditAction, StageChange
from storage.models import Event, EventLiveSession, EventSpeaker, EventStagePlace
from storage.repositories import audit as audit_repo
from storage.repositories import events as event_repo

from ..config import VideoSettings
from .event_live import announce_session, held_back, logger, running, tell_seat, the_sfu
from .video.sfu import speaker_token


async def take_off_stage(
    db: AsyncSession,
    space_id: int,
    account_id: int,
    why: StageChange,
    settings: VideoSettings | None,
    actor_id: int | None,
    now: dt.datetime,
) -> list[int]:
    """The member was muted in (or removed from) the space: in every running session of the
    space's events where they were promoted, or are a named speaker the policy now holds back
    (:func:`held_back`), their token is revoked and their publisher kicked at Janus (what
    they publish stops for everyone, whatever their client does), a promoted place leaves
    the stage, ``live.stage`` tells their page and ``live.session`` everyone; audited as a
    return. The events whose stage changed.

    The organiser hosts: a mute does not take them off."""
    running_events = (
        select(Event.id)
        .join(EventLiveSession, EventLiveSession.event_id == Event.id)
        .where(Event.space_id == space_id, EventLiveSession.ended_at.is_(None))
    )
    promoted = running_events.join(EventStagePlace, EventStagePlace.event_id == Event.id).where(
        EventStagePlace.account_id == account_id, EventStagePlace.on_stage
    )
    named = running_events.join(EventSpeaker, EventSpeaker.event_id == Event.id).where(
        EventSpeaker.account_id == account_id
    )
    event_ids = sorted(set(await db.scalars(promoted)) | set(await db.scalars(named)))
    changed = []
    for event_id in event_ids:
        # The event's row held, as every live change holds it: a racing promotion waits.
        event = await event_repo.get(db, event_id, for_update=True)
        live = await running(db, event_id)
        if event is None or live is None:
            continue
        place = await db.get(EventStagePlace, (event_id, account_id))
        speakers = (await event_repo.speakers(db, [event_id]))[event_id]
        if place is None or not place.on_stage:
            mine = [s for s in speakers if s.id == account_id]
            if account_id not in await held_back(db, event, mine, now):
                continue  # the organiser, or a speaker the policy still lets speak
        if settings is None:
            raise Unavailable("no SFU is configured: a webinar needs one")
        sfu, key = the_sfu(settings)
        await sfu.kick(live.room, account_id, speaker_token(key, live.room, account_id))
        if place is not None:
            place.on_stage, place.publishing, place.hand_raised = False, False, False
            place.changed_at = now
        await db.flush()
        audit_repo.record(
            db,
            now=now,
            action=AuditAction.EVENT_RETURNED,
            actor_id=actor_id,
            space_id=event.space_id,
            reason=f"account {account_id} {why}",
            details={"event_id": event.id, "title": event.title, "why": str(why)},
        )
        tell_seat(db, event_id, account_id, why)
        await announce_session(db, event, speakers, live, now)
        changed.append(event_id)
    return changed


async def back_on_stage(
    db: AsyncSession,
    space_id: int,
    account_id: int,
    settings: VideoSettings | None,
    now: dt.datetime,
) -> list[int]:
    """The member's mute in the space was lifted (by a teacher or on the clock): in every
    running session of the space's events where they are a named speaker the policy lets
    speak again, their token is given back at Janus and ``live.session`` lists them again
    (their page joins again for it). A promoted viewer lost their promotion with the mute:
    a moderator promotes them again. The events whose stage changed."""
    named = (
        select(Event.id)
        .join(EventLiveSession, EventLiveSession.event_id == Event.id)
        .join(EventSpeaker, EventSpeaker.event_id == Event.id)
        .where(
            Event.space_id == space_id,
            EventLiveSession.ended_at.is_(None),
            EventSpeaker.account_id == account_id,
        )
        .order_by(Event.id)
    )
    changed = []
    for event_id in list(await db.scalars(named)):
        event = await event_repo.get(db, event_id, for_update=True)
        live = await running(db, event_id)
        if event is None or live is None or event.organiser_id == account_id:
            continue
        speakers = (await event_repo.speakers(db, [event_id]))[event_id]
        mine = [s for s in speakers if s.id == account_id]
        if not mine or await held_back(db, event, mine, now):
            continue  # held back still (removed meanwhile, or no longer a teacher there)
        if settings is None:
            raise Unavailable("no SFU is configured: a webinar needs one")
        sfu, key = the_sfu(settings)
        try:
            await sfu.allow(live.room, [speaker_token(key, live.room, account_id)])
        except Unavailable:
            # Lifting the mute must not wait on Janus (a lost room, an outage): their next
            # join gives the token back too (joined).
            logger.warning("giving back a speaker's token in room %s failed", live.room)
        await announce_session(db, event, speakers, live, now)
        changed.append(event_id)
    return changed
