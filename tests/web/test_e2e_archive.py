"""The archive section in real headless Chromium (issue 8): a file one person uploads appears
live for the other and downloads with the same bytes, the progress bar moves, rename and
trash show only where allowed, clear messages for a file too large or a full archive (in
French), and the accessibility audit."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from playwright.async_api import FilePayload, Page, async_playwright, expect

from server.clock import FakeClock
from server.config import ArchiveLimits, Settings
from tests.http.archive_support import uploaded
from tests.http.conftest import ApiUser, ok
from tests.realtime.conftest import serve

from .conftest import (
    CHROMIUM_ARGS,
    Site,
    audit,
    chromium_or_fail,
    screenshot,
    sign_in_pupil,
    sign_in_teacher,
)

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
KIB = 1024
#: Small limits, so that "too large" and "quota" take a few hundred KiB to show.
LIMITS = ArchiveLimits(max_file_bytes=1024 * KIB, space_quota_bytes=2048 * KIB)
#: Upload speed the pupil's browser is held to, so the progress bar has steps to show.
UPLOAD_BYTES_PER_S = 400 * KIB

# Every value the page gives the progress bar, kept by the test (not by the page).
WATCH_PROGRESS = """() => {
  window.progressSeen = [];
  const watch = (bar) => new MutationObserver(() => window.progressSeen.push(Number(bar.value)))
    .observe(bar, {attributes: true, attributeFilter: ["value"]});
  const bar = document.querySelector(".upload-progress");
  watch(bar);
}"""


@pytest.fixture
async def site(database_url: str, tmp_path: Path) -> AsyncIterator[Site]:
    """The conftest's site, with the small archive limits."""
    executable = chromium_or_fail()
    settings = Settings(
        database_url=database_url, data_dir=tmp_path, cheap_hashing=True, archive=LIMITS
    )
    async with serve(settings, FakeClock()) as live, async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        base = live.ws_url.removeprefix("ws://").removesuffix("/ws")
        site = Site(live, browser, f"http://{base}")
        try:
            yield site
        finally:
            problems = await site.close()
        assert not problems, problems


def payload(name: str, content: bytes) -> FilePayload:
    return {"name": name, "mimeType": "application/octet-stream", "buffer": content}


async def open_files(page: Page, base: str, space_id: int, tab: str = "Files") -> None:
    await page.goto(f"{base}/#/spaces/{space_id}")
    await page.get_by_role("tab", name=tab).click()
    await expect(page.locator(".archive-usage")).not_to_be_empty()


