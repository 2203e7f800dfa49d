"""WebRTC signalling on ``video:<space>:<session>``: the WebSocket's publish path for video.

A client's publish is decoded into a typed payload (protocol/video.py), checked against the
session state in the database (shared by every process) and then either applied (join,
leave, media, hand: announced as sequenced events) or relayed to exactly one peer's connection
(offer, answer, candidate) as a ``signal`` message through the broker's control channel, which
each process delivers only to that connection, and only while it is still subscribed.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

import msgspec
from sqlalchemy.ext.asyncio import AsyncSession

from protocol.channels import Channel
from protocol.errors import Conflict, NotFound, ProtocolError
from protocol.messages import Ack, Publish, Signal
from protocol.sdp import MediaKind
from protocol.video import (
    Answer,
    Candidate,
    Hand,
    Join,
    Leave,
    Media,
    Offer,
    ParticipantState,
    check_relayed,
    parse_signal,
    polite,
    sends_audio,
)
from protocol.vocabulary import AccountId
from storage.models import VideoParticipant, VideoSession
from storage.repositories import spaces as space_repo
from storage.repositories import video as video_repo

from ..policy import (
    Actor,
    AudioFacts,
    AudioVia,
    Facts,
    ParticipantFacts,
    PeerFacts,
    SpaceAction,
    decide_space,
)
from ..realtime.channel_access import NO_SUCH_CHANNEL, authorize_subscribe
from ..realtime.connection import Connection, encode_text
from ..services.access import enforce, membership_facts, space_facts
from ..services.commands import DirectFrame
from ..services.outbox import outbox_of, take_outbox
from ..services.video import rooms
from ..services.video.sessions import (
    NO_SUCH_PARTICIPANT,
    announce_count,
    announce_participant,
    cut_off,
)
from ..services.video.states import ParticipantEvent, next_participant_state

if TYPE_CHECKING:
    from ..context import AppContext

logger = logging.getLogger("twinspace.video")

#: Event of the `signal` the server sends a participant that has just joined.
WELCOME = "welcome"


#: A relay to a participant whose socket closed during its grace period.
PEER_AWAY = "that participant is reconnecting: it will offer again when it is back"


async def handle_publish(
    ctx: AppContext, connection: Connection, actor: Actor, channel: Channel, message: Publish
) -> None:
    """Apply or relay one signalling message; answers with ``ack`` or raises a domain error."""
    payload = parse_signal(message.event, message.data)
    now = ctx.clock.now()
    welcome: Signal | None = None
    async with ctx.sessionmaker() as db:
        async with db.begin():
            # The same check as subscribing: a participant of this session, or not found.
            await authorize_subscribe(db, actor, channel, now)
            if channel.name not in connection.subscriptions:
                raise Conflict("subscribe to the session's channel first")
            # A join reads who is joined already: two racing joins (PostgreSQL, READ
            # COMMITTED) would each miss the other and neither would offer. Joins and leaves
            # take the session row in turn; relays need no lock.
            membership_change = isinstance(payload, Join | Leave)
            session_id = channel.required_object_id
            session = await video_repo.get(db, session_id, for_update=membership_change)
            me = await video_repo.get_participant(db, session_id, actor.account_id)
            if session is None or me is None:  # ended or left since the check above
                raise NotFound(NO_SUCH_CHANNEL)
            if isinstance(payload, Join):
                await ask(db, actor, channel, now, SpaceAction.ENTER_CALL, place_of(me))
                welcome = await join(db, session, me, connection, channel, now)
            elif isinstance(payload, Leave):
                was_joined = me.state is ParticipantState.JOINED
                me.state = next_participant_state(me.state, ParticipantEvent.LEAVE)
                me.seen_at = now  # the last sign of life: an emptied session ends after it
                cut_off(db, session, me)
                await rooms.kick(session, me, ctx.settings.video)
                announce_participant(db, session, me)
                if was_joined:
                    await announce_count(db, session)
            elif isinstance(payload, Media | Hand):
                if me.state is not ParticipantState.JOINED:
                    raise Conflict("send join first")
                if isinstance(payload, Media) and payload.mic:
                    audio = AudioFacts(force_muted=me.force_muted, via=AudioVia.MICROPHONE)
                    await ask(db, actor, channel, now, SpaceAction.SEND_AUDIO, audio)
                update_media(db, session, me, payload)
            else:
                await relay(db, actor, me, connection, channel, message.event, payload, now)
        await ctx.hub.flush(take_outbox(db))
    connection.send(Ack(ref=message.ref, channel=channel.name))
    if welcome is not None:
        connection.send(welcome)


async def join(
    db: AsyncSession,
    session: VideoSession,
    me: VideoParticipant,
    connection: Connection,
    channel: Channel,
    now: dt.datetime,
) -> Signal:
    """Bind this connection to the participant: first time, or in place after a dropped
    socket (the old connection gets nothing more). Answered with the peers to connect to.
    The policy has let this place into the call (ENTER_CALL: not from the lobby)."""
    rejoin = me.state is ParticipantState.JOINED
    event = ParticipantEvent.REJOIN if rejoin else ParticipantEvent.JOIN
    me.state = next_participant_state(me.state, event)
    me.connection_id = connection.id
    me.seen_at = now
    announce_participant(db, session, me)
    if not rejoin:
        await announce_count(db, session)
    peers = [
        {"id": p.id, "display_name": p.display_name, "polite": polite(me.id, p.id)}
        for p in await video_repo.list_participants(db, session.id)
        if p.state is ParticipantState.JOINED and p.id != me.id
    ]
    data = {
        "participant_id": me.id,
        "mode": session.mode.value,
        "rejoined": rejoin,
        "force_muted": me.force_muted,
        # Convention: the newcomer offers to every peer already here; they answer.
        "peers": peers,
    }
    return Signal(channel=channel.name, event=WELCOME, sender=me.id, data=data)


def update_media(
    db: AsyncSession, session: VideoSession, me: VideoParticipant, payload: Media | Hand
) -> None:
    """A joined participant's media flags or hand; the policy has allowed the microphone
    (SEND_AUDIO) when it is turned on."""
    if isinstance(payload, Hand):
        me.hand_raised = payload.raised
    else:
        me.mic, me.camera, me.screen = payload.mic, payload.camera, payload.screen
    announce_participant(db, session, me)


async def relay(
    db: AsyncSession,
    actor: Actor,
    me: VideoParticipant,
    connection: Connection,
    channel: Channel,
    event: str,
    payload: Offer | Answer | Candidate,
    now: dt.datetime,
) -> None:
    """Send an offer, answer or candidate to the one peer it names, on its own connection:
    only what reads as SDP or an ICE candidate, with the sections the policy allows."""
    if me.state is not ParticipantState.JOINED or me.connection_id != connection.id:
        raise Conflict("send join first (signalling goes through one connection)")
    # No free text between participants (DOMAIN.md: no private messages for pupils): refused
    # as `invalid` before anything is looked up or sent.
    try:
        description = check_relayed(payload)
    except ProtocolError as refused:
        # Named in the log (not the content): a browser that writes a new attribute shows here.
        logger.info("signalling %s from participant %d refused: %s", event, me.id, refused)
        raise
    if isinstance(payload, Offer | Answer) and sends_audio(payload.sdp):
        via = AudioVia.OFFER if isinstance(payload, Offer) else AudioVia.ANSWER
        await ask(db, actor, channel, now, SpaceAction.SEND_AUDIO, AudioFacts(me.force_muted, via))
    peer = await video_repo.get_participant_by_id(db, channel.required_object_id, payload.to)
    if peer is None or peer.id == me.id or peer.state is not ParticipantState.JOINED:
        raise NotFound(NO_SUCH_PARTICIPANT)
    if peer.connection_id is None:
        # Its socket closed and it has not joined again yet: a frame sent now would reach
        # nobody. It offers to everyone when it is back (the newcomer offers).
        raise NotFound(PEER_AWAY)
    if description is not None and MediaKind.APPLICATION in description.kinds:
        await allow_data_channel(db, actor, channel, peer, now)
    data = msgspec.to_builtins(payload)
    del data["to"]
    data["polite"] = polite(peer.id, me.id)
    frame = encode_text(Signal(channel=channel.name, event=event, sender=me.id, data=data))
    outbox_of(db).command(
        DirectFrame(
            account_id=peer.account_id,
            connection_id=peer.connection_id,
            channel=channel.name,
            frame=frame,
        )
    )


async def allow_data_channel(
    db: AsyncSession, actor: Actor, channel: Channel, peer: VideoParticipant, now: dt.datetime
) -> None:
    """A data channel (``m=application``) in a mesh is a line between two browsers that no
    teacher reads: the policy's OPEN_DATA_CHANNEL decides, with the peer's role (no pupil at
    either end). Forbidden, and nothing relayed, when it says no."""
    await ask(db, actor, channel, now, SpaceAction.OPEN_DATA_CHANNEL, PeerFacts(role=peer.role))


def place_of(me: VideoParticipant) -> ParticipantFacts:
    return ParticipantFacts(
        account_id=AccountId(me.account_id), in_lobby=me.state is ParticipantState.LOBBY
    )


async def ask(
    db: AsyncSession,
    actor: Actor,
    channel: Channel,
    now: dt.datetime,
    action: SpaceAction,
    facts: Facts,
) -> None:
    """Ask the policy about the actor's place in this channel's session: Forbidden, and
    nothing applied or relayed, when it says no."""
    space = await space_repo.get(db, channel.space_id)
    membership = await space_repo.get_membership(db, channel.space_id, actor.account_id)
    decision = decide_space(
        actor,
        membership_facts(membership, now),
        space_facts(space) if space else None,  # a space gone meanwhile: the policy conceals
        action,
        facts,
    )
    enforce(decision, NO_SUCH_PARTICIPANT)
