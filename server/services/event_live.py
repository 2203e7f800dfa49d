"""The live webinar of an event (issue 22): its video session through the SFU in webinar mode.

At the event's time its organiser or a speaker starts the session: a Janus room of its own
whose publishers are the organiser, the speakers and whoever a moderator promotes (each with
a token of their own), and whose audience only subscribes (no token, no publisher handle, no
camera or microphone asked). A viewer raises a hand; a moderator promotes them (their token
is added at Janus, they may publish) and returns them (the token is revoked and their
publisher kicked at Janus: what they published stops). Every change is announced on
``qa:EVENT`` (``live.session``: who speaks, whether it records) and, for the moderators, hands
on ``stage:EVENT``; the count watching is announced there by the WebSocket edge, coalesced
(:func:`watching`).
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets

from sqlalchemy import func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from protocol import event_api
from protocol.channels import Channel, ChannelKind
from protocol.errors import InvariantBroken, NotFound, Unavailable
from protocol.event_payloads import HandNow, LiveNow, Speaker, StageNow, Watching
from protocol.events import EventName
from protocol.vocabulary import AuditAction, LiveState, SpaceId, StageChange
from storage.models import (
    Account,
    Event,
    EventAttendance,
    EventLiveSession,
    EventStagePlace,
    Membership,
)
from storage.repositories import audit as audit_repo
from storage.repositories import events as event_repo

from ..config import VideoSettings
from ..policy import (
    Actor,
    EventAction,
    StageFacts,
    decide_event,
    decide_seat,
    decide_stage,
    host_speaks,
)
from ..policy.event_rules import NO_SUCH_EVENT
from . import event_recordings
from .access import actor_of, enforce
from .context import RequestContext
from .event_questions import NO_SUCH_CHANNEL, qa_channel
from .events import Seen, audit, event_facts, facts_and_speakers, load_event, seat_channel
from .outbox import outbox_of
from .video.ice import ice_servers
from .video.rooms import sfu_of
from .video.sfu import Sfu, speaker_token

#: Publishers an event's room takes: the organiser, up to 10 speakers, and promoted viewers.
LIVE_PUBLISHERS = 16
#: Room numbers are drawn from [2**52, 2**53): random (the audience's way in), clear of the
#: classroom sessions' small numbers, and still exact as a JavaScript number.
ROOM_BASE = 2**52
NO_SUCH_PERSON = "no such person at this event"
#: Sessions one pass of :func:`end_overdue` ends at most (the rest at the next pass).
OVERDUE_BATCH = 20
logger = logging.getLogger("twinspace.webinar")


def stage_channel(event_id: int) -> str:
    """``stage:EVENT``: hands and the count watching, for the event's moderators."""
    return Channel(ChannelKind.STAGE, SpaceId(event_id)).name


def the_sfu(settings: VideoSettings) -> tuple[Sfu, str]:
    sfu, key = sfu_of(settings), settings.janus_admin_key
    if sfu is None or not key:
        raise Unavailable("no SFU is configured: a webinar needs one")
    return sfu, key


def moderates_live(req: RequestContext, seen: Seen) -> bool:
    return decide_event(actor_of(req.actor), EventAction.SEE_STAGE, seen.facts).allowed


async def running(db: AsyncSession, event_id: int) -> EventLiveSession | None:
    live = await db.get(EventLiveSession, event_id)
    return live if live is not None and live.ended_at is None else None


async def places(db: AsyncSession, event_id: int) -> dict[int, EventStagePlace]:
    rows = await db.scalars(select(EventStagePlace).where(EventStagePlace.event_id == event_id))
    return {place.account_id: place for place in rows}


