// The members section of a space: display names, roles and who is online, live.

import { h, messageBox, say } from "../dom.js";
import { t } from "../i18n.js";

const ROLE_ORDER = ["founder", "admin", "teacher", "pupil_admin", "pupil", "guest"];

export default {
  id: "members",
  label: "space.members",
  available: () => true,
  render(panel, view) {
    const { space, account, ctx } = view;
    const count = h("p", { class: "online-count", role: "status" });
    const list = h("ul", { class: "member-list", "aria-label": t("space.members") });
    const error = messageBox("error");
    const notice = messageBox("status");
    panel.append(h("h2", { text: t("space.members") }), count, error, notice, list);

    let members = [];
    const online = new Set();
    let alive = true;

    function render() {
      const sorted = [...members].sort(
        (a, b) =>
          ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) ||
          a.display_name.localeCompare(b.display_name),
      );
      list.replaceChildren(
        ...sorted.map((member) => {
          const isOnline = online.has(member.account_id);
          return h(
            "li",
            {
              class: `member ${isOnline ? "is-online" : "is-offline"}`,
              "data-account-id": member.account_id,
            },
            h("span", { class: "presence-dot", "aria-hidden": "true" }),
            h(
              "span",
              { class: "member-who" },
              h("span", { class: "member-name", text: member.display_name }),
              member.account_id === account.id ? h("span", { class: "meta", text: ` ${t("space.you")}` }) : null,
            ),
            h("span", { class: "role", text: t(`role.${member.role}`) }),
            h("span", { class: "presence-text", text: t(isOnline ? "space.online" : "space.offline") }),
          );
        }),
      );
      count.textContent = t("space.online_count", { count: online.size });
    }

    async function load(announce = false) {
      try {
        members = await ctx.api.members(space.id);
        if (!alive) return;
        say(error, "");
        if (announce) say(notice, t("space.refreshed"));
        render();
      } catch (failure) {
        if (alive) say(error, ctx.describe(failure));
      }
    }

    const offPresence = view.presence.on((message) => {
      if (message.type === "presence") {
        online.clear();
        for (const member of message.members) online.add(member.account_id);
      } else if (message.type === "event" && message.event === "join") {
        online.add(message.data.account_id);
        if (!members.some((m) => m.account_id === message.data.account_id)) load();
      } else if (message.type === "event" && message.event === "leave") {
        online.delete(message.data.account_id);
      }
      render();
    });
    const offSpace = view.spaceEvents.on((message) => {
      // Membership and role changes come as events; a reset means some were missed.
      if (message.type === "event" && message.event.startsWith("member")) load();
      if (message.type === "reset") load(true);
    });

    load();
    return () => {
      alive = false;
      offPresence();
      offSpace();
    };
  },
};
