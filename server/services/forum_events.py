"""Where forum events go, sent after commit through the session's outbox.

* ``thread:S:T``: the posts of one thread, visible ones only (a held post appears when a
  teacher approves it). Subscribing asks the policy about the thread itself.
* ``space:S`` or ``teachers:S``: the thread list of the open area or of the teachers-only
  area, so a pupil's or guest's channel never carries a teachers' thread, not even its id.
* ``moderation:S``: held posts, reports and every moderation action, for moderators.
* ``notice:S:A``: member A's own news (a held post approved or not, a mute), in plain words.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from protocol import api
from protocol.channels import Channel, ChannelKind
from protocol.event_payloads import EventPayload, ThreadListed, listed
from protocol.events import EventName
from protocol.vocabulary import CHAT_AREAS, ForumArea, SpaceId

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


class ForumEvents:
    """The events of one unit of work in one space."""

    def __init__(self, session: AsyncSession, space_id: int) -> None:
        self.outbox = outbox_of(session)
        self.space_id = space_id

    def on_thread(self, thread_id: int, name: EventName, payload: EventPayload) -> None:
        self.outbox.event(thread_channel(self.space_id, thread_id), name, payload)

    def on_list(self, thread: api.ThreadOut, name: EventName) -> None:
        if thread.area in CHAT_AREAS:
            return  # a chat is no listed thread: its messages go on its own channel only
        # Unread counts are the reader's own: list events carry none.
        payload = ThreadListed(thread=listed(thread))
        self.outbox.event(list_channel(self.space_id, thread.area), name, payload)

    def to_moderators(self, name: EventName, payload: EventPayload) -> None:
        self.outbox.event(moderation_channel(self.space_id), name, payload)

    def to_member(self, recipient: int | None, name: EventName, payload: EventPayload) -> None:
        if recipient is not None:
            self.outbox.event(notice_channel(self.space_id, recipient), name, payload)
