"""eTwinning Groups in real headless Chromium (issue 21): an eTwinner finds a featured group
(made by the operator's service) first in the directory, joins it in one click and posts in
its forum; a pupil who types a group's address sees exactly the page of a group that does not
exist. A closed group's request is accepted live by a moderator while the asker's page is
open; a ban is confirmed before it happens. At 360 px and 1280 px, axe-core passing on the
directory and the group's screens, reachable by keyboard."""

from __future__ import annotations

import datetime as dt

import pytest
from playwright.async_api import Page, expect

from protocol import group_api
from server.services import group_operator
from tests.http.conftest import ApiUser, ok

from .conftest import Site, audit, screenshot, sign_in_pupil, sign_in_teacher

#: Page behaviour: SQLite only, to spare the shared CPU (the API tests cover both backends).
pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)

FEATURED = "Future teachers — Europe"
MISSING = 987654


async def featured_group(site: Site, title: str) -> int:
    """A featured group as `twinspace admin group create` makes it (no owner)."""
    body = group_api.CreateGroup(title=title, topic="Teacher training", language="en")
    async with site.ctx.sessionmaker() as db, db.begin():
        space, _ = await group_operator.create_featured(db, body, dt.datetime.now(dt.UTC))
        return space.id


async def no_axe_violations(page: Page, where: str) -> None:
    await expect(page.locator("main")).not_to_contain_text("null")
    for width in (360, 1280):
        await page.set_viewport_size({"width": width, "height": 800})
        assert await audit(page) == [], f"{where} at {width}px"
        assert await page.evaluate(
            "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
        ), f"{where} overflows at {width}px"
        await screenshot(page, f"groups-{where}-{width}")


async def tab_to(page: Page, label: str, limit: int = 80) -> None:
    """Press Tab until the control named `label` has the focus (it must be reachable)."""
    for _ in range(limit):
        await page.keyboard.press("Tab")
        focused = await page.evaluate(
            "document.activeElement?.getAttribute('aria-label') ?? "
            "document.activeElement?.textContent ?? ''"
        )
        if focused.strip() == label:
            return
    raise AssertionError(f"{label!r} not reached by keyboard")


async def main_text(page: Page, fragment: str) -> tuple[str, str]:
    await page.evaluate("(fragment) => { location.hash = fragment; }", fragment)
    await expect(page.locator("main h1")).to_have_text("Page not found")
    await expect(page.locator("main")).not_to_contain_text("Loading")
    return await page.locator("main").inner_text(), await page.title()


