"""Events (issue 22) over HTTP: scheduling for each audience, the list of upcoming events,
registration with its waiting list and promotion in order, the organiser's edits, cancelling
and registrants, field errors as codes, and an event's existence outside its audience."""

from __future__ import annotations

import datetime as dt
from typing import Any

from protocol.vocabulary import SpaceKind

from .conftest import ApiUser, World, error_code, ok

MISSING = 987654


def when(world: World, days: int = 7) -> str:
    return (world.clock.now() + dt.timedelta(days=days)).isoformat()


def event_body(world: World, **fields: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "title": "Teaching with robots",
        "description": "An hour on classroom robotics.",
        "language": "en",
        "starts_at": when(world),
        "duration_minutes": 60,
        "capacity": 2,
    }
    body.update(fields)
    return body


async def schedule(world: World, organiser: ApiUser, **fields: Any) -> dict[str, Any]:
    event: dict[str, Any] = ok(
        await organiser.post("/api/events", event_body(world, **fields)), 201
    )
    return event


async def test_an_etwinner_schedules_an_event_for_every_etwinner(world: World) -> None:
    ana = await world.etwinner("Ana")
    bob = await world.etwinner("Bob", country="PL")
    ben = await world.etwinner("Ben")
    event = await schedule(world, ana, speakers=[ben.account["id"]])
    assert event["audience"] == "etwinners"
    assert event["organiser"] == {"id": ana.account["id"], "display_name": "Ana"}
    assert [s["display_name"] for s in event["speakers"]] == ["Ben"]
    assert (event["state"], event["organising"], event["my_registration"]) == (
        "scheduled",
        True,
        "none",
    )
    assert event["ends_at"] == (
        dt.datetime.fromisoformat(event["starts_at"]) + dt.timedelta(minutes=60)
    ).isoformat().replace("+00:00", "Z")
    listed = ok(await bob.get("/api/events"))
    assert [e["id"] for e in listed["events"]] == [event["id"]]
    assert listed["events"][0]["organising"] is False


async def test_registration_closes_at_capacity_and_the_waiting_list_moves_up_in_order(
    world: World,
) -> None:
    ana = await world.etwinner("Ana")
    people = [await world.etwinner(name) for name in ("Bob", "Cleo", "Dan", "Eve")]
    event = await schedule(world, ana, capacity=2)
    path = f"/api/events/{event['id']}/registration"
    answers = [ok(await person.post(path)) for person in people]
    assert [a["my_registration"] for a in answers] == [
        "registered",
        "registered",
        "waiting",
        "waiting",
    ]
    assert [a["my_waiting_position"] for a in answers] == [None, None, 1, 2]
    # Again: the same answer, no second place.
    again = ok(await people[0].post(path))
    assert (again["registered"], again["waiting"]) == (2, 2)
    registrants = ok(await ana.get(f"/api/events/{event['id']}/registrants"))
    assert [r["display_name"] for r in registrants["registered"]] == ["Bob", "Cleo"]
    assert [r["display_name"] for r in registrants["waiting"]] == ["Dan", "Eve"]
    # Cleo leaves: Dan, the first who waits, gets her place; Eve is next.
    ok(await people[1].delete(path), 204)
    ok(await people[1].delete(path), 204)  # nothing left to give back: the same
    registrants = ok(await ana.get(f"/api/events/{event['id']}/registrants"))
    assert [r["display_name"] for r in registrants["registered"]] == ["Bob", "Dan"]
    assert [r["display_name"] for r in registrants["waiting"]] == ["Eve"]
    assert registrants["registered"][1]["placed_at"] is not None
    eve = ok(await people[3].get(f"/api/events/{event['id']}"))
    assert (eve["my_registration"], eve["my_waiting_position"]) == ("waiting", 1)
    # One who waits leaving moves nobody into a place.
    ok(await people[3].delete(path), 204)
    shown = ok(await ana.get(f"/api/events/{event['id']}"))
    assert (shown["registered"], shown["waiting"]) == (2, 0)


