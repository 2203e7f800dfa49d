"""Authorization end to end over HTTP: every route of /openapi.json, tried by every kind of
person on each kind of space, answers what the policy says.

The expected answer comes from the policy (``decide_space``, ``decide_account``) over the facts
of the fixture world, through the declared table of ``routes.py``; it maps onto HTTP as:
allowed -> the route's success status; denied -> 403 ``forbidden``; concealed -> 404, byte for
byte the answer to the same request for a thing that does not exist; not signed in, expired,
suspended or rejected -> 401. A route missing from the table fails here.
"""

from __future__ import annotations

import dataclasses
import enum
import os
import re
import time
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import msgspec
import pytest
from sqlalchemy import select

from protocol.vocabulary import SpaceKind
from server.app import OPERATIONS, create_app
from server.clock import FakeClock
from server.config import Settings
from server.http import openapi
from server.policy import (
    AccountAction,
    Decision,
    EventAction,
    Facts,
    GroupAction,
    Outcome,
    SpaceAction,
    decide_account,
    decide_event,
    decide_event_plan,
    decide_group,
    decide_space,
)
from storage.models import Base

from ..http.conftest import World, ok
from .routes import ROUTES, Case, Gate, fixture_id, resolve
from .world import (
    EMAIL_DOMAIN,
    GROUP,
    HELD_SECRET,
    MATRIX_VIDEO,
    MISSING,
    PERSONAS,
    ROOM,
    SESSION_SECRET,
    TEACHERS_SECRET,
    TWINSPACE,
    UNAUTHENTICATED,
    Fixture,
    build,
    send,
)

#: Routes that are not API operations, and why each may answer anyone.
NOT_OPERATIONS = {
    "/healthz": "liveness probe: reveals nothing",
    "/readyz": "readiness probe: reveals no space",
    "/openapi.json": "the API's description",
    "/metrics": "bearer metrics token of its own (tests/observability)",
    "/ws": "the WebSocket: its operations are tests/authz/test_ws_matrix.py's",
    "/": "the browser client's page",
    "/web": "the browser client's files",
}


class Expect(enum.Enum):
    OK = "ok"
    UNAUTHENTICATED = "401"
    FORBIDDEN = "403"
    CONCEALED = "404"


@dataclasses.dataclass(frozen=True)
class Verdict:
    expect: Expect
    why: str
    #: Concealed: compare with this request's answer for a missing thing (override of ids).
    missing: dict[str, int] | None = None


def combine(decisions: list[Decision]) -> Decision | None:
    """What the route must answer when it asks several questions: concealment wins (what the
    asker may not know of stays unknown), then a refusal; None if all allow."""
    for outcome in (Outcome.CONCEAL, Outcome.DENY):
        for decision in decisions:
            if decision.outcome is outcome:
                return decision
    return None


