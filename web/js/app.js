// The page's shell: session, language, the live connection and its banner, and the router.
// Screens live in screens/ and are listed in screens/registry.js.

import { ApiError, api } from "./api.js";
import { h } from "./dom.js";
import { seesEvents } from "./event-api.js";
import { home } from "./home.js";
import {
  LANGUAGES,
  accountLanguage,
  chooseLanguage,
  describeError,
  direction,
  hasMessage,
  language,
  t,
  useLanguage,
} from "./i18n.js";
import { endonym } from "./languages.js";
import { seesGroups } from "./roles.js";
import { Router, navigate } from "./router.js";
import notFound from "./screens/not-found.js";
import { SCREENS } from "./screens/registry.js";
import { State, TwinspaceClient } from "./twinspace-client.js";

const main = document.getElementById("main");
const banner = document.getElementById("banner");
const router = new Router();
for (const screen of SCREENS) router.add(screen);

const wsUrl = `${location.protocol === "https:" ? "wss:" : "ws:"}//${location.host}/ws`;

/** What every screen gets: the signed-in account, the API, the live connection. */
const ctx = {
  account: null,
  api,
  live: new TwinspaceClient(wsUrl),
  navigate,
  // A message for the next screen drawn, shown once: the sign-in screen's reason, My spaces'
  // "You left …". The shell forgets it once a screen has been drawn with it.
  flash: "",
  flashKind: "error", // "error", or "status" for good news (a password changed)
  /** Leave `text` for the next screen (then navigate). */
  notify(text, kind = "status") {
    ctx.flash = text;
    ctx.flashKind = kind;
  },
  signedIn(account) {
    ctx.account = account;
    ctx.live.connect();
    renderChrome();
    followAccountLanguage();
  },
  /** The signed-in account changed (a new name): the chrome shows it. */
  updateAccount(account) {
    ctx.account = account;
    renderChrome();
  },
  signedOut(flash = "", flashKind = "error") {
    ctx.account = null;
    ctx.flash = flash;
    ctx.flashKind = flashKind;
    ctx.live.close();
    hideBanner();
    renderChrome();
    navigate("/login");
  },
  /** An ApiError (or anything) as a sentence in the current language: from its code, and
   * its reason and params when the catalogue has them; never the server's English message. */
  describe(error) {
    return describeError(error);
  },
};

// -- the connection banner ------------------------------------------------------------------

function showBanner(text, kind) {
  banner.textContent = text;
  banner.className = `banner banner-${kind}`;
  banner.hidden = false;
}

function hideBanner() {
  banner.hidden = true;
  banner.textContent = "";
}

/** The close reason's words (the server sends a code: protocol/close_codes.py), or `fallback`. */
function closedWords(reason, fallback) {
  const key = `conn.closed.${reason}`;
  return typeof reason === "string" && reason !== "" && hasMessage(key) ? t(key) : t(fallback);
}

ctx.live.addEventListener("state", ({ detail }) => {
  if (detail.state === State.RECONNECTING) showBanner(closedWords(detail.reason, "conn.lost"), "warning");
  else if (detail.state === State.OPEN) hideBanner();
  else if (detail.state === State.FAILED) {
    showBanner(closedWords(detail.reason, "conn.failed"), "error");
    if (detail.code === 4003 && ctx.account) checkAccountLocked();
  }
  else if (detail.state === State.UNAUTHENTICATED && ctx.account) {
    ctx.signedOut(closedWords(detail.reason, "conn.session_ended"));
  }
});

/** Issue 17: a socket closed 4003 may mean the account was suspended (or rejected, erased):
 * then the session is gone too, and the page goes to sign-in, which tells why. */
async function checkAccountLocked() {
  try {
    await api.me();
  } catch (error) {
    if (error instanceof ApiError && error.status === 401 && ctx.account) {
      ctx.signedOut(t("conn.account_locked"));
    }
  }
}

window.addEventListener("twinspace:unauthenticated", () => {
  if (ctx.account) ctx.signedOut(t("conn.session_ended"));
});

// -- the chrome: language switch, who is signed in, sign out --------------------------------

/** Once signed in, the page speaks the account's saved language (kept across devices; for a
 * pupil, the one their teacher chose), and this device remembers it. */
async function followAccountLanguage() {
  const wanted = accountLanguage(ctx.account);
  if (wanted === null || wanted === language()) return;
  try {
    await useLanguage(wanted, localStorage);
  } catch (error) {
    console.error(error); // the page stays in the language it has
    return;
  }
  renderChrome();
  route({ keepFocus: true });
}

const langSelect = document.getElementById("lang");
const who = document.getElementById("who");
const signOut = document.getElementById("signout");
const nav = document.getElementById("nav");

