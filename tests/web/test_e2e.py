"""The web client's main paths in real headless Chromium, against a real server on loopback."""

from __future__ import annotations

import re

import pytest
from playwright.async_api import Locator, Page, expect

from protocol.close_codes import CloseCode, CloseReason
from tests.http.conftest import PASSWORD, ok
from tests.support import eventually

from .conftest import (
    UI_TIMEOUT_MS,
    Person,
    Site,
    audit,
    screenshot,
    sign_in_pupil,
    sign_in_teacher,
)

#: The browser tests of page behaviour run on SQLite only, to spare the shared CPU; the paths
#: that carry data through the server (sign-in, presence, invitations) run on both backends.
SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


async def expect_problem(person: Person, text: str) -> None:
    async def seen() -> bool:
        return any(text in problem for problem in person.problems)

    await eventually(f"a console line with {text!r}", seen)


def member_row(page: Page, name: str) -> Locator:
    name_cell = page.locator(".member-name").get_by_text(name, exact=True)
    return page.locator(".member-list li").filter(has=name_cell)


async def test_teacher_and_pupil_see_the_space_and_each_others_presence_live(site: Site) -> None:
    world = site.live.world
    teacher = await world.etwinner("Claire Dupont")
    space_id = await world.space(teacher)
    pupil = await site.pupil_credentials(teacher, space_id, "Léa Martin")

    teacher_browser = await site.person()
    tpage = await teacher_browser.page()
    await expect(tpage.get_by_role("heading", name="Sign in")).to_be_visible()
    await screenshot(tpage, "login")
    await sign_in_teacher(tpage, teacher)
    await expect(tpage.locator(".space-item")).to_have_count(1)
    await screenshot(tpage, "spaces")
    await tpage.locator(".space-link").click()

    # The teacher's member list shows the pupil, offline for now, and the teacher online.
    lea = member_row(tpage, "Léa Martin")
    await expect(lea).to_contain_text("Pupil")
    await expect(lea).to_contain_text("offline")
    await expect(member_row(tpage, "Claire Dupont")).to_contain_text("online")
    await expect(member_row(tpage, "Claire Dupont")).to_contain_text("Founder")

    pupil_browser = await site.person()
    ppage = await pupil_browser.page()
    await sign_in_pupil(ppage, pupil)
    await ppage.locator(".space-link").click()
    await expect(member_row(ppage, "Claire Dupont")).to_contain_text("online")

    # Live for the other: the pupil came, the teacher sees it without reloading.
    await expect(lea).to_contain_text("online")
    await expect(tpage.locator(".online-count")).to_have_text("2 online")
    await screenshot(tpage, "space")

    # The pupil leaves (closes the tab): offline for the teacher; returns: online again.
    await ppage.close()
    await expect(lea).to_contain_text("offline")
    await expect(tpage.locator(".online-count")).to_have_text("1 online")
    ppage = await pupil_browser.page(f"#/spaces/{space_id}")
    await expect(member_row(ppage, "Léa Martin")).to_contain_text("online")
    await expect(lea).to_contain_text("online")

    # Signing out ends the session: back to the sign-in screen, and the teacher sees it.
    await ppage.get_by_role("button", name="Sign out").click()
    await expect(ppage.get_by_role("heading", name="Sign in")).to_be_visible()
    await expect(lea).to_contain_text("offline")
    await ppage.goto(f"{site.base}/#/spaces")
    await expect(ppage.get_by_role("heading", name="Sign in")).to_be_visible()


