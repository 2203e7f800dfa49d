"""Every declared route, fuzzed from /openapi.json by schemathesis: no input gets a 5xx.

A real uvicorn server runs in a thread of its own (schemathesis calls it synchronously, over
real HTTP on loopback), on each database. The fuzzer signs in as the founder of a twinspace
with a pupil in it, so most operations get past authentication and exercise the policy and
the services; path ids are mostly of things that do not exist, and some are of real ones.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import threading
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import httpx
import msgspec
import pytest
import schemathesis
import uvicorn
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Ok
from schemathesis.specs.openapi.checks import content_type_conformance, status_code_conformance
from schemathesis.transport.requests import ManagedCookiesSession

from server.app import OPERATIONS, create_app
from server.clock import FakeClock
from server.config import Settings
from server.http import openapi
from server.services.accounts import open_session
from storage.repositories import accounts as account_repo

from ..conftest import BACKENDS, migrated_postgres_database
from ..realtime.conftest import free_socket
from .conftest import World

T = TypeVar("T")
#: Examples per operation and backend: enough to hit every body field and odd path ids,
#: small enough that the whole API is fuzzed in well under a minute.
EXAMPLES_PER_OPERATION = 25


@dataclasses.dataclass
class FuzzTarget:
    server: ThreadedServer
    founder_email: str

    @property
    def base_url(self) -> str:
        return self.server.base_url

    def signed_in_headers(self) -> dict[str, str]:
        """A new sign-in of the founder for each operation: the fuzzing of "sign out" and "sign
        out everywhere" ends the earlier ones, and every later operation would meet only 401."""
        token = self.server.run(sign_in(self.server, self.founder_email))
        return {"Authorization": f"Bearer {token}"}


class ThreadedServer:
    """The app under uvicorn on its own event loop in a thread, on a free loopback port."""

    def __init__(self, settings: Settings) -> None:
        self.app = create_app(settings, clock=FakeClock())
        self.sock = free_socket()
        self.base_url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.server = uvicorn.Server(uvicorn.Config(self.app, log_level="error", lifespan="on"))
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self._run, name="fuzzed-server", daemon=True)

    def _run(self) -> None:
        self.loop.run_until_complete(self.server.serve(sockets=[self.sock]))

    def start(self) -> None:
        self.thread.start()
        started = threading.Event()

        async def wait_started() -> None:
            while not self.server.started:  # noqa: ASYNC110 - uvicorn offers no event
                await asyncio.sleep(0.01)
            started.set()

        asyncio.run_coroutine_threadsafe(wait_started(), self.loop)
        if not started.wait(10):
            raise RuntimeError("the fuzzed server did not start within 10 s")

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Run a coroutine on the server's loop (where its database pool lives)."""
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout=30)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.loop.close()
        self.sock.close()


async def founder_of_a_space(server: ThreadedServer) -> str:
    """A validated teacher with a space and a pupil in it; answers the teacher's e-mail."""
    async with httpx.AsyncClient(base_url=server.base_url) as client:
        world = World(client, server.app.state.ctx, FakeClock())
        founder = await world.etwinner("Founder")
        space_id = await world.space(founder)
        await world.pupils(founder, space_id, ["Pupil"])
        email: str = founder.account["email"]
        return email


async def sign_in(server: ThreadedServer, email: str) -> str:
    """A new session of the account, opened in storage: the sign-in route itself is being
    fuzzed with wrong passwords from this address, and its throttle soon answers 429."""
    ctx = server.app.state.ctx
    async with ctx.sessionmaker() as db, db.begin():
        account = await account_repo.find_by_email(db, email)
        if account is None:
            raise LookupError(email)
        opened = open_session(db, account, ctx.clock.now(), ctx.settings.session_lifetime)
    return opened.token


@pytest.fixture(scope="module", params=BACKENDS)
def fuzz_target(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[FuzzTarget]:
    data_dir: Path = tmp_path_factory.mktemp("fuzz")
    with contextlib.ExitStack() as stack:
        if request.param == "sqlite":
            database_url = f"sqlite+aiosqlite:///{data_dir}/fuzz.sqlite3"
        else:
            # A database of its own: the session's shared one is emptied by every other
            # PostgreSQL test, which xdist interleaves with these (the founder would vanish).
            database_url = stack.enter_context(migrated_postgres_database())
        server = ThreadedServer(
            Settings(database_url=database_url, data_dir=data_dir, cheap_hashing=True)
        )
        server.start()
        stack.callback(server.stop)
        yield FuzzTarget(server, server.run(founder_of_a_space(server)))


def declared_operations() -> list[Any]:
    """Every operation of the document the server serves, built here without a server."""
    document = msgspec.json.decode(msgspec.json.encode(openapi.build(OPERATIONS)))
    schema = schemathesis.openapi.from_dict(document)
    operations = []
    for result in schema.get_all_operations():
        assert isinstance(result, Ok), f"the served document does not parse: {result}"
        operations.append(result.ok())
    return operations


@pytest.mark.parametrize("operation", declared_operations(), ids=lambda op: op.label)
def test_no_input_gets_a_server_error(operation: Any, fuzz_target: FuzzTarget) -> None:
    # schemathesis' own pytest plugin does not run on pytest 9 (it reads a removed private
    # attribute), so each operation's strategy drives a plain hypothesis test here.
    headers = fuzz_target.signed_in_headers()

    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    @given(case=operation.as_strategy())
    def fuzz(case: Any) -> None:
        case.call_and_validate(
            base_url=fuzz_target.base_url,
            session=session,
            headers=headers,
            checks=[not_a_server_error, status_code_conformance, content_type_conformance],
        )

    # One session for the operation's examples, as schemathesis makes for each request when
    # given none (same-host redirects only, the answers' cookies dropped after each request),
    # but its connection kept alive: a new TCP connection, requests session and uvicorn
    # protocol for every one of the 7,550 requests cost CPU on both sides.
    with ManagedCookiesSession() as session:
        session.headers.clear()  # as in schemathesis' own: none of requests' default headers
        fuzz()
