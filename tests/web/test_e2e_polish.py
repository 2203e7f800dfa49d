"""The page's polish (issue 18) in real Chromium against a real server: messages from the
catalogue next to their fields, one message area per form, an upload announced once, empty
input said, the lockout's length, invitation links checked on opening, tabs kept across a
language change, pages that do not exist, and a confirmation before each destructive action.
The sweep over every screen is tests/web/test_page_sweep.py."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from playwright.async_api import FilePayload, Page, Route, expect

from tests.http.conftest import PASSWORD, ApiUser, ok

from .conftest import UI_TIMEOUT_MS, Site, screenshot, sign_in_pupil, sign_in_teacher

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


async def teacher_in_space(site: Site, locale: str = "en-GB") -> tuple[ApiUser, int, Page]:
    teacher = await site.live.world.etwinner("Claire Dupont")
    space_id = await site.live.world.space(teacher)
    page = await (await site.person(locale)).page()
    if locale.startswith("fr"):
        await page.locator("#login-email").fill(teacher.account["email"])
        await page.locator("#login-password").fill(PASSWORD)
        await page.locator("#login-password").press("Enter")
        await page.get_by_role("heading", name="Mes espaces").wait_for()
    else:
        await sign_in_teacher(page, teacher)
    return teacher, space_id, page


async def field_error_of(page: Page, selector: str) -> str:
    """The text of the error that the field's aria-describedby points at ('' if none)."""
    text: str = await page.locator(selector).evaluate(
        """(input) => (input.getAttribute("aria-describedby") || "").split(/\\s+/)
             .map((id) => document.getElementById(id))
             .filter((e) => e && e.classList.contains("field-error"))
             .map((e) => e.textContent).join(" | ")"""
    )
    return text


async def test_server_field_errors_stand_next_to_their_fields_never_in_the_servers_words(
    site: Site,
) -> None:
    _, _, page = await teacher_in_space(site)
    # The shared helper, fed the field errors the server sends in a 422 (docs/api.md).
    shown = await page.evaluate(
        """async () => {
          const { ApiError } = await import("/web/js/api.js");
          const { formFeedback } = await import("/web/js/forms.js");
          const { field, h } = await import("/web/js/dom.js");
          const form = h("form", {}, field("Title", { id: "probe-title", name: "title" }),
                         field("Name", { id: "probe-name", name: "display_name" }),
                         h("button", { type: "submit", text: "Go" }));
          document.querySelector("main").append(form);
          const feedback = formFeedback(form);
          feedback.success("before");
          const schema = "Expected `str` matching regex '\\\\S' - at `$.title`";
          const error = new ApiError(422, "invalid", schema,
            { fields: [{ field: "title", code: "blank", min: 1, max: 200 },
                       { field: "display_name", code: "too_long", max: 100 }] });
          feedback.fail(error, () => "unused");
          const invalid = [...form.querySelectorAll("[aria-invalid=true]")].map((e) => e.id);
          return { text: form.textContent, invalid, focused: document.activeElement.id };
        }"""
    )
    assert "Expected" not in shown["text"]
    assert "before" not in shown["text"]
    assert shown["invalid"] == ["probe-title", "probe-name"]
    assert shown["focused"] == "probe-title"
    assert await field_error_of(page, "#probe-title") == (
        "Write something here: spaces alone do not count."
    )
    assert await field_error_of(page, "#probe-name") == "Write at most 100 characters."
    await expect(page.locator("form [role=alert]")).to_have_text(
        "Some fields need your attention: see the message under each."
    )
    # Typing in the field takes its error away.
    await page.locator("#probe-title").fill("Rivers")
    assert await field_error_of(page, "#probe-title") == ""
    await expect(page.locator("#probe-title")).not_to_have_attribute("aria-invalid", "true")


