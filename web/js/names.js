// Two members may share a display name (two pupils called Léa Martin). Wherever names are
// listed, each then carries a mark that tells them apart: the pupil's username for the
// space's teachers (who hand usernames out), else an ordinal by account age ("#1", "#2"),
// stable for everyone in the space. Decided in issue 17; see docs/web-client.md.

import { MEMBER_EVENTS } from "./events.js";
import { t } from "./i18n.js";

const key = (name) => name.trim().toLocaleLowerCase();

/** account id -> the label to show; members: [{account_id, display_name, username?}]. */
export function distinctNames(members) {
  const groups = new Map();
  for (const member of members) {
    const group = groups.get(key(member.display_name)) ?? [];
    group.push(member);
    groups.set(key(member.display_name), group);
  }
  const labels = new Map();
  for (const group of groups.values()) {
    group.sort((a, b) => a.account_id - b.account_id);
    group.forEach((member, index) => {
      const mark = member.username ?? `#${index + 1}`;
      labels.set(
        member.account_id,
        group.length > 1 ? t("names.marked", { name: member.display_name, mark }) : member.display_name,
      );
    });
  }
  return labels;
}

/**
 * Keep every element under `root` that carries `data-author-id` showing that member's label
 * (its mark when two members share the name): the forum's, the chat's and the video screen's
 * names, whoever renders them. Members are read now and again on member events. Returns stop().
 */
export function markHomonyms(root, ctx, spaceId, spaceEvents = null) {
  let labels = new Map();
  let alive = true;
  const fix = (element) => {
    const label = labels.get(Number(element.dataset.authorId));
    if (label && element.textContent !== label) element.textContent = label;
  };
  const fixUnder = (node) => {
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    if (node.matches("[data-author-id]")) fix(node);
    for (const element of node.querySelectorAll("[data-author-id]")) fix(element);
  };
  // Setting a label adds a text node only, which fixUnder ignores: no loop.
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.target.nodeType === Node.ELEMENT_NODE && record.target.matches("[data-author-id]")) fix(record.target);
      for (const node of record.addedNodes) fixUnder(node);
    }
  });
  async function load() {
    try {
      const members = await ctx.api.members(spaceId);
      if (!alive) return;
      labels = distinctNames(members);
      fixUnder(root);
    } catch {
      // The names stay as the server sent them; the screen reports its own failures.
    }
  }
  observer.observe(root, { childList: true, subtree: true });
  const off = spaceEvents?.on((message) => {
    const changed = message.type === "event" && MEMBER_EVENTS.has(message.event);
    if (changed || message.type === "reset") load();
  });
  load();
  return () => {
    alive = false;
    observer.disconnect();
    off?.();
  };
}
