"""Classrooms created through the public HTTP API, as a school would create them, or
straight into the server's database (:func:`provision_in_database`).

The API path goes through registration, national-admin validation, space creation, one bulk
pupil request per class and pupil sign-in, so it also works against a remote server and
measures how long a school's start of term takes. Every sign-in hashes with argon2 on the
server: 5,200 accounts took 377 s of a 2-core machine that also ran the deployment, which is
why a run that only needs the classrooms to exist (the deployment's fault runs) can write them
with :mod:`loadtest.provision` instead, in seconds.
"""

from __future__ import annotations

import asyncio
import secrets
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from . import provision as direct

#: Seconds one HTTP request may take while provisioning before the run gives up.
HTTP_TIMEOUT_S = 60.0
#: Seconds the operator's `create-national-admin` command may take.
ADMIN_COMMAND_TIMEOUT_S = 60.0
#: Tries of one request answered 503 (SQLite busy under concurrent writes) or 429, with
#: doubling pauses from RETRY_PAUSE_S; the last refusal fails the run.
TRIES = 6
RETRY_PAUSE_S = 0.2
#: Statuses a client is told to retry.
RETRYABLE = frozenset({429, 503})


class ProvisionError(Exception):
    """The server refused a provisioning step: the run cannot go on."""


@dataclass(frozen=True, slots=True)
class Member:
    """One signed-in person of a classroom: the bearer token their sockets authenticate with."""

    account_id: int
    token: str
    teacher: bool


@dataclass(frozen=True, slots=True)
class Classroom:
    space_id: int
    teacher: Member
    pupils: tuple[Member, ...]

    @property
    def members(self) -> tuple[Member, ...]:
        return (self.teacher, *self.pupils)


@dataclass(frozen=True, slots=True)
class Credentials:
    email: str
    password: str


def create_local_admin(data_dir: Path, country: str) -> Credentials:
    """A fresh national admin in a local server's data folder, with the operator's command
    (the only way one comes to exist); the e-mail is unique to this run."""
    run = secrets.token_hex(4)
    creds = Credentials(f"loadtest-nso-{run}@loadtest.example.org", secrets.token_urlsafe(18))
    command = [
        sys.executable,
        "-c",
        "from server.cli import main; main()",
        "admin",
        "create-national-admin",
        "--country",
        country,
        "--email",
        creds.email,
        "--display-name",
        f"Load test NSO {run}",
        "--password-stdin",
        "--data-dir",
        str(data_dir),
    ]
    done = subprocess.run(  # noqa: S603 (our interpreter and our own arguments)
        command,
        input=creds.password + "\n",
        capture_output=True,
        text=True,
        timeout=ADMIN_COMMAND_TIMEOUT_S,
        check=False,
    )
    if done.returncode != 0:
        raise ProvisionError(f"create-national-admin failed: {done.stderr.strip()[-500:]}")
    return creds


class _Api:
    """A bounded number of requests at once, each checked for its expected status."""

    def __init__(self, client: httpx.AsyncClient, concurrency: int, country: str) -> None:
        self.client = client
        self.country = country
        self.gate = asyncio.Semaphore(concurrency)
        self.retries = 0

    async def call(
        self, method: str, path: str, body: object, token: str | None = None, status: int = 200
    ) -> Any:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        for attempt in range(TRIES):
            async with self.gate:
                response = await self.client.request(method, path, json=body, headers=headers)
            if response.status_code not in RETRYABLE or attempt == TRIES - 1:
                break
            self.retries += 1
            await asyncio.sleep(RETRY_PAUSE_S * 2**attempt)
        if response.status_code != status:
            raise ProvisionError(f"{method} {path}: {response.status_code} {response.text[:300]}")
        return response.json() if response.content else None

    async def login(self, email: str, password: str) -> dict[str, Any]:
        body = {"email": email, "password": password, "mode": "token"}
        session: dict[str, Any] = await self.call("POST", "/api/auth/login", body)
        return session


async def _classroom(api: _Api, admin_token: str, index: int, pupils: int, run: str) -> Classroom:
    password = secrets.token_urlsafe(18)
    email = f"loadtest-teacher-{run}-{index}@loadtest.example.org"
    registration = {
        "email": email,
        "password": password,
        "display_name": f"Teacher {index}",
        "school": f"Load test school {index}",
        "country": api.country,
    }
    account = await api.call("POST", "/api/accounts/teachers", registration, status=201)
    await api.call("POST", f"/api/admin/accounts/{account['id']}/validate", {}, admin_token)
    session = await api.login(email, password)
    token = session["token"]
    space = {"kind": "twinspace", "title": f"Load test classroom {run}-{index}"}
    space_id = (await api.call("POST", "/api/spaces", space, token, status=201))["id"]
    # The first word makes the username's stem: "Pupil ..." for all gave every pupil of the
    # run "pupil." and 4 random characters (31**4), and 200 classrooms of 25 created at once
    # drew the same name twice: 409 "that already exists" (two racing inserts).
    names = {"pupils": [{"display_name": f"P{index}x{p} Pupil"} for p in range(pupils)]}
    created = await api.call("POST", f"/api/spaces/{space_id}/pupils", names, token, status=201)
    signed = await asyncio.gather(
        *(
            api.call(
                "POST",
                "/api/auth/pupil-login",
                {"username": c["username"], "code": c["code"], "mode": "token"},
            )
            for c in created
        )
    )
    return Classroom(
        space_id=space_id,
        teacher=Member(session["account"]["id"], token, teacher=True),
        pupils=tuple(Member(s["account"]["id"], s["token"], teacher=False) for s in signed),
    )


async def provision(
    url: str,
    admin: Credentials,
    *,
    classrooms: int,
    pupils: int,
    country: str,
    concurrency: int,
) -> tuple[list[Classroom], float, int]:
    """Create the classrooms and sign everyone in; returns them, the seconds it took and how
    many requests were retried after a 503 or 429."""
    started = time.perf_counter()
    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, timeout=HTTP_TIMEOUT_S, limits=limits) as client:
        api = _Api(client, concurrency, country)
        admin_token = (await api.login(admin.email, admin.password))["token"]
        run = secrets.token_hex(4)
        rooms = await asyncio.gather(
            *(_classroom(api, admin_token, i, pupils, run) for i in range(classrooms))
        )
    return list(rooms), time.perf_counter() - started, api.retries


async def provision_in_database(
    database_url: str, *, classrooms: int, pupils: int
) -> tuple[list[Classroom], float, int]:
    """The same classrooms as :func:`provision`, written straight into the server's
    (migrated) database with :func:`loadtest.provision.provision`: no argon2, no audit
    entries, every member signed in with a session token of their own. Returns the
    classrooms, the seconds it took and 0 requests retried."""
    started = time.perf_counter()
    made = await direct.provision(database_url, spaces=classrooms, pupils_per_space=pupils)
    rooms = [
        Classroom(
            space_id=space.space_id,
            teacher=Member(space.teacher_id, space.teacher_token, teacher=True),
            pupils=tuple(
                Member(account, token, teacher=False)
                for account, token in zip(space.pupil_ids, space.pupil_tokens, strict=True)
            ),
        )
        for space in made.spaces
    ]
    return rooms, time.perf_counter() - started, 0
