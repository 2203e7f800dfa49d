"""Media through a real Janus: a teacher broadcasting to 30 pupils, everyone joined through the
real server's REST and signalling (``JoinedVideo.sfu``), every pupil decoding frames; forced
mute, removal and end stopping media at Janus, whatever the clients do.

Janus gathers no ICE candidate on a loopback interface, so this runs in a private network
namespace the test makes and deletes (loadtest.netns, loadtest.janus_broadcast): Janus, the
server and the aiortc peers all inside it, nothing crossing out. One run (about 30 s here)
serves every test of the module; counts are judged here, never times.
"""

from __future__ import annotations

import os
from typing import Any

import pytest

from loadtest import netns
from loadtest.janus_broadcast import run_in_netns
from loadtest.janus_process import janus_missing
from loadtest.janus_session import FLOWING, WATCH_S
from loadtest.webrtc_loopback import FPS

from .conftest import service_unavailable

#: Janus without a fixture named for it (the run is a module fixture): marked by hand, so that
#: `make test-fast` leaves it out with the other Janus tests.
# Media tests run on one worker (make test: --dist loadgroup, the `media` group), with no other
# heavy test beside them (tests/media_lock.py): the module fixture is a whole media run of
# 20-40 s, set up once.
pytestmark = [pytest.mark.janus, pytest.mark.media]

PUPILS = 30
#: Opus frames a second (20 ms each).
AUDIO_FPS = 50
#: After a moderation action, at most one second's worth of frames may still arrive; the
#: watch lasts twice as long, so a stream that kept flowing would get twice the bound.
VIDEO_BOUND, AUDIO_BOUND = FPS, AUDIO_FPS
#: Seconds the whole run may take before it is killed (about 30 s on 2 quiet cores).
RUN_TIMEOUT_S = 240.0
#: Seconds the run gives media to start flowing.
MEDIA_TIMEOUT_S = "60"

assert WATCH_S >= 2.0  # the bounds above rely on it


# Session, not module: a module fixture is set up again each time the worker comes back to
# this module after a test of another one (xdist interleaves), and the run takes 30-60 s.
# It returns figures only (the run has ended and cleaned up), so one per worker is enough.
@pytest.fixture(scope="session")
def broadcast() -> dict[str, Any]:
    for missing in (janus_missing(), netns.netns_missing()):
        if missing is not None:
            service_unavailable(f"{missing}; CI runs as root with janus installed")
    argv = ["--sizes", str(PUPILS), "--rounds", "1", "--hold", "2", "--mesh-size", "0"]
    result = run_in_netns([*argv, "--moderation", "--timeout", MEDIA_TIMEOUT_S], RUN_TIMEOUT_S)
    [session] = result["sfu"]
    assert isinstance(session, dict)
    session["netns"] = result["netns"]
    session["pids"] = result["pids"]
    return session


def test_every_one_of_thirty_pupils_receives_the_teachers_video_through_janus(
    broadcast: dict[str, Any],
) -> None:
    frames = broadcast["video_frames_per_pupil"]
    assert len(frames) == PUPILS
    assert broadcast["all_pupils_receiving"], frames
    assert min(frames) >= FLOWING, frames
    assert broadcast["join_to_first_frame_ms"]["count"] == PUPILS


def test_the_servers_probe_sees_every_publishers_media_through_janus(
    broadcast: dict[str, Any],
) -> None:
    probe = broadcast["moderation"]["probe"]
    assert probe["exit"] == 0, probe
    tallies = probe["tallies"]
    assert len(tallies) == 2, tallies  # the teacher and the presenting pupil
    for tally in tallies.values():
        assert tally["video"] >= FLOWING, tallies
        assert tally["audio"] >= FLOWING, tallies


def test_forced_mute_stops_the_publishers_audio_at_janus_and_unmute_restores_it(
    broadcast: dict[str, Any],
) -> None:
    moderation = broadcast["moderation"]
    assert moderation["presenting"], moderation
    muted = moderation["muted"]
    assert max(muted["presenter_audio"]) <= AUDIO_BOUND, muted
    # The muted publisher's connection is alive: its video and the teacher's audio flow on.
    assert min(muted["presenter_video"]) >= FLOWING, muted
    assert min(muted["teacher_audio"]) >= FLOWING, muted
    assert min(moderation["unmuted"]["presenter_audio"]) >= FLOWING, moderation["unmuted"]


def test_a_removed_publisher_stops_reaching_its_subscribers_within_a_second(
    broadcast: dict[str, Any],
) -> None:
    removed = broadcast["moderation"]["removed"]
    assert max(removed["presenter_video_to_watchers"]) <= VIDEO_BOUND, removed
    assert max(removed["presenter_audio_to_watchers"]) <= AUDIO_BOUND, removed


def test_a_removed_pupil_stops_receiving_within_a_second_and_the_others_do_not(
    broadcast: dict[str, Any],
) -> None:
    removed = broadcast["moderation"]["removed"]
    assert max(removed["teacher_video_to_presenter"]) <= VIDEO_BOUND, removed
    assert max(removed["teacher_video_to_quiet"]) <= VIDEO_BOUND, removed
    assert min(removed["teacher_video_to_others"]) >= FLOWING, removed


def test_ending_the_session_stops_everyones_media_within_a_second(
    broadcast: dict[str, Any],
) -> None:
    ended = broadcast["moderation"]["ended"]["teacher_video_to_others"]
    assert len(ended) == PUPILS - 2
    assert max(ended) <= VIDEO_BOUND, ended


def test_the_run_leaves_no_namespace_and_no_process(broadcast: dict[str, Any]) -> None:
    assert broadcast["netns"] not in netns.leftover_namespaces()
    for pid in broadcast["pids"]:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
