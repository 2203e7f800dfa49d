"""The rules of events and webinars (issue 22, DOMAIN.md "Events and webinars"), a table of
their own: who organises an event for which audience, who sees one, registers, edits,
cancels and reads its registrants.

An event's audience is every eTwinner (of one country, for a national admin's event), one
group's members or one twinspace's members; outside it the event does not exist (CONCEAL,
the answer for an event that does not exist). Pupils and guests are in no audience but their
twinspaces': to them every other event does not exist. The caller reads where the asker
stands (:class:`EventFacts`) and asks; nothing here does I/O.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from protocol.vocabulary import (
    TEACHER_ROLES,
    AccountKind,
    AccountStatus,
    EventAudience,
    EventState,
    EventVerb,
    Role,
)

from .actions import EventAction
from .facts import Actor, Decision
from .verdicts import allow, conceal, deny

#: Who schedules an event for a group: its owners and moderators (group_rules.GROUP_MODERATORS,
#: restated here so that this table reads alone).
GROUP_ORGANISERS: frozenset[Role] = frozenset({Role.FOUNDER, Role.ADMIN})
NO_SUCH_EVENT = "no such event"


@dataclass(frozen=True, slots=True)
class EventPlanFacts:
    """An event someone would schedule: for whom, and the asker's role in the group or
    twinspace it is for (None: not a member, or no such space of that kind)."""

    audience: EventAudience
    role: Role | None
    #: The group or twinspace is archived: read-only, no new event.
    archived: bool = False


@dataclass(frozen=True, slots=True)
class EventFacts:
    """One event as the asker stands with it (the caller reads it; None: no such event)."""

    audience: EventAudience
    #: The country a national admin's event is for; None: every eTwinner.
    country: str | None
    #: The asker's role in the event's group or twinspace (None: not a member, or the
    #: audience is every eTwinner).
    role: Role | None
    organiser: bool
    speaker: bool
    state: EventState
    #: The asker holds a place (registered, not waiting).
    registered: bool = False
    #: The event's group or twinspace is archived: read-only (the organiser may still cancel).
    space_archived: bool = False
    #: A teacher's mute of the asker runs in the event's space: reads, does not ask.
    muted: bool = False
    #: The event's video session runs (started, not ended; issue 22's live webinar).
    session_live: bool = False
    #: The asker was promoted from the audience to speak in the running session.
    on_stage: bool = False


@dataclass(frozen=True, slots=True)
class StageFacts:
    """The person a moderator would promote to speak (or return to the audience)."""

    #: Holds a place at the event (registered, not waiting).
    registered: bool
    #: The organiser or a speaker: always on the stage, never promoted nor returned.
    speaker: bool
    #: A teacher's mute runs on them in the event's space: they do not speak.
    muted: bool = False


def still_named(audience: EventAudience, role: Role | None) -> bool:
    """Whether a named speaker could still be named: for a group's or twinspace's event one
    of its teachers (``events.check_speakers`` names no one else); removed, banned or no
    longer a teacher there, they are no speaker of it any more."""
    return audience is EventAudience.ETWINNERS or role in TEACHER_ROLES


def is_speaker(event: EventFacts) -> bool:
    """A named speaker the event still counts (:func:`still_named`). One it no longer counts
    neither runs, moderates nor speaks, and sees the event only if they are of its audience:
    the policy follows their place in the space now, not the list as it was written."""
    return event.speaker and still_named(event.audience, event.role)


def moderates(event: EventFacts) -> bool:
    """Who moderates an event's Q&A: its organiser and speakers, and for a group's event the
    group's owners and moderators."""
    if event.organiser or is_speaker(event):
        return True
    return event.audience is EventAudience.GROUP and event.role in GROUP_ORGANISERS


def is_etwinner(actor: Actor) -> bool:
    return actor.kind is AccountKind.TEACHER and actor.status is AccountStatus.ACTIVE


def in_audience(actor: Actor, event: EventFacts) -> bool:
    """Whether the asker is one of those the event is for."""
    if actor.status is not AccountStatus.ACTIVE:
        return False
    if event.audience is EventAudience.ETWINNERS:
        return is_etwinner(actor) and (event.country is None or event.country == actor.country)
    if event.audience is EventAudience.GROUP:
        return is_etwinner(actor) and event.role is not None
    return event.role is not None  # a twinspace: every member, pupils and guests too