async def test_a_blank_title_is_said_next_to_the_field_and_sends_nothing(site: Site) -> None:
    _, _, page = await teacher_in_space(site, "fr-FR")
    await page.locator("#space-title").fill("   ")
    await page.get_by_role("button", name="Créer", exact=True).click()
    assert await field_error_of(page, "#space-title") == (
        "Écrivez quelque chose ici : des espaces seuls ne comptent pas."
    )
    await expect(page.locator("#space-title")).to_be_focused()
    await expect(page.locator(".space-item")).to_have_count(1)


async def test_a_pupil_sees_no_null_where_the_create_form_would_be(site: Site) -> None:
    teacher = await site.live.world.etwinner("Claire Dupont")
    space_id = await site.live.world.space(teacher)
    pupil = await site.pupil_credentials(teacher, space_id, "Léa Martin")
    page = await (await site.person()).page()
    await sign_in_pupil(page, pupil)
    await expect(page.locator(".space-item")).to_have_count(1)
    await expect(page.locator("main")).not_to_contain_text("null")
    assert await page.locator("main").evaluate(
        "(main) => [...main.childNodes].every((n) => n.nodeType === Node.ELEMENT_NODE)"
    )


async def test_each_form_has_one_message_area_a_conflict_replaces_the_success(site: Site) -> None:
    _, space_id, page = await teacher_in_space(site, "fr-FR")
    await page.goto(f"{site.base}/#/spaces/{space_id}/archive")
    folder = page.locator("#archive-folder")
    await folder.fill("Photos")
    await folder.press("Enter")
    form = page.locator(".folder-form")
    await expect(form.locator(".form-message")).to_have_text("Le dossier « Photos » a été créé.")
    await folder.fill("Photos")
    await folder.press("Enter")
    await expect(form.locator(".form-message")).to_have_text(
        "Certains champs demandent votre attention : voyez le message sous chacun."
    )
    assert await field_error_of(page, "#archive-folder") == (
        "Il y a déjà quelque chose de ce nom ici. Choisissez un autre nom."
    )
    await expect(page.locator("main")).not_to_contain_text("already there")
    await expect(page.locator("main .message:visible")).to_have_count(1)
    await screenshot(page, "folder-conflict-fr")


async def test_an_upload_is_announced_once_and_an_empty_one_is_said(site: Site) -> None:
    _, space_id, page = await teacher_in_space(site)
    await page.goto(f"{site.base}/#/spaces/{space_id}/archive")
    await page.get_by_role("button", name="Upload").click()
    assert await field_error_of(page, "#archive-file") == "Choose a file to upload."
    await expect(page.locator(".file-row")).to_have_count(0)

    file: FilePayload = {"name": "notes.txt", "mimeType": "text/plain", "buffer": b"rivers"}
    await page.locator("#archive-file").set_input_files(file)
    assert await field_error_of(page, "#archive-file") == ""
    await page.get_by_role("button", name="Upload").click()
    await expect(page.locator(".file-row")).to_have_count(1)
    # What a screen reader hears: live regions (and alerts/status) that say it.
    announced = await page.evaluate(
        """() => [...document.querySelectorAll('[aria-live], [role=status], [role=alert]')]
              .filter((e) => !e.closest('[aria-hidden=true]') && e.checkVisibility())
              .filter((e) => e.textContent.includes('notes.txt'))
              .filter((e) => !e.parentElement.closest('[aria-live], [role=status], [role=alert]'))
              .length"""
    )
    assert announced == 1
    await expect(page.locator(".progress-text")).not_to_have_attribute("role", "status")