async def test_more_places_go_to_the_waiting_list_fewer_take_none_back(world: World) -> None:
    ana = await world.etwinner("Ana")
    people = [await world.etwinner(name) for name in ("Bob", "Cleo", "Dan")]
    event = await schedule(world, ana, capacity=1)
    for person in people:
        ok(await person.post(f"/api/events/{event['id']}/registration"))
    grown = ok(await ana.patch(f"/api/events/{event['id']}", {"capacity": 2}))
    assert (grown["registered"], grown["waiting"]) == (2, 1)
    shrunk = ok(await ana.patch(f"/api/events/{event['id']}", {"capacity": 1}))
    assert (shrunk["registered"], shrunk["waiting"], shrunk["capacity"]) == (2, 1, 1)
    # Who waits still waits until the count falls below the places.
    ok(await people[0].delete(f"/api/events/{event['id']}/registration"), 204)
    after = ok(await ana.get(f"/api/events/{event['id']}"))
    assert (after["registered"], after["waiting"]) == (1, 1)


async def test_only_the_organiser_edits_cancels_and_reads_the_registrants(world: World) -> None:
    ana = await world.etwinner("Ana")
    bob = await world.etwinner("Bob")
    event = await schedule(world, ana)
    path = f"/api/events/{event['id']}"
    assert error_code(await bob.patch(path, {"title": "Mine"}), 403) == "forbidden"
    assert error_code(await bob.post(path + "/cancel", {}), 403) == "forbidden"
    assert error_code(await bob.get(path + "/registrants"), 403) == "forbidden"
    later = (world.clock.now() + dt.timedelta(days=9)).isoformat()
    edited = ok(await ana.patch(path, {"title": "Robots, again", "starts_at": later}))
    assert edited["title"] == "Robots, again"
    assert dt.datetime.fromisoformat(edited["starts_at"]) == dt.datetime.fromisoformat(later)
    cancelled = ok(await ana.post(path + "/cancel", {"reason": "speaker ill"}))
    assert cancelled["state"] == "cancelled"
    assert error_code(await bob.post(path + "/registration"), 403) == "forbidden"
    assert error_code(await ana.patch(path, {"title": "Back"}), 403) == "forbidden"
    assert error_code(await ana.post(path + "/cancel", {}), 403) == "forbidden"


async def test_an_event_runs_then_is_over_and_leaves_the_list(world: World) -> None:
    ana = await world.etwinner("Ana")
    bob = await world.etwinner("Bob")
    event = await schedule(world, ana)
    world.clock.advance(dt.timedelta(days=7, minutes=10))
    live = ok(await bob.post(f"/api/events/{event['id']}/registration"))
    assert (live["state"], live["my_registration"]) == ("live", "registered")
    world.clock.advance(dt.timedelta(hours=1))
    assert ok(await bob.get("/api/events"))["events"] == []
    over = ok(await bob.get(f"/api/events/{event['id']}"))
    assert over["state"] == "ended"
    refused = await bob.delete(f"/api/events/{event['id']}/registration")
    assert error_code(refused, 403) == "forbidden"


async def test_a_groups_event_is_its_moderators_and_exists_for_its_members_only(
    world: World,
) -> None:
    owner = await world.etwinner("Olga")
    member = await world.etwinner("Max")
    outsider = await world.etwinner("Otto")
    group_id = await world.group(owner)
    ok(await member.post(f"/api/groups/{group_id}/join"))
    refused = await member.post(
        "/api/events", event_body(world, audience="group", space_id=group_id)
    )
    assert error_code(refused, 403) == "forbidden"
    event = await schedule(world, owner, audience="group", space_id=group_id)
    assert (event["audience"], event["space_id"]) == ("group", group_id)
    ok(await member.post(f"/api/events/{event['id']}/registration"))
    assert [e["id"] for e in ok(await member.get("/api/events"))["events"]] == [event["id"]]
    assert ok(await outsider.get("/api/events"))["events"] == []
    # To the outsider it is byte for byte an event that does not exist, for every route.
    for method, suffix in [
        ("GET", ""),
        ("PATCH", ""),
        ("POST", "/cancel"),
        ("POST", "/registration"),
        ("DELETE", "/registration"),
        ("GET", "/registrants"),
    ]:
        body: object = {} if method in ("PATCH", "POST") and suffix != "/registration" else None
        hidden = await outsider.request(method, f"/api/events/{event['id']}{suffix}", body)
        missing = await outsider.request(method, f"/api/events/{MISSING}{suffix}", body)
        assert (hidden.status_code, hidden.content) == (missing.status_code, missing.content)
        assert hidden.status_code == 404
    # Scheduling for a group one is not in: the group's 404, as for no group at all.
    body = event_body(world, audience="group", space_id=group_id)
    hidden = await outsider.post("/api/events", body)
    body["space_id"] = MISSING
    missing = await outsider.post("/api/events", body)
    assert (hidden.status_code, hidden.content) == (missing.status_code, missing.content)


