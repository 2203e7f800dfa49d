"""Video sessions: start, join through the lobby, moderate, end. The state lives in the
database, so every server process sees the same session; changes are announced on the
session's channel after commit (the outbox) and moderation is audited.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import msgspec
from sqlalchemy.ext.asyncio import AsyncSession

from protocol import api
from protocol.channels import Channel, ChannelKind
from protocol.errors import Gone, InvariantBroken, NotFound
from protocol.event_payloads import SessionNow, VideoCount, VideoModerated, VideoStarted
from protocol.events import EventName
from protocol.video import (
    EndReason,
    ParticipantState,
    VideoMode,
    VideoSessionState,
)
from protocol.vocabulary import AuditAction, SpaceId, SpaceKind
from storage.models import Account, VideoParticipant, VideoSession
from storage.repositories import audit as audit_repo
from storage.repositories import spaces as space_repo
from storage.repositories import video as video_repo

from ...config import VideoSettings
from ...observability import metrics
from ...policy import Facts, Outcome, SpaceAction, VideoJoinFacts, decide_space, moderates_video
from ..access import (
    SpaceAccess,
    actor_of,
    authorize_in_space,
    enforce,
    membership_facts,
    space_facts,
)
from ..commands import MembershipChanged
from ..context import RequestContext
from ..members import space_channel
from ..outbox import outbox_of
from . import rooms
from .ice import ice_servers
from .states import (
    ParticipantEvent,
    next_participant_state,
)

NO_SUCH_SESSION = "no such video session"
NO_SUCH_PARTICIPANT = "no such participant"


def video_channel(space_id: int, session_id: int) -> str:
    return Channel(ChannelKind.VIDEO, SpaceId(space_id), session_id).name


def participant_out(p: VideoParticipant, kind: SpaceKind) -> api.ParticipantOut:
    """``kind``: the session's space's (``VideoSession.space_kind``)."""
    return api.ParticipantOut(
        id=p.id,
        account_id=p.account_id,
        display_name=p.display_name,
        role=p.role,
        state=p.state.value,
        mic=p.mic,
        camera=p.camera,
        screen=p.screen,
        hand_raised=p.hand_raised,
        force_muted=p.force_muted,
        moderator=moderates_video(p.role, kind),
    )


def session_out(
    session: VideoSession, participants: list[VideoParticipant] | None = None
) -> api.VideoSessionOut:
    return api.VideoSessionOut(
        id=session.id,
        space_id=session.space_id,
        title=session.title,
        state=session.state.value,
        mode=session.mode.value,
        lobby=session.lobby,
        spotlight_id=session.spotlight_id,
        channel=video_channel(session.space_id, session.id),
        participants=[participant_out(p, session.space_kind) for p in participants or []],
    )


def announce_participant(db: AsyncSession, session: VideoSession, p: VideoParticipant) -> None:
    now_as = participant_out(p, session.space_kind)
    outbox_of(db).event(video_channel(session.space_id, session.id), EventName.PARTICIPANT, now_as)


async def announce_count(db: AsyncSession, session: VideoSession) -> None:
    """After someone joined or left the call: how many are in it, for the space's list
    (``video.count`` on the space's channel keeps the sessions list's counts live)."""
    joined = sum(
        1
        for p in await video_repo.list_participants(db, session.id)
        if p.state is ParticipantState.JOINED
    )
    count = VideoCount(session_id=session.id, joined=joined)
    outbox_of(db).event(space_channel(session.space_id), EventName.VIDEO_COUNT, count)


def announce_session(
    db: AsyncSession, session: VideoSession, ended: EndReason | None = None
) -> None:
    """The session as it is now, for everyone on its channel; ``ended`` says why it ended."""
    channel = video_channel(session.space_id, session.id)
    state = SessionNow(
        id=session.id,
        space_id=session.space_id,
        title=session.title,
        state=session.state,
        mode=session.mode,
        lobby=session.lobby,
        spotlight_id=session.spotlight_id,
        channel=channel,
        reason=msgspec.UNSET if ended is None else ended,
    )
    outbox_of(db).event(channel, EventName.SESSION, state)


def audit(
    db: AsyncSession,
    now: dt.datetime,
    action: AuditAction,
    actor: Account | None,
    session: VideoSession,
    target: VideoParticipant | None = None,
    reason: str = "",
) -> None:
    """Record a moderation action and announce it live on the session's channel; ``actor``
    None is the server itself (a session that ended for being empty)."""
    details: dict[str, Any] = {"session_id": session.id}
    if target is not None:
        details["participant_id"] = target.id
    audit_repo.record(
        db,
        now=now,
        action=action,
        actor_id=actor.id if actor else None,
        space_id=session.space_id,
        target_account_id=target.account_id if target else None,
        reason=reason,
        details=details,
    )
    done = VideoModerated(
        action=action,
        by=actor.id if actor else None,
        reason=reason,
        session_id=session.id,
        participant_id=msgspec.UNSET if target is None else target.id,
    )
    outbox_of(db).event(video_channel(session.space_id, session.id), EventName.MODERATED, done)


def cut_off(db: AsyncSession, session: VideoSession, p: VideoParticipant) -> None:
    """The participant lost its place: end its subscription to the channel at once (every
    process re-checks it), so no signalling reaches it any more."""
    p.connection_id = None
    outbox_of(db).command(MembershipChanged(space_id=session.space_id, account_id=p.account_id))


# -- loading and asking the policy --------------------------------------------------------


async def load(
    req: RequestContext, space_id: int, session_id: int, *, for_update: bool = False
) -> tuple[SpaceAccess, VideoSession]:
    """The space (members only) and one of its sessions; NotFound for anything else."""
    db = req.db
    access = await authorize_in_space(req, space_id, SpaceAction.SEE_SPACE)
    session = await video_repo.get(db, session_id, for_update=for_update)
    if session is None or session.space_id != space_id:
        raise NotFound(NO_SUCH_SESSION)
    return access, session


def decide(
    access: SpaceAccess,
    actor: Account,
    action: SpaceAction,
    now: dt.datetime,
    target: Facts | None = None,
) -> Outcome:
    facts = membership_facts(access.membership, now)
    decision = decide_space(actor_of(actor), facts, space_facts(access.space), action, target)
    return enforce(decision, NO_SUCH_SESSION).outcome


async def moderated(req: RequestContext, space_id: int, session_id: int) -> VideoSession:
    return (await moderating(req, space_id, session_id))[1]


async def moderating(
    req: RequestContext, space_id: int, session_id: int
) -> tuple[SpaceAccess, VideoSession]:
    """A session the actor moderates (MODERATE_VIDEO), not ended, with the actor's access
    for the questions about one participant that follow."""
    actor, now = req.actor, req.now
    access, session = await load(req, space_id, session_id, for_update=True)
    decide(access, actor, SpaceAction.MODERATE_VIDEO, now)
    if session.state is VideoSessionState.ENDED:
        raise Gone("the session has ended")
    return access, session


async def target_participant(
    db: AsyncSession, session: VideoSession, participant_id: int
) -> VideoParticipant:
    p = await video_repo.get_participant_by_id(db, session.id, participant_id)
    if p is None:
        raise NotFound(NO_SUCH_PARTICIPANT)
    return p


async def full_out(db: AsyncSession, session: VideoSession) -> api.VideoSessionOut:
    return session_out(session, list(await video_repo.list_participants(db, session.id)))


# -- starting, listing, joining, leaving --------------------------------------------------


async def start(
    req: RequestContext, space_id: int, body: api.StartVideo, settings: VideoSettings
) -> api.JoinedVideo:
    # The space's row is held until the session is stored: an archive in flight is waited
    # for, and then this start is refused; an archive that comes later ends this session.
    db, actor, now = req.db, req.actor, req.now
    await space_repo.get(db, space_id, for_share=True)
    access = await authorize_in_space(req, space_id, SpaceAction.START_VIDEO)
    session = VideoSession(
        space_id=space_id,
        state=VideoSessionState.LIVE,
        mode=VideoMode.MESH,
        lobby=body.lobby,
        space_kind=access.space.kind,
        title=body.title or "Video session",
        started_by_id=actor.id,
        created_at=now,
    )
    db.add(session)
    await db.flush()
    me = enter(req, session, access, ParticipantState.ADMITTED)
    await db.flush()
    audit(db, now, AuditAction.VIDEO_STARTED, actor, session)
    metrics.video_session_started()
    started = VideoStarted(session_id=session.id, title=session.title)
    outbox_of(db).event(space_channel(space_id), EventName.VIDEO_STARTED, started)
    return api.JoinedVideo(
        session=session_out(session, [me]),
        me=participant_out(me, session.space_kind),
        ice_servers=ice_servers(settings, actor.id, now),
    )


def enter(
    req: RequestContext, session: VideoSession, access: SpaceAccess, state: ParticipantState
) -> VideoParticipant:
    db, actor, now = req.db, req.actor, req.now
    facts = membership_facts(access.membership, now)
    p = VideoParticipant(
        session_id=session.id,
        account_id=actor.id,
        role=access.membership.role,
        display_name=actor.display_name,
        state=state,
        mic=False,
        camera=False,
        screen=False,
        hand_raised=False,
        # A member muted in the space is muted here too, until a teacher allows it.
        force_muted=bool(facts and facts.muted),
        space_muted=bool(facts and facts.muted),
        created_at=now,
    )
    db.add(p)
    return p


async def list_open(req: RequestContext, space_id: int) -> list[api.VideoSessionOut]:
    db = req.db
    await authorize_in_space(req, space_id, SpaceAction.SEE_SPACE)
    return [await full_out(db, s) for s in await video_repo.list_open(db, space_id)]


async def show(req: RequestContext, space_id: int, session_id: int) -> api.VideoSessionOut:
    db = req.db
    _, session = await load(req, space_id, session_id)
    return await full_out(db, session)


async def join(
    req: RequestContext, space_id: int, session_id: int, settings: VideoSettings
) -> api.JoinedVideo:
    """Take a place: admitted at once, or in the lobby, as the policy says. Idempotent for
    someone already present; refused for someone removed or denied from this session."""
    db, actor, now = req.db, req.actor, req.now
    access, session = await load(req, space_id, session_id, for_update=True)
    me = await video_repo.get_participant(db, session.id, actor.id)
    present = me is not None and me.state in video_repo.PRESENT_STATES
    # The policy is asked also for someone already present (whose answer carries fresh
    # TURN and SFU credentials): an archived space lets nobody in. A lock or a lobby only
    # keeps out who is not there yet. It is asked before the session's state, so a session
    # its space's archive ended answers the policy's refusal (read-only), not 410.
    ended = session.state is VideoSessionState.ENDED
    target = VideoJoinFacts(
        has_lobby=session.lobby and not present,
        locked=session.state is VideoSessionState.LOCKED and not present,
        # An ended session's places all read REMOVED: who asks there hears 410 below.
        removed=me is not None and me.state is ParticipantState.REMOVED and not ended,
    )
    outcome = decide(access, actor, SpaceAction.JOIN_VIDEO, now, target)
    if ended:
        raise Gone("the session has ended")
    if not present:
        via_lobby = outcome is Outcome.ALLOW_VIA_LOBBY
        event = ParticipantEvent.WAIT if via_lobby else ParticipantEvent.ENTER
        state = next_participant_state(me.state if me else None, event)
        if me is None:
            me = enter(req, session, access, state)
        else:
            me.state, me.hand_raised = state, False
            me.mic = me.camera = me.screen = False
            facts = membership_facts(access.membership, now)
            if facts is not None and facts.muted and not me.force_muted:
                me.force_muted = me.space_muted = True  # muted in the space since leaving
        await db.flush()
        if state is ParticipantState.ADMITTED and await rooms.make_room(db, session, me, settings):
            announce_session(db, session)
        announce_participant(db, session, me)
    if me is None:  # someone present has a place; a newcomer was just given one
        raise InvariantBroken("the participant's place is missing after joining")
    return api.JoinedVideo(
        session=await full_out(db, session),
        me=participant_out(me, session.space_kind),
        ice_servers=ice_servers(settings, actor.id, now),
        sfu=rooms.access(session, me, settings),
    )


async def leave(
    req: RequestContext, space_id: int, session_id: int, settings: VideoSettings
) -> None:
    db, actor, now = req.db, req.actor, req.now
    _, session = await load(req, space_id, session_id, for_update=True)
    me = await video_repo.get_participant(db, session.id, actor.id)
    if me is None or me.state not in video_repo.PRESENT_STATES:
        raise NotFound(NO_SUCH_PARTICIPANT)
    was_joined = me.state is ParticipantState.JOINED
    me.state = next_participant_state(me.state, ParticipantEvent.LEAVE)
    me.seen_at = now  # the last sign of life: an emptied session ends that long after
    cut_off(db, session, me)
    await rooms.kick(session, me, settings)
    announce_participant(db, session, me)
    if was_joined:
        await announce_count(db, session)