async def test_blank_threads_replies_and_chat_messages_are_said_next_to_the_field(
    site: Site,
) -> None:
    teacher, space_id, page = await teacher_in_space(site)
    body = {"area": "open", "title": "Bridges", "body": "How many?", "client_id": "t-bridges-1"}
    ok(await teacher.post(f"/api/spaces/{space_id}/forum/threads", body), 201)
    await page.goto(f"{site.base}/#/spaces/{space_id}/forum")
    await page.locator("#thread-title").fill("  ")
    await page.locator("#thread-body").fill(" \n ")
    await page.get_by_role("button", name="Start the thread").click()
    blank = "Write something here: spaces alone do not count."
    assert await field_error_of(page, "#thread-title") == blank
    assert await field_error_of(page, "#thread-body") == blank
    await expect(page.locator(".thread-item")).to_have_count(1)

    await page.locator(".thread-link").click()
    await page.locator("#reply-body").fill("   ")
    await page.get_by_role("button", name="Post reply").click()
    assert await field_error_of(page, "#reply-body") == blank
    await expect(page.locator(".post")).to_have_count(1)

    await page.get_by_role("tab", name="Chat").click()
    await expect(page.get_by_role("button", name="Send")).to_be_enabled()
    chat_input = page.get_by_label("Message", exact=True)
    await chat_input.fill("   ")
    await page.get_by_role("button", name="Send").click()
    assert await field_error_of(page, ".chat-input") == blank
    await expect(page.locator(".chat-message")).to_have_count(0)


async def test_the_lockout_says_how_long_it_lasts(site: Site) -> None:
    teacher = await site.live.world.etwinner("Claire Dupont")
    page = await (await site.person("fr-FR")).page()
    await page.locator("#login-email").fill(teacher.account["email"])
    for _ in range(6):
        await page.locator("#login-password").fill("not the password")
        await page.locator("#login-password").press("Enter")
        await expect(page.get_by_role("alert")).to_be_visible()
    await expect(page.get_by_role("alert")).to_have_text(
        "Trop de tentatives. Réessayez dans 15 minutes."
    )


async def test_an_invitation_link_is_checked_as_the_page_opens(site: Site) -> None:
    world = site.live.world
    teacher = await world.etwinner("Claire Dupont")
    space_id = await world.space(teacher)
    title = ok(await teacher.get(f"/api/spaces/{space_id}"))["title"]
    base = f"/api/spaces/{space_id}/invitations"
    usable = ok(await teacher.post(base, {}), 201)
    revoked = ok(await teacher.post(base, {}), 201)
    ok(await teacher.post(f"{base}/{revoked['id']}/revoke"))
    expiring = ok(await teacher.post(base, {"expires_in_hours": 1}), 201)
    world.clock.advance(dt.timedelta(hours=1))

    person = await site.person()
    cases = [
        (usable["token"], f"You are invited to “{title}”.", True),
        ("garbage", "This invitation link is not known.", False),
        ("x" * 40, "This invitation link is not known.", False),
        (revoked["token"], "This invitation link was withdrawn by a teacher.", False),
        (expiring["token"], "This invitation link has expired.", False),
    ]
    for token, says, form_shown in cases:
        page = await person.page(f"#/invite/{token}")
        await expect(page.locator(".invite-standing")).to_contain_text(says)
        if form_shown:
            await expect(page.get_by_label("Your name")).to_be_visible()
        else:
            await expect(page.get_by_label("Your name")).to_be_hidden()
            await expect(page.get_by_role("alert")).to_have_count(1)
        await page.close()


async def test_the_tab_survives_a_language_change_and_lost_pages_say_so_once(site: Site) -> None:
    _, space_id, page = await teacher_in_space(site)
    await page.goto(f"{site.base}/#/spaces/{space_id}")
    await page.get_by_role("tab", name="Forum").click()
    await expect(page).to_have_url(f"{site.base}/#/spaces/{space_id}/forum")
    await page.get_by_label("Language", exact=True).select_option("fr")
    await expect(page.get_by_role("tab", name="Forum")).to_have_attribute("aria-selected", "true")
    await expect(page.get_by_role("tabpanel", name="Forum")).to_be_visible()

    await page.goto(f"{site.base}/#/spaces/987654")
    await expect(page.get_by_role("heading", level=1)).to_have_text("Page introuvable")
    said = "Cette page n\u2019existe pas ou ne vous est pas accessible."
    await expect(page.get_by_role("alert")).to_have_text(said)
    await expect(page.get_by_text(said)).to_have_count(1)

    await page.goto(f"{site.base}/#/no/such/page")
    await expect(page.get_by_role("heading", level=1)).to_have_text("Page introuvable")
    await expect(page.get_by_role("link", name="Aller à mes espaces")).to_be_visible()


