"""Off the stage and back (issue 22): a member muted in, removed from, leaving or banned by
a space is held off the stage of the space's running webinars, at Janus as in the policy,
and a host (the organiser or a named speaker) whose mute is lifted speaks again; a speaker
the organiser takes off the event's list and a suspended account (the organiser's too) are
held off alike. A promoted viewer, a named speaker and the organiser alike: the policy says
who may speak (``event_rules.publish_live`` and ``host_speaks`` through
:func:`event_live.held_back`); this module makes Janus follow it at once."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Select, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from protocol import event_api
from protocol.errors import Unavailable
from protocol.vocabulary import AuditAction, StageChange
from storage.models import Account, Event, EventLiveSession, EventSpeaker, EventStagePlace
from storage.repositories import audit as audit_repo
from storage.repositories import events as event_repo

from ..config import VideoSettings
from ..policy import EventAction, decide_event
from .access import actor_of
from .commands import EventStandingChanged
from .context import RequestContext
from .event_live import announce_session, held_back, logger, running, tell_seat, the_sfu
from .events import event_facts, update_event
from .outbox import outbox_of
from .video.sfu import speaker_token


def running_in(space_id: int) -> Select[int]:
    """The ids of the space's events whose live session runs."""
    return (
        select(Event.id)
        .join(EventLiveSession, EventLiveSession.event_id == Event.id)
        .where(Event.space_id == space_id, EventLiveSession.ended_at.is_(None))
    )


async def hosted(db: AsyncSession, space_id: int, account_id: int) -> set[int]:
    """The space's events with a running session that the account hosts: as a named speaker
    or as the organiser."""
    running_events = running_in(space_id)
    named = running_events.join(EventSpeaker, EventSpeaker.event_id == Event.id).where(
        EventSpeaker.account_id == account_id
    )
    organised = running_events.where(Event.organiser_id == account_id)
    return set(await db.scalars(named)) | set(await db.scalars(organised))


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
    space's events where they were promoted, or host (the organiser, a named speaker) and the
    policy now holds them back (:func:`held_back`), their token is revoked and their
    publisher kicked at Janus (what they publish stops for everyone, whatever their client
    does), a promoted place leaves the stage, ``live.stage`` tells their page and
    ``live.session`` everyone; audited as a return. The events whose stage changed.

    The organiser is held back by a mute as a speaker is (DOMAIN.md: a muted member cannot
    speak); a removal leaves them hosting the event they scheduled."""
    promoted = (
        running_in(space_id)
        .join(EventStagePlace, EventStagePlace.event_id == Event.id)
        .where(EventStagePlace.account_id == account_id, EventStagePlace.on_stage)
    )
    event_ids = sorted(set(await db.scalars(promoted)) | await hosted(db, space_id, account_id))

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
                continue  # a host the policy still lets speak (a removed organiser)
        await return_from_stage(db, event, live, account_id, place, why, settings, actor_id, now)
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
    running session of the space's events they host (the organiser, a named speaker) and the
    policy lets them speak again, their token is given back at Janus and ``live.session``
    lists them again (their page joins again for it). A promoted viewer lost their promotion
    with the mute: a moderator promotes them again. The events whose stage changed."""
    changed = []
    for event_id in sorted(await hosted(db, space_id, account_id)):
        event = await event_repo.get(db, event_id, for_update=True)
        live = await running(db, event_id)
        if event is None or live is None:
            continue
        speakers = (await event_repo.speakers(db, [event_id]))[event_id]
        mine = [s for s in speakers if s.id == account_id]
        no_host = not mine and event.organiser_id != account_id  # taken off the list meanwhile
        if no_host or account_id in await held_back(db, event, mine, now):
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


async def hold_to_the_policy(
    db: AsyncSession,
    event_id: int,
    account_id: int,
    why: StageChange,
    settings: VideoSettings | None,
    actor_id: int | None,
    now: dt.datetime,
) -> bool:
    """Ask the policy again whether the account may publish in the event's running session
    (PUBLISH_LIVE, with the facts as they are now); if not, their token is revoked and their
    publisher kicked at Janus, a promoted place leaves the stage, ``live.stage`` tells their
    page why and ``live.session`` everyone; audited as a return. The caller names who may
    hold a token (the organiser, a speaker, one promoted): kicking anyone else is harmless
    but would be announced. Whether the stage changed."""
    # The event's row held, as every live change holds it: a racing promotion waits.
    event = await event_repo.get(db, event_id, for_update=True)
    live = await running(db, event_id)
    account = await db.get(Account, account_id)
    if event is None or live is None or account is None:
        return False
    facts = await event_facts(db, account_id, event, now)
    if decide_event(actor_of(account), EventAction.PUBLISH_LIVE, facts).allowed:
        return False
    place = await db.get(EventStagePlace, (event_id, account_id))
    await return_from_stage(db, event, live, account_id, place, why, settings, actor_id, now)
    speakers = (await event_repo.speakers(db, [event_id]))[event_id]
    await announce_session(db, event, speakers, live, now)
    return True


