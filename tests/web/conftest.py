"""Real headless Chromium (Debian's, driven by Playwright) against a real uvicorn server.

Never `playwright install`: the browser is /usr/bin/chromium, which .ci/run installs with
apt-get when it is missing. Without it these tests skip for a developer and fail under CI=true.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from playwright.async_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Page,
    async_playwright,
    expect,
)

from loadtest.janus_process import JanusProcess
from server.clock import FakeClock
from server.config import Settings, VideoSettings
from tests.conftest import service_unavailable
from tests.http.conftest import PASSWORD, ApiUser, ok
from tests.realtime.conftest import LiveServer, serve

from .janus_site import JanusNetwork, janus_in, janus_netns_unavailable, janus_network, settled
from .netns import WRAPPER, host_side

#: The browser of the page tests: Debian's `chromium-headless-shell`, the same Chromium
#: release built without the desktop browser around it (Playwright's own choice for headless
#: runs). Measured on 11 page tests: 47 s of CPU where the full browser took 71 (its extra
#: WebUI renderers and services, started for every browser and page).
CHROMIUM = os.environ.get("TWINSPACE_TEST_CHROMIUM", "/usr/bin/chromium-headless-shell")
#: The browser of the video tests (WebRTC through a network namespace): the full Chromium, as
#: people run it. The headless shell gathered no ICE candidate there and decoded no video.
CHROMIUM_WEBRTC = os.environ.get("TWINSPACE_TEST_CHROMIUM_WEBRTC", "/usr/bin/chromium")
#: Flags measured to work headless here (/work/shared/ENVIRONMENT.md); no network but loopback.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--use-fake-device-for-media-stream",
    "--use-fake-ui-for-media-stream",
    "--allow-loopback-in-peer-connection",
]
#: Where the tests leave a screenshot of each screen: `.screenshots/` (not committed), or the
#: folder TWINSPACE_SCREENSHOTS names. The committed ones the README shows are refreshed with
#: `TWINSPACE_SCREENSHOTS=docs/screenshots make test PYTEST_ARGS=tests/web`, so an ordinary
#: run leaves the work tree as it found it.
#: Under CI=true no screenshot is taken unless TWINSPACE_SCREENSHOTS asks for them: nobody
#: looks at a CI machine's pictures, and the 300 full-page PNGs of a run cost Chromium about
#: 15 % of the page sweep's time.
REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / os.environ.get("TWINSPACE_SCREENSHOTS", ".screenshots")
SCREENSHOTS_WANTED = (
    os.environ.get("CI", "").lower() != "true" or "TWINSPACE_SCREENSHOTS" in os.environ
)
AXE_JS = Path(__file__).parent / "axe" / "axe.min.js"
#: Longest wait for something the page normally shows within milliseconds: for locators and
#: for `expect` alike (Playwright's own 5 s for `expect` failed a page still "Loading…" with the
#: suite in parallel on a loaded machine).
UI_TIMEOUT_MS = 10_000
expect.set_options(timeout=UI_TIMEOUT_MS)
#: Longest a navigation (goto, reload) may take to reach its "load" before the test calls the
#: page hung: every script, style and catalogue of the page comes from the live server, which
#: shares the test's event loop. 10 s failed a reload in a whole run (three pages decoding
#: video, the worker's loop held by a 0.9 s collection, a load average over 10); the server's
#: own requests get HANG_S (tests/realtime/conftest.py) for the same reason.
NAVIGATION_TIMEOUT_MS = 30_000

# Console lines that mean the page broke its own policy or threw.
_POLICY_BREACH = re.compile(r"Content Security Policy|Trusted Type|Refused to", re.IGNORECASE)


@dataclasses.dataclass
class Person:
    """One browser context (its own cookies) and the problems its pages reported."""

    context: BrowserContext
    base: str
    problems: list[str]

    async def page(self, fragment: str = "") -> Page:
        page = await self.context.new_page()
        page.set_default_timeout(UI_TIMEOUT_MS)
        page.set_default_navigation_timeout(NAVIGATION_TIMEOUT_MS)
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.problems.append(f"uncaught: {error}"))
        await page.goto(f"{self.base}/{fragment}")
        return page

    def _console(self, message: ConsoleMessage) -> None:
        if _POLICY_BREACH.search(message.text):
            self.problems.append(f"console {message.type}: {message.text}")


@dataclasses.dataclass
class Site:
    """The live server, a browser, and helpers to make people and sign them in."""

    live: LiveServer
    browser: Browser
    base: str
    people: list[Person] = dataclasses.field(default_factory=list)

    async def person(self, locale: str = "en-GB") -> Person:
        context = await self.browser.new_context(
            locale=locale, viewport={"width": 1100, "height": 760}
        )
        person = Person(context, self.base, [])
        self.people.append(person)
        return person

    @property
    def ctx(self) -> Any:
        return self.live.world.ctx

    async def close(self) -> list[str]:
        """Close every person's context and the browser; the problems their pages reported."""
        problems = [p for person in self.people for p in person.problems]
        for person in self.people:
            await person.context.close()
        await self.browser.close()
        return problems

    async def pupil_credentials(self, teacher: ApiUser, space_id: int, name: str) -> dict[str, Any]:
        body = {"pupils": [{"display_name": name}]}
        created: list[dict[str, Any]] = ok(
            await teacher.post(f"/api/spaces/{space_id}/pupils", body), 201
        )
        return created[0]


async def sign_in_teacher(page: Page, teacher: ApiUser) -> None:
    await page.get_by_label("E-mail address").fill(teacher.account["email"])
    await page.get_by_label("Password").fill(PASSWORD)
    await page.get_by_role("button", name="Sign in", exact=True).click()
    await page.get_by_role("heading", name="My spaces").wait_for()