def verdict(fx: Fixture, case: Case, kind: SpaceKind | None, persona: str) -> Verdict:
    """The policy's answer for this persona, through the declared checks of the case."""
    if case.gate is Gate.PUBLIC:
        return Verdict(Expect.OK, "public")
    if persona in UNAUTHENTICATED:
        return Verdict(Expect.UNAUTHENTICATED, persona)
    if case.gate is Gate.SIGNED_IN:
        return Verdict(Expect.OK, "signed in")
    actor = fx.actor(persona)
    decisions = []
    for check in case.checks:
        if isinstance(check.action, AccountAction):
            named = check.target.removeprefix("account:") if check.target else None
            account = fx.account_target(named) if named else None
            decisions.append(decide_account(actor, check.action, account))
        elif isinstance(check.action, EventAction):
            assert kind is not None
            if check.action is EventAction.CREATE_EVENT:
                plan = fx.event_plan_facts(kind, persona, case.archived)
                decisions.append(decide_event_plan(actor, plan))
            else:
                event = fx.event_facts(kind, persona, case.archived)
                decisions.append(decide_event(actor, check.action, event))
        elif isinstance(check.action, GroupAction):
            group = fx.group_facts(kind, persona) if kind is not None and check.target else None
            decisions.append(decide_group(actor, check.action, group))
        else:
            assert kind is not None
            facts = fx.target(check.action, check.target, kind, persona) if check.target else None
            space = fx.space_facts(kind, archived=case.archived)
            membership = fx.membership(kind, persona)
            decisions.append(decide_space(actor, membership, space, check.action, facts))
    refusal = combine(decisions)
    object_param = case.object_param
    if refusal is not None and refusal.outcome is Outcome.DENY:
        return Verdict(Expect.FORBIDDEN, refusal.reason)
    if refusal is not None and any(isinstance(c.action, EventAction) for c in case.checks):
        # An event answers as one that does not exist, whatever space it is of (issue 22).
        return Verdict(Expect.CONCEALED, refusal.reason, {"event_id": MISSING})
    if refusal is not None:
        if case.account_route:
            return Verdict(Expect.CONCEALED, refusal.reason, {"account_id": MISSING})
        assert kind is not None
        if fx.membership(kind, persona) is None:
            return Verdict(Expect.CONCEALED, refusal.reason, {"space_id": MISSING})
        missing = {object_param: MISSING} if object_param else None
        return Verdict(Expect.CONCEALED, refusal.reason, missing)
    if case.owner is not None and fx.accounts[persona]["id"] != fixture_id(fx, kind, case.owner):
        # Another's upload (compared with a missing one); another's join request (none).
        missing = {object_param: MISSING} if object_param else None
        return Verdict(Expect.CONCEALED, "another's", missing)
    if case.participants_only:
        assert kind is not None
        if fx.accounts[persona]["id"] not in fx.spaces[kind].participants:
            return Verdict(Expect.CONCEALED, "holds no place in the session")
    return Verdict(Expect.OK, "allowed")


