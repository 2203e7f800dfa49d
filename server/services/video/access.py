"""Who may use a video session's channel: its participants (lobby included), nobody else."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from protocol.channels import Channel
from protocol.errors import NotFound
from storage.repositories import video as video_repo

from ...policy import Actor


async def check_participant(
    db: AsyncSession, actor: Actor, channel: Channel, not_found: str
) -> None:
    """NotFound (the same answer as for a missing channel) unless the actor holds a place in
    the session of this channel: in the lobby, admitted or joined."""
    session = await video_repo.get(db, channel.required_object_id)
    if session is None or session.space_id != channel.space_id:
        raise NotFound(not_found)
    me = await video_repo.get_participant(db, session.id, actor.account_id)
    if me is None or me.state not in video_repo.PRESENT_STATES:
        raise NotFound(not_found)
