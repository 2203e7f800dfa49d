"""An event's live webinar in real headless Chromium against a real Janus (issue 22): an
organiser schedules an event in the page, two teachers register, and at its time the
organiser's page starts the live video and publishes (Chromium's fake camera); the two
viewers' pages decode the organiser's video without ever calling getUserMedia (an init
script counts the calls), a viewer's question is upvoted, picked and answered live, the
recording notice shows on every page while the organiser records, a viewer raises a hand by
keyboard and is promoted, publishes, and their video reaches the others; returned, they are
back in the audience and told why; once the recording stops every page lists its take (the
organiser's files); the organiser's attendance lists all three. axe-core and no
overflow at 1280 px and 360 px on the viewer's and the organiser's live pages, and on the
viewer's in Arabic (right to left).

Janus gathers nothing on loopback, so Chromium runs inside Janus's private network namespace
(the `sfu_site` fixture, tests/web/janus_site.py). Every wait is bounded (Playwright's
UI_TIMEOUT_MS, `eventually`'s `within`)."""

from __future__ import annotations

import datetime as dt

import pytest
from playwright.async_api import Locator, Page, expect

from tests.http.conftest import PASSWORD, ApiUser, ok

from .conftest import SfuSite
from .test_e2e_events import clean, open_event, person_in, question, tab_to
from .test_e2e_sfu import decodes_streams
from .test_e2e_video import PROBE

#: Page behaviour: SQLite only, to spare the shared CPU. Live video: no other heavy test beside.
pytestmark = [
    pytest.mark.parametrize("database_url", ["sqlite"], indirect=True),
    pytest.mark.media,
]

#: Counts every getUserMedia call of the page (a viewer's page must make none).
COUNT_MEDIA_ASKS = """
window.__mediaAsks = 0;
if (navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
  const ask = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  navigator.mediaDevices.getUserMedia = (...args) => {
    window.__mediaAsks += 1;
    return ask(...args);
  };
}
"""
#: Generous but finite, for media on a loaded machine: a Playwright wait in milliseconds.
MEDIA_MS = 30_000


@pytest.fixture
def sfu_recordings() -> bool:
    return True


async def media_asks(page: Page) -> int:
    return int(await page.evaluate("window.__mediaAsks"))


async def signed_in(site: SfuSite, user: ApiUser, zone: str) -> Page:
    """A page of its own, probed (its connections) and counting its getUserMedia calls."""
    person = await person_in(site, "en-GB", zone)
    await person.context.add_init_script(script=PROBE)
    await person.context.add_init_script(script=COUNT_MEDIA_ASKS)
    page = await person.page()
    await page.locator("#login-email").fill(user.account["email"])
    await page.locator("#login-password").fill(PASSWORD)
    await page.locator("#login-password").press("Enter")
    await page.locator("main:not([data-screen=login]) h1").wait_for()
    return page


def tile(page: Page, name: str) -> Locator:
    return page.locator(".live-tile").filter(has=page.locator(".tile-name", has_text=name))


#: A tile named NAME whose video has frames, looked up afresh at each poll (a tile is drawn
#: again when its feed's subscription is made again).
SHOWS_JS = """(name) => [...document.querySelectorAll('.live-tile')].some((tile) => {
  const video = tile.querySelector('video');
  return tile.querySelector('.tile-name')?.textContent === name && video.videoWidth > 0
    && video.getVideoPlaybackQuality().totalVideoFrames > 0;
})"""


async def shows_video_of(page: Page, name: str) -> None:
    """A tile named `name` whose video element has frames (its size is known)."""
    await expect(tile(page, name)).to_have_count(1, timeout=MEDIA_MS)
    await page.wait_for_function(SHOWS_JS, arg=name, timeout=MEDIA_MS)


