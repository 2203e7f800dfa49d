// Login cards: the usernames and codes just created or reset, shown once. On screen a list
// the teacher can read or copy; printed (css/admin.css, @media print) one card per pupil with
// the site's address, the username and the code in large, unambiguous type, and nothing else
// of the page. The codes live only in this view: hiding it forgets them.

import { h } from "../dom.js";
import { t } from "../i18n.js";

function card(credentials) {
  return h(
    "article",
    { class: "login-card", "data-username": credentials.username },
    h("p", { class: "card-site" }, t("cards.site"), " ", h("strong", { text: location.host })),
    h("p", { class: "card-name", text: credentials.display_name }),
    h(
      "dl",
      { class: "card-secrets" },
      h("dt", { text: t("login.username") }),
      h("dd", { class: "card-username", text: credentials.username }),
      h("dt", { text: t("login.code") }),
      h("dd", { class: "card-code", text: credentials.code }),
    ),
  );
}

/** The cards view: {element, show(credentials[]), hide()}. */
export function loginCards() {
  const heading = h("h3", { id: "cards-heading", tabindex: "-1", text: t("cards.title") });
  const grid = h("div", { class: "login-cards" });
  const view = h(
    "section",
    { class: "cards-view", "aria-labelledby": "cards-heading", hidden: true },
    heading,
    h("p", { class: "message message-warning", text: t("cards.once") }),
    grid,
    h(
      "div",
      { class: "row-buttons" },
      h("button", { type: "button", text: t("cards.print"), onclick: () => window.print() }),
      h("button", { type: "button", class: "secondary", text: t("cards.done"), onclick: () => hide() }),
    ),
  );
  function show(credentials) {
    grid.replaceChildren(...credentials.map(card));
    view.hidden = false;
    document.documentElement.classList.add("has-login-cards");
    heading.focus();
  }
  function hide() {
    grid.replaceChildren();
    view.hidden = true;
    document.documentElement.classList.remove("has-login-cards");
  }
  return { element: view, show, hide };
}
