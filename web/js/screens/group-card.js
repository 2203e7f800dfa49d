// One group as the directory and its own page show it: title, featured mark, topic, language,
// members, open or closed, where the reader stands (member, asked, barred), and the one
// action that fits (open, join, ask to join, withdraw the request). Shared by groups.js (a
// list of cards) and group.js (one group's page).

import { h } from "../dom.js";
import { plural } from "../forms.js";
import { t } from "../i18n.js";
import { endonym } from "../languages.js";
import { roleName } from "../roles.js";

/** A group's language in words: its own name ("Deutsch"), or the code the page has no name for. */
export function languageName(code) {
  return endonym(code);
}

/** The facts line: topic · language · members · open/closed. */
export function groupFacts(group) {
  return h(
    "p",
    { class: "meta group-facts" },
    h("span", { text: t("groups.topic_is", { topic: group.topic }) }),
    " · ",
    h("span", { lang: group.language, text: languageName(group.language) }),
    " · ",
    h("span", { text: plural("groups.members", group.members) }),
    " · ",
    h("span", { class: `access access-${group.access}`, text: t(`groups.access_short.${group.access}`) }),
  );
}

/** Where the reader stands, in words (nothing for someone who may join or ask). */
export function standingText(group) {
  if (group.standing === "member") {
    return t("groups.standing.member", { role: roleName(group.my_role, "group") });
  }
  if (group.standing === "requested") return t("groups.standing.requested");
  if (group.standing === "banned") return t("groups.standing.banned");
  return "";
}

/**
 * The card's action buttons. `act(kind, group)` does it ("join", "ask", "withdraw"); a member
 * gets the link into the group.
 */
export function groupActions(group, act) {
  const name = group.title;
  const button = (kind, key, extra = "") =>
    h("button", {
      type: "button",
      class: `small ${extra}`.trim(),
      "data-action": kind,
      text: t(key),
      "aria-label": t("admin.action_for", { action: t(key), name }),
      onclick: () => act(kind, group),
    });
  if (group.standing === "member") {
    return [
      h("a", {
        class: "button small",
        href: `#/spaces/${encodeURIComponent(group.id)}`,
        text: t("groups.open_group"),
        "aria-label": t("admin.action_for", { action: t("groups.open_group"), name }),
      }),
    ];
  }
  if (group.standing === "requested") return [button("withdraw", "groups.withdraw", "secondary")];
  if (group.standing === "banned") return [];
  return group.access === "open" ? [button("join", "groups.join")] : [button("ask", "groups.ask")];
}

/** One card of the directory (an <li>). */
export function groupCard(group, act) {
  const standing = standingText(group);
  const actions = groupActions(group, act);
  return h(
    "li",
    { class: `group-card${group.featured ? " is-featured" : ""}`, "data-group-id": group.id },
    h(
      "h3",
      { class: "group-title" },
      h("a", { href: `#/groups/${encodeURIComponent(group.id)}`, text: group.title }),
      group.featured ? h("span", { class: "badge featured", text: t("groups.featured") }) : null,
    ),
    groupFacts(group),
    group.description ? h("p", { class: "group-description", text: group.description }) : null,
    standing ? h("p", { class: `group-standing standing-${group.standing}`, text: standing }) : null,
    actions.length ? h("div", { class: "row-buttons group-actions" }, actions) : null,
  );
}
