"""The server serves the browser client at / without getting in the API's way."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from server.clock import FakeClock
from server.config import Settings, VideoSettings
from server.http.web import PAGE_CSP, connect_origin
from tests.http.conftest import World, error_code, open_world


def directives(policy: str) -> dict[str, str]:
    return {
        part.strip().split(" ", 1)[0]: part.strip().partition(" ")[2] for part in policy.split(";")
    }


async def test_the_page_is_served_at_the_root_with_the_strict_policy(world: World) -> None:
    response = await world.client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert '<script type="module" src="/web/js/app.js">' in response.text
    assert response.headers.get_list("content-security-policy") == [PAGE_CSP]
    assert response.headers["x-frame-options"] == "DENY"


def test_the_page_policy_allows_no_inline_code_and_only_our_origin() -> None:
    policy = directives(PAGE_CSP)
    assert policy["default-src"] == "'none'"
    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    assert policy["connect-src"] == "'self'"
    assert "unsafe" not in PAGE_CSP
    assert policy["require-trusted-types-for"] == "'script'"


async def test_the_client_files_are_served_with_the_policy(world: World) -> None:
    for path, kind in [
        ("/web/js/app.js", "javascript"),
        ("/web/js/twinspace-client.js", "javascript"),
        ("/web/css/app.css", "text/css"),
        ("/web/vendor/fluent-bundle/index.js", "javascript"),
        ("/web/locales/fr.ftl", "text/plain; charset=utf-8"),
    ]:
        response = await world.client.get(path)
        assert response.status_code == 200, path
        assert kind in response.headers["content-type"], path
        assert response.headers.get_list("content-security-policy") == [PAGE_CSP]


async def test_only_client_files_are_served_from_the_client_folder(world: World) -> None:
    for path in [
        "/web/__init__.py",
        "/web/",
        "/web/../server/app.py",
        "/web/nothing.js",
        "/web/vendor/package.json",
        "/web/locales/xx.ftl",
    ]:
        response = await world.client.get(path)
        assert response.status_code == 404, path


async def test_the_html_has_no_inline_script_or_style(world: World) -> None:
    html = (await world.client.get("/")).text
    assert not re.search(r"<script(?![^>]*\bsrc=)", html)
    assert "style=" not in html
    assert "<style" not in html
    assert not re.search(r"\son[a-z]+=", html)


async def test_the_api_keeps_its_own_answers(world: World) -> None:
    assert error_code(await world.client.get("/api/spaces"), 401) == "unauthenticated"
    assert error_code(await world.client.get("/no/such/page"), 404) == "not_found"
    api = await world.client.get("/healthz")
    assert api.headers.get_list("content-security-policy") == [
        "default-src 'self'; frame-ancestors 'none'; base-uri 'none'"
    ]


@pytest.mark.parametrize(
    ("url", "origin"),
    [
        ("http://127.0.0.1:8088/janus", "http://127.0.0.1:8088"),
        ("https://janus.example/janus/", "https://janus.example"),
        ("wss://user:pw@janus.example:8989/ws?x=1", "wss://janus.example:8989"),
    ],
)
def test_the_sfu_is_allowed_by_its_origin_only(url: str, origin: str) -> None:
    assert connect_origin(url) == origin


def test_a_url_the_page_cannot_connect_to_is_refused() -> None:
    for url in ["janus.example:8188", "ftp://janus.example", "http:///janus"]:
        with pytest.raises(ValueError, match="connect to"):
            connect_origin(url)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_with_an_sfu_the_page_may_connect_to_it_and_nowhere_else(
    database_url: str, tmp_path: Path
) -> None:
    video = VideoSettings(
        janus_url="http://10.0.0.5:8088/janus",
        janus_admin_key="k",
        janus_client_url="wss://janus.example.org/ws",
    )
    settings = Settings(database_url=database_url, data_dir=tmp_path, cheap_hashing=True)
    async with open_world(dataclasses.replace(settings, video=video), FakeClock()) as world:
        for path in ["/", "/web/js/app.js"]:
            response = await world.client.get(path)
            [policy] = response.headers.get_list("content-security-policy")
            assert directives(policy)["connect-src"] == "'self' wss://janus.example.org", path
            assert directives(policy)["script-src"] == "'self'"
