"""Issue 20's pupil: a teacher sets Azerbaijani for the pupils they create, and everything the
pupil then sees is in Azerbaijani, a server's refusal and a teacher's moderation included,
although the pupil's browser asks for English.

The expected words are the Azerbaijani catalogue's own (web/locales/az.ftl, read here with
Fluent's Python runtime); the sweep of tests/web/page_sweep.js then finds no text on the page
that is not from that catalogue or the test's data.
"""

from __future__ import annotations

import uuid

import pytest
from fluent.runtime import FluentBundle, FluentResource
from playwright.async_api import expect

import web
from tests.http.conftest import PASSWORD, ok

from .conftest import Site, audit, screenshot
from .test_page_sweep import SWEEP_JS

SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


def catalogue(lang: str) -> FluentBundle:
    bundle = FluentBundle([lang], use_isolating=False)
    text = (web.ROOT / "locales" / f"{lang}.ftl").read_text(encoding="utf-8")
    bundle.add_resource(FluentResource(text))
    return bundle


AZ = catalogue("az")


def az(message_id: str, **args: object) -> str:
    pattern = AZ.get_message(message_id).value
    assert pattern is not None, message_id
    value, errors = AZ.format_pattern(pattern, args)
    assert not errors, errors
    return str(value)


@SQLITE_ONLY
async def test_a_pupil_whose_teacher_chose_azerbaijani_sees_everything_in_azerbaijani(
    site: Site,
) -> None:
    world = site.live.world
    teacher = await world.etwinner("Claire Dupont")
    space_id = await world.space(teacher)
    title = ok(await teacher.get(f"/api/spaces/{space_id}"))["title"]
    body = {"pupils": [{"display_name": "Aysel Məmmədova"}], "language": "az"}
    credentials = ok(await teacher.post(f"/api/spaces/{space_id}/pupils", body), 201)[0]

    # The pupil's browser asks for English; the account's language wins once signed in.
    page = await (await site.person()).page()
    await page.locator("#pupil-username").fill(credentials["username"])
    await page.locator("#pupil-code").fill(credentials["code"])
    await page.locator("#pupil-code").press("Enter")
    await expect(page.locator("html")).to_have_attribute("lang", "az")
    await expect(page.get_by_role("heading", level=1)).to_have_text(az("spaces-title"))

    # The chat, where the server refuses one message too many (30 a minute each).
    pupil = await world.pupil_login(credentials)
    chat_id = ok(await teacher.get(f"/api/spaces/{space_id}/chat"))["id"]
    said = [f"Salam {n}" for n in range(30)]
    for words in said:
        path = f"/api/spaces/{space_id}/chats/{chat_id}/messages"
        ok(await pupil.post(path, {"body": words, "client_id": str(uuid.uuid4())}), 201)
    await page.get_by_role("link", name=title).click()
    await page.locator("#tab-chat").click()
    panel = page.locator("#panel-chat")
    await expect(panel.locator(".chat-message")).to_have_count(30)
    box = panel.get_by_label(az("chat-message"), exact=True)
    await box.fill("Bir mesaj da")
    await box.press("Enter")
    await expect(panel.get_by_role("alert")).to_have_text(az("error-rate_limited"))
    await expect(box).to_have_value("Bir mesaj da")  # nothing lost: it can be sent later

    # A teacher pauses the pupil's writing: the notice, in Azerbaijani.
    muted = ok(
        await teacher.post(
            f"/api/spaces/{space_id}/members/{pupil.account['id']}/mute", {"minutes": 10}
        )
    )
    assert muted["muted_until"]
    await expect(page.locator("main [role=status]").first).to_have_text(az("notice-member-muted"))
    await expect(box).to_be_disabled()

    # Nothing on the page is in another language: every text is the catalogue's or data.
    data = [title, "Aysel Məmmədova", "Claire Dupont", "Bir mesaj da", *said]
    found = await page.evaluate(SWEEP_JS, {"userData": data})
    assert found == [], found
    assert await audit(page) == []
    await screenshot(page, "pupil-in-azerbaijani")


@SQLITE_ONLY
async def test_one_space_in_three_languages_arabic_mirrored(site: Site) -> None:
    """The README's pictures: one space's chat, in English, Turkish and Arabic (mirrored, with
    a French name and Latin text kept in their own direction inside it)."""
    world = site.live.world
    teacher = await world.etwinner("Claire Dupont")
    space_id = await world.space(teacher)
    title = ok(await teacher.get(f"/api/spaces/{space_id}"))["title"]
    chat_id = ok(await teacher.get(f"/api/spaces/{space_id}/chat"))["id"]
    said = ["Bonjour ! Today: the rivers of our towns.", "مرحبا! نهر الأردن يمر قرب مدرستنا."]
    for words in said:
        path = f"/api/spaces/{space_id}/chats/{chat_id}/messages"
        ok(await teacher.post(path, {"body": words, "client_id": str(uuid.uuid4())}), 201)
    page = await (await site.person()).page()
    await page.locator("#login-email").fill(teacher.account["email"])
    await page.locator("#login-password").fill(PASSWORD)
    await page.locator("#login-password").press("Enter")
    await page.locator(".space-list").wait_for()
    # Each language is named in its own words, even where this Chromium's Intl knows only the
    # English name (Irish, Georgian...: then the name its catalogue gives itself).
    named_in_english = await page.evaluate(
        """() => [...document.querySelectorAll('#lang option')]
          .filter((o) => o.value !== 'en')
          .filter((o) => o.textContent ===
            new Intl.DisplayNames(['en'], { type: 'language' }).of(o.value))
          .map((o) => o.value)"""
    )
    assert named_in_english == [], named_in_english
    for lang in ("en", "tr", "ar"):
        bundle = catalogue(lang)
        await page.locator("#lang").select_option(lang)
        await expect(page.locator("html")).to_have_attribute("lang", lang)
        await page.goto(f"{site.base}/#/spaces/{space_id}/chat")
        panel = page.locator("#panel-chat")
        await expect(panel.locator(".chat-message")).to_have_count(2)
        heading = bundle.get_message("chat-title").value
        assert heading is not None
        await expect(panel.get_by_role("heading", level=2)).to_have_text(
            str(bundle.format_pattern(heading, {})[0])
        )
        direction = "rtl" if lang == "ar" else "ltr"
        await expect(page.locator("html")).to_have_attribute("dir", direction)
        data = [title, "Claire Dupont", *said]
        found = await page.evaluate(SWEEP_JS, {"userData": data})
        assert found == [], (lang, found)
        assert await audit(page) == []
        await screenshot(page, f"three-languages-{lang}")