async def test_a_webinar_speakers_publish_viewers_watch_without_a_camera(
    sfu_site: SfuSite,
) -> None:
    site = sfu_site
    world = site.live.world
    olga = await world.etwinner("Olga Organiser")
    ana = await world.etwinner("Ana Alves")
    bob = await world.etwinner("Bob Berg")

    # -- the organiser schedules it; two teachers register ----------------------------------
    opage = await signed_in(site, olga, "Europe/Paris")
    await opage.get_by_role("link", name="Events").click()
    await opage.get_by_role("link", name="Schedule an event").click()
    form = opage.locator("form.event-form")
    await form.get_by_label("Title").fill("Robots live")
    await form.get_by_label("Date").fill("2026-09-02")  # the server's clock: 1 September
    await form.get_by_label("Start time").fill("18:00")
    await form.get_by_label("Places").fill("10")
    await form.get_by_role("button", name="Schedule the event").click()
    await opage.locator(".event-registration").wait_for()
    event_id = int(opage.url.rsplit("/", 1)[1])
    apage = await signed_in(site, ana, "America/New_York")
    bpage = await signed_in(site, bob, "Asia/Tokyo")
    for page in (apage, bpage):
        await open_event(page, site, event_id)
        await page.get_by_role("button", name="Register").click()
        await expect(page.locator(".event-standing")).to_have_text("You are registered.")

    # -- at its time the organiser starts the live video and goes live ---------------------
    world.clock.advance(dt.timedelta(days=1, hours=8, minutes=5))  # 16:05 UTC: it runs
    for page in (opage, apage, bpage):
        await open_event(page, site, event_id)
    for page in (apage, bpage):
        await expect(page.locator(".live-status")).to_have_text(
            "The live video has not started yet."
        )
    await opage.get_by_role("button", name="Start the live video").click()
    await opage.get_by_role("button", name="Go live").click()
    await expect(opage.locator(".live-status")).to_have_text(
        "You are live: everyone sees and hears you.", timeout=MEDIA_MS
    )
    assert await media_asks(opage) == 1
    for page, label in ((apage, "Ana"), (bpage, "Bob")):
        await expect(page.locator(".live-status")).to_have_text(
            "You are watching the live video.", timeout=MEDIA_MS
        )
        await expect(page.locator(".live-speaking")).to_have_text("Speaking: Olga Organiser")
        await shows_video_of(page, "Olga Organiser")
        await decodes_streams(page, 1, label)
        assert await media_asks(page) == 0, f"{label}'s page asked for a camera"
        # No button to publish for the audience.
        assert await page.get_by_role("button", name="Go live").count() == 0
    # Start and End as the server allows (EventOut.allowed, read again once the session runs).
    await expect(opage.get_by_role("button", name="End the live video")).to_be_visible()
    assert await opage.get_by_role("button", name="Start the live video").count() == 0
    assert await apage.get_by_role("button", name="End the live video").count() == 0
    # The speakers see the count watching (coalesced on stage:EVENT); the audience does not.
    await expect(opage.locator(".live-watching")).to_have_text("Watching: 2", timeout=MEDIA_MS)
    await expect(apage.locator(".live-watching")).to_be_hidden()
    # Who moderates is the event's `allowed` (see_stage): the hands for the organiser only.
    await expect(opage.locator(".live-stage-tools h3")).to_have_text("Raised hands")
    await expect(apage.locator(".live-stage-tools")).to_be_empty()
    await clean(apage, "webinar-viewer")
    await clean(opage, "webinar-speaker")

    # -- the Q&A, live beside the video ----------------------------------------------------
    await apage.get_by_label("Your question").fill("Can robots sort glass?")
    await apage.get_by_role("button", name="Ask").click()
    await question(bpage, "Can robots sort glass?").get_by_role("button", name="Upvote").click()
    await expect(question(opage, "Can robots sort glass?").locator(".qa-votes")).to_have_text(
        "Votes: 1"
    )
    await question(opage, "Can robots sort glass?").get_by_role("button", name="Pick").click()
    await expect(question(apage, "Can robots sort glass?").locator(".badge")).to_have_text(
        "Being answered now"
    )
    asked = question(opage, "Can robots sort glass?")
    await asked.get_by_label("Written answer (optional)").fill("Yes, by colour.")
    await asked.get_by_role("button", name="Mark answered").click()
    for page in (apage, bpage):
        await expect(question(page, "Can robots sort glass?").locator(".qa-answer")).to_have_text(
            "Answer: Yes, by colour."
        )

    # -- the organiser records: every page says so ------------------------------------------
    await opage.get_by_role("button", name="Start recording").click()
    for page in (opage, apage, bpage):
        await expect(page.locator(".live-recording-notice")).to_have_text(
            "This event is being recorded."
        )
    await opage.get_by_role("button", name="Stop recording").click()
    for page in (opage, apage, bpage):
        await expect(page.locator(".live-recording-notice")).to_be_hidden()
    # The take, listed on every page once the server's loop processed it (recording.processed
    # on qa:EVENT): the organiser's video and sound, whenever each page last read the list.
    for page in (opage, apage, bpage):
        await expect(page.locator(".event-recordings h2")).to_have_text("Recordings")
        await expect(page.locator(".recording-take")).to_have_count(1, timeout=MEDIA_MS)
        await expect(page.locator(".recording-download").first).to_contain_text("Olga Organiser")
        await expect(page.locator(".recordings-processing")).to_have_count(0)

    # -- Bob raises his hand (by keyboard), is promoted and publishes -----------------------
    hand = bpage.get_by_role("button", name="Raise my hand")
    await tab_to(bpage, hand)
    await bpage.keyboard.press("Enter")
    await expect(bpage.get_by_role("button", name="Lower my hand")).to_be_focused()
    await expect(bpage.locator(".live-hand")).to_contain_text("Your hand is raised")
    promote = opage.get_by_role("button", name="Invite Bob Berg to speak")
    await promote.click()
    await expect(bpage.locator(".live-invited")).to_have_text(
        "You are invited to speak: go live when you are ready."
    )
    assert await media_asks(bpage) == 0  # promoted, not yet live: still nothing asked
    await bpage.get_by_role("button", name="Go live").click()
    await expect(bpage.locator(".live-status")).to_have_text(
        "You are live: everyone sees and hears you.", timeout=MEDIA_MS
    )
    assert await media_asks(bpage) == 1
    await expect(apage.locator(".live-speaking")).to_have_text(
        "Speaking: Olga Organiser and Bob Berg"
    )
    await shows_video_of(apage, "Bob Berg")
    await shows_video_of(opage, "Bob Berg")
    await decodes_streams(apage, 2, "Ana, two speakers")
    await decodes_streams(opage, 1, "Olga, Bob's video")
    assert await media_asks(apage) == 0

    # -- the organiser returns him to the audience ------------------------------------------
    await opage.get_by_role("button", name="Return Bob Berg to the audience").click()
    await expect(bpage.locator(".live-status")).to_have_text(
        "You are watching the live video.", timeout=MEDIA_MS
    )
    # Why, from his own seat (seat:EVENT:BOB's live.stage), whichever came first.
    await expect(bpage.locator("main")).to_contain_text("A moderator returned you to the audience.")
    await expect(apage.locator(".live-speaking")).to_have_text("Speaking: Olga Organiser")
    await expect(tile(apage, "Bob Berg")).to_have_count(0, timeout=MEDIA_MS)

    # -- right to left: Ana's page in Arabic, still watching without a camera ---------------
    await apage.evaluate("localStorage.setItem('twinspace.lang', 'ar')")
    await apage.reload()
    await expect(apage.locator("html")).to_have_attribute("dir", "rtl")
    await expect(apage.locator(".live-status")).to_have_text(
        "أنت تشاهد الفيديو المباشر.", timeout=MEDIA_MS
    )
    await shows_video_of(apage, "Olga Organiser")
    assert await media_asks(apage) == 0
    await clean(apage, "webinar-viewer-ar")

    # -- attendance: the organiser's view lists all three ------------------------------------
    world.clock.advance(dt.timedelta(minutes=20))
    await opage.reload()
    attendance = opage.locator(".attendance-list .person-name")
    await expect(attendance).to_have_count(3)
    names = sorted(await attendance.all_text_contents())
    assert names == ["Ana Alves", "Bob Berg", "Olga Organiser"]
    live = ok(await olga.get(f"/api/events/{event_id}/live"))
    assert live["state"] == "live"


