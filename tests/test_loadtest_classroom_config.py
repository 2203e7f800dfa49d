"""The classroom scenario's knobs: every scenario file loads, booleans are booleans, video is
bounded; and the server's processes are found from its port (pure, or one loopback socket)."""

from __future__ import annotations

import argparse
import os
import socket
from pathlib import Path

import pytest

from loadtest import serverprocs
from loadtest.classroom_config import Knobs, add_arguments, knobs_from, load_scenario

SCENARIOS = sorted((Path(__file__).parent.parent / "loadtest" / "scenarios").glob("*.toml"))


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    return parser.parse_args(list(argv))


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.name)
def test_every_scenario_file_loads_and_passes_its_checks(path: Path) -> None:
    load_scenario(path).check()


def test_a_boolean_knob_is_a_switch_and_the_file_must_say_true_or_false(tmp_path: Path) -> None:
    assert knobs_from(parse("--video-audio")).video_audio is True
    assert knobs_from(parse("--no-video-audio")).video_audio is False
    scenario = tmp_path / "s.toml"
    scenario.write_text('[classroom]\nvideo_audio = "false"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="true or false"):
        load_scenario(scenario)


def test_video_goes_to_the_first_classrooms_up_to_the_peer_bound() -> None:
    assert Knobs(classrooms=40, video_peers=2, video_max_peers=8).video_classrooms() == 4
    assert Knobs(classrooms=3, video_peers=3, video_max_peers=30).video_classrooms() == 3
    assert Knobs(video_peers=0).video_classrooms() == 0
    with pytest.raises(ValueError, match="video_peers"):
        Knobs(video_peers=1).check()
    with pytest.raises(ValueError, match="even"):
        Knobs(video_width=161).check()


def test_local_port_only_for_loopback_urls() -> None:
    assert serverprocs.local_port("http://127.0.0.1:8000") == 8000
    assert serverprocs.local_port("http://localhost") == 80
    assert serverprocs.local_port("https://school.example:8443") is None


def test_the_listening_process_and_its_accepted_connections_are_found() -> None:
    with socket.create_server(("127.0.0.1", 0)) as server:
        port = server.getsockname()[1]
        assert serverprocs.listening_pids(port) == [os.getpid()]
        with socket.create_connection(("127.0.0.1", port)) as client:
            accepted, _ = server.accept()
            with accepted:
                # This process holds both ends; only the accepted one has the server's port.
                assert serverprocs.connections_by_pid(port, [os.getpid()]) == {os.getpid(): 1}
            assert client.fileno() >= 0
    assert os.getpid() in serverprocs.children(os.getppid())
