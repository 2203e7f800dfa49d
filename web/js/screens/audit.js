// The space's audit log, for teacher admins: who did what, when (Intl.DateTimeFormat), in
// words from the catalogue, newest first and paged by the server's cursor (?before=<id>).

import { adminApi } from "../admin-api.js";
import { when } from "../forms.js";
import { h, messageBox, say } from "../dom.js";
import { hasMessage, t } from "../i18n.js";
import { distinctNames } from "../names.js";

const PAGE = 50;

function what(entry, name) {
  const key = `audit.${entry.action}`;
  // Inside a sentence a former member is "a former member", not the "Who" column's capital.
  const id = entry.target_account_id;
  const target = id === null ? "" : name(id, "audit.former_member_target");
  const details = entry.details ?? {};
  const role = (value) => (value && hasMessage(`role.${value}`) ? t(`role.${value}`) : value ?? "");
  const text = t(hasMessage(key) ? key : "audit.other", {
    target,
    action: entry.action,
    role: role(details.role ?? details.to),
    from: role(details.from),
    title: details.title ?? "", // an event's (issue 22)
  });
  return entry.reason ? `${text} ${t("audit.reason", { reason: entry.reason })}` : text;
}

export default {
  id: "audit",
  label: "audit.tab",
  available: (space) => (space.allowed ?? []).includes("read_audit_log"),
  render(panel, view) {
    const { space, ctx } = view;
    const error = messageBox("error");
    const body = h("tbody");
    const table = h(
      "table",
      { class: "audit-table" },
      h("caption", { class: "visually-hidden", text: t("audit.caption") }),
      h("thead", {}, h("tr", {}, ["audit.when", "audit.who", "audit.what"].map((key) => h("th", { scope: "col", text: t(key) })))),
      body,
    );
    const more = h("button", { type: "button", class: "secondary", text: t("audit.older"), hidden: true });
    const empty = h("p", { class: "empty", text: t("audit.empty"), hidden: true });
    panel.append(h("h2", { text: t("audit.tab") }), error, h("div", { class: "table-scroll" }, table), empty, more);
    let names = new Map();
    let oldest = null;
    let alive = true;
    const name = (id, former = "audit.former_member") =>
      id === null ? t("audit.system") : names.get(id) ?? t(former);

    async function load(older) {
      try {
        if (!older) {
          const members = await ctx.api.members(space.id);
          names = distinctNames(members);
        }
        const entries = await adminApi.audit(space.id, older ? oldest : null, PAGE);
        if (!alive) return;
        const rows = entries.map((entry) =>
          h(
            "tr",
            { "data-action": entry.action },
            h("td", {}, h("time", { datetime: entry.at, text: when(entry.at) })),
            h("td", { text: name(entry.actor_id) }),
            h("td", { text: what(entry, name) }),
          ),
        );
        if (older) body.append(...rows);
        else body.replaceChildren(...rows);
        if (entries.length) oldest = entries[entries.length - 1].id;
        more.hidden = entries.length < PAGE;
        empty.hidden = body.childElementCount > 0;
        if (older) rows[0]?.querySelector("time")?.closest("tr")?.setAttribute("tabindex", "-1");
        if (older) rows[0]?.focus();
      } catch (failure) {
        if (alive) say(error, ctx.describe(failure));
      }
    }
    // One load at a time, in the order asked: a fresh read finishing after "older entries"
    // would otherwise replace the page just appended (and "older" must start from the
    // fresh read's last entry).
    let queue = Promise.resolve();
    const enqueue = (older) => {
      queue = queue.then(() => load(older));
    };
    more.addEventListener("click", () => enqueue(true));
    // Read afresh each time the tab is shown: the log grows while the page is open.
    const shown = new MutationObserver(() => panel.hidden || enqueue(false));
    shown.observe(panel, { attributes: true, attributeFilter: ["hidden"] });
    enqueue(false);
    return () => {
      alive = false;
      shown.disconnect();
    };
  },
};