async def test_a_twinspaces_event_reaches_its_pupils_and_guests_and_no_one_else(
    world: World,
) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [pupil] = await world.pupils(ana, space_id, ["Pia"])
    guest = await world.guest(ana, space_id)
    other = await world.etwinner("Otto")
    everyone = await schedule(world, ana, title="For all")
    own = await schedule(world, ana, title="Our project", audience="twinspace", space_id=space_id)
    for person in (pupil, guest):
        listed = ok(await person.get("/api/events"))
        assert [e["title"] for e in listed["events"]] == ["Our project"]
        assert error_code(await person.get(f"/api/events/{everyone['id']}"), 404) == "not_found"
        registered = ok(await person.post(f"/api/events/{own['id']}/registration"))
        assert registered["my_registration"] == "registered"
    assert error_code(await pupil.post("/api/events", event_body(world)), 404) == "not_found"
    refused = await pupil.post(
        "/api/events", event_body(world, audience="twinspace", space_id=space_id)
    )
    assert error_code(refused, 403) == "forbidden"
    assert error_code(await other.get(f"/api/events/{own['id']}"), 404) == "not_found"
    # A room's id is no twinspace: as if there were none.
    room = await world.space(ana, SpaceKind.ROOM)
    as_room = await ana.post("/api/events", event_body(world, audience="twinspace", space_id=room))
    assert error_code(as_room, 404) == "not_found"


async def test_a_national_admins_event_is_for_the_etwinners_of_its_country(world: World) -> None:
    admin = await world.national_admin("FR")
    french = await world.etwinner("Ana")
    polish = await world.etwinner("Bob", country="PL")
    event = await schedule(world, admin)
    assert event["country"] == "FR"
    assert [e["id"] for e in ok(await french.get("/api/events"))["events"]] == [event["id"]]
    assert ok(await polish.get("/api/events"))["events"] == []
    assert error_code(await polish.get(f"/api/events/{event['id']}"), 404) == "not_found"
    assert [e["id"] for e in ok(await admin.get("/api/events"))["events"]] == [event["id"]]


async def test_fields_are_refused_with_codes(world: World) -> None:
    ana = await world.etwinner("Ana")
    pending = await world.register("Pat")
    naive = (world.clock.now() + dt.timedelta(days=1)).replace(tzinfo=None).isoformat()
    refused = await ana.post(
        "/api/events",
        event_body(world, title=" ", starts_at=naive, duration_minutes=1, capacity=0),
    )
    assert error_code(refused, 422) == "invalid"
    fields = {f["field"]: f["code"] for f in refused.json()["error"]["fields"]}
    assert fields == {
        "title": "blank",
        "starts_at": "format",
        "duration_minutes": "too_small",
        "capacity": "too_small",
    }
    past = (world.clock.now() - dt.timedelta(minutes=1)).isoformat()
    refused = await ana.post("/api/events", event_body(world, starts_at=past))
    assert refused.json()["error"]["fields"] == [{"field": "starts_at", "code": "too_small"}]
    refused = await ana.post(
        "/api/events", event_body(world, speakers=[ana.account["id"], pending["id"], MISSING])
    )
    assert refused.json()["error"]["fields"] == [
        {"field": "speakers.1", "code": "choice"},
        {"field": "speakers.2", "code": "choice"},
    ]
    refused = await ana.post("/api/events", event_body(world, audience="group"))
    assert refused.json()["error"]["fields"] == [{"field": "space_id", "code": "required"}]
    refused = await ana.get("/api/events?cursor=nonsense")
    assert error_code(refused, 422) == "invalid"


