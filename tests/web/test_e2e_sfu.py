"""The video session screen through the SFU, in real headless Chromium against a real Janus,
reached by its HTTP API and by its WebSocket transport.

A teacher and a pupil start in a mesh; the second pupil's arrival passes the mesh limit (2
here) and the server switches the session to Janus's VideoRoom: every page moves its call over
(webrtc/sfu.js) and each of the three decodes the other two's video, every connection paired
with Janus's address. Then a teacher's forced mute, a removal and the end, each seen in the
pages and in their connections.

Janus gathers nothing on loopback, so Chromium runs inside Janus's private network namespace
(tests/web/janus_site.py, the `sfu_site` fixture): media never leaves that namespace, and the
test checks that every candidate either side saw is the namespace's own.
"""

from __future__ import annotations

import pytest
from playwright.async_api import Page, expect

from loadtest import netns
from tests.http.conftest import ok
from tests.support import eventually

from .conftest import SfuSite, audit, screenshot, sign_in_pupil, sign_in_teacher
from .test_e2e_video import probed, quiet, stats

SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
#: Live video: no other heavy test beside (tests/media_lock.py).
pytestmark = pytest.mark.media

#: Frames decoded per inbound video stream of the page's open connections.
STREAMS_JS = """
async () => {
  const out = {};
  let n = 0;
  for (const pc of window.__probe.pcs) {
    n += 1;
    if (pc.connectionState === 'closed') continue;
    (await pc.getStats()).forEach((s) => {
      if (s.type !== 'inbound-rtp' || s.kind !== 'video') return;
      out[`${n}:${s.ssrc}`] = s.framesDecoded || 0;
    });
  }
  return out;
}
"""


async def streams(page: Page) -> dict[str, int]:
    result: dict[str, int] = await page.evaluate(STREAMS_JS)
    return result


async def decodes_streams(page: Page, count: int, label: str) -> None:
    """At least ``count`` inbound video streams whose decoded frames grow between two looks."""
    first: dict[str, int] = {}

    async def decoding() -> bool:
        now = await streams(page)
        growing = [k for k, v in now.items() if k in first and v > first[k]]
        first.update({k: v for k, v in now.items() if k not in first and v > 0})
        return len(growing) >= count

    try:
        await eventually(f"{label} decodes {count} video streams", decoding, within=30)
    except BaseException:
        # What the page showed and its connections' states, for the CI log.
        print("page state:", label, await streams(page), await page.evaluate(STATE_JS))
        raise


STATE_JS = """
() => ({
  status: document.querySelector('.video-status')?.textContent,
  alerts: [...document.querySelectorAll('[role=alert]')].map((e) => e.textContent),
  connections: window.__probe.pcs.map((pc) => [pc.connectionState, pc.iceConnectionState,
    pc.signalingState]),
})
"""


def namespace_address(address: str | None) -> bool:
    return bool(address) and (str(address).startswith(("127.", "10.213.0.")) or address == "::1")


async def all_through_janus(pages: dict[str, Page]) -> None:
    """Every page in the call with three tiles, decoding the other two's video, each of its
    connections (one to publish, one per feed) paired with Janus's address."""
    for label, page in pages.items():
        await expect(page.locator(".video-status")).to_have_text("You are in the call.")
        await expect(page.locator(".video-tile")).to_have_count(3)
        await decodes_streams(page, 2, f"{label}, through Janus")
    for label, page in pages.items():

        async def through_janus(page: Page = page) -> bool:
            found = await stats(page)
            return (
                found["open"] == 3
                and len(found["pairs"]) == 3
                and all(remote == netns.ADDRESS for _, remote in found["pairs"])
            )

        await eventually(f"{label}'s connections all go to Janus", through_janus, within=20)