@SQLITE_ONLY
async def test_lost_connection_banner_shows_and_goes_after_reconnect(site: Site) -> None:
    world = site.live.world
    teacher = await world.etwinner("Claire Dupont")
    space_id = await world.space(teacher)
    person = await site.person()
    page = await person.page()
    await sign_in_teacher(page, teacher)
    await page.goto(f"{site.base}/#/spaces/{space_id}")
    await expect(page.locator(".online-count")).to_have_text("1 online")
    banner = page.locator("#banner")
    await expect(banner).to_be_hidden()

    # The server drops every socket as a restart would, asking clients to wait 2 s.
    hub = site.ctx.hub
    for connections in list(hub.connections_of.values()):
        for connection in list(connections):
            connection.close(
                CloseCode.SERVICE_RESTART, CloseReason.SERVER_RESTARTING, retry_after_ms=2000
            )
    await expect(banner).to_be_visible()
    # The server said why (a restart): the page says it in its words.
    await expect(banner).to_have_text("The server is restarting. Reconnecting in a moment…")
    await expect(banner).to_have_attribute("role", "status")
    await screenshot(page, "connection-lost")

    await expect(banner).to_be_hidden(timeout=UI_TIMEOUT_MS)
    # Resubscribed: presence came back (a fresh snapshot) and live updates flow again.
    await expect(page.locator(".online-count")).to_have_text("1 online")
    pupil = await site.pupil_credentials(teacher, space_id, "Tom")
    pupil_browser = await site.person()
    ppage = await pupil_browser.page()
    await sign_in_pupil(ppage, pupil)
    # The member list learnt of Tom from a live space event after the reconnect...
    await expect(member_row(page, "Tom")).to_contain_text("offline")
    # ...and sees him come online when he opens the space.
    await ppage.locator(".space-link").click()
    await expect(member_row(page, "Tom")).to_contain_text("online")


@SQLITE_ONLY
async def test_a_display_name_with_markup_is_shown_as_text(site: Site) -> None:
    world = site.live.world
    teacher = await world.etwinner("Claire Dupont")
    space_id = await world.space(teacher)
    evil = "<img src=x onerror=\"document.body.dataset.pwned='yes'\">"
    pupil = await site.pupil_credentials(teacher, space_id, evil)

    person = await site.person()
    page = await person.page()
    await sign_in_pupil(page, pupil)
    await expect(page.locator("#who")).to_have_text(f"Signed in as {evil}")
    await page.locator(".space-link").click()
    name = page.locator(".member-name", has_text="<img")
    await expect(name).to_have_text(evil)
    assert await page.locator("main img, header #who img").count() == 0
    assert await page.evaluate("document.body.dataset.pwned") is None


async def test_a_guest_accepts_an_invitation_link(site: Site) -> None:
    world = site.live.world
    teacher = await world.etwinner("Claire Dupont")
    space_id = await world.space(teacher)
    link = ok(await teacher.post(f"/api/spaces/{space_id}/invitations", {}), 201)

    person = await site.person()
    page = await person.page(f"#/invite/{link['token']}")
    await expect(page.get_by_role("heading", name="Join a TwinSpace as a guest")).to_be_visible()
    await screenshot(page, "invitation")
    await page.get_by_label("Your name").fill("Dr Ada Expert")
    await page.get_by_label("E-mail address").fill("ada@museum.example")
    await page.get_by_label("Password").fill(PASSWORD)
    await page.get_by_role("button", name="Accept the invitation").click()
    await expect(page.locator(".space-item")).to_contain_text("Guest")
    # Guests cannot create spaces: no form for them.
    assert await page.get_by_role("button", name="Create").count() == 0

    # The same link cannot be used twice (one use): said as the page opens, before anyone
    # fills in a form that could not work.
    other = await site.person()
    again = await other.page(f"#/invite/{link['token']}")
    await expect(again.get_by_role("alert")).to_have_text(
        "This invitation link has been used as many times as it allows. "
        "Ask the teacher who sent it for a new one."
    )
    await expect(again.get_by_label("Your name")).to_be_hidden()


@SQLITE_ONLY
async def test_wrong_credentials_give_a_clear_message(site: Site) -> None:
    person = await site.person()
    page = await person.page()
    await page.get_by_label("E-mail address").fill("nobody@school.example")
    await page.get_by_label("Password").fill("not the password")
    await page.get_by_label("Password").press("Enter")
    await expect(page.get_by_role("alert")).to_have_text(
        "The sign-in details are not right. Check them and try again."
    )
    await expect(page.get_by_label("E-mail address")).to_be_focused()


