"""Authorization end to end over the WebSocket: every channel kind subscribed to, every publish
and every video signalling event, by every kind of person on each kind of space, over real
sockets to a real uvicorn, answered as the policy says.

Allowed -> ``ack``; denied -> ``error`` ``forbidden``; concealed -> ``error`` ``not_found`` with
the very code and message a channel of a missing space or object gets; not signed in, expired,
suspended or rejected -> closed 4001 before anything else. A channel kind or a signalling event
missing from the tables here fails the matrix.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from websockets.exceptions import ConnectionClosed

from protocol.channels import EVENT_KINDS, KIND_RULES, ChannelKind
from protocol.close_codes import CloseCode
from protocol.codec import decode_server_message
from protocol.messages import (
    Ack,
    Auth,
    Error,
    Ping,
    Pong,
    Presence,
    Publish,
    Signal,
    Subscribe,
    Welcome,
)
from protocol.video import SignalEvent
from protocol.vocabulary import SpaceKind
from server.clock import FakeClock
from server.config import Settings
from server.policy import (
    EventAction,
    Outcome,
    SpaceAction,
    decide_event,
    decide_seat,
    decide_space,
)

from ..realtime.conftest import RECEIVE_TIMEOUT, LiveServer, WsClient, serve, with_limits
from ..video_sdp import sdp
from .test_http_matrix import WATCHED, combine, leaks
from .world import (
    EMAIL_DOMAIN,
    GROUP,
    MATRIX_VIDEO,
    MISSING,
    PERSONAS,
    ROOM,
    TWINSPACE,
    UNAUTHENTICATED,
    Fixture,
    build,
)

S = SpaceAction


@dataclasses.dataclass(frozen=True)
class Sub:
    """One channel to subscribe to: its kind, the fixture object it names, what it asks."""

    kind: ChannelKind
    checks: tuple[tuple[SpaceAction | EventAction, str | None], ...]
    obj: str | None = None  # a name in SpaceObjects.ids, or "@persona" for notices
    kinds: tuple[SpaceKind, ...] = (TWINSPACE, ROOM, GROUP)
    #: Only who holds a place in the video session (lobby included) may use the channel.
    participants_only: bool = False
    label: str = ""


TWIN = (TWINSPACE,)
SUBSCRIPTIONS: tuple[Sub, ...] = (
    Sub(ChannelKind.SPACE, ((S.SEE_SPACE, None),)),
    Sub(ChannelKind.PRESENCE, ((S.SEE_SPACE, None),)),
    Sub(ChannelKind.ARCHIVE, ((S.READ_ARCHIVE, None),)),
    Sub(ChannelKind.TEACHERS, ((S.READ_TEACHERS_AREA, None),)),
    Sub(ChannelKind.MODERATION, ((S.SEE_MODERATION, None),)),
    Sub(ChannelKind.THREAD, ((S.READ_FORUM, None),), "thread", label="open"),
    Sub(
        ChannelKind.THREAD,
        ((S.READ_FORUM, None), (S.READ_TEACHERS_AREA, None)),
        "teachers_thread",
        TWIN,
        label="teachers",
    ),
    Sub(ChannelKind.THREAD, ((S.READ_FORUM, None),), "chat", label="chat"),
    Sub(
        ChannelKind.THREAD,
        ((S.READ_FORUM, None), (S.READ_TEACHERS_AREA, None)),
        "teachers_chat",
        TWIN,
        label="teachers chat",
    ),
    Sub(
        ChannelKind.THREAD,
        ((S.READ_FORUM, None), (S.READ_SESSION_CHAT, "session_chat")),
        "session_chat",
        label="session chat",
    ),
    Sub(ChannelKind.TYPING, ((S.READ_FORUM, None),), "chat", label="chat"),
    Sub(
        ChannelKind.TYPING,
        ((S.READ_FORUM, None), (S.READ_TEACHERS_AREA, None)),
        "teachers_chat",
        TWIN,
        label="teachers chat",
    ),
    Sub(
        ChannelKind.TYPING,
        ((S.READ_FORUM, None), (S.READ_SESSION_CHAT, "session_chat")),
        "session_chat",
        label="session chat",
    ),
    # Who is reading a thread (issue 21): whoever may read the thread, nobody else.
    Sub(ChannelKind.READERS, ((S.READ_FORUM, None),), "thread", label="open"),
    Sub(
        ChannelKind.READERS,
        ((S.READ_FORUM, None), (S.READ_TEACHERS_AREA, None)),
        "teachers_thread",
        TWIN,
        label="teachers",
    ),
    Sub(ChannelKind.VIDEO, ((S.SEE_SPACE, None),), "session", participants_only=True),
    Sub(ChannelKind.NOTICE, ((S.READ_OWN_NOTICES, "notice:self"),), "@self", label="own"),
    Sub(ChannelKind.NOTICE, ((S.READ_OWN_NOTICES, "notice:other"),), "@other", label="other"),
    # An event's Q&A (issue 22): the space kind stands for the event's audience
    # (world.EVENT_AUDIENCE); the channel is qa:EVENT.
    Sub(ChannelKind.QA, ((EventAction.READ_QUESTIONS, None),), "event", label="event"),
    # Its webinar's stage (hands, the count watching): the event's moderators.
    Sub(ChannelKind.STAGE, ((EventAction.SEE_STAGE, None),), "event", label="event"),
    # One person's own place at the event (seat:EVENT:ACCOUNT): theirs only.
    Sub(ChannelKind.SEAT, ((EventAction.SEE_EVENT, "seat:self"),), "@self", label="own"),
    Sub(ChannelKind.SEAT, ((EventAction.SEE_EVENT, "seat:other"),), "@other", label="other"),
)

#: A valid payload of each signalling event (the peer ``to`` is one nobody is connected as).
SIGNALS: dict[SignalEvent, dict[str, Any]] = {
    SignalEvent.JOIN: {},
    SignalEvent.MEDIA: {"mic": False, "camera": True},
    SignalEvent.HAND: {"raised": True},
    SignalEvent.OFFER: {"to": MISSING, "sdp": sdp("chromium-offer")},
    SignalEvent.ANSWER: {"to": MISSING, "sdp": sdp("chromium-answer")},
    SignalEvent.CANDIDATE: {"to": MISSING, "candidate": "candidate:1 1 udp 1 127.0.0.1 9 typ host"},
    SignalEvent.LEAVE: {},
}
#: What a participant inside the session (admitted) gets for each event, sent in this order
#: after subscribing: the relayed ones name a peer that is not there (not_found, for everyone
#: alike); a participant still in the lobby is refused ``join`` and the rest wait for it.
INSIDE: dict[SignalEvent, str] = {
    SignalEvent.JOIN: "ack",
    SignalEvent.MEDIA: "ack",
    SignalEvent.HAND: "ack",
    SignalEvent.OFFER: "not_found",
    SignalEvent.ANSWER: "not_found",
    SignalEvent.CANDIDATE: "not_found",
    SignalEvent.LEAVE: "ack",
}
IN_LOBBY: dict[SignalEvent, str] = {
    SignalEvent.JOIN: "forbidden",
    SignalEvent.MEDIA: "conflict",
    SignalEvent.HAND: "conflict",
    SignalEvent.OFFER: "conflict",
    SignalEvent.ANSWER: "conflict",
    SignalEvent.CANDIDATE: "conflict",
    SignalEvent.LEAVE: "ack",
}


def other_of(persona: str) -> str:
    """Another member than ``persona``, whose notices channel ``persona`` asks for."""
    return "admin" if persona == "founder" else "founder"


def test_every_channel_kind_and_signal_is_in_the_tables() -> None:
    assert {sub.kind for sub in SUBSCRIPTIONS} == set(ChannelKind)
    assert set(SIGNALS) == set(SignalEvent) == set(INSIDE) == set(IN_LOBBY)
    # Only kinds that take client publishes are signalling; the others are tried below too.
    assert {kind for kind, rules in KIND_RULES.items() if rules.client_publish} == {
        ChannelKind.VIDEO
    }


@dataclasses.dataclass
class WsMatrix:
    fx: Fixture
    live: LiveServer
    failures: list[str] = dataclasses.field(default_factory=list)
    cases: int = 0
    frames: list[str] = dataclasses.field(default_factory=list)
    seen: set[str] = dataclasses.field(default_factory=set)

    def fail(self, where: str, message: str) -> None:
        self.failures.append(f"{where}: {message}")

    def channel(self, sub: Sub, kind: SpaceKind, persona: str, space_id: int | None = None) -> str:
        ids = self.fx.spaces[kind].ids
        if sub.kind in EVENT_KINDS:
            event = f"{sub.kind}:{MISSING if space_id else ids['event']}"
            if sub.obj is not None and sub.obj.startswith("@"):
                who = persona if sub.obj == "@self" else other_of(persona)
                return f"{event}:{self.fx.accounts[who]['id']}"
            return event
        sid = space_id or ids["space"]
        if sub.obj is None:
            return f"{sub.kind}:{sid}"
        if sub.obj.startswith("@"):
            who = persona if sub.obj == "@self" else other_of(persona)
            return f"{sub.kind}:{sid}:{self.fx.accounts[who]['id']}"
        return f"{sub.kind}:{sid}:{ids[sub.obj]}"

    def expected(self, sub: Sub, kind: SpaceKind, persona: str) -> tuple[str, str]:
        fx = self.fx
        actor = fx.actor(persona)
        decisions = []
        for action, target_name in sub.checks:
            if isinstance(action, EventAction) and target_name in ("seat:self", "seat:other"):
                who = persona if target_name == "seat:self" else other_of(persona)
                seat = fx.accounts[who]["id"]
                decisions.append(decide_seat(actor, fx.event_facts(kind, persona), seat))
                continue
            if isinstance(action, EventAction):
                decisions.append(decide_event(actor, action, fx.event_facts(kind, persona)))
                continue
            target = None
            if target_name == "notice:self":
                target = fx.target(action, f"member:{persona}", kind, persona)
            elif target_name == "notice:other":
                target = fx.target(action, f"member:{other_of(persona)}", kind, persona)
            elif target_name is not None:
                target = fx.target(action, target_name, kind, persona)
            membership = fx.membership(kind, persona)
            decisions.append(decide_space(actor, membership, fx.space_facts(kind), action, target))
        refusal = combine(decisions)
        if refusal is not None:
            code = "not_found" if refusal.outcome is Outcome.CONCEAL else "forbidden"
            return code, refusal.reason
        if sub.participants_only and actor.account_id not in fx.spaces[kind].participants:
            return "not_found", "holds no place in the session"
        return "ack", "allowed"

    async def connect(self, persona: str) -> WsClient | None:
        user = self.fx.people[persona]
        client = WsClient(await self.live.raw())
        if user is None:
            await client.send(Subscribe(ref="s", channel="space:1"))
            await self.closed_4001(client, persona)
            return None
        await client.send(Auth(token=user.token))
        if persona in UNAUTHENTICATED:
            error = await client.expect(Error)
            if error.code != "unauthenticated":
                self.fail(f"ws auth as {persona}", f"expected unauthenticated, got {error!r}")
            await self.closed_4001(client, persona)
            return None
        await client.expect(Welcome)
        return client

    async def closed_4001(self, client: WsClient, persona: str) -> None:
        self.cases += 1
        try:
            await client.closed_with(CloseCode.UNAUTHENTICATED)
        except AssertionError as exc:
            self.fail(f"ws as {persona}", str(exc))

    async def receive(self, client: WsClient) -> Any:
        """The next message; its frame is kept, for the leak scan at the connection's end."""
        async with asyncio.timeout(RECEIVE_TIMEOUT):
            frame = await client.socket.recv()
        self.frames.append(frame if isinstance(frame, str) else frame.decode())
        return decode_server_message(frame)

    async def ask(self, client: WsClient, message: Subscribe | Publish) -> Any:
        """The answer to one message, skipping live events and presence snapshots."""
        await client.send(message)
        while True:
            answer = await self.receive(client)
            if isinstance(answer, Ack | Error) and getattr(answer, "ref", None) == message.ref:
                return answer
            if isinstance(answer, Error) and answer.ref is None:
                return answer

    async def subscribe_all(self, kind: SpaceKind, persona: str) -> None:
        client = await self.connect(persona)
        if client is None:
            return
        try:
            for sub in SUBSCRIPTIONS:
                if kind not in sub.kinds:
                    continue
                await self.subscribe_one(client, sub, kind, persona)
            await self.publish_everywhere(client, kind, persona)
            await self.signal(client, kind, persona)
            await self.scan(client, kind, persona)
        finally:
            await client.socket.close()
            await self.fx.restore()

    async def scan(self, client: WsClient, kind: SpaceKind, persona: str) -> None:
        """Everything the connection was sent (replayed histories, presence, signals) may
        hold nothing the policy keeps from this persona."""
        ref = client.ref()
        await client.send(Ping(ref=ref))
        while not isinstance(answer := await self.receive(client), Pong) or answer.ref != ref:
            pass
        self.cases += 1
        text = "\n".join(self.frames)
        for leak in leaks(self.fx, kind, persona, text.encode()):
            self.fail(f"ws frames on {kind.value} as {persona}", f"they hold {leak}")
        self.seen.update(word for word in WATCHED if word in text)
        self.frames.clear()

    async def subscribe_one(
        self, client: WsClient, sub: Sub, kind: SpaceKind, persona: str
    ) -> None:
        self.cases += 1
        channel = self.channel(sub, kind, persona)
        where = f"subscribe {sub.kind} [{sub.label}] on {kind.value} as {persona}"
        code, why = self.expected(sub, kind, persona)
        # From the start of the channel's history: what it replays is scanned too.
        answer = await self.ask(client, Subscribe(ref=client.ref(), channel=channel, since=0))
        got = "ack" if isinstance(answer, Ack) else answer.code
        if got != code:
            self.fail(where, f"policy says {code} ({why}), got {answer!r}")
            return
        if code == "not_found":
            missing = self.missing_channel(sub, kind, persona)
            twin = await self.ask(client, Subscribe(ref=client.ref(), channel=missing))
            if (twin.code, twin.message) != (answer.code, answer.message):
                self.fail(where, f"{answer!r} differs from a missing channel's {twin!r}")

    def missing_channel(self, sub: Sub, kind: SpaceKind, persona: str) -> str:
        if sub.kind in EVENT_KINDS:
            return self.channel(sub, kind, persona, space_id=MISSING)
        if self.fx.membership(kind, persona) is None or sub.obj is None:
            return self.channel(sub, kind, persona, space_id=MISSING)
        return f"{sub.kind}:{self.fx.spaces[kind].ids['space']}:{MISSING}"

    async def publish_everywhere(self, client: WsClient, kind: SpaceKind, persona: str) -> None:
        """Clients publish on no kind but video, whoever they are: the same answer for all."""
        for sub in SUBSCRIPTIONS:
            if kind not in sub.kinds or sub.kind is ChannelKind.VIDEO:
                continue
            self.cases += 1
            channel = self.channel(sub, kind, persona)
            answer = await self.ask(client, Publish(ref=client.ref(), channel=channel, event="x"))
            if not isinstance(answer, Error) or answer.code != "invalid":
                self.fail(f"publish {sub.kind} on {kind.value} as {persona}", repr(answer))

    async def signal(self, client: WsClient, kind: SpaceKind, persona: str) -> None:
        fx = self.fx
        account_id = fx.accounts[persona]["id"]
        space = fx.spaces[kind]
        channel = f"video:{space.ids['space']}:{space.ids['session']}"
        if account_id not in space.participants:
            table = None
        elif account_id in space.inside:
            table = INSIDE
        else:
            table = IN_LOBBY
        for event, data in SIGNALS.items():
            self.cases += 1
            where = f"signal {event} on {kind.value} as {persona}"
            message = Publish(ref=client.ref(), channel=channel, event=event.value, data=data)
            answer = await self.ask(client, message)
            got = "ack" if isinstance(answer, Ack) else answer.code
            if table is None:
                missing = f"video:{space.ids['space']}:{MISSING}"
                twin = await self.ask(
                    client,
                    Publish(ref=client.ref(), channel=missing, event=event.value, data=data),
                )
                if got != "not_found" or (answer.code, answer.message) != (
                    twin.code,
                    twin.message,
                ):
                    self.fail(where, f"not a participant: expected {twin!r}, got {answer!r}")
            elif got != table[event]:
                self.fail(where, f"expected {table[event]}, got {answer!r}")
            if isinstance(answer, Ack) and event is SignalEvent.JOIN:
                welcome = await self.receive(client)
                assert isinstance(welcome, Signal)
                assert welcome.event == "welcome"