async def held_back(
    db: AsyncSession, event: Event, speakers: list[Account], now: dt.datetime
) -> set[int]:
    """The hosts (the organiser and the named ``speakers``) the policy keeps from speaking
    now (:func:`host_speaks`): muted in the event's space, suspended, or, a named speaker, no
    longer one of its teachers (removed, banned)."""
    hosts = {s.id: s for s in speakers}
    if event.organiser_id is not None and event.organiser_id not in hosts:
        hosts |= await event_repo.accounts(db, {event.organiser_id})
    if not hosts:
        return set()
    memberships: dict[int, Membership] = {}
    if event.space_id is not None:  # every eTwinner's event: no space to be muted in
        rows = await db.scalars(
            select(Membership).where(
                Membership.space_id == event.space_id, Membership.account_id.in_(hosts)
            )
        )
        memberships = {m.account_id: m for m in rows}
    held = set()
    for account_id, account in hosts.items():
        membership = memberships.get(account_id)
        role = membership.role if membership is not None else None
        muted = (
            membership is not None
            and membership.muted_until is not None
            and membership.muted_until > now
        )
        organiser = account_id == event.organiser_id
        speaks = host_speaks(event.audience, role, muted, account.status, organiser=organiser)
        if not speaks.allowed:
            held.add(account_id)
    return held


async def speakers_of(
    db: AsyncSession, event: Event, speakers: list[Account], now: dt.datetime
) -> list[event_api.SpeakerOut]:
    """Who may publish now: the organiser, the speakers in their order (but those the
    policy holds back: :func:`held_back`), the promoted."""
    by_account = await places(db, event.id)
    held = await held_back(db, event, speakers, now)
    hosts: list[Account] = []
    if event.organiser_id is not None and event.organiser_id not in held:
        hosts += (await event_repo.accounts(db, {event.organiser_id})).values()
    hosts += [s for s in speakers if s.id != event.organiser_id and s.id not in held]
    promoted_ids = [a for a, place in by_account.items() if place.on_stage]
    promoted = (await event_repo.accounts(db, set(promoted_ids))).values()
    out = []
    for account, was_promoted in [*((h, False) for h in hosts), *((p, True) for p in promoted)]:
        place = by_account.get(account.id)
        out.append(
            event_api.SpeakerOut(
                account_id=account.id,
                display_name=account.display_name,
                promoted=was_promoted,
                publishing=place is not None and place.publishing,
            )
        )
    return out


async def hands(db: AsyncSession, event_id: int) -> list[event_api.HandOut]:
    rows = await db.execute(
        select(EventStagePlace, Account)
        .join(Account, Account.id == EventStagePlace.account_id)
        .where(EventStagePlace.event_id == event_id, EventStagePlace.hand_raised)
        .order_by(EventStagePlace.changed_at, EventStagePlace.account_id)
    )
    return [
        event_api.HandOut(account_id=a.id, display_name=a.display_name, raised_at=p.changed_at)
        for p, a in rows
    ]


async def watching(db: AsyncSession, event: Event) -> int:
    """How many of the audience watch now: distinct accounts following the event's page (an
    open attendance stretch on ``qa:EVENT``), the organiser and the speakers left out."""
    hosts = {s.id for s in (await event_repo.speakers(db, [event.id]))[event.id]}
    if event.organiser_id is not None:
        hosts.add(event.organiser_id)
    query = select(func.count(func.distinct(EventAttendance.account_id))).where(
        EventAttendance.event_id == event.id,
        EventAttendance.left_at.is_(None),
        EventAttendance.account_id.not_in(hosts),
    )
    return int(await db.scalar(query) or 0)


async def live_out(req: RequestContext, seen: Seen, live: EventLiveSession) -> event_api.LiveOut:
    db = req.db
    moderator = moderates_live(req, seen)
    return event_api.LiveOut(
        event_id=seen.event.id,
        state=LiveState.LIVE if live.ended_at is None else LiveState.ENDED,
        started_at=live.started_at,
        ended_at=live.ended_at,
        recording=live.recording_since is not None,
        speakers=await speakers_of(db, seen.event, seen.speakers, req.now),
        watching=await watching(db, seen.event) if moderator else None,
        hands=await hands(db, seen.event.id) if moderator else None,
    )


async def announce(req: RequestContext, seen: Seen, live: EventLiveSession) -> None:
    """``live.session`` on ``qa:EVENT`` (everyone following) and ``stage:EVENT``."""
    await announce_session(req.db, seen.event, seen.speakers, live, req.now)


