"""The events the server announces: a closed set of names, one payload type per name and channel.

Every ``event`` frame the server sends carries one of :class:`EventName` as its ``event`` and,
as its ``data``, the payload struct that :data:`EVENT_SPECS` names for that event on that
channel kind. One name may carry a different payload on another channel (``post.deleted``
tells a thread's readers only the post's id, and the moderators the whole post), so a payload
type is looked up by name and channel kind together (:func:`payload_type`).

Services build the payloads (protocol/event_payloads.py); the outbox checks each pairing
when it is added (:func:`check_event`) and encodes it once, after the commit
(:func:`encode_event`). Encoding gives the same bytes as the dicts the server sent before
the payloads had types:

* fields in declaration order; a field left :data:`msgspec.UNSET` is absent (``space.updated``
  names only what changed);
* no ``allowed`` list at any depth: events go to every subscriber alike, and what a caller may
  do with an object is answered over HTTP (docs/web-client.md).

docs/protocol.md (*Events*) and web/js/events.js are generated from :data:`EVENT_SPECS`
(protocol/events_doc.py); the page imports the names from there.
"""

from __future__ import annotations

import dataclasses
import enum
from typing import Any, Final

import msgspec

from protocol import api
from protocol.channels import Channel, ChannelKind
from protocol.errors import ErrorCode, InvariantBroken, ProtocolError
from protocol.event_payloads import (
    AttendanceNow,
    EventPayload,
    FilePurged,
    FileShown,
    FolderPurged,
    FolderShown,
    HandNow,
    HeldNotice,
    JoinRequestClosed,
    JoinRequestFiled,
    LiveNow,
    MemberGone,
    MemberShown,
    MentionNotice,
    MuteChanged,
    MuteNotice,
    MyReactions,
    PlacesNow,
    PostGone,
    PostModerated,
    PostNotice,
    PostPurged,
    PostReactions,
    PostShown,
    PresenceGone,
    PurgedNotice,
    QuestionGone,
    QuestionShown,
    QuestionVotes,
    ReadNotice,
    ReportFiled,
    ReportResolved,
    SeatNow,
    SessionNow,
    SpaceArchived,
    SpaceUpdated,
    StageNow,
    TakeProcessed,
    ThreadListed,
    ThreadModerated,
    ThreadShown,
    Typing,
    VideoCount,
    VideoEnded,
    VideoModerated,
    VideoStarted,
    Watching,
)
from protocol.frames import EventBody, encode_event_body
from protocol.messages import PresenceMember


