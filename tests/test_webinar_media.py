"""A webinar's media through a real Janus (issue 22), a short run of ``python -m
loadtest.webinar`` in a private network namespace: the speaker publishes, a handful of viewers
in two processes receive it with no token (none was given: a viewer given one fails the run),
half of them decoding and half counting frames from the RTP headers (the packets mode); the
count watching counts them, the Q&A and the chat reach them; a viewer promoted to speak
reaches two others, and once returned its media stops at Janus (its client never hangs up);
the organiser records a speaker and the event keeps Janus's recording as WebM and Ogg files.
Counts are judged here, never times (those are the benchmark's, docs/benchmarks.md)."""

from __future__ import annotations

from typing import Any

import pytest

from loadtest import netns
from loadtest.janus_process import janus_missing
from loadtest.janus_session import FLOWING, WATCH_S
from loadtest.webinar import run_in_netns
from loadtest.webrtc_loopback import FPS

from .conftest import service_unavailable

#: Janus without a fixture named for it: marked by hand (make test-fast leaves it out).
# Media tests run on one worker (make test: --dist loadgroup, the `media` group), with no other
# heavy test beside them (tests/media_lock.py): the module fixture is a whole media run of
# 20-40 s, set up once.
pytestmark = [pytest.mark.janus, pytest.mark.media]

VIEWERS = 4
#: After the return, at most one second's worth of the returned viewer's frames may still
#: arrive; the watch lasts twice as long.
VIDEO_BOUND = FPS
RUN_TIMEOUT_S = 300.0

assert WATCH_S >= 2.0  # the bound above relies on it


# Session, not module: a module fixture is set up again each time the worker comes back to
# this module after a test of another one (xdist interleaves), and the run takes 30-60 s.
# It returns figures only (the run has ended and cleaned up), so one per worker is enough.
@pytest.fixture(scope="session")
def webinar() -> dict[str, Any]:
    for missing in (janus_missing(), netns.netns_missing()):
        if missing is not None:
            service_unavailable(f"{missing}; CI runs as root with janus installed")
    argv = ["--sizes", str(VIEWERS), "--workers", "2", "--hold", "2", "--stage", "--record"]
    # The packets mode (the default above 100 viewers): 1 viewer in 2 decodes, the others
    # count frames from the RTP headers.
    argv += ["--mode", "packets", "--decode-every", "2"]
    result = run_in_netns(argv, RUN_TIMEOUT_S)
    [run] = result["runs"]
    assert isinstance(run, dict)
    run["recording"] = result["recording"]
    return run


def test_every_viewer_receives_the_speaker_with_no_token(webinar: dict[str, Any]) -> None:
    assert webinar["errors"] == []
    assert webinar["receiving"] == VIEWERS
    assert webinar["stage"]["speaker_reaches_viewers"]


def test_a_sample_decodes_and_the_others_count_packets(webinar: dict[str, Any]) -> None:
    assert webinar["mode"] == "packets"
    assert webinar["decoding_viewers"] == VIEWERS // 2
    # Both kinds of viewer received frames (receiving counts every viewer): the sample too.
    assert webinar["fps_decoding_min"] > 0
    assert webinar["fps_min"] > 0


def test_the_count_watching_counts_the_audience(webinar: dict[str, Any]) -> None:
    assert webinar["watching_count"] == VIEWERS


def test_questions_and_chat_reach_the_viewers(webinar: dict[str, Any]) -> None:
    assert webinar["sent"]["refused"] == 0
    assert webinar["qa_ms"]["count"] > 0
    assert webinar["chat_ms"]["count"] > 0


def test_a_promoted_viewer_reaches_the_others_and_stops_once_returned(
    webinar: dict[str, Any],
) -> None:
    stage = webinar["stage"]
    assert stage["promoted_reaches_viewers"], stage
    assert min(stage["promoted_frames_before_return"]) >= FLOWING, stage
    assert max(stage["promoted_frames_after_return"]) <= VIDEO_BOUND, stage
    assert min(stage["speaker_frames_after_return"]) >= FLOWING, stage  # the speaker goes on


def test_janus_records_the_speaker_into_files_kept_with_the_event(
    webinar: dict[str, Any],
) -> None:
    recording = webinar["recording"]
    assert recording["notice"] is True  # everyone following was told
    assert sorted(r["kind"] for r in recording["recordings"]) == ["audio", "video"]
    video, audio = recording["downloads"]["video"], recording["downloads"]["audio"]
    kinds = {r["kind"]: r["content_type"] for r in recording["recordings"]}
    assert kinds == {"video": "video/webm", "audio": "audio/ogg"}
    assert (video["status"], video["content_type"]) == (200, "application/octet-stream")
    assert video["magic"] == "1a45dfa3"  # EBML: a WebM file, made by janus-pp-rec
    assert (audio["status"], audio["content_type"]) == (200, "application/octet-stream")
    assert audio["magic"] == "4f676753"  # OggS
    assert min(video["size"], audio["size"]) > 200  # not just the empty headers
