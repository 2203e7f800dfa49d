"""Request and response bodies of the events' HTTP API (issue 22): scheduling, the list of
upcoming events, registration and the waiting list. Strict like protocol/api.py, whose base
types they share."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import msgspec

from .api import Body, Description, IceServerOut, Id, Language, Out, Reason, Title
from .vocabulary import (
    EventAudience,
    EventState,
    EventVerb,
    LiveState,
    QuestionState,
    QuestionVerb,
    Registration,
)

#: A start with its offset (``2027-01-14T16:00:00Z``, ``…+01:00``): a time without one
#: would mean something else in each reader's time zone, so it is refused (``format``).
Start = Annotated[dt.datetime, msgspec.Meta(tz=True)]
#: An event lasts 5 minutes to 8 hours (a webinar is about one).
MIN_DURATION_MINUTES = 5
MAX_DURATION_MINUTES = 8 * 60
Duration = Annotated[int, msgspec.Meta(ge=MIN_DURATION_MINUTES, le=MAX_DURATION_MINUTES)]
#: Places at one event: 1 to 10,000 (what one SFU room of subscribe-only viewers could serve
#: is measured by loadtest.webinar, not promised here).
MAX_CAPACITY = 10_000
Capacity = Annotated[int, msgspec.Meta(ge=1, le=MAX_CAPACITY)]
#: At most 10 speakers, eTwinners, in the order they are shown.
MAX_SPEAKERS = 10
Speakers = Annotated[list[Id], msgspec.Meta(max_length=MAX_SPEAKERS)]
#: A page of upcoming events: 20 by default, at most 100.
EVENT_PAGE_DEFAULT = 20
EVENT_PAGE_MAX = 100


class CreateEvent(Body):
    title: Title
    language: Language
    starts_at: Start
    duration_minutes: Duration
    capacity: Capacity
    description: Description = ""
    #: Who may see it and register: every eTwinner, one group's or one twinspace's members.
    audience: EventAudience = EventAudience.ETWINNERS
    #: The group or twinspace (required for those audiences; absent for every eTwinner).
    space_id: Id | None = None
    speakers: Speakers = msgspec.field(default_factory=list)


class UpdateEvent(Body):
    """What the organiser changes; absent fields stay. The audience does not change."""

    title: Title | None = None
    description: Description | None = None
    language: Language | None = None
    starts_at: Start | None = None
    duration_minutes: Duration | None = None
    capacity: Capacity | None = None
    speakers: Speakers | None = None


class CancelEvent(Body):
    reason: Reason = ""


class PersonOut(Out):
    id: int
    display_name: str


class EventOut(Out):
    id: int
    title: str
    description: str
    language: str
    audience: EventAudience
    space_id: int | None
    #: A national admin's event is for the eTwinners of this country.
    country: str | None
    organiser: PersonOut | None
    speakers: list[PersonOut]
    starts_at: dt.datetime
    ends_at: dt.datetime
    duration_minutes: int
    capacity: int
    #: Places taken, and how many wait for one.
    registered: int
    waiting: int
    state: EventState
    #: Where the caller stands, and their turn on the waiting list (1: next).
    my_registration: Registration
    my_waiting_position: int | None = None
    #: The caller organises it (edits, cancels, reads the registrants).
    organising: bool = False
    #: What the caller may do with it, the policy's answer (a group's owners and moderators
    #: get ``moderate_questions`` and ``moderate_live`` for the group's events): show those
    #: controls and no others; the server still decides each request.
    allowed: list[EventVerb] = msgspec.field(default_factory=list)


class EventPage(Out):
    events: list[EventOut]
    #: Give it as ``cursor`` for the next page; None on the last one.
    next_cursor: str | None = None


class RegistrantOut(Out):
    account_id: int
    display_name: str
    #: When they registered (the waiting list's order).
    at: dt.datetime
    #: When they got their place (None while waiting).
    placed_at: dt.datetime | None = None


class RegistrantsOut(Out):
    """The organiser's lists: who holds a place, and who waits, in order."""

    registered: list[RegistrantOut]
    waiting: list[RegistrantOut]


# -- the Q&A -------------------------------------------------------------------------------------

#: A question: 1 to 500 characters, not blank.
QuestionText = Annotated[str, msgspec.Meta(min_length=1, max_length=500, pattern=r"\S")]
#: A written answer: at most 5,000 characters (empty: answered aloud).
AnswerText = Annotated[str, msgspec.Meta(max_length=5000)]