def sees(actor: Actor, event: EventFacts | None) -> bool:
    """The event exists for the asker: its audience, its organiser and its speakers."""
    if event is None:
        return False
    return event.organiser or is_speaker(event) or in_audience(actor, event)


# -- scheduling ---------------------------------------------------------------------------------


def plan(actor: Actor, facts: EventPlanFacts | None) -> Decision:
    """Every eTwinner for all eTwinners, a national admin for its country's eTwinners, a
    group's owners and moderators for the group, a twinspace's teachers for the twinspace."""
    if facts is None:
        return conceal("no such space")
    if facts.audience is EventAudience.ETWINNERS:
        if is_etwinner(actor):
            return allow()
        if actor.kind is AccountKind.NATIONAL_ADMIN and actor.country is not None:
            return allow("for the eTwinners of the national admin's country")
        return conceal("events exist for eTwinners and their spaces only")
    if facts.role is None:
        return conceal("no such space")
    if facts.archived:
        return deny("the space is archived")
    if facts.audience is EventAudience.GROUP:
        if is_etwinner(actor) and facts.role in GROUP_ORGANISERS:
            return allow()
        return deny("a group's owners and moderators schedule its events")
    if is_etwinner(actor) and facts.role in TEACHER_ROLES:
        return allow()
    return deny("a twinspace's teachers schedule its events")


# -- one event ----------------------------------------------------------------------------------

EventRule = Callable[[Actor, EventFacts], Decision]


def see_event(actor: Actor, event: EventFacts) -> Decision:
    return allow()


def organiser_only(reason: str, *, while_open: bool, read_only: bool = False) -> EventRule:
    """The organiser's; ``while_open``: only while the event is neither cancelled nor over;
    ``read_only``: not in an archived space."""

    def rule(actor: Actor, event: EventFacts) -> Decision:
        if not event.organiser:
            return deny(reason)
        if while_open and event.state is EventState.CANCELLED:
            return deny("the event is cancelled")
        if while_open and event.state is EventState.ENDED:
            return deny("the event is over")
        if read_only and event.space_archived:
            return deny("the space is archived")
        return allow()

    return rule


def take_part(registering: bool) -> EventRule:
    """Register (a place, or the waiting list at capacity) or give one's place back: the
    audience, while the event is neither cancelled nor over. The organiser and the speakers
    take part without a place."""

    def rule(actor: Actor, event: EventFacts) -> Decision:
        if event.state is EventState.CANCELLED:
            return deny("the event is cancelled")
        if event.state is EventState.ENDED:
            return deny("the event is over")
        if not registering:
            return allow()  # one's place, or nothing to give back (the service answers alike)
        if event.space_archived:
            return deny("the space is archived")
        if event.organiser or is_speaker(event):
            return deny("the organiser and the speakers need no place")
        if not in_audience(actor, event):
            return deny("only the event's audience registers")
        return allow()

    return rule


def read_questions(actor: Actor, event: EventFacts) -> Decision:
    """Live and afterwards (the Q&A is kept with the event), cancelled or not."""
    return allow()


def ask_question(actor: Actor, event: EventFacts) -> Decision:
    """Those with a place, and the moderators, while the event is neither cancelled nor over."""
    if event.state is EventState.CANCELLED:
        return deny("the event is cancelled")
    if event.state is EventState.ENDED:
        return deny("the event is over")
    if event.space_archived:
        return deny("the space is archived")
    if event.muted:
        return deny("muted: reads, does not ask")
    if event.registered or moderates(event):
        return allow()
    return deny("those with a place ask and upvote")


def moderate_questions(actor: Actor, event: EventFacts) -> Decision:
    """After the event too: answers written up later, a question hidden later."""
    if not moderates(event):
        return deny("the organiser, the speakers and a group's moderators moderate the Q&A")
    if event.space_archived:
        return deny("the space is archived")
    return allow()


# -- the live webinar ---------------------------------------------------------------------------


def runs_it(event: EventFacts) -> bool:
    return event.organiser or is_speaker(event)


def start_live(actor: Actor, event: EventFacts) -> Decision:
    """At the event's time (between its start and its end), by its organiser or a speaker."""
    if not runs_it(event):
        return deny("the organiser and the speakers start the live session")
    if event.state is not EventState.LIVE:
        return deny(f"the event is not running ({event.state})")
    if event.space_archived:
        return deny("the space is archived")
    return allow()


