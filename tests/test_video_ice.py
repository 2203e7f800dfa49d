"""TURN credentials in coturn's use-auth-secret (TURN REST API) form."""

from __future__ import annotations

import base64
import datetime as dt
import shutil
import subprocess

import pytest

from server.config import VideoSettings
from server.services.video.ice import ice_servers, turn_credential

NOW = dt.datetime(2026, 9, 1, 8, 0, tzinfo=dt.UTC)


def test_username_is_expiry_colon_user_and_password_the_base64_hmac_sha1() -> None:
    expires = NOW + dt.timedelta(hours=1)
    username, password = turn_credential("north", "42", expires)
    assert username == f"{int(expires.timestamp())}:42"
    assert len(base64.b64decode(password)) == 20  # a SHA-1 digest


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_password_matches_coturns_documented_shell_recipe() -> None:
    # coturn's docs derive the password as:
    #   echo -n "$username" | openssl dgst -binary -sha1 -hmac "$secret" | openssl base64
    username, password = turn_credential("s3cr3t", "pupil7", NOW)
    digest = subprocess.run(
        ["openssl", "dgst", "-binary", "-sha1", "-hmac", "s3cr3t"],
        input=username.encode(),
        check=True,
        capture_output=True,
    ).stdout
    encoded = subprocess.run(
        ["openssl", "base64"], input=digest, check=True, capture_output=True
    ).stdout
    assert password == encoded.decode().strip()


def test_no_servers_without_configuration() -> None:
    assert ice_servers(VideoSettings(), 1, NOW) == []


def test_turn_needs_the_secret_and_expires_after_the_ttl() -> None:
    settings = VideoSettings(
        stun_urls=("stun:127.0.0.1:3478",),
        turn_urls=("turn:127.0.0.1:3478?transport=udp",),
        turn_secret="north",
        turn_ttl=dt.timedelta(minutes=30),
    )
    stun, turn = ice_servers(settings, 9, NOW)
    assert stun.urls == ["stun:127.0.0.1:3478"]
    assert stun.username is None
    assert turn.username == f"{int((NOW + dt.timedelta(minutes=30)).timestamp())}:9"
    assert turn.credential == turn_credential("north", "9", NOW + dt.timedelta(minutes=30))[1]