@pytest.fixture
async def ws_world(database_url: str, tmp_path: Path) -> AsyncIterator[tuple[Fixture, LiveServer]]:
    # Generous message budgets: the matrix sends hundreds of messages per connection.
    tweak = with_limits(max_messages_per_second=10_000, message_burst=10_000)
    settings = tweak(
        Settings(
            database_url=database_url, data_dir=tmp_path, cheap_hashing=True, video=MATRIX_VIDEO
        )
    )
    async with serve(settings, FakeClock()) as live:
        fixture = await build(live.world)
        try:
            yield fixture, live
        finally:
            await fixture.close()


async def test_every_websocket_operation_answers_as_the_policy_says(
    ws_world: tuple[Fixture, LiveServer],
) -> None:
    fx, live = ws_world
    matrix = WsMatrix(fx, live)
    started = time.perf_counter()
    for kind in (TWINSPACE, ROOM, GROUP):
        for persona in PERSONAS:
            try:
                await matrix.subscribe_all(kind, persona)
            except (ConnectionClosed, TimeoutError) as exc:
                matrix.fail(f"ws on {kind.value} as {persona}", f"connection broke: {exc!r}")
    print(f"\nws authz matrix: {matrix.cases} cases in {time.perf_counter() - started:.1f} s")
    # A scan that never sees the words proves nothing (no e-mail travels on the socket).
    assert matrix.seen == set(WATCHED) - {EMAIL_DOMAIN}, matrix.seen
    assert not matrix.failures, f"{len(matrix.failures)} answers differ from the policy:\n" + (
        "\n".join(matrix.failures)
    )


_ = Presence  # presence snapshots follow a presence ack; ask() skips them
