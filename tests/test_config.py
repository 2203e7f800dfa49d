"""Settings: validate() refuses what cannot work with one clear message; defaults follow the host
and the database. Pure: no event loop."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from server.cli import settings_from_environment
from server.config import ConfigError, Settings, validate


@pytest.fixture
def listening_port() -> Iterator[int]:
    """A port on 127.0.0.1 that another socket holds open and listens on."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        yield held.getsockname()[1]


def config_error(settings: Settings, *, check_port: bool = True) -> str:
    with pytest.raises(ConfigError) as caught:
        validate(settings, check_port=check_port)
    return caught.value.message


def test_valid_settings_pass_and_create_the_data_dir(tmp_path: Path) -> None:
    data_dir = tmp_path / "new" / "data"
    validate(Settings(data_dir=data_dir), check_port=False)
    assert data_dir.is_dir()
    assert list(data_dir.iterdir()) == [], "the write probe is removed"


@pytest.mark.parametrize("port", [0, -1, 65536, 100_000])
def test_port_out_of_range_is_refused(tmp_path: Path, port: int) -> None:
    message = config_error(Settings(port=port, data_dir=tmp_path))
    assert message == f"port {port} is out of range 1-65535"


def test_zero_workers_are_refused(tmp_path: Path) -> None:
    message = config_error(Settings(workers=0, data_dir=tmp_path), check_port=False)
    assert "--workers must be at least 1" in message


def test_several_workers_without_redis_are_refused(tmp_path: Path) -> None:
    message = config_error(Settings(workers=2, data_dir=tmp_path), check_port=False)
    assert "--workers above 1 needs Redis" in message
    assert "--redis-url" in message


def test_several_workers_with_redis_pass(tmp_path: Path) -> None:
    settings = Settings(workers=4, redis_url="redis://127.0.0.1:6379/0", data_dir=tmp_path)
    validate(settings, check_port=False)


def test_a_worker_health_check_under_a_second_is_refused(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, worker_healthcheck_s=0)
    assert "TWINSPACE_WORKER_HEALTHCHECK_S must be at least 1" in config_error(
        settings, check_port=False
    )


def test_the_worker_health_check_is_read_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert settings_from_environment().worker_healthcheck_s == 30
    monkeypatch.setenv("TWINSPACE_WORKER_HEALTHCHECK_S", "90")
    assert settings_from_environment().worker_healthcheck_s == 90


@pytest.mark.parametrize(
    "url", ["redis+cluster://10.0.0.1:6379", "rediss+cluster://10.0.0.1:6379/0"]
)
def test_a_redis_cluster_is_one_url_scheme(tmp_path: Path, url: str) -> None:
    validate(Settings(workers=2, redis_url=url, data_dir=tmp_path), check_port=False)


def test_a_redis_cluster_url_naming_a_database_is_refused(tmp_path: Path) -> None:
    settings = Settings(redis_url="redis+cluster://10.0.0.1:6379/15", data_dir=tmp_path)
    assert "database 0 only" in config_error(settings, check_port=False)


@pytest.mark.parametrize(
    "url", ["mysql://user@127.0.0.1/db", "mariadb://127.0.0.1/db", "twinspace.sqlite3"]
)
def test_unsupported_database_scheme_is_refused(tmp_path: Path, url: str) -> None:
    message = config_error(Settings(database_url=url, data_dir=tmp_path), check_port=False)
    assert f"database URL {url!r} is not supported" in message
    assert "sqlite://" in message
    assert "postgresql://" in message


@pytest.mark.parametrize(
    "url",
    [
        "sqlite:////tmp/x.sqlite3",
        "sqlite+aiosqlite:////tmp/x.sqlite3",
        "postgresql://user@db.example/twinspace",
        "postgresql+asyncpg://user@db.example/twinspace",
        # What hosting platforms put in DATABASE_URL; storage maps it to asyncpg.
        "postgres://user@db.example/twinspace",
    ],
)
def test_supported_database_schemes_pass(tmp_path: Path, url: str) -> None:
    validate(Settings(database_url=url, data_dir=tmp_path), check_port=False)


