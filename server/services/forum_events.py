"""Where forum events go, sent after commit through the session's outbox.

* ``thread:S:T``: the posts of one thread, visible ones only (a held post appears when a
  teacher approves it). Subscribing asks the policy about the thread itself.
* ``space:S`` or ``teachers:S``: the thread list of the open area or of the teachers-only
  area, so a pupil's or guest's channel never carries a teachers' thread, not even its id.
* ``moderation:S``: held posts, reports and every moderation action, for moderators.
* ``notice:S:A``: member A's own news (a held post approved or not, a mute), in plain words.
"""

from __future__ import annotations

from typing import Any

import msgspec
from sqlalchemy.ext.asyncio import AsyncSession

from protocol import api
from protocol.channels import Channel, ChannelKind
from protocol.vocabulary import CHAT_AREAS, ForumArea, SpaceId

from .allowed import shared
from .outbox import outbox_of


def channel(kind: ChannelKind, space_id: int, object_id: int | None = None) -> str:
    return Channel(kind, SpaceId(space_id), object_id).name


def thread_channel(space_id: int, thread_id: int) -> str:
    return channel(ChannelKind.THREAD, space_id, thread_id)


def list_channel(space_id: int, area: ForumArea) -> str:
    kind = ChannelKind.TEACHERS if area is ForumArea.TEACHERS else ChannelKind.SPACE
    return channel(kind, space_id)


def moderation_channel(space_id: int) -> str:
    return channel(ChannelKind.MODERATION, space_id)


def notice_channel(space_id: int, account_id: int) -> str:
    return channel(ChannelKind.NOTICE, space_id, account_id)


def data(value: msgspec.Struct) -> dict[str, Any]:
    # The same for every subscriber: without the caller's `allowed` lists (allowed.py).
    return shared(value)


class ForumEvents:
    """The events of one unit of work in one space."""

    def __init__(self, session: AsyncSession, space_id: int) -> None:
        self.outbox = outbox_of(session)
        self.space_id = space_id

    def on_thread(self, thread_id: int, event: str, payload: dict[str, Any]) -> None:
        self.outbox.event(thread_channel(self.space_id, thread_id), event, payload)

    def on_list(self, thread: api.ThreadOut, event: str) -> None:
        if thread.area in CHAT_AREAS:
            return  # a chat is no listed thread: its messages go on its own channel only
        # Unread counts are the reader's own: list events carry none.
        thread_data = data(thread)
        thread_data.pop("unread", None)
        self.outbox.event(list_channel(self.space_id, thread.area), event, {"thread": thread_data})

    def to_moderators(self, event: str, payload: dict[str, Any]) -> None:
        self.outbox.event(moderation_channel(self.space_id), event, payload)

    def to_member(self, recipient: int | None, event: str, message: str, /, **extra: Any) -> None:
        if recipient is not None:
            payload = {"message": message, **extra}
            self.outbox.event(notice_channel(self.space_id, recipient), event, payload)


#: What a pupil is told, in words fit for a pupil; the moderator's reason goes to the audit
#: log and to the moderators, not to the author.
NOTICES = {
    "post.pending": "Thanks! A teacher will read your post before everyone can see it.",
    "post.approved": "A teacher has read your post. Now everyone in the project can see it.",
    "post.rejected": "A teacher decided not to show your post. You can ask your teacher why.",
    "post.hidden": "A teacher has hidden your post for now. You can ask your teacher why.",
    "post.restored": "A teacher has shown your post again. Everyone can see it now.",
    "post.purged": "A teacher has removed your post.",
    "member.muted": "You can read the project but not write for a while.",
    "member.unmuted": "You can write in the project again.",
}