#: The moderators' moves: from each state, what each verb leads to (absent: refused, 409).
QUESTION_MOVES: dict[QuestionState, dict[QuestionVerb, QuestionState]] = {
    QuestionState.OPEN: {
        QuestionVerb.PICK: QuestionState.PICKED,
        QuestionVerb.ANSWER: QuestionState.ANSWERED,
        QuestionVerb.HIDE: QuestionState.HIDDEN,
    },
    QuestionState.PICKED: {
        QuestionVerb.UNPICK: QuestionState.OPEN,
        QuestionVerb.ANSWER: QuestionState.ANSWERED,
        QuestionVerb.HIDE: QuestionState.HIDDEN,
    },
    QuestionState.ANSWERED: {
        QuestionVerb.ANSWER: QuestionState.ANSWERED,  # the written answer changed
        QuestionVerb.HIDE: QuestionState.HIDDEN,
    },
    QuestionState.HIDDEN: {QuestionVerb.RESTORE: QuestionState.OPEN},
}


class AskQuestion(Body):
    body: QuestionText


class ModerateQuestion(Body):
    verb: QuestionVerb
    #: With ``answer``: the written answer (kept with the event).
    answer: AnswerText = ""


class QuestionOut(Out):
    id: int
    event_id: int
    body: str
    #: The asker's name (None once the account is gone).
    author: str | None
    state: QuestionState
    votes: int
    answer: str
    at: dt.datetime
    #: The caller upvoted it (answers only; events leave it out).
    voted: bool = False


class AttendeeOut(Out):
    """One person who followed the event live (the organiser's list)."""

    account_id: int
    display_name: str
    first_joined_at: dt.datetime
    last_left_at: dt.datetime
    #: Time in the event, between its start and its end, several tabs counted once.
    seconds: int


# -- the live webinar ----------------------------------------------------------------------------


class SpeakerOut(Out):
    """Someone who may publish in the webinar now: the organiser, a speaker, or a viewer a
    moderator promoted. Their publisher id in the SFU room is their account id."""

    account_id: int
    display_name: str
    #: Promoted from the audience (a moderator may return them).
    promoted: bool
    #: Publishes now (the audience subscribes to this publisher id's feed).
    publishing: bool


class HandOut(Out):
    """A viewer whose hand is raised (the moderators' list), the oldest first."""

    account_id: int
    display_name: str
    raised_at: dt.datetime


class LiveOut(Out):
    """The event's video session as the asker sees it. ``watching`` and ``hands`` are the
    moderators' (None for the audience); the live changes come on ``qa:EVENT``
    (``live.session``) and, for the moderators, on ``stage:EVENT``."""

    event_id: int
    state: LiveState
    started_at: dt.datetime | None
    ended_at: dt.datetime | None
    #: Janus records the speakers: every page shows that it records while this is true.
    recording: bool
    speakers: list[SpeakerOut]
    watching: int | None = None
    hands: list[HandOut] | None = None


class LiveSfuOut(Out):
    """How to reach the session's SFU room. The audience gets no token and no publisher id:
    it subscribes to the speakers' feeds (their account ids) and holds no publisher handle;
    Janus refuses a publisher join without a token."""

    url: str
    room: int
    #: Present only for who may publish (PUBLISH_LIVE): their join token for this room.
    token: str | None = None
    publisher_id: int | None = None


class LiveJoined(Out):
    """The answer to starting or joining the webinar."""

    live: LiveOut
    #: Whether to ask for the camera and the microphone: False for the audience.
    may_publish: bool
    hand_raised: bool
    sfu: LiveSfuOut
    ice_servers: list[IceServerOut]


class RaiseHand(Body):
    raised: bool


class StageMove(Body):
    """Promote a viewer to speak (``on_stage`` true) or return them to the audience."""

    on_stage: bool


class RecordingSwitch(Body):
    """Start (``recording`` true) or stop Janus's recording of the speakers."""

    recording: bool


class Publishing(Body):
    """Who may publish says when its publisher is up (or down) at the SFU, so that the
    audience subscribes to its feed."""

    publishing: bool


class RecordingOut(Out):
    """One file of the event's recording: one speaker's video (WebM) or audio (Ogg Opus)."""

    id: int
    speaker: str | None
    kind: str
    content_type: str
    size: int
    created_at: dt.datetime
    #: The take (one stretch of recording, from "Start recording" to "Stop recording") the
    #: file belongs to, when it started and how long it lasted, in whole seconds.
    take_id: int
    started_at: dt.datetime
    seconds: int


class RecordingsProcessing(Out):
    """How many of the event's takes are still being processed into files (0: none)."""

    takes: int
