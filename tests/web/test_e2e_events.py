"""Events in real headless Chromium (issue 22): an organiser whose page is in French schedules
an event in the page (the start in the past is refused first, next to its field, in French),
two teachers in other time zones register (one on the waiting list at capacity 1, who moves up
when the first gives the place back, and is told so live on their open page, as is the first
when the organiser adds a place), the .ics link downloads a calendar that parses, a question
asked by one viewer is upvoted by the other, picked and answered by the organiser live on every
page, and once it is over the attendance lists who followed it and the audience sees the
recordings (a take being processed, then each file's download link); cancelling asks first.
axe-core at 360 px and 1280 px; the main controls are reached by keyboard."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import icalendar
import pytest
from playwright.async_api import Locator, Page, expect
from sqlalchemy import select

from server.services import event_recordings
from server.services.outbox import take_outbox
from storage.models import EventAttendance, EventRecordingTake
from tests.http.conftest import PASSWORD, ApiUser, ok
from tests.support import eventually

from .conftest import Person, Site, audit, screenshot

#: Page behaviour: SQLite only, to spare the shared CPU (the API tests cover both backends).
pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)

#: The page is wider than the screen (the sweep's own test).
OVERFLOW_JS = "document.documentElement.scrollWidth > document.documentElement.clientWidth"


async def person_in(site: Site, locale: str, zone: str) -> Person:
    """A browser context in a language and a time zone of its own."""
    context = await site.browser.new_context(
        locale=locale, timezone_id=zone, viewport={"width": 1280, "height": 900}
    )
    person = Person(context, site.base, [])
    site.people.append(person)
    return person


async def signed_in(site: Site, user: ApiUser, locale: str, zone: str) -> Page:
    page = await (await person_in(site, locale, zone)).page()
    await page.locator("#login-email").fill(user.account["email"])
    await page.locator("#login-password").fill(PASSWORD)
    await page.locator("#login-password").press("Enter")
    await page.locator("main:not([data-screen=login]) h1").wait_for()
    return page


async def open_event(page: Page, site: Site, event_id: int) -> None:
    await page.goto(f"{site.base}/#/events/{event_id}")
    await page.reload()  # a page already there is drawn again from the server's answers
    await page.locator(".event-registration").wait_for()
    await page.locator(".qa-list").wait_for(state="attached")


async def clean(page: Page, name: str) -> None:
    """No axe-core violation and nothing wider than the screen, at 1280 px and 360 px."""
    for width in (1280, 360):
        await page.set_viewport_size({"width": width, "height": 900})
        assert await audit(page) == [], (name, width)
        assert not await page.evaluate(OVERFLOW_JS), (name, width)
        await screenshot(page, f"events-{name}-{width}")
    await page.set_viewport_size({"width": 1280, "height": 900})


async def tab_to(page: Page, target: Locator, limit: int = 80) -> None:
    """Press Tab until `target` has the focus (it must be reachable by keyboard)."""
    handle = await target.element_handle()
    for _ in range(limit):
        await page.keyboard.press("Tab")
        if await page.evaluate("(element) => document.activeElement === element", handle):
            return
    raise AssertionError(f"{target} is not reached by Tab")


def said(page: Page, text: str) -> Locator:
    """A status message of the screen (not the connection's banner, also a status)."""
    return page.locator("main").get_by_role("status").filter(has_text=text)


def question(page: Page, text: str) -> Locator:
    return page.locator(".qa-question").filter(has=page.locator(".qa-body", has_text=text))


async def test_an_event_from_scheduling_to_attendance_in_three_pages(
    site: Site, tmp_path: Path
) -> None:
    world = site.live.world
    olga = await world.etwinner("Olga Organiser")
    ana = await world.etwinner("Ana Alves")
    bob = await world.etwinner("Bob Berg")
    sam = await world.etwinner("Sam Speaker")
    space_id = await world.space(olga)
    await world.add_teacher(olga, space_id, sam)

    # -- the organiser schedules it, in French, from Paris ---------------------------------
    opage = await signed_in(site, olga, "fr-FR", "Europe/Paris")
    await opage.get_by_role("link", name="Événements").click()
    await opage.get_by_role("heading", name="Événements à venir").wait_for()
    await opage.get_by_role("link", name="Programmer un événement").click()
    form = opage.locator("form.event-form")
    await form.get_by_label("Titre").fill("Robots in class")
    await form.get_by_label("Description").fill("How pupils teach a robot to sort rubbish.")
    # The server's clock says 1 September 2026: the 1st of August is past.
    await form.get_by_label("Date").fill("2026-08-01")
    await form.get_by_label("Heure de début").fill("18:00")
    await form.get_by_label("Places").fill("1")
    await form.get_by_label("Sam Speaker").check()
    await form.get_by_role("button", name="Programmer l\u2019événement").click()
    start = form.get_by_label("Date")
    await expect(start).to_have_attribute("aria-invalid", "true")
    await expect(form.locator(".field-error")).to_have_text(["Choisissez un début dans le futur."])
    await expect(start).to_be_focused()
    await clean(opage, "form-error")
    await start.fill("2026-09-02")
    await form.get_by_role("button", name="Programmer l\u2019événement").click()
    await expect(said(opage, "« Robots in class » est programmé.")).to_be_visible()
    event_id = int(opage.url.rsplit("/", 1)[1])
    shown = ok(await olga.get(f"/api/events/{event_id}"))
    # 18:00 in Paris in summer is 16:00 UTC: what the page sent.
    assert shown["starts_at"].replace("Z", "+00:00") == "2026-09-02T16:00:00+00:00"
    assert [p["display_name"] for p in shown["speakers"]] == ["Sam Speaker"]
    await expect(opage.locator(".event-when")).to_contain_text("18:00")

    # -- two teachers register from other time zones ---------------------------------------
    apage = await signed_in(site, ana, "en-GB", "America/New_York")
    bpage = await signed_in(site, bob, "en-GB", "Asia/Tokyo")
    await apage.get_by_role("link", name="Events").click()
    await apage.get_by_role("link", name="Robots in class").click()
    await apage.locator(".event-registration").wait_for()
    await expect(apage.locator(".event-when")).to_contain_text("12:00")  # New York
    await expect(apage.locator(".event-zone")).to_contain_text("Eastern")
    register = apage.get_by_role("button", name="Register")
    await tab_to(apage, register)
    await apage.keyboard.press("Enter")
    await expect(apage.locator(".event-standing")).to_have_text("You are registered.")
    # The keyboard stays where it was: on the button that replaced Register.
    await expect(apage.get_by_role("button", name="Give my place back")).to_be_focused()
    await open_event(bpage, site, event_id)
    # Tokyo: the next day, at 1 in the morning.
    await expect(bpage.locator(".event-when")).to_contain_text("Thursday, 3 September 2026, 01:00")
    await expect(bpage.locator(".event-registration .hint")).to_contain_text("waiting list")
    await bpage.get_by_role("button", name="Register").click()
    await expect(bpage.locator(".event-standing")).to_have_text(
        "You are on the waiting list (position 1)."
    )
    await clean(bpage, "waiting")
    await opage.reload()
    tools = opage.locator(".event-organiser-tools")
    await expect(tools.locator(".registered-list")).to_have_text("Ana Alves")
    await expect(tools.locator(".waiting-list")).to_have_text("Bob Berg")

    # Ana gives her place back (asked first); Bob moves up.
    await apage.get_by_role("button", name="Give my place back").click()
    dialog = apage.locator("dialog")
    await expect(dialog).to_contain_text("The next person on the waiting list takes your turn")
    await dialog.locator("[data-action=confirm]").click()
    await expect(said(apage, "You are no longer registered.")).to_be_visible()
    # Bob's open page hears it on his own seat (seat:EVENT:BOB), with no reload.
    await expect(
        said(bpage, "You have a place now: you moved up from the waiting list.")
    ).to_be_visible()
    await expect(bpage.locator(".event-standing")).to_have_text("You are registered.")
    await apage.get_by_role("button", name="Register").click()
    await expect(apage.locator(".event-standing")).to_have_text(
        "You are on the waiting list (position 1)."
    )
    # The organiser makes room: a second place goes to Ana.
    await opage.reload()
    await opage.get_by_role("link", name="Modifier l\u2019événement").click()
    await opage.locator("form.event-form").get_by_label("Places").fill("2")
    await opage.get_by_role("button", name="Enregistrer les modifications").click()
    await expect(said(opage, "sont enregistrées")).to_be_visible()
    await expect(said(apage, "You have a place now")).to_be_visible()
    await expect(apage.locator(".event-standing")).to_have_text("You are registered.")

    # -- the calendar file ----------------------------------------------------------------
    async with apage.expect_download() as started:
        await apage.get_by_role("link", name="Add to my calendar (.ics)").click()
    download = await started.value
    saved = Path(await download.path())
    calendar = icalendar.Calendar.from_ical(await asyncio.to_thread(saved.read_bytes))
    (entry,) = calendar.walk("VEVENT")
    assert str(entry["SUMMARY"]) == "Robots in class"
    assert entry.decoded("DTSTART") == dt.datetime(2026, 9, 2, 16, 0, tzinfo=dt.UTC)

    # -- live: the Q&A on three pages -----------------------------------------------------
    # All three pages are on the event before it begins (Olga's back from its edit form).
    for who in (olga, ana, bob):

        async def follows(account_id: int = who.id) -> bool:
            return await following(site, event_id, account_id)

        await eventually(f"{who.account['display_name']}'s page follows the event", follows)
    world.clock.advance(dt.timedelta(days=1, hours=8, minutes=5))  # 16:05 UTC: it runs
    for page in (opage, apage, bpage):
        await open_event(page, site, event_id)
    await expect(apage.locator(".event-notice")).to_have_text("Live now")
    await apage.get_by_label("Your question").fill("How do robots learn?")
    await apage.get_by_role("button", name="Ask").click()
    for page in (opage, apage, bpage):
        await expect(question(page, "How do robots learn?")).to_be_visible()
    upvote = question(bpage, "How do robots learn?").get_by_role("button", name="Upvote")
    await tab_to(bpage, upvote)
    await bpage.keyboard.press("Enter")
    await expect(question(apage, "How do robots learn?").locator(".qa-votes")).to_have_text(
        "Votes: 1"
    )
    await expect(question(opage, "How do robots learn?").locator(".qa-votes")).to_have_text(
        "Votes : 1"
    )
    await question(opage, "How do robots learn?").get_by_role("button", name="Choisir").click()
    for page, words in ((apage, "Being answered now"), (bpage, "Being answered now")):
        await expect(question(page, "How do robots learn?").locator(".badge")).to_have_text(words)
    asked = question(opage, "How do robots learn?")
    await asked.get_by_label("Réponse écrite (facultative)").fill("With many examples.")
    await asked.get_by_role("button", name="Marquer comme répondue").click()
    for page in (apage, bpage):
        answered = question(page, "How do robots learn?")
        await expect(answered.locator(".badge")).to_have_text("Answered")
        await expect(answered.locator(".qa-answer")).to_have_text("Answer: With many examples.")
    # Only the organiser (and speakers) moderate.
    assert await question(apage, "How do robots learn?").locator("[data-verb]").count() == 0
    await clean(apage, "live-qa")
    await clean(opage, "live-organiser")

    # -- afterwards: who followed it -------------------------------------------------------
    world.clock.advance(dt.timedelta(minutes=30))
    await bpage.close()  # Bob leaves after 30 minutes
    hub = site.ctx.hub
    await eventually("the server lets Bob's socket go", lambda: bob.id not in hub.connections_of)
    world.clock.advance(dt.timedelta(hours=2))  # over
    await opage.reload()
    attendance = opage.locator(".attendance-list")
    # The three pages were on the event before it began: they count from its start.
    await expect(attendance.locator("li")).to_contain_text(
        ["Ana Alves60 min", "Olga Organiser60 min", "Bob Berg35 min"]
    )
    await expect(opage.locator(".event-notice")).to_have_text("Cet événement est terminé.")
    await expect(opage.locator(".qa-ask-holder")).to_contain_text("Les questions sont closes")
    await clean(opage, "after")

    # -- the recordings: one take processed into a file, another still being processed -------
    assert await apage.locator(".event-recordings").count() == 0  # none yet: nothing shown
    content = b"\x1a\x45\xdf\xa3" + b"a speaker's video" * 200
    (tmp_path / "take.webm").write_bytes(content)
    now = world.clock.now()
    taken = dt.datetime(2026, 9, 2, 16, 10, tzinfo=dt.UTC)  # 12:10 in New York
    async with site.ctx.sessionmaker() as db, db.begin():
        take = EventRecordingTake(
            event_id=event_id, room=1, started_at=taken, stopped_at=taken + dt.timedelta(minutes=12)
        )
        later = EventRecordingTake(
            event_id=event_id, room=1, started_at=taken + dt.timedelta(minutes=20), stopped_at=now
        )
        db.add_all([take, later])
        await db.flush()
        digest, size = await event_recordings.store(site.ctx.blobs, tmp_path / "take.webm")
        made = event_recordings.Made(olga.id, "video", "video/webm", digest, size)
        event_recordings.record_made(db, take, [made], now)
    await open_event(apage, site, event_id)
    section = apage.locator(".event-recordings")
    await expect(section.get_by_role("heading", name="Recordings")).to_be_visible()
    await expect(section.locator(".recordings-processing")).to_have_text(
        "A recording is being processed: it will be listed here when it is ready."
    )
    when = section.locator(".recording-when")
    await expect(when).to_have_count(1)  # one take listed: the other is not processed yet
    # New York's time (the page's English is "en"), and the take's length.
    await expect(when).to_have_text("Recorded 2 Sept 2026, 12:10 · 12 min")
    link = section.get_by_role("link", name="Video: Olga Organiser")
    await expect(section.locator(".recording-files li")).to_have_text(
        ["Video: Olga Organiser 3.3 KB"]
    )
    async with apage.expect_download() as started:
        await link.click()
    download = await started.value
    assert await asyncio.to_thread(Path(await download.path()).read_bytes) == content
    await clean(apage, "recordings")
    # The second take is processed (given up on, here) as the server's loop does it: its
    # recording.processed on qa:EVENT makes the open page read again, and the line goes.
    async with site.ctx.sessionmaker() as db:
        async with db.begin():
            given_up = await db.get(EventRecordingTake, later.id)
            assert given_up is not None
            given_up.failure, given_up.processed_at = "unreadable", now
            event_recordings.announce_processed(db, given_up, 0)
        await site.ctx.hub.flush(take_outbox(db))
    await expect(section.locator(".recording-take")).to_have_count(1)
    await expect(section.locator(".recordings-processing")).to_have_count(0)


async def test_cancelling_an_event_asks_first(site: Site) -> None:
    world = site.live.world
    olga = await world.etwinner("Olga Organiser")
    body = {
        "title": "Spring webinar",
        "language": "en",
        "starts_at": (world.clock.now() + dt.timedelta(days=3)).isoformat(),
        "duration_minutes": 45,
        "capacity": 30,
    }
    event_id = ok(await olga.post("/api/events", body), 201)["id"]
    page = await signed_in(site, olga, "en-GB", "Europe/Lisbon")
    await page.get_by_role("link", name="Events").click()
    await page.get_by_role("link", name="Spring webinar").click()
    cancel = page.get_by_role("button", name="Cancel the event")
    await tab_to(page, cancel)
    await page.keyboard.press("Enter")
    dialog = page.locator("dialog")
    await expect(dialog).to_contain_text("This cannot be undone")
    # "Cancel" would read as the action itself here: the way out says what it keeps.
    await expect(dialog.get_by_role("button", name="Cancel", exact=True)).to_have_count(0)
    await expect(dialog.get_by_role("button", name="Keep the event")).to_be_focused()
    await screenshot(page, "events-cancel-confirm")
    await page.keyboard.press("Enter")  # Keep, focused first: nothing happens
    await expect(dialog).to_have_count(0)
    assert ok(await olga.get(f"/api/events/{event_id}"))["state"] == "scheduled"
    await cancel.click()
    await page.locator("dialog [data-action=confirm]").click()
    await expect(page.locator(".event-notice")).to_have_text("This event was cancelled.")
    assert ok(await olga.get(f"/api/events/{event_id}"))["state"] == "cancelled"
    await expect(page.get_by_role("button", name="Cancel the event")).to_have_count(0)
    await clean(page, "cancelled")


async def following(site: Site, event_id: int, account_id: int) -> bool:
    """The account's page follows the running event: its attendance stretch is open."""
    async with site.ctx.sessionmaker() as db:
        stretch = await db.scalar(
            select(EventAttendance.connection_id).where(
                EventAttendance.event_id == event_id,
                EventAttendance.account_id == account_id,
                EventAttendance.left_at.is_(None),
            )
        )
    return stretch is not None


async def test_the_organisers_page_follows_attendance_live_and_offers_start_as_allowed(
    site: Site,
) -> None:
    world = site.live.world
    olga = await world.etwinner("Olga Organiser")
    bob = await world.etwinner("Bob Berg")
    space_id = await world.space(olga)
    await world.add_teacher(olga, space_id, bob)
    event_id = await world.event(
        olga, title="Class webinar", audience="twinspace", space_id=space_id
    )
    world.clock.advance(dt.timedelta(days=1, seconds=-3))  # it starts in 3 s
    opage = await signed_in(site, olga, "en-GB", "Europe/Lisbon")
    await open_event(opage, site, event_id)
    start = opage.get_by_role("button", name="Start the live video")
    await expect(opage.locator(".event-when")).to_be_visible()
    await expect(start).to_have_count(0)  # not before its time
    # Olga waits on the page before the start: she counts from it (and, 14:57 later, 15 min).
    await eventually("Olga's page follows the event", lambda: following(site, event_id, olga.id))
    world.clock.advance(dt.timedelta(minutes=5))  # it runs
    # The open page reads the event again once its start has passed, by itself: Start appears,
    # as the server allows it (EventOut.allowed).
    await expect(start).to_be_visible()
    bpage = await signed_in(site, bob, "en-GB", "Europe/Lisbon")
    await open_event(bpage, site, event_id)
    await eventually("Bob's page follows the event", lambda: following(site, event_id, bob.id))
    world.clock.advance(dt.timedelta(minutes=10))
    await bpage.close()  # Bob leaves after 10 minutes: the organiser's open page shows it
    await expect(opage.locator(".attendance-list li")).to_contain_text(
        ["Olga Organiser15 min", "Bob Berg10 min"]
    )
    await clean(opage, "attendance-live")

    # The twinspace archived: the server no longer allows a start, and the page follows it.
    ok(await olga.post(f"/api/spaces/{space_id}/archive"))
    await open_event(opage, site, event_id)
    await expect(opage.locator(".event-live")).to_be_visible()
    await expect(start).to_have_count(0)
