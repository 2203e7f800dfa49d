"""The classroom scenario's knobs: a plain TOML file gives them all, flags override any one.

Scenarios are data so that a user can copy ``loadtest/scenarios/classroom.toml``, edit it and
pass it with ``--scenario``; the built-in defaults below only fill keys the file leaves out.
"""

from __future__ import annotations

import argparse
import tomllib
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

DEFAULT_SCENARIO = Path(__file__).parent / "scenarios" / "classroom.toml"
#: The folder `make run` keeps its SQLite database in, relative to where it runs.
DEFAULT_DATA_DIR = Path("data")
#: Pupils one bulk request may create (the server refuses more with 422).
MAX_PUPILS_PER_CLASS = 60
#: How the classrooms come to exist: through the HTTP API, as a school does (argon2 for every
#: sign-in), or rows straight into the server's database (``database_url``), in seconds.
PROVISION_MODES = ("api", "database")


@dataclass(frozen=True, slots=True)
class Knobs:
    """Everything a run is shaped by; each field is a TOML key and a ``--flag``."""

    url: str = "http://127.0.0.1:8000"
    classrooms: int = 40
    pupils: int = 25
    duration: float = 60.0
    ramp_rate: float = 200.0
    churn_rate: float = 5.0
    churn_pause: float = 0.5
    teacher_action_every: float = 5.0
    workers: int = 1
    drain: float = 2.0
    login_concurrency: int = 20
    #: "api" or "database" (PROVISION_MODES); "database" needs ``database_url``, the
    #: server's own SQLAlchemy URL, reachable from the generator.
    provision: str = "api"
    database_url: str = ""
    #: Tries of a tab's connect when the server says to come back (unavailable, 1013), with
    #: doubling pauses from 0.5 s: 8 wait up to 32-64 s in all, about the page's patience (its
    #: back-off reaches 30 s). With 5 (4-8 s), two tabs gave up during a Redis master's
    #: failover (5.5 s under a whole test run) and failed the deployment's test.
    connect_tries: int = 8
    #: Tabs of one generator process being opened at once (the handshake, the sign-in and
    #: the two subscribes); the others wait their turn. Without a bound, a full-size ramp
    #: (5,200 tabs at 200/s) on a loaded 2-core machine had thousands of opens in flight,
    #: most timing out (sign-in frames read past the server's 10 s, closes 4001) and trying
    #: again: 436 tabs open after 200 s.
    open_concurrency: int = 50
    #: A tab whose socket the server or the network dropped opens again, as the page does
    #: (after a jittered pause, resuming its space channel with ``since``). Off, a dropped tab
    #: stays closed and the run shows the drop; the deployment's fault runs turn it on.
    reconnect: bool = False
    country: str = "FR"
    #: Forum (loadtest/classroom_forum.py): pupils' posts per second in each classroom (0: off).
    forum_post_rate: float = 0.2
    #: Seconds between two moderation actions of each classroom's teacher.
    moderate_every: float = 10.0
    #: Seconds between two file uploads in each classroom, on average (0: no uploads).
    upload_every: float = 10.0
    #: Size of each uploaded file, in kB.
    upload_kb: int = 256
    #: Chat (loadtest/classroom_chat.py): messages per second in each classroom's video
    #: session chat (0: no session, no chat).
    chat_rate: float = 0.5
    #: Video (loadtest/classroom_video.py): pupils of a classroom who join its session as
    #: aiortc peers on loopback (a mesh: K peers make K x (K-1) streams; 0: no media).
    video_peers: int = 2
    #: Peers in the whole run at most (each stream costs the generator 5-7 % of a core): the
    #: first classrooms get video until this many, the others chat only.
    video_max_peers: int = 8
    video_width: int = 160
    video_height: int = 120
    video_fps: int = 10
    #: Opus audio beside the video (50 packets a second per stream more for the generator).
    video_audio: bool = False
    #: Seconds a stream may take to show its first frame before it counts as without one.
    video_first_frame_timeout: float = 30.0

    def check(self) -> None:
        """Refuse values the run cannot honour, before anything is created on the server."""
        if not 1 <= self.pupils <= MAX_PUPILS_PER_CLASS:
            raise ValueError(f"pupils must be 1..{MAX_PUPILS_PER_CLASS} (one bulk request)")
        least = (
            self.classrooms,
            self.workers,
            self.login_concurrency,
            self.connect_tries,
            self.open_concurrency,
        )
        if min(least) < 1:
            raise ValueError(
                "classrooms, workers, login_concurrency, connect_tries and open_concurrency"
                " must be at least 1"
            )
        if self.duration <= 0 or self.ramp_rate <= 0 or self.teacher_action_every <= 0:
            raise ValueError("duration, ramp_rate and teacher_action_every must be positive")
        if self.churn_rate < 0 or self.churn_pause < 0 or self.drain < 0:
            raise ValueError("churn_rate, churn_pause and drain must not be negative")
        if self.provision not in PROVISION_MODES:
            raise ValueError(f"provision must be one of {', '.join(PROVISION_MODES)}")
        if self.provision == "database" and not self.database_url:
            raise ValueError("provision = database needs database_url")
        if self.chat_rate < 0:
            raise ValueError("chat_rate must not be negative")
        if self.forum_post_rate < 0 or self.moderate_every <= 0:
            raise ValueError("forum_post_rate must not be negative, moderate_every positive")
        if self.upload_every < 0 or self.upload_kb < 0:
            raise ValueError("upload_every and upload_kb must not be negative")
        if self.video_peers == 1 or self.video_peers < 0 or self.video_max_peers < 0:
            raise ValueError("video_peers must be 0 or at least 2, video_max_peers not negative")
        if not (16 <= self.video_width <= 1920 and 16 <= self.video_height <= 1080):
            raise ValueError("video_width must be 16..1920 and video_height 16..1080")
        if self.video_width % 2 or self.video_height % 2:
            raise ValueError("video_width and video_height must be even (YUV 4:2:0 frames)")
        if not 1 <= self.video_fps <= 30 or self.video_first_frame_timeout <= 0:
            raise ValueError("video_fps must be 1..30, video_first_frame_timeout positive")

    def video_classrooms(self) -> int:
        """How many classrooms (the first ones) get video peers."""
        if self.video_peers == 0:
            return 0
        return min(self.classrooms, self.video_max_peers // self.video_peers)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def load_scenario(path: Path) -> Knobs:
    """Knobs from the ``[classroom]`` table of a TOML file; unknown keys are an error."""
    with path.open("rb") as file:
        table = tomllib.load(file).get("classroom", {})
    known = {f.name: f.type for f in fields(Knobs)}
    unknown = sorted(set(table) - set(known))
    if unknown:
        raise ValueError(f"{path}: unknown keys {', '.join(unknown)}")
    defaults = Knobs()
    values = {name: _value(name, type(getattr(defaults, name)), table[name]) for name in table}
    return replace(defaults, **values)


def _value(name: str, kind: type, value: object) -> Any:
    """A TOML value as the knob's type; a string where a boolean belongs is an error (bool
    of any non-empty string would be True)."""
    if kind is bool and not isinstance(value, bool):
        raise ValueError(f"{name} must be true or false, not {value!r}")
    return kind(value)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Every knob as a flag (default None: the scenario file decides), plus run options."""
    parser.add_argument(
        "--scenario",
        type=Path,
        default=DEFAULT_SCENARIO,
        help="the scenario file (TOML); a flag below overrides its knob",
    )
    for f in fields(Knobs):
        kind = type(getattr(Knobs(), f.name))
        flag = "--" + f.name.replace("_", "-")
        if kind is bool:  # --video-audio / --no-video-audio
            parser.add_argument(
                flag,
                action=argparse.BooleanOptionalAction,
                default=None,
                help=f"(scenario key {f.name})",
            )
            continue
        parser.add_argument(flag, type=kind, default=None, help=f"(scenario key {f.name})")
    parser.add_argument("--admin-email", help="national admin of a remote server")
    parser.add_argument("--admin-password", help="with --admin-email")
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=DEFAULT_DATA_DIR,
        help="local server's data folder: a national admin is created there for this run",
    )
    parser.add_argument(
        "--server-pid",
        type=int,
        help="sample this local process and its children (default: whatever listens on the"
        " loopback URL's port, e.g. a --workers supervisor and its workers)",
    )
    parser.add_argument("--json", type=Path, help="write the JSON report here")
    parser.add_argument(
        "--marks-file", type=Path, help="write each phase's start here as it is reached (JSON)"
    )
    parser.add_argument("--plot", type=Path, help="write a PNG latency-over-time plot here")


def knobs_from(args: argparse.Namespace) -> Knobs:
    """The scenario file's knobs with the flags that were given laid over them."""
    base = load_scenario(args.scenario)
    given = {
        f.name: getattr(args, f.name) for f in fields(Knobs) if getattr(args, f.name) is not None
    }
    knobs = replace(base, **given)
    knobs.check()
    return knobs