def end_live(actor: Actor, event: EventFacts) -> Decision:
    if not runs_it(event):
        return deny("the organiser and the speakers end the live session")
    if not event.session_live:
        return deny("no live session runs")
    return allow()


def watch_live(actor: Actor, event: EventFacts) -> Decision:
    """Subscribe only: those with a place, and the moderators (who also publish or not)."""
    if not event.session_live or event.state is not EventState.LIVE:
        return deny("no live session runs")
    if event.registered or moderates(event):
        return allow()
    return deny("those with a place watch")


def on_air(status: AccountStatus) -> Decision:
    """Anyone on a stage, the organiser too, speaks only with an active account: a suspended
    one (DOMAIN.md: it loses every live connection at once) is off every stage, at Janus."""
    if status is not AccountStatus.ACTIVE:
        return deny("the account is not active: does not speak")
    return allow()


def host_speaks(
    audience: EventAudience,
    role: Role | None,
    muted: bool,
    status: AccountStatus,
    *,
    organiser: bool,
) -> Decision:
    """Whether a host of the event (its organiser or a named speaker) speaks now. Not when
    suspended (:func:`on_air`), nor when muted in the event's space (DOMAIN.md: a mute reads,
    cannot speak; the organiser's too). A named speaker also speaks only while they could
    still be named (:func:`still_named`: for a group's or twinspace's event one of its
    teachers; removed, banned or made a pupil, no longer). The organiser hosts the event they
    scheduled whatever their role there now. The same mute holds a promoted viewer back
    (:func:`publish_live`)."""
    active = on_air(status)
    if not active.allowed:
        return active
    if not organiser and not still_named(audience, role):
        return deny("no longer one of the space's teachers: does not speak")
    if muted:
        return deny("muted: does not speak")
    return allow()


def publish_live(actor: Actor, event: EventFacts) -> Decision:
    """The organiser, the speakers, and who the moderators promoted; never the audience."""
    if not event.session_live or event.state is not EventState.LIVE:
        return deny("no live session runs")
    active = on_air(actor.status)
    if not active.allowed:
        return active
    if event.organiser or is_speaker(event):
        return host_speaks(
            event.audience, event.role, event.muted, actor.status, organiser=event.organiser
        )
    if not event.on_stage:
        return deny("the audience watches; a moderator promotes a raised hand to speak")
    if event.muted:
        return deny("muted: does not speak")
    return allow()


def raise_hand(actor: Actor, event: EventFacts) -> Decision:
    if not event.session_live or event.state is not EventState.LIVE:
        return deny("no live session runs")
    if runs_it(event) or event.on_stage:
        return deny("already speaking")
    if not event.registered:
        return deny("those with a place raise a hand")
    if event.muted:
        return deny("muted: does not speak")
    return allow()


def see_stage(actor: Actor, event: EventFacts) -> Decision:
    if not moderates(event):
        return deny("the organiser, the speakers and a group's moderators see the stage")
    return allow()


def moderate_live(actor: Actor, event: EventFacts) -> Decision:
    if not moderates(event):
        return deny("the organiser, the speakers and a group's moderators run the stage")
    if not event.session_live:
        return deny("no live session runs")
    if event.space_archived:
        return deny("the space is archived")
    return allow()


#: Audiences with no pupils: every eTwinner (of a country), a group (eTwinners only). A
#: twinspace's may hold pupils, now or later: never recorded (DOMAIN.md).
RECORDABLE: frozenset[EventAudience] = frozenset({EventAudience.ETWINNERS, EventAudience.GROUP})


def record_live(actor: Actor, event: EventFacts) -> Decision:
    if not event.organiser:
        return deny("only the organiser records")
    if event.audience not in RECORDABLE:
        return deny("a session with pupils is never recorded")
    if not event.session_live:
        return deny("no live session runs")
    if event.space_archived:
        return deny("the space is archived")
    return allow()


