"""The sweep that finds the next unfinished corner of the page (issue 18, "Done when").

Each role (a teacher who founded the space, a pupil, a guest, a national admin, a teacher
whose account waits for validation, and nobody signed in) visits every screen it is served,
in English and in French, at 360 px and at 1280 px. A screen fails on horizontal overflow,
on a visible `null`/`undefined`/`NaN`/`[object Object]`, on any visible text (or accessible
label) that is neither from the catalogue in the page's language nor data this test created
(tests/web/page_sweep.js says how that is decided), and on an axe-core serious or
critical violation.

A new screen is one line in ``ROUTES``: its address (with ``{space}``, ``{session}``,
``{invitation}`` filled in), who visits it, and what shows once it has loaded.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from playwright.async_api import Page, expect

from tests.http.conftest import PASSWORD, ApiUser, ok

from .conftest import Site, audit, screenshot

SWEEP_JS = (Path(__file__).parent / "page_sweep.js").read_text(encoding="utf-8")
WIDTHS = (360, 1280)
LANGUAGES = ("en", "fr")

TEACHER, PUPIL, GUEST, ADMIN, NOBODY = "teacher", "pupil", "guest", "national admin", "nobody"
PENDING = "pending teacher"
MEMBERS = frozenset({TEACHER, PUPIL, GUEST})
SIGNED_IN = MEMBERS | {ADMIN, PENDING}
EVERYONE = SIGNED_IN | {NOBODY}
#: The founder last: its cards view gives the pupil a new code (the pupil has swept by then).
SWEEP_ORDER = (NOBODY, PUPIL, GUEST, ADMIN, PENDING, TEACHER)

#: A step into a view without an address of its own; it returns the data it made (a new code).
Step = Callable[[Page], Awaitable[list[str]]]


async def open_thread(page: Page) -> list[str]:
    await page.locator(".thread-link").first.click()
    return []


async def show_login_cards(page: Page) -> list[str]:
    """The founder gives the pupil a new code: the login cards view shows it, once."""
    pupil = page.locator(".member").filter(has_text=WORDS["pupil"])
    await pupil.locator(".member-actions button[type=button]").first.click()
    await page.locator("dialog [data-action=confirm]").click()
    code = await page.locator(".login-card .card-code").first.text_content()
    return [code or ""]


@dataclasses.dataclass(frozen=True)
class Route:
    """One screen: where it is, who it serves, what shows once loaded (a CSS selector), and
    an optional step to take first (a click into a view that has no address of its own)."""

    name: str
    fragment: str
    roles: frozenset[str]
    ready: str
    step: Step | None = None


ROUTES = [
    Route("sign-in", "#/login", frozenset({NOBODY}), "#pupil-code"),
    Route("invitation", "#/invite/{invitation}", frozenset({NOBODY}), "#invite-name"),
    Route("page not found", "#/no/such/page", EVERYONE, "main h1"),
    Route("register", "#/register", frozenset({NOBODY}), "form select"),
    Route("forgot password", "#/forgot", frozenset({NOBODY}), "form input"),
    Route("my spaces", "#/spaces", MEMBERS, ".space-list:not(:empty), .empty:not([hidden])"),
    Route("waiting for validation", "#/pending", frozenset({PENDING}), "#pending-who"),
    Route("my account", "#/account", SIGNED_IN, "#account-everywhere-heading"),
    Route("admin console", "#/admin", frozenset({ADMIN}), "#pending-form, .account-list li"),
    Route("missing space", "#/spaces/999999", SIGNED_IN - {PENDING}, "main [role=alert]"),
    # The founder's Members tab has every admin control: roles, codes, export, erase, the
    # partner search and the pupils' forms.
    Route("members", "#/spaces/{space}/members", MEMBERS, ".member-list li"),
    Route(
        "login cards",
        "#/spaces/{space}/members",
        frozenset({TEACHER}),
        ".login-card",
        step=show_login_cards,
    ),
    Route("guest links", "#/spaces/{space}/invitations", frozenset({TEACHER}), ".link-item"),
    Route("settings", "#/spaces/{space}/settings", frozenset({TEACHER}), "#delete-heading"),
    Route("audit log", "#/spaces/{space}/audit", frozenset({TEACHER}), ".audit-table tbody tr"),
    Route("chat", "#/spaces/{space}/chat", MEMBERS, ".chat-message"),
    Route(
        "teachers' bulletin",
        "#/spaces/{space}/teachers-chat",
        frozenset({TEACHER}),
        ".chat-empty, .chat-message",
    ),
    Route("video sessions", "#/spaces/{space}/video", MEMBERS, ".video-session-item"),
    Route("forum", "#/spaces/{space}/forum", MEMBERS, ".thread-item"),
    Route("forum thread", "#/spaces/{space}/forum", MEMBERS, ".post", step=open_thread),
    Route("files", "#/spaces/{space}/archive", MEMBERS, ".file-row"),
    # eTwinning Groups (issue 21): the directory, and a group's Members tab as its owner sees
    # it (the group's words for the roles, the requests, the bans, the paged list).
    Route("groups", "#/groups", frozenset({TEACHER}), ".group-card"),
    Route("group members", "#/spaces/{group}/members", frozenset({TEACHER}), ".member-list li"),
    # Another's closed group, as an eTwinner who is no member sees it: the request form.
    Route("group page", "#/groups/{other_group}", frozenset({TEACHER}), ".group-ask"),
    Route(
        "video session",
        "#/spaces/{space}/video/{session}",
        MEMBERS,
        ".video-grid li, .video-status:text-matches('lobby|attente')",
    ),
]

#: What the test writes into the space: names, titles, bodies. A long unbroken file name
#: and title test that nothing a person types widens the page.
LONG_FILE = "Exposé_" + "rivières-et-fleuves-" * 11 + "carte.pdf"
WORDS = {
    "space": "Rivers of Europe — Lyon & Kraków",
    "description": "Water in our two cities",
    "thread": "Our first river walk",
    "post": "We walked along the Rhône and counted the bridges.",
    "chat": "Bonjour tout le monde !",
    "folder": "Photos",
    "session": "Weekly call",
    "teacher": "Claire Dupont",
    "pupil": "Léa Martin",
    "guest": "Dr Ada Expert",
    "waiting": "Paul Petit",
    "group": "Rivers and oceans — a group of teachers",
    "topic": "Geography",
    "other group": "Science clubs across Europe",
    "other owner": "Nora Berg",
}


@dataclasses.dataclass
class World:
    teacher: ApiUser
    space_id: int
    session_id: int
    invitation: str
    logins: dict[str, dict[str, str]]
    data: list[str]
    group_id: int = 0
    other_group_id: int = 0


async def build(site: Site) -> World:
    world = site.live.world
    teacher = await world.etwinner(WORDS["teacher"])
    space_id = await world.space(teacher)
    base = f"/api/spaces/{space_id}"
    ok(await teacher.patch(base, {"title": WORDS["space"], "description": WORDS["description"]}))
    pupil = await site.pupil_credentials(teacher, space_id, WORDS["pupil"])
    guest = await world.guest(teacher, space_id, WORDS["guest"])
    admin = await world.national_admin("FR")
    waiting = await world.register(WORDS["waiting"])
    thread = {
        "area": "open",
        "title": WORDS["thread"],
        "body": WORDS["post"],
        "client_id": "sweep-thread-1",
    }
    ok(await teacher.post(f"{base}/forum/threads", thread), 201)
    chat_id = ok(await teacher.get(f"{base}/chat"))["id"]
    message = {"body": WORDS["chat"], "client_id": "sweep-chat-1"}
    ok(await teacher.post(f"{base}/chats/{chat_id}/messages", message), 201)
    ok(await teacher.post(f"{base}/folders", {"name": WORDS["folder"], "parent_id": None}), 201)
    uploaded = await teacher.client.post(
        f"{base}/files",
        params={"name": LONG_FILE},
        content=b"%PDF-1.4 a map of the rivers\n",
        headers={
            "Authorization": f"Bearer {teacher.token}",
            "Content-Type": "application/octet-stream",
        },
    )
    ok(uploaded, 201)
    started = ok(
        await teacher.post(f"{base}/video-sessions", {"title": WORDS["session"], "lobby": False}),
        201,
    )
    link = ok(await teacher.post(f"{base}/invitations", {"max_uses": 5}), 201)
    group = {"title": WORDS["group"], "topic": WORDS["topic"], "language": "en", "access": "closed"}
    group_id = ok(await teacher.post("/api/groups", group), 201)["id"]
    other_owner = await world.etwinner(WORDS["other owner"])
    other = {**group, "title": WORDS["other group"]}
    other_group_id = ok(await other_owner.post("/api/groups", other), 201)["id"]
    logins = {
        TEACHER: {"email": teacher.account["email"]},
        PUPIL: {"username": pupil["username"], "code": pupil["code"]},
        GUEST: {"email": guest.account["email"]},
        ADMIN: {"email": admin.account["email"]},
        PENDING: {"email": waiting["email"]},
    }
    emails = [teacher.account["email"], guest.account["email"], admin.account["email"]]
    emails.append(waiting["email"])
    host = site.base.removeprefix("http://")  # the login cards name the site
    data = [*WORDS.values(), LONG_FILE, "NSO FR", "Ecole Jules Verne", *emails, host]
    data.append(pupil["username"])
    session_id = started["session"]["id"]
    return World(
        teacher, space_id, session_id, link["token"], logins, data, group_id, other_group_id
    )


async def sign_in(page: Page, role: str, world: World) -> None:
    login = world.logins[role]
    if role == PUPIL:
        await page.locator("#pupil-username").fill(login["username"])
        await page.locator("#pupil-code").fill(login["code"])
        await page.locator("#pupil-code").press("Enter")
    else:
        await page.locator("#login-email").fill(login["email"])
        await page.locator("#login-password").fill(PASSWORD)
        await page.locator("#login-password").press("Enter")
    # Each lands on its home (home.js): My spaces, or a national admin's console.
    await page.locator("main:not([data-screen=login]) h1").wait_for()


async def visit(page: Page, route: Route, world: World) -> list[str]:
    """Show the route's screen; the data its step made, if any."""
    fragment = route.fragment.format(
        space=world.space_id,
        session=world.session_id,
        invitation=world.invitation,
        group=world.group_id,
        other_group=world.other_group_id,
    )
    await page.evaluate("(fragment) => { location.hash = fragment; }", fragment)
    made: list[str] = []
    if route.step is not None:
        await page.locator("main [role=tabpanel]:not([hidden]) h2").first.wait_for()
        made = await route.step(page)
    await page.locator(route.ready).first.wait_for()
    # Loaded: nothing says "Loading…" any more.
    loading = await page.evaluate("async () => (await import('/web/js/i18n.js')).t('app.loading')")
    await expect(page.locator("main")).not_to_contain_text(loading)
    return made