async def confirm_dialog(page: Page, names: str) -> None:
    dialog = page.get_by_role("dialog")
    await expect(dialog).to_be_visible()
    await expect(dialog).to_contain_text(names)
    await expect(dialog.get_by_role("button", name="Cancel")).to_be_focused()


async def test_destructive_actions_ask_first_naming_what_is_lost(site: Site) -> None:
    teacher, space_id, page = await teacher_in_space(site)
    base = f"/api/spaces/{space_id}"
    thread = {"area": "open", "title": "Bridges", "body": "How many?", "client_id": "t-bridges-1"}
    ok(await teacher.post(f"{base}/forum/threads", thread), 201)
    ok(await teacher.post(f"{base}/folders", {"name": "Photos", "parent_id": None}), 201)

    # Files: moving to the trash, then deleting for good, each asks; Cancel (or Escape) keeps.
    await page.goto(f"{site.base}/#/spaces/{space_id}/archive")
    row = page.locator(".folder-row")
    await row.get_by_role("button", name="Move to trash: Photos").click()
    await confirm_dialog(page, "Move the folder “Photos” to the trash?")
    await screenshot(page, "confirm-trash")
    await page.keyboard.press("Escape")
    await expect(page.get_by_role("dialog")).to_have_count(0)
    await expect(row).to_have_count(1)
    await expect(row.get_by_role("button", name="Move to trash: Photos")).to_be_focused()
    await row.get_by_role("button", name="Move to trash: Photos").click()
    await page.get_by_role("dialog").get_by_role("button", name="Move to trash").click()
    await expect(row).to_have_count(0)
    await page.get_by_role("button", name="Trash").click()
    await page.get_by_role("button", name="Delete for good Photos").click()
    await confirm_dialog(page, "It will be gone for everyone and cannot be brought back.")
    await page.get_by_role("dialog").get_by_role("button", name="Delete for good").click()
    await expect(page.locator(".folder-row")).to_have_count(0)

    # The forum: deleting a post asks.
    await page.get_by_role("tab", name="Forum").click()
    await page.locator(".thread-link").click()
    await page.locator(".post").get_by_role("button", name="Delete").click()
    await confirm_dialog(page, "Delete this post?")
    await page.get_by_role("dialog").get_by_role("button", name="Cancel").click()
    await expect(page.locator(".post.state-visible")).to_have_count(1)

    # The chat: deleting a message asks.
    await page.get_by_role("tab", name="Chat").click()
    await page.get_by_label("Message", exact=True).fill("A note")
    await page.get_by_role("button", name="Send").click()
    await page.locator(".chat-message").get_by_role("button", name="Delete").click()
    await confirm_dialog(page, "Its text will be gone for everyone.")
    await page.get_by_role("dialog").get_by_role("button", name="Yes, delete").click()
    await expect(page.locator(".chat-message.state-visible")).to_have_count(0)

    # Video: ending the session for everyone asks.
    await page.get_by_role("tab", name="Video").click()
    await page.get_by_role("button", name="Start").click()
    await page.get_by_role("button", name="End the session for everyone").click()
    await confirm_dialog(page, "Everyone leaves the call at once")
    await page.get_by_role("dialog").get_by_role("button", name="Cancel").click()
    sessions = ok(await teacher.get(f"{base}/video-sessions"))
    assert [s["state"] for s in sessions] == ["live"]
    await page.get_by_role("button", name="End the session for everyone").click()
    await (
        page.get_by_role("dialog")
        .get_by_role("button", name="End the session for everyone")
        .click()
    )
    await expect(page.locator(".video-status")).to_have_text("The session has ended.")


