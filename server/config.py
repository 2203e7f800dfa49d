"""Settings: one frozen value built from flags and TWINSPACE_* environment variables.

Every limit is documented where it is defined: its default and what happens past it.
"""

from __future__ import annotations

import datetime as dt
import errno
import socket
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy.engine import make_url

from protocol.errors import TwinspaceError
from protocol.limits import Limits as WsLimits

from .blobs.target import BadBlobsUrl, parse_blobs_url
from .collector import DEFAULT_YOUNG_THRESHOLD
from .forum_limits import ForumLimits, chat_limits
from .mail.settings import MailSettings, check_mail

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_DATA_DIR = Path("data")

# "postgres" is how hosting platforms write it; storage.database maps it to asyncpg too.
SUPPORTED_DATABASE_SCHEMES = (
    "sqlite",
    "sqlite+aiosqlite",
    "postgresql",
    "postgres",
    "postgresql+asyncpg",
)
SUPPORTED_REDIS_SCHEMES = ("redis", "rediss", "unix", "redis+cluster", "rediss+cluster")
#: Janus as browsers reach it: its HTTP transport, or its WebSocket one (web/js/webrtc/janus.js).
SUPPORTED_JANUS_CLIENT_SCHEMES = ("http", "https", "ws", "wss")


class ConfigError(TwinspaceError):
    """A setting that cannot work; the message says which and how to fix it."""


@dataclass(frozen=True, slots=True)
class Limits:
    """Request limits of the HTTP API."""

    #: Largest JSON request body (default 64 KiB). A larger one is refused with 413 before
    #: it is read whole, and nothing changes.
    max_json_body: int = 64 * 1024
    # Limits of single fields (pupils per request, an invitation's life and uses) are in the
    # body declarations of protocol/api.py, so that /openapi.json publishes what is enforced.


@dataclass(frozen=True, slots=True)
class SignInLimits:
    """Failed sign-ins allowed per window before sign-in waits for the window to end
    (server/services/sign_in_throttle.py; docs/reliability.md, "Sign-in throttling").

    * ``per_address_account`` (default 5): one person mistyping, or one attacker on one
      account from one address. Only that account waits, only from that address.
    * ``per_account`` (default 10): the lockout of one account from every address, against a
      distributed guess at one teacher's password or one pupil's code.
    * ``per_address`` (default 300): one address spraying guesses over many accounts. A whole
      school sits behind one address: a class of 30 pupils typing their codes for the first
      time, a few mistyping several times, makes tens of failures, so the budget is several
      classes' worth; and an account that has already signed in from this address within
      ``known_for`` (default 30 days) is never held back by it, so a spray (or a bad morning)
      never shuts out the pupils who signed in there before. Their own two budgets still
      apply.
    * ``window`` (default 15 minutes): each budget's fixed window, from its first failure.
    """

    per_address_account: int = 5
    per_account: int = 10
    per_address: int = 300
    window: dt.timedelta = dt.timedelta(minutes=15)
    known_for: dt.timedelta = dt.timedelta(days=30)


