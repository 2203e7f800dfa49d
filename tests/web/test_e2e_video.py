"""The video session screen in real headless Chromium: a teacher and a pupil hold a mesh call
through the server, each decoding the other's video; lobby, forced mute, end, reconnect.

WebRTC stays on loopback: Chromium runs in a network namespace that has only `lo`
(tests/web/netns.py), so it gathers nothing but 127.0.0.1 and ::1, and the test checks that
every candidate either side saw and every selected pair is a loopback address. A probe added
to each test page before its scripts run keeps a list of its peer connections for getStats;
the page itself is not changed for tests.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from playwright.async_api import Page, Route, async_playwright, expect

from protocol.close_codes import CloseCode, CloseReason
from server.clock import FakeClock
from server.config import Settings
from tests.conftest import service_unavailable
from tests.http.conftest import ok
from tests.realtime.conftest import serve
from tests.support import eventually

from .conftest import (
    CHROMIUM_ARGS,
    CHROMIUM_WEBRTC,
    Person,
    Site,
    audit,
    chromium_or_fail,
    screenshot,
    sign_in_pupil,
    sign_in_teacher,
)
from .netns import WRAPPER, host_side, netns_unavailable

SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
#: Live video: no other heavy test beside (tests/media_lock.py).
pytestmark = pytest.mark.media

#: Evaluated in every page before its own scripts (through the DevTools protocol: the page's
#: CSP does not apply to it). It only records: the page's peer connections, and every
#: candidate line that is not a loopback address (none are expected in the namespace).
PROBE = """
(() => {
  const Native = window.RTCPeerConnection;
  const loopback = (line) => {
    const address = String(line).replace(/^a=/, '').split(' ')[4] || '';
    return address.startsWith('127.') || address === '::1';
  };
  window.__probe = { pcs: [], foreign: [] };
  const look = (line) => { if (!loopback(line)) window.__probe.foreign.push(String(line)); };
  class Probed extends Native {
    constructor(...args) {
      super(...args);
      window.__probe.pcs.push(this);
      this.addEventListener('icecandidate', (e) => {
        if (e.candidate && e.candidate.candidate) look(e.candidate.candidate);
      });
    }
    addIceCandidate(candidate, ...rest) {
      if (candidate && candidate.candidate) look(candidate.candidate);
      return super.addIceCandidate(candidate, ...rest);
    }
    setRemoteDescription(description) {
      for (const line of (description && description.sdp || '').split('\\r\\n')) {
        if (line.startsWith('a=candidate:')) look(line);
      }
      return super.setRemoteDescription(description);
    }
  }
  window.RTCPeerConnection = Probed;
})();
"""


@pytest.fixture
async def site(database_url: str, tmp_path: Path) -> AsyncIterator[Site]:
    """As tests/web/conftest.py's `site`, with Chromium in its own loopback-only namespace."""
    executable = chromium_or_fail(CHROMIUM_WEBRTC)
    why = netns_unavailable()
    if why is not None:
        service_unavailable(why)
    settings = Settings(database_url=database_url, data_dir=tmp_path, cheap_hashing=True)
    async with serve(settings, FakeClock()) as live, async_playwright() as playwright:
        port = int(live.ws_url.removeprefix("ws://127.0.0.1:").removesuffix("/ws"))
        async with host_side(port, tmp_path) as env:
            browser = await playwright.chromium.launch(
                executable_path=str(WRAPPER),
                headless=True,
                args=CHROMIUM_ARGS,
                env={**os.environ, **env, "TWINSPACE_NETNS_CHROMIUM": executable},
            )
            site = Site(live, browser, f"http://127.0.0.1:{port}")
            try:
                yield site
            finally:
                problems = await site.close()
            assert not problems, problems


