"""The `twinspace` command, run for real as a process of its own: serve, migrate and the admin
commands (one-shot commands are forked from a process that imported the server once:
tests/command_runner.py; `serve` execs the installed console script).

Settings are validated before uvicorn starts, so refusals come back in well under a second.
The CLI runs asyncio.run itself, so async tests call it from a thread (asyncio.to_thread).
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from server.app import create_app
from server.config import Settings
from storage.database import create_engine, current_revision, head_revision
from tests.command_runner import run_command
from tests.support import free_port

#: The console script installed next to this interpreter.
TWINSPACE = Path(sys.executable).parent / "twinspace"
#: Longest a one-shot command may take before the test calls it hung.
COMMAND_TIMEOUT_S = 30.0
#: Longest `serve` may take to answer /healthz, and then to stop after SIGTERM. Only a hang
#: detector: with the suite in parallel on 2 shared cores, two worker processes importing the
#: server took over 15 s to answer at a load average of 15.
START_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 10.0

GENERATED_PASSWORD = re.compile(r"^password \(shown once\): (\S+)$", re.MULTILINE)


def clean_environment(**variables: str) -> dict[str, str]:
    """This process's environment without any TWINSPACE_* setting, plus `variables`."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("TWINSPACE_")}
    env.update(variables)
    return env