async def live_and_watched(
    site: SfuSite, event_id: int, speaker: ApiUser, watcher: ApiUser
) -> tuple[Page, Page]:
    """The speaker's and the watcher's pages on the running event: the speaker goes live and
    the watcher's page shows their video."""
    spage = await signed_in(site, speaker, "Europe/Paris")
    wpage = await signed_in(site, watcher, "Europe/Paris")
    for page in (spage, wpage):
        await open_event(page, site, event_id)
    await spage.get_by_role("button", name="Go live").click()
    await expect(spage.locator(".live-status")).to_have_text(
        "You are live: everyone sees and hears you.", timeout=MEDIA_MS
    )
    await shows_video_of(wpage, speaker.account["display_name"])
    return spage, wpage


async def test_a_muted_speakers_page_stops_and_says_why_then_speaks_again_until_unnamed(
    sfu_site: SfuSite,
) -> None:
    site = sfu_site
    world = site.live.world
    olga = await world.etwinner("Olga Organiser")
    sam = await world.etwinner("Sam Speaker")
    space_id = await world.space(olga)
    await world.add_teacher(olga, space_id, sam)
    event_id = await world.event(
        olga, title="Class webinar", audience="twinspace", space_id=space_id, speakers=[sam.id]
    )
    world.clock.advance(dt.timedelta(days=1, minutes=5))  # it runs
    ok(await olga.post(f"/api/events/{event_id}/live"))
    spage, opage = await live_and_watched(site, event_id, sam, olga)

    # -- muted in the twinspace: Janus kicked him; his page stops, says why, watches ----------
    mute = {"minutes": 30, "reason": "shouting"}
    ok(await olga.post(f"/api/spaces/{space_id}/members/{sam.id}/mute", mute))
    await expect(spage.locator("main")).to_contain_text(
        "You were muted in this space: you are back in the audience."
    )
    await expect(spage.locator(".live-status")).to_have_text(
        "You are watching the live video.", timeout=MEDIA_MS
    )
    await expect(spage.get_by_role("button", name="Go live")).to_have_count(0)
    await expect(tile(opage, "Sam Speaker")).to_have_count(0, timeout=MEDIA_MS)
    await expect(opage.locator(".live-speaking")).to_have_text("Nobody is speaking yet.")
    await clean(spage, "webinar-muted-speaker")

    # -- the mute lifted: his page joins again with a token and offers to go live ------------
    ok(await olga.delete(f"/api/spaces/{space_id}/members/{sam.id}/mute"))
    await expect(spage.get_by_role("button", name="Go live")).to_be_visible(timeout=MEDIA_MS)
    await expect(spage.get_by_role("button", name="End the live video")).to_be_visible()

    # -- taken off the event's speakers: told why, and no Go live nor End any more -----------
    ok(await olga.patch(f"/api/events/{event_id}", {"speakers": []}))
    await expect(spage.locator("main")).to_contain_text(
        "You are no longer one of this event\u2019s speakers: you are back in the audience."
    )
    await expect(spage.get_by_role("button", name="End the live video")).to_have_count(0)
    await expect(spage.get_by_role("button", name="Go live")).to_have_count(0)
    assert await media_asks(opage) == 0