#: Totals over the page's open peer connections, from getStats.
STATS_JS = """
async () => {
  const out = { videoDecoded: 0, audioReceived: 0, audioSent: 0, pairs: [], open: 0,
                audioSending: [] };
  for (const pc of window.__probe.pcs) {
    if (pc.connectionState === 'closed') continue;
    out.open += 1;
    const stats = await pc.getStats();
    const byId = new Map();
    stats.forEach((s) => byId.set(s.id, s));
    stats.forEach((s) => {
      const inbound = s.type === 'inbound-rtp';
      if (inbound && s.kind === 'video') out.videoDecoded += s.framesDecoded || 0;
      if (inbound && s.kind === 'audio') out.audioReceived += s.packetsReceived || 0;
      if (s.type === 'outbound-rtp' && s.kind === 'audio') out.audioSent += s.packetsSent || 0;
      // The pair the connection's transport carries media on. Not every pair flagged
      // 'succeeded' and 'nominated': at load 30 a page decoding video had none so flagged.
      const selected = s.type === 'transport' && byId.get(s.selectedCandidatePairId);
      if (selected) {
        const local = byId.get(selected.localCandidateId);
        const remote = byId.get(selected.remoteCandidateId);
        // Chrome leaves the address of a peer-reflexive remote candidate (one learnt from a
        // connectivity check that came before its signalled candidate) empty: say which it is.
        const redacted = remote && remote.candidateType === 'prflx' && !remote.address;
        out.pairs.push([local && local.address, redacted ? 'prflx' : remote && remote.address]);
      }
    });
    for (const t of pc.getTransceivers()) {
      if (t.receiver.track.kind === 'audio') {
        out.audioSending.push({ track: t.sender.track !== null, direction: t.currentDirection });
      }
    }
  }
  return out;
}
"""


