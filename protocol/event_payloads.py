"""The ``data`` of the server's events (protocol/events.py names which goes with which event on
which channel kind).

Each is a msgspec struct whose fields, in declaration order, are the JSON object the server
sends; a field left :data:`msgspec.UNSET` is absent. An API answer inside one (a post, a
thread, a file) is sent without its ``allowed`` list (protocol/events.py encodes it so).
"""

from __future__ import annotations

import datetime as dt

import msgspec

from protocol import api, group_api
from protocol.messages import PresenceMember
from protocol.video import EndReason, VideoMode, VideoSessionState
from protocol.vocabulary import (
    AuditAction,
    LiveState,
    QuestionState,
    ReactionKind,
    Registration,
    RequestOutcome,
    Role,
    StageChange,
)


class Payload(msgspec.Struct, frozen=True, kw_only=True):
    """Base of the payloads declared here (an event may also carry an API answer as is)."""


# -- space:<id> ---------------------------------------------------------------------------


class MemberShown(Payload, frozen=True):
    """A member as every member may see them (never an e-mail address)."""

    account_id: int
    display_name: str
    role: Role


class MemberGone(Payload, frozen=True):
    account_id: int
    display_name: str


class SpaceUpdated(Payload, frozen=True):
    """Only the settings that changed are present."""

    title: str | msgspec.UnsetType = msgspec.UNSET
    description: str | msgspec.UnsetType = msgspec.UNSET
    pupils_may_create_threads: bool | msgspec.UnsetType = msgspec.UNSET
    pupils_may_upload: bool | msgspec.UnsetType = msgspec.UNSET
    premoderate_pupils: bool | msgspec.UnsetType = msgspec.UNSET


class SpaceArchived(Payload, frozen=True):
    archived: bool


class VideoStarted(Payload, frozen=True):
    session_id: int
    title: str


class VideoEnded(Payload, frozen=True):
    session_id: int
    reason: EndReason


class VideoCount(Payload, frozen=True):
    """How many are in a session now (the sessions list keeps its counts live with it)."""

    session_id: int
    joined: int


# -- thread lists and threads ---------------------------------------------------------------


class ThreadListed(Payload, frozen=True):
    thread: api.ListedThread


class ThreadShown(Payload, frozen=True):
    thread: api.ThreadOut


class PostShown(Payload, frozen=True):
    post: api.PostOut


class PostGone(Payload, frozen=True):
    """A post the channel's readers drop (hidden, deleted, purged)."""

    post_id: int


class PostReactions(Payload, frozen=True):
    """A post's reaction counts after someone added or took back one: the whole new count
    of each kind (kinds nobody chose are absent), so a client that missed one change is
    right again at the next. Who reacted is not sent."""

    post_id: int
    reactions: dict[ReactionKind, int]


class MyReactions(Payload, frozen=True):
    """The member's own reactions to a post after they changed them, for their other tabs
    (on their own ``notice`` channel: who reacted is never sent to anyone else)."""

    post_id: int
    thread_id: int
    mine: list[ReactionKind]


class Typing(Payload, frozen=True):
    account_id: int
    display_name: str


# -- moderation:<id> ------------------------------------------------------------------------


class PostModerated(Payload, frozen=True):
    post: api.PostOut
    by: int
    reason: str


class ThreadModerated(Payload, frozen=True):
    thread: api.ThreadOut
    by: int
    reason: str


class PostPurged(Payload, frozen=True):
    post_id: int
    by: int
    reason: str


class ReportFiled(Payload, frozen=True):
    report: api.ReportOut


class ReportResolved(Payload, frozen=True):
    report: api.ReportOut
    by: int


class MuteChanged(Payload, frozen=True):
    """``by`` null and ``expired`` true: the mute ran out by itself."""

    account_id: int
    muted_until: dt.datetime | None
    by: int | None
    reason: str
    expired: bool | msgspec.UnsetType = msgspec.UNSET


class JoinRequestFiled(Payload, frozen=True):
    """A group's join request, as its moderators list it."""

    request: group_api.JoinRequestOut


class JoinRequestClosed(Payload, frozen=True):
    """A join request stopped waiting; ``by`` null: the asker withdrew it."""

    account_id: int
    outcome: RequestOutcome
    by: int | None


# -- notice:<id>:<account> ------------------------------------------------------------------


class PostNotice(Payload, frozen=True):
    """What a teacher did to the member's post. The event's name is the notice's code: a
    client words it itself (the page's ``notice-<event>``); no sentence comes with it."""

    post_id: int
    thread_id: int


class HeldNotice(Payload, frozen=True, kw_only=True):
    """The member's post (and, for a new thread, its thread) waits for a teacher."""

    thread: api.ThreadOut | msgspec.UnsetType = msgspec.UNSET
    post: api.PostOut


class PurgedNotice(Payload, frozen=True):
    post_id: int


class MuteNotice(Payload, frozen=True):
    account_id: int
    muted_until: dt.datetime | None
    expired: bool | msgspec.UnsetType = msgspec.UNSET