class EventName(enum.StrEnum):
    """Every ``event`` name the server sends (a client never publishes these)."""

    # space:<id>: the space, its members and its video sessions
    MEMBER_ADDED = "member.added"
    MEMBER_ROLE_CHANGED = "member.role_changed"
    MEMBER_REMOVED = "member.removed"
    SPACE_UPDATED = "space.updated"
    SPACE_ARCHIVED = "space.archived"
    SPACE_UNARCHIVED = "space.unarchived"
    VIDEO_STARTED = "video.started"
    VIDEO_ENDED = "video.ended"
    VIDEO_COUNT = "video.count"
    # space:<id> and teachers:<id> (thread lists), thread:<id>:<thread> (one thread)
    THREAD_CREATED = "thread.created"
    THREAD_UPDATED = "thread.updated"
    THREAD_PINNED = "thread.pinned"
    THREAD_UNPINNED = "thread.unpinned"
    THREAD_LOCKED = "thread.locked"
    THREAD_UNLOCKED = "thread.unlocked"
    POST_CREATED = "post.created"
    POST_EDITED = "post.edited"
    POST_DELETED = "post.deleted"
    POST_HIDDEN = "post.hidden"
    POST_APPROVED = "post.approved"
    POST_RESTORED = "post.restored"
    POST_REACTIONS = "post.reactions"
    POST_MY_REACTIONS = "post.my_reactions"
    # moderation:<id> (moderators) and notice:<id>:<account> (one member's own news)
    POST_PENDING = "post.pending"
    POST_REJECTED = "post.rejected"
    POST_PURGED = "post.purged"
    THREAD_PENDING = "thread.pending"
    THREAD_READ = "thread.read"
    MODERATION_HIDE = "moderation.hide"
    MODERATION_RESTORE = "moderation.restore"
    MODERATION_APPROVE = "moderation.approve"
    MODERATION_REJECT = "moderation.reject"
    MODERATION_PURGE = "moderation.purge"
    MODERATION_THREAD_PINNED = "moderation.thread.pinned"
    MODERATION_THREAD_UNPINNED = "moderation.thread.unpinned"
    MODERATION_THREAD_LOCKED = "moderation.thread.locked"
    MODERATION_THREAD_UNLOCKED = "moderation.thread.unlocked"
    REPORT_CREATED = "report.created"
    REPORT_RESOLVED = "report.resolved"
    MEMBER_MUTED = "member.muted"
    MEMBER_UNMUTED = "member.unmuted"
    JOIN_REQUEST_CREATED = "join_request.created"
    JOIN_REQUEST_CLOSED = "join_request.closed"
    CHAT_MENTION = "chat.mention"
    # archive:<id>
    FOLDER_CREATED = "folder.created"
    FOLDER_RENAMED = "folder.renamed"
    FOLDER_MOVED = "folder.moved"
    FOLDER_TRASHED = "folder.trashed"
    FOLDER_RESTORED = "folder.restored"
    FOLDER_PURGED = "folder.purged"
    FILE_ADDED = "file.added"
    FILE_VERSION_ADDED = "file.version_added"
    FILE_RENAMED = "file.renamed"
    FILE_MOVED = "file.moved"
    FILE_TRASHED = "file.trashed"
    FILE_RESTORED = "file.restored"
    FILE_PURGED = "file.purged"
    # typing:<id>:<chat>
    TYPING = "typing"
    # video:<id>:<session> (the names of protocol.video.VideoEvent)
    PARTICIPANT = "participant"
    SESSION = "session"
    MODERATED = "moderated"
    # presence:<id> (the names of protocol.messages.PresenceEvent)
    JOIN = "join"
    LEAVE = "leave"
    # qa:<event> (issue 22): an event's live Q&A
    QUESTION_ASKED = "question.asked"
    QUESTION_VOTED = "question.voted"
    QUESTION_MODERATED = "question.moderated"
    QUESTION_HIDDEN = "question.hidden"
    # the live webinar: qa:<event> for everyone, stage:<event> for its moderators
    LIVE_SESSION = "live.session"
    LIVE_HAND = "live.hand"
    LIVE_WATCHING = "live.watching"
    RECORDING_PROCESSED = "recording.processed"
    # places (qa:<event>, counts) and one person's own (seat:<event>:<account>)
    EVENT_PLACES = "event.places"
    REGISTRATION_CHANGED = "registration.changed"
    LIVE_STAGE = "live.stage"
    EVENT_ATTENDANCE = "event.attendance"


@dataclasses.dataclass(frozen=True, slots=True)
class EventSpec:
    """One event on some channel kinds: the type of its ``data`` there, and what it means."""

    name: EventName
    kinds: tuple[ChannelKind, ...]
    payload: type[Any]
    about: str


_S, _T, _TH = ChannelKind.SPACE, ChannelKind.TEACHERS, ChannelKind.THREAD
_M, _N, _A = ChannelKind.MODERATION, ChannelKind.NOTICE, ChannelKind.ARCHIVE
E = EventName


def _same(
    names: tuple[EventName, ...], kinds: tuple[ChannelKind, ...], payload: type[Any], about: str
) -> list[EventSpec]:
    return [EventSpec(name, kinds, payload, about) for name in names]