@dataclass(frozen=True, slots=True)
class VideoSettings:
    """Video sessions (docs/video.md); each from a TWINSPACE_VIDEO_* / TWINSPACE_TURN_*
    variable, see :func:`video_settings_from`."""

    #: Most participants media flows between peer to peer (default 4: each sends 3 streams).
    #: The participant past it switches the session to the SFU (Janus); with no SFU
    #: configured, joining past it is refused with 422 (limit_exceeded).
    mesh_limit: int = 4
    #: How long a joined participant whose socket died keeps its place (default 15 s). A
    #: rejoin within it continues in place; past it the participant has left.
    grace: dt.timedelta = dt.timedelta(seconds=15)
    #: How long a session may have nobody in it (no participant joined: only people waiting
    #: in the lobby, someone admitted whose page never connected, or no one) before it ends
    #: by itself (default 2 minutes; TWINSPACE_VIDEO_EMPTY_S). Ended with the reason
    #: ``empty``, as a teacher's "end" would, by the upkeep sweep and at start-up.
    empty_after: dt.timedelta = dt.timedelta(minutes=2)
    #: STUN servers handed to clients (default none: on a LAN host candidates suffice).
    stun_urls: tuple[str, ...] = ()
    #: TURN servers (coturn with `use-auth-secret`); credentials need `turn_secret`.
    turn_urls: tuple[str, ...] = ()
    #: coturn's `static-auth-secret`; kept on the server, only derived credentials leave it.
    turn_secret: str | None = None
    #: How long handed-out TURN credentials work (default 6 h, a school day).
    turn_ttl: dt.timedelta = dt.timedelta(hours=6)
    #: Janus's HTTP API as the server reaches it (default none: every session stays a mesh).
    janus_url: str | None = None
    #: The VideoRoom plugin's `admin_key`; room secrets and tokens are derived from it.
    janus_admin_key: str | None = None
    #: Where clients reach Janus (its WebSocket transport, say); default `janus_url`.
    janus_client_url: str | None = None
    #: A folder Janus writes its recordings of events' speakers into (Janus's own path, one
    #: folder per room; TWINSPACE_JANUS_RECORDINGS). Default none: recording is refused (503).
    janus_recordings_dir: str | None = None

    @property
    def sfu_client_url(self) -> str | None:
        """Where browsers reach Janus (the page's CSP allows its origin), or None without one."""
        if not (self.janus_url and self.janus_admin_key):
            return None
        return self.janus_client_url or self.janus_url


def video_settings_from(env: Mapping[str, str]) -> VideoSettings:
    """VideoSettings from TWINSPACE_VIDEO_MESH_LIMIT, TWINSPACE_VIDEO_GRACE_S,
    TWINSPACE_VIDEO_EMPTY_S,
    TWINSPACE_STUN_URLS, TWINSPACE_TURN_URLS (comma-separated), TWINSPACE_TURN_SECRET,
    TWINSPACE_TURN_TTL_S, TWINSPACE_JANUS_URL, TWINSPACE_JANUS_ADMIN_KEY and
    TWINSPACE_JANUS_CLIENT_URL, TWINSPACE_JANUS_RECORDINGS; absent ones keep their defaults."""
    default = VideoSettings()

    def urls(name: str) -> tuple[str, ...]:
        return tuple(u.strip() for u in env.get(name, "").split(",") if u.strip())

    return VideoSettings(
        mesh_limit=int(env.get("TWINSPACE_VIDEO_MESH_LIMIT", default.mesh_limit)),
        grace=dt.timedelta(
            seconds=float(env.get("TWINSPACE_VIDEO_GRACE_S", default.grace.total_seconds()))
        ),
        empty_after=dt.timedelta(
            seconds=float(env.get("TWINSPACE_VIDEO_EMPTY_S", default.empty_after.total_seconds()))
        ),
        stun_urls=urls("TWINSPACE_STUN_URLS"),
        turn_urls=urls("TWINSPACE_TURN_URLS"),
        turn_secret=env.get("TWINSPACE_TURN_SECRET") or None,
        turn_ttl=dt.timedelta(
            seconds=float(env.get("TWINSPACE_TURN_TTL_S", default.turn_ttl.total_seconds()))
        ),
        janus_url=env.get("TWINSPACE_JANUS_URL") or None,
        janus_admin_key=env.get("TWINSPACE_JANUS_ADMIN_KEY") or None,
        janus_client_url=env.get("TWINSPACE_JANUS_CLIENT_URL") or None,
        janus_recordings_dir=env.get("TWINSPACE_JANUS_RECORDINGS") or None,
    )


