"""The live webinar in the policy (issue 22): who starts, ends, watches, publishes, raises a
hand, runs the stage and records an event's video session, as tables."""

from __future__ import annotations

import dataclasses

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
    Actor,
    EventAction,
    EventFacts,
    Outcome,
    StageFacts,
    decide_event,
    decide_stage,
    event_allowed,
    host_speaks,
    on_air,
)

A = Outcome.ALLOW
D = Outcome.DENY
C = Outcome.CONCEAL
ETWINNER = Actor(AccountId(1), AccountKind.TEACHER, AccountStatus.ACTIVE, "FR")
G, T, E = EventAudience.GROUP, EventAudience.TWINSPACE, EventAudience.ETWINNERS

LIVE_ACTIONS = (
    EventAction.START_LIVE,
    EventAction.END_LIVE,
    EventAction.WATCH_LIVE,
    EventAction.PUBLISH_LIVE,
    EventAction.RAISE_HAND,
    EventAction.MODERATE_LIVE,
    EventAction.RECORD_LIVE,
    EventAction.SEE_STAGE,
)


def facts(who: str, audience: EventAudience = G, **changes: object) -> EventFacts:
    """A running event with its session live, as ``who`` stands with it."""
    roles = {"owner": Role.FOUNDER, "outsider": None, "removed_speaker": None}
    role = roles.get(who, Role.PUPIL if who == "pupil_speaker" else Role.TEACHER)
    base = EventFacts(
        audience=audience,
        country=None,
        role=role,
        organiser=who in ("organiser", "muted_organiser"),
        speaker=who in ("speaker", "muted_speaker", "removed_speaker", "pupil_speaker"),
        state=EventState.LIVE,
        registered=who in ("viewer", "promoted", "muted_viewer"),
        session_live=True,
        on_stage=who == "promoted",
        muted=who in ("muted_viewer", "muted_speaker", "muted_organiser"),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


#: who -> (start, end, watch, publish, raise a hand, run the stage, record, see the stage)
#: in a group's running event whose session is live.
LIVE: dict[str, tuple[Outcome, ...]] = {
    "organiser": (A, A, A, A, D, A, A, A),
    "speaker": (A, A, A, A, D, A, D, A),  # speaks and runs the stage; the organiser records
    "owner": (D, D, A, D, D, A, D, A),  # a group's owner moderates its events, publishes not
    "viewer": (D, D, A, D, A, D, D, D),  # a place: watches, raises a hand, never publishes
    "promoted": (D, D, A, A, D, D, D, D),  # promoted: publishes; no hand to raise
    "muted_viewer": (D, D, A, D, D, D, D, D),  # watches, does not speak
    # A named speaker muted in the group: still runs the session and the stage, publishes not.
    "muted_speaker": (A, A, A, D, D, A, D, A),
    # The organiser muted in the group (by its owner): hosts and records, publishes not.
    "muted_organiser": (A, A, A, D, D, A, A, A),
    # Removed from (or banned by) the group: no speaker any more, and the event is gone.
    "removed_speaker": (C, C, C, C, C, C, C, C),
    # No longer one of its teachers: no speaker any more, one of the audience with no place.
    "pupil_speaker": (D, D, D, D, D, D, D, D),
    "waiting": (D, D, D, D, D, D, D, D),  # the waiting list: no place, nothing to watch
    "outsider": (C, C, C, C, C, C, C, C),  # the group's other people: no such event
}


@pytest.mark.parametrize("who", list(LIVE), ids=str)
def test_speakers_publish_the_audience_watches_and_raises_a_hand(who: str) -> None:
    got = tuple(decide_event(ETWINNER, action, facts(who)).outcome for action in LIVE_ACTIONS)
    assert got == LIVE[who]


#: state -> (start, watch, publish) for the organiser before, during and after its time.
BY_STATE: dict[EventState, tuple[Outcome, Outcome, Outcome]] = {
    EventState.SCHEDULED: (D, D, D),
    EventState.LIVE: (A, A, A),
    EventState.ENDED: (D, D, D),
    EventState.CANCELLED: (D, D, D),
}


@pytest.mark.parametrize("state", list(BY_STATE), ids=str)
def test_the_session_starts_at_the_events_time_only(state: EventState) -> None:
    event = facts("organiser", state=state)
    actions = (EventAction.START_LIVE, EventAction.WATCH_LIVE, EventAction.PUBLISH_LIVE)
    got = tuple(decide_event(ETWINNER, action, event).outcome for action in actions)
    assert got == BY_STATE[state]


@pytest.mark.parametrize(
    "action",
    [a for a in LIVE_ACTIONS if a not in (EventAction.START_LIVE, EventAction.SEE_STAGE)],
    ids=str,
)
def test_nothing_but_a_start_happens_before_the_session_runs(action: EventAction) -> None:
    assert decide_event(ETWINNER, action, facts("organiser", session_live=False)).outcome is D


#: audience -> the organiser's recording: never a session whose audience may hold pupils.
RECORDING: dict[EventAudience, Outcome] = {E: A, G: A, T: D}


@pytest.mark.parametrize("audience", list(RECORDING), ids=str)
def test_only_an_audience_without_pupils_is_recorded(audience: EventAudience) -> None:
    event = facts("organiser", audience=audience, role=None if audience is E else Role.TEACHER)
    assert decide_event(ETWINNER, EventAction.RECORD_LIVE, event).outcome is RECORDING[audience]


def test_an_archived_spaces_event_is_neither_started_nor_run_nor_recorded() -> None:
    event = facts("organiser", space_archived=True)
    for action in (EventAction.START_LIVE, EventAction.MODERATE_LIVE, EventAction.RECORD_LIVE):
        assert decide_event(ETWINNER, action, event).outcome is D


#: (moderator, the one promoted) -> the answer.
STAGE: dict[tuple[str, str], Outcome] = {
    ("organiser", "viewer"): A,
    ("owner", "viewer"): A,
    ("speaker", "viewer"): A,
    ("organiser", "speaker"): D,  # always on the stage: nothing to promote or return
    ("organiser", "waiting"): D,  # no place
    ("organiser", "muted"): D,
    ("viewer", "viewer"): D,  # a viewer promotes nobody, itself included
    ("outsider", "viewer"): C,
}
TARGETS = {
    "viewer": StageFacts(registered=True, speaker=False),
    "speaker": StageFacts(registered=False, speaker=True),
    "waiting": StageFacts(registered=False, speaker=False),
    "muted": StageFacts(registered=True, speaker=False, muted=True),
}


@pytest.mark.parametrize(("who", "target"), list(STAGE), ids=str)
def test_moderators_promote_a_viewer_with_a_place_to_speak(who: str, target: str) -> None:
    assert decide_stage(ETWINNER, facts(who), TARGETS[target]).outcome is STAGE[(who, target)]


#: (audience, role in its space, muted) -> whether (a named speaker, the organiser) publishes.
#: A named speaker: while still one who could be named (DOMAIN.md: a space's teachers),
#: unmuted. The organiser hosts the event they scheduled whatever their role there now, but a
#: mute holds them back too (DOMAIN.md: a muted member reads, cannot speak).
SPEAKS: dict[tuple[EventAudience, Role | None, bool], tuple[Outcome, Outcome]] = {
    (E, None, False): (A, A),  # every eTwinner's event: no space to be muted in or removed from
    (G, Role.TEACHER, False): (A, A),
    (G, Role.FOUNDER, False): (A, A),
    (G, Role.TEACHER, True): (D, D),  # muted in the group
    (G, None, False): (C, A),  # removed from or banned by the group: the event is gone for them
    (T, Role.ADMIN, False): (A, A),
    (T, Role.ADMIN, True): (D, D),
    (T, Role.TEACHER, True): (D, D),  # a twinspace's admin muted the teacher
    (T, None, False): (C, A),  # removed from the twinspace
    (T, Role.GUEST, False): (D, A),  # made a guest: no longer one of its teachers, the audience
}


@pytest.mark.parametrize("case", list(SPEAKS), ids=str)
def test_a_host_muted_in_the_space_does_not_publish_a_removed_speaker_neither(
    case: tuple[EventAudience, Role | None, bool],
) -> None:
    audience, role, muted = case
    event = facts("speaker", audience=audience, role=role, muted=muted)
    host = dataclasses.replace(event, speaker=False, organiser=True)
    got = tuple(
        decide_event(ETWINNER, EventAction.PUBLISH_LIVE, facts).outcome for facts in (event, host)
    )
    assert got == SPEAKS[case]


def test_a_pupil_with_a_place_in_a_twinspaces_event_watches_and_never_records() -> None:
    pupil = Actor(AccountId(1), AccountKind.PUPIL, AccountStatus.ACTIVE)
    event = facts("viewer", audience=T, role=Role.PUPIL)
    got = tuple(decide_event(pupil, action, event).outcome for action in LIVE_ACTIONS)
    assert got == (D, D, A, D, A, D, D, D)


#: who -> EventOut.allowed in a group's running event whose session is live (``entered``:
#: they hold a place or wait), the policy's verbs in their order.
ALLOWED: dict[str, list[str]] = {
    "organiser": [
        "edit",
        "cancel",
        "list_registrants",
        "read_attendance",
        "ask_question",
        "moderate_questions",
        "start_live",
        "end_live",
        "watch_live",
        "publish_live",
        "moderate_live",
        "see_stage",
        "record_live",
    ],
    "speaker": [
        "ask_question",
        "moderate_questions",
        "start_live",
        "end_live",
        "watch_live",
        "publish_live",
        "moderate_live",
        "see_stage",
    ],
    # A group's owner moderates its events' Q&A and stage (the buttons the page lacked).
    "owner": [
        "register",
        "ask_question",
        "moderate_questions",
        "watch_live",
        "moderate_live",
        "see_stage",
    ],
    "viewer": ["unregister", "ask_question", "watch_live", "raise_hand"],
    "promoted": ["unregister", "ask_question", "watch_live", "publish_live"],
    "muted_viewer": ["unregister", "watch_live"],
    "waiting": ["unregister"],
    "outsider": [],
}


@pytest.mark.parametrize("who", list(ALLOWED), ids=str)
def test_allowed_lists_what_each_role_may_do_with_a_running_webinar(who: str) -> None:
    entered = who in ("viewer", "promoted", "muted_viewer", "waiting")
    got = event_allowed(ETWINNER, facts(who), entered=entered)
    assert [str(verb) for verb in got] == ALLOWED[who]


#: who -> PUBLISH_LIVE for a suspended account: off every stage, the organiser's too (the
#: promoted one is in no audience any more: the event is gone for them).
SUSPENDED: dict[str, Outcome] = {"organiser": D, "speaker": D, "promoted": C}


@pytest.mark.parametrize("who", list(SUSPENDED), ids=str)
def test_a_suspended_account_publishes_on_no_stage(who: str) -> None:
    suspended = dataclasses.replace(ETWINNER, status=AccountStatus.SUSPENDED)
    got = decide_event(suspended, EventAction.PUBLISH_LIVE, facts(who)).outcome
    assert got is SUSPENDED[who]
    assert decide_event(ETWINNER, EventAction.PUBLISH_LIVE, facts(who)).outcome is A


@pytest.mark.parametrize("status", [AccountStatus.SUSPENDED, AccountStatus.PENDING], ids=str)
def test_a_host_not_active_does_not_speak(status: AccountStatus) -> None:
    for organiser in (False, True):
        assert not host_speaks(E, None, False, status, organiser=organiser).allowed
        assert host_speaks(E, None, False, AccountStatus.ACTIVE, organiser=organiser).allowed
    assert not on_air(status).allowed