_THREAD_CHANGES = (E.THREAD_PINNED, E.THREAD_UNPINNED, E.THREAD_LOCKED, E.THREAD_UNLOCKED)
_MODERATED_POSTS = (
    E.MODERATION_HIDE,
    E.MODERATION_RESTORE,
    E.MODERATION_APPROVE,
    E.MODERATION_REJECT,
)
_MODERATED_THREADS = (
    E.MODERATION_THREAD_PINNED,
    E.MODERATION_THREAD_UNPINNED,
    E.MODERATION_THREAD_LOCKED,
    E.MODERATION_THREAD_UNLOCKED,
)
_FOLDER_CHANGES = (
    E.FOLDER_CREATED,
    E.FOLDER_RENAMED,
    E.FOLDER_MOVED,
    E.FOLDER_TRASHED,
    E.FOLDER_RESTORED,
)
_FILE_CHANGES = (
    E.FILE_ADDED,
    E.FILE_VERSION_ADDED,
    E.FILE_RENAMED,
    E.FILE_MOVED,
    E.FILE_TRASHED,
    E.FILE_RESTORED,
)

#: Every event, in the order docs/protocol.md lists them; a name may appear once per payload.
EVENT_SPECS: Final[tuple[EventSpec, ...]] = (
    EventSpec(E.MEMBER_ADDED, (_S,), MemberShown, "Someone became a member."),
    EventSpec(E.MEMBER_ROLE_CHANGED, (_S,), MemberShown, "A member's role changed."),
    EventSpec(E.MEMBER_REMOVED, (_S,), MemberGone, "A member left or was removed (or erased)."),
    EventSpec(E.SPACE_UPDATED, (_S,), SpaceUpdated, "The space's settings changed."),
    EventSpec(E.SPACE_ARCHIVED, (_S,), SpaceArchived, "The space became read-only."),
    EventSpec(E.SPACE_UNARCHIVED, (_S,), SpaceArchived, "The space is open again."),
    EventSpec(E.VIDEO_STARTED, (_S,), VideoStarted, "A video session started."),
    EventSpec(E.VIDEO_ENDED, (_S,), VideoEnded, "A video session ended."),
    EventSpec(E.VIDEO_COUNT, (_S,), VideoCount, "Someone joined or left a video session."),
    EventSpec(E.THREAD_CREATED, (_S, _T), ThreadListed, "A thread is listed (new or approved)."),
    EventSpec(E.THREAD_UPDATED, (_S, _T), ThreadListed, "A listed thread changed."),
    *_same(_THREAD_CHANGES, (_S, _T), ThreadListed, "A listed thread was pinned or locked."),
    *_same(_THREAD_CHANGES, (_TH,), ThreadShown, "The thread was pinned or locked."),
    EventSpec(E.POST_CREATED, (_TH,), PostShown, "A visible post was added."),
    EventSpec(E.POST_EDITED, (_TH, _M), PostShown, "A post was edited."),
    EventSpec(E.POST_DELETED, (_TH,), PostGone, "A post went (deleted, purged, erased)."),
    EventSpec(E.POST_DELETED, (_M,), PostShown, "Its author deleted a post."),
    EventSpec(E.POST_HIDDEN, (_TH,), PostGone, "A moderator hid a post."),
    EventSpec(E.POST_APPROVED, (_TH,), PostShown, "A held post is shown."),
    EventSpec(E.POST_RESTORED, (_TH,), PostShown, "A hidden post is shown again."),
    EventSpec(E.POST_REACTIONS, (_TH,), PostReactions, "A post's reaction counts changed."),
    EventSpec(E.POST_PENDING, (_M,), PostShown, "A post waits for approval."),
    EventSpec(E.THREAD_PENDING, (_M,), api.ThreadCreated, "A new thread waits for approval."),
    *_same(_MODERATED_POSTS, (_M,), PostModerated, "A moderator acted on a post."),
    EventSpec(E.MODERATION_PURGE, (_M,), PostPurged, "A teacher admin purged a post."),
    *_same(_MODERATED_THREADS, (_M,), ThreadModerated, "A moderator pinned or locked a thread."),
    EventSpec(E.REPORT_CREATED, (_M,), ReportFiled, "A post was reported."),
    EventSpec(E.REPORT_RESOLVED, (_M,), ReportResolved, "A report was resolved."),
    EventSpec(E.MEMBER_MUTED, (_M,), MuteChanged, "A member was muted."),
    EventSpec(E.MEMBER_UNMUTED, (_M,), MuteChanged, "A member's mute ended."),
    EventSpec(E.JOIN_REQUEST_CREATED, (_M,), JoinRequestFiled, "Someone asks to join the group."),
    EventSpec(
        E.JOIN_REQUEST_CLOSED, (_M,), JoinRequestClosed, "A join request was decided or withdrawn."
    ),
    EventSpec(E.POST_PENDING, (_N,), HeldNotice, "Your post waits for a teacher."),
    EventSpec(E.POST_HIDDEN, (_N,), PostNotice, "A teacher hid your post."),
    EventSpec(E.POST_APPROVED, (_N,), PostNotice, "A teacher approved your post."),
    EventSpec(E.POST_RESTORED, (_N,), PostNotice, "A teacher showed your post again."),
    EventSpec(E.POST_MY_REACTIONS, (_N,), MyReactions, "Your own reactions to a post changed."),
    EventSpec(E.POST_REJECTED, (_N,), PostNotice, "A teacher did not approve your post."),
    EventSpec(E.POST_PURGED, (_N,), PurgedNotice, "A teacher removed your post."),
    EventSpec(E.MEMBER_MUTED, (_N,), MuteNotice, "You were muted."),
    EventSpec(E.MEMBER_UNMUTED, (_N,), MuteNotice, "You may write again."),
    EventSpec(E.CHAT_MENTION, (_N,), MentionNotice, "Someone named you in a chat."),
    EventSpec(E.THREAD_READ, (_N,), ReadNotice, "You read a thread (in another tab)."),
    *_same(_FOLDER_CHANGES, (_A,), FolderShown, "A folder is new or changed."),
    EventSpec(E.FOLDER_PURGED, (_A,), FolderPurged, "A folder was deleted for good."),
    *_same(_FILE_CHANGES, (_A,), FileShown, "A file is new or changed."),
    EventSpec(E.FILE_PURGED, (_A,), FilePurged, "A file was deleted for good."),
    EventSpec(E.TYPING, (ChannelKind.TYPING,), Typing, "Someone is typing in the chat."),
    EventSpec(E.PARTICIPANT, (ChannelKind.VIDEO,), api.ParticipantOut, "A participant now."),
    EventSpec(E.SESSION, (ChannelKind.VIDEO,), SessionNow, "The session now."),
    EventSpec(E.MODERATED, (ChannelKind.VIDEO,), VideoModerated, "A moderation action."),
    EventSpec(E.JOIN, (ChannelKind.PRESENCE,), PresenceMember, "A member came online."),
    EventSpec(E.LEAVE, (ChannelKind.PRESENCE,), PresenceGone, "A member went offline."),
    EventSpec(E.QUESTION_ASKED, (ChannelKind.QA,), QuestionShown, "A question was asked."),
    EventSpec(E.QUESTION_VOTED, (ChannelKind.QA,), QuestionVotes, "A question was upvoted."),
    EventSpec(
        E.QUESTION_MODERATED,
        (ChannelKind.QA,),
        QuestionShown,
        "A moderator picked, answered, put back or restored a question.",
    ),
    EventSpec(E.QUESTION_HIDDEN, (ChannelKind.QA,), QuestionGone, "A moderator hid a question."),
    EventSpec(
        E.LIVE_SESSION,
        (ChannelKind.QA, ChannelKind.STAGE),
        LiveNow,
        "The webinar now: started, ended, who speaks, whether it records.",
    ),
    EventSpec(E.LIVE_HAND, (ChannelKind.STAGE,), HandNow, "A viewer raised or lowered a hand."),
    EventSpec(
        E.LIVE_WATCHING,
        (ChannelKind.STAGE,),
        Watching,
        "How many watch (at most once a second, when it changed).",
    ),
    EventSpec(
        E.RECORDING_PROCESSED,
        (ChannelKind.QA,),
        TakeProcessed,
        "A recording's take was processed: its files are listed with the event.",
    ),
    EventSpec(
        E.EVENT_PLACES,
        (ChannelKind.QA,),
        PlacesNow,
        "The event's places now: registered and waiting counts (never who).",
    ),
    EventSpec(
        E.REGISTRATION_CHANGED,
        (ChannelKind.SEAT,),
        SeatNow,
        "Your registration changed (the organiser's: anyone's), a move up from the waiting "
        "list too.",
    ),
    EventSpec(
        E.LIVE_STAGE,
        (ChannelKind.SEAT,),
        StageNow,
        "You were promoted to speak or taken off the stage (your publisher kicked at Janus).",
    ),
    EventSpec(
        E.EVENT_ATTENDANCE,
        (ChannelKind.SEAT,),
        AttendanceNow,
        "The organiser's: who follows the running event changed (at most once a second); "
        "read the attendance again.",
    ),
)