function renderChrome() {
  document.documentElement.lang = language();
  document.documentElement.dir = direction(language());
  for (const element of document.querySelectorAll("[data-i18n]")) {
    element.textContent = t(element.dataset.i18n);
  }
  for (const element of document.querySelectorAll("[data-i18n-label]")) {
    element.setAttribute("aria-label", t(element.dataset.i18nLabel));
  }
  langSelect.replaceChildren(
    ...LANGUAGES.map((lang) =>
      // Each language in its own words and direction, whatever the page's language.
      h("option", { value: lang, lang, dir: direction(lang), selected: lang === language() }, endonym(lang)),
    ),
  );
  who.textContent = ctx.account ? t("app.signed_in_as", { name: ctx.account.display_name }) : "";
  signOut.hidden = !ctx.account;
  renderNav();
}

/** Issue 17: the national admin's console and "My account" for whoever is signed in. */
function renderNav() {
  const links = [];
  if (ctx.account?.kind === "national_admin") links.push(["#/admin", "admin.nav"]);
  // Issue 21: only validated eTwinners learn that groups exist.
  if (seesGroups(ctx.account)) links.push(["#/groups", "groups.nav"]);
  if (seesEvents(ctx.account)) links.push(["#/events", "events.nav"]); // issue 22
  if (ctx.account) links.push(["#/account", "account.title"]);
  nav.replaceChildren(
    ...links.map(([href, key]) => h("a", { href, class: "nav-link", text: t(key) })),
  );
}

langSelect.addEventListener("change", async () => {
  const chosen = langSelect.value;
  langSelect.disabled = true;
  try {
    // The catalogue is fetched the first time a language is chosen; the page stays as it is
    // until it has come (a screen is never drawn half in one language).
    await useLanguage(chosen, localStorage);
  } catch (error) {
    console.error(error);
    showBanner(t("error.network"), "error");
    langSelect.value = language();
    return;
  } finally {
    langSelect.disabled = false;
  }
  if (ctx.account) {
    // Kept with the account, for its other devices and for mail (a password-reset link).
    api.editMe({ language: chosen }).then(
      () => (ctx.account = ctx.account && { ...ctx.account, language: chosen }),
      () => {},
    );
  }
  renderChrome();
  route({ keepFocus: true });
  langSelect.focus();
});

signOut.addEventListener("click", async () => {
  try {
    await api.logout();
  } catch {
    // Signed out on the server already (or unreachable): the page forgets the session anyway.
  }
  ctx.signedOut();
});

document.getElementById("skip").addEventListener("click", (event) => {
  event.preventDefault();
  main.focus();
});

// -- routing ----------------------------------------------------------------------------------

let cleanup = null;

function route({ keepFocus = false } = {}) {
  const hash = location.hash || "#/";
  if (hash === "#/" || hash === "#") {
    navigate(home(ctx.account));
    return;
  }
  // An address that names no screen says so (it used to show "My spaces" without a word).
  const { screen, params } = router.match(hash) ?? { screen: notFound, params: {} };
  if (screen.session === "required" && !ctx.account) {
    navigate("/login");
    return;
  }
  if (screen.session === "none" && ctx.account && screen.id === "login") {
    navigate(home(ctx.account));
    return;
  }
  if (screen.id === "spaces" && home(ctx.account) !== "/spaces") {
    // A national admin has no spaces, a pending teacher none yet: their own screens instead.
    navigate(home(ctx.account));
    return;
  }
  if (cleanup) cleanup();
  cleanup = null;
  document.title = `${t(screen.title)} – ${t("app.name")}`;
  main.dataset.screen = screen.id;
  main.replaceChildren();
  cleanup = screen.render(main, params, ctx) ?? null;
  // Shown once: the screen just drawn had its chance (a redirect above returned before).
  ctx.flash = "";
  ctx.flashKind = "error";
  if (!keepFocus) main.querySelector("h1")?.focus();
}

// Routes are drawn once start() knows who is signed in: an address changed before then (a
// link followed, an address pasted, while "who am I" is on its way) would have been routed as
// signed out, to the sign-in screen and on to the home screen, losing where it led. start()
// routes to wherever the address is when it is done.
let started = false;
window.addEventListener("hashchange", () => {
  if (started && location.hash.startsWith("#/")) route();
});

/** The chosen language's catalogue, before anything is drawn; English if it cannot be had. */
async function startLanguage() {
  try {
    await useLanguage(chooseLanguage(localStorage, navigator, location.search));
  } catch (error) {
    console.error(error);
    await useLanguage("en");
  }
}

async function start() {
  await startLanguage();
  renderChrome();
  main.replaceChildren(h("p", { text: t("app.loading") }));
  try {
    ctx.account = await api.me();
    ctx.live.connect();
    const wanted = accountLanguage(ctx.account);
    if (wanted !== null && wanted !== language()) await useLanguage(wanted, localStorage).catch(() => {});
  } catch (error) {
    ctx.account = null;
    if (!(error instanceof ApiError) || error.status !== 401) {
      ctx.flash = ctx.describe(error);
    }
  }
  renderChrome();
  started = true;
  route();
}

start();