async def announce_session(
    db: AsyncSession,
    event: Event,
    speakers: list[Account],
    live: EventLiveSession,
    now: dt.datetime,
) -> None:
    on_stage = [
        Speaker(
            account_id=s.account_id,
            display_name=s.display_name,
            promoted=s.promoted,
            publishing=s.publishing,
        )
        for s in await speakers_of(db, event, speakers, now)
    ]
    session = LiveNow(
        event_id=event.id,
        state=LiveState.LIVE if live.ended_at is None else LiveState.ENDED,
        recording=live.recording_since is not None,
        speakers=on_stage,
    )
    outbox = outbox_of(db)
    outbox.event(qa_channel(event.id), EventName.LIVE_SESSION, session)
    outbox.event(stage_channel(event.id), EventName.LIVE_SESSION, session)


async def joined(
    req: RequestContext, seen: Seen, live: EventLiveSession, settings: VideoSettings
) -> event_api.LiveJoined:
    """The answer to starting or joining: a token and a publisher id only for who may
    publish (PUBLISH_LIVE); the audience subscribes only."""
    sfu, key = the_sfu(settings)
    may_publish = decide_event(actor_of(req.actor), EventAction.PUBLISH_LIVE, seen.facts).allowed
    token = speaker_token(key, live.room, req.actor.id) if may_publish else None
    if token is not None and (seen.facts.speaker or seen.facts.organiser):
        # A host's token was revoked at Janus when a mute, a removal or a suspension held
        # them back (event_stage_hold), and a speaker named while the session runs never had
        # one: speaking (again), it is given (adding is idempotent).
        await sfu.allow(live.room, [token])
    place = await req.db.get(EventStagePlace, (seen.event.id, req.actor.id))
    return event_api.LiveJoined(
        live=await live_out(req, seen, live),
        may_publish=may_publish,
        hand_raised=place is not None and place.hand_raised,
        sfu=event_api.LiveSfuOut(
            url=sfu.client_url,
            room=live.room,
            token=token,
            publisher_id=req.actor.id if may_publish else None,
        ),
        ice_servers=ice_servers(settings, req.actor.id, req.now),
    )


async def reload(req: RequestContext, event_id: int, action: EventAction) -> Seen:
    """The event again, its row held (every live change queues on it), as the policy says."""
    return await load_event(req, event_id, action, for_update=True)


def recordings_dir(settings: VideoSettings, room: int) -> str | None:
    """Where Janus writes an event room's recordings (None: recording is not configured)."""
    base = settings.janus_recordings_dir
    return None if base is None else f"{base.rstrip('/')}/{room}"


async def start(
    req: RequestContext, event_id: int, settings: VideoSettings
) -> event_api.LiveJoined:
    """Start the event's session (again: the running one's answer)."""
    seen = await reload(req, event_id, EventAction.START_LIVE)
    live = await running(req.db, seen.event.id)
    if live is not None:
        return await joined(req, seen, live, settings)
    sfu, key = the_sfu(settings)
    room = ROOM_BASE + secrets.randbelow(ROOM_BASE)
    hosts = {s.id for s in seen.speakers}
    if seen.event.organiser_id is not None:
        hosts.add(seen.event.organiser_id)
    tokens = [speaker_token(key, room, account_id) for account_id in sorted(hosts)]
    await sfu.create_webinar_room(room, tokens, LIVE_PUBLISHERS, recordings_dir(settings, room))
    live = await req.db.get(EventLiveSession, seen.event.id)
    if live is None:
        live = EventLiveSession(event_id=seen.event.id, room=room, started_at=req.now)
        req.db.add(live)
    live.room, live.started_at, live.ended_at = room, req.now, None
    live.started_by_id, live.recording_since = req.actor.id, None
    for place in (await places(req.db, seen.event.id)).values():
        await req.db.delete(place)  # a restarted session's stage starts empty
    await req.db.flush()
    audit(req, seen.event, AuditAction.EVENT_LIVE_STARTED)
    seen = await reload(req, event_id, EventAction.START_LIVE)  # the facts with it running
    await announce(req, seen, live)
    return await joined(req, seen, live, settings)