#: Planted in a clean screen, each must be reported (the sweep checks itself first): a
#: script run on <main> with one argument.
PLANT_TEXT = (
    "(main, text) => main.append(Object.assign(document.createElement('p'), {textContent: text}))"
)
PLANTED: dict[str, tuple[str, object]] = {
    "null": ("(main) => main.append(document.createTextNode('null'))", None),
    "schema": (PLANT_TEXT, "Expected `str` matching regex '\\S' - at `$.title`"),
    "server detail": (
        PLANT_TEXT,
        "Cela entre en conflit avec quelque chose qui existe déjà : 'Photos' is already there",
    ),
    "english on a french page": (PLANT_TEXT, "Staff room"),
    "label": (
        "(main) => main.append(Object.assign(document.createElement('button'), "
        "{textContent: 'Envoyer', ariaLabel: 'undefined'}))",
        None,
    ),
    "overflow": (
        "(main) => { const wide = document.createElement('div'); "
        "wide.style.inlineSize = '2400px'; wide.style.blockSize = '1px'; main.append(wide); }",
        None,
    ),
}


async def check(page: Page, data: list[str]) -> list[str]:
    found: list[str] = await page.evaluate(SWEEP_JS, {"userData": data})
    return found


async def sweep_reports_what_it_is_meant_to_find(page: Page, data: list[str]) -> None:
    """On a clean French sign-in screen, each planted fault is reported, alone."""
    assert await check(page, data) == []
    for name, (plant, argument) in PLANTED.items():
        await page.locator("main").evaluate(plant, argument)
        found = await check(page, data)
        assert len(found) == 1, (name, found)
        await page.reload()
        await page.locator("#login-email").wait_for()


