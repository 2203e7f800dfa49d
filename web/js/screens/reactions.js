// The reactions bar under a forum post (issue 21, docs/forums.md "Reactions"): the counts as
// toggle buttons (aria-pressed: one's own), and an "add a reaction" button that opens a row
// of the fixed set of reactions. Plain buttons throughout, so Tab, Enter and Space work;
// Escape closes the row and gives the focus back. Whether the reader may react is the
// server's answer (`allowed` holds "react"), never a rule of the page's own.

import { h } from "../dom.js";
import { formatLocale, t } from "../i18n.js";
import { canDo } from "./forum-live.js";

/** The fixed set, in the server's order (protocol.vocabulary.ReactionKind), with symbols. */
export const REACTIONS = [
  ["thumbs_up", "👍"],
  ["heart", "❤️"],
  ["clap", "👏"],
  ["laugh", "😄"],
  ["idea", "💡"],
  ["question", "❓"],
];

/**
 * The bar of one post, or null when it has no reaction and the reader may not add one.
 * `open`: the picker is shown; `toggle(kind, on)` adds or takes back one's reaction;
 * `setOpen(open)` opens or closes the picker (and moves the focus).
 */
export function reactionBar(post, { open, toggle, setOpen }) {
  const counts = post.reactions ?? {};
  const mine = new Set(post.my_reactions ?? []);
  const may = canDo(post, "react");
  const shown = REACTIONS.filter(([kind]) => counts[kind] > 0);
  if (!shown.length && !may) return null;
  const chips = shown.map(([kind, symbol]) => {
    const name = t("reaction.count", { name: t(`reaction.${kind}`), count: counts[kind] });
    const inner = [h("span", { "aria-hidden": "true", text: symbol }), " ", h("span", { class: "reaction-count", "aria-hidden": "true", text: formatCount(counts[kind]) })];
    if (!may) {
      return h("span", { class: "reaction", "data-reaction": kind }, ...inner, h("span", { class: "visually-hidden", text: name }));
    }
    return h(
      "button",
      {
        type: "button",
        class: "reaction",
        "data-reaction": kind,
        "data-focus-key": `reaction-${post.id}-${kind}`,
        "aria-pressed": mine.has(kind) ? "true" : "false",
        "aria-label": name,
        onclick: () => toggle(kind, !mine.has(kind)),
      },
      ...inner,
    );
  });
  const bar = h("div", { class: "reactions", role: "group", "aria-label": t("reaction.bar") }, ...chips);
  if (!may) return bar;
  const pickerId = `reaction-picker-${post.id}`;
  bar.append(
    h(
      "button",
      {
        type: "button",
        class: "reaction-add",
        "data-focus-key": `react-${post.id}`,
        "aria-expanded": open ? "true" : "false",
        "aria-controls": pickerId,
        title: t("reaction.add"),
        onclick: () => setOpen(!open),
      },
      h("span", { "aria-hidden": "true", text: "☺+" }),
      h("span", { class: "visually-hidden", text: t("reaction.add") }),
    ),
  );
  if (open) {
    const picker = h(
      "div",
      { class: "reaction-picker", id: pickerId, role: "group", "aria-label": t("reaction.picker") },
      ...REACTIONS.map(([kind, symbol], index) =>
        h(
          "button",
          {
            type: "button",
            class: "reaction-choice",
            "data-reaction": kind,
            "data-focus-key": `pick-${post.id}-${index}`,
            "aria-pressed": mine.has(kind) ? "true" : "false",
            "aria-label": t(`reaction.${kind}`),
            title: t(`reaction.${kind}`),
            onclick: () => toggle(kind, !mine.has(kind)),
          },
          h("span", { "aria-hidden": "true", text: symbol }),
        ),
      ),
    );
    picker.addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        event.preventDefault();
        setOpen(false);
      }
    });
    bar.append(picker);
  }
  return bar;
}

function formatCount(count) {
  return new Intl.NumberFormat(formatLocale()).format(count);
}