async def test_an_etwinner_finds_a_featured_group_joins_and_posts(site: Site) -> None:
    world = site.live.world
    ana = await world.etwinner("Ana Costa")
    maths = {"title": "Maths games", "topic": "Maths", "language": "pt"}
    ok(await ana.post("/api/groups", maths), 201)
    for number in range(1, 21):  # a directory of more than one page (20 a page)
        club = {"title": f"Club {number}", "topic": "Clubs", "language": "en"}
        ok(await ana.post("/api/groups", club), 201)
    group_id = await featured_group(site, FEATURED)

    eva = await world.etwinner("Eva Novak")
    page = await (await site.person()).page()
    await sign_in_teacher(page, eva)
    await page.get_by_role("link", name="Groups").click()
    await expect(page.get_by_role("heading", name="eTwinning Groups")).to_be_visible()
    cards = page.locator(".group-card")
    await expect(cards).to_have_count(20)
    # The next page, with the server's cursor: the last two, and no more button.
    await page.get_by_role("button", name="Show more groups").click()
    await expect(cards).to_have_count(22)
    await expect(page.get_by_role("button", name="Show more groups")).to_be_hidden()
    # Featured first, and marked so; the other after it, by activity.
    await expect(cards.first.locator(".group-title")).to_contain_text(FEATURED)
    await expect(cards.first.locator(".badge.featured")).to_have_text("Featured")
    await expect(page.locator(".badge.featured")).to_have_count(1)
    await expect(cards.first).to_contain_text("0 members")
    await expect(cards.first).to_contain_text("Open")
    await no_axe_violations(page, "directory")

    # A search by words of the title, then by language.
    await page.get_by_label("Words of the title").fill("europe")
    await page.get_by_role("button", name="Search", exact=True).click()
    await expect(cards).to_have_count(1)
    await page.get_by_label("Words of the title").fill("")
    await page.get_by_role("search").get_by_label("Language").select_option("pt")
    await page.get_by_role("button", name="Search", exact=True).click()
    await expect(cards.locator(".group-title")).to_have_text(["Maths games"])
    await page.get_by_role("search").get_by_label("Language").select_option("")
    await page.get_by_role("button", name="Search", exact=True).click()
    await expect(cards).to_have_count(20)

    # By keyboard: from the search button to the featured group's Join, and one press.
    await page.get_by_role("button", name="Search", exact=True).focus()
    await tab_to(page, f"Join: {FEATURED}")
    await page.keyboard.press("Enter")
    await expect(page.get_by_role("status").filter(has_text="You joined")).to_be_visible()
    await expect(cards.first.locator(".group-standing")).to_have_text(
        "You are a member. Your role: Member"
    )
    await cards.first.get_by_role("link", name=f"Open the group: {FEATURED}").click()
    await expect(page.get_by_role("heading", name=FEATURED)).to_be_visible()
    await expect(page.get_by_role("link", name="Back to the groups")).to_be_visible()

    await page.get_by_role("tab", name="Forum").click()
    await page.get_by_label("Thread title").fill("Hello from Prague")
    await page.get_by_label("First post").fill("Who teaches physics with games?")
    await page.get_by_role("button", name="Start the thread").click()
    await expect(page.locator(".thread-link")).to_have_text(["Hello from Prague"])
    await page.locator(".thread-link").click()
    await expect(page.locator(".post-body")).to_have_text(["Who teaches physics with games?"])
    await no_axe_violations(page, "group-forum")
    await page.get_by_role("tab", name="Members").click()
    await expect(page.locator(".member-list .member")).to_have_count(1)
    await expect(page.locator(".member .role")).to_have_text(["Member"])
    # A group's presence is a count (presence.count), and no row claims to know who is online.
    await expect(page.locator(".online-count")).to_have_text("1 online")
    await expect(page.locator(".member .presence-text")).to_have_text([""])
    await expect(page.locator(".member .presence-dot")).to_be_hidden()
    await no_axe_violations(page, "group-members")

    # A pupil: no link to groups, and a group's address is the page of one that is not.
    teacher = await world.etwinner("Tom Berg")
    space_id = await world.space(teacher)
    pupil = await site.pupil_credentials(teacher, space_id, "Léa Martin")
    ppage = await (await site.person()).page()
    await sign_in_pupil(ppage, pupil)
    await expect(ppage.locator("#nav")).not_to_contain_text("Groups")
    for real, missing in (
        (f"#/groups/{group_id}", f"#/groups/{MISSING}"),
        (f"#/spaces/{group_id}", f"#/spaces/{MISSING}"),
        ("#/groups", "#/no/such/page"),
    ):
        assert await main_text(ppage, real) == await main_text(ppage, missing), real
    assert "group" not in (await ppage.locator("body").inner_text()).lower()


async def ask_and_open_members(site: Site) -> tuple[ApiUser, ApiUser, int, Page, Page]:
    world = site.live.world
    ana = await world.etwinner("Ana Costa")
    created = {"title": "Physics club", "topic": "Science", "language": "en", "access": "closed"}
    group_id = ok(await ana.post("/api/groups", created), 201)["id"]
    bob = await world.etwinner("Bob Weber", country="DE")
    apage = await (await site.person()).page()
    await sign_in_teacher(apage, ana)
    await apage.goto(f"{site.base}/#/spaces/{group_id}/members")
    await expect(apage.locator(".group-requests .empty")).to_have_text("No one is waiting.")
    bpage = await (await site.person()).page()
    await sign_in_teacher(bpage, bob)
    await bpage.goto(f"{site.base}/#/groups/{group_id}")
    await expect(bpage.get_by_role("heading", name="Physics club")).to_be_visible()
    return ana, bob, group_id, apage, bpage