async def sweep_as(site: Site, role: str, world: World) -> list[str]:
    """Every screen `role` is served, in each language and width: what is wrong with each."""
    problems: list[str] = []
    person = await site.person()
    page = await person.page()
    await page.locator("#login-email").wait_for()
    if role == NOBODY:
        await page.evaluate("() => localStorage.setItem('twinspace.lang', 'fr')")
        await page.reload()
        await page.locator("#login-email").wait_for()
        await sweep_reports_what_it_is_meant_to_find(page, world.data)
    else:
        await sign_in(page, role, world)
    for lang in LANGUAGES:
        await page.evaluate("(lang) => localStorage.setItem('twinspace.lang', lang)", lang)
        await page.reload()
        await page.locator("main h1").wait_for()
        for route in [r for r in ROUTES if role in r.roles]:
            where = f"{role}, {route.name}, {lang}"
            await page.set_viewport_size({"width": WIDTHS[-1], "height": 800})
            data = world.data + await visit(page, route, world)
            for width in WIDTHS:
                await page.set_viewport_size({"width": width, "height": 800})
                problems += [f"{where}, {width}px: {p}" for p in await check(page, data)]
            # axe-core once per screen and language, at the phone's width in French (the
            # longer words) and the desktop's in English: both widths, both languages.
            if lang == "fr":
                await page.set_viewport_size({"width": WIDTHS[0], "height": 800})
            problems += [
                f"{where}: axe {v['id']} ({v['impact']}) at {v['nodes']}" for v in await audit(page)
            ]
            name = f"sweep-{role}-{route.name}-{lang}".replace(" ", "-").replace("'", "")
            await screenshot(page, name)
    await person.context.close()
    site.people.remove(person)
    return problems


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_every_screen_for_every_role_language_and_width_is_clean(site: Site) -> None:
    world = await build(site)
    problems: list[str] = []
    for role in SWEEP_ORDER:
        problems += await sweep_as(site, role, world)
    assert not problems, "\n".join(problems)
