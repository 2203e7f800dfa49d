"""Sessions nobody is in end by themselves: after ``empty_after`` with no participant joined,
by the upkeep sweep and at start-up (sessions a dead process left), the way a teacher's end
does (reason ``empty``, everyone cut off, audited as the server's). The space's list hears
how many are in each session. Real uvicorn and WebSockets, a fake clock, SQLite and
PostgreSQL."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from protocol.messages import Ack, Event, Subscribe, Unsubscribed
from protocol.video import ParticipantState, VideoSessionState
from server.clock import FakeClock
from server.config import Settings
from server.context import AppContext
from server.websocket.video_upkeep import EMPTY_REASON, sweep
from storage.repositories import video as video_repo

from ..http.conftest import ApiUser, ok
from .conftest import LiveServer, WsClient, serve
from .test_video_signalling import Seat, seat, start

SECOND = dt.timedelta(seconds=1)


def ctx_of(live: LiveServer) -> AppContext:
    ctx: AppContext = live.world.ctx  # type: ignore[assignment]
    return ctx


async def state_of(ctx: AppContext, session_id: int) -> VideoSessionState:
    async with ctx.sessionmaker() as db:
        session = await video_repo.get(db, session_id)
    assert session is not None
    return session.state


async def space_events(live: LiveServer, user: ApiUser, space_id: int) -> WsClient:
    client = await live.connect(user)
    await client.send(Subscribe(ref=client.ref(), channel=f"space:{space_id}"))
    await client.expect(Ack)
    return client


async def next_space_event(client: WsClient, name: str) -> dict[str, Any]:
    while True:
        event = await client.expect(Event)
        if event.event == name:
            data: dict[str, Any] = event.data
            return data


async def test_a_session_never_joined_ends_after_the_empty_period(live: LiveServer) -> None:
    world, ctx = live.world, ctx_of(live)
    empty_after = ctx.settings.video.empty_after
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    guest = await world.guest(ana, space_id)
    session_id = await start(live, ana, space_id)  # Ana's page never connects
    watcher = await space_events(live, ana, space_id)
    # A guest waits in the lobby, with no teacher to let them in.
    waiting = await seat(live, guest, space_id, session_id, join=False)
    world.clock.advance(empty_after - SECOND)
    await sweep(ctx)
    assert await state_of(ctx, session_id) is VideoSessionState.LIVE
    world.clock.advance(SECOND)
    await sweep(ctx)
    assert await state_of(ctx, session_id) is VideoSessionState.ENDED

    # As a teacher's end: the lobby hears why, then is cut off; the space hears it ended.
    event = await waiting.until(Event)
    while event.event != "session":
        event = await waiting.until(Event)
    assert (event.data["state"], event.data["reason"]) == ("ended", "empty")
    await waiting.until(Unsubscribed)
    ended = await next_space_event(watcher, "video.ended")
    assert ended == {"session_id": session_id, "reason": "empty"}
    shown = ok(await ana.get(f"/api/spaces/{space_id}/video-sessions/{session_id}"))
    assert (shown["state"], shown["participants"]) == ("ended", [])
    assert ok(await guest.get(f"/api/spaces/{space_id}/video-sessions")) == []
    # Audited as the server's own act (no actor), with the reason.
    log = ok(await ana.get(f"/api/spaces/{space_id}/audit"))
    entry = next(e for e in log if e["action"] == "video.ended")
    assert (entry["actor_id"], entry["reason"]) == (None, EMPTY_REASON)
    assert entry["details"] == {"session_id": session_id}


async def test_the_empty_period_counts_from_the_last_one_leaving(live: LiveServer) -> None:
    world, ctx = live.world, ctx_of(live)
    empty_after = ctx.settings.video.empty_after
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    session_id = await start(live, ana, space_id)
    teacher = await seat(live, ana, space_id, session_id)
    pupil = await seat(live, lea, space_id, session_id)
    # People in the call keep it going, however long (each sweep sees their sockets).
    for _ in range(3):
        world.clock.advance(empty_after)
        await sweep(ctx)
    assert await state_of(ctx, session_id) is VideoSessionState.LIVE
    assert isinstance(await pupil.publish("leave", {}), Ack)
    world.clock.advance(10 * SECOND)
    assert isinstance(await teacher.publish("leave", {}), Ack)  # the last one out
    world.clock.advance(empty_after - SECOND)
    await sweep(ctx)
    assert await state_of(ctx, session_id) is VideoSessionState.LIVE
    world.clock.advance(SECOND)
    await sweep(ctx)
    assert await state_of(ctx, session_id) is VideoSessionState.ENDED


async def test_someone_arriving_in_the_lobby_restarts_the_empty_period(live: LiveServer) -> None:
    world, ctx = live.world, ctx_of(live)
    empty_after = ctx.settings.video.empty_after
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    guest = await world.guest(ana, space_id)
    session_id = await start(live, ana, space_id)
    world.clock.advance(empty_after - SECOND)
    ok(await guest.post(f"/api/spaces/{space_id}/video-sessions/{session_id}/join"))
    world.clock.advance(empty_after - SECOND)
    await sweep(ctx)
    assert await state_of(ctx, session_id) is VideoSessionState.LIVE
    world.clock.advance(SECOND)
    await sweep(ctx)
    assert await state_of(ctx, session_id) is VideoSessionState.ENDED


async def test_sessions_a_dead_process_left_end_when_a_server_starts(
    database_url: str, tmp_path: Path
) -> None:
    clock = FakeClock()
    settings = Settings(database_url=database_url, data_dir=tmp_path, cheap_hashing=True)
    async with serve(settings, clock) as first:
        ana = await first.world.etwinner("Ana")
        space_id = await first.world.space(ana)
        [lea] = await first.world.pupils(ana, space_id, ["Léa"])
        stale_id = await start(first, ana, space_id)
        await seat(first, ana, space_id, stale_id)
        await seat(first, lea, space_id, stale_id)
        recent_id = await start(first, ana, space_id)
        video = settings.video
        restart_at = clock.now() + video.grace + video.empty_after + SECOND
        async with ctx_of(first).sessionmaker() as db, db.begin():
            # This one starts just before the restart: its empty period has not run out.
            recent = await video_repo.get(db, recent_id)
            assert recent is not None
            recent.created_at = restart_at - SECOND
            for p in await video_repo.list_participants(db, recent_id):
                p.created_at = restart_at - SECOND
        # The process dies here with Ana and Léa in the first call: nobody says they left.
    clock.current = restart_at
    async with serve(settings, clock) as second:
        # No sweep asked for: the start-up pass did it before the server answered.
        after = ctx_of(second)
        assert await state_of(after, stale_id) is VideoSessionState.ENDED
        assert await state_of(after, recent_id) is VideoSessionState.LIVE
        async with after.sessionmaker() as db:
            everyone = await video_repo.list_participants(db, stale_id, present_only=False)
        assert {p.state for p in everyone} == {ParticipantState.LEFT}


async def test_the_space_hears_how_many_are_in_each_session(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea, tom] = await world.pupils(ana, space_id, ["Léa", "Tom"])
    session_id = await start(live, ana, space_id)
    watcher = await space_events(live, tom, space_id)
    seats: list[Seat] = []
    for expected, user in enumerate((ana, lea), start=1):
        seats.append(await seat(live, user, space_id, session_id))
        count = await next_space_event(watcher, "video.count")
        assert count == {"session_id": session_id, "joined": expected}
    assert isinstance(await seats[1].publish("leave", {}), Ack)
    assert await next_space_event(watcher, "video.count") == {
        "session_id": session_id,
        "joined": 1,
    }
    listed = ok(await tom.get(f"/api/spaces/{space_id}/video-sessions"))
    moderators = {p["display_name"]: p["moderator"] for p in listed[0]["participants"]}
    assert moderators == {"Ana": True}


async def test_who_may_let_people_in_is_marked_for_the_lobby(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [lea] = await world.pupils(ana, space_id, ["Léa"])
    guest = await world.guest(ana, space_id)
    session_id = await start(live, ana, space_id, lobby=True)
    for user in (lea, guest):
        ok(await user.post(f"/api/spaces/{space_id}/video-sessions/{session_id}/join"))
    shown = ok(await guest.get(f"/api/spaces/{space_id}/video-sessions/{session_id}"))
    assert {(p["role"], p["moderator"]) for p in shown["participants"]} == {
        ("founder", True),
        ("pupil", False),
        ("guest", False),
    }
