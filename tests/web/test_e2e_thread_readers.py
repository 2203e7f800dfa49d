"""Who is reading a thread (issue 21) in real headless Chromium: two members of a group open
the same thread and each sees the other in "Reading now", live, with the group's role words;
one who writes a reply moves first in the other's line; one goes back to the thread list and
drops out of the other's line. At 360 px and 1280 px, axe-core passing."""

from __future__ import annotations

import pytest
from playwright.async_api import Locator, Page, expect

from server.realtime.hub import Hub
from tests.http.conftest import ApiUser, ok
from tests.http.forum_support import client_id

from .conftest import Site, sign_in_teacher
from .test_e2e_groups import no_axe_violations

#: Page behaviour: SQLite only, to spare the shared CPU (the live tests cover both backends).
pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


async def open_thread(site: Site, person: ApiUser, group_id: int, title: str) -> Page:
    page = await (await site.person()).page()
    await sign_in_teacher(page, person)
    await page.goto(f"{site.base}/#/spaces/{group_id}/forum")
    await page.locator(".thread-link", has_text=title).click()
    await expect(page.locator(".post-body")).to_have_text(["Who teaches physics with games?"])
    return page


def readers(page: Page) -> Locator:
    return page.get_by_role("list", name="Reading now").locator(".reader-name")


async def test_two_members_reading_one_thread_see_each_other_live(site: Site) -> None:
    world = site.live.world
    hub: Hub = site.ctx.hub
    ana = await world.etwinner("Ana Costa")
    bob = await world.etwinner("Bob Weber", country="DE")
    group = {"title": "Physics club", "topic": "Science", "language": "en"}
    group_id = ok(await ana.post("/api/groups", group), 201)["id"]
    ok(await bob.post(f"/api/groups/{group_id}/join"))
    body = {
        "area": "open",
        "title": "Hello from Prague",
        "body": "Who teaches physics with games?",
        "client_id": client_id(),
    }
    ok(await ana.post(f"/api/spaces/{group_id}/forum/threads", body), 201)

    apage = await open_thread(site, ana, group_id, "Hello from Prague")
    await expect(readers(apage)).to_have_text(["Ana Costa"])
    bpage = await open_thread(site, bob, group_id, "Hello from Prague")
    # Bob's snapshot on opening already names Ana; Ana's page hears of Bob at the next pass
    # (every 10 s; run here rather than waited for).
    await expect(readers(bpage)).to_have_text(["Bob Weber", "Ana Costa"])
    await hub.send_counts()
    await expect(readers(apage)).to_have_text(["Bob Weber", "Ana Costa"])
    roles = apage.get_by_role("list", name="Reading now").locator(".reader-role")
    await expect(roles).to_have_text(["Member", "Owner"])  # a group's words
    await no_axe_violations(apage, "thread-readers")

    # Ana writes a reply: she is the most recently active, first in Bob's line.
    await apage.get_by_label("Your reply").press_sequentially("Me!")
    for _ in range(50):  # her page says so (POST .../typing), then a pass tells Bob
        if await hub.send_counts():
            break
        await apage.wait_for_timeout(100)
    await expect(readers(bpage)).to_have_text(["Ana Costa", "Bob Weber"])

    # Bob goes back to the threads: he no longer reads it.
    await bpage.get_by_role("button", name="Back to the threads").click()
    await expect(bpage.locator(".thread-link")).to_have_count(1)
    for _ in range(50):  # his unsubscribe reaches the server, then a pass says it
        if await hub.send_counts():
            break
        await apage.wait_for_timeout(100)
    await expect(readers(apage)).to_have_text(["Ana Costa"])
