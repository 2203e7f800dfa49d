"""An in-process server on each database backend, and a small world of people to drive it."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import itertools
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, Protocol

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from protocol.vocabulary import SpaceKind
from server.app import create_app
from server.blobs.target import S3Target
from server.clock import FakeClock
from server.config import Settings
from server.security import Secrets
from server.services.accounts import create_national_admin
from storage.models import Base
from tests.conftest import s3_url

PASSWORD = "correct horse battery"


class ApiUser:
    """One signed-in person using the API with a bearer token."""

    def __init__(self, client: httpx.AsyncClient, token: str, account: dict[str, Any]) -> None:
        self.client = client
        self.token = token
        self.account = account
        self.id: int = account["id"]

    async def request(self, method: str, path: str, json: object = None) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self.token}"}
        if json is None:
            return await self.client.request(method, path, headers=headers)
        return await self.client.request(method, path, headers=headers, json=json)

    async def get(self, path: str) -> httpx.Response:
        return await self.request("GET", path)

    async def post(self, path: str, json: object = None) -> httpx.Response:
        return await self.request("POST", path, json)

    async def patch(self, path: str, json: object) -> httpx.Response:
        return await self.request("PATCH", path, json)

    async def delete(self, path: str) -> httpx.Response:
        return await self.request("DELETE", path)

    async def put(self, path: str, json: object) -> httpx.Response:
        return await self.request("PUT", path, json)


def ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, (response.status_code, response.text)
    return response.json() if response.content else None


def error_code(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, (response.status_code, response.text)
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["message"]
    return str(body["error"]["code"])


class StorageAccess(Protocol):
    """What the world needs of the server's insides: the database and the password hasher
    (an AppContext in-process; the same two parts for a server in another process)."""

    @property
    def sessionmaker(self) -> async_sessionmaker[AsyncSession]: ...

    @property
    def secrets(self) -> Secrets: ...


class World:
    """Builds people and spaces through the real API (and the operator's service)."""

    def __init__(self, client: httpx.AsyncClient, ctx: StorageAccess, clock: FakeClock) -> None:
        self.client = client
        self.ctx = ctx
        self.clock = clock
        self._serial = itertools.count(1)
        self._admins: dict[str, ApiUser] = {}

    def email(self, stem: str) -> str:
        return f"{stem}{next(self._serial)}@school.example"

    async def sign_in(self, email: str, password: str = PASSWORD) -> ApiUser:
        body = ok(
            await self.client.post(
                "/api/auth/login", json={"email": email, "password": password, "mode": "token"}
            )
        )
        return ApiUser(self.client, body["token"], body["account"])

    async def national_admin(self, country: str = "FR") -> ApiUser:
        if country not in self._admins:
            email = self.email(f"nso-{country.lower()}")
            async with self.ctx.sessionmaker() as db, db.begin():
                await create_national_admin(
                    db,
                    self.ctx.secrets,
                    self.clock.now(),
                    email=email,
                    password=PASSWORD,
                    display_name=f"NSO {country}",
                    country=country,
                )
            self._admins[country] = await self.sign_in(email)
        return self._admins[country]

    async def register(self, name: str = "Teacher", country: str = "FR") -> dict[str, Any]:
        body = {
            "email": self.email(name.lower().replace(" ", "")),
            "password": PASSWORD,
            "display_name": name,
            "school": "Ecole Jules Verne",
            "country": country,
        }
        account: dict[str, Any] = ok(
            await self.client.post("/api/accounts/teachers", json=body), 201
        )
        return account

    async def etwinner(self, name: str = "Teacher", country: str = "FR") -> ApiUser:
        account = await self.register(name, country)
        admin = await self.national_admin(country)
        ok(await admin.post(f"/api/admin/accounts/{account['id']}/validate", {}))
        return await self.sign_in(account["email"])

    async def space(self, owner: ApiUser, kind: SpaceKind = SpaceKind.TWINSPACE) -> int:
        body = {"kind": kind.value, "title": f"Project {next(self._serial)}"}
        space_id: int = ok(await owner.post("/api/spaces", body), 201)["id"]
        return space_id

    async def event(self, organiser: ApiUser, **fields: Any) -> int:
        """An event scheduled by ``organiser`` for tomorrow (an hour, 10 places), through POST
        /api/events; ``fields`` replace or add to that body (audience, space_id, speakers)."""
        body: dict[str, Any] = {
            "title": "Live robots",
            "language": "en",
            "starts_at": (self.clock.now() + dt.timedelta(days=1)).isoformat(),
            "duration_minutes": 60,
            "capacity": 10,
            **fields,
        }
        event_id: int = ok(await organiser.post("/api/events", body), 201)["id"]
        return event_id

    async def group(
        self, owner: ApiUser, access: str = "open", *, topic: str = "Science", language: str = "en"
    ) -> int:
        """A group made by ``owner`` (its owner), through POST /api/groups."""
        body = {
            "title": f"Group {next(self._serial)}",
            "topic": topic,
            "language": language,
            "access": access,
        }
        group_id: int = ok(await owner.post("/api/groups", body), 201)["id"]
        return group_id

    async def add_teacher(
        self, founder: ApiUser, space_id: int, teacher: ApiUser, role: str = "teacher"
    ) -> None:
        body = {"email": teacher.account["email"], "role": role}
        ok(await founder.post(f"/api/spaces/{space_id}/members", body), 201)

    async def pupils(
        self, teacher: ApiUser, space_id: int, names: list[str], role: str = "pupil"
    ) -> list[ApiUser]:
        body = {"pupils": [{"display_name": name, "role": role} for name in names]}
        created = ok(await teacher.post(f"/api/spaces/{space_id}/pupils", body), 201)
        return [await self.pupil_login(credentials) for credentials in created]

    async def pupil_login(self, credentials: dict[str, Any]) -> ApiUser:
        """A pupil signed in over the API with the username and code of their card."""
        signed = ok(
            await self.client.post(
                "/api/auth/pupil-login",
                json={
                    "username": credentials["username"],
                    "code": credentials["code"],
                    "mode": "token",
                },
            )
        )
        return ApiUser(self.client, signed["token"], signed["account"])

    async def guest(self, teacher: ApiUser, space_id: int, name: str = "Expert") -> ApiUser:
        link = ok(await teacher.post(f"/api/spaces/{space_id}/invitations", {}), 201)
        body = {
            "token": link["token"],
            "display_name": name,
            "email": self.email("guest"),
            "password": PASSWORD,
            "mode": "token",
        }
        signed = ok(await self.client.post("/api/invitations/accept", json=body), 201)
        return ApiUser(self.client, signed["token"], signed["account"])

    async def row_counts(self) -> dict[str, int]:
        """Rows in every table: what a refused request must leave unchanged."""
        counts = {}
        async with self.ctx.sessionmaker() as db:
            for table in Base.metadata.sorted_tables:
                if table.name == "outbox_messages":
                    continue  # emptied in the background once published (outbox_relay.py)
                result = await db.execute(select(func.count()).select_from(table))
                counts[table.name] = int(result.scalar_one())
        return counts


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@contextlib.asynccontextmanager
async def open_world(settings: Settings, clock: FakeClock) -> AsyncIterator[World]:
    """An in-process server with these settings, and a World driving it."""
    app = create_app(settings, clock=clock)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            yield World(client, app.state.ctx, clock)


@pytest.fixture
async def world(database_url: str, tmp_path: Path, clock: FakeClock) -> AsyncIterator[World]:
    settings = Settings(database_url=database_url, data_dir=tmp_path, cheap_hashing=True)
    async with open_world(settings, clock) as world:
        yield world


@dataclasses.dataclass(frozen=True)
class BlobChoice:
    """Which blob store a test's server uses: local disk (no URL) or an S3 bucket."""

    url: str | None = None
    access_key_id: str | None = None
    secret_access_key: str | None = None

    def apply(self, settings: Settings) -> Settings:
        return dataclasses.replace(
            settings,
            blobs_url=self.url,
            blobs_access_key_id=self.access_key_id,
            blobs_secret_access_key=self.secret_access_key,
        )


@pytest.fixture(params=["local", "s3"])
def blob_choice(request: pytest.FixtureRequest) -> BlobChoice:
    """The archive's tests run on both stores: local disk, and a prefix of the session's S3
    bucket on a real radosgw (loadtest/ceph.py). Only the archive's modules ask for it, so
    no other test doubles."""
    if request.param == "local":
        return BlobChoice()
    target: S3Target = request.getfixturevalue("s3_target")
    return BlobChoice(s3_url(target), target.access_key_id, target.secret_access_key)


@pytest.fixture
async def archive_world(
    database_url: str, tmp_path: Path, clock: FakeClock, blob_choice: BlobChoice
) -> AsyncIterator[World]:
    """The ``world`` of the archive's tests, on each blob store."""
    settings = Settings(database_url=database_url, data_dir=tmp_path, cheap_hashing=True)
    async with open_world(blob_choice.apply(settings), clock) as world:
        yield world