@dataclasses.dataclass
class Matrix:
    fx: Fixture
    client: httpx.AsyncClient
    failures: list[str] = dataclasses.field(default_factory=list)
    requests: int = 0
    restores: int = 0
    cases: int = 0
    request_s: float = 0.0
    #: Which watched words allowed answers held: a scan that never sees them proves nothing.
    seen: set[str] = dataclasses.field(default_factory=set)
    #: The pass: "" for the fixture as built, " (archived)", " (muted)".
    state: str = ""
    restore_s: float = 0.0

    async def call(
        self, method: str, path: str, case: Case, kind: SpaceKind | None, persona: str, **ids: int
    ) -> httpx.Response:
        values = resolve(case, self.fx, kind, **ids)
        url = path.format(**values)
        body = case.body(self.fx, kind or TWINSPACE) if case.body else None
        self.requests += 1
        started = time.perf_counter()
        response = await send(
            self.client,
            self.fx.people[persona],
            method,
            url,
            json=body,
            content=case.content,
            params=case.query or None,
        )
        self.request_s += time.perf_counter() - started
        if method not in ("GET", "HEAD") and response.status_code < 400:
            await self.restore()
        return response

    async def restore(self) -> None:
        started = time.perf_counter()
        self.restores += 1
        await self.fx.restore()
        self.restore_s += time.perf_counter() - started

    def fail(self, where: str, message: str) -> None:
        self.failures.append(f"{where}: {message}")

    async def run_case(
        self, method: str, path: str, case: Case, kind: SpaceKind | None, persona: str
    ) -> None:
        self.cases += 1
        label = f" [{case.label}]" if case.label else ""
        where = f"{method} {path}{label} on {kind.value if kind else '-'}{self.state} as {persona}"
        expected = verdict(self.fx, case, kind, persona)
        staged = case.archived or case.prepare is not None
        if case.archived:
            assert kind is not None
            await self.fx.set_archived(self.fx.spaces[kind].ids["space"], True)
        if case.prepare is not None:
            assert kind is not None
            await case.prepare(self.fx, kind)
        try:
            response = await self.call(method, path, case, kind, persona)
            await self.judge(where, method, path, case, kind, persona, expected, response)
        finally:
            if staged:
                await self.restore()

    async def judge(
        self,
        where: str,
        method: str,
        path: str,
        case: Case,
        kind: SpaceKind | None,
        persona: str,
        expected: Verdict,
        response: httpx.Response,
    ) -> None:
        status = response.status_code
        got = f"got {status} {response.text[:160]!r}"
        if expected.expect is Expect.OK:
            # A group's session has no lobby either: its members go straight in.
            in_room = kind in (ROOM, GROUP)
            allowed = case.ok_room if in_room and case.ok_room else case.ok
            if status not in allowed:
                self.fail(where, f"policy allows ({expected.why}); expected {allowed}, {got}")
            if kind is not None:
                for leak in leaks(self.fx, kind, persona, response.content):
                    self.fail(where, f"the answer holds {leak}")
                self.seen.update(w for w in WATCHED if w.encode() in response.content)
            return
        if expected.expect is Expect.UNAUTHENTICATED:
            if status != 401 or response.json()["error"]["code"] != "unauthenticated":
                self.fail(where, f"expected 401 unauthenticated, {got}")
            return
        if expected.expect is Expect.FORBIDDEN:
            if status != 403 or response.json()["error"]["code"] != "forbidden":
                self.fail(where, f"policy denies ({expected.why}); expected 403 forbidden, {got}")
            return
        if status != 404 or response.json()["error"]["code"] != "not_found":
            self.fail(where, f"policy conceals ({expected.why}); expected 404, {got}")
            return
        if expected.missing is not None:
            twin = await self.call(method, path, case, kind, persona, **expected.missing)
            if (twin.status_code, twin.content) != (status, response.content):
                self.fail(
                    where,
                    f"concealed answer {response.content!r} differs from the answer for a "
                    f"missing one {twin.status_code} {twin.content!r}: existence leaks",
                )

    async def foreign_objects(self, method: str, path: str, case: Case) -> None:
        """Ids of the other twinspace's objects, used through this space's path, must be
        answered exactly as missing ones (no object of another space is reachable)."""
        fx = self.fx
        if case.account_route or not case.params or TWINSPACE not in case.kinds:
            return
        foreign: dict[str, int] = {}
        missing: dict[str, int] = {}
        for param, name in case.params.items():
            if name.startswith("="):  # a text, the same for both (a reaction's kind)
                continue
            if name.startswith("@"):
                foreign[param] = int(fx.accounts["other_pupil"]["id"])
            elif name in fx.other.ids:
                foreign[param] = fx.other.ids[name]
            missing[param] = MISSING
        if not foreign:
            return
        self.cases += 1
        where = f"{method} {path} as founder with the other twinspace's ids {foreign}"
        response = await self.call(method, path, case, TWINSPACE, "founder", **foreign)
        twin = await self.call(method, path, case, TWINSPACE, "founder", **missing)
        # Not always a 404: muting someone who is no member is refused alike for both.
        if (response.status_code, response.content) != (twin.status_code, twin.content):
            self.fail(
                where,
                f"expected the missing answer {twin.status_code} {twin.content!r}, got "
                f"{response.status_code} {response.content!r}",
            )


#: What the leak scan looks for (the e-mail domain stands for every address).
WATCHED = (TEACHERS_SECRET, SESSION_SECRET, HELD_SECRET, EMAIL_DOMAIN)


def leaks(fx: Fixture, kind: SpaceKind, persona: str, content: bytes) -> list[str]:
    """What an allowed answer holds that the policy keeps from this persona: words of the
    teachers-only area, of a video session's chat, other people's e-mail addresses."""
    text = content.decode(errors="replace")
    actor, membership = fx.actor(persona), fx.membership(kind, persona)
    space = fx.space_facts(kind)

    def may(action: SpaceAction, target: Facts | None = None) -> bool:
        return decide_space(actor, membership, space, action, target).allowed

    found = []
    if TEACHERS_SECRET in text and not may(SpaceAction.READ_TEACHERS_AREA):
        found.append("words of the teachers-only area")
    if SESSION_SECRET in text and not may(
        SpaceAction.READ_SESSION_CHAT,
        fx.target(SpaceAction.READ_SESSION_CHAT, "session_chat", kind, persona),
    ):
        found.append("words of the video session's chat")
    if HELD_SECRET in text and not may(
        SpaceAction.READ_HELD_POST, fx.target(SpaceAction.READ_HELD_POST, "subject", kind, persona)
    ):
        found.append("words of a post held for approval")
    if not may(SpaceAction.SEE_MEMBER_EMAILS):
        own = fx.accounts[persona].get("email")
        emails = set(re.findall(r"[\w.+-]+" + re.escape(EMAIL_DOMAIN), text)) - {own}
        if emails:
            found.append(f"e-mail addresses {sorted(emails)}")
    return found


