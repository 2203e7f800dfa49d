"""Who may subscribe and publish to which channel: the one policy, asked per channel kind.

Channels of one object also need that object's facts: a video channel a place in the session
(server/services/video/access.py), a thread channel a thread the actor may read
(server/services/forum_channels.py). A missing object answers "no such channel", like an
unknown one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from protocol.channels import Channel, ChannelKind
from protocol.errors import Forbidden, NotFound
from protocol.vocabulary import AccountId, Role
from storage.repositories import spaces as space_repo

from ..policy import Actor, NoticesFacts, SessionPlaceFacts, SpaceAction, decide_space
from ..services import event_live, event_questions
from ..services.access import enforce, membership_facts, space_facts
from ..services.forum_channels import authorize_thread, authorize_typing
from ..services.video import access as video_access

NO_SUCH_CHANNEL = "no such channel"

#: What subscribing to each channel kind asks of the policy.
SUBSCRIBE_ACTION: dict[ChannelKind, SpaceAction] = {
    ChannelKind.SPACE: SpaceAction.SEE_SPACE,
    ChannelKind.PRESENCE: SpaceAction.SEE_SPACE,
    ChannelKind.ARCHIVE: SpaceAction.READ_ARCHIVE,
    ChannelKind.VIDEO: SpaceAction.SEE_SPACE,  # and USE_VIDEO_CHANNEL: a place, below
    # Forums (issue 5): a thread's own facts are checked after, in forum_channels.
    ChannelKind.THREAD: SpaceAction.READ_FORUM,
    ChannelKind.TEACHERS: SpaceAction.READ_TEACHERS_AREA,
    ChannelKind.MODERATION: SpaceAction.SEE_MODERATION,
    ChannelKind.NOTICE: SpaceAction.READ_OWN_NOTICES,
    # Chat (issue 10): who is typing in a chat, for the chat's readers.
    ChannelKind.TYPING: SpaceAction.READ_FORUM,
    # Who is reading a forum thread (issue 21): for whoever may read that thread.
    ChannelKind.READERS: SpaceAction.READ_FORUM,
}


@dataclass(frozen=True, slots=True)
class ChannelGrant:
    """A subscription the policy allowed, with what re-checks and presence need."""

    channel: Channel
    #: The subscriber's role in the channel's space; None for the event kinds (``qa``,
    #: ``stage``), whose number names an event, not a space (there is no role to have).
    role: Role | None


async def authorize_subscribe(
    db: AsyncSession, actor: Actor, channel: Channel, now: dt.datetime
) -> ChannelGrant:
    """Allow the subscription or raise NotFound/Forbidden; one query for space + membership."""
    if channel.kind is ChannelKind.QA:
        # An event's Q&A (issue 22): the number is the event's, decided by the event's rules.
        # No role: the number is no space (presence, which reads the role, has no qa channel).
        await event_questions.may_follow(db, actor, channel.space_id, now)
        return ChannelGrant(channel, None)
    if channel.kind is ChannelKind.STAGE:
        # The stage of an event's webinar: hands and the count watching, for its moderators.
        await event_live.may_see_stage(db, actor, channel.space_id, now)
        return ChannelGrant(channel, None)
    if channel.kind is ChannelKind.SEAT:
        # One person's own place at an event: that person, while the event is theirs to see.
        account_id = channel.required_object_id
        await event_live.may_follow_seat(db, actor, channel.space_id, account_id, now)
        return ChannelGrant(channel, None)
    action = SUBSCRIBE_ACTION.get(channel.kind)
    if action is None:
        raise NotFound(NO_SUCH_CHANNEL)
    space = await space_repo.get(db, channel.space_id)
    membership = (
        await space_repo.get_membership(db, channel.space_id, actor.account_id) if space else None
    )
    decision = decide_space(
        actor,
        membership_facts(membership, now),
        space_facts(space) if space else None,
        action,
        subscribe_target(channel),
    )
    enforce(decision, not_found=NO_SUCH_CHANNEL)
    if space is None or membership is None:  # concealed by the policy already: the same answer
        raise NotFound(NO_SUCH_CHANNEL)
    if channel.kind is ChannelKind.VIDEO:
        place = await video_access.holds_place(db, actor, channel, NO_SUCH_CHANNEL)
        decision = decide_space(
            actor,
            membership_facts(membership, now),
            space_facts(space),
            SpaceAction.USE_VIDEO_CHANNEL,
            SessionPlaceFacts(participant=place),
        )
        enforce(decision, not_found=NO_SUCH_CHANNEL)
    if channel.kind in (ChannelKind.THREAD, ChannelKind.READERS):
        await authorize_thread(db, actor, space, membership, channel, now)
    if channel.kind is ChannelKind.TYPING:
        await authorize_typing(db, actor, space, membership, channel, now)
    return ChannelGrant(channel, membership.role)


def subscribe_target(channel: Channel) -> NoticesFacts | None:
    """The target of a subscription, where the channel's object is a person."""
    if channel.kind is ChannelKind.NOTICE:
        return NoticesFacts(account_id=AccountId(channel.required_object_id))
    return None


async def authorize_publish(
    db: AsyncSession, actor: Actor, channel: Channel, now: dt.datetime
) -> ChannelGrant:
    """Client publishes go only to kinds that take them, and only with a resolver for the
    object (video signalling arrives with the video issue)."""
    grant = await authorize_subscribe(db, actor, channel, now)
    if not channel.client_may_publish:
        raise Forbidden(f"clients do not publish on {channel.kind} channels")
    return grant