async def test_the_list_is_paged_by_start(world: World) -> None:
    ana = await world.etwinner("Ana")
    ids = [(await schedule(world, ana, starts_at=when(world, days)))["id"] for days in (3, 1, 2)]
    first = ok(await ana.get("/api/events?limit=2"))
    assert [e["id"] for e in first["events"]] == [ids[1], ids[2]]
    second = ok(await ana.get(f"/api/events?limit=2&cursor={first['next_cursor']}"))
    assert [e["id"] for e in second["events"]] == [ids[0]]
    assert second["next_cursor"] is None


async def test_scheduling_and_cancelling_are_in_the_audit_log(world: World) -> None:
    owner = await world.etwinner("Olga")
    group_id = await world.group(owner)
    event = await schedule(world, owner, audience="group", space_id=group_id)
    ok(await owner.post(f"/api/events/{event['id']}/cancel", {"reason": "no speaker"}))
    entries = ok(await owner.get(f"/api/spaces/{group_id}/audit"))
    entries = entries["entries"] if isinstance(entries, dict) else entries
    actions = [entry["action"] for entry in entries]
    assert "event.created" in actions
    assert "event.cancelled" in actions


async def test_the_icalendar_file_parses_back_with_the_event_in_utc(world: World) -> None:
    import icalendar

    ana = await world.etwinner("Ana")
    bob = await world.etwinner("Bob")
    title = "Robots; maths, and \\ more: a long title " + "é" * 40
    description = "Line one\nLine two, with a comma; and a semicolon"
    paris = dt.timezone(dt.timedelta(hours=1))
    start = (world.clock.now() + dt.timedelta(days=3)).astimezone(paris).replace(microsecond=0)
    event = await schedule(
        world, ana, title=title, description=description, starts_at=start.isoformat()
    )
    response = await bob.get(f"/api/events/{event['id']}/event.ics")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    assert f"event-{event['id']}.ics" in response.headers["content-disposition"]
    raw = response.content
    lines = raw.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines), "lines are folded at 75 octets"
    assert any(line.startswith(b" ") for line in lines), "the long title was folded"
    [start_line] = [line for line in lines if line.startswith(b"DTSTART")]
    assert start_line.endswith(b"Z")  # in UTC, not the organiser's offset
    calendar = icalendar.Calendar.from_ical(raw)
    [entry] = calendar.walk("VEVENT")
    assert str(entry["summary"]) == title
    assert str(entry["description"]) == description
    assert entry.decoded("dtstart") == start.astimezone(dt.UTC)
    assert entry.decoded("dtstart").utcoffset() == dt.timedelta(0)
    assert entry.decoded("dtend") == start.astimezone(dt.UTC) + dt.timedelta(minutes=60)
    assert str(entry["uid"]) == f"event-{event['id']}@testserver"
    assert str(entry["status"]) == "CONFIRMED"
    assert entry.decoded("dtstamp") == world.clock.now()
    # Changed, then cancelled: a newer sequence, and the calendar is told.
    world.clock.advance(dt.timedelta(hours=1))
    ok(await ana.post(f"/api/events/{event['id']}/cancel", {}))
    again = icalendar.Calendar.from_ical(
        (await bob.get(f"/api/events/{event['id']}/event.ics")).content
    )
    [entry] = again.walk("VEVENT")
    assert str(entry["status"]) == "CANCELLED"
    assert int(str(entry["sequence"])) > 0
    # Outside the audience: the 404 of an event that does not exist.
    group_id = await world.group(ana)
    own = await schedule(world, ana, audience="group", space_id=group_id)
    hidden = await bob.get(f"/api/events/{own['id']}/event.ics")
    missing = await bob.get(f"/api/events/{MISSING}/event.ics")
    assert (hidden.status_code, hidden.content) == (404, missing.content)


# -- the Q&A -------------------------------------------------------------------------------------