async def return_from_stage(
    db: AsyncSession,
    event: Event,
    live: EventLiveSession,
    account_id: int,
    place: EventStagePlace | None,
    why: StageChange,
    settings: VideoSettings | None,
    actor_id: int | None,
    now: dt.datetime,
) -> None:
    """Revoke the account's token and kick its publisher at Janus, give its promoted place
    back, audit the return and tell its page why (``live.stage``); the caller announces the
    session to everyone."""
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
    tell_seat(db, event.id, account_id, why)


async def edit_event(
    req: RequestContext, event_id: int, body: event_api.UpdateEvent, settings: VideoSettings | None
) -> event_api.EventOut:
    """The organiser's change of an event (:func:`events.update_event`), its running stage
    following a change of its speakers at once (:func:`speakers_renamed`)."""
    # The row held first, so that the list read as it was is the one this change replaces.
    event = await event_repo.get(req.db, event_id, for_update=True)
    before = set()
    if event is not None:
        before = {s.id for s in (await event_repo.speakers(req.db, [event.id]))[event.id]}
    answer = await update_event(req, event_id, body)
    if event is not None and body.speakers is not None:
        # Who was named or taken off sees the event's stage channel or no longer does.
        for account_id in sorted(before ^ {s.id for s in answer.speakers}):
            outbox_of(req.db).command(
                EventStandingChanged(event_id=event.id, account_id=account_id)
            )
        await speakers_renamed(req.db, event, before, settings, req.actor.id, req.now)
    return answer


async def speakers_renamed(
    db: AsyncSession,
    event: Event,
    before: set[int],
    settings: VideoSettings | None,
    actor_id: int,
    now: dt.datetime,
) -> bool:
    """The organiser changed the event's speakers (``before``: the list as it was) while its
    session runs: one taken off the list is off the stage at Janus (:func:`hold_to_the_policy`,
    ``unnamed``); one added is listed at once on ``live.session`` (their page joins again for
    a token, which :func:`event_live.joined` gives at Janus). Whether the stage changed."""
    live = await running(db, event.id)
    if live is None:
        return False
    after = {s.id for s in (await event_repo.speakers(db, [event.id]))[event.id]}
    dropped = sorted(before - after - {event.organiser_id or 0})
    for account_id in dropped:
        await hold_to_the_policy(
            db, event.id, account_id, StageChange.UNNAMED, settings, actor_id, now
        )
    if after - before:
        speakers = (await event_repo.speakers(db, [event.id]))[event.id]
        await announce_session(db, event, speakers, live, now)
    return bool(dropped) or bool(after - before)


async def suspended_off_stage(
    db: AsyncSession,
    account_id: int,
    settings: VideoSettings | None,
    actor_id: int | None,
    now: dt.datetime,
) -> list[int]:
    """The account was suspended (its sessions and connections end at once): off the stage
    of every running webinar where it may hold a token (its organiser, a named speaker, one
    promoted), whatever the space, at Janus too, since a page speaks to Janus directly and
    keeps publishing after its WebSocket closed. Janus away does not stop a suspension: the
    failure is logged, and the policy refuses the account a token anywhere meanwhile. The
    events whose stage changed."""
    hosted = (
        select(Event.id)
        .join(EventLiveSession, EventLiveSession.event_id == Event.id)
        .outerjoin(EventSpeaker, EventSpeaker.event_id == Event.id)
        .outerjoin(EventStagePlace, EventStagePlace.event_id == Event.id)
        .where(
            EventLiveSession.ended_at.is_(None),
            or_(
                Event.organiser_id == account_id,
                EventSpeaker.account_id == account_id,
                (EventStagePlace.account_id == account_id) & EventStagePlace.on_stage,
            ),
        )
        .distinct()
    )
    changed = []
    for event_id in sorted(await db.scalars(hosted)):
        try:
            held = await hold_to_the_policy(
                db, event_id, account_id, StageChange.SUSPENDED, settings, actor_id, now
            )
        except Unavailable:
            logger.warning("taking suspended account %s off event %s failed", account_id, event_id)
            continue
        if held:
            changed.append(event_id)
    return changed