async def join(req: RequestContext, event_id: int, settings: VideoSettings) -> event_api.LiveJoined:
    seen = await load_event(req, event_id, EventAction.WATCH_LIVE)
    live = await running(req.db, seen.event.id)
    if live is None:
        raise InvariantBroken("the policy allowed watching a session that does not run")
    return await joined(req, seen, live, settings)


async def show(req: RequestContext, event_id: int) -> event_api.LiveOut:
    """The session as it is (its last state once ended, ``not_started`` before)."""
    seen = await load_event(req, event_id, EventAction.SEE_EVENT)
    live = await req.db.get(EventLiveSession, seen.event.id)
    if live is None:
        return event_api.LiveOut(
            event_id=seen.event.id,
            state=LiveState.NOT_STARTED,
            started_at=None,
            ended_at=None,
            recording=False,
            speakers=[],
        )
    return await live_out(req, seen, live)


async def end(req: RequestContext, event_id: int, settings: VideoSettings) -> event_api.LiveOut:
    seen = await reload(req, event_id, EventAction.END_LIVE)
    live = await running(req.db, seen.event.id)
    if live is None:
        raise InvariantBroken("the policy allowed ending a session that does not run")
    await close_session(req.db, seen.event.id, live, settings, req.now)
    audit(req, seen.event, AuditAction.EVENT_LIVE_ENDED)
    await announce(req, seen, live)
    return await live_out(req, seen, live)


async def close_session(
    db: AsyncSession,
    event_id: int,
    live: EventLiveSession,
    settings: VideoSettings,
    now: dt.datetime,
) -> None:
    """Stop the recording (leaving a take to process), destroy the room at Janus, mark the
    session ended. A room Janus no longer has (it restarted) still ends here."""
    sfu, _ = the_sfu(settings)
    if live.recording_since is not None:
        try:
            await sfu.record(live.room, False)
        except Unavailable:
            # Janus lost the room (a restart): it records nothing more; what it wrote is
            # processed with the take. Janus unreachable fails destroy_room below instead.
            logger.warning("stopping the recording of room %s failed", live.room, exc_info=True)
        await event_recordings.take(
            db, event_id, live.room, live.recording_since, now, settings.janus_recordings_dir
        )
    await sfu.destroy_room(live.room)
    live.ended_at, live.recording_since = now, None


# -- the session ends by itself after its event ---------------------------------------------------

#: How long a session may run past its event's end before the server ends it (default 10
#: minutes): a webinar that runs a little over keeps its last answers; nobody new joins
#: meanwhile (the policy's WATCH_LIVE and PUBLISH_LIVE stop at the event's end), and a
#: cancelled event's session ends at the next pass, with no grace.
LIVE_GRACE = dt.timedelta(minutes=10)


async def end_overdue(db: AsyncSession, now: dt.datetime, settings: VideoSettings) -> list[int]:
    """End the sessions whose event ended ``LIVE_GRACE`` ago (or was cancelled): the Janus
    room destroyed, the recording stopped (its take then processed by ``keep_recording``),
    ``live.session`` ``ended`` on ``qa:EVENT`` and ``stage:EVENT``, the open attendance
    stretches closed at the event's end; audited with no actor. The events these ended.

    The event's row is held with SKIP LOCKED: with several server processes one ends each
    session, and a live request on the event (which holds the row too) is not raced; the
    skipped session is ended at a later pass."""
    query = (
        select(Event)
        .join(EventLiveSession, EventLiveSession.event_id == Event.id)
        .where(
            EventLiveSession.ended_at.is_(None),
            or_(Event.ends_at <= now - LIVE_GRACE, Event.cancelled_at.is_not(None)),
        )
        .order_by(Event.id)
        .limit(OVERDUE_BATCH)
        .with_for_update(of=Event, skip_locked=True)
    )
    ended = []
    for event in list(await db.scalars(query)):
        live = await running(db, event.id)
        if live is None:  # ended by a request that committed since the query's snapshot
            continue
        await close_session(db, event.id, live, settings, now)
        await db.execute(
            update(EventAttendance)
            .where(EventAttendance.event_id == event.id, EventAttendance.left_at.is_(None))
            .values(left_at=min(now, event.ends_at))
            .execution_options(synchronize_session=False)
        )
        audit_repo.record(
            db,
            now=now,
            action=AuditAction.EVENT_LIVE_ENDED,
            actor_id=None,
            space_id=event.space_id,
            reason="",
            details={"event_id": event.id, "title": event.title, "expired": True},
        )
        speakers = (await event_repo.speakers(db, [event.id]))[event.id]
        await announce_session(db, event, speakers, live, now)
        ended.append(event.id)
    await db.flush()
    return ended