class MentionNotice(Payload, frozen=True):
    """Someone mentioned the member in a chat; ``post`` names who (its author)."""

    chat_id: int
    post: api.PostOut


class ReadNotice(Payload, frozen=True):
    """The member's own read mark moved (their other tabs update)."""

    thread_id: int
    last_read_post_id: int | None
    unread: int


# -- archive:<id> ---------------------------------------------------------------------------


class FileShown(Payload, frozen=True):
    file: api.FileOut


class FolderShown(Payload, frozen=True):
    folder: api.FolderOut


class FilePurged(Payload, frozen=True):
    file_id: int
    file_ids: list[int]


class FolderPurged(Payload, frozen=True):
    """The folder, every folder under it and every file in them, gone for good."""

    folder_id: int
    folder_ids: list[int]
    file_ids: list[int]


# -- video:<id>:<session> and presence:<id> -------------------------------------------------


class SessionNow(Payload, frozen=True):
    """The session as it is now (its participants come as ``participant`` events); when it
    ended, ``reason`` says why."""

    id: int
    space_id: int
    title: str
    state: VideoSessionState
    mode: VideoMode
    lobby: bool
    spotlight_id: int | None
    channel: str
    reason: EndReason | msgspec.UnsetType = msgspec.UNSET


class VideoModerated(Payload, frozen=True):
    """An audited moderation action; ``by`` null is the server (a mute that ran out)."""

    action: AuditAction
    by: int | None
    reason: str
    session_id: int
    participant_id: int | msgspec.UnsetType = msgspec.UNSET


class PresenceGone(Payload, frozen=True):
    account_id: int


# -- qa:<event> (issue 22) ----------------------------------------------------------------


class QuestionShown(Payload, frozen=True):
    """A question of an event's Q&A as its audience sees it (never a hidden one)."""

    id: int
    event_id: int
    body: str
    author: str | None
    state: QuestionState
    votes: int
    answer: str
    at: dt.datetime


class QuestionVotes(Payload, frozen=True):
    id: int
    votes: int


class QuestionGone(Payload, frozen=True):
    """A question a moderator hid: gone from the audience's list (its words are not sent)."""

    id: int


class Speaker(Payload, frozen=True):
    account_id: int
    display_name: str
    promoted: bool
    publishing: bool


class LiveNow(Payload, frozen=True):
    """The event's video session now, for everyone following the event (``qa:EVENT``): its
    state, who is speaking, whether it records (the notice every page shows)."""

    event_id: int
    state: LiveState
    recording: bool
    speakers: list[Speaker]


class HandNow(Payload, frozen=True):
    """A viewer raised or lowered a hand (``stage:EVENT``, the moderators)."""

    account_id: int
    display_name: str
    raised: bool


class Watching(Payload, frozen=True):
    """How many watch now (``stage:EVENT``): sent at most once a second, when it changed."""

    event_id: int
    watching: int


class AttendanceNow(Payload, frozen=True):
    """Who follows the running event changed (``seat:EVENT:ORGANISER``, the organiser's
    only, as the attendance is): someone began or stopped following it. Coalesced, at most
    once a second per event and server process; the organiser's page reads the attendance
    again. ``following``: the people following now, the organiser and speakers too."""

    event_id: int
    following: int


class PlacesNow(Payload, frozen=True):
    """An event's places now (``qa:EVENT``, everyone following): someone registered, gave a
    place back or moved up from the waiting list, or the places changed. Counts only, which
    every reader of the event sees in its answer; never who."""

    event_id: int
    capacity: int
    registered: int
    waiting: int


class TakeProcessed(Payload, frozen=True):
    """A recording's take was processed (``qa:EVENT``, everyone following): its files are
    listed with the event now (``files``: how many; none if nobody published, or if
    ``failed``: Janus's files could not be read). The page reads the recordings again."""

    event_id: int
    take_id: int
    files: int
    failed: bool


class SeatNow(Payload, frozen=True):
    """One person's registration now (``seat:EVENT:ACCOUNT``: theirs, and the organiser's):
    registered, waiting (at ``waiting_position``, 1: next) or none (gave it back)."""

    event_id: int
    account_id: int
    display_name: str
    state: Registration
    waiting_position: int | None = None
    #: They moved up from the waiting list to a place (nobody asked, a place freed).
    from_waiting_list: bool = False


class StageNow(Payload, frozen=True):
    """The person's place on the webinar's stage changed (``seat:EVENT:ACCOUNT``, theirs):
    promoted (publish now: join again for the token), or taken off it (``returned`` by a
    moderator, ``muted`` in the event's space, ``removed`` from that space, ``ended``): their
    publisher was kicked at Janus and their token revoked; they go on watching if they may."""

    event_id: int
    account_id: int
    on_stage: bool
    why: StageChange


EventPayload = (
    Payload | api.ThreadCreated | api.ParticipantOut | PresenceMember  # shared with answers
)


def listed(thread: api.ThreadOut) -> api.ListedThread:
    """A thread as the lists' events carry it: no reader's unread count, no ``allowed``."""
    return api.ListedThread(**{f: getattr(thread, f) for f in api.ListedThread.__struct_fields__})
