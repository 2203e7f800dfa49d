"""The forum's part of channel access: may this member follow this thread live?"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.ext.asyncio import AsyncSession

from protocol.channels import Channel
from protocol.errors import NotFound
from protocol.vocabulary import CHAT_AREAS
from storage.models import Membership, Space
from storage.repositories import forums as forum_repo
from storage.repositories import spaces as space_repo

from ..policy import Actor
from .access import member_facts, space_facts
from .forum_view import Viewer, may_see_thread, session_facts

NO_SUCH_CHANNEL = "no such channel"


async def authorize_typing(
    db: AsyncSession,
    actor: Actor,
    space: Space,
    membership: Membership,
    channel: Channel,
    now: dt.datetime,
) -> None:
    """A chat's typing channel: for the readers of that chat (a chat thread), nobody else."""
    thread = await forum_repo.get_thread(db, channel.required_object_id)
    if thread is None or thread.area not in CHAT_AREAS:
        raise NotFound(NO_SUCH_CHANNEL)
    await authorize_thread(db, actor, space, membership, channel, now)


async def authorize_thread(
    db: AsyncSession,
    actor: Actor,
    space: Space,
    membership: Membership,
    channel: Channel,
    now: dt.datetime,
) -> None:
    """Raise the same NotFound as for a missing channel unless the thread exists in the
    space and the member may see it (the teachers' area, a held thread: the policy says)."""
    thread = await forum_repo.get_thread(db, channel.required_object_id)
    if thread is None or thread.space_id != space.id:
        raise NotFound(NO_SUCH_CHANNEL)
    author_role = None
    if thread.author_id is not None:
        author = await space_repo.get_membership(db, space.id, thread.author_id)
        author_role = author.role if author else None
    inside = await session_facts(db, thread, actor.account_id)
    viewer = Viewer(actor, member_facts(membership, now), space_facts(space))
    if not may_see_thread(viewer, thread, author_role, inside):
        raise NotFound(NO_SUCH_CHANNEL)
