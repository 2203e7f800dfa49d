"""A first school day, from an empty server, in real Chromium (issue 17's "Done when").

The operator runs one command, `twinspace admin create-national-admin`; everything after that
happens in pages, one browser context per person: two teachers register and wait, the national
admin validates them, the first creates a twinspace, invites the second, makes a class of pupils
from a pasted list and prints their login cards, makes a guest link and copies it; a pupil signs
in with a code read off a card and posts, and is held once pre-moderation is on; the guest joins
with the copied link; the teacher gives a pupil a new code, exports and erases another, and reads
all of it in the audit log. Each step is one function named for it; each new screen is checked
with axe-core and left as `first-day-NN-<step>.png` (docs/screenshots/ when refreshed, see
tests/web/conftest.py), which the README shows in order.
"""

from __future__ import annotations

import asyncio
import dataclasses
import re
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.async_api import Locator, Page, expect

from tests.test_cli import clean_environment

from .conftest import SCREENSHOTS, SCREENSHOTS_WANTED, Site, audit, screenshot

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)

#: The operator's console script, installed next to this interpreter.
TWINSPACE = Path(sys.executable).parent / "twinspace"
GENERATED_PASSWORD = re.compile(r"^password \(shown once\): (\S+)$", re.MULTILINE)
ADMIN_EMAIL = "nso@erasmus.example.fr"
PASSWORD = "a long teacher password"
SPACE = "Rivers of our towns"
CLASS = ["Léa Martin", "Tom Petit", "Noah Bernard"]


@dataclasses.dataclass
class Teacher:
    name: str
    email: str
    school: str


CLAIRE = Teacher("Claire Dupont", "claire@college-verne.example.fr", "Collège Jules Verne")
PAUL = Teacher("Paul Girard", "paul@lycee-hugo.example.fr", "Lycée Victor Hugo")


@dataclasses.dataclass
class Day:
    """What the day has made so far: the people's pages and what they read off the screens."""

    site: Site
    admin_password: str = ""
    admin: Page | None = None
    claire: Page | None = None
    paul: Page | None = None
    cards: dict[str, tuple[str, str]] = dataclasses.field(default_factory=dict)
    guest_link: str = ""
    shots: int = 0

    async def new_page(self, fragment: str = "", *, clipboard: bool = False) -> Page:
        person = await self.site.person()
        if clipboard:
            await person.context.grant_permissions(["clipboard-read", "clipboard-write"])
        return await person.page(fragment)

    async def check(self, page: Page, step: str) -> None:
        """No serious axe-core violation on the screen as it is now, and its picture."""
        assert await audit(page) == [], step
        self.shots += 1
        await screenshot(page, f"first-day-{self.shots:02d}-{step}")


def teacher_page(page: Page | None) -> Page:
    assert page is not None, "an earlier step opens this page"
    return page


def member_row(page: Page, name: str) -> Locator:
    name_cell = page.locator(".member-name").get_by_text(name, exact=True)
    return page.locator(".member-list li").filter(has=name_cell)


