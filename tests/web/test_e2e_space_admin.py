"""The space's administration in the page (issue 17), in real Chromium against a real server:
members managed by teacher admins, pupils and their login cards, eTwinners found and invited,
guest links, the settings, the audit log and a pupil's data."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path
from typing import Any

import pytest
from playwright.async_api import Locator, Page, Route, ViewportSize, expect

from server.config import Settings
from tests.http.conftest import PASSWORD, ApiUser, World, ok
from tests.support import eventually

from .conftest import (
    Person,
    Site,
    audit,
    open_site,
    screenshot,
    sign_in_pupil,
    sign_in_teacher,
)

SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
NARROW: ViewportSize = {"width": 360, "height": 740}


def member_row(page: Page, name: str) -> Locator:
    name_cell = page.locator(".member-name").get_by_text(name, exact=True)
    return page.locator(".member-list li").filter(has=name_cell)


async def etwinner_at(world: World, name: str, school: str, country: str) -> ApiUser:
    """A validated eTwinner of a given school and country."""
    body = {
        "email": world.email(name.split()[0].lower()),
        "password": PASSWORD,
        "display_name": name,
        "school": school,
        "country": country,
    }
    account = ok(await world.client.post("/api/accounts/teachers", json=body), 201)
    admin = await world.national_admin(country)
    ok(await admin.post(f"/api/admin/accounts/{account['id']}/validate", {}))
    return await world.sign_in(account["email"])


async def open_space(site: Site, teacher: ApiUser, space_id: int, **options: Any) -> Page:
    person: Person = await site.person(**options)
    page = await person.page()
    # By the fields' ids: the page may be in any language.
    await page.locator("#login-email").fill(teacher.account["email"])
    await page.locator("#login-password").fill(PASSWORD)
    await page.locator("#login-email").press("Enter")
    await page.locator(".space-list").wait_for()
    await page.goto(f"{site.base}/#/spaces/{space_id}")
    await page.locator("#tab-members").wait_for()
    return page


async def dialog_screenshot(page: Page, name: str) -> None:
    """A modal dialog stays where the viewport is: a full-page picture would misplace it."""
    await screenshot(page, name, full_page=False)


async def no_serious_violations(page: Page) -> None:
    assert await audit(page) == []


async def no_horizontal_overflow(page: Page) -> None:
    assert await page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )


@SQLITE_ONLY
async def test_a_class_list_makes_pupils_whose_login_cards_sign_them_in(site: Site) -> None:
    world = site.live.world
    founder = await world.etwinner("Claire Dupont")
    space_id = await world.space(founder)
    page = await open_space(site, founder, space_id)

    # A blank line is skipped; a name too long is refused on its line, and nothing is created.
    names = page.get_by_label("Pupils\u2019 names")
    await names.fill("Léa Martin\n\n" + "x" * 101 + "\nLéa Martin")
    await page.get_by_role("button", name="Add the class").click()
    await expect(page.locator(".line-errors")).to_have_text("Line 3: Write at most 100 characters.")
    await expect(names).to_have_attribute("aria-invalid", "true")
    await expect(page.locator(".member-list li")).to_have_count(1)

    await names.fill("Léa Martin\nLéa Martin\nTom Petit")
    await page.get_by_role("button", name="Add the class").click()
    cards = page.locator(".login-card")
    await expect(cards).to_have_count(3)
    await expect(page.get_by_role("status").filter(has_text="3 pupils were added.")).to_be_visible()
    first = cards.nth(0)
    username = await first.locator(".card-username").inner_text()
    code = await first.locator(".card-code").inner_text()
    await expect(first).to_contain_text(site.base.removeprefix("http://"))
    await expect(first.locator(".card-name")).to_have_text("Léa Martin")
    await screenshot(page, "space-admin-login-cards")

    # Printed, the page shows the cards and nothing else.
    await page.emulate_media(media="print")
    await expect(page.locator(".member-list")).to_be_hidden()
    await expect(page.get_by_role("button", name="Print the cards")).to_be_hidden()
    await expect(first.locator(".card-code")).to_be_visible()
    await screenshot(page, "space-admin-login-cards-print")
    await page.emulate_media(media="screen")

    # Two pupils of one name are told apart by their usernames in the teacher's list.
    await expect(page.locator(".member-name", has_text="Léa Martin")).to_have_count(2)
    await expect(member_row(page, f"Léa Martin ({username})")).to_contain_text("Pupil")

    # The card signs the pupil in.
    pupil_page = await (await site.person()).page()
    await sign_in_pupil(pupil_page, {"username": username, "code": code})

    # Hiding the cards forgets the codes.
    await page.get_by_role("button", name="Done: hide the codes").click()
    await expect(cards).to_have_count(0)
    await expect(page.get_by_text(code)).to_have_count(0)

    # A new code: asked first, then a new card; the old code no longer works.
    await (
        member_row(page, f"Léa Martin ({username})")
        .get_by_role("button", name=f"New code: Léa Martin ({username})")
        .click()
    )
    dialog = page.get_by_role("dialog")
    await expect(dialog).to_contain_text("The old code stops working at once")
    await dialog.get_by_role("button", name="Make a new code").click()
    await expect(cards).to_have_count(1)
    new_code = await cards.nth(0).locator(".card-code").inner_text()
    assert new_code != code
    answer = await world.client.post(
        "/api/auth/pupil-login", json={"username": username, "code": code, "mode": "token"}
    )
    assert answer.status_code == 401
    await no_serious_violations(page)


@SQLITE_ONLY
async def test_a_partner_teacher_abroad_is_found_by_school_and_invited(site: Site) -> None:
    world = site.live.world
    founder = await world.etwinner("Claire Dupont")
    await etwinner_at(world, "Giulia Rossi", "Liceo Galileo Galilei", "IT")
    await etwinner_at(world, "Jan Nowak", "Szkoła Podstawowa 3", "PL")
    space_id = await world.space(founder)
    page = await open_space(site, founder, space_id)

    await page.get_by_label("Name, school or country").fill("liceo")
    await page.get_by_role("button", name="Search", exact=True).click()
    found = page.locator(".etwinner")
    await expect(found).to_have_count(1)
    await expect(found).to_contain_text("Giulia Rossi")
    await expect(found).to_contain_text("Liceo Galileo Galilei · Italy")
    assert "@" not in await found.inner_text()
    await found.get_by_label("Role for Giulia Rossi").select_option("admin")
    await found.get_by_role("button", name="Invite: Giulia Rossi").click()
    await expect(member_row(page, "Giulia Rossi")).to_contain_text("Administrator")
    await expect(found).to_contain_text("Member of this space")
    await screenshot(page, "space-admin-invite-teacher")

    # By e-mail: an address that is no eTwinner's is refused, in words.
    await page.get_by_role("textbox", name="E-mail address").fill("nobody@school.example")
    await page.get_by_role("button", name="Invite", exact=True).first.click()
    await expect(page.get_by_role("alert").filter(has_text="No validated eTwinner")).to_be_visible()
    await no_serious_violations(page)


@SQLITE_ONLY
async def test_guest_link_is_created_copied_counted_and_revoked(site: Site) -> None:
    world = site.live.world
    teacher = await world.etwinner("Claire Dupont")
    space_id = await world.space(teacher)
    person = await site.person()
    await person.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = await person.page()
    await sign_in_teacher(page, teacher)
    await page.goto(f"{site.base}/#/spaces/{space_id}")
    await page.get_by_role("tab", name="Guest links").click()

    await page.get_by_label("Valid for").select_option(label="3 days")
    await page.get_by_label("Number of uses").fill("2")
    await page.get_by_label("Note (who it is for)").fill("Museum expert")
    await page.get_by_role("button", name="Create the link").click()
    link = page.get_by_label("The new link")
    await expect(link).to_be_focused()
    url = await link.input_value()
    assert url.startswith(f"{site.base}/#/invite/")
    await page.get_by_role("button", name="Copy", exact=True).click()
    await expect(page.get_by_text("The link was copied.")).to_be_visible()
    assert await page.evaluate("navigator.clipboard.readText()") == url
    item = page.locator(".link-item")
    await expect(item).to_contain_text("Museum expert")
    await expect(item).to_contain_text("used 0 of 2 times")
    await screenshot(page, "space-admin-guest-links")

    # A guest joins with it: the list counts the use.
    guest_page = await (await site.person()).page(f"#/invite/{url.split('/invite/')[1]}")
    await guest_page.get_by_label("Your name").fill("Marie Curie")
    await guest_page.get_by_label("E-mail address").fill("marie@museum.example")
    await guest_page.get_by_label("Password").fill(PASSWORD)
    await guest_page.get_by_role("button", name="Accept the invitation").click()
    await guest_page.get_by_role("heading", name="My spaces").wait_for()
    await page.reload()  # the socket opened from now on goes through the route
    await page.get_by_role("tab", name="Guest links").click()
    await expect(item).to_contain_text("used 1 of 2 times")

    # Revoking asks first, saying what it does and what stays.
    await item.get_by_role("button", name="Revoke: Museum expert").click()
    dialog = page.get_by_role("dialog")
    await expect(dialog).to_contain_text("Guests who joined with it stay members.")
    await dialog.get_by_role("button", name="Cancel").click()
    await expect(item).to_have_count(1)
    await item.get_by_role("button", name="Revoke: Museum expert").click()
    await dialog.get_by_role("button", name="Revoke").click()
    await expect(item).to_have_count(0)
    await expect(page.get_by_text("No guest link is in use.")).to_be_visible()
    await no_serious_violations(page)


@SQLITE_ONLY
async def test_settings_change_the_space_and_archive_and_delete_ask_first(site: Site) -> None:
    world = site.live.world
    founder = await world.etwinner("Claire Dupont")
    space_id = await world.space(founder)
    page = await open_space(site, founder, space_id)
    await page.get_by_role("tab", name="Settings").click()

    title = page.get_by_label("Title", exact=True)
    await title.fill("   ")
    await page.get_by_role("button", name="Save").click()
    await expect(title).to_have_attribute("aria-invalid", "true")
    await expect(page.locator("#settings-title-error")).to_have_text(
        "Write something here: spaces alone do not count."
    )
    await title.fill("Water in our towns")
    await page.get_by_label("Hold pupils\u2019 posts until a teacher approves them").check()
    await page.get_by_role("button", name="Save").click()
    await expect(page.get_by_text("The settings were saved.")).to_be_visible()
    await expect(page.get_by_role("heading", level=1)).to_have_text("Water in our towns")
    space = ok(await founder.get(f"/api/spaces/{space_id}"))
    assert space["settings"]["premoderate_pupils"] is True
    await screenshot(page, "space-admin-settings")

    await page.get_by_role("button", name="Archive this space").click()
    dialog = page.get_by_role("dialog")
    await expect(dialog).to_contain_text("Video sessions running now end at once.")
    await dialog.get_by_role("button", name="Archive", exact=True).click()
    # Shown again with what may be done now, on the same tab.
    await expect(page.get_by_role("heading", name="This space is archived")).to_be_visible()
    await expect(page.get_by_role("tab", name="Settings")).to_have_attribute(
        "aria-selected", "true"
    )
    assert ok(await founder.get(f"/api/spaces/{space_id}"))["archived"] is True
    await page.get_by_role("button", name="Open again").click()
    await dialog.get_by_role("button", name="Open again").click()
    await expect(page.get_by_role("button", name="Archive this space")).to_be_visible()

    # Deleting: the button stays off until the title is typed.
    await page.get_by_role("button", name="Delete this space").click()
    await expect(dialog).to_contain_text("This cannot be undone.")
    confirm = dialog.get_by_role("button", name="Delete for good")
    await expect(confirm).to_be_disabled()
    await dialog.get_by_label("To confirm, type the space\u2019s title").fill("Water")
    await expect(confirm).to_be_disabled()
    await dialog_screenshot(page, "space-admin-delete-confirm")
    await dialog.get_by_label("To confirm, type the space\u2019s title").fill("Water in our towns")
    await confirm.click()
    await page.get_by_role("heading", name="My spaces").wait_for()
    await expect(page.locator(".space-item")).to_have_count(0)
    await expect(page.get_by_text("\u201cWater in our towns\u201d was deleted.")).to_be_visible()
    assert (await founder.get(f"/api/spaces/{space_id}")).status_code == 404
    await no_serious_violations(page)


@SQLITE_ONLY
async def test_audit_log_reads_in_words_and_pages_back(site: Site) -> None:
    world = site.live.world
    founder = await world.etwinner("Claire Dupont")
    space_id = await world.space(founder)
    body = {"pupils": [{"display_name": f"Pupil {n}"} for n in range(55)]}
    ok(await founder.post(f"/api/spaces/{space_id}/pupils", body), 201)
    page = await open_space(site, founder, space_id)
    await page.get_by_role("tab", name="Audit log").click()
    rows = page.locator(".audit-table tbody tr")
    await expect(rows).to_have_count(50)
    await expect(rows.first).to_contain_text("Created the pupil Pupil 54")
    await expect(rows.first).to_contain_text("Claire Dupont")
    await page.get_by_role("button", name="Show older entries").click()
    await expect(rows).to_have_count(56)
    await expect(rows.last).to_contain_text("Created the space")
    await expect(page.get_by_role("button", name="Show older entries")).to_be_hidden()
    await no_serious_violations(page)


@SQLITE_ONLY
async def test_older_audit_entries_are_not_undone_by_a_fresh_read_answering_late(
    site: Site,
) -> None:
    # The space's page reads the log when it opens, and again when the tab is shown; that
    # second read is held here until "older entries" has been asked for (or for a second,
    # when the page rightly waits for the fresh read before asking for older ones).
    world = site.live.world
    founder = await world.etwinner("Claire Dupont")
    space_id = await world.space(founder)
    body = {"pupils": [{"display_name": f"Pupil {n}"} for n in range(55)]}
    ok(await founder.post(f"/api/spaces/{space_id}/pupils", body), 201)
    page = await open_space(site, founder, space_id)
    older_asked = asyncio.Event()
    fresh_reads = 0

    async def hold_the_second_fresh_read(route: Route) -> None:
        nonlocal fresh_reads
        if "before=" in route.request.url:
            older_asked.set()
            await route.continue_()
            return
        fresh_reads += 1
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(older_asked.wait(), 1.0)
        await asyncio.sleep(0.2)  # let the older page land first, if it was sent
        await route.continue_()

    await page.route(f"**/api/spaces/{space_id}/audit?*", hold_the_second_fresh_read)
    await page.get_by_role("tab", name="Audit log").click()
    rows = page.locator(".audit-table tbody tr")
    await expect(rows).to_have_count(50)
    await page.get_by_role("button", name="Show older entries").click()
    await expect(rows).to_have_count(56)
    await expect(rows.last).to_contain_text("Created the space")
    await page.wait_for_load_state("networkidle")
    await expect(rows).to_have_count(56)
    assert fresh_reads >= 1, "showing the tab did not read the log afresh: nothing raced"


@SQLITE_ONLY
async def test_pupils_data_is_exported_and_erased_as_the_teacher_chooses(site: Site) -> None:
    world = site.live.world
    teacher = await world.etwinner("Claire Dupont")
    space_id = await world.space(teacher)
    await world.pupils(teacher, space_id, ["Léa Martin"])
    page = await open_space(site, teacher, space_id)
    row = member_row(page, "Léa Martin")
    async with page.expect_download() as download:
        await row.get_by_role("link", name="Export data: Léa Martin").click()
    assert (await (await download.value).path()).stat().st_size > 0

    await row.get_by_role("button", name="Erase account: Léa Martin").click()
    dialog = page.get_by_role("dialog")
    await expect(dialog).to_contain_text("This cannot be undone.")
    await expect(dialog).to_contain_text("export the data first")
    await dialog_screenshot(page, "space-admin-erase-pupil")
    # The teacher must choose what becomes of the posts and files.
    await dialog.get_by_role("button", name="Erase the account").click()
    await expect(dialog).to_be_visible()
    await dialog.get_by_label("Keep them, shown as by “former pupil”").check()
    await dialog.get_by_label("Remove them for good").last.check()
    await dialog.get_by_role("button", name="Erase the account").click()
    await expect(page.get_by_text("The account of Léa Martin was erased.")).to_be_visible()
    await expect(member_row(page, "Léa Martin")).to_have_count(0)
    await no_serious_violations(page)


@SQLITE_ONLY
async def test_what_waits_for_moderation_counts_live_on_my_spaces_and_the_moderation_button(
    site: Site,
) -> None:
    world = site.live.world
    teacher = await world.etwinner("Claire Dupont")
    space_id = await world.space(teacher)
    ok(await teacher.patch(f"/api/spaces/{space_id}", {"premoderate_pupils": True}))
    [pupil] = await world.pupils(teacher, space_id, ["Léa Martin"])
    forum = f"/api/spaces/{space_id}/forum"
    thread = ok(
        await teacher.post(
            f"{forum}/threads", {"title": "Hello", "body": "Say hello", "client_id": "thread-0001"}
        ),
        201,
    )["thread"]
    person = await site.person()
    page = await person.page()
    await sign_in_teacher(page, teacher)
    badge = page.locator(".space-item .pending-badge")
    await expect(badge).to_be_hidden()

    # A pupil's held reply: the count appears on My spaces without a reload.
    reply = {"body": "Hi!", "client_id": "reply-0001"}
    ok(await pupil.post(f"{forum}/threads/{thread['id']}/posts", reply), 201)
    await expect(badge).to_have_text("1 waiting for moderation")
    await screenshot(page, "space-admin-pending-spaces")

    # And on the forum's Moderation button; a report adds one, an approval takes one away.
    await page.locator(".space-link").click()
    await page.get_by_role("tab", name="Forum").click()
    button = page.get_by_role("button", name="Moderation")
    await expect(button).to_contain_text("1 waiting for moderation")
    [post] = ok(await teacher.get(f"{forum}/queue"))
    first = ok(await teacher.get(f"{forum}/threads/{thread['id']}/posts"))["posts"][0]
    ok(await pupil.post(f"{forum}/posts/{first['id']}/report", {"reason": "rude"}), 201)
    await expect(button).to_contain_text("2 waiting for moderation")
    ok(await teacher.post(f"{forum}/posts/{post['id']}/moderate", {"action": "approve"}))
    await expect(button).to_contain_text("1 waiting for moderation")


@SQLITE_ONLY
async def test_destructive_steps_ask_first_by_keyboard_alone(site: Site) -> None:
    world = site.live.world
    teacher = await world.etwinner("Claire Dupont")
    space_id = await world.space(teacher)
    page = await open_space(site, teacher, space_id)

    # Create a pupil: type and press Enter.
    await page.get_by_label("Pupil\u2019s name").focus()
    await page.keyboard.type("Tom Petit")
    await page.keyboard.press("Enter")
    await expect(page.get_by_role("heading", name="Login cards")).to_be_focused()

    # Asking for a new code opens the dialog on "Cancel"; Escape closes it, focus comes back.
    new_code = page.get_by_role("button", name="New code: Tom Petit")
    await new_code.focus()
    await page.keyboard.press("Enter")
    dialog = page.get_by_role("dialog")
    await expect(dialog.get_by_role("button", name="Cancel")).to_be_focused()
    await page.keyboard.press("Escape")
    await expect(dialog).to_have_count(0)
    await expect(new_code).to_be_focused()
    await page.keyboard.press("Enter")
    await page.keyboard.press("Tab")
    await expect(dialog.get_by_role("button", name="Make a new code")).to_be_focused()
    await page.keyboard.press("Enter")
    await expect(page.get_by_role("heading", name="Login cards")).to_be_focused()
    await expect(page.locator(".login-card")).to_have_count(1)


@SQLITE_ONLY
@pytest.mark.parametrize("locale", ["fr-FR", "en-GB"])
async def test_administration_screens_fit_360_px_in_french_and_english(
    site: Site, locale: str
) -> None:
    world = site.live.world
    founder = await world.etwinner("Claire Dupont")
    space_id = await world.space(founder)
    ok(await founder.post(f"/api/spaces/{space_id}/invitations", {"note": "Expert"}), 201)
    await etwinner_at(world, "Giulia Rossi", "Liceo Galileo Galilei", "IT")
    page = await open_space(site, founder, space_id, locale=locale)
    await page.set_viewport_size(NARROW)
    lang = locale[:2]
    french = lang == "fr"

    await page.locator("#pupil-class").fill("Léa Martin\nLéa Martin\nTom Petit")
    await page.locator(".class-form button[type=submit]").click()
    await expect(page.locator(".login-card")).to_have_count(3)
    await page.locator("#etwinner-query").fill("liceo")
    await page.locator("form[role=search] button[type=submit]").click()
    await expect(page.locator(".etwinner")).to_have_count(1)
    await expect(page.locator(".etwinner")).to_contain_text("Italie" if french else "Italy")
    await no_horizontal_overflow(page)
    await no_serious_violations(page)
    await screenshot(page, f"space-admin-members-{lang}-360")

    # The erase dialog, at 360 px.
    lea = page.locator(".member-list li").filter(has_text="Léa Martin").first
    await lea.locator(".member-actions button").last.click()
    await expect(page.get_by_role("dialog")).to_be_visible()
    await no_serious_violations(page)
    await dialog_screenshot(page, f"space-admin-erase-{lang}-360")
    await page.keyboard.press("Escape")

    tabs = {
        "invitations": "Liens invités" if french else "Guest links",
        "settings": "Paramètres" if french else "Settings",
        "audit": "Journal d\u2019audit" if french else "Audit log",
    }
    for name, label in tabs.items():
        await page.get_by_role("tab", name=label).click()
        if name == "invitations":
            await page.locator("#link-uses").fill("3")
            await page.locator("#links-new-heading + .field ~ button[type=submit]").click()
            await expect(page.locator("#new-link")).to_be_visible()
        if name == "audit":
            # Read when shown: the pupils made since the page opened have their names.
            await expect(page.locator(".audit-table")).to_contain_text("Tom Petit")
        await no_horizontal_overflow(page)
        await no_serious_violations(page)
        await screenshot(page, f"space-admin-{name}-{lang}-360")
    await page.set_viewport_size({"width": 1100, "height": 760})
    await page.get_by_role("tab", name=tabs["settings"]).click()
    await screenshot(page, f"space-admin-settings-{lang}")
    await page.get_by_role("tab", name=tabs["audit"]).click()
    await screenshot(page, f"space-admin-audit-{lang}")


@SQLITE_ONLY
async def test_two_pupils_of_one_name_are_told_apart_in_the_forum_and_the_chat(
    site: Site,
) -> None:
    world = site.live.world
    teacher = await world.etwinner("Claire Dupont")
    space_id = await world.space(teacher)
    first, second = await world.pupils(teacher, space_id, ["Léa Martin", "Léa Martin"])
    forum = f"/api/spaces/{space_id}/forum"
    thread = ok(
        await teacher.post(
            f"{forum}/threads", {"title": "Hello", "body": "Say hello", "client_id": "thread-0001"}
        ),
        201,
    )["thread"]
    for pupil, cid in ((first, "reply-0001"), (second, "reply-0002")):
        body = {"body": f"Hello from {pupil.account['id']}", "client_id": cid}
        ok(await pupil.post(f"{forum}/threads/{thread['id']}/posts", body), 201)
    members = ok(await teacher.get(f"/api/spaces/{space_id}/members"))
    usernames = {m["account_id"]: m["username"] for m in members}

    # The teacher sees each with its username in the thread.
    page = await open_space(site, teacher, space_id)
    await page.get_by_role("tab", name="Forum").click()
    await page.get_by_role("button", name="Hello").click()
    for pupil in (first, second):
        post = page.locator(".post").filter(has_text=f"Hello from {pupil.account['id']}")
        label = f"Léa Martin ({usernames[pupil.account['id']]})"
        await expect(post.locator(".post-author")).to_have_text(label)

    # A pupil sees an order mark instead: no usernames for pupils.
    pupil_page = await (await site.person()).page()
    credentials = await site.pupil_credentials(teacher, space_id, "Tom Petit")
    await sign_in_pupil(pupil_page, credentials)
    await pupil_page.goto(f"{site.base}/#/spaces/{space_id}")
    await pupil_page.get_by_role("tab", name="Forum").click()
    await pupil_page.get_by_role("button", name="Hello").click()
    older = pupil_page.locator(".post").filter(has_text=f"Hello from {first.account['id']}")
    newer = pupil_page.locator(".post").filter(has_text=f"Hello from {second.account['id']}")
    await expect(older.locator(".post-author")).to_have_text("Léa Martin (#1)")
    await expect(newer.locator(".post-author")).to_have_text("Léa Martin (#2)")
    await expect(pupil_page.locator(".member-name", has_text="Léa Martin (#2)")).to_have_count(1)


@SQLITE_ONLY
async def test_roles_change_members_are_removed_and_a_teacher_leaves_each_after_asking(
    site: Site,
) -> None:
    world = site.live.world
    founder = await world.etwinner("Claire Dupont")
    colleague = await world.etwinner("Ben Leroy")
    space_id = await world.space(founder)
    await world.add_teacher(founder, space_id, colleague, "admin")
    await world.guest(founder, space_id, "Marie Curie")
    page = await open_space(site, founder, space_id)
    colleague_page = await open_space(site, colleague, space_id)
    await expect(colleague_page.get_by_role("tab", name="Settings")).to_have_count(1)

    ben = member_row(page, "Ben Leroy")
    await ben.get_by_label("Role of Ben Leroy").select_option("teacher")
    await ben.get_by_role("button", name="Change role: Ben Leroy").click()
    dialog = page.get_by_role("dialog")
    await expect(dialog).to_contain_text("Change Ben Leroy from Administrator to Teacher?")
    await dialog.get_by_role("button", name="Change the role").click()
    await expect(ben.locator(".role")).to_have_text("Teacher")

    marie = member_row(page, "Marie Curie")
    await marie.get_by_role("button", name="Remove: Marie Curie").click()
    await expect(dialog).to_contain_text("Marie Curie loses access to this space at once")
    await dialog.get_by_role("button", name="Remove", exact=True).click()
    await expect(marie).to_have_count(0)

    # The colleague's page follows at once: a plain teacher has no Settings tab.
    await expect(colleague_page.get_by_role("tab", name="Settings")).to_have_count(0)
    # Now a plain teacher, the colleague leaves: asked first, then back to My spaces.
    await colleague_page.get_by_role("button", name="Leave this space").click()
    leave = colleague_page.get_by_role("dialog")
    await expect(leave).to_contain_text("What you wrote and uploaded stays in the space.")
    await leave.get_by_role("button", name="Leave the space").click()
    await colleague_page.get_by_role("heading", name="My spaces").wait_for()
    await expect(colleague_page.get_by_role("status").filter(has_text="You left")).to_be_visible()
    await expect(ben).to_have_count(0)


@SQLITE_ONLY
async def test_a_guest_link_is_the_servers_own_with_the_sites_public_address(
    database_url: str, tmp_path: Path
) -> None:
    """Behind a proxy the page's own address is not the one guests reach: the link shown is
    the one the server answers, built from TWINSPACE_PUBLIC_URL."""
    public = "https://twinspace.school.example"
    settings = Settings(
        database_url=database_url, data_dir=tmp_path, cheap_hashing=True, public_url=public
    )
    async with open_site(settings) as site:
        teacher = await site.live.world.etwinner("Claire Dupont")
        space_id = await site.live.world.space(teacher)
        page = await open_space(site, teacher, space_id)
        await page.get_by_role("tab", name="Guest links").click()
        await page.get_by_role("button", name="Create the link").click()
        link = page.get_by_label("The new link")
        await expect(link).to_be_focused()
        assert (await link.input_value()).startswith(f"{public}/#/invite/")


@SQLITE_ONLY
async def test_changes_saved_before_the_space_channel_is_followed_are_shown(site: Site) -> None:
    # The space screen reads the space and its sections (the forum's list first), then
    # follows its channel. A change saved between the two is in neither (the subscription
    # starts after it): the screen and its sections read again once the channel is followed.
    # The page's subscribe is held until a new title and a new thread are saved.
    world = site.live.world
    founder = await world.etwinner("Claire Dupont")
    space_id = await world.space(founder)
    page = await (await site.person()).page()
    held: list[str] = []
    servers: list[Any] = []

    def route(ws: Any) -> None:
        server = ws.connect_to_server()
        servers.append(server)

        def from_page(message: str | bytes) -> None:
            channel = f'"channel":"space:{space_id}"'
            if isinstance(message, str) and channel in message and '"subscribe"' in message:
                held.append(message)
                return
            server.send(message)

        ws.on_message(from_page)

    await page.route_web_socket("**/ws", route)
    await page.reload()  # the socket opened from now on goes through the route
    await page.locator("#login-email").fill(founder.account["email"])
    await page.locator("#login-password").fill(PASSWORD)
    await page.locator("#login-email").press("Enter")
    await page.locator(".space-list").wait_for()
    await page.goto(f"{site.base}/#/spaces/{space_id}")
    title = ok(await founder.get(f"/api/spaces/{space_id}"))["title"]
    await expect(page.get_by_role("heading", level=1)).to_have_text(title)

    async def subscribe_held() -> bool:
        return bool(held)

    await eventually("the space channel's subscribe is held", subscribe_held)
    # The forum's list (in its tab, not the one shown) has loaded, empty, before the thread.
    await expect(page.locator("p.empty:not([hidden])", has_text="No threads yet.")).to_be_attached()
    ok(await founder.patch(f"/api/spaces/{space_id}", {"title": "Water in our towns"}))
    thread = {"title": "Our river", "body": "Who has measured it?", "client_id": "held-sub-1"}
    ok(await founder.post(f"/api/spaces/{space_id}/forum/threads", thread), 201)
    servers[-1].send(held.pop())  # the subscribe goes out now, after the changes
    await expect(page.get_by_role("heading", level=1)).to_have_text("Water in our towns")
    await expect(page.locator(".thread-item", has_text="Our river")).to_have_count(1)


@SQLITE_ONLY
async def test_a_teacher_chooses_the_page_language_of_the_pupils_they_create(site: Site) -> None:
    world = site.live.world
    founder = await world.etwinner("Claire Dupont")
    ok(await founder.patch("/api/me", {"language": "fr"}))
    space_id = await world.space(founder)
    page = await open_space(site, founder, space_id)
    # The page speaks the teacher's saved language once signed in.
    await expect(page.locator("html")).to_have_attribute("lang", "fr")

    # Labelled, explained, each language named in its own words; the teacher's own by default.
    choice = page.get_by_label("Langue de la page pour ces élèves")
    await expect(choice).to_have_value("fr")
    await expect(choice).to_have_attribute("aria-describedby", "pupil-language-help")
    await expect(choice.locator("option[value=de]")).to_have_text("Deutsch")
    await expect(choice.locator("option[value=fr]")).to_have_text("Français")
    await expect(choice.locator("option[value=ar]")).to_have_attribute("lang", "ar")
    await expect(choice.locator("option")).to_have_count(36)
    await no_serious_violations(page)

    await choice.select_option("az")
    await page.get_by_label("Nom de l\u2019élève").fill("Aysel Məmmədova")
    await page.get_by_role("button", name="Ajouter l\u2019élève").click()
    card = page.locator(".login-card")
    await expect(card).to_have_count(1)
    username = await card.locator(".card-username").inner_text()
    code = await card.locator(".card-code").inner_text()
    signed = ok(
        await world.client.post(
            "/api/auth/pupil-login", json={"username": username, "code": code, "mode": "token"}
        )
    )
    assert signed["account"]["language"] == "az"

    # The choice stays for the next pupils of the session; a whole class gets it too.
    await page.get_by_label("Noms des élèves").fill("Murad\nLeyla")
    await page.get_by_role("button", name="Ajouter la classe").click()
    await expect(card).to_have_count(2)
    await expect(choice).to_have_value("az")
