"""A lobby with no teacher says so and offers to leave, live as teachers come and go; the
sessions list counts who is in each call (plural rules, English and French); a session left
empty ends and the lobby is told why. Real Chromium, real uvicorn, a fake clock for the end.

No peer connection is made here (nobody is let in), so Chromium needs no network namespace.
"""

from __future__ import annotations

import pytest
from playwright.async_api import Page, expect

from server.websocket.video_upkeep import sweep
from tests.http.conftest import ok

from .conftest import Site, audit, screenshot, sign_in_pupil, sign_in_teacher

SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
NO_TEACHER = (
    "No teacher is in this session yet, so nobody can let you in. You can wait here or leave."
)
SOON = "You are in the lobby. A teacher will let you in soon."


async def open_video_tab(page: Page, name: str = "Video") -> None:
    await page.locator(".space-link").click()
    await page.get_by_role("tab", name=name).click()


async def fits(page: Page) -> None:
    """No horizontal scrolling at this width."""
    width = await page.evaluate("document.documentElement.scrollWidth")
    assert width <= await page.evaluate("document.documentElement.clientWidth"), width


@SQLITE_ONLY
async def test_a_lobby_without_a_teacher_says_so_and_the_list_counts_the_call(site: Site) -> None:
    world = site.live.world
    teacher = await world.etwinner("Claire Dupont")
    space_id = await world.space(teacher)
    lea = await site.pupil_credentials(teacher, space_id, "Léa Martin")
    tom = await site.pupil_credentials(teacher, space_id, "Tom Petit")
    # Started from elsewhere, and the teacher's page never came: nobody is in the call.
    body = {"title": "Maths", "lobby": True}
    session_id = ok(await teacher.post(f"/api/spaces/{space_id}/video-sessions", body), 201)[
        "session"
    ]["id"]

    # Tom, in French, watches the list at phone width.
    tpage = await (await site.person("fr-FR")).page()
    await tpage.set_viewport_size({"width": 360, "height": 740})
    await sign_in_pupil_fr(tpage, tom)
    await open_video_tab(tpage, "Vidéo")
    count = tpage.locator(f'[data-session-id="{session_id}"] .video-count')
    await expect(count).to_have_text("Personne dans l\u2019appel pour l\u2019instant")

    # Léa waits in the lobby: no teacher is there, and she may leave.
    lpage = await (await site.person()).page()
    await sign_in_pupil(lpage, lea)
    await open_video_tab(lpage)
    await lpage.get_by_role("link", name="Join “Maths”").click()
    status = lpage.locator(".video-status")
    await expect(status).to_have_text(NO_TEACHER)
    await expect(lpage.get_by_role("button", name="Leave the lobby")).to_be_visible()
    assert await audit(lpage) == []
    await screenshot(lpage, "video-lobby-no-teacher")
    await lpage.set_viewport_size({"width": 360, "height": 740})
    await fits(lpage)
    await screenshot(lpage, "video-lobby-no-teacher-360")
    await lpage.set_viewport_size({"width": 1100, "height": 760})

    # The teacher comes into the call: the lobby says so at once, the list counts one.
    cpage = await (await site.person()).page()
    await sign_in_teacher(cpage, teacher)
    await open_video_tab(cpage)
    await expect(cpage.locator(".video-count")).to_have_text("Nobody in the call yet")
    await cpage.get_by_role("link", name="Join “Maths”").click()
    await expect(cpage.locator(".video-status")).to_have_text("You are in the call.")
    await expect(status).to_have_text(SOON)
    await expect(count).to_have_text("1 personne dans l\u2019appel")
    # (The space's tab bar is wider than 360 px in French: the space screen's, not this.)
    await screenshot(tpage, "video-sessions-count-fr-360")

    # She leaves the call: no teacher again, and nobody in it.
    await cpage.get_by_role("button", name="Leave", exact=True).click()
    await expect(status).to_have_text(NO_TEACHER)
    await expect(count).to_have_text("Personne dans l\u2019appel pour l\u2019instant")

    # Léa gives up waiting: back to the space.
    await lpage.get_by_role("button", name="Leave the lobby").click()
    await expect(lpage.get_by_role("tab", name="Video")).to_be_visible()
    listed = ok(await teacher.get(f"/api/spaces/{space_id}/video-sessions/{session_id}"))
    assert {p["display_name"]: p["state"] for p in listed["participants"]} == {}


@SQLITE_ONLY
async def test_a_lobby_hears_that_its_empty_session_ended(site: Site) -> None:
    world = site.live.world
    teacher = await world.etwinner("Claire Dupont")
    space_id = await world.space(teacher)
    tom = await site.pupil_credentials(teacher, space_id, "Tom Petit")
    body = {"title": "Géographie", "lobby": True}
    ok(await teacher.post(f"/api/spaces/{space_id}/video-sessions", body), 201)
    page = await (await site.person("fr-FR")).page()
    await sign_in_pupil_fr(page, tom)
    await open_video_tab(page, "Vidéo")
    await page.get_by_role("link", name="Rejoindre « Géographie »").click()
    status = page.locator(".video-status")
    await expect(status).to_have_text(
        "Aucun enseignant n\u2019est encore dans cette session : personne ne peut vous"
        " faire entrer. Vous pouvez attendre ici ou partir."
    )
    await expect(page.get_by_role("button", name="Quitter la salle d\u2019attente")).to_be_visible()
    assert await audit(page) == []
    await screenshot(page, "video-lobby-no-teacher-fr")

    world.clock.advance(site.ctx.settings.video.empty_after)
    await sweep(site.ctx)
    await expect(status).to_have_text(
        "La session est terminée : personne n\u2019y était depuis un moment."
    )
    leave = page.get_by_role("button", name="Quitter la salle d\u2019attente")
    await expect(leave).to_have_count(0)
    await screenshot(page, "video-ended-empty-fr")


async def sign_in_pupil_fr(page: Page, credentials: dict[str, str]) -> None:
    await page.get_by_label("Identifiant").fill(credentials["username"])
    await page.get_by_label("Code").fill(credentials["code"])
    await page.get_by_role("button", name="Se connecter comme élève").click()
    await page.get_by_role("heading", name="Mes espaces").wait_for()