async def test_the_qa_registrants_ask_and_upvote_once_moderators_pick_answer_and_hide(
    world: World,
) -> None:
    owner = await world.etwinner("Olga")
    moderator = await world.etwinner("Mo")
    speaker = await world.etwinner("Sam")
    ana, bob, late = [await world.etwinner(name) for name in ("Ana", "Bob", "Lea")]
    group_id = await world.group(owner)
    for person in (moderator, speaker, ana, bob, late):
        ok(await person.post(f"/api/groups/{group_id}/join"))
    ok(
        await owner.patch(
            f"/api/spaces/{group_id}/members/{moderator.account['id']}", {"role": "admin"}
        )
    )
    event = await schedule(
        world,
        owner,
        audience="group",
        space_id=group_id,
        capacity=2,
        speakers=[speaker.account["id"]],
    )
    base = f"/api/events/{event['id']}"
    for person in (ana, bob, late):  # Lea waits: no place, no question
        ok(await person.post(base + "/registration"))
    assert error_code(await late.post(base + "/questions", {"body": "Me?"}), 403) == "forbidden"
    first = ok(await ana.post(base + "/questions", {"body": "How do robots learn?"}), 201)
    second = ok(await bob.post(base + "/questions", {"body": "Which kit for 8-year-olds?"}), 201)
    assert (first["author"], first["state"], first["votes"]) == ("Ana", "open", 0)
    voted = ok(await ana.post(f"{base}/questions/{second['id']}/vote"))
    assert (voted["votes"], voted["voted"]) == (1, True)
    again = ok(await ana.post(f"{base}/questions/{second['id']}/vote"))
    assert again["votes"] == 1  # once per person
    ok(await bob.post(f"{base}/questions/{second['id']}/vote"))
    listed = ok(await late.get(base + "/questions"))  # the audience reads it
    assert [(q["id"], q["votes"]) for q in listed] == [(second["id"], 2), (first["id"], 0)]
    # Members do not moderate; the speaker, the organiser and the group's moderators do.
    pick = {"verb": "pick"}
    assert error_code(await ana.post(f"{base}/questions/{first['id']}/moderate", pick), 403)
    picked = ok(await speaker.post(f"{base}/questions/{second['id']}/moderate", pick))
    assert picked["state"] == "picked"
    answer = {"verb": "answer", "answer": "Any kit with a block editor."}
    answered = ok(await owner.post(f"{base}/questions/{second['id']}/moderate", answer))
    assert (answered["state"], answered["answer"]) == ("answered", answer["answer"])
    refused = await owner.post(f"{base}/questions/{second['id']}/moderate", pick)
    assert error_code(refused, 409) == "conflict"
    hide = {"verb": "hide"}
    ok(await moderator.post(f"{base}/questions/{first['id']}/moderate", hide))
    assert [q["id"] for q in ok(await ana.get(base + "/questions"))] == [second["id"]]
    gone = await ana.post(f"{base}/questions/{first['id']}/vote")
    assert error_code(gone, 404) == "not_found"
    seen_by_moderators = ok(await moderator.get(base + "/questions"))
    assert {q["state"] for q in seen_by_moderators} == {"answered", "hidden"}
    # Kept with the event afterwards: read, but no more asked.
    world.clock.advance(dt.timedelta(days=8))
    assert len(ok(await ana.get(base + "/questions"))) == 1
    assert error_code(await ana.post(base + "/questions", {"body": "Late?"}), 403)
    entries = ok(await owner.get(f"/api/spaces/{group_id}/audit"))
    entries = entries["entries"] if isinstance(entries, dict) else entries
    verbs = [e["details"]["verb"] for e in entries if e["action"] == "event.question_moderated"]
    assert sorted(verbs) == ["answer", "hide", "pick"]


async def test_a_speaker_removed_from_the_group_no_longer_moderates_its_events_qa(
    world: World,
) -> None:
    owner = await world.etwinner("Olga")
    sam, ana = await world.etwinner("Sam"), await world.etwinner("Ana")
    group_id = await world.group(owner)
    for person in (sam, ana):
        ok(await person.post(f"/api/groups/{group_id}/join"))
    event = await schedule(
        world, owner, audience="group", space_id=group_id, speakers=[sam.account["id"]]
    )
    base = f"/api/events/{event['id']}"
    ok(await ana.post(base + "/registration"))
    first = ok(await ana.post(base + "/questions", {"body": "How do robots learn?"}), 201)
    second = ok(await ana.post(base + "/questions", {"body": "Which kit?"}), 201)
    ok(await sam.post(f"{base}/questions/{first['id']}/moderate", {"verb": "pick"}))
    assert "moderate_questions" in ok(await sam.get(base))["allowed"]
    removal = {"reason": "left the group"}
    ok(await owner.post(f"/api/spaces/{group_id}/members/{sam.id}/remove", removal), 204)
    # Still on the event's list, but no longer one of the group's teachers: no speaker, no
    # moderator, and the group's event is gone for them.
    refused = await sam.post(f"{base}/questions/{second['id']}/moderate", {"verb": "hide"})
    assert error_code(refused, 404) == "not_found"
    assert error_code(await sam.get(base), 404) == "not_found"
    assert [q["state"] for q in ok(await ana.get(base + "/questions"))] == ["picked", "open"]