def test_postgresql_url_without_host_is_refused(tmp_path: Path) -> None:
    settings = Settings(database_url="postgresql:///twinspace", data_dir=tmp_path)
    assert "names no host" in config_error(settings, check_port=False)


@pytest.mark.parametrize("url", ["http://127.0.0.1:6379/0", "memcached://127.0.0.1"])
def test_unsupported_redis_scheme_is_refused(tmp_path: Path, url: str) -> None:
    message = config_error(Settings(redis_url=url, data_dir=tmp_path), check_port=False)
    assert f"Redis URL {url!r} is not supported" in message
    assert "redis://" in message


@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("mysql://twin:s3cret-pw@db.example/twinspace", "database_url"),
        ("postgresql://twin:s3cret-pw@/twinspace", "database_url"),
        ("http://:s3cret-pw@127.0.0.1:6379/0", "redis_url"),
    ],
)
def test_refused_url_is_shown_without_its_password(tmp_path: Path, url: str, field: str) -> None:
    settings = Settings(
        data_dir=tmp_path,
        database_url=url if field == "database_url" else None,
        redis_url=url if field == "redis_url" else None,
    )
    message = config_error(settings, check_port=False)
    assert "s3cret-pw" not in message
    assert ":***@" in message


def test_malformed_url_is_refused_as_config_error(tmp_path: Path) -> None:
    settings = Settings(database_url="postgresql://user@[::1/twinspace", data_dir=tmp_path)
    assert "database URL is not a valid URL" in config_error(settings, check_port=False)


def test_data_dir_that_cannot_be_created_is_refused(tmp_path: Path) -> None:
    # Tests run as root, whom chmod does not stop: a path under a regular file stops anyone.
    regular_file = tmp_path / "a-file"
    regular_file.write_text("")
    data_dir = regular_file / "data"
    message = config_error(Settings(data_dir=data_dir), check_port=False)
    assert f"data directory {str(data_dir)!r} is not writable" in message
    assert "--data-dir" in message
    assert "TWINSPACE_DATA_DIR" in message


def test_data_dir_that_is_a_file_is_refused(tmp_path: Path) -> None:
    regular_file = tmp_path / "a-file"
    regular_file.write_text("")
    message = config_error(Settings(data_dir=regular_file), check_port=False)
    assert "is not writable" in message


@pytest.mark.parametrize(
    "name",
    ["missing/twinspace.sqlite3", "twinspace.sqlite3", ":memory:"],
    ids=["missing", "here", "memory"],
)
def test_sqlite_file_in_a_missing_folder_is_refused_before_any_driver_opens_it(
    tmp_path: Path, name: str
) -> None:
    path = name if name == ":memory:" else str(tmp_path / name)
    settings = Settings(data_dir=tmp_path, database_url=f"sqlite+aiosqlite:///{path}")
    if name.startswith("missing"):
        message = config_error(settings, check_port=False)
        assert (
            f"the folder {str(tmp_path / 'missing')!r} of the SQLite file does not exist" in message
        )
    else:
        validate(settings, check_port=False)


def test_port_in_use_is_refused(tmp_path: Path, listening_port: int) -> None:
    message = config_error(Settings(host="127.0.0.1", port=listening_port, data_dir=tmp_path))
    assert f"port {listening_port} on 127.0.0.1 is already in use" in message
    assert "--port" in message
    assert "TWINSPACE_PORT" in message


def test_port_in_use_on_loopback_blocks_all_interfaces(tmp_path: Path, listening_port: int) -> None:
    message = config_error(Settings(host="0.0.0.0", port=listening_port, data_dir=tmp_path))  # noqa: S104
    assert "already in use" in message


def test_port_check_can_be_skipped(tmp_path: Path, listening_port: int) -> None:
    # What `migrate` and the admin commands do: they listen on nothing.
    validate(Settings(port=listening_port, data_dir=tmp_path), check_port=False)


def test_free_port_passes(tmp_path: Path) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    validate(Settings(host="127.0.0.1", port=port, data_dir=tmp_path))