async def test_a_muted_organisers_page_stops_speaking_and_still_runs_the_session(
    sfu_site: SfuSite,
) -> None:
    """DOMAIN.md: a mute reads, cannot speak; the organiser's too (a twinspace's teacher muted
    by its founder). Her page stops sending and says why, and still offers to end."""
    site = sfu_site
    world = site.live.world
    olga = await world.etwinner("Olga Founder")
    tina = await world.etwinner("Tina Teacher")
    space_id = await world.space(olga)
    await world.add_teacher(olga, space_id, tina)
    event_id = await world.event(
        tina, title="Class webinar", audience="twinspace", space_id=space_id
    )
    ok(await olga.post(f"/api/events/{event_id}/registration"))  # a place: she watches
    world.clock.advance(dt.timedelta(days=1, minutes=5))  # it runs
    ok(await tina.post(f"/api/events/{event_id}/live"))
    tpage, opage = await live_and_watched(site, event_id, tina, olga)

    mute = {"minutes": 30, "reason": "off topic"}
    ok(await olga.post(f"/api/spaces/{space_id}/members/{tina.id}/mute", mute))
    await expect(tpage.locator("main")).to_contain_text(
        "You were muted in this space: you are back in the audience."
    )
    await expect(tpage.get_by_role("button", name="Go live")).to_have_count(0)
    await expect(tpage.get_by_role("button", name="End the live video")).to_be_visible()
    await expect(tile(opage, "Tina Teacher")).to_have_count(0, timeout=MEDIA_MS)
    await clean(tpage, "webinar-muted-organiser")

    ok(await olga.delete(f"/api/spaces/{space_id}/members/{tina.id}/mute"))
    await expect(tpage.get_by_role("button", name="Go live")).to_be_visible(timeout=MEDIA_MS)
    assert await media_asks(opage) == 0