@SQLITE_ONLY
async def test_an_etwinner_creates_a_space_with_the_keyboard_only(site: Site) -> None:
    teacher = await site.live.world.etwinner("Claire Dupont")
    person = await site.person()
    page = await person.page()
    await sign_in_teacher(page, teacher)
    await expect(page.locator(".space-item")).to_have_count(0)
    await expect(page.get_by_text("You are not a member of any space yet.")).to_be_visible()
    await page.get_by_label("Title").focus()
    await page.keyboard.type("Our rivers")
    await page.keyboard.press("Tab")
    await page.keyboard.type("Water in Lyon and Kraków")
    await page.keyboard.press("Tab")  # the hidden messages take no focus: on to the button
    await expect(page.get_by_role("button", name="Create")).to_be_focused()
    await page.keyboard.press("Enter")
    await expect(page.get_by_role("status").filter(has_text="created")).to_have_text(
        "Space “Our rivers” created."
    )
    await expect(page.get_by_role("link", name="Our rivers")).to_be_visible()
    await page.get_by_role("link", name="Our rivers").focus()
    await page.keyboard.press("Enter")
    await expect(page.get_by_role("heading", name="Our rivers")).to_be_visible()
    await expect(page.get_by_role("tab", name="Members")).to_have_attribute("aria-selected", "true")


@SQLITE_ONLY
async def test_the_language_follows_the_browser_and_can_be_switched(site: Site) -> None:
    person = await site.person(locale="fr-FR")
    page = await person.page()
    await expect(page.get_by_role("heading", name="Connexion")).to_be_visible()
    await expect(page.locator("html")).to_have_attribute("lang", "fr")
    await screenshot(page, "login-fr")
    await page.get_by_label("Langue").select_option("en")
    await expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    await expect(page.locator("html")).to_have_attribute("lang", "en")
    # The choice is remembered over the browser's preference.
    await page.reload()
    await expect(page.get_by_role("heading", name="Sign in")).to_be_visible()


@SQLITE_ONLY
async def test_every_screen_passes_the_accessibility_audit(site: Site) -> None:
    world = site.live.world
    teacher = await world.etwinner("Claire Dupont")
    space_id = await world.space(teacher)
    await site.pupil_credentials(teacher, space_id, "Léa Martin")
    link = ok(await teacher.post(f"/api/spaces/{space_id}/invitations", {}), 201)
    found = {}

    guest = await site.person(locale="fr-FR")
    page = await guest.page(f"#/invite/{link['token']}")
    await page.get_by_role("heading", name="Rejoindre un TwinSpace comme invité").wait_for()
    found["invitation (fr)"] = await audit(page)

    person = await site.person()
    page = await person.page()
    await page.get_by_role("heading", name="Sign in").wait_for()
    found["login"] = await audit(page)
    await page.get_by_label("Password").press("Enter")  # empty: the browser's own checks stop it
    await sign_in_teacher(page, teacher)
    await expect(page.locator(".space-item")).to_have_count(1)
    found["spaces"] = await audit(page)
    await page.locator(".space-link").click()
    await expect(member_row(page, "Léa Martin")).to_contain_text("offline")
    found["space"] = await audit(page)
    await page.locator("#banner").evaluate("b => { b.hidden = false; b.textContent = 'x'; }")
    found["space with banner"] = await audit(page)
    await page.get_by_role("tab", name="Chat").click()
    await expect(page.get_by_role("button", name="Send")).to_be_enabled()
    await page.get_by_label("Message").fill("Bonjour")
    await page.get_by_role("button", name="Send").click()
    await expect(page.locator(".chat-message")).to_have_count(1)
    found["chat"] = await audit(page)
    assert found == {name: [] for name in found}