async def place_of(req: RequestContext, event_id: int, account_id: int) -> EventStagePlace:
    place = await req.db.get(EventStagePlace, (event_id, account_id))
    if place is None:
        place = EventStagePlace(
            event_id=event_id,
            account_id=account_id,
            hand_raised=False,
            on_stage=False,
            publishing=False,
            changed_at=req.now,
        )
        req.db.add(place)
    return place


async def raise_hand(
    req: RequestContext, event_id: int, body: event_api.RaiseHand
) -> event_api.LiveOut:
    """Raise (RAISE_HAND) or lower one's hand (whoever watches)."""
    action = EventAction.RAISE_HAND if body.raised else EventAction.WATCH_LIVE
    seen = await reload(req, event_id, action)
    live = await running(req.db, seen.event.id)
    if live is None:
        raise InvariantBroken("the policy allowed a hand in a session that does not run")
    place = await place_of(req, seen.event.id, req.actor.id)
    if place.hand_raised != body.raised:
        place.hand_raised, place.changed_at = body.raised, req.now
        hand = HandNow(
            account_id=req.actor.id, display_name=req.actor.display_name, raised=body.raised
        )
        outbox_of(req.db).event(stage_channel(seen.event.id), EventName.LIVE_HAND, hand)
    await req.db.flush()
    return await live_out(req, seen, live)


async def set_publishing(
    req: RequestContext, event_id: int, body: event_api.Publishing
) -> event_api.LiveOut:
    """Who may publish says its publisher is up (or down): the audience subscribes."""
    action = EventAction.PUBLISH_LIVE if body.publishing else EventAction.WATCH_LIVE
    seen = await reload(req, event_id, action)
    live = await running(req.db, seen.event.id)
    if live is None:
        raise InvariantBroken("the policy allowed publishing in a session that does not run")
    place = await place_of(req, seen.event.id, req.actor.id)
    if place.publishing != body.publishing:
        place.publishing, place.changed_at = body.publishing, req.now
        await req.db.flush()
        await announce(req, seen, live)
    return await live_out(req, seen, live)


async def move(
    req: RequestContext,
    event_id: int,
    account_id: int,
    body: event_api.StageMove,
    settings: VideoSettings,
) -> event_api.LiveOut:
    """Promote a viewer to speak or return them to the audience (the moderators)."""
    db = req.db
    seen = await reload(req, event_id, EventAction.MODERATE_LIVE)
    live = await running(db, seen.event.id)
    if live is None:
        raise InvariantBroken("the policy allowed the stage of a session that does not run")
    target = await db.get(Account, account_id)
    facts = await event_facts(db, account_id, seen.event, req.now) if target is not None else None
    # The one promoted must see the event (its audience): a stranger is no such person.
    if (
        target is None
        or facts is None
        or not decide_event(actor_of(target), EventAction.SEE_EVENT, facts).allowed
    ):
        raise NotFound(NO_SUCH_PERSON)
    stage = StageFacts(
        registered=facts.registered,
        speaker=facts.organiser or facts.speaker,
        muted=facts.muted,
    )
    enforce(decide_stage(actor_of(req.actor), seen.facts, stage), NO_SUCH_EVENT)
    sfu, key = the_sfu(settings)
    place = await place_of(req, seen.event.id, account_id)
    if place.on_stage == body.on_stage:
        return await live_out(req, seen, live)
    token = speaker_token(key, live.room, account_id)
    if body.on_stage:
        await sfu.allow(live.room, [token])
    else:
        # Revoke the token and kick the publisher: what they publish stops at Janus, whatever
        # their client does; their subscriptions (other handles) go on, as the audience's.
        await sfu.kick(live.room, account_id, token)
    place.on_stage, place.publishing = body.on_stage, False
    place.hand_raised, place.changed_at = False, req.now
    await db.flush()
    action = AuditAction.EVENT_PROMOTED if body.on_stage else AuditAction.EVENT_RETURNED
    audit(req, seen.event, action, reason=f"account {account_id}")
    hand = HandNow(account_id=account_id, display_name=target.display_name, raised=False)
    outbox_of(db).event(stage_channel(seen.event.id), EventName.LIVE_HAND, hand)
    why = StageChange.PROMOTED if body.on_stage else StageChange.RETURNED
    tell_seat(db, seen.event.id, account_id, why)
    await announce(req, seen, live)
    return await live_out(req, seen, live)