async def stats(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = await page.evaluate(STATS_JS)
    return result


async def probed(person: Person) -> Person:
    await person.context.add_init_script(script=PROBE)
    return person


async def receives_video(page: Page, label: str) -> None:
    """framesDecoded of the inbound video grows between two looks (frames keep coming)."""
    first: dict[str, int] = {}

    async def decoding() -> bool:
        now = (await stats(page))["videoDecoded"]
        if "at" not in first:
            if now > 0:
                first["at"] = now
            return False
        return bool(now > first["at"])

    await eventually(f"{label} decodes the other's video frames", decoding, within=20)


async def quiet(page: Page, key: str, label: str) -> None:
    """A packet counter that stopped growing: the same value in two looks a moment apart."""
    seen: list[int] = []

    async def stopped() -> bool:
        seen.append((await stats(page))[key])
        await page.wait_for_timeout(400)
        seen.append((await stats(page))[key])
        return seen[-1] == seen[-2]

    await eventually(label, stopped, within=20)


#: The id of the session chat's mount point in the video screen (web/js/screens/video.js).
CHAT = "video-session-chat"


async def say_in_session_chat(page: Page, words: str) -> None:
    chat = page.locator(f"#{CHAT}")
    send = chat.get_by_role("button", name="Send", exact=True)
    await expect(send).to_be_enabled()
    message = chat.get_by_label("Message", exact=True)
    await message.fill(words)
    await send.click()
    # Sent: the page empties the field only when the server took the message, then shows it.
    # (CI4 once saw a pupil's message never reach the teacher's page: this says which side.)
    try:
        await expect(message).to_have_value("")
        await expect(chat.locator(".chat-message").filter(has_text=words)).to_be_visible()
    except AssertionError as failure:
        panel = await chat.inner_text()
        raise AssertionError(
            f"{words!r} not sent or not shown; the panel reads:\n{panel}"
        ) from failure


async def open_video_tab(page: Page) -> None:
    await page.locator(".space-link").click()
    await page.get_by_role("tab", name="Video").click()


@SQLITE_ONLY
async def test_teacher_and_pupil_hold_a_video_call_with_lobby_mute_and_end(site: Site) -> None:
    world = site.live.world
    teacher = await world.etwinner("Claire Dupont")
    space_id = await world.space(teacher)
    pupil = await site.pupil_credentials(teacher, space_id, "Léa Martin")

    tpage = await (await probed(await site.person())).page()
    await sign_in_teacher(tpage, teacher)
    await open_video_tab(tpage)
    await expect(tpage.get_by_text("No video session is open.")).to_be_visible()
    assert await audit(tpage) == []  # the Video section with its start form
    await screenshot(tpage, "video-section")
    await tpage.get_by_label("Title (optional)").fill("Rivers <b>live</b>")
    await tpage.get_by_label("Pupils wait in the lobby").check()
    await tpage.get_by_role("button", name="Start", exact=True).click()
    await expect(tpage.get_by_role("heading", name="Rivers <b>live</b>")).to_be_visible()
    await expect(tpage.locator(".video-status")).to_have_text("You are in the call.")
    await expect(tpage.get_by_text("Nobody is waiting.")).to_be_visible()

    # The pupil finds the session live in the space and waits in the lobby.
    ppage = await (await probed(await site.person())).page()
    await sign_in_pupil(ppage, pupil)
    await open_video_tab(ppage)
    await ppage.get_by_role("link", name="Join “Rivers <b>live</b>”").click()
    await expect(ppage.locator(".video-status")).to_have_text(
        "You are in the lobby. A teacher will let you in soon."
    )
    assert await audit(ppage) == []  # the lobby
    # No session chat in the lobby: it is for those admitted (and the space's teachers).
    assert await ppage.locator(f"#{CHAT} .chat-panel").count() == 0
    await screenshot(ppage, "video-lobby")
    # No teacher's buttons for a pupil: the server reported the role `pupil`.
    assert await ppage.get_by_role("button", name="End the session for everyone").count() == 0
    await tpage.get_by_role("button", name="Let in Léa Martin").click()
    await expect(ppage.locator(".video-status")).to_have_text("You are in the call.")

    # Each decodes the other's video, over loopback only.
    await expect(tpage.locator(".video-tile")).to_have_count(2)
    await expect(ppage.locator(".video-tile")).to_have_count(2)
    await receives_video(tpage, "the teacher")
    await receives_video(ppage, "the pupil")
    # On a loaded machine one side may know the other only as a peer-reflexive candidate, whose
    # address Chrome does not show; each side's own (local) address is shown, and the two pages
    # are the two ends, so both locals on loopback mean both remotes are too.
    for page in (tpage, ppage):
        found = await stats(page)
        assert found["pairs"], found
        assert all(a.startswith("127.") for a, _ in found["pairs"]), found
        assert all(b.startswith("127.") or b == "prflx" for _, b in found["pairs"]), found
    # The session's chat beside the video: a message each way, shown on both pages, while
    # the video keeps flowing.
    said = {tpage: "Look at the Rhône on the map", ppage: "I see it, it goes south"}
    for page, words in said.items():
        await say_in_session_chat(page, words)
    for page in (tpage, ppage):
        chat = page.locator(f".video-layout #{CHAT}")
        for words in said.values():
            await expect(chat.locator(".chat-message").filter(has_text=words)).to_be_visible()
    await receives_video(tpage, "the teacher, while chatting")
    await receives_video(ppage, "the pupil, while chatting")
    lea = tpage.locator(".video-tile").filter(has_text="Léa Martin")
    await expect(lea).to_contain_text("Pupil")
    await expect(lea).to_contain_text("Microphone on · Camera on")
    assert await ppage.get_by_role("button", name="Mute Claire Dupont").count() == 0
    await screenshot(tpage, "video-session")
    assert await audit(tpage) == []
    assert await audit(ppage) == []

    # Raise hand: live for the teacher.
    await ppage.get_by_role("button", name="Raise my hand").click()
    await expect(lea).to_contain_text("Hand raised")

    # The teacher mutes the pupil: the pupil's page says so, keeps the microphone off and
    # renegotiates its audio as recvonly; the teacher stops receiving the pupil's audio.
    await tpage.get_by_role("button", name="Mute Léa Martin").click()
    await expect(ppage.locator(".video-forced")).to_contain_text("A teacher has muted you.")
    await expect(ppage.get_by_role("button", name="Unmute my microphone")).to_be_disabled()
    await expect(lea).to_contain_text("Muted by a teacher")

    async def pupil_sends_no_audio() -> bool:
        sending = (await stats(ppage))["audioSending"]
        return bool(sending) and all(
            not s["track"] and s["direction"] in ("recvonly", "inactive") for s in sending
        )

    await eventually("the pupil's audio senders are off", pupil_sends_no_audio, within=20)
    await quiet(ppage, "audioSent", "the pupil's outbound audio stops")
    await quiet(tpage, "audioReceived", "the teacher receives no more audio from the pupil")
    await receives_video(tpage, "the teacher, after the mute")  # video goes on
    await screenshot(ppage, "video-session-muted")

    # The teacher allows the pupil to unmute; the pupil unmutes, audio flows again.
    await tpage.get_by_role("button", name="Allow to unmute: Léa Martin").click()
    await expect(ppage.get_by_role("button", name="Unmute my microphone")).to_be_enabled()
    await ppage.get_by_role("button", name="Unmute my microphone").click()
    await expect(lea).to_contain_text("Microphone on")
    before = (await stats(tpage))["audioReceived"]

    async def audio_back() -> bool:
        return bool((await stats(tpage))["audioReceived"] > before)

    await eventually("the teacher hears the pupil again", audio_back, within=20)

    # The teacher ends the session: both pages leave the call and release their media.
    await tpage.get_by_role("button", name="End the session for everyone").click()
    await (
        tpage.get_by_role("dialog")
        .get_by_role("button", name="End the session for everyone")
        .click()
    )
    for page in (tpage, ppage):
        await expect(page.locator(".video-status")).to_have_text("The session has ended.")
        await expect(page.locator(".video-tile")).to_have_count(0)

        async def closed(page: Page = page) -> bool:
            return bool((await stats(page))["open"] == 0)

        await eventually("every peer connection is closed", closed, within=10)
    for page in (tpage, ppage):
        assert await page.evaluate("window.__probe.foreign") == []


@SQLITE_ONLY
async def test_a_dropped_socket_rejoins_in_place_then_a_teacher_locks_and_removes(
    site: Site,
) -> None:
    world = site.live.world
    teacher = await world.etwinner("Claire Dupont")
    space_id = await world.space(teacher)
    pupil = await site.pupil_credentials(teacher, space_id, "Tom")
    body = {"title": "Maths"}
    started = ok(await teacher.post(f"/api/spaces/{space_id}/video-sessions", body), 201)
    session_id = started["session"]["id"]
    fragment = f"#/spaces/{space_id}/video/{session_id}"

    tpage = await (await probed(await site.person())).page()
    await sign_in_teacher(tpage, teacher)
    await tpage.goto(f"{site.base}/{fragment}")
    ppage = await (await probed(await site.person())).page()
    await sign_in_pupil(ppage, pupil)
    await ppage.goto(f"{site.base}/{fragment}")
    await receives_video(tpage, "the teacher")
    await receives_video(ppage, "the pupil")
    tom_id = await ppage.locator(".video-tile.is-me").get_attribute("data-participant-id")

    # The server drops every socket (a restart); the pages reconnect and rejoin in place.
    hub = site.ctx.hub
    for connections in list(hub.connections_of.values()):
        for connection in list(connections):
            connection.close(
                CloseCode.SERVICE_RESTART, CloseReason.SERVER_RESTARTING, retry_after_ms=200
            )
    await expect(ppage.locator("#banner")).to_be_visible()
    await expect(ppage.locator("#banner")).to_be_hidden()
    await expect(tpage.locator("#banner")).to_be_hidden()

    async def rejoined() -> bool:
        shown = ok(await teacher.get(f"/api/spaces/{space_id}/video-sessions/{session_id}"))
        states = {p["id"]: (p["state"], p["display_name"]) for p in shown["participants"]}
        return states.get(int(tom_id or 0)) == ("joined", "Tom") and all(
            s == "joined" for s, _ in states.values()
        )

    await eventually("both are joined again, Tom with the same participant id", rejoined, within=20)
    # Same tile (same participant), and frames are still being decoded on both sides.
    await expect(tpage.locator(f'.video-tile[data-participant-id="{tom_id}"]')).to_have_count(1)
    await receives_video(tpage, "the teacher, after the reconnect")
    await receives_video(ppage, "the pupil, after the reconnect")
    # Tom reloads his page: the new page rejoins in place too (a new peer connection).
    await ppage.reload()
    await expect(ppage.locator(".video-status")).to_have_text("You are in the call.")
    await expect(ppage.locator(".video-tile.is-me")).to_have_attribute(
        "data-participant-id", str(tom_id)
    )
    await receives_video(ppage, "the reloaded pupil")
    await receives_video(tpage, "the teacher, after the reload")
    # The session chat came back with the page (and before it, rode the reconnect along).
    await say_in_session_chat(tpage, "Welcome back, Tom")
    await expect(ppage.locator(f"#{CHAT} .chat-message")).to_contain_text(["Welcome back, Tom"])

    # The teacher locks the session, then removes Tom: his page says so and drops the call.
    lock = tpage.get_by_role("button", name="Lock the session")
    await lock.click()
    await expect(lock).to_have_attribute("aria-pressed", "true")
    await expect(tpage.get_by_text("Locked: only teachers can join.")).to_be_visible()
    await tpage.get_by_role("button", name="Remove Tom from the session").click()
    await tpage.get_by_role("dialog").get_by_role("button", name="Remove").click()
    await expect(ppage.locator(".video-status")).to_have_text(
        "A teacher removed you from the session."
    )
    await expect(tpage.locator(".video-tile")).to_have_count(1)
    await expect(ppage.locator(f"#{CHAT} .chat-panel")).to_have_count(0)
    for page in (tpage, ppage):

        async def closed(page: Page = page) -> bool:
            return bool((await stats(page))["open"] == 0)

        await eventually("the peer connection between them is closed", closed, within=10)


@SQLITE_ONLY
async def test_a_pupil_let_in_before_the_page_listens_still_joins_the_call(site: Site) -> None:
    # The page subscribes to the session's channel after the join's answer (it must be a
    # participant first), and a fresh subscription replays nothing: an admission made in
    # between used to leave the pupil's page in the lobby for good.
    world = site.live.world
    teacher = await world.etwinner("Claire Dupont")
    space_id = await world.space(teacher)
    pupil = await site.pupil_credentials(teacher, space_id, "Léa Martin")
    body = {"title": "Maths", "lobby": True}
    started = ok(await teacher.post(f"/api/spaces/{space_id}/video-sessions", body), 201)
    session_id = started["session"]["id"]
    fragment = f"#/spaces/{space_id}/video/{session_id}"
    tpage = await (await probed(await site.person())).page()
    await sign_in_teacher(tpage, teacher)
    await tpage.goto(f"{site.base}/{fragment}")
    await expect(tpage.locator(".video-status")).to_have_text("You are in the call.")

    ppage = await (await probed(await site.person())).page()
    await sign_in_pupil(ppage, pupil)
    admitted = asyncio.Event()

    async def hold_the_answer(route: Route) -> None:
        response = await route.fetch()  # the pupil is in the lobby now
        await admitted.wait()  # the teacher lets them in before their page hears anything
        await route.fulfill(response=response)

    await ppage.route("**/video-sessions/*/join", hold_the_answer)
    await ppage.goto(f"{site.base}/{fragment}")
    await tpage.get_by_role("button", name="Let in Léa Martin").click()
    show = f"/api/spaces/{space_id}/video-sessions/{session_id}"

    async def let_in() -> bool:
        found = ok(await teacher.get(show))["participants"]
        return any(p["display_name"] == "Léa Martin" and p["state"] != "lobby" for p in found)

    await eventually("the server has let the pupil in", let_in, within=10)
    admitted.set()
    await expect(ppage.locator(".video-status")).to_have_text("You are in the call.")
    await receives_video(tpage, "the teacher")
    await receives_video(ppage, "the pupil")
    # The founder archives the space: the session ends for both, and the pages say why.
    ok(await teacher.post(f"/api/spaces/{space_id}/archive"))
    for page in (tpage, ppage):
        await expect(page.locator(".video-status")).to_have_text(
            "The session has ended: its space has been archived."
        )