@SQLITE_ONLY
@pytest.mark.parametrize("sfu_transport", ["http", "ws"])
async def test_a_growing_session_moves_to_the_sfu_and_everyone_sees_everyone(
    sfu_site: SfuSite, sfu_transport: str
) -> None:
    site = sfu_site
    world = site.live.world
    teacher = await world.etwinner("Claire Dupont")
    space_id = await world.space(teacher)
    lea = await site.pupil_credentials(teacher, space_id, "Léa Martin")
    zoe = await site.pupil_credentials(teacher, space_id, "Zoé Petit")
    body = {"title": "Assembly", "lobby": True}
    started = ok(await teacher.post(f"/api/spaces/{space_id}/video-sessions", body), 201)
    session_id = started["session"]["id"]
    fragment = f"#/spaces/{space_id}/video/{session_id}"

    tpage = await (await probed(await site.person())).page()
    await sign_in_teacher(tpage, teacher)
    await tpage.goto(f"{site.base}/{fragment}")
    lpage = await (await probed(await site.person())).page()
    await sign_in_pupil(lpage, lea)
    await lpage.goto(f"{site.base}/{fragment}")
    await tpage.get_by_role("button", name="Let in Léa Martin").click()
    # Two people: a mesh, through the server's signalling.
    await decodes_streams(tpage, 1, "the teacher, in the mesh")
    await decodes_streams(lpage, 1, "Léa, in the mesh")

    # The third, let in from the lobby, passes the mesh limit: the session moves to Janus,
    # every page with it.
    zpage = await (await probed(await site.person())).page()
    await sign_in_pupil(zpage, zoe)
    await zpage.goto(f"{site.base}/{fragment}")
    await expect(zpage.locator(".video-status")).to_have_text(
        "You are in the lobby. A teacher will let you in soon."
    )
    await tpage.get_by_role("button", name="Let in Zoé Petit").click()
    pages = {"the teacher": tpage, "Léa": lpage, "Zoé": zpage}
    await all_through_janus(pages)

    # Léa reloads her page: she is back in the room as herself, and everyone sees everyone.
    await lpage.reload()
    await all_through_janus(pages)
    joined = ok(await teacher.post(f"/api/spaces/{space_id}/video-sessions/{session_id}/join"))
    assert joined["session"]["mode"] == "sfu"
    # The pages went to Janus by the transport the server named (webrtc/janus.js).
    assert joined["sfu"]["url"].startswith(f"{sfu_transport}://"), joined["sfu"]
    await screenshot(tpage, "video-session-sfu")
    assert await audit(tpage) == []
    assert await audit(zpage) == []

    # A teacher mutes Zoé: her page says so and sends no audio; the others still see her.
    await tpage.get_by_role("button", name="Mute Zoé Petit").click()
    await expect(zpage.locator(".video-forced")).to_contain_text("A teacher has muted you.")
    await expect(zpage.get_by_role("button", name="Unmute my microphone")).to_be_disabled()
    zoe_tile = tpage.locator(".video-tile").filter(has_text="Zoé Petit")
    await expect(zoe_tile).to_contain_text("Muted by a teacher")

    async def zoe_sends_no_audio() -> bool:
        sending = (await stats(zpage))["audioSending"]
        return bool(sending) and not any(s["track"] for s in sending)

    await eventually("Zoé's audio sender carries no track", zoe_sends_no_audio, within=20)
    await quiet(zpage, "audioSent", "Zoé's outbound audio stops")
    await decodes_streams(tpage, 2, "the teacher, after the mute")

    # A teacher removes Léa: her page says so and closes every connection; the others let
    # her feed go and keep each other.
    await tpage.get_by_role("button", name="Remove Léa Martin from the session").click()
    await tpage.get_by_role("dialog").get_by_role("button", name="Remove").click()
    await expect(lpage.locator(".video-status")).to_have_text(
        "A teacher removed you from the session."
    )

    async def lea_closed() -> bool:
        return bool((await stats(lpage))["open"] == 0)

    await eventually("Léa's connections are closed", lea_closed, within=15)
    for page in (tpage, zpage):
        await expect(page.locator(".video-tile")).to_have_count(2)

        async def two_left(page: Page = page) -> bool:
            return bool((await stats(page))["open"] == 2)

        await eventually("the feed of the removed pupil is let go", two_left, within=15)
    await decodes_streams(zpage, 1, "Zoé, after the removal")

    # The teacher ends the session: every page leaves, every connection closes.
    await tpage.get_by_role("button", name="End the session for everyone").click()
    dialog = tpage.get_by_role("dialog")
    await dialog.get_by_role("button", name="End the session for everyone").click()
    for page in (tpage, zpage):
        await expect(page.locator(".video-status")).to_have_text("The session has ended.")

        async def closed(page: Page = page) -> bool:
            return bool((await stats(page))["open"] == 0)

        await eventually("every connection is closed", closed, within=15)
    for page in pages.values():
        seen = await page.evaluate("window.__probe.foreign")
        assert all(namespace_address(line.split(" ")[4]) for line in seen), seen