async def test_a_closed_groups_request_is_accepted_live_and_a_ban_is_confirmed(
    site: Site,
) -> None:
    _, bob, group_id, apage, bpage = await ask_and_open_members(site)
    await no_axe_violations(bpage, "group-card")
    await bpage.get_by_label("A message for the moderators (optional)").fill("I teach physics.")
    await bpage.get_by_role("button", name="Ask to join").click()
    await expect(bpage.locator(".group-standing")).to_have_text("You asked to join this group.")

    # The request comes into the moderator's open page by itself (the moderation channel).
    request = apage.locator(".request").filter(has_text="Bob Weber")
    await expect(request).to_contain_text("I teach physics.")
    await expect(request).to_contain_text("Germany")
    await no_axe_violations(apage, "group-requests")
    await apage.get_by_role("button", name="Accept: Bob Weber").focus()
    await apage.keyboard.press("Enter")
    await expect(apage.get_by_role("status").filter(has_text="is now a member")).to_be_visible()
    await expect(apage.locator(".request")).to_have_count(0)
    # The asker's page, open all along, says so and opens the way in.
    await expect(bpage.get_by_role("status")).to_have_text(
        "Your request was accepted: welcome to “Physics club”."
    )
    await expect(bpage.get_by_role("link", name="Open the group: Physics club")).to_be_visible()

    # Owner's tools: Bob listed as a member, with Ban; nothing happens before it is confirmed.
    member = apage.locator(".member").filter(has_text="Bob Weber")
    await expect(member.locator(".role")).to_have_text("Member")
    await member.get_by_role("button", name="Ban: Bob Weber").click()
    dialog = apage.locator("dialog")
    await expect(dialog).to_contain_text("Ban Bob Weber from this group?")
    await no_axe_violations(apage, "ban-dialog")
    await dialog.get_by_role("button", name="Cancel").click()
    assert ok(await bob.get(f"/api/groups/{group_id}"))["standing"] == "member"
    await member.get_by_role("button", name="Ban: Bob Weber").click()
    await dialog.get_by_label("Reason (optional, kept in the audit log)").fill("Spam")
    await dialog.get_by_role("button", name="Ban", exact=True).click()
    await expect(apage.get_by_role("status").filter(has_text="was banned")).to_be_visible()
    await expect(apage.locator(".member").filter(has_text="Bob Weber")).to_have_count(0)
    ban = apage.locator(".ban").filter(has_text="Bob Weber")
    await expect(ban).to_contain_text("Reason: Spam")
    assert ok(await bob.get(f"/api/groups/{group_id}"))["standing"] == "banned"
    await no_axe_violations(apage, "group-bans")
    await ban.get_by_role("button", name="Lift the ban: Bob Weber").click()
    await expect(apage.locator(".ban")).to_have_count(0)
    assert ok(await bob.get(f"/api/groups/{group_id}"))["standing"] == "none"

    # The owner appoints a moderator among the members (the group's words for the roles).
    ok(await bob.post(f"/api/groups/{group_id}/requests", {}), 201)
    await apage.get_by_role("button", name="Accept: Bob Weber").click()
    member = apage.locator(".member").filter(has_text="Bob Weber")
    await member.get_by_label("Role of Bob Weber").select_option("admin")
    await member.get_by_role("button", name="Change role: Bob Weber").click()
    await expect(apage.locator("dialog")).to_contain_text("from Member to Moderator")
    await apage.locator("dialog [data-action=confirm]").click()
    await expect(member.locator(".role")).to_have_text("Moderator")
    await screenshot(apage, "groups-members-owner")