async def sign_in_pupil(page: Page, credentials: dict[str, Any]) -> None:
    await page.get_by_label("Username").fill(credentials["username"])
    await page.get_by_label("Code").fill(credentials["code"])
    await page.get_by_role("button", name="Sign in as a pupil").click()
    await page.get_by_role("heading", name="My spaces").wait_for()


async def screenshot(page: Page, name: str, *, full_page: bool = True) -> None:
    """The page as it is now, as SCREENSHOTS/<name>.png (whole, or the viewport only)."""
    if SCREENSHOTS_WANTED:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        await page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full_page)


async def audit(page: Page) -> list[dict[str, Any]]:
    """axe-core's serious and critical violations on the page as it is now."""
    if not await page.evaluate("typeof window.axe !== 'undefined'"):
        # Evaluated through the DevTools protocol: the page's CSP does not apply to it.
        await page.evaluate(AXE_JS.read_text(encoding="utf-8"))
    result: dict[str, Any] = await page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]]}
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def chromium_or_fail(executable: str = CHROMIUM) -> str:
    """``executable`` (the page tests' browser by default), or a skip (a failure under CI)."""
    if not os.access(executable, os.X_OK):
        package = Path(executable).name
        service_unavailable(
            f"no Chromium at {executable}: install it with "
            f"`apt-get install -y --no-install-recommends {package}` (.ci/run does)"
        )
    return executable


@pytest.fixture
async def site(database_url: str, tmp_path: Path) -> AsyncIterator[Site]:
    settings = Settings(database_url=database_url, data_dir=tmp_path, cheap_hashing=True)
    async with open_site(settings) as opened:
        yield opened


@contextlib.asynccontextmanager
async def open_site(settings: Settings) -> AsyncIterator[Site]:
    """A real server with `settings` and Chromium: the `site` fixture's, for a test that needs
    other settings (a public address)."""
    executable = chromium_or_fail()
    async with serve(settings, FakeClock()) as live, async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        base = live.ws_url.removeprefix("ws://").removesuffix("/ws")
        site = Site(live, browser, f"http://{base}")
        try:
            yield site
        finally:
            problems = await site.close()
        assert not problems, problems


@dataclasses.dataclass
class SfuSite(Site):
    """A Site whose server uses a real Janus as its SFU, with the browser in Janus's private
    namespace (tests/web/janus_site.py): ``janus_url`` works from the server and the pages."""

    janus: JanusNetwork = dataclasses.field(kw_only=True)
    janus_process: JanusProcess = dataclasses.field(kw_only=True)

    @property
    def janus_url(self) -> str:
        """Janus's HTTP API, the same URL for the server and for pages in the browser."""
        return self.janus.url

    @property
    def janus_admin_key(self) -> str:
        return self.janus.admin_key


@pytest.fixture
def sfu_mesh_limit() -> int:
    """`sfu_site`'s mesh_limit: the participant past it switches the session to Janus (2:
    the teacher and one pupil in a mesh, the second pupil's admission switches). A module
    overrides it with a fixture of the same name or `parametrize("sfu_mesh_limit", [...])`."""
    return 2


@pytest.fixture
def sfu_transport() -> str:
    """How `sfu_site`'s pages reach Janus: "http" (its HTTP API, the server's own URL) or
    "ws" (its WebSocket transport, given to browsers as `TWINSPACE_JANUS_CLIENT_URL`)."""
    return "http"


@pytest.fixture
def sfu_recordings() -> bool:
    """Whether `sfu_site`'s server records webinars (`TWINSPACE_JANUS_RECORDINGS`, a folder of
    the test's own); a module overrides it with a fixture of the same name."""
    return False


@pytest.fixture
async def sfu_site(
    database_url: str,
    tmp_path: Path,
    sfu_mesh_limit: int,
    sfu_transport: str,
    sfu_recordings: bool,
) -> AsyncIterator[SfuSite]:
    """As `site`, with a real Janus (VideoRoom, ICE on the namespace's veth only) configured
    as the server's SFU and Chromium in Janus's network namespace. Needs root, iproute2,
    janus and chromium: skips without them, fails under CI=true."""
    executable = chromium_or_fail(CHROMIUM_WEBRTC)
    why = janus_netns_unavailable()
    if why is not None:
        service_unavailable(f"{why}; CI runs as root with janus installed")
    async with janus_network(tmp_path / "sfu") as network:
        websocket = sfu_transport == "ws"
        video = VideoSettings(
            mesh_limit=sfu_mesh_limit,
            janus_url=network.url,
            janus_admin_key=network.admin_key,
            janus_client_url=network.ws_url if websocket else None,
            janus_recordings_dir=str(tmp_path / "recordings") if sfu_recordings else None,
        )
        settings = Settings(
            database_url=database_url, data_dir=tmp_path, cheap_hashing=True, video=video
        )
        async with serve(settings, FakeClock()) as live, async_playwright() as playwright:
            port = int(live.ws_url.removeprefix("ws://127.0.0.1:").removesuffix("/ws"))
            base = f"http://127.0.0.1:{port}"
            async with (
                janus_in(network, allow_origin=base, websocket=websocket) as janus,
                host_side(port, tmp_path) as env,
            ):
                await settled(network.netns)  # before Chromium starts watching it
                browser = await playwright.chromium.launch(
                    executable_path=str(WRAPPER),
                    headless=True,
                    args=CHROMIUM_ARGS,
                    env={
                        **os.environ,
                        **env,
                        "TWINSPACE_NETNS_CHROMIUM": executable,
                        "TWINSPACE_NETNS_NAME": network.netns.name,
                    },
                )
                site = SfuSite(live, browser, base, janus=network, janus_process=janus)
                try:
                    yield site
                finally:
                    problems = await site.close()
                assert not problems, problems