@dataclass(frozen=True, slots=True)
class ArchiveLimits:
    """Limits of the file archive (issue 6), enforced while an upload's bytes arrive."""

    #: Largest file (default 1 GiB; flag --max-file-mb, TWINSPACE_MAX_FILE_MB). A larger
    #: upload is stopped with 413 ``too_large`` as soon as it passes the limit (or at once,
    #: from its Content-Length), and leaves nothing behind.
    max_file_bytes: int = 1024 * 1024 * 1024
    #: Bytes one space's archive may hold, every version and the trash included (default
    #: 20 GiB; flag --space-quota-mb, TWINSPACE_SPACE_QUOTA_MB). An upload that would pass it
    #: is stopped with 413 ``quota_exceeded`` and leaves nothing behind; purging frees space.
    space_quota_bytes: int = 20 * 1024 * 1024 * 1024
    #: Temporary upload files untouched this long (default 1 hour) are stale: removed at
    #: start-up and by `twinspace archive check`; so are unreferenced blobs this old with
    #: ``--collect-orphans``. An upload in flight writes often and is never this old.
    stale_after: dt.timedelta = dt.timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class OutboxSettings:
    """The durable outbox (issue 3; docs/realtime.md, "Crash-safe announcements")."""

    #: Write each announcement to the ``outbox_messages`` table in its transaction (default
    #: True). False is for the benchmark that measures what the write costs
    #: (``loadtest/outbox_bench.py``): a process killed between commit and publish then loses
    #: the announcement, silently for live clients.
    durable: bool = True
    #: Seconds a row waits for the process that committed it before any process may publish
    #: it (default 5 s; TWINSPACE_OUTBOX_LEASE_S). The committing process publishes within
    #: milliseconds; a row older than this was left by a process that died (or has been
    #: waiting that long for Redis). A republish is harmless (the broker publishes each row
    #: once), so the lease only keeps processes from doing each other's work.
    lease_s: float = 5.0
    #: Seconds between sweeps of each process (default 1 s; TWINSPACE_OUTBOX_SWEEP_S). A dead
    #: process's announcements reach live clients within about lease + interval.
    sweep_interval_s: float = 1.0
    #: Rows one sweep publishes at most (default 500); the next sweep takes the rest.
    sweep_batch: int = 500


MIB = 1024 * 1024


#: Live WebSocket connections of one account, over every process (`--max-connections-per-account`).
DEFAULT_MAX_WS_PER_ACCOUNT = 20


@dataclass(frozen=True, slots=True)
class PrivacySettings:
    """Pupil data export and audit-log retention (issue 9, docs/privacy.md)."""

    #: Days a space's audit log keeps an entry when the space sets nothing (default 365;
    #: TWINSPACE_AUDIT_RETENTION_DAYS). Account-level entries (validations, suspensions) keep
    #: this long too. The housekeeping task and `twinspace audit purge` delete older ones.
    audit_retention_days: int = 365
    #: Bounds a space's own setting must keep within (defaults 30 and 3650 days;
    #: TWINSPACE_AUDIT_RETENTION_MIN_DAYS, _MAX_DAYS). A setting outside gets 422; a stored
    #: one that the operator's new bounds exclude is held to the nearest bound.
    audit_retention_min_days: int = 30
    audit_retention_max_days: int = 3650
    #: Largest pupil export, files and manifest together (default 2 GiB;
    #: TWINSPACE_EXPORT_MAX_MB). A larger one is refused with 422 before a byte is sent.
    export_max_bytes: int = 2 * 1024 * MIB


@dataclass(frozen=True, slots=True)
class UploadTimeouts:
    """How slowly an upload body may arrive (issue 9: slowloris uploads, docs/reliability.md).

    Past either limit the upload is answered 408 ``request_timeout`` with Connection: close,
    and its bytes so far are thrown away (nothing is left in the store or the database)."""

    #: Longest wait for the next piece of the body (default 30 s; TWINSPACE_UPLOAD_IDLE_S).
    idle_s: float = 30.0
    #: Slowest average rate, in bytes a second since the body began, once ``grace_s`` has
    #: passed (defaults 1024 B/s after 10 s; TWINSPACE_UPLOAD_MIN_RATE, _GRACE_S): a client
    #: that trickles a byte now and then, never idle for ``idle_s``, is cut off too.
    min_rate: float = 1024.0
    grace_s: float = 10.0


