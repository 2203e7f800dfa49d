"""Every language the page has a catalogue for, on its main screens (issue 20, "Done when").

One Chromium, two pages reused throughout (nobody signed in, and the teacher who founded the
space): for each catalogue in web/locales, and for a pseudo-locale (English accented and 40 %
longer or more, tests/web/pseudo_locale.py, served in place of en.ftl), each main screen at 360 px
and 1280 px must not overflow sideways nor clip a control, and at 360 px every visible text
must come from that language's catalogue or the test's data (tests/web/page_sweep.js: no
English left on a Turkish page). Arabic is also mirrored (``dir=rtl``, the brand on the right)
and passes axe-core on every screen. The browser's plural categories must be the checker's.
"""

from __future__ import annotations

import os
import time

import pytest
from playwright.async_api import Page, Route

import web
from server.cli.catalogue import check, parse, plural_categories

from .conftest import Site, audit, screenshot
from .pseudo_locale import english_texts, pseudo_catalogue, pseudo_text
from .test_page_sweep import NOBODY, ROUTES, SWEEP_JS, TEACHER, WIDTHS, World, build, sign_in, visit

LOCALES = web.ROOT / "locales"
#: Every catalogue, or those TWINSPACE_TEST_LANGUAGES names ("is,ar": a quicker loop while
#: fixing one language's layout).
PRESENT = sorted(
    p.stem
    for p in LOCALES.glob("*.ftl")
    if p.stem in os.environ.get("TWINSPACE_TEST_LANGUAGES", p.stem).split(",")
)
#: The pseudo-locale's name in this test (the page knows it as English).
PSEUDO = "pseudo"
#: The sweep in parts, each a test of its own, so that pytest-xdist runs them side by side:
#: whole, it was the suite's longest test (82 s of 13 min) and ran alone at the end. Part 0
#: also takes the pseudo-locale.
PARTS = 4
#: The main screens of each role, by their names in test_page_sweep.ROUTES.
MAIN = {
    NOBODY: ["sign-in", "register"],
    TEACHER: [
        "my spaces",
        "members",
        "chat",
        "forum",
        "files",
        "settings",
        "my account",
        "groups",
        "group members",
        "events",
        "event",
    ],
}

#: Layout faults the catalogue check does not see: the page wider than the screen, a control
#: whose text is cut (its content wider than its box, which hides it).
LAYOUT_JS = """() => {
  const root = document.documentElement;
  const problems = [];
  if (root.scrollWidth > root.clientWidth) {
    // Name the innermost elements that stick out (the side they stick out of is the end).
    const rtl = getComputedStyle(root).direction === "rtl";
    const scrolled = (e) => {
      for (let up = e.parentElement; up && up !== root; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== "visible") return true;
      }
      return false;
    };
    const out = (e) => {
      const box = e.getBoundingClientRect();
      return (rtl ? box.left < -0.5 : box.right > root.clientWidth + 0.5) && !scrolled(e);
    };
    const name = (e) =>
      `<${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}` +
      `${e.className ? `.${String(e.className).split(" ").join(".")}` : ""}` +
      ` ${Math.round(e.getBoundingClientRect().width)}px in <${e.parentElement.className}>>`;
    const culprits = [...document.body.querySelectorAll("*")]
      .filter((e) => out(e) && ![...e.children].some(out))
      .slice(0, 3)
      .map(name);
    problems.push(
      `the page is ${root.scrollWidth}px wide in a ${root.clientWidth}px viewport: ${culprits}`,
    );
  }
  const controls = document.querySelectorAll("button, a, label, [role=tab], input[type=submit]");
  for (const control of controls) {
    if (!control.checkVisibility() || control.closest(".visually-hidden, [hidden]")) continue;
    const style = getComputedStyle(control);
    const cuts = style.overflowX !== "visible" || style.textOverflow === "ellipsis";
    if (cuts && control.scrollWidth > control.clientWidth + 1) {
      const text = control.textContent.trim().slice(0, 60);
      problems.push(`a clipped control: ${JSON.stringify(text)}`);
    }
  }
  return problems;
}"""

#: Right to left: the root's direction, and the top bar's brand on the right of its tools.
MIRRORED_JS = """() => {
  const root = document.documentElement;
  const brand = document.querySelector(".brand").getBoundingClientRect();
  const tools = document.querySelector(".topbar-tools").getBoundingClientRect();
  return {
    dir: root.dir,
    direction: getComputedStyle(document.body).direction,
    brandOnTheRight: brand.left > tools.left,
  };
}"""


