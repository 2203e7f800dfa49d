// The page's shell: session, language, the live connection and its banner, and the router.
// Screens live in screens/ and are listed in screens/registry.js.

import { ApiError, api } from "./api.js";
import { h } from "./dom.js";
import { CATALOGUE, LANGUAGES, describeError, initLanguage, language, setLanguage, t } from "./i18n.js";
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
  flash: "", // a message for the next screen (shown once)
  signedIn(account) {
    ctx.account = account;
    ctx.live.connect();
    renderChrome();
  },
  signedOut(flash = "") {
    ctx.account = null;
    ctx.flash = flash;
    ctx.live.close();
    hideBanner();
    renderChrome();
    navigate("/login");
  },
  /** An ApiError (or anything) as a sentence in the current language. */
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

ctx.live.addEventListener("state", ({ detail }) => {
  if (detail.state === State.RECONNECTING) showBanner(t("conn.lost"), "warning");
  else if (detail.state === State.OPEN) hideBanner();
  else if (detail.state === State.FAILED) showBanner(t("conn.failed"), "error");
  else if (detail.state === State.UNAUTHENTICATED && ctx.account) {
    ctx.signedOut(t("conn.session_ended"));
  }
});

window.addEventListener("twinspace:unauthenticated", () => {
  if (ctx.account) ctx.signedOut(t("conn.session_ended"));
});

// -- the chrome: language switch, who is signed in, sign out --------------------------------

const langSelect = document.getElementById("lang");
const who = document.getElementById("who");
const signOut = document.getElementById("signout");

function renderChrome() {
  document.documentElement.lang = language();
  for (const element of document.querySelectorAll("[data-i18n]")) {
    element.textContent = t(element.dataset.i18n);
  }
  for (const element of document.querySelectorAll("[data-i18n-label]")) {
    element.setAttribute("aria-label", t(element.dataset.i18nLabel));
  }
  langSelect.replaceChildren(
    ...LANGUAGES.map((lang) =>
      h("option", { value: lang, lang, selected: lang === language() }, CATALOGUE[lang]["lang.name"]),
    ),
  );
  who.textContent = ctx.account ? t("app.signed_in_as", { name: ctx.account.display_name }) : "";
  signOut.hidden = !ctx.account;
}

langSelect.addEventListener("change", () => {
  setLanguage(langSelect.value, localStorage);
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
    navigate(ctx.account ? "/spaces" : "/login");
    return;
  }
  // An address that names no screen says so (it used to show "My spaces" without a word).
  const { screen, params } = router.match(hash) ?? { screen: notFound, params: {} };
  if (screen.session === "required" && !ctx.account) {
    navigate("/login");
    return;
  }
  if (screen.session === "none" && ctx.account && screen.id === "login") {
    navigate("/spaces");
    return;
  }
  if (cleanup) cleanup();
  cleanup = null;
  document.title = `${t(screen.title)} – ${t("app.name")}`;
  main.dataset.screen = screen.id;
  main.replaceChildren();
  cleanup = screen.render(main, params, ctx) ?? null;
  if (!keepFocus) main.querySelector("h1")?.focus();
}

window.addEventListener("hashchange", () => {
  if (location.hash.startsWith("#/")) route();
});

async function start() {
  initLanguage(localStorage, navigator);
  renderChrome();
  main.replaceChildren(h("p", { text: t("app.loading") }));
  try {
    ctx.account = await api.me();
    ctx.live.connect();
  } catch (error) {
    ctx.account = null;
    if (!(error instanceof ApiError) || error.status !== 401) {
      ctx.flash = ctx.describe(error);
    }
  }
  renderChrome();
  route();
}

start();