async def test_a_question_of_another_event_is_not_there(world: World) -> None:
    ana = await world.etwinner("Ana")
    one = await schedule(world, ana)
    other = await schedule(world, ana)
    asked = ok(await ana.post(f"/api/events/{one['id']}/questions", {"body": "Here?"}), 201)
    wrong = await ana.post(f"/api/events/{other['id']}/questions/{asked['id']}/vote")
    missing = await ana.post(f"/api/events/{other['id']}/questions/{MISSING}/vote")
    assert (wrong.status_code, wrong.content) == (404, missing.content)
    blank = await ana.post(f"/api/events/{one['id']}/questions", {"body": "  "})
    assert [(f["field"], f["code"]) for f in blank.json()["error"]["fields"]] == [("body", "blank")]


async def test_a_muted_pupil_reads_the_qa_and_an_archived_spaces_event_takes_no_one(
    world: World,
) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    pia, paul = await world.pupils(ana, space_id, ["Pia", "Paul"])
    event = await schedule(world, ana, audience="twinspace", space_id=space_id)
    base = f"/api/events/{event['id']}"
    for pupil in (pia, paul):
        ok(await pupil.post(base + "/registration"))
    ok(await ana.post(f"/api/spaces/{space_id}/members/{pia.id}/mute", {"minutes": 30}))
    assert error_code(await pia.post(base + "/questions", {"body": "Hm?"}), 403) == "forbidden"
    ok(await paul.post(base + "/questions", {"body": "Why?"}), 201)
    assert len(ok(await pia.get(base + "/questions"))) == 1
    ok(await ana.post(f"/api/spaces/{space_id}/archive", {}))
    assert error_code(await paul.post(base + "/questions", {"body": "More?"}), 403)
    assert error_code(await ana.patch(base, {"title": "Renamed"}), 403) == "forbidden"
    refused = await ana.post(
        "/api/events", event_body(world, audience="twinspace", space_id=space_id)
    )
    assert error_code(refused, 403) == "forbidden"
    ok(await paul.delete(base + "/registration"), 204)
    assert error_code(await paul.post(base + "/registration"), 403) == "forbidden"
    assert ok(await ana.post(base + "/cancel", {}))["state"] == "cancelled"


async def test_allowed_says_what_each_role_may_do_with_a_groups_event(world: World) -> None:
    owner = await world.etwinner("Olga")
    moderator = await world.etwinner("Mia")
    member = await world.etwinner("Max")
    group_id = await world.group(owner)
    for person in (moderator, member):
        ok(await person.post(f"/api/groups/{group_id}/join"))
    ok(await owner.patch(f"/api/spaces/{group_id}/members/{moderator.id}", {"role": "admin"}))
    event = await schedule(world, moderator, audience="group", space_id=group_id)
    url = f"/api/events/{event['id']}"
    assert event["allowed"] == [
        "edit",
        "cancel",
        "list_registrants",
        "read_attendance",
        "ask_question",
        "moderate_questions",
        "see_stage",
    ]
    # The group's owner neither organises nor speaks: the Q&A and the stage are hers to run.
    assert ok(await owner.get(url))["allowed"] == [
        "register",
        "ask_question",
        "moderate_questions",
        "see_stage",
    ]
    assert ok(await member.get(url))["allowed"] == ["register"]
    ok(await member.post(url + "/registration"))
    assert ok(await member.get(url))["allowed"] == ["unregister", "ask_question"]
    # The list says the same as the event's own answer (it reads the registration too).
    [listed] = ok(await member.get("/api/events"))["events"]
    assert listed["allowed"] == ["unregister", "ask_question"]
