"""Events in the policy (issue 22): who schedules an event for which audience, and every action
on one event by every kind of asker for every audience and state, as tables."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from protocol.vocabulary import (
    AccountId,
    AccountKind,
    AccountStatus,
    EventAudience,
    EventState,
    Role,
)
from server.policy import (
    EVENT_RULES,
    Actor,
    EventAction,
    EventFacts,
    EventPlanFacts,
    Outcome,
    decide_event,
    decide_event_plan,
)

A = Outcome.ALLOW
D = Outcome.DENY
C = Outcome.CONCEAL
ME = AccountId(1)

#: Who asks, with the role they hold in the event's group or twinspace (None: none).
ASKERS: dict[str, tuple[Actor, Role | None]] = {
    "etwinner": (Actor(ME, AccountKind.TEACHER, AccountStatus.ACTIVE, "FR"), None),
    "etwinner_pl": (Actor(ME, AccountKind.TEACHER, AccountStatus.ACTIVE, "PL"), None),
    "pending": (Actor(ME, AccountKind.TEACHER, AccountStatus.PENDING, "FR"), None),
    "national_admin": (Actor(ME, AccountKind.NATIONAL_ADMIN, AccountStatus.ACTIVE, "FR"), None),
    "owner": (Actor(ME, AccountKind.TEACHER, AccountStatus.ACTIVE, "FR"), Role.FOUNDER),
    "moderator": (Actor(ME, AccountKind.TEACHER, AccountStatus.ACTIVE, "FR"), Role.ADMIN),
    "member": (Actor(ME, AccountKind.TEACHER, AccountStatus.ACTIVE, "FR"), Role.TEACHER),
    "pupil_admin": (Actor(ME, AccountKind.PUPIL, AccountStatus.ACTIVE), Role.PUPIL_ADMIN),
    "pupil": (Actor(ME, AccountKind.PUPIL, AccountStatus.ACTIVE), Role.PUPIL),
    "guest": (Actor(ME, AccountKind.GUEST, AccountStatus.ACTIVE), Role.GUEST),
    "outside_pupil": (Actor(ME, AccountKind.PUPIL, AccountStatus.ACTIVE), None),
    "outside_guest": (Actor(ME, AccountKind.GUEST, AccountStatus.ACTIVE), None),
}
E, G, T = EventAudience.ETWINNERS, EventAudience.GROUP, EventAudience.TWINSPACE

#: Scheduling: (asker, audience) -> the answer. A group's and a twinspace's roles are only
#: held by the askers that name one; pupils and guests hold no group role (ROLES_FOR).
PLAN: dict[tuple[str, EventAudience], Outcome] = {
    ("etwinner", E): A,
    ("etwinner", G): C,  # not a member: the group's spaces' 404
    ("etwinner", T): C,
    ("pending", E): C,
    ("pending", G): C,
    ("national_admin", E): A,  # for the eTwinners of its country
    ("national_admin", G): C,
    ("national_admin", T): C,
    ("owner", G): A,
    ("moderator", G): A,
    ("member", G): D,
    ("owner", T): A,
    ("moderator", T): A,
    ("member", T): A,  # a twinspace's plain teacher too
    ("pupil_admin", T): D,
    ("pupil", T): D,
    ("guest", T): D,
    ("pupil", E): C,  # to pupils and guests teachers' events do not exist
    ("guest", E): C,
}


@pytest.mark.parametrize(("asker", "audience"), list(PLAN), ids=str)
def test_who_schedules_an_event_for_which_audience(asker: str, audience: EventAudience) -> None:
    actor, role = ASKERS[asker]
    facts = EventPlanFacts(audience=audience, role=role)
    assert decide_event_plan(actor, facts).outcome is PLAN[(asker, audience)]


def test_scheduling_for_a_space_that_is_not_there_is_concealed() -> None:
    assert decide_event_plan(ASKERS["etwinner"][0], None).outcome is C


def event(
    audience: EventAudience,
    role: Role | None,
    *,
    state: EventState = EventState.SCHEDULED,
    organiser: bool = False,
    speaker: bool = False,
    country: str | None = None,
) -> EventFacts:
    return EventFacts(
        audience=audience,
        country=country,
        role=role,
        organiser=organiser,
        speaker=speaker,
        state=state,
    )


#: Who is in each audience (a plain person of it, neither organiser nor speaker).
AUDIENCE: dict[EventAudience, set[str]] = {
    E: {"etwinner", "etwinner_pl", "owner", "moderator", "member"},
    G: {"owner", "moderator", "member"},
    T: {"owner", "moderator", "member", "pupil_admin", "pupil", "guest"},
}
#: What a plain person of the audience gets, by the event's state.
AUDIENCE_GETS: dict[EventAction, dict[EventState, Outcome]] = {
    EventAction.SEE_EVENT: dict.fromkeys(EventState, A),
    EventAction.EDIT_EVENT: dict.fromkeys(EventState, D),
    EventAction.CANCEL_EVENT: dict.fromkeys(EventState, D),
    EventAction.REGISTER: {
        EventState.SCHEDULED: A,
        EventState.LIVE: A,  # late comers take a place while it runs
        EventState.ENDED: D,
        EventState.CANCELLED: D,
    },
    EventAction.UNREGISTER: {
        EventState.SCHEDULED: A,
        EventState.LIVE: A,
        EventState.ENDED: D,
        EventState.CANCELLED: D,
    },
    EventAction.LIST_REGISTRANTS: dict.fromkeys(EventState, D),
    EventAction.READ_ATTENDANCE: dict.fromkeys(EventState, D),
}
#: What the organiser gets (who needs no place).
ORGANISER_GETS: dict[EventAction, dict[EventState, Outcome]] = {
    EventAction.SEE_EVENT: dict.fromkeys(EventState, A),
    EventAction.EDIT_EVENT: {
        EventState.SCHEDULED: A,
        EventState.LIVE: A,
        EventState.ENDED: D,
        EventState.CANCELLED: D,
    },
    EventAction.CANCEL_EVENT: {
        EventState.SCHEDULED: A,
        EventState.LIVE: A,
        EventState.ENDED: D,
        EventState.CANCELLED: D,
    },
    EventAction.REGISTER: dict.fromkeys(EventState, D),
    EventAction.UNREGISTER: {
        EventState.SCHEDULED: A,  # nothing to give back: the service answers as done
        EventState.LIVE: A,
        EventState.ENDED: D,
        EventState.CANCELLED: D,
    },
    EventAction.LIST_REGISTRANTS: dict.fromkeys(EventState, A),
    EventAction.READ_ATTENDANCE: dict.fromkeys(EventState, A),
    EventAction.READ_QUESTIONS: dict.fromkeys(EventState, A),
    EventAction.ASK_QUESTION: {
        EventState.SCHEDULED: A,
        EventState.LIVE: A,
        EventState.ENDED: D,
        EventState.CANCELLED: D,
    },
    EventAction.MODERATE_QUESTIONS: dict.fromkeys(EventState, A),  # answers written up later
}


def audience_cases() -> Iterator[object]:
    for audience in EventAudience:
        for asker, (_, role) in ASKERS.items():
            if audience is E:
                role = None  # an event for all has no space to hold a role in
            for action in AUDIENCE_GETS:
                for state in EventState:
                    inside = asker in AUDIENCE[audience]
                    expected = AUDIENCE_GETS[action][state] if inside else C
                    yield pytest.param(
                        asker,
                        audience,
                        role,
                        action,
                        state,
                        expected,
                        id=f"{asker}-{audience}-{action}-{state}",
                    )


@pytest.mark.parametrize(
    ("asker", "audience", "role", "action", "state", "expected"), list(audience_cases())
)
def test_the_audience_sees_and_registers_outsiders_learn_nothing(
    asker: str,
    audience: EventAudience,
    role: Role | None,
    action: EventAction,
    state: EventState,
    expected: Outcome,
) -> None:
    actor = ASKERS[asker][0]
    facts = event(audience, role, state=state)
    assert decide_event(actor, action, facts).outcome is expected


@pytest.mark.parametrize("audience", list(EventAudience), ids=str)
@pytest.mark.parametrize("action", list(ORGANISER_GETS), ids=str)
@pytest.mark.parametrize("state", list(EventState), ids=str)
def test_the_organiser_edits_cancels_and_reads_the_registrants(
    audience: EventAudience, action: EventAction, state: EventState
) -> None:
    # The organiser sees the event even out of its audience (a national admin, a moderator
    # who has left the group since).
    for asker in ("national_admin", "etwinner"):
        actor = ASKERS[asker][0]
        facts = event(audience, None, state=state, organiser=True)
        assert decide_event(actor, action, facts).outcome is ORGANISER_GETS[action][state]


@pytest.mark.parametrize(
    ("action", "expected"),
    [
        (EventAction.SEE_EVENT, A),
        (EventAction.REGISTER, D),  # speakers need no place
        (EventAction.EDIT_EVENT, D),
        (EventAction.CANCEL_EVENT, D),
        (EventAction.LIST_REGISTRANTS, D),
    ],
    ids=str,
)
def test_a_speaker_sees_the_event_but_does_not_run_it(
    action: EventAction, expected: Outcome
) -> None:
    facts = event(G, Role.TEACHER, speaker=True)
    assert decide_event(ASKERS["etwinner"][0], action, facts).outcome is expected


def test_a_national_admins_event_is_for_the_eTwinners_of_its_country() -> None:  # noqa: N802
    facts = event(E, None, country="FR")
    assert decide_event(ASKERS["etwinner"][0], EventAction.SEE_EVENT, facts).outcome is A
    assert decide_event(ASKERS["etwinner_pl"][0], EventAction.SEE_EVENT, facts).outcome is C
    assert decide_event(ASKERS["pupil"][0], EventAction.SEE_EVENT, facts).outcome is C


@pytest.mark.parametrize("status", [AccountStatus.PENDING, AccountStatus.SUSPENDED])
def test_an_account_not_active_is_in_no_audience(status: AccountStatus) -> None:
    actor = Actor(ME, AccountKind.TEACHER, status, "FR")
    for audience in EventAudience:
        facts = event(audience, Role.TEACHER if audience is not E else None)
        assert decide_event(actor, EventAction.SEE_EVENT, facts).outcome is C


def test_no_such_event_is_concealed_for_every_action() -> None:
    for action in EVENT_RULES:
        assert decide_event(ASKERS["etwinner"][0], action, None).outcome is C


def test_every_event_action_has_a_rule_or_is_the_plan() -> None:
    assert set(EVENT_RULES) | {EventAction.CREATE_EVENT} == set(EventAction)


# -- the Q&A -----------------------------------------------------------------------------------

#: (who, in a group's event) -> (read, ask and upvote, moderate) while it runs.
QA: dict[str, tuple[Outcome, Outcome, Outcome]] = {
    "registered": (A, A, D),  # a member with a place
    "waiting": (A, D, D),  # a member on the waiting list: reads, does not ask
    "owner": (A, A, A),  # the group's owner and moderators moderate its events' Q&A
    "moderator": (A, A, A),
    "speaker": (A, A, A),
    "organiser": (A, A, A),
    "outsider": (C, C, C),
    # A named speaker no longer counted: removed from (or banned by) the group, the event is
    # gone; no longer one of its teachers, one of the audience with no place.
    "removed_speaker": (C, C, C),
    "pupil_speaker": (A, D, D),
}


def qa_facts(who: str, state: EventState = EventState.LIVE) -> EventFacts:
    roles = {
        "owner": Role.FOUNDER,
        "moderator": Role.ADMIN,
        "outsider": None,
        "removed_speaker": None,
        "pupil_speaker": Role.PUPIL,
    }
    role = roles.get(who, Role.TEACHER)
    return EventFacts(
        audience=G,
        country=None,
        role=role,
        organiser=who == "organiser",
        speaker=who in ("speaker", "removed_speaker", "pupil_speaker"),
        state=state,
        registered=who == "registered",
    )


@pytest.mark.parametrize("who", list(QA), ids=str)
def test_those_with_a_place_ask_moderators_pick_and_answer(who: str) -> None:
    actor = ASKERS["etwinner"][0]
    actions = (EventAction.READ_QUESTIONS, EventAction.ASK_QUESTION, EventAction.MODERATE_QUESTIONS)
    got = tuple(decide_event(actor, action, qa_facts(who)).outcome for action in actions)
    assert got == QA[who]


def test_a_twinspaces_admins_do_not_moderate_its_events_questions_unless_they_run_it() -> None:
    facts = EventFacts(
        audience=T,
        country=None,
        role=Role.ADMIN,
        organiser=False,
        speaker=False,
        state=EventState.LIVE,
    )
    actor = ASKERS["moderator"][0]
    assert decide_event(actor, EventAction.MODERATE_QUESTIONS, facts).outcome is D


@pytest.mark.parametrize("state", [EventState.ENDED, EventState.CANCELLED], ids=str)
def test_the_qa_is_kept_afterwards_read_and_moderated_but_no_longer_asked(
    state: EventState,
) -> None:
    actor = ASKERS["etwinner"][0]
    assert decide_event(actor, EventAction.READ_QUESTIONS, qa_facts("registered", state)).allowed
    assert not decide_event(actor, EventAction.ASK_QUESTION, qa_facts("registered", state)).allowed
    assert decide_event(actor, EventAction.MODERATE_QUESTIONS, qa_facts("speaker", state)).allowed


# -- an archived space, a muted member -------------------------------------------------------


@pytest.mark.parametrize(
    ("action", "organiser", "expected"),
    [
        (EventAction.SEE_EVENT, False, A),
        (EventAction.READ_QUESTIONS, False, A),
        (EventAction.REGISTER, False, D),
        (EventAction.UNREGISTER, False, A),  # a place may still be given back
        (EventAction.ASK_QUESTION, False, D),
        (EventAction.EDIT_EVENT, True, D),
        (EventAction.CANCEL_EVENT, True, A),  # the organiser may still call it off
        (EventAction.MODERATE_QUESTIONS, True, D),
        (EventAction.LIST_REGISTRANTS, True, A),
        (EventAction.READ_ATTENDANCE, True, A),
    ],
    ids=str,
)
def test_an_archived_spaces_events_are_read_only(
    action: EventAction, organiser: bool, expected: Outcome
) -> None:
    facts = EventFacts(
        audience=T,
        country=None,
        role=Role.TEACHER,
        organiser=organiser,
        speaker=False,
        state=EventState.SCHEDULED,
        registered=True,
        space_archived=True,
    )
    assert decide_event(ASKERS["member"][0], action, facts).outcome is expected


def test_no_event_is_scheduled_in_an_archived_space() -> None:
    facts = EventPlanFacts(audience=T, role=Role.FOUNDER, archived=True)
    assert decide_event_plan(ASKERS["owner"][0], facts).outcome is D


def test_a_muted_member_reads_the_qa_but_does_not_ask() -> None:
    facts = EventFacts(
        audience=T,
        country=None,
        role=Role.PUPIL,
        organiser=False,
        speaker=False,
        state=EventState.LIVE,
        registered=True,
        muted=True,
    )
    actor = ASKERS["pupil"][0]
    assert decide_event(actor, EventAction.READ_QUESTIONS, facts).outcome is A
    assert decide_event(actor, EventAction.ASK_QUESTION, facts).outcome is D
