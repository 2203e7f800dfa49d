"""A video session's channel: whether the asker holds a place in its session (the policy's
USE_VIDEO_CHANNEL decides who may use it: those who do, the lobby included)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from protocol.channels import Channel
from protocol.errors import NotFound
from storage.repositories import video as video_repo

from ...policy import Actor


async def holds_place(db: AsyncSession, actor: Actor, channel: Channel, not_found: str) -> bool:
    """Whether the actor holds a place in the session of this channel: in the lobby,
    admitted or joined. NotFound (as for a missing channel) when there is no such session
    in the channel's space."""
    session = await video_repo.get(db, channel.required_object_id)
    if session is None or session.space_id != channel.space_id:
        raise NotFound(not_found)
    me = await video_repo.get_participant(db, session.id, actor.account_id)
    return me is not None and me.state in video_repo.PRESENT_STATES