def tell_seat(db: AsyncSession, event_id: int, account_id: int, why: StageChange) -> None:
    """``live.stage`` on the person's own ``seat`` channel: their page stops publishing (or
    starts: it joins again for its token)."""
    on_stage = why is StageChange.PROMOTED
    now = StageNow(event_id=event_id, account_id=account_id, on_stage=on_stage, why=why)
    outbox_of(db).event(seat_channel(event_id, account_id), EventName.LIVE_STAGE, now)


async def record(
    req: RequestContext, event_id: int, body: event_api.RecordingSwitch, settings: VideoSettings
) -> event_api.LiveOut:
    """Start or stop Janus's recording of the speakers (the organiser; never with pupils);
    everyone following hears it at once (``live.session``'s ``recording``)."""
    seen = await reload(req, event_id, EventAction.RECORD_LIVE)
    live = await running(req.db, seen.event.id)
    if live is None:
        raise InvariantBroken("the policy allowed recording a session that does not run")
    if recordings_dir(settings, live.room) is None:
        raise Unavailable("recording is not configured (TWINSPACE_JANUS_RECORDINGS)")
    if (live.recording_since is not None) == body.recording:
        return await live_out(req, seen, live)
    sfu, _ = the_sfu(settings)
    await sfu.record(live.room, body.recording)
    if not body.recording and live.recording_since is not None:
        await event_recordings.take(
            req.db,
            seen.event.id,
            live.room,
            live.recording_since,
            req.now,
            settings.janus_recordings_dir,
        )
    live.recording_since = req.now if body.recording else None
    action = (
        AuditAction.EVENT_RECORDING_STARTED
        if body.recording
        else AuditAction.EVENT_RECORDING_STOPPED
    )
    audit(req, seen.event, action)
    await announce(req, seen, live)
    return await live_out(req, seen, live)


async def may_see_stage(db: AsyncSession, actor: Actor, event_id: int, now: dt.datetime) -> None:
    """The ``stage:EVENT`` channel: the event's moderators. Its audience hears ``forbidden``
    (the policy denies them); one the event is concealed from hears ``not_found``, the same
    answer as for a missing channel."""
    event = await event_repo.get(db, event_id)
    facts = None
    if event is not None:
        facts, _ = await facts_and_speakers(db, actor.account_id, event, now)
    enforce(decide_event(actor, EventAction.SEE_STAGE, facts), NO_SUCH_CHANNEL)


async def may_follow_seat(
    db: AsyncSession, actor: Actor, event_id: int, account_id: int, now: dt.datetime
) -> None:
    """The ``seat:EVENT:ACCOUNT`` channel: that person, while they see the event; anyone
    else hears ``not_found``."""
    event = await event_repo.get(db, event_id)
    facts = None
    if event is not None:
        facts, _ = await facts_and_speakers(db, actor.account_id, event, now)
    enforce(decide_seat(actor, facts, account_id), NO_SUCH_CHANNEL)


def watching_payload(event_id: int, count: int) -> Watching:
    return Watching(event_id=event_id, watching=count)