def served_operations(document: dict[str, object]) -> set[tuple[str, str]]:
    paths = document["paths"]
    assert isinstance(paths, dict)
    return {
        (method.upper(), path)
        for path, entry in paths.items()
        for method in entry
        if path not in NOT_OPERATIONS
    }


def test_every_route_of_the_api_is_in_the_table() -> None:
    """A route added without its row in tests/authz/routes.py fails here (and the matrix)."""
    document = msgspec.json.decode(msgspec.json.encode(openapi.build(OPERATIONS)))
    served = served_operations(document)
    missing = sorted(served - set(ROUTES))
    stale = sorted(set(ROUTES) - served)
    assert not missing, f"routes with no row in tests/authz/routes.py: {missing}"
    assert not stale, f"rows for routes that no longer exist: {stale}"


def test_every_starlette_route_is_an_operation_or_declared_public(tmp_path: Path) -> None:
    """Routes outside the API's operations (probes, the client, /ws) are listed with a reason."""
    app = create_app(Settings(data_dir=tmp_path, cheap_hashing=True))
    declared = {openapi.openapi_path(op.path) for op in OPERATIONS}
    for route in app.routes:
        path = openapi.openapi_path(getattr(route, "path", ""))
        assert path in declared or path in NOT_OPERATIONS, f"undeclared route {path}"


def test_each_case_names_checks_or_a_gate() -> None:
    for key, cases in ROUTES.items():
        for case in cases:
            assert bool(case.checks) != (case.gate is not None), key


@pytest.fixture
async def fixture(database_url: str, tmp_path: Path) -> AsyncIterator[Fixture]:
    settings = Settings(
        database_url=database_url, data_dir=tmp_path, cheap_hashing=True, video=MATRIX_VIDEO
    )
    clock = FakeClock()
    app = create_app(settings, clock=clock)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            fixture = await build(World(client, app.state.ctx, clock))
            try:
                yield fixture
            finally:
                await fixture.close()


def personas_for(case: Case, kind: SpaceKind | None) -> tuple[str, ...]:
    """Everyone on the twinspace and on routes outside spaces. On the room, the people whose
    answer cannot depend on the space's kind are left out: those who never get past
    authentication, and the other twinspace's members (the twinspace's pupils and guest are
    the room's non-members already)."""
    if case.gate is Gate.PUBLIC:
        return ("anonymous",)
    if kind is ROOM:
        skip = {*UNAUTHENTICATED, "other_founder", "other_pupil"}
        return tuple(persona for persona in PERSONAS if persona not in skip)
    if kind is GROUP:
        # The other founder stays: banned from the group, an eTwinner who is refused.
        skip = {*UNAUTHENTICATED, "other_pupil"}
        return tuple(persona for persona in PERSONAS if persona not in skip)
    return PERSONAS


#: The PostgreSQL pass: the same routes, on the twinspace, by a few people who between them
#: meet each kind of answer, leaving out allowed writes (each costs a restore of every table,
#: about 0.35 s there under load; the full matrix runs on SQLite and the policy is the same).
POSTGRES_PERSONAS = ("anonymous", "other_pupil", "teacher", "pupil")


#: The members the muted pass mutes (a founder cannot be muted).
MUTED = ("teacher", "pupil", "guest")