async def test_a_member_reacts_by_keyboard_and_another_sees_the_count_live(site: Site) -> None:
    """Reactions (issue 21): the bar under a post, its picker by keyboard, aria-pressed for
    one's own, and the count changing live on another member's open page."""
    world = site.live.world
    ana = await world.etwinner("Ana Costa")
    group_id = ok(
        await ana.post(
            "/api/groups", {"title": "Reading club", "topic": "Books", "language": "en"}
        ),
        201,
    )["id"]
    bob = await world.etwinner("Bob Weber", country="DE")
    ok(await bob.post(f"/api/groups/{group_id}/join"))
    body = {
        "title": "Favourite books",
        "body": "Which book do your pupils love?",
        "area": "open",
        "client_id": "e2e-reactions-1",
    }
    thread_id = ok(await ana.post(f"/api/spaces/{group_id}/forum/threads", body), 201)["thread"][
        "id"
    ]

    async def open_thread(page: Page) -> None:
        if not page.url.endswith(f"#/spaces/{group_id}"):
            await page.goto(f"{site.base}/#/spaces/{group_id}")
        await page.get_by_role("tab", name="Forum").click()
        await page.locator(".thread-link").click()
        await expect(page.locator(".post-body")).to_have_text(["Which book do your pupils love?"])

    pages, people = [], []
    for who in (ana, bob):
        person = await site.person()
        page = await person.page()
        await sign_in_teacher(page, who)
        await open_thread(page)
        pages.append(page)
        people.append(person)
    apage, bpage = pages
    # Bob's second tab, in the same browser: his own reactions follow him there live.
    btab = await people[1].page(f"#/spaces/{group_id}")
    await open_thread(btab)

    # Bob, by keyboard only: focus the post's "Add a reaction", open the picker, choose.
    add = bpage.get_by_role("button", name="Add a reaction")
    await add.focus()
    await bpage.keyboard.press("Enter")
    await expect(add).to_have_attribute("aria-expanded", "true")
    picker = bpage.get_by_role("group", name="Choose a reaction")
    await expect(picker.get_by_role("button")).to_have_count(6)
    # The focus went to the first choice; Tab to the third (Bravo), Space to choose it.
    await bpage.keyboard.press("Tab")
    await bpage.keyboard.press("Tab")
    await expect(picker.get_by_role("button", name="Bravo")).to_be_focused()
    await bpage.keyboard.press("Space")
    mine = bpage.get_by_role("button", name="Bravo: 1 person")
    await expect(mine).to_have_attribute("aria-pressed", "true")
    await expect(mine).to_be_focused()
    await expect(picker).to_have_count(0)
    await expect(btab.get_by_role("button", name="Bravo: 1 person")).to_have_attribute(
        "aria-pressed", "true"
    )

    # Ana's page, open all along, shows the count without a reload; not pressed for her.
    theirs = apage.get_by_role("button", name="Bravo: 1 person")
    await expect(theirs).to_have_attribute("aria-pressed", "false")
    await theirs.click()
    await expect(apage.get_by_role("button", name="Bravo: 2 people")).to_have_attribute(
        "aria-pressed", "true"
    )
    await expect(bpage.get_by_role("button", name="Bravo: 2 people")).to_have_attribute(
        "aria-pressed", "true"
    )

    # Escape closes the picker and gives the focus back.
    await add.focus()
    await bpage.keyboard.press("Enter")
    await expect(picker).to_be_visible()
    await no_axe_violations(bpage, "reactions-picker")
    await bpage.get_by_role("group", name="Choose a reaction").get_by_role("button").first.focus()
    await bpage.keyboard.press("Escape")
    await expect(picker).to_have_count(0)
    await expect(add).to_be_focused()

    # Bob takes his back by keyboard: Ana sees 1 again, live.
    await bpage.get_by_role("button", name="Bravo: 2 people").focus()
    await bpage.keyboard.press("Enter")
    await expect(bpage.get_by_role("button", name="Bravo: 1 person")).to_have_attribute(
        "aria-pressed", "false"
    )
    await expect(apage.get_by_role("button", name="Bravo: 1 person")).to_have_attribute(
        "aria-pressed", "true"
    )
    await expect(btab.get_by_role("button", name="Bravo: 1 person")).to_have_attribute(
        "aria-pressed", "false"
    )
    await no_axe_violations(apage, "reactions")
    page_posts = ok(await bob.get(f"/api/spaces/{group_id}/forum/threads/{thread_id}/posts"))[
        "posts"
    ]
    assert (page_posts[0]["reactions"], page_posts[0]["my_reactions"]) == ({"clap": 1}, [])
