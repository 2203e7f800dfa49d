// "Reading now" in a forum thread (issue 21, docs/groups.md *Who is reading a thread*): while
// the thread is open the page subscribes to readers:<space>:<thread>, which makes this tab one
// of the thread's readers; the server sends `presence.readers` snapshots, coalesced (at most
// one per 10 s): the first 20 by latest activity (opening the thread, posting in it) with
// their role, and how many others. Writing a reply counts as activity too: typing in the
// thread's compose box says so (POST .../typing, at most every 10 s). Kept out of forum.js on
// purpose: the forum's own view only places the element and stops it.

import { call } from "../api.js";
import { h } from "../dom.js";
import { t } from "../i18n.js";
import { listen } from "../live-channels.js";
import { roleName } from "../roles.js";

let serial = 0;

/** The snapshots come at most this often: saying "writing" more often would change nothing. */
const WRITING_EVERY_MS = 10000;

/**
 * The "Reading now" list of one open thread. Returns {element, stop()}: place the element in
 * the thread view, call stop() when the view closes (this tab then stops being a reader).
 * `composer` is the element holding the reply form: typing in it counts as activity.
 */
export function readingNow(view, threadId, composer = null) {
  const { space, ctx, presence } = view;
  const headingId = `readers-heading-${++serial}`;
  // A list with a heading. Only people who arrive are read out (aria-relevant: additions):
  // the server sends at most one snapshot per 10 s, and one who stays is never repeated.
  const list = h("ul", {
    class: "readers-list",
    "aria-labelledby": headingId,
    "aria-live": "polite",
    "aria-relevant": "additions",
  });
  const more = h("p", { class: "meta readers-more", hidden: true });
  const element = h(
    "section",
    { class: "thread-readers", "aria-labelledby": headingId, hidden: true },
    h("h4", { id: headingId, class: "readers-heading", text: t("readers.title") }),
    list,
    more,
  );
  const items = new Map(); // account id -> <li>

  function item(reader) {
    const mine = reader.account_id === view.account?.id;
    return h(
      "li",
      { class: mine ? "reader is-me" : "reader", "data-account-id": reader.account_id },
      h("span", { class: "reader-name", text: reader.display_name }),
      " ",
      h("span", { class: "meta reader-role", text: roleName(reader.role, space.kind) }),
    );
  }

  function show(message) {
    const readers = Array.isArray(message.readers) ? message.readers : [];
    const keep = new Set(readers.map((reader) => reader.account_id));
    for (const [id, li] of items) {
      if (!keep.has(id)) {
        li.remove();
        items.delete(id);
      }
    }
    // In the server's order; a reader already shown keeps their node (nothing re-read).
    let before = list.firstChild;
    for (const reader of readers) {
      let li = items.get(reader.account_id);
      if (!li) {
        li = item(reader);
        items.set(reader.account_id, li);
      }
      if (li !== before) list.insertBefore(li, before);
      before = li.nextSibling;
    }
    const others = Number(message.more) || 0;
    more.textContent = others > 0 ? t("readers.more", { count: others }) : "";
    more.hidden = others === 0;
    element.hidden = readers.length === 0;
    // In a group the snapshot carries the live count too (one message, not two).
    if (typeof message.online === "number") {
      presence?.emit({ type: "presence.count", channel: `presence:${space.id}`, online: message.online });
    }
  }

  const stopListening = listen(ctx.live, `readers:${space.id}:${threadId}`, (message) => {
    if (message.type === "presence.readers") show(message);
    else if (message.type === "unsubscribed" || message.type === "error") element.hidden = true;
  });

  let saidAt = -Infinity;
  const path = `/api/spaces/${encodeURIComponent(space.id)}/forum/threads/${encodeURIComponent(threadId)}/typing`;
  function writing(event) {
    if (event.target?.tagName !== "TEXTAREA") return;
    const now = Date.now();
    if (now - saidAt < WRITING_EVERY_MS) return;
    saidAt = now;
    call("POST", path).catch(() => {}); // a hint: a refusal or a lost answer changes nothing
  }
  composer?.addEventListener("input", writing);
  return {
    element,
    stop() {
      composer?.removeEventListener("input", writing);
      stopListening();
    },
  };
}