async def space_pass(matrix: Matrix, full: bool, personas: tuple[str, ...]) -> None:
    """Every case of the twinspace once more, by these people, in the fixture's new state."""
    for (method, path), cases in ROUTES.items():
        for case in cases:
            staged = case.archived or case.prepare is not None
            if case.account_route or TWINSPACE not in case.kinds or staged:
                continue
            for persona in personas:
                if full or postgres_case(matrix.fx, method, case, TWINSPACE, persona):
                    await matrix.run_case(method, path, case, TWINSPACE, persona)


def postgres_case(
    fx: Fixture, method: str, case: Case, kind: SpaceKind | None, persona: str
) -> bool:
    if persona not in POSTGRES_PERSONAS or case.gate is Gate.PUBLIC:
        return False
    writes = method not in ("GET", "HEAD") or case.archived or case.prepare is not None
    return not (writes and verdict(fx, case, kind, persona).expect is Expect.OK)


#: The SQLite matrix runs in parts that xdist spreads over its workers: whole, it took 454 s
#: on a loaded machine (past the 480 s hang limit with a little more load), a part a fifth of
#: that. Parts 1-4 take every fourth route; part 5 is the archived and the muted passes.
#: PostgreSQL runs its smaller pass whole (part 0).
ROUTE_PARTS = 4
STATE_PART = ROUTE_PARTS + 1
MATRIX_PARTS = [
    *(pytest.param("sqlite", part, id=f"sqlite-part{part}") for part in range(1, STATE_PART + 1)),
    pytest.param("postgres", 0, id="postgres", marks=pytest.mark.postgres),
]


def routes_of(part: int) -> list[tuple[tuple[str, str], tuple[Case, ...]]]:
    """The routes part ``part`` tries as the fixture was built (all of them in part 0)."""
    routes = list(ROUTES.items())
    if part == 0:
        return routes
    return routes[part - 1 :: ROUTE_PARTS] if part <= ROUTE_PARTS else []


@pytest.mark.parametrize(("database_url", "part"), MATRIX_PARTS, indirect=["database_url"])
async def test_every_route_answers_as_the_policy_says(
    fixture: Fixture, part: int, seen_ledger: SeenLedger
) -> None:
    matrix = Matrix(fixture, fixture.world.client)
    full = fixture.sqlite_path is not None
    served = served_operations((await matrix.client.get("/openapi.json")).json())
    assert served == set(ROUTES), sorted(served ^ set(ROUTES))
    started = time.perf_counter()
    for (method, path), cases in routes_of(part):
        for case in cases:
            kinds: tuple[SpaceKind | None, ...] = (None,) if case.account_route else case.kinds
            for kind in kinds if full else kinds[:1]:
                for persona in personas_for(case, kind):
                    if full or postgres_case(fixture, method, case, kind, persona):
                        await matrix.run_case(method, path, case, kind, persona)
            await matrix.foreign_objects(method, path, case)
    if part in (0, STATE_PART):
        await states_pass(matrix, full)
    elapsed = time.perf_counter() - started
    print(
        f"\nauthz matrix part {part}: {matrix.cases} route x persona x space cases, "
        f"{matrix.requests} requests ({matrix.request_s:.1f} s), {matrix.restores} restores "
        f"({matrix.restore_s:.1f} s), {elapsed:.1f} s in all"
    )
    everything_seen = seen_ledger.record("postgres" if part == 0 else "sqlite", part, matrix.seen)
    if everything_seen is not None:
        assert everything_seen == set(WATCHED), "the leak scan never saw these in an allowed answer"
    assert not matrix.failures, f"{len(matrix.failures)} answers differ from the policy:\n" + (
        "\n".join(matrix.failures)
    )


async def states_pass(matrix: Matrix, full: bool) -> None:
    """The twinspace archived (read-only), then with its teacher, pupil and guest muted."""
    fixture = matrix.fx
    await fixture.set_archived(fixture.spaces[TWINSPACE].ids["space"], True)
    fixture.archived.add(TWINSPACE)
    await fixture.take_snapshot()
    matrix.state = " (archived)"
    await space_pass(matrix, full, ("founder", "teacher", "pupil"))
    await fixture.set_archived(fixture.spaces[TWINSPACE].ids["space"], False)
    fixture.archived.clear()
    await fixture.set_muted(TWINSPACE, MUTED, True)
    await fixture.take_snapshot()
    matrix.state = " (muted)"
    await space_pass(matrix, full, MUTED)