def test_database_defaults_to_sqlite_file_in_data_dir(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    expected = (tmp_path / "data" / "twinspace.sqlite3").resolve()
    assert settings.effective_database_url == f"sqlite+aiosqlite:///{expected}"


def test_default_sqlite_path_is_absolute_for_relative_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    url = Settings(data_dir=Path("data")).effective_database_url
    assert url == f"sqlite+aiosqlite:///{tmp_path.resolve()}/data/twinspace.sqlite3"


def test_explicit_database_url_wins(tmp_path: Path) -> None:
    url = "postgresql://user@db.example/twinspace"
    assert Settings(database_url=url, data_dir=tmp_path).effective_database_url == url


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.1.1", "localhost", "::1"])
def test_cookies_are_not_secure_on_loopback(host: str) -> None:
    assert Settings(host=host).effective_cookie_secure is False


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.10", "twinspace.example"])  # noqa: S104
def test_cookies_are_secure_off_loopback(host: str) -> None:
    assert Settings(host=host).effective_cookie_secure is True


def test_explicit_cookie_secure_wins() -> None:
    assert Settings(host="0.0.0.0", cookie_secure=False).effective_cookie_secure is False  # noqa: S104
    assert Settings(host="127.0.0.1", cookie_secure=True).effective_cookie_secure is True


def test_sqlite_is_migrated_at_start_up_by_default(tmp_path: Path) -> None:
    assert Settings(data_dir=tmp_path).effective_auto_migrate is True
    url = f"sqlite:///{tmp_path}/other.sqlite3"
    assert Settings(database_url=url).effective_auto_migrate is True


@pytest.mark.parametrize(
    "url", ["postgresql://user@db.example/twinspace", "postgresql+asyncpg://u@db.example/t"]
)
def test_postgresql_is_not_migrated_at_start_up_by_default(url: str) -> None:
    assert Settings(database_url=url).effective_auto_migrate is False


def test_explicit_auto_migrate_wins(tmp_path: Path) -> None:
    postgres = "postgresql://user@db.example/twinspace"
    assert Settings(database_url=postgres, auto_migrate=True).effective_auto_migrate is True
    assert Settings(data_dir=tmp_path, auto_migrate=False).effective_auto_migrate is False


@pytest.mark.parametrize(
    "url",
    ["ftp://twinspace.example", "https://", "https://twinspace.example/?a=1", "twinspace.example"],
)
def test_a_public_url_that_cannot_start_a_link_is_refused(tmp_path: Path, url: str) -> None:
    assert "public URL" in config_error(
        Settings(data_dir=tmp_path, public_url=url), check_port=False
    )


def test_a_public_url_with_a_path_passes(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, public_url="https://school.example/twinspace")
    validate(settings, check_port=False)


def test_the_blob_store_url_is_read_from_the_environment_and_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TWINSPACE_BLOBS_URL", "s3://archive/site-a?endpoint=http://127.0.0.1:7480")
    monkeypatch.setenv("TWINSPACE_BLOBS_ACCESS_KEY_ID", "key")
    monkeypatch.setenv("TWINSPACE_BLOBS_SECRET_ACCESS_KEY", "secret")
    settings = settings_from_environment()
    assert settings.blobs_url == "s3://archive/site-a?endpoint=http://127.0.0.1:7480"
    assert (settings.blobs_access_key_id, settings.blobs_secret_access_key) == ("key", "secret")
    validate(Settings(data_dir=tmp_path, blobs_url=settings.blobs_url), check_port=False)
    for bad in (
        "file:///srv/files",
        "s3://Bad_Bucket",
        "s3://archive?endpoint=ftp://h",
        "s3://archive?acl=x",
    ):
        with pytest.raises(ConfigError, match="TWINSPACE_BLOBS_URL"):
            validate(Settings(data_dir=tmp_path, blobs_url=bad), check_port=False)
    lone_key = Settings(data_dir=tmp_path, blobs_url="s3://archive", blobs_access_key_id="key")
    with pytest.raises(ConfigError, match="together"):
        validate(lone_key, check_port=False)