def run_operator_command(site: Site) -> str:
    """`twinspace admin create-national-admin` for France on the server's database; the
    password it prints once."""
    settings = site.ctx.settings
    command = [
        str(TWINSPACE), "admin", "create-national-admin", "--country", "FR",
        "--email", ADMIN_EMAIL, "--display-name", "Agence Erasmus+ France",
        "--database-url", settings.database_url, "--data-dir", str(settings.data_dir),
    ]  # fmt: skip
    result = subprocess.run(
        command,
        env=clean_environment(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    passwords: list[str] = GENERATED_PASSWORD.findall(result.stdout)
    assert len(passwords) == 1, result.stdout
    return passwords[0]


async def sign_in(page: Page, email: str, password: str) -> None:
    await page.get_by_label("E-mail address").fill(email)
    await page.get_by_label("Password", exact=True).fill(password)
    await page.get_by_role("button", name="Sign in", exact=True).click()


async def operator_creates_the_national_admin(day: Day) -> None:
    day.admin_password = await asyncio.to_thread(run_operator_command, day.site)


async def teacher_registers(day: Day, teacher: Teacher, *, pictured: bool) -> Page:
    page = await day.new_page(clipboard=True)
    await page.get_by_role("link", name="No account yet? Create an eTwinner account").click()
    await expect(page.get_by_role("heading", name="Create an eTwinner account")).to_be_visible()
    await page.get_by_label("Your name").fill(teacher.name)
    await page.get_by_label("E-mail address").fill(teacher.email)
    await page.get_by_label("Password", exact=True).fill(PASSWORD)
    await page.get_by_label("School").fill(teacher.school)
    await page.get_by_label("Country").select_option(label="France")
    if pictured:
        await day.check(page, "register")
    await page.get_by_role("button", name="Create my account").click()
    await expect(
        page.get_by_role("heading", name="Your account is waiting for validation")
    ).to_be_visible()
    await expect(page.locator("main")).to_contain_text("(France)")
    if pictured:
        await day.check(page, "pending")
    return page


async def national_admin_validates(day: Day, teacher: Teacher, *, pictured: bool) -> None:
    if day.admin is None:
        day.admin = await day.new_page()
        await sign_in(day.admin, ADMIN_EMAIL, day.admin_password)
    else:
        await day.admin.reload()
    page = day.admin
    await expect(page.get_by_role("heading", name="National admin console")).to_be_visible()
    box = page.get_by_role("checkbox", name=teacher.name)
    await box.check()
    if pictured:
        await day.check(page, "admin-console")
    await page.get_by_role("button", name="Validate the selected").click()
    validated = page.locator("#pending-form .message-success")
    await expect(validated).to_have_text("1 teacher validated.")
    await expect(box).to_have_count(0)


async def validated_teacher_checks_again(page: Page) -> None:
    await page.get_by_role("button", name="Check again").click()
    await expect(page.get_by_role("heading", name="My spaces")).to_be_visible()


async def teacher_creates_a_twinspace(day: Day) -> None:
    page = teacher_page(day.claire)
    await page.get_by_label("Kind").select_option(label="TwinSpace")
    await page.get_by_label("Title").fill(SPACE)
    await page.get_by_label("Description (optional)").fill("Water in our two towns")
    await page.get_by_role("button", name="Create", exact=True).click()
    await expect(page.get_by_role("status").filter(has_text="created")).to_have_text(
        f"Space “{SPACE}” created."
    )
    await day.check(page, "my-spaces")
    await page.get_by_role("link", name=SPACE).click()
    await expect(page.get_by_role("heading", name=SPACE, level=1)).to_be_visible()
    await expect(page.get_by_role("tab", name="Members")).to_have_attribute("aria-selected", "true")


async def teacher_invites_a_colleague(day: Day) -> None:
    page = teacher_page(day.claire)
    await page.get_by_label("Name, school or country").fill("Victor Hugo")
    await page.get_by_role("button", name="Search", exact=True).click()
    found = page.locator(".etwinner")
    await expect(found).to_have_count(1)
    await expect(found).to_contain_text(PAUL.name)
    await found.get_by_role("button", name=f"Invite: {PAUL.name}").click()
    await expect(member_row(page, PAUL.name)).to_contain_text("Teacher")
    await expect(found).to_contain_text("Member of this space")
    await day.check(page, "invite-colleague")
    # The colleague's own page lists the space.
    colleague = teacher_page(day.paul)
    await colleague.reload()
    await expect(colleague.get_by_role("link", name=SPACE)).to_be_visible()


async def teacher_adds_a_class_from_a_pasted_list(day: Day) -> None:
    page = teacher_page(day.claire)
    await page.get_by_label("Pupils\u2019 names").fill("\n".join(CLASS))
    await page.get_by_role("button", name="Add the class").click()
    await expect(page.locator(".login-card")).to_have_count(len(CLASS))
    await expect(
        page.get_by_role("status").filter(has_text=f"{len(CLASS)} pupils were added.")
    ).to_be_visible()
    await day.check(page, "class-cards")


async def teacher_prints_the_login_cards(day: Day) -> None:
    """The print button, then the page as printed: the codes are read off the cards."""
    page = teacher_page(day.claire)
    await page.get_by_role("button", name="Print the cards").click()
    await page.emulate_media(media="print")
    await expect(page.locator(".member-list")).to_be_hidden()
    cards = page.locator(".login-card")
    for index in range(len(CLASS)):
        card = cards.nth(index)
        await expect(card.locator(".card-code")).to_be_visible()
        name = await card.locator(".card-name").inner_text()
        username = await card.locator(".card-username").inner_text()
        code = await card.locator(".card-code").inner_text()
        day.cards[name] = (username, code)
    assert sorted(day.cards) == sorted(CLASS)
    # The printed cards alone: a full-page picture would keep the screen layout's height.
    day.shots += 1
    if SCREENSHOTS_WANTED:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        picture = SCREENSHOTS / f"first-day-{day.shots:02d}-printed-cards.png"
        await page.locator(".login-cards").screenshot(path=str(picture))
    await page.emulate_media(media="screen")
    await page.get_by_role("button", name="Done: hide the codes").click()
    await expect(cards).to_have_count(0)


async def teacher_creates_and_copies_a_guest_link(day: Day) -> None:
    page = teacher_page(day.claire)
    await page.get_by_role("tab", name="Guest links").click()
    await page.get_by_label("Valid for").select_option(label="3 days")
    await page.get_by_label("Number of uses").fill("1")
    await page.get_by_label("Note (who it is for)").fill("River expert")
    await page.get_by_role("button", name="Create the link").click()
    await expect(page.get_by_label("The new link")).to_be_focused()
    await page.get_by_role("button", name="Copy", exact=True).click()
    await expect(page.get_by_text("The link was copied.")).to_be_visible()
    day.guest_link = await page.evaluate("navigator.clipboard.readText()")
    # The link carries the teacher's page language: the guest's page opens in it.
    assert day.guest_link.startswith(f"{day.site.base}/?lang=en#/invite/")
    # One use allowed: "time", not "times" (the plural follows the limit).
    await expect(page.locator(".link-item .meta").first).to_have_text("used 0 of 1 time")
    await day.check(page, "guest-link")


async def teacher_starts_a_forum_thread(day: Day) -> None:
    page = teacher_page(day.claire)
    await page.get_by_role("tab", name="Forum").click()
    await page.get_by_label("Thread title").fill("Our river")
    await page.get_by_label("First post").fill("Tell us about the river of your town.")
    await page.get_by_role("button", name="Start the thread").click()
    await expect(page.locator(".thread-link", has_text="Our river")).to_be_visible()


async def pupil_signs_in_with_the_card_and_posts(day: Day) -> Page:
    username, code = day.cards["Léa Martin"]
    page = await day.new_page()
    await page.get_by_label("Username").fill(username)
    await page.get_by_label("Code").fill(code)
    await day.check(page, "pupil-sign-in")
    await page.get_by_role("button", name="Sign in as a pupil").click()
    await page.get_by_role("link", name=SPACE).click()
    await page.get_by_role("tab", name="Forum").click()
    await page.locator(".thread-link", has_text="Our river").click()
    await page.get_by_label("Your reply").fill("The Rhône is very wide here.")
    await page.get_by_role("button", name="Post reply").click()
    published = page.locator(".post").filter(has=page.locator(".post-body", has_text="wide"))
    await expect(published).to_be_visible()
    await expect(published.locator(".state-note")).to_have_count(0)
    return page


async def teacher_turns_on_premoderation(day: Day) -> None:
    page = teacher_page(day.claire)
    await page.get_by_role("tab", name="Settings").click()
    await page.get_by_label("Hold pupils\u2019 posts until a teacher approves them").check()
    await page.get_by_role("button", name="Save").click()
    await expect(page.get_by_text("The settings were saved.")).to_be_visible()
    await day.check(page, "premoderation")


async def pupil_post_is_held(day: Day, pupil: Page) -> None:
    await pupil.get_by_label("Your reply").fill("I drew the bridge.")
    await pupil.get_by_role("button", name="Post reply").click()
    await expect(pupil.get_by_role("status")).to_contain_text("A teacher will read your post")
    held = pupil.locator(".post").filter(has=pupil.locator(".post-body", has_text="the bridge"))
    await expect(held.locator(".state-note")).to_have_text("waiting for a teacher")
    await day.check(pupil, "pupil-held")
    # The teacher sees it waiting in the forum's moderation queue.
    page = teacher_page(day.claire)
    await page.get_by_role("tab", name="Forum").click()
    moderation = page.get_by_role("button", name="Moderation")
    await expect(moderation).to_contain_text("1 waiting for moderation")


async def guest_joins_with_the_copied_link(day: Day) -> None:
    page = await day.new_page(day.guest_link.removeprefix(f"{day.site.base}/"))
    await expect(page.get_by_text(f"You are invited to “{SPACE}”.")).to_be_visible()
    await page.get_by_label("Your name").fill("Marie Curie")
    await page.get_by_label("E-mail address").fill("marie@museum.example")
    await page.get_by_label("Password").fill(PASSWORD)
    await day.check(page, "guest-invitation")
    await page.get_by_role("button", name="Accept the invitation").click()
    await page.get_by_role("heading", name="My spaces").wait_for()
    await expect(page.get_by_role("link", name=SPACE)).to_be_visible()


async def teacher_gives_a_pupil_a_new_code(day: Day) -> None:
    page = teacher_page(day.claire)
    await page.get_by_role("tab", name="Members").click()
    await expect(member_row(page, "Marie Curie")).to_contain_text("Guest")
    await member_row(page, "Tom Petit").get_by_role("button", name="New code: Tom Petit").click()
    dialog = page.get_by_role("dialog")
    await expect(dialog).to_contain_text("The old code stops working at once")
    await dialog.get_by_role("button", name="Make a new code").click()
    card = page.locator(".login-card")
    await expect(card).to_have_count(1)
    new_code = await card.locator(".card-code").inner_text()
    assert new_code != day.cards["Tom Petit"][1]
    await page.get_by_role("button", name="Done: hide the codes").click()


async def teacher_exports_and_erases_a_pupil(day: Day) -> None:
    page = teacher_page(day.claire)
    row = member_row(page, "Noah Bernard")
    async with page.expect_download() as download:
        await row.get_by_role("link", name="Export data: Noah Bernard").click()
    assert (await (await download.value).path()).stat().st_size > 0
    await row.get_by_role("button", name="Erase account: Noah Bernard").click()
    dialog = page.get_by_role("dialog")
    await expect(dialog).to_contain_text("This cannot be undone.")
    await dialog.get_by_label("Keep them, shown as by “former pupil”").check()
    await dialog.get_by_label("Keep them, owned by “former pupil”").check()
    await dialog.get_by_role("button", name="Erase the account").click()
    await expect(page.get_by_text("The account of Noah Bernard was erased.")).to_be_visible()
    await expect(member_row(page, "Noah Bernard")).to_have_count(0)
    await day.check(page, "members")


async def teacher_reads_the_day_in_the_audit_log(day: Day) -> None:
    page = teacher_page(day.claire)
    await page.get_by_role("tab", name="Audit log").click()
    log = page.locator(".audit-table")
    for entry in (
        "Created the space",
        f"Invited {PAUL.name} as Teacher",
        "Created the pupil Léa Martin",
        "Created the pupil Tom Petit",
        "Created a guest link",
        "Changed the space\u2019s settings",
        "Joined with a guest link",
        "Gave Tom Petit a new login code",
        # Erased, Noah is no longer named anywhere, the log included.
        "Created the pupil a former member",
        "Exported the data of a former member",
        "Erased a pupil\u2019s account",
    ):
        await expect(log).to_contain_text(entry)
    await expect(log).not_to_contain_text("Noah Bernard")
    await day.check(page, "audit-log")


async def test_a_first_school_day_from_an_empty_server(site: Site) -> None:
    day = Day(site)
    await operator_creates_the_national_admin(day)

    day.claire = await teacher_registers(day, CLAIRE, pictured=True)
    await national_admin_validates(day, CLAIRE, pictured=True)
    await validated_teacher_checks_again(day.claire)
    day.paul = await teacher_registers(day, PAUL, pictured=False)
    await national_admin_validates(day, PAUL, pictured=False)
    await validated_teacher_checks_again(day.paul)

    await teacher_creates_a_twinspace(day)
    await teacher_invites_a_colleague(day)
    await teacher_adds_a_class_from_a_pasted_list(day)
    await teacher_prints_the_login_cards(day)
    await teacher_creates_and_copies_a_guest_link(day)

    await teacher_starts_a_forum_thread(day)
    pupil = await pupil_signs_in_with_the_card_and_posts(day)
    await teacher_turns_on_premoderation(day)
    await pupil_post_is_held(day, pupil)
    await guest_joins_with_the_copied_link(day)

    await teacher_gives_a_pupil_a_new_code(day)
    await teacher_exports_and_erases_a_pupil(day)
    await teacher_reads_the_day_in_the_audit_log(day)