async def test_the_sign_in_screen_drawn_again_adds_no_more_listeners_to_main(site: Site) -> None:
    page = await (await site.person()).page()
    await page.locator("#login-email").wait_for()
    cdp = await page.context.new_cdp_session(page)

    async def submit_listeners_on_main() -> int:
        main = await cdp.send("Runtime.evaluate", {"expression": "document.querySelector('main')"})
        found = await cdp.send(
            "DOMDebugger.getEventListeners", {"objectId": main["result"]["objectId"]}
        )
        return sum(1 for listener in found["listeners"] if listener["type"] == "submit")

    before = await submit_listeners_on_main()
    for fragment in ("#/forgot", "#/login", "#/register", "#/login"):
        await page.evaluate("(fragment) => { location.hash = fragment; }", fragment)
        await page.locator("main h1").wait_for()
    await page.locator("#login-email").wait_for()
    assert await submit_listeners_on_main() == before


async def test_the_hidden_attribute_hides_whatever_display_a_class_gives(site: Site) -> None:
    page = await (await site.person()).page()
    await page.locator("#login-email").wait_for()
    displays = await page.evaluate(
        """() => ["check-row", "actions", "pending-badge", "member-actions", "copy-row"].map(
             (name) => {
               const element = Object.assign(document.createElement("div"), { className: name });
               element.hidden = true;
               document.body.append(element);
               const display = getComputedStyle(element).display;
               element.remove();
               return display;
             })"""
    )
    assert displays == ["none"] * 5


async def test_a_message_left_for_the_next_screen_arrives_once(site: Site) -> None:
    world = site.live.world
    teacher = await world.etwinner("Claire Dupont")
    space_id = await world.space(teacher)
    colleague = await world.etwinner("Marc Blanc")
    await world.add_teacher(teacher, space_id, colleague, "teacher")
    page = await (await site.person()).page()
    await sign_in_teacher(page, colleague)
    await page.goto(f"{site.base}/#/spaces/{space_id}/members")
    await page.get_by_role("button", name="Leave this space").click()
    await page.get_by_role("dialog").locator("[data-action=confirm]").click()
    await expect(page.get_by_role("heading", name="My spaces")).to_be_visible()
    left = page.get_by_role("status").filter(has_text="You left")
    await expect(left).to_be_visible()
    # Shown once: the next screen has no word of it.
    await page.evaluate("() => { location.hash = '#/account'; }")
    await page.locator("#account-everywhere-heading").wait_for()
    await page.evaluate("() => { location.hash = '#/spaces'; }")
    await expect(page.get_by_role("heading", name="My spaces")).to_be_visible()
    await expect(left).to_have_count(0)


async def test_an_address_changed_while_the_page_starts_is_where_it_lands(site: Site) -> None:
    """A link followed (or an address pasted) while the page still asks who is signed in: the
    page lands there once it knows, not on the sign-in screen and then the home screen."""
    world = site.live.world
    teacher = await world.etwinner("Claire Dupont")
    space_id = await world.space(teacher)
    title = ok(await teacher.get(f"/api/spaces/{space_id}"))["title"]
    page = await (await site.person()).page()
    await sign_in_teacher(page, teacher)
    # The next start's "who am I" is held until the address has changed.
    held: asyncio.Queue[Route] = asyncio.Queue()
    await page.route("**/api/me", held.put_nowait)
    await page.reload(wait_until="commit")
    async with asyncio.timeout(UI_TIMEOUT_MS / 1000):
        asked = await held.get()
    await page.evaluate(f"() => {{ location.hash = '#/spaces/{space_id}'; }}")
    await asked.continue_()
    await page.unroute("**/api/me")
    await expect(page.get_by_role("heading", name=title)).to_be_visible()
    assert page.url.endswith(f"#/spaces/{space_id}")