@dataclass(frozen=True, slots=True)
class Settings:
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    data_dir: Path = DEFAULT_DATA_DIR
    #: None means the embedded default: a SQLite file in data_dir, migrated on first start.
    database_url: str | None = None
    #: None means the in-process broker (one process only).
    redis_url: str | None = None
    #: Where the file archive's blobs live (TWINSPACE_BLOBS_URL): None (the default) is the
    #: local disk under ``<data_dir>/files``; ``s3://BUCKET[/PREFIX]?endpoint=URL&region=NAME``
    #: an S3-protocol bucket (server/blobs/target.py, docs/deployment.md "Object storage").
    blobs_url: str | None = None
    #: The bucket's credentials (TWINSPACE_BLOBS_ACCESS_KEY_ID and
    #: TWINSPACE_BLOBS_SECRET_ACCESS_KEY); None: botocore's chain (AWS_ACCESS_KEY_ID, ...).
    blobs_access_key_id: str | None = None
    blobs_secret_access_key: str | None = None
    workers: int = 1
    #: With --workers above 1: how long the parent waits for a worker to answer its health
    #: check before killing and replacing it (TWINSPACE_WORKER_HEALTHCHECK_S, default 30).
    #: uvicorn's own 5 s killed workers still importing at start-up on a busy machine.
    worker_healthcheck_s: int = 30
    #: How long a sign-in lasts (default 14 days); after it the session answers 401.
    session_lifetime: dt.timedelta = dt.timedelta(days=14)
    #: The site's address as people reach it, such as "https://twinspace.school.example" (flag
    #: --public-url, TWINSPACE_PUBLIC_URL): invitation links are made from it. None (the
    #: default) makes them from the address each request came to, right only when nothing
    #: (a proxy, a load balancer) stands between the browsers and this server.
    public_url: str | None = None
    #: Secure flag on cookies; None means "unless serving on a loopback address".
    cookie_secure: bool | None = None
    #: Run migrations at start-up. None means "only for SQLite" (the embedded default).
    auto_migrate: bool | None = None
    log_level: str = "info"
    limits: Limits = field(default_factory=Limits)
    #: Sign-in throttling budgets (see SignInLimits).
    sign_in: SignInLimits = field(default_factory=SignInLimits)
    #: WebSocket limits, sent to clients in `welcome` (documented in protocol/limits.py).
    ws_limits: WsLimits = field(default_factory=WsLimits)
    #: Forum posting limits (documented in server/forum_limits.py).
    forum_limits: ForumLimits = field(default_factory=ForumLimits)
    #: Chat sending limits (issue 10; server/forum_limits.py chat_limits: 30 and 600 a minute).
    chat_limits: ForumLimits = field(default_factory=chat_limits)
    #: Live WebSocket connections of one account over every server process (default 20, enough
    #: for many tabs and devices; counted in Redis when configured). One more is closed with
    #: 4029 at once.
    max_ws_per_account: int = DEFAULT_MAX_WS_PER_ACCOUNT
    #: Cheap argon2 parameters, for tests only (not exposed as a flag).
    cheap_hashing: bool = False
    #: Video sessions: mesh size, grace period, STUN/TURN (issue 7).
    video: VideoSettings = field(default_factory=VideoSettings)
    # -- Operations (issue #11) --
    #: Bearer token that opens `/metrics`; None (the default) means `/metrics` answers 404.
    metrics_token: str | None = None
    #: `/readyz` reports the disk as "low" (503) below this many free bytes under the data
    #: folder (default 1 GiB): uploads would start failing soon after.
    min_free_disk_bytes: int = 1024 * 1024 * 1024
    #: Log lines as "text" (default) or "json" (one object per line).
    log_format: str = "text"
    #: The file archive's limits (see ArchiveLimits).
    archive: ArchiveLimits = field(default_factory=ArchiveLimits)
    #: Pupil export and audit retention (issue 9; see PrivacySettings).
    privacy: PrivacySettings = field(default_factory=PrivacySettings)
    #: How slowly an upload body may arrive (issue 9; see UploadTimeouts).
    upload_timeouts: UploadTimeouts = field(default_factory=UploadTimeouts)
    #: The durable outbox's lease and sweep (see OutboxSettings).
    outbox: OutboxSettings = field(default_factory=OutboxSettings)
    #: Allocations between young garbage collections in a serving process, which also
    #: freezes its start-up heap (server/collector.py; TWINSPACE_GC_YOUNG_THRESHOLD, 0 keeps
    #: Python's defaults). Applied by `twinspace serve` only, never by create_app.
    gc_young_threshold: int = DEFAULT_YOUNG_THRESHOLD
    #: Mail (issue 17: password-reset links): SMTP or the data folder's Maildir, link expiry.
    mail: MailSettings = field(default_factory=MailSettings)

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{(self.data_dir / 'twinspace.sqlite3').resolve()}"

    @property
    def files_dir(self) -> Path:
        return self.data_dir / "files"

    @property
    def effective_cookie_secure(self) -> bool:
        if self.cookie_secure is not None:
            return self.cookie_secure
        return not is_loopback(self.host)

    @property
    def effective_auto_migrate(self) -> bool:
        if self.auto_migrate is not None:
            return self.auto_migrate
        return self.effective_database_url.startswith("sqlite")