async def use_language(page: Page, lang: str) -> None:
    """The page in `lang` (the pseudo-locale is English, as its route serves it)."""
    code = "en" if lang == PSEUDO else lang
    await page.evaluate("(lang) => localStorage.setItem('twinspace.lang', lang)", code)
    await page.reload()
    await page.locator("main h1").wait_for()
    assert await page.evaluate("document.documentElement.lang") == code


async def sweep_language(page: Page, role: str, lang: str, world: World) -> list[str]:
    problems: list[str] = []
    await use_language(page, lang)
    if lang != PSEUDO:
        browser = await page.evaluate(
            "(lang) => new Intl.PluralRules(lang).resolvedOptions().pluralCategories", lang
        )
        if set(browser) != plural_categories(lang):
            problems.append(f"{lang}: Chromium's plural categories {sorted(browser)}")
    routes = [r for r in ROUTES if r.name in MAIN[role]]
    for route in routes:
        where = f"{lang}, {role}, {route.name}"
        await page.set_viewport_size({"width": WIDTHS[-1], "height": 800})
        data = world.data + await visit(page, route, world)
        problems += [f"{where}, {WIDTHS[-1]}px: {p}" for p in await page.evaluate(LAYOUT_JS)]
        if lang == "ar":
            mirrored = await page.evaluate(MIRRORED_JS)
            if mirrored != {"dir": "rtl", "direction": "rtl", "brandOnTheRight": True}:
                problems.append(f"{where}: not mirrored: {mirrored}")
        await page.set_viewport_size({"width": WIDTHS[0], "height": 800})
        problems += [f"{where}, {WIDTHS[0]}px: {p}" for p in await page.evaluate(LAYOUT_JS)]
        found = await page.evaluate(SWEEP_JS, {"userData": data})
        problems += [f"{where}, {WIDTHS[0]}px: {p}" for p in found]
        if lang in ("ar", PSEUDO):
            problems += [
                f"{where}: axe {v['id']} ({v['impact']}) at {v['nodes']}" for v in await audit(page)
            ]
            await screenshot(page, f"languages-{lang}-{route.name}".replace(" ", "-"))
    return problems


@pytest.mark.parametrize("part", range(PARTS), ids=lambda part: f"part{part + 1}of{PARTS}")
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_every_language_fits_the_main_screens_and_arabic_is_mirrored(
    site: Site, part: int
) -> None:
    started = time.monotonic()
    languages = PRESENT[part::PARTS]
    world = await build(site)
    pseudo = pseudo_catalogue((LOCALES / "en.ftl").read_text(encoding="utf-8"))
    problems: list[str] = []
    for role in (NOBODY, TEACHER):
        person = await site.person()
        page = await person.page()
        await page.locator("#login-email").wait_for()
        if role == TEACHER:
            await sign_in(page, role, world)
        for lang in languages:
            problems += await sweep_language(page, role, lang, world)

        async def serve_pseudo(route: Route) -> None:
            await route.fulfill(body=pseudo, content_type="text/plain; charset=utf-8")

        if part == 0:
            # The pseudo-locale: a new page, so that no English catalogue is cached in it.
            await page.context.route("**/web/locales/en.ftl", serve_pseudo)
            await page.close()
            page = await person.page()
            await page.locator("main h1").wait_for()
            problems += await sweep_language(page, role, PSEUDO, world)
        await person.context.close()
        site.people.remove(person)
    assert not problems, "\n".join(problems)
    # How long the sweep takes grows with the languages: say it where it can be seen.
    print(f"{len(languages)} languages in {time.monotonic() - started:.0f} s")


def test_the_parts_sweep_every_language_once() -> None:
    swept = sorted(lang for part in range(PARTS) for lang in PRESENT[part::PARTS])
    assert swept == PRESENT


def test_the_pseudo_locale_is_longer_and_keeps_every_placeable() -> None:
    english = (LOCALES / "en.ftl").read_text(encoding="utf-8")
    pseudo = pseudo_catalogue(english)
    texts = [t for t in english_texts(english) if any(c.isalpha() for c in t)]
    longer = [len(pseudo_text(t)) / len(t) for t in texts]
    assert sum(len(pseudo_text(t)) for t in texts) > 1.5 * sum(len(t) for t in texts)
    # All but a few texts (a lone short word beside punctuation) grow by 40 % or more.
    assert sum(1 for ratio in longer if ratio < 1.4) < len(texts) / 100
    assert "Sign in" not in pseudo
    # The same ids, variables and plural variants as English: the checker finds nothing but
    # its review status (it calls itself the source).
    problems = check("en", pseudo, parse(english))
    assert [p.kind for p in problems] == ["review-status"]