def twinspace(
    *args: str, cwd: Path, env: dict[str, str] | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    """Run the command to completion in a process of its own (cwd is the test's folder:
    ./data lands there), forked from one that has imported it (tests/command_runner.py)."""
    return run_command(
        args,
        cwd=cwd,
        env=env if env is not None else clean_environment(),
        stdin=stdin,
        timeout=COMMAND_TIMEOUT_S,
    )


@pytest.fixture
def listening_port() -> Iterator[int]:
    """A port on 127.0.0.1 that another socket holds open and listens on."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        yield held.getsockname()[1]


def unwritable_data_dir(tmp_path: Path) -> Path:
    # Tests run as root, whom chmod does not stop: a path under a regular file stops anyone.
    regular_file = tmp_path / "a-file"
    regular_file.write_text("")
    return regular_file / "data"


def assert_refused(result: subprocess.CompletedProcess[str], message: str) -> None:
    """Exit status 1 and one clear line on stderr, no traceback, nothing served."""
    assert result.returncode == 1, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert "Started server process" not in result.stderr


def wait_until_live(process: subprocess.Popen[bytes], base_url: str, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    with httpx.Client(base_url=base_url, timeout=1.0, trust_env=False) as client:
        while True:
            if process.poll() is not None:
                pytest.fail(f"serve exited with {process.returncode}:\n{log.read_text()}")
            try:
                if client.get("/healthz").status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"serve did not answer within {START_TIMEOUT_S} s:\n{log.read_text()}")
            time.sleep(0.05)


def test_serve_migrates_sqlite_on_first_start_serves_and_stops_on_sigterm(tmp_path: Path) -> None:
    port = free_port()
    data_dir = tmp_path / "data"
    log = tmp_path / "serve.log"
    command = [str(TWINSPACE), "serve", "--host", "127.0.0.1", "--port", str(port)]
    with log.open("wb") as output:
        process = subprocess.Popen(
            [*command, "--data-dir", str(data_dir)],
            cwd=tmp_path,
            env=clean_environment(),
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        base_url = f"http://127.0.0.1:{port}"
        wait_until_live(process, base_url, log)
        with httpx.Client(base_url=base_url, timeout=5.0, trust_env=False) as client:
            ready = client.get("/readyz")
            assert ready.status_code == 200
            body = ready.json()
            assert body["status"] == "ok"
            assert {name: check["status"] for name, check in body["checks"].items()} == {
                "database": "ok",
                "disk": "ok",
            }
            assert client.get("/healthz").json()["status"] == "ok"

        database = data_dir / "twinspace.sqlite3"
        assert database.is_file()
        with sqlite3.connect(database) as connection:
            rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        connection.close()
        assert rows == [(head_revision(),)]

        process.send_signal(signal.SIGTERM)
        returncode = process.wait(timeout=STOP_TIMEOUT_S)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    output_text = log.read_text()
    # uvicorn shuts down gracefully, then re-raises the signal it caught so that a supervisor
    # sees why it stopped: -SIGTERM here is the clean end, as is 0.
    assert returncode in (0, -signal.SIGTERM), output_text
    assert "Application shutdown complete." in output_text
    assert "Traceback" not in output_text
    assert f"open http://127.0.0.1:{port}/" in output_text


def test_serve_refuses_a_port_in_use(tmp_path: Path, listening_port: int) -> None:
    result = twinspace(
        "serve", "--host", "127.0.0.1", "--port", str(listening_port), "--data-dir", "data",
        cwd=tmp_path,
    )  # fmt: skip
    assert_refused(result, f"port {listening_port} on 127.0.0.1 is already in use")


def test_serve_refuses_an_unwritable_data_dir(tmp_path: Path) -> None:
    data_dir = unwritable_data_dir(tmp_path)
    result = twinspace(
        "serve", "--host", "127.0.0.1", "--port", str(free_port()), "--data-dir", str(data_dir),
        cwd=tmp_path,
    )  # fmt: skip
    assert_refused(result, "not writable")
    assert str(data_dir) in result.stderr


def test_serve_refuses_an_unsupported_database_url(tmp_path: Path) -> None:
    result = twinspace(
        "serve", "--host", "127.0.0.1", "--port", str(free_port()),
        "--database-url", "mysql://twin:s3cret-pw@127.0.0.1/twinspace",
        cwd=tmp_path,
    )  # fmt: skip
    assert_refused(result, "not supported")
    assert "s3cret-pw" not in result.stderr


def test_serve_refuses_several_workers_without_redis(tmp_path: Path) -> None:
    result = twinspace(
        "serve", "--host", "127.0.0.1", "--port", str(free_port()), "--workers", "2",
        cwd=tmp_path,
    )  # fmt: skip
    assert_refused(result, "needs Redis")


def test_serve_reads_its_port_from_the_environment(tmp_path: Path, listening_port: int) -> None:
    env = clean_environment(TWINSPACE_HOST="127.0.0.1", TWINSPACE_PORT=str(listening_port))
    result = twinspace("serve", cwd=tmp_path, env=env)
    assert_refused(result, f"port {listening_port} on 127.0.0.1 is already in use")


def test_serve_reads_its_data_dir_and_database_from_the_environment(tmp_path: Path) -> None:
    data_dir = unwritable_data_dir(tmp_path)
    env = clean_environment(TWINSPACE_PORT=str(free_port()), TWINSPACE_DATA_DIR=str(data_dir))
    assert_refused(twinspace("serve", cwd=tmp_path, env=env), "not writable")

    env = clean_environment(TWINSPACE_PORT=str(free_port()), TWINSPACE_DATABASE_URL="mysql://h/d")
    assert_refused(twinspace("serve", cwd=tmp_path, env=env), "not supported")


def test_flags_win_over_the_environment(tmp_path: Path, listening_port: int) -> None:
    env = clean_environment(TWINSPACE_HOST="127.0.0.1", TWINSPACE_PORT=str(free_port()))
    result = twinspace("serve", "--port", str(listening_port), cwd=tmp_path, env=env)
    assert_refused(result, f"port {listening_port} on 127.0.0.1 is already in use")


async def test_migrate_brings_an_empty_database_to_head(
    empty_database_url: str, tmp_path: Path
) -> None:
    result = await asyncio.to_thread(
        twinspace, "migrate", "--database-url", empty_database_url, "--data-dir", str(tmp_path),
        cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "database is up to date" in result.stderr
    engine = create_engine(empty_database_url)
    try:
        assert await current_revision(engine) == head_revision()
    finally:
        await engine.dispose()


async def test_migrate_on_an_up_to_date_database_succeeds(
    database_url: str, tmp_path: Path
) -> None:
    result = await asyncio.to_thread(
        twinspace, "migrate", "--database-url", database_url, "--data-dir", str(tmp_path),
        cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    engine = create_engine(database_url)
    try:
        assert await current_revision(engine) == head_revision()
    finally:
        await engine.dispose()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("postgresql://postgres@127.0.0.1:1/twinspace", "cannot reach the database"),
        ("sqlite:////nonexistent-folder/twinspace.sqlite3", "cannot use the database"),
    ],
    ids=["postgres-refused", "sqlite-no-folder"],
)
def test_migrate_explains_a_database_it_cannot_use(tmp_path: Path, url: str, message: str) -> None:
    result = twinspace("migrate", "--database-url", url, "--data-dir", str(tmp_path), cwd=tmp_path)
    assert_refused(result, message)


async def sign_in(settings: Settings, email: str, password: str) -> httpx.Response:
    """Sign in over the API of the app run in-process on the same database."""
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            body = {"email": email, "password": password, "mode": "token"}
            return await client.post("/api/auth/login", json=body)


def create_admin(
    tmp_path: Path, *args: str, email: str = "admin@education.fr", stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    return twinspace(
        "admin", "create-national-admin", "--email", email, "--display-name", "Agence Erasmus+",
        *args, cwd=tmp_path, stdin=stdin,
    )  # fmt: skip


async def test_create_national_admin_prints_a_generated_password_once(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    result = await asyncio.to_thread(
        create_admin, tmp_path, "--country", "fr", "--data-dir", str(data_dir)
    )
    assert result.returncode == 0, result.stderr
    assert "national admin for FR created: admin@education.fr" in result.stdout
    passwords = GENERATED_PASSWORD.findall(result.stdout)
    assert len(passwords) == 1
    password: str = passwords[0]
    assert len(password) >= 10
    assert result.stdout.count(password) == 1
    assert password not in result.stderr
    # The admin command migrated the embedded SQLite database itself.
    assert (data_dir / "twinspace.sqlite3").is_file()

    settings = Settings(data_dir=data_dir, cheap_hashing=True)
    signed_in = await sign_in(settings, "admin@education.fr", password)
    assert signed_in.status_code == 200, signed_in.text
    account: dict[str, Any] = signed_in.json()["account"]
    assert account["kind"] == "national_admin"
    assert account["status"] == "active"
    assert account["country"] == "FR"
    assert account["display_name"] == "Agence Erasmus+"
    refused = await sign_in(settings, "admin@education.fr", password + "x")
    assert refused.status_code == 401


async def test_create_national_admin_reads_the_password_from_stdin(
    database_url: str, tmp_path: Path
) -> None:
    password = "a long passphrase from a password manager"
    result = await asyncio.to_thread(
        create_admin, tmp_path, "--country", "DE", "--password-stdin",
        "--database-url", database_url, "--data-dir", str(tmp_path),
        stdin=password + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "national admin for DE created" in result.stdout
    assert "shown once" not in result.stdout
    assert password not in result.stdout + result.stderr

    settings = Settings(database_url=database_url, data_dir=tmp_path, cheap_hashing=True)
    signed_in = await sign_in(settings, "admin@education.fr", password)
    assert signed_in.status_code == 200, signed_in.text
    assert signed_in.json()["account"]["country"] == "DE"


def test_create_national_admin_refuses_a_short_password_from_stdin(tmp_path: Path) -> None:
    result = create_admin(tmp_path, "--country", "DE", "--password-stdin", stdin="short\n")
    assert result.returncode == 2
    assert "at least 10 characters" in result.stderr
    assert not (tmp_path / "data").exists(), "refused before touching any database"


def test_create_national_admin_refuses_a_country_that_is_not_two_letters(tmp_path: Path) -> None:
    result = create_admin(tmp_path, "--country", "FRA")
    assert result.returncode == 2
    assert "--country" in result.stderr
    assert "two-letter country code" in result.stderr
    assert "Traceback" not in result.stderr
    assert "shown once" not in result.stdout
    assert not (tmp_path / "data").exists(), "refused before touching any database"


def test_create_national_admin_refuses_an_e_mail_address_twice(tmp_path: Path) -> None:
    first = create_admin(tmp_path, "--country", "FR")
    assert first.returncode == 0, first.stderr

    # Addresses are compared without case.
    second = create_admin(tmp_path, "--country", "BE", email="Admin@Education.FR")
    assert_refused(second, "an account with this e-mail address exists already")
    assert "created" not in second.stdout
    assert "shown once" not in second.stdout


def test_archive_limits_come_from_the_environment_in_mib() -> None:
    from server.cli import archive_limits_from
    from server.config import MIB, ArchiveLimits

    assert archive_limits_from({}) == ArchiveLimits()
    limits = archive_limits_from({"TWINSPACE_MAX_FILE_MB": "5", "TWINSPACE_SPACE_QUOTA_MB": "0.5"})
    assert (limits.max_file_bytes, limits.space_quota_bytes) == (5 * MIB, MIB // 2)


def test_serve_refuses_a_zero_file_limit(tmp_path: Path) -> None:
    result = twinspace("serve", "--max-file-mb", "0", "--data-dir", str(tmp_path), cwd=tmp_path)
    assert_refused(result, "--max-file-mb and --space-quota-mb must be at least 1")
