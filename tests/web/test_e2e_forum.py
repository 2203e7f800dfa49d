"""The forum section in real headless Chromium (issue 8): a teacher and a pupil in two browser
contexts see each other's threads and posts live, the teacher hides a post and it vanishes
for the pupil, moderation controls show only for who may use them, the held-posts queue, the
Teachers' Bulletin, recovery after a lost connection, and the accessibility audit (French: in
test_e2e_archive.py)."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.async_api import Page, expect

from protocol.close_codes import CloseCode, CloseReason
from tests.http.conftest import ApiUser, ok

from .conftest import Site, audit, screenshot, sign_in_pupil, sign_in_teacher

#: Page behaviour: SQLite only, to spare the shared CPU (the API tests cover both backends).
pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)

#: Every control only moderators may have.
MODERATION = (
    "[data-action=hide], [data-action=restore], [data-action=approve], [data-action=reject], "
    "[data-action=pin], [data-action=unpin], [data-action=lock], [data-action=unlock], "
    "[data-action=purge]"
)


async def open_forum(page: Page, space_id: int, base: str) -> None:
    await page.goto(f"{base}/#/spaces/{space_id}")
    await page.get_by_role("tab", name="Forum").click()
    loaded = page.locator("#panel-forum .empty:visible, #panel-forum .thread-item").first
    await expect(loaded).to_be_visible()


def post(page: Page, text: str) -> Any:
    return page.locator(".post").filter(has=page.locator(".post-body", has_text=text))


async def reply(page: Page, text: str) -> None:
    await page.get_by_label("Your reply").fill(text)
    await page.get_by_role("button", name="Post reply").click()


async def start_thread(page: Page, title: str, body: str) -> None:
    await page.get_by_label("Thread title").fill(title)
    await page.get_by_label("First post").fill(body)
    await page.get_by_role("button", name="Start the thread").click()


async def two_people(site: Site) -> tuple[ApiUser, int, Page, Page]:
    world = site.live.world
    teacher = await world.etwinner("Claire Dupont")
    space_id = await world.space(teacher)
    pupil = await site.pupil_credentials(teacher, space_id, "Léa Martin")
    tpage = await (await site.person()).page()
    await sign_in_teacher(tpage, teacher)
    ppage = await (await site.person()).page()
    await sign_in_pupil(ppage, pupil)
    await open_forum(tpage, space_id, site.base)
    await open_forum(ppage, space_id, site.base)
    return teacher, space_id, tpage, ppage


async def test_teacher_and_pupil_see_each_others_posts_and_the_hidden_post_vanishes(
    site: Site,
) -> None:
    teacher, space_id, tpage, ppage = await two_people(site)
    # The pupil may not start threads here, nor see the Bulletin or the moderation queue.
    assert await ppage.get_by_label("Thread title").count() == 0
    assert await ppage.get_by_role("button", name="Teachers' Bulletin").count() == 0
    assert await ppage.get_by_role("button", name="Moderation").count() == 0

    await start_thread(tpage, "Our rivers", "Which river runs through your town?")
    await expect(tpage.get_by_role("status").filter(has_text="started")).to_be_visible()
    # Live in the pupil's list, without a reload.
    await expect(ppage.locator(".thread-link")).to_have_text(["Our rivers"])
    await screenshot(tpage, "forum")

    await tpage.locator(".thread-link", has_text="Our rivers").click()
    await expect(tpage.get_by_role("heading", name="Our rivers")).to_be_focused()
    await ppage.locator(".thread-link", has_text="Our rivers").click()
    await expect(ppage.get_by_role("heading", name="Our rivers")).to_be_visible()

    await reply(ppage, "<b>The Rhône</b> & the Saône")
    mine = post(tpage, "The Rhône")
    await expect(mine.locator(".post-body")).to_have_text("<b>The Rhône</b> & the Saône")
    await expect(mine.locator(".post-author")).to_have_text("Léa Martin")
    assert await tpage.locator(".post-body b").count() == 0  # text, never markup
    await reply(tpage, "Lovely! In Kraków it is the Vistula.")
    await expect(ppage.locator(".post-body")).to_have_text(
        [
            "Which river runs through your town?",
            "<b>The Rhône</b> & the Saône",
            "Lovely! In Kraków it is the Vistula.",
        ]
    )
    await expect(ppage.locator(".post")).to_have_count(3)  # one each, never twice

    # The pupil edits her own post (and may not edit the teacher's); the teacher sees it.
    own = post(ppage, "The Rhône")
    assert await post(ppage, "Vistula").locator("[data-action=edit]").count() == 0
    await own.get_by_role("button", name="Edit").click()
    await ppage.get_by_label("Edit your post").fill("The Rhône and the Saône meet in Lyon")
    await ppage.get_by_role("button", name="Save").click()
    await expect(post(tpage, "meet in Lyon")).to_be_visible()

    # Moderation controls: the teacher has them for the pupil's post, the pupil none at all.
    await expect(post(tpage, "meet in Lyon").get_by_role("button", name="Hide")).to_be_visible()
    await expect(tpage.get_by_role("button", name="Pin")).to_be_visible()
    await screenshot(tpage, "forum-thread-teacher")
    await screenshot(ppage, "forum-thread-pupil")
    assert await ppage.locator(MODERATION).count() == 0

    # Another pupil's post, live for both; the teacher hides it and it vanishes for Léa.
    [tom] = await site.live.world.pupils(teacher, space_id, ["Tom Kowalski"])
    threads = ok(await tom.get(f"/api/spaces/{space_id}/forum/threads"))
    thread_id = threads["threads"][0]["id"]
    body = {"body": "Tom was here", "client_id": "tom-post-0001"}
    ok(await tom.post(f"/api/spaces/{space_id}/forum/threads/{thread_id}/posts", body), 201)
    await expect(post(ppage, "Tom was here")).to_be_visible()
    await post(tpage, "Tom was here").get_by_role("button", name="Hide").click()
    await expect(post(ppage, "Tom was here")).to_have_count(0)
    await expect(ppage.locator(".post")).to_have_count(3)
    hidden = post(tpage, "Tom was here")
    await expect(hidden.locator(".state-note")).to_have_text("hidden")
    await expect(hidden.get_by_role("button", name="Restore")).to_be_visible()
    await hidden.get_by_role("button", name="Restore").click()
    await expect(post(ppage, "Tom was here")).to_be_visible()

    # Léa's own post hidden: she still sees it, marked, and may no longer edit it.
    await post(tpage, "meet in Lyon").get_by_role("button", name="Hide").click()
    await expect(post(ppage, "meet in Lyon").locator(".state-note")).to_have_text("hidden")
    await expect(post(ppage, "meet in Lyon").locator("[data-action=edit]")).to_have_count(0)
    await expect(post(ppage, "Vistula").get_by_role("button", name="Report")).to_be_visible()
    assert await ppage.locator(MODERATION).count() == 0

    # Locking: the pupil's reply box goes, live.
    await tpage.get_by_role("button", name="Lock").click()
    await expect(tpage.get_by_role("button", name="Unlock")).to_be_visible()
    await expect(ppage.get_by_text("You cannot reply in this thread.")).to_be_visible()
    assert await ppage.get_by_label("Your reply").count() == 0


async def test_held_posts_wait_in_the_queue_and_the_bulletin_is_for_teachers(
    site: Site,
) -> None:
    teacher, space_id, tpage, ppage = await two_people(site)
    ok(await teacher.patch(f"/api/spaces/{space_id}", {"premoderate_pupils": True}))
    await start_thread(tpage, "Homework", "Post your drawings here")
    await ppage.locator(".thread-link", has_text="Homework").click()
    await reply(ppage, "My drawing of the river")
    await expect(ppage.get_by_role("status")).to_contain_text("A teacher will read your post")
    await expect(post(ppage, "My drawing").locator(".state-note")).to_have_text(
        "waiting for a teacher"
    )

    # The pupil reports the teacher's post, saying why.
    first = post(ppage, "Post your drawings")
    await first.get_by_role("button", name="Report").click()
    await ppage.get_by_label("What is wrong with this post?").fill("Too hard for us")
    await ppage.get_by_role("button", name="Send the report").click()
    await expect(ppage.get_by_role("status")).to_have_text(
        "Thank you. The teachers have been told."
    )

    await tpage.get_by_role("button", name="Moderation").click()
    held = post(tpage, "My drawing")
    await expect(held.get_by_role("button", name="Approve")).to_be_visible()
    report = tpage.locator(".report-list li")
    await expect(report).to_contain_text("reported by Léa Martin")
    await expect(report).to_contain_text("Reason: Too hard for us")
    found = {"moderation": await audit(tpage)}
    await screenshot(tpage, "forum-moderation")
    await held.get_by_role("button", name="Approve").click()
    await expect(tpage.get_by_text("No post is waiting.")).to_be_visible()
    await report.get_by_role("button", name="Close the report").click()
    await expect(tpage.get_by_text("No open reports.")).to_be_visible()
    # Approved: the pupil's post is published, live.
    await expect(post(ppage, "My drawing").locator(".state-note")).to_have_count(0)

    # The server drops the pupil's sockets and asks her to wait 1 s; a post lands meanwhile
    # and reaches her after the reconnect (resubscribed with `since`).
    [homework] = ok(await teacher.get(f"/api/spaces/{space_id}/forum/threads"))["threads"]
    thread_id = homework["id"]
    pupil_id = int(await ppage.evaluate("fetch('/api/me').then(r => r.json()).then(a => a.id)"))
    for connection in list(site.ctx.hub.connections_of.get(pupil_id, ())):
        connection.close(
            CloseCode.SERVICE_RESTART, CloseReason.SERVER_RESTARTING, retry_after_ms=1000
        )
    await expect(ppage.locator("#banner")).to_be_visible()
    posts = f"/api/spaces/{space_id}/forum/threads/{thread_id}/posts"
    ok(await teacher.post(posts, {"body": "Well done!", "client_id": "missed-0001"}), 201)
    await expect(ppage.locator("#banner")).to_be_hidden()
    await expect(post(ppage, "Well done!")).to_be_visible()
    # A retry with the same client id stores nothing new.
    ok(await teacher.post(posts, {"body": "Well done!", "client_id": "missed-0001"}), 200)
    await reply(ppage, "Thank you")
    await expect(ppage.locator(".post")).to_have_count(4)

    # The Teachers' Bulletin: for teachers only, never in a pupil's list.
    await tpage.get_by_role("button", name="Back to the threads").click()
    await tpage.get_by_role("button", name="Teachers' Bulletin").click()
    await expect(tpage.get_by_role("button", name="Teachers' Bulletin")).to_have_attribute(
        "aria-pressed", "true"
    )
    await start_thread(tpage, "Marking plan", "Shall we mark together?")
    await expect(tpage.locator(".thread-link")).to_have_text(["Marking plan"])
    found["bulletin"] = await audit(tpage)
    await ppage.get_by_role("button", name="Back to the threads").click()
    await expect(ppage.locator(".thread-link")).to_have_text(["Homework"])
    await tpage.locator(".thread-link", has_text="Marking plan").click()
    await expect(tpage.get_by_role("heading", name="Marking plan")).to_be_visible()
    found["thread"] = await audit(tpage)
    found["pupil thread list"] = await audit(ppage)
    assert found == {name: [] for name in found}