class SeenLedger:
    """What each part's leak scan saw, pooled over every part of the run (xdist workers
    included), so that the part that completes a backend's set checks the union: a scan that
    never sees a watched word in an allowed answer proves nothing. A run that selects only
    some parts (``-k part2``) leaves the check out."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def record(self, backend: str, part: int, seen: set[str]) -> set[str] | None:
        """Note this part's words; the union, once every part of ``backend`` has noted its."""
        self.folder.mkdir(parents=True, exist_ok=True)
        mine = self.folder / f"{backend}-{part}.json"
        mine.with_suffix(".tmp").write_bytes(msgspec.json.encode(sorted(seen)))
        mine.with_suffix(".tmp").replace(mine)  # whole, or absent, to a reader
        wanted = [0] if backend == "postgres" else range(1, STATE_PART + 1)
        files = [self.folder / f"{backend}-{p}.json" for p in wanted]
        if not all(file.exists() for file in files):
            return None
        return {word for file in files for word in msgspec.json.decode(file.read_bytes())}


@pytest.fixture
def seen_ledger(tmp_path_factory: pytest.TempPathFactory) -> SeenLedger:
    # One folder per run, shared by its xdist workers (they share the run's uid and the base
    # temporary folder's parent); a run without xdist has its own base folder.
    run = os.environ.get("PYTEST_XDIST_TESTRUNUID")
    base = tmp_path_factory.getbasetemp()
    return SeenLedger(base.parent / f"authz-seen-{run}" if run else base / "authz-seen")


async def stored(fx: Fixture) -> dict[str, list[dict[str, object]]]:
    """Every stored row, by table, in primary-key order."""
    async with fx.ctx.sessionmaker() as db:
        return {
            table.name: [
                dict(row)
                for row in (await db.execute(select(table).order_by(*table.primary_key.columns)))
                .mappings()
                .all()
            ]
            for table in Base.metadata.sorted_tables
            if table.name != "outbox_messages"  # emptied in the background (outbox_relay.py)
        }


def blob_tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


async def test_restore_after_an_erasure_puts_the_pupil_back(fixture: Fixture) -> None:
    """The matrix's erase rows are destructive (the account scrubbed, its sessions, posts,
    files, blobs and uploads gone): the restore after each allowed write must put every row
    and byte back, on SQLite and on PostgreSQL (where the matrix itself skips allowed writes)."""
    fx = fixture
    founder, pupil = fx.people["founder"], fx.people["pupil"]
    assert founder is not None
    assert pupil is not None
    ids = fx.spaces[TWINSPACE].ids
    base = f"/api/spaces/{ids['space']}"
    assert fx.files_dir is not None
    rows, blobs = await stored(fx), blob_tree(fx.files_dir)
    for choice in ("remove", "keep"):
        erased = ok(
            await founder.post(
                f"{base}/pupils/{pupil.id}/erase", {"posts": choice, "files": choice}
            )
        )
        assert erased["already_erased"] is False
        if choice == "remove":
            assert erased["posts_removed"] > 0
            assert erased["files_removed"] > 0
            assert blob_tree(fx.files_dir) != blobs  # the pupil's upload's bytes went
        assert (await pupil.get("/api/me")).status_code == 401
        assert await stored(fx) != rows
        await fx.restore()
        assert await stored(fx) == rows
        assert blob_tree(fx.files_dir) == blobs
        assert ok(await pupil.get("/api/me"))["display_name"] == pupil.account["display_name"]
        content = await pupil.get(f"{base}/files/{ids['file']}/content")
        assert content.status_code == 200
        assert content.content == b"hello, matrix\n"
        reply = ok(await pupil.get(f"{base}/forum/posts/{ids['reply']}"))
        assert reply["body"] == "Hello teacher"