EVENT_RULES: dict[EventAction, EventRule] = {
    EventAction.SEE_EVENT: see_event,
    EventAction.EDIT_EVENT: organiser_only(
        "only the organiser edits an event", while_open=True, read_only=True
    ),
    EventAction.CANCEL_EVENT: organiser_only(
        "only the organiser cancels an event", while_open=True
    ),
    EventAction.REGISTER: take_part(registering=True),
    EventAction.UNREGISTER: take_part(registering=False),
    EventAction.LIST_REGISTRANTS: organiser_only(
        "only the organiser reads the registrants", while_open=False
    ),
    EventAction.READ_ATTENDANCE: organiser_only(
        "only the organiser reads the attendance", while_open=False
    ),
    EventAction.READ_QUESTIONS: read_questions,
    EventAction.ASK_QUESTION: ask_question,
    EventAction.MODERATE_QUESTIONS: moderate_questions,
    EventAction.START_LIVE: start_live,
    EventAction.END_LIVE: end_live,
    EventAction.WATCH_LIVE: watch_live,
    EventAction.PUBLISH_LIVE: publish_live,
    EventAction.RAISE_HAND: raise_hand,
    EventAction.MODERATE_LIVE: moderate_live,
    EventAction.SEE_STAGE: see_stage,
    EventAction.RECORD_LIVE: record_live,
}


def decide_event(actor: Actor, action: EventAction, event: EventFacts | None) -> Decision:
    """Decide an action on one event. An event the asker is not in the audience of (nor its
    organiser or a speaker) is concealed, as one that does not exist, whatever the action."""
    if not sees(actor, event) or event is None:
        return conceal(NO_SUCH_EVENT)
    return EVENT_RULES[action](actor, event)


def decide_stage(actor: Actor, event: EventFacts | None, target: StageFacts) -> Decision:
    """Promote someone to speak (or return them): MODERATE_LIVE, and the one promoted holds a
    place, is not muted, and is no speaker already (the organiser and the speakers are always
    on the stage)."""
    decision = decide_event(actor, EventAction.MODERATE_LIVE, event)
    if not decision.allowed:
        return decision
    if target.speaker:
        return deny("the organiser and the speakers are always on the stage")
    if not target.registered:
        return deny("only someone with a place is promoted")
    if target.muted:
        return deny("muted: does not speak")
    return allow()


#: The verbs of ``EventOut.allowed``, each one question to :func:`decide_event`.
EVENT_VERBS: dict[EventVerb, EventAction] = {
    EventVerb.EDIT: EventAction.EDIT_EVENT,
    EventVerb.CANCEL: EventAction.CANCEL_EVENT,
    EventVerb.REGISTER: EventAction.REGISTER,
    EventVerb.UNREGISTER: EventAction.UNREGISTER,
    EventVerb.LIST_REGISTRANTS: EventAction.LIST_REGISTRANTS,
    EventVerb.READ_ATTENDANCE: EventAction.READ_ATTENDANCE,
    EventVerb.ASK_QUESTION: EventAction.ASK_QUESTION,
    EventVerb.MODERATE_QUESTIONS: EventAction.MODERATE_QUESTIONS,
    EventVerb.START_LIVE: EventAction.START_LIVE,
    EventVerb.END_LIVE: EventAction.END_LIVE,
    EventVerb.WATCH_LIVE: EventAction.WATCH_LIVE,
    EventVerb.PUBLISH_LIVE: EventAction.PUBLISH_LIVE,
    EventVerb.RAISE_HAND: EventAction.RAISE_HAND,
    EventVerb.MODERATE_LIVE: EventAction.MODERATE_LIVE,
    EventVerb.SEE_STAGE: EventAction.SEE_STAGE,
    EventVerb.RECORD_LIVE: EventAction.RECORD_LIVE,
}


def event_allowed(actor: Actor, event: EventFacts, *, entered: bool) -> list[EventVerb]:
    """What the asker may do with the event, in the verbs' order (not a second rule set:
    :func:`decide_event` for each). ``entered``: the asker holds a place or waits; the
    policy allows registering again (the same answer) and giving back nothing (the same
    204), but a page offers ``register`` only to who has not, ``unregister`` only to who has."""
    pointless = {EventVerb.REGISTER} if entered else {EventVerb.UNREGISTER}
    return [
        verb
        for verb, action in EVENT_VERBS.items()
        if verb not in pointless and decide_event(actor, action, event).allowed
    ]


def decide_seat(actor: Actor, event: EventFacts | None, account_id: int) -> Decision:
    """``seat:EVENT:ACCOUNT``, one person's own place at an event: that person, while the
    event exists for them; another's seat is concealed (as a channel that does not exist)."""
    if account_id != actor.account_id:
        return conceal("another person's seat")
    return decide_event(actor, EventAction.SEE_EVENT, event)


def decide_event_plan(actor: Actor, facts: EventPlanFacts | None) -> Decision:
    """Decide scheduling an event (``EventAction.CREATE_EVENT``) for an audience."""
    return plan(actor, facts)
