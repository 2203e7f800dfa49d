"""Video settings from TWINSPACE_* variables, and the ones that cannot work."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from server.config import ConfigError, Settings, VideoSettings, validate, video_settings_from


def test_defaults_without_variables() -> None:
    assert video_settings_from({}) == VideoSettings()
    assert VideoSettings().mesh_limit == 4


def test_variables_set_every_video_setting() -> None:
    settings = video_settings_from(
        {
            "TWINSPACE_VIDEO_MESH_LIMIT": "6",
            "TWINSPACE_VIDEO_GRACE_S": "30",
            "TWINSPACE_VIDEO_EMPTY_S": "300",
            "TWINSPACE_STUN_URLS": "stun:a.example:3478, stun:b.example:3478",
            "TWINSPACE_TURN_URLS": "turn:t.example:3478?transport=udp",
            "TWINSPACE_TURN_SECRET": "s3cret",
            "TWINSPACE_TURN_TTL_S": "600",
        }
    )
    assert settings.mesh_limit == 6
    assert settings.grace == dt.timedelta(seconds=30)
    assert settings.empty_after == dt.timedelta(minutes=5)
    assert settings.stun_urls == ("stun:a.example:3478", "stun:b.example:3478")
    assert settings.turn_secret == "s3cret"
    assert settings.turn_ttl == dt.timedelta(minutes=10)


@pytest.mark.parametrize(
    ("video", "message"),
    [
        (VideoSettings(mesh_limit=1), "MESH_LIMIT"),
        (VideoSettings(empty_after=dt.timedelta(0)), "EMPTY_S"),
        (VideoSettings(turn_urls=("turn:t.example",)), "TURN_SECRET"),
        (
            VideoSettings(
                janus_url="http://j.example/janus",
                janus_admin_key="k",
                janus_client_url="janus.example:8188",
            ),
            "Janus URL",
        ),
    ],
)
def test_settings_that_cannot_work_are_refused(
    tmp_path: Path, video: VideoSettings, message: str
) -> None:
    settings = dataclasses.replace(Settings(data_dir=tmp_path), video=video)
    with pytest.raises(ConfigError, match=message):
        validate(settings, check_port=False)


def test_browsers_reach_janus_at_its_client_url_or_else_the_servers() -> None:
    assert VideoSettings(janus_url="http://j:8088/janus").sfu_client_url is None  # no key: no SFU
    both = VideoSettings(janus_url="http://j:8088/janus", janus_admin_key="k")
    assert both.sfu_client_url == "http://j:8088/janus"
    own = dataclasses.replace(both, janus_client_url="wss://janus.example/ws")
    assert own.sfu_client_url == "wss://janus.example/ws"