async def test_a_groups_moderator_runs_the_stage_of_its_event_without_speaking(
    sfu_site: SfuSite,
) -> None:
    site = sfu_site
    world = site.live.world
    olga = await world.etwinner("Olga Organiser")  # the group's owner, the organiser
    mo = await world.etwinner("Mo Moderator")
    ana = await world.etwinner("Ana Alves")
    group_id = await world.group(olga)
    for person in (mo, ana):
        ok(await person.post(f"/api/groups/{group_id}/join"))
    ok(await olga.patch(f"/api/spaces/{group_id}/members/{mo.id}", {"role": "admin"}))
    event_id = await world.event(olga, title="Group webinar", audience="group", space_id=group_id)
    base = f"/api/events/{event_id}"
    ok(await ana.post(base + "/registration"))
    world.clock.advance(dt.timedelta(days=1, minutes=5))  # it runs
    ok(await olga.post(base + "/live"))
    mpage = await signed_in(site, mo, "Europe/Paris")
    apage = await signed_in(site, ana, "America/New_York")
    for page in (mpage, apage):
        await open_event(page, site, event_id)
    await expect(apage.locator(".live-status")).to_have_text(
        "You are watching the live video.", timeout=MEDIA_MS
    )

    # The group's moderator: the stage (hands, the count watching), never a camera nor End.
    await expect(mpage.locator(".live-stage-tools h3")).to_have_text("Raised hands")
    await expect(mpage.locator(".live-watching")).to_have_text("Watching: 2", timeout=MEDIA_MS)
    for name in ("Go live", "End the live video", "Start the live video"):
        assert await mpage.get_by_role("button", name=name).count() == 0, name
    await apage.get_by_role("button", name="Raise my hand").click()
    promote = mpage.get_by_role("button", name="Invite Ana Alves to speak")
    await tab_to(mpage, promote)
    await mpage.keyboard.press("Enter")
    await expect(apage.locator(".live-invited")).to_have_text(
        "You are invited to speak: go live when you are ready."
    )
    await expect(
        mpage.get_by_role("button", name="Return Ana Alves to the audience")
    ).to_be_visible()
    await clean(mpage, "webinar-group-moderator")
    assert await media_asks(mpage) == 0