async def test_a_file_uploaded_by_one_appears_for_the_other_and_downloads_the_same(
    site: Site,
) -> None:
    world = site.live.world
    teacher = await world.etwinner("Claire Dupont")
    space_id = await world.space(teacher)
    pupil = await site.pupil_credentials(teacher, space_id, "Léa Martin")
    await uploaded(teacher, space_id, "plan.txt", b"the teacher's plan")
    teacher_person = await site.person()
    tpage = await teacher_person.page()
    await sign_in_teacher(tpage, teacher)
    ppage = await (await site.person()).page()
    await sign_in_pupil(ppage, pupil)
    await open_files(tpage, site.base, space_id)
    await open_files(ppage, site.base, space_id)

    # The teacher's file: the pupil may download it, not rename or trash it.
    plan = ppage.locator(".file-row", has_text="plan.txt")
    await expect(plan.get_by_role("link", name="Download plan.txt")).to_be_visible()
    assert await plan.locator("[data-action=rename], [data-action=trash]").count() == 0

    # The pupil uploads over a slowed link: the bar moves; the teacher sees the file live.
    content = os.urandom(600 * KIB)
    cdp = await ppage.context.new_cdp_session(ppage)
    await cdp.send("Network.enable")
    await cdp.send(
        "Network.emulateNetworkConditions",
        {
            "offline": False,
            "latency": 0,
            "downloadThroughput": -1,
            "uploadThroughput": UPLOAD_BYTES_PER_S,
        },
    )
    await ppage.evaluate(WATCH_PROGRESS)
    await ppage.get_by_label("Choose a file").set_input_files(
        files=[payload("river notes.bin", content)]
    )
    await ppage.get_by_role("button", name="Upload").click()
    # Said once, in the upload form's message area (the bar's own text is not announced).
    await expect(ppage.locator(".upload-form [role=status]")).to_have_text(
        "“river notes.bin” has been uploaded."
    )
    seen: list[float] = await ppage.evaluate("window.progressSeen")
    assert seen[-1] == 100
    assert any(0 < value < 100 for value in seen), seen
    await cdp.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
    )
    notes = tpage.locator(".file-row", has_text="river notes.bin")
    await expect(notes).to_contain_text("Léa Martin")
    await expect(notes).to_contain_text("600 KB")

    # Same bytes back, for the teacher.
    async with tpage.expect_download() as started:
        await notes.get_by_role("link", name="Download river notes.bin").click()
    download = await started.value
    assert download.suggested_filename == "river notes.bin"
    saved = Path(await download.path())
    assert await asyncio.to_thread(saved.read_bytes) == content

    # Her own file the pupil may rename and trash; the teacher too (a pupil's file).
    mine = ppage.locator(".file-row", has_text="river notes.bin")
    await expect(mine.locator("[data-action=rename]")).to_be_visible()
    await expect(mine.locator("[data-action=trash]")).to_be_visible()
    await screenshot(ppage, "archive-pupil")
    await notes.get_by_role("button", name="Rename river notes.bin").click()
    await tpage.get_by_label("New name").fill("Rhône notes.bin")
    await tpage.get_by_role("button", name="Save").click()
    await expect(ppage.locator(".file-row .file-name")).to_contain_text(["Rhône notes.bin"])

    # A new folder appears for the pupil; opening it shows it empty.
    await tpage.get_by_label("New folder").fill("Science")
    await tpage.get_by_role("button", name="Create the folder").click()
    await expect(ppage.locator(".folder-link")).to_have_text(["Science"])
    await screenshot(tpage, "archive")
    found = {"archive (teacher)": await audit(tpage), "archive (pupil)": await audit(ppage)}
    await ppage.locator(".folder-link", has_text="Science").click()
    await expect(ppage.get_by_text("This folder is empty.")).to_be_visible()
    await ppage.get_by_role("button", name="All files").click()

    # Trashed by the teacher: gone for the pupil, live.
    rhone = tpage.locator(".file-row", has_text="Rhône notes.bin")
    await rhone.get_by_role("button", name="Move to trash: Rhône notes.bin").click()
    await tpage.get_by_role("dialog").get_by_role("button", name="Move to trash").click()
    await expect(ppage.locator(".file-row", has_text="Rhône notes.bin")).to_have_count(0)
    await expect(ppage.locator(".file-row")).to_have_count(1)

    # In the teacher's trash, with Restore and (a founder) Delete for good; restored, the
    # pupil sees it again, live.
    await tpage.get_by_role("button", name="Trash", exact=True).click()
    trashed = tpage.locator(".file-row", has_text="Rhône notes.bin")
    await expect(
        trashed.get_by_role("button", name="Delete for good Rhône notes.bin")
    ).to_be_visible()
    found["trash"] = await audit(tpage)
    await trashed.get_by_role("button", name="Restore Rhône notes.bin").click()
    await expect(tpage.get_by_text("The trash is empty.")).to_be_visible()
    await expect(ppage.locator(".file-row", has_text="Rhône notes.bin")).to_be_visible()
    assert found == {name: [] for name in found}


async def test_too_large_and_full_archive_say_so_clearly_in_french(site: Site) -> None:
    world = site.live.world
    teacher: ApiUser = await world.etwinner("Claire Dupont")
    space_id = await world.space(teacher)
    pupil = await site.pupil_credentials(teacher, space_id, "Léa Martin")
    page = await (await site.person(locale="fr-FR")).page()
    await sign_in_pupil_fr(page, pupil)
    await page.goto(f"{site.base}/#/spaces/{space_id}")
    await page.get_by_role("tab", name="Forum").click()
    await expect(page.get_by_text("Pas encore de discussion.")).to_be_visible()
    await open_files(page, site.base, space_id, tab="Fichiers")

    chooser = page.get_by_label("Choisir un fichier")
    big = payload("film.bin", b"x" * 1100 * KIB)
    await chooser.set_input_files(files=[big])
    await page.get_by_role("button", name="Envoyer").click()
    await expect(page.get_by_role("alert")).to_have_text(
        "Ce fichier est trop gros : un fichier fait au plus 1 Mo."
    )
    await screenshot(page, "archive-too-large-fr")
    found = {"archive error (fr)": await audit(page)}

    # The archive fills up (the teacher's files); the pupil is told there is no room left.
    await uploaded(teacher, space_id, "one.bin", b"1" * 900 * KIB)
    await uploaded(teacher, space_id, "two.bin", b"2" * 900 * KIB)
    await expect(page.locator(".file-row")).to_have_count(2)
    small = payload("note.bin", b"n" * 300 * KIB)
    await chooser.set_input_files(files=[small])
    await page.get_by_role("button", name="Envoyer").click()
    await expect(page.get_by_role("alert")).to_contain_text(
        "Il ne reste pas assez de place dans les fichiers de cet espace"
    )
    # The server says the same when asked directly: nothing was stored.
    listing = ok(await teacher.get(f"/api/spaces/{space_id}/files"))
    assert [f["name"] for f in listing["files"]] == ["one.bin", "two.bin"]
    assert found == {name: [] for name in found}


async def sign_in_pupil_fr(page: Page, credentials: dict[str, str]) -> None:
    await page.get_by_label("Identifiant").fill(credentials["username"])
    await page.get_by_label("Code").fill(credentials["code"])
    await page.get_by_role("button", name="Se connecter comme élève").click()
    await page.get_by_role("heading", name="Mes espaces").wait_for()