PAYLOAD_TYPES: Final[dict[tuple[EventName, ChannelKind], type[Any]]] = {
    (spec.name, kind): spec.payload for spec in EVENT_SPECS for kind in spec.kinds
}


def payload_type(name: EventName, kind: ChannelKind) -> type[Any] | None:
    """The type of ``name``'s data on a channel of ``kind``; None if it is never sent there."""
    return PAYLOAD_TYPES.get((name, kind))


def check_event(channel: str, name: EventName, payload: EventPayload) -> None:
    """Raise InvariantBroken unless ``payload`` is what ``name`` carries on ``channel``: a server
    bug, caught where the event is added rather than by a client that cannot read it."""
    kind = Channel.parse(channel).kind
    expected = payload_type(name, kind)
    if expected is None or type(payload) is not expected:
        wanted = expected.__name__ if expected else "nothing"
        raise InvariantBroken(f"{name} on {kind} carries {wanted}, not {type(payload).__name__}")


def strip_allowed(value: Any) -> Any:
    """``value`` without any ``allowed`` key, at any depth."""
    if isinstance(value, dict):
        return {k: strip_allowed(v) for k, v in value.items() if k != "allowed"}
    if isinstance(value, list):
        return [strip_allowed(v) for v in value]
    return value


def event_data(payload: msgspec.Struct) -> dict[str, Any]:
    """The ``data`` of an event: the payload's fields, without ``allowed`` lists (an answer
    shared with every subscriber carries no caller's rights)."""
    built = strip_allowed(msgspec.to_builtins(payload))
    if not isinstance(built, dict):  # an `array_like` struct: no fields to name
        raise InvariantBroken(f"{type(payload).__name__} does not encode as an object")
    return built


def encode_event(name: EventName, payload: EventPayload) -> bytes:
    """The encoded body (``{"event": ..., "data": ...}``) the broker carries."""
    return encode_event_body(name, event_data(payload))


_body_decoder = msgspec.json.Decoder(EventBody)


def decode_event(kind: ChannelKind, body: bytes) -> tuple[EventName, Any]:
    """The name and typed payload of an event body received on a channel of ``kind``, or
    ProtocolError (``invalid``) for a name or payload the server never sends there."""
    try:
        raw = _body_decoder.decode(body)
        name = EventName(raw.event)
    except (msgspec.DecodeError, ValueError):
        raise ProtocolError("not an event body", code=ErrorCode.INVALID) from None
    expected = payload_type(name, kind)
    if expected is None:
        raise ProtocolError(f"no {name} event on {kind}", code=ErrorCode.INVALID)
    try:
        return name, msgspec.convert(raw.data, expected)
    except msgspec.ValidationError as exc:
        raise ProtocolError(f"bad {name} payload: {exc}", code=ErrorCode.INVALID) from None