def is_loopback(host: str) -> bool:
    return host in ("localhost", "::1") or host.startswith("127.")


def redact(url: str) -> str:
    """The URL as an error message may show it: any password replaced by ***."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    userinfo, _, hostport = parts.netloc.rpartition("@")
    user = userinfo.partition(":")[0]
    return parts._replace(netloc=f"{user}:***@{hostport}").geturl()


def check_public_url(url: str) -> None:
    """The site's public address: http(s), a host, no query or fragment (links append one)."""
    check_url(url, ("http", "https"), "public URL")
    parts = urlsplit(url)
    if not parts.hostname or parts.query or parts.fragment:
        raise ConfigError(
            f"public URL {url!r} must be like https://twinspace.school.example (a host, "
            "maybe a path, no ? or #)"
        )


def check_url(url: str, schemes: tuple[str, ...], what: str) -> None:
    try:
        parts = urlsplit(url)
    except ValueError as exc:  # e.g. an unclosed [ in the host
        raise ConfigError(f"{what} is not a valid URL: {exc}") from None
    if parts.scheme not in schemes:
        raise ConfigError(
            f"{what} {redact(url)!r} is not supported: it must start with one of "
            + ", ".join(f"{s}://" for s in schemes)
        )
    if parts.scheme.startswith("postgres") and not parts.hostname and "host=" not in url:
        raise ConfigError(f"{what} {redact(url)!r} names no host")


def check_data_dir(data_dir: Path) -> None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        probe = data_dir / ".write-probe"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise ConfigError(
            f"data directory {str(data_dir)!r} is not writable ({exc.strerror}); "
            "choose another with --data-dir or TWINSPACE_DATA_DIR"
        ) from exc


def check_sqlite_folder(database_url: str) -> None:
    """Refuse a SQLite file in a folder that does not exist, before any driver tries it.

    aiosqlite answers such a file from its own thread and then stops that thread with a
    message to the event loop; a command that fails at once may have closed its loop by
    then, and the thread dies with a traceback on stderr under our clear one-line error.
    """
    if not database_url.startswith("sqlite"):
        return
    database = make_url(database_url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    folder = Path(database).parent
    if not folder.is_dir():
        raise ConfigError(
            f"cannot use the database: the folder {str(folder)!r} of the SQLite file does not exist"
        )


def check_port_free(host: str, port: int) -> None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise ConfigError(
                    f"port {port} on {host} is already in use; stop the other server or "
                    "choose another with --port or TWINSPACE_PORT"
                ) from exc
            raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror}") from exc


