"""An event's Q&A live over real sockets (issue 22): a question asked, upvoted, picked,
answered and hidden reaches every follower of ``qa:EVENT`` at once; a hidden question's words
never go out; outsiders hear the channel does not exist; a pupil removed from the twinspace
loses its event's Q&A at once."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from protocol.messages import Ack, Error, Event, Subscribe, Unsubscribe, Unsubscribed

from ..http.conftest import ApiUser, error_code, ok
from ..support import eventually
from .conftest import LiveServer, WsClient

MISSING = 987654


async def follow(live: LiveServer, user: ApiUser, channel: str) -> WsClient:
    client = await live.connect(user)
    await client.send(Subscribe(ref=client.ref(), channel=channel))
    await client.expect(Ack)
    return client


async def next_event(client: WsClient) -> tuple[str, dict[str, Any]]:
    event = await client.expect(Event)
    return event.event, dict(event.data)


async def test_questions_upvotes_and_moderation_reach_every_follower_live(
    live: LiveServer,
) -> None:
    world = live.world
    organiser = await world.etwinner("Olga")
    ana = await world.etwinner("Ana")
    bob = await world.etwinner("Bob")
    event_id = await world.event(organiser)
    base = f"/api/events/{event_id}"
    for person in (ana, bob):
        ok(await person.post(base + "/registration"))
    channel = f"qa:{event_id}"
    followers = [await follow(live, person, channel) for person in (organiser, ana, bob)]

    asked = ok(await ana.post(base + "/questions", {"body": "How do robots learn?"}), 201)
    for client in followers:
        name, data = await next_event(client)
        assert (name, data["id"], data["body"], data["author"]) == (
            "question.asked",
            asked["id"],
            "How do robots learn?",
            "Ana",
        )
        assert "voted" not in data  # a per-reader field stays in answers
    ok(await bob.post(f"{base}/questions/{asked['id']}/vote"))
    ok(await bob.post(f"{base}/questions/{asked['id']}/vote"))  # once: no second event
    for verb in ("pick", "answer"):
        body = {"verb": verb, "answer": "With examples." if verb == "answer" else ""}
        ok(await organiser.post(f"{base}/questions/{asked['id']}/moderate", body))
    secret = ok(await bob.post(base + "/questions", {"body": "A rude secret"}), 201)
    ok(await organiser.post(f"{base}/questions/{secret['id']}/moderate", {"verb": "hide"}))
    for client in followers:
        received = [await next_event(client) for _ in range(4)]
        assert received[0] == ("question.voted", {"id": asked["id"], "votes": 1})
        assert [(n, d["state"]) for n, d in received[1:3]] == [
            ("question.moderated", "picked"),
            ("question.moderated", "answered"),
        ]
        assert received[2][1]["answer"] == "With examples."
        assert received[3][0] == "question.asked"
        assert await next_event(client) == ("question.hidden", {"id": secret["id"]})
    # Reconnecting from the start replays the history: the hidden words only as asked, before
    # the hiding (what the audience saw live), never in the hiding itself.
    late = await live.connect(ana)
    await late.send(Subscribe(ref=late.ref(), channel=channel, since=0))
    await late.expect(Ack)
    replayed = [await next_event(late) for _ in range(8)]
    assert [name for name, _ in replayed] == [
        "event.places",  # Ana's and Bob's registrations: the counts (never who)
        "event.places",
        "question.asked",
        "question.voted",
        "question.moderated",
        "question.moderated",
        "question.asked",
        "question.hidden",
    ]
    assert "A rude secret" not in json.dumps(replayed[-1][1])


async def test_outsiders_hear_the_qa_channel_does_not_exist(live: LiveServer) -> None:
    world = live.world
    owner = await world.etwinner("Olga")
    outsider = await world.etwinner("Otto")
    group_id = await world.group(owner)
    event_id = await world.event(owner, audience="group", space_id=group_id)
    client = await live.connect(outsider)
    answers = []
    for channel in (f"qa:{event_id}", f"qa:{MISSING}"):
        await client.send(Subscribe(ref=client.ref(), channel=channel))
        error = await client.expect(Error)
        answers.append((error.code, error.message))
    assert answers[0] == answers[1] == ("not_found", "no such channel")


async def test_a_pupil_removed_from_the_twinspace_loses_its_events_qa_at_once(
    live: LiveServer,
) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    event_id = await world.event(ana, audience="twinspace", space_id=space_id)
    client = await follow(live, lea, f"qa:{event_id}")
    ok(await ana.post(f"/api/spaces/{space_id}/members/{lea.id}/remove", {}), 204)
    while True:
        message = await client.receive(within=1.0)
        if isinstance(message, Unsubscribed) and message.channel == f"qa:{event_id}":
            assert message.code == "not_found"
            break
    ok(await ana.post(f"/api/events/{event_id}/questions", {"body": "After?"}), 201)
    await client.nothing_within(0.2)


async def test_following_the_event_live_is_its_attendance(live: LiveServer) -> None:
    world = live.world
    organiser = await world.etwinner("Olga")
    ana = await world.etwinner("Ana")
    bob = await world.etwinner("Bob")
    carl = await world.etwinner("Carl")
    event_id = await world.event(organiser)
    channel = f"qa:{event_id}"
    early = await follow(live, ana, channel)  # before the start, and gone: not attendance
    await early.send(Unsubscribe(ref=early.ref(), channel=channel))
    await early.expect(Ack)
    await follow(live, carl, channel)  # before the start, and staying: counted from the start
    world.clock.advance(dt.timedelta(days=1, minutes=10))  # the event runs
    ana_client = await follow(live, ana, channel)
    bob_client = await follow(live, bob, channel)
    world.clock.advance(dt.timedelta(minutes=20))
    await ana_client.send(Unsubscribe(ref=ana_client.ref(), channel=channel))
    await ana_client.expect(Ack)
    world.clock.advance(dt.timedelta(minutes=5))
    await bob_client.socket.close()
    # The server closes the stretch before it lets the connection go (endpoint.run_session).
    hub = live.world.ctx.hub  # type: ignore[attr-defined]
    await eventually("the server lets Bob's socket go", lambda: bob.id not in hub.connections_of)
    path = f"/api/events/{event_id}/attendance"
    assert error_code(await ana.get(path), 403) == "forbidden"
    people = ok(await organiser.get(path))
    seconds = [(p["display_name"], p["seconds"]) for p in people]
    assert seconds == [("Carl", 2100), ("Bob", 1500), ("Ana", 1200)]
    # Past the end nothing grows: Carl's stretch, still open, ends with the event.
    world.clock.advance(dt.timedelta(hours=2))
    after = ok(await organiser.get(path))
    assert (after[0]["display_name"], after[0]["seconds"]) == ("Carl", 3600)
    assert after[1:] == people[1:]
    world.clock.advance(dt.timedelta(hours=2))
    assert ok(await organiser.get(path)) == after


async def test_the_organisers_seat_hears_when_who_follows_the_running_event_changes(
    live: LiveServer,
) -> None:
    world = live.world
    organiser = await world.etwinner("Olga")
    ana = await world.etwinner("Ana")
    event_id = await world.event(organiser)
    world.clock.advance(dt.timedelta(days=1, minutes=10))  # the event runs
    seat = await follow(live, organiser, f"seat:{event_id}:{organiser.id}")
    channel = f"qa:{event_id}"
    ana_client = await follow(live, ana, channel)
    assert await next_event(seat) == ("event.attendance", {"event_id": event_id, "following": 1})
    await ana_client.send(Unsubscribe(ref=ana_client.ref(), channel=channel))
    await ana_client.expect(Ack)
    assert await next_event(seat) == ("event.attendance", {"event_id": event_id, "following": 0})