@SQLITE_ONLY
async def test_the_page_policy_blocks_markup_injection_and_foreign_connections(site: Site) -> None:
    person = await site.person()
    page = await person.page()
    await page.get_by_role("heading", name="Sign in").wait_for()
    # Trusted Types with no policy: assigning an HTML string throws, whatever the string.
    refused = await page.evaluate(
        """() => { try { document.body.innerHTML = '<b>x</b>'; return false; }
                   catch (error) { return error instanceof TypeError; } }"""
    )
    assert refused is True
    # connect-src 'self': a socket to another origin is refused, and the detector sees it.
    await page.evaluate("() => { new WebSocket('ws://127.0.0.2:9/ws'); }")
    await expect_problem(person, "Content Security Policy")
    person.problems.clear()


@SQLITE_ONLY
async def test_live_space_changes_and_an_ended_session_reach_the_page(site: Site) -> None:
    world = site.live.world
    teacher = await world.etwinner("Claire Dupont")
    space_id = await world.space(teacher)
    pupil = await site.pupil_credentials(teacher, space_id, "Léa Martin")
    person = await site.person()
    page = await person.page()
    await sign_in_pupil(page, pupil)
    await page.locator(".space-link").click()
    await expect(page.locator(".online-count")).to_have_text("1 online")

    body = {"title": "Rivers of Europe", "description": "Lyon and Kraków"}
    ok(await teacher.patch(f"/api/spaces/{space_id}", body))
    await expect(page.get_by_role("heading", name="Rivers of Europe")).to_be_visible()
    await expect(page.locator(".description")).to_have_text("Lyon and Kraków")

    # A new code ends the pupil's sessions: the socket closes with 4001, the page says why.
    ok(await teacher.post(f"/api/spaces/{space_id}/pupils/{pupil['account_id']}/reset-code"))
    await expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    # Said in the catalogue's words, whichever tells the page first: the socket's close
    # (4001, reason signed_out) or a refetch answered 401 while it closes (not ordered).
    await expect(page.get_by_role("alert")).to_have_text(
        re.compile(r"^(You were signed out|Your session has ended)\. Please sign in again\.$")
    )


@SQLITE_ONLY
async def test_teacher_and_pupil_chat_live(site: Site) -> None:
    world = site.live.world
    teacher = await world.etwinner("Claire Dupont")
    space_id = await world.space(teacher)
    pupil = await site.pupil_credentials(teacher, space_id, "Léa Martin")
    tpage = await (await site.person()).page()
    await sign_in_teacher(tpage, teacher)
    await tpage.locator(".space-link").click()
    await tpage.get_by_role("tab", name="Chat").click()
    await expect(tpage.get_by_role("button", name="Send")).to_be_enabled()
    await expect(tpage.locator(".chat-empty")).to_be_visible()

    ppage = await (await site.person()).page()
    await sign_in_pupil(ppage, pupil)
    await ppage.locator(".space-link").click()
    await ppage.get_by_role("tab", name="Chat").click()
    await expect(ppage.get_by_role("button", name="Send")).to_be_enabled()  # the chat is known
    await ppage.get_by_label("Message").fill("<b>Hello</b> from Léa")
    await expect(tpage.locator(".chat-typing")).to_have_text("Léa Martin is typing…")
    await ppage.get_by_role("button", name="Send").click()

    # Live for the teacher, as text (no markup), and the typing line goes with the message.
    message = tpage.locator(".chat-message")
    await expect(message).to_have_count(1)
    await expect(message.locator(".chat-author")).to_have_text("Léa Martin")
    await expect(message.locator(".chat-body")).to_have_text("<b>Hello</b> from Léa")
    await expect(tpage.locator(".chat-typing")).to_have_text("")
    await expect(ppage.locator(".chat-message")).to_have_count(1)  # shown once, not twice
    await tpage.get_by_label("Message").fill("Welcome, Léa")
    await tpage.get_by_label("Message").press("Enter")
    await expect(ppage.locator(".chat-message .chat-body")).to_have_text(
        ["<b>Hello</b> from Léa", "Welcome, Léa"]
    )