def validate(settings: Settings, *, check_port: bool = True) -> None:
    """Raise ConfigError with a clear message for the first setting that cannot work."""
    if not 0 < settings.port < 65536:
        raise ConfigError(f"port {settings.port} is out of range 1-65535")
    if settings.workers < 1:
        raise ConfigError("--workers must be at least 1")
    if settings.worker_healthcheck_s < 1:
        raise ConfigError("TWINSPACE_WORKER_HEALTHCHECK_S must be at least 1")
    if settings.workers > 1 and not settings.redis_url:
        raise ConfigError(
            "--workers above 1 needs Redis for fan-out between processes: give --redis-url"
        )
    if settings.archive.max_file_bytes < 1 or settings.archive.space_quota_bytes < 1:
        raise ConfigError("--max-file-mb and --space-quota-mb must be at least 1")
    if settings.database_url:
        check_url(settings.database_url, SUPPORTED_DATABASE_SCHEMES, "database URL")
    if settings.redis_url:
        check_url(settings.redis_url, SUPPORTED_REDIS_SCHEMES, "Redis URL")
        if urlsplit(settings.redis_url).scheme.endswith("+cluster") and urlsplit(
            settings.redis_url
        ).path not in ("", "/", "/0"):
            raise ConfigError(
                f"Redis URL {redact(settings.redis_url)!r}: a Redis Cluster has database 0 "
                "only; leave the path out"
            )
    if settings.blobs_url:
        try:
            parse_blobs_url(
                settings.blobs_url, settings.blobs_access_key_id, settings.blobs_secret_access_key
            )
        except BadBlobsUrl as exc:
            raise ConfigError(f"TWINSPACE_BLOBS_URL: {exc}") from None
    if settings.public_url:
        check_public_url(settings.public_url)
    if settings.video.mesh_limit < 2:
        raise ConfigError("TWINSPACE_VIDEO_MESH_LIMIT must be at least 2")
    if settings.video.empty_after <= dt.timedelta(0):
        raise ConfigError("TWINSPACE_VIDEO_EMPTY_S must be above 0")
    if settings.video.turn_urls and not settings.video.turn_secret:
        raise ConfigError("TWINSPACE_TURN_URLS needs TWINSPACE_TURN_SECRET (coturn's secret)")
    if settings.video.janus_url and not settings.video.janus_admin_key:
        raise ConfigError(
            "TWINSPACE_JANUS_URL needs TWINSPACE_JANUS_ADMIN_KEY (VideoRoom admin_key)"
        )
    if settings.video.sfu_client_url:
        check_url(settings.video.sfu_client_url, SUPPORTED_JANUS_CLIENT_SCHEMES, "Janus URL")
    if settings.log_format not in ("text", "json"):
        raise ConfigError(f"log format {settings.log_format!r} is not text or json")
    if settings.min_free_disk_bytes < 0:
        raise ConfigError("--min-free-disk-mb must not be negative")
    check_privacy(settings.privacy, settings.upload_timeouts)
    if settings.outbox.lease_s < 0 or settings.outbox.sweep_interval_s <= 0:
        raise ConfigError(
            "TWINSPACE_OUTBOX_LEASE_S must not be negative and TWINSPACE_OUTBOX_SWEEP_S "
            "must be above 0"
        )
    mail_problem = check_mail(settings.mail)
    if mail_problem is not None:
        raise ConfigError(mail_problem)
    check_data_dir(settings.data_dir)
    check_sqlite_folder(settings.effective_database_url)
    if check_port:
        check_port_free(settings.host, settings.port)


def check_privacy(privacy: PrivacySettings, timeouts: UploadTimeouts) -> None:
    low, high = privacy.audit_retention_min_days, privacy.audit_retention_max_days
    if not 1 <= low <= privacy.audit_retention_days <= high:
        raise ConfigError(
            "audit retention needs 1 <= TWINSPACE_AUDIT_RETENTION_MIN_DAYS <= "
            f"TWINSPACE_AUDIT_RETENTION_DAYS <= TWINSPACE_AUDIT_RETENTION_MAX_DAYS (got {low}, "
            f"{privacy.audit_retention_days}, {high})"
        )
    if privacy.export_max_bytes < 1:
        raise ConfigError("TWINSPACE_EXPORT_MAX_MB must be above 0")
    if timeouts.idle_s <= 0 or timeouts.min_rate < 0 or timeouts.grace_s < 0:
        raise ConfigError(
            "TWINSPACE_UPLOAD_IDLE_S must be above 0, TWINSPACE_UPLOAD_MIN_RATE and "
            "TWINSPACE_UPLOAD_GRACE_S not negative"
        )
