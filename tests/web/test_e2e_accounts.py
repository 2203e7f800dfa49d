"""The account screens (issue 17) in real Chromium: registration and the pending screen, the
national admin's console, forgot my password (through the mail folder and a real SMTP relay),
My account, and signing out everywhere. Each screen is checked with axe-core, at 360 px and at
desktop width, in English and French, and left as a screenshot."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from playwright.async_api import Page, ViewportSize, async_playwright, expect

from server.clock import FakeClock
from server.config import Settings
from server.mail import MailSettings
from tests.http.conftest import PASSWORD, ok
from tests.http.mail_support import mail_to, reset_link
from tests.realtime.conftest import serve
from tests.smtp_support import smtp_relay
from tests.support import eventually

from .conftest import (
    CHROMIUM_ARGS,
    Site,
    audit,
    chromium_or_fail,
    screenshot,
    sign_in_pupil,
)

SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
NEW_PASSWORD = "a brand new password"
PHONE: ViewportSize = {"width": 360, "height": 740}
DESKTOP: ViewportSize = {"width": 1100, "height": 760}


async def check_screen(page: Page, name: str) -> None:
    """No serious axe-core violation and no sideways scrolling, at desktop width and at 360 px;
    a screenshot of each."""
    assert await audit(page) == [], name
    await screenshot(page, name)
    await page.set_viewport_size(PHONE)
    overflow = await page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{name} scrolls sideways at 360 px by {overflow} px"
    assert await audit(page) == [], f"{name} at 360 px"
    await screenshot(page, f"{name}-360")
    await page.set_viewport_size(DESKTOP)


async def sign_in(page: Page, email: str, password: str = PASSWORD) -> None:
    await page.get_by_label("E-mail address").fill(email)
    await page.get_by_label("Password", exact=True).fill(password)
    await page.get_by_role("button", name="Sign in", exact=True).click()


async def register_by_api(site: Site, name: str, country: str = "FR") -> dict[str, Any]:
    return await site.live.world.register(name, country)


def data_dir(site: Site) -> Path:
    return Path(site.ctx.settings.data_dir)


async def test_teacher_registers_and_the_pending_screen_says_who_validates(site: Site) -> None:
    person = await site.person()
    page = await person.page()
    await page.get_by_role("link", name="No account yet? Create an eTwinner account").click()
    await expect(page.get_by_role("heading", name="Create an eTwinner account")).to_be_visible()

    # Nothing filled in: each field says what is missing, next to it, and the first is focused.
    await page.get_by_role("button", name="Create my account").click()
    name = page.get_by_label("Your name")
    await expect(name).to_be_focused()
    await expect(name).to_have_attribute("aria-invalid", "true")
    await expect(page.locator("[data-field=display_name] .field-error")).to_have_text(
        "Fill in this field."
    )
    await expect(page.locator("[data-field=country] .field-error")).to_have_text(
        "Fill in this field."
    )
    await check_screen(page, "register")

    await name.fill("Claire Dupont")
    await page.get_by_label("E-mail address").fill("claire@school.example")
    await page.get_by_label("Password", exact=True).fill("short")
    await page.get_by_label("School").fill("Collège Jules Verne")
    await page.get_by_label("Country").select_option(label="France")
    await page.get_by_role("button", name="Create my account").click()
    await expect(page.locator("[data-field=password] .field-error")).to_have_text(
        "Use at least 10 characters."
    )
    await page.get_by_label("Password", exact=True).fill(PASSWORD)
    await page.get_by_role("button", name="Create my account").click()

    await expect(
        page.get_by_role("heading", name="Your account is waiting for validation")
    ).to_be_visible()
    await expect(page.locator("main")).to_contain_text(
        "The national admin of your country (France) checks"
    )
    await expect(page.get_by_role("heading", name="My spaces")).to_have_count(0)
    await check_screen(page, "pending")
    # The brand's link to "My spaces" leads a pending teacher back here.
    await page.goto(f"{site.base}/#/spaces")
    await expect(
        page.get_by_role("heading", name="Your account is waiting for validation")
    ).to_be_visible()

    # Validated meanwhile: "Check again" takes the teacher to their spaces.
    world = site.live.world
    admin = await world.national_admin("FR")
    [pending] = ok(await admin.get("/api/admin/pending-teachers"))
    assert pending["language"] == "en"
    ok(await admin.post(f"/api/admin/accounts/{pending['id']}/validate", {}))
    await page.get_by_role("button", name="Check again").click()
    await expect(page.get_by_role("heading", name="My spaces")).to_be_visible()


@SQLITE_ONLY
async def test_registration_and_pending_screen_in_french(site: Site) -> None:
    person = await site.person("fr-FR")
    page = await person.page("#/register")
    await expect(page.get_by_role("heading", name="Créer un compte eTwinner")).to_be_visible()
    await expect(page.get_by_label("Pays").locator("option", has_text="Allemagne")).to_have_count(1)
    await page.get_by_label("Adresse e-mail").fill("pas-une-adresse")
    await page.get_by_role("button", name="Créer mon compte").click()
    await expect(page.locator("[data-field=email] .field-error")).to_have_text(
        "Écrivez une adresse e-mail comme nom@ecole.eu."
    )
    await expect(page.locator("[data-field=school] .field-error")).to_have_text(
        "Remplissez ce champ."
    )
    await check_screen(page, "register-fr")
    # Keyboard only, from a fresh screen: the focus starts on the heading, Tab walks the fields
    # in order, a letter picks the country, Enter on the button sends.
    await page.reload()
    await expect(page.get_by_role("heading", name="Créer un compte eTwinner")).to_be_focused()
    for text in ("Élodie Martin", "elodie@school.example", PASSWORD, "Lycée Victor Hugo"):
        await page.keyboard.press("Tab")
        await page.keyboard.type(text)
    await page.keyboard.press("Tab")
    await expect(page.get_by_label("Pays")).to_be_focused()
    await page.keyboard.press("B")
    await expect(page.get_by_label("Pays")).to_have_value("BE")
    await page.keyboard.press("Tab")
    await expect(page.get_by_role("button", name="Créer mon compte")).to_be_focused()
    await page.keyboard.press("Enter")
    await expect(
        page.get_by_role("heading", name="Votre compte attend d\u2019être validé")
    ).to_be_visible()
    await expect(page.locator("main")).to_contain_text("(Belgique)")
    await check_screen(page, "pending-fr")
    # Mail to this teacher will be in French: the page said which language it spoke.
    admin = await site.live.world.national_admin("BE")
    [pending] = ok(await admin.get("/api/admin/pending-teachers"))
    assert pending["language"] == "fr"


@SQLITE_ONLY
async def test_national_admin_validates_in_bulk_and_rejects_with_a_reason(site: Site) -> None:
    world = site.live.world
    ana = await register_by_api(site, "Ana Martin")
    bob = await register_by_api(site, "Bob Leroy")
    eve = await register_by_api(site, "Eve Moreau")
    await register_by_api(site, "Hans Weber", "DE")  # another country: never shown
    admin = await world.national_admin("FR")

    person = await site.person()
    page = await person.page()
    await sign_in(page, admin.account["email"])
    await expect(page.get_by_role("heading", name="National admin console")).to_be_visible()
    await expect(page.get_by_role("heading", name="My spaces")).to_have_count(0)
    await expect(page.locator(".pending-item")).to_have_count(3)
    await expect(page.locator("main")).to_contain_text("3 teachers are waiting.")
    await expect(page.locator("main")).not_to_contain_text("Hans Weber")
    await expect(page.locator(".pending-item").first).to_contain_text("School: Ecole Jules Verne")
    await check_screen(page, "admin-console")

    # Keyboard only: tick Ana and Bob with the space bar, validate with Enter.
    for name in ("Ana Martin", "Bob Leroy"):
        box = page.get_by_role("checkbox", name=name)
        await box.focus()
        await page.keyboard.press("Space")
        await expect(box).to_be_checked()
    await page.get_by_role("button", name="Validate the selected").focus()
    await page.keyboard.press("Enter")
    await expect(page.locator("#pending-form .message-success")).to_have_text(
        "2 teachers validated."
    )
    await expect(page.locator(".pending-item")).to_have_count(1)
    await expect(page.locator("main")).to_contain_text("1 teacher is waiting.")

    # Eve's registration is rejected, with a reason asked first.
    await page.get_by_role("checkbox", name="Eve Moreau").check()
    await page.get_by_role("button", name="Reject the selected…").click()
    dialog = page.get_by_role("dialog")
    reason = dialog.get_by_label("Reason for the rejection")
    await expect(reason).to_be_focused()
    await expect(dialog).to_contain_text("Reject the registration of Eve Moreau?")
    await dialog.get_by_role("button", name="Reject 1 registration").click()
    await expect(dialog.locator(".field-error")).to_have_text("Fill in this field.")
    await check_screen(page, "admin-reject")
    await reason.fill("Not a teacher at this school")
    await dialog.get_by_role("button", name="Reject 1 registration").click()
    await expect(page.locator("#pending-form .message-success")).to_have_text(
        "1 registration rejected."
    )
    await expect(page.locator(".pending-item")).to_have_count(0)

    for account, status in ((ana, "active"), (bob, "active"), (eve, "rejected")):
        found = ok(await admin.get(f"/api/admin/accounts?q={account['email']}"))
        assert found["accounts"][0]["status"] == status
    # The rejected teacher is told so, plainly, when signing in.
    rejected = await site.person()
    rpage = await rejected.page()
    await sign_in(rpage, eve["email"])
    await expect(rpage.get_by_role("alert")).to_contain_text(
        "The national admin of your country did not accept this registration"
    )
    await check_screen(rpage, "login-rejected")


@SQLITE_ONLY
async def test_national_admin_console_in_french(site: Site) -> None:
    await register_by_api(site, "Ana Martin")
    admin = await site.live.world.national_admin("FR")
    person = await site.person("fr-FR")
    page = await person.page()
    await page.get_by_label("Adresse e-mail").fill(admin.account["email"])
    await page.get_by_label("Mot de passe").fill(PASSWORD)
    await page.get_by_role("button", name="Se connecter", exact=True).click()
    await expect(
        page.get_by_role("heading", name="Console de l\u2019administrateur national")
    ).to_be_visible()
    await expect(page.locator("main")).to_contain_text("1 enseignant attend.")
    await expect(page.locator("main")).to_contain_text("Pays : France")
    await check_screen(page, "admin-console-fr")


@SQLITE_ONLY
async def test_national_admin_suspends_after_confirming_and_the_session_ends(site: Site) -> None:
    world = site.live.world
    ana = await world.etwinner("Ana Martin")
    admin = await world.national_admin("FR")
    teacher = await site.person()
    tpage = await teacher.page()
    await sign_in(tpage, ana.account["email"])
    await expect(tpage.get_by_role("heading", name="My spaces")).to_be_visible()

    person = await site.person()
    page = await person.page()
    await sign_in(page, admin.account["email"])
    await page.get_by_label("Name, e-mail address or school").fill("ana")
    await page.get_by_role("button", name="Search", exact=True).click()
    row = page.locator(".account-item").filter(has_text="Ana Martin")
    await expect(row).to_contain_text("active")
    await row.get_by_role("button", name="Suspend Ana Martin…").click()
    dialog = page.get_by_role("dialog")
    await expect(dialog).to_contain_text("They are signed out everywhere at once")
    await dialog.get_by_role("button", name="Yes, suspend").click()
    await expect(dialog.locator(".field-error")).to_have_text("Fill in this field.")
    await check_screen(page, "admin-suspend")
    await dialog.get_by_label("Reason for the suspension").fill("A complaint from the school")
    await dialog.get_by_role("button", name="Yes, suspend").click()
    await expect(page.locator("#search-form .message-success")).to_have_text(
        "Ana Martin is suspended."
    )
    await expect(row).to_contain_text("suspended")

    # The teacher's open page is signed out at once, and signing in says why.
    await expect(tpage.get_by_role("heading", name="Sign in")).to_be_visible()
    await expect(tpage.get_by_role("alert")).to_have_text(
        "This account can no longer be used. Sign in again to see why."
    )
    await sign_in(tpage, ana.account["email"])
    await expect(tpage.get_by_role("alert")).to_contain_text("has suspended this account")

    await row.get_by_role("button", name="Reinstate Ana Martin…").click()
    await page.get_by_role("dialog").get_by_role("button", name="Reinstate", exact=True).click()
    await expect(page.locator("#search-form .message-success")).to_have_text(
        "Ana Martin is reinstated."
    )
    await sign_in(tpage, ana.account["email"])
    await expect(tpage.get_by_role("heading", name="My spaces")).to_be_visible()


async def reset_through_the_page(page: Page, base: str, link: str) -> None:
    await page.goto(base + link[link.index("/#/") :])
    await expect(page.get_by_role("heading", name="Choose a new password")).to_be_visible()
    await page.get_by_label("New password", exact=True).fill(NEW_PASSWORD)
    await page.get_by_label("New password again").fill("something else entirely")
    await page.get_by_role("button", name="Save the new password").click()
    await expect(page.locator("[data-field=confirm] .field-error")).to_have_text(
        "The two passwords are not the same."
    )
    await page.get_by_label("New password again").fill(NEW_PASSWORD)
    await page.get_by_role("button", name="Save the new password").click()
    await expect(page.get_by_role("status")).to_contain_text("Your password has been changed.")


@SQLITE_ONLY
async def test_forgot_password_through_the_mail_folder(site: Site) -> None:
    ana = await site.live.world.etwinner("Ana Martin")
    other = await site.person()
    opage = await other.page()
    await sign_in(opage, ana.account["email"])
    await expect(opage.get_by_role("heading", name="My spaces")).to_be_visible()

    person = await site.person()
    page = await person.page()
    await expect(page.locator("form").nth(1)).to_contain_text(
        "Forgot your code? Ask your teacher for a new one."
    )
    await page.get_by_role("link", name="Forgot your password?").click()
    await expect(page.get_by_role("heading", name="Forgot your password?")).to_be_visible()
    await expect(page.locator("main")).to_contain_text("Ask your teacher for a new code.")
    await page.get_by_label("E-mail address").fill(ana.account["email"])
    await page.get_by_role("button", name="Send me a link").click()
    await expect(page.get_by_role("status")).to_contain_text("If an account has this address")
    await check_screen(page, "forgot")

    [mail] = await mail_to(data_dir(site), ana.account["email"])
    link, _ = reset_link(mail)
    assert link.startswith(site.base)
    await reset_through_the_page(page, site.base, link)
    await check_screen(page, "reset-done")
    # The old password is gone, the other browser's session too; the new one opens.
    await expect(opage.get_by_role("heading", name="Sign in")).to_be_visible()
    await sign_in(page, ana.account["email"], NEW_PASSWORD)
    await expect(page.get_by_role("heading", name="My spaces")).to_be_visible()
    # The link was for one use.
    await page.goto(base_link(site.base, link))
    await page.get_by_label("New password", exact=True).fill("yet another password")
    await page.get_by_label("New password again").fill("yet another password")
    await page.get_by_role("button", name="Save the new password").click()
    await expect(page.get_by_role("alert")).to_have_text(
        "This link has expired or was used already. Ask for a new one."
    )
    await check_screen(page, "reset-gone")


def base_link(base: str, link: str) -> str:
    return base + link[link.index("/#/") :]


@pytest.fixture
async def smtp_site(tmp_path: Path) -> AsyncIterator[tuple[Site, Any]]:
    """A site whose mail goes through a real SMTP relay on loopback (STARTTLS and a login)."""
    executable = chromium_or_fail()
    with smtp_relay(login=True, starttls_in=tmp_path) as relay:
        mail = MailSettings(
            smtp_host=relay.host,
            smtp_port=relay.port,
            smtp_user="twinspace",
            smtp_password="relay secret",
            smtp_ca_file=str(tmp_path / "relay.crt"),
            public_url="https://twinspace.example",
        )
        url = f"sqlite+aiosqlite:///{tmp_path}/twinspace.sqlite3"
        settings = Settings(database_url=url, data_dir=tmp_path, cheap_hashing=True, mail=mail)
        async with serve(settings, FakeClock()) as live, async_playwright() as playwright:
            browser = await playwright.chromium.launch(
                executable_path=executable, headless=True, args=CHROMIUM_ARGS
            )
            base = live.ws_url.removeprefix("ws://").removesuffix("/ws")
            site = Site(live, browser, f"http://{base}")
            try:
                yield site, relay
            finally:
                problems = await site.close()
            assert not problems, problems


async def test_forgot_password_through_a_real_smtp_relay(
    smtp_site: tuple[Site, Any],
) -> None:
    site, relay = smtp_site
    ana = await site.live.world.etwinner("Ana Martin")
    person = await site.person("fr-FR")
    page = await person.page("#/forgot")
    await expect(page.get_by_role("heading", name="Mot de passe oublié ?")).to_be_visible()
    await page.get_by_label("Adresse e-mail").fill(ana.account["email"])
    await page.get_by_role("button", name="M\u2019envoyer un lien").click()
    await expect(page.get_by_role("status")).to_contain_text("Si un compte a cette adresse")
    await check_screen(page, "forgot-fr")
    await eventually("the relay got the mail", lambda: bool(relay.received.messages))
    [mail] = relay.received.messages
    link, _ = reset_link(mail)
    assert link.startswith("https://twinspace.example/#/reset/")
    await page.goto(base_link(site.base, link))
    await expect(
        page.get_by_role("heading", name="Choisir un nouveau mot de passe")
    ).to_be_visible()
    await check_screen(page, "reset-fr")
    await page.get_by_label("Nouveau mot de passe", exact=True).fill(NEW_PASSWORD)
    await page.get_by_label("Nouveau mot de passe, à nouveau").fill(NEW_PASSWORD)
    await page.get_by_role("button", name="Enregistrer le nouveau mot de passe").click()
    await expect(page.get_by_role("status")).to_contain_text("Votre mot de passe a été changé.")
    ok(
        await site.live.world.client.post(
            "/api/auth/login", json={"email": ana.account["email"], "password": NEW_PASSWORD}
        )
    )


async def open_my_account(page: Page) -> None:
    await page.get_by_role("link", name="My account").click()
    await expect(page.get_by_role("heading", name="My account")).to_be_visible()


@SQLITE_ONLY
async def test_my_account_changes_the_name_and_the_password(site: Site) -> None:
    ana = await site.live.world.etwinner("Ana Martin")
    person = await site.person()
    page = await person.page()
    await sign_in(page, ana.account["email"])
    await open_my_account(page)
    await check_screen(page, "account")

    name = page.get_by_label("Name others see")
    await name.fill("")
    await page.get_by_role("button", name="Save the name").click()
    await expect(page.locator("[data-field=display_name] .field-error")).to_have_text(
        "Fill in this field."
    )
    await name.fill("Ana Martin-Leroy")
    await page.get_by_role("button", name="Save the name").click()
    await expect(page.get_by_text("Your name has been saved.")).to_be_visible()
    await expect(page.locator("#who")).to_have_text("Signed in as Ana Martin-Leroy")

    await page.get_by_label("Current password").fill("not my password at all")
    await page.get_by_label("New password", exact=True).fill(NEW_PASSWORD)
    await page.get_by_label("New password again").fill(NEW_PASSWORD)
    await page.get_by_role("button", name="Change the password").click()
    current = page.locator("[data-field=current_password]")
    await expect(current.locator(".field-error")).to_have_text("This is not your current password.")
    await expect(current.get_by_label("Current password")).to_be_focused()
    await check_screen(page, "account-errors")
    await page.get_by_label("Current password").fill(PASSWORD)
    await page.get_by_role("button", name="Change the password").click()
    await expect(page.get_by_text("Your password has been changed.")).to_be_visible()
    await expect(page.locator("[data-field=current_password] .field-error")).to_be_hidden()
    ok(
        await site.live.world.client.post(
            "/api/auth/login", json={"email": ana.account["email"], "password": NEW_PASSWORD}
        )
    )


@SQLITE_ONLY
async def test_my_account_in_french_and_for_a_pupil(site: Site) -> None:
    world = site.live.world
    teacher = await world.etwinner("Claire Dupont")
    space_id = await world.space(teacher)
    pupil = await site.pupil_credentials(teacher, space_id, "Léa Martin")
    person = await site.person("fr-FR")
    page = await person.page()
    await page.get_by_label("Adresse e-mail").fill(teacher.account["email"])
    await page.get_by_label("Mot de passe").fill(PASSWORD)
    await page.get_by_role("button", name="Se connecter", exact=True).click()
    await page.get_by_role("link", name="Mon compte").click()
    await expect(page.get_by_role("heading", name="Mon compte")).to_be_visible()
    await check_screen(page, "account-fr")
    # Switching the page's language while signed in is remembered for the account's mail.
    await page.get_by_label("Langue").select_option("en")
    await expect(page.get_by_role("heading", name="My account")).to_be_visible()

    async def remembered() -> bool:
        return bool(ok(await teacher.get("/api/me"))["language"] == "en")

    await eventually("the account's language is English", remembered)

    child = await site.person()
    cpage = await child.page()
    await sign_in_pupil(cpage, pupil)
    await open_my_account(cpage)
    await expect(cpage.locator(".readonly-name")).to_have_text("Léa Martin")
    await expect(cpage.locator("main")).to_contain_text(
        "Your teacher chose this name and keeps it."
    )
    await expect(cpage.get_by_label("Name others see")).to_have_count(0)
    await expect(cpage.get_by_label("Current password")).to_have_count(0)
    await check_screen(cpage, "account-pupil")


@SQLITE_ONLY
async def test_sign_out_everywhere_closes_the_session_in_another_browser(
    site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    world = site.live.world
    ana = await world.etwinner("Ana Martin")
    space_id = await world.space(ana)
    elsewhere = await site.person()
    epage = await elsewhere.page()
    await sign_in(epage, ana.account["email"])
    await expect(epage.get_by_role("heading", name="My spaces")).to_be_visible()
    await epage.goto(f"{site.base}/#/spaces/{space_id}")
    await expect(epage.locator(".online-count")).to_have_text("1 online")  # live socket open

    person = await site.person()
    page = await person.page()
    await sign_in(page, ana.account["email"])
    await open_my_account(page)
    await page.get_by_role("button", name="Sign out everywhere…").click()
    confirm = page.get_by_role("button", name="Yes, sign out everywhere")
    await expect(confirm).to_be_focused()
    await expect(page.locator(".confirm")).to_contain_text("anything not yet sent in them is lost")
    await check_screen(page, "account-sign-out-everywhere")
    await page.keyboard.press("Enter")
    await expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    await expect(page.get_by_role("status")).to_have_text(
        "You have been signed out on every device."
    )
    # The other browser's live connection was closed: its page is back at sign-in.
    await expect(epage.get_by_role("heading", name="Sign in")).to_be_visible()
    await expect(epage.get_by_role("alert")).to_have_text(
        "You were signed out. Please sign in again."
    )
    assert (await world.client.get("/api/me")).status_code == 401
    # Closed by the command sent with the sign-out, not by the periodic sweep's backstop.
    assert "no command had" not in caplog.text


@SQLITE_ONLY
async def test_two_navigations_in_a_row_leave_the_second_screen_as_drawn(site: Site) -> None:
    # "Sign out everywhere" closes the page's own socket as the request is answered: both go
    # to sign-in, one after the other. The screen the second drew (with its message) must not be
    # drawn again by a late event of the first, which would erase that message.
    world = site.live.world
    ana = await world.etwinner("Ana Martin")
    person = await site.person()
    page = await person.page()
    await sign_in(page, ana.account["email"])
    await open_my_account(page)
    survived = await page.evaluate(
        """async () => {
            const { navigate } = await import("/web/js/router.js");
            navigate("/login");
            navigate("/login");
            const marker = document.createElement("span");
            marker.id = "drawn-once";
            document.querySelector("main").append(marker);
            for (let i = 0; i < 3; i += 1) {
              await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 20)));
            }
            return document.getElementById("drawn-once") !== null;
        }"""
    )
    assert survived, "the sign-in screen was drawn again after the second navigation"
