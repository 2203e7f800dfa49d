// The members section of a space: display names, roles and who is online, live; and for who
// the server allows it (`space.allowed`, each member's `allowed`), the management of members:
// invite teachers, create pupils and their login cards, change roles, remove, reset a code,
// a pupil's data (export, erase), and leaving the space.

import { adminApi } from "../admin-api.js";
import { confirmAction } from "../confirm.js";
import { h } from "../dom.js";
import { JOIN, LEAVE, MEMBER_EVENTS } from "../events.js";
import { formFeedback, messageArea } from "../forms.js";
import { t } from "../i18n.js";
import { groupsApi } from "../groups-api.js";
import { distinctNames } from "../names.js";
import { roleName } from "../roles.js";
import { loginCards } from "./cards.js";
import { memberControls } from "./members-actions.js";
import { groupBans, joinRequests } from "./members-group.js";
import { inviteForms } from "./members-invite.js";
import { pupilForms } from "./members-pupils.js";

const ROLE_ORDER = ["founder", "admin", "teacher", "pupil_admin", "pupil", "guest"];

function leaveButton(view, report) {
  const { space, ctx } = view;
  // A group's words: one leaves a group, and comes back through the directory.
  const group = space.kind === "group";
  const button = h("button", { type: "button", class: "secondary danger-text", text: t(group ? "groups.leave" : "members.leave") });
  button.addEventListener("click", async () => {
    const sure = await confirmAction({
      title: t("members.leave_question", { title: space.title }),
      lost: group
        ? [t("groups.leave_consequence"), t("groups.leave_kept")]
        : [t("members.leave_consequence"), t("members.leave_kept")],
      confirm: t(group ? "groups.leave_confirm" : "members.leave_confirm"),
    });
    if (!sure) return;
    try {
      await adminApi.leave(space.id);
      ctx.notify(t("members.left", { title: space.title }));
      ctx.navigate(group ? "/groups" : "/spaces");
    } catch (failure) {
      report(ctx.describe(failure), true);
    }
  });
  return h("p", { class: "leave" }, button);
}

export default {
  id: "members",
  label: "space.members",
  available: () => true,
  render(panel, view) {
    const { space, account, ctx } = view;
    const allowed = space.allowed ?? [];
    const count = h("p", { class: "online-count", role: "status" });
    const list = h("ul", { class: "member-list", "aria-label": t("space.members") });
    const area = messageArea(); // the list's one message area: its rows' answers
    const report = (text, isError) => (isError ? area.error(text) : area.success(text));
    const cards = loginCards();
    panel.append(h("h2", { text: t("space.members") }), count, area.element, list, cards.element);
    if (allowed.includes("invite_teacher")) panel.append(inviteForms(view, () => load()));
    if (allowed.includes("create_pupil")) panel.append(pupilForms(view, cards, () => load()));
    if (allowed.includes("leave")) panel.append(leaveButton(view, report));

    let members = [];
    const online = new Set();
    // A group's presence is a count (`presence.count`, docs/realtime.md), not a list: then
    // the count is shown and no row says online or offline, which it could not know.
    let countedOnline = null;
    let alive = true;
    const tools = { space, ctx, cards, area, report, reload: () => load() };
    // A group has thousands of members: its list comes a page at a time, searched by name
    // (GET /api/groups/{id}/members), and its moderators have the requests and the bans.
    const group = space.kind === "group" ? groupPaging(view, () => render(), (found) => (members = found), report) : null;
    const extras = [];
    if (group) {
      list.before(group.search);
      list.after(group.more);
      // What waits for an answer comes first; the bans after the list.
      if (allowed.includes("decide_join_requests")) {
        const requests = joinRequests(tools);
        group.search.before(requests.element);
        extras.push(requests);
      }
      const bans = allowed.includes("ban") ? groupBans(tools) : null;
      if (bans) {
        panel.append(bans.element);
        extras.push(bans);
      }
      tools.reload = () => {
        load();
        bans?.reload();
      };
    }

    function render() {
      const labels = distinctNames(members);
      const sorted = [...members].sort(
        (a, b) =>
          ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) ||
          a.display_name.localeCompare(b.display_name) ||
          a.account_id - b.account_id,
      );
      // Keep the focus on the same control when the list is rebuilt by a live event.
      const focused = document.activeElement;
      const focusKey = list.contains(focused)
        ? [focused.closest("[data-account-id]")?.dataset.accountId, focused.getAttribute("aria-label")]
        : null;
      list.replaceChildren(
        ...sorted.map((member) => {
          const label = labels.get(member.account_id);
          const controls = memberControls(member, label, tools);
          return h(
            "li",
            {
              class: "member",
              "data-account-id": member.account_id,
            },
            h("span", { class: "presence-dot", "aria-hidden": "true" }),
            h(
              "span",
              { class: "member-who" },
              h("span", { class: "member-name", text: label }),
              member.account_id === account.id ? h("span", { class: "meta", text: ` ${t("space.you")}` }) : null,
              member.username && label === member.display_name
                ? h("span", { class: "meta member-username", text: ` ${t("members.username", { username: member.username })}` })
                : null,
            ),
            h("span", { class: "role", text: roleName(member.role, space.kind) }),
            h("span", { class: "presence-text" }),
            controls.length ? h("div", { class: "member-actions" }, controls) : null,
          );
        }),
      );
      if (focusKey) {
        const row = list.querySelector(`[data-account-id="${focusKey[0]}"]`);
        const again = [...(row?.querySelectorAll("[aria-label]") ?? [])].find(
          (el) => el.getAttribute("aria-label") === focusKey[1],
        );
        again?.focus();
      }
      showPresence();
    }

    /** Presence changes touch only the dots and words: an open role choice stays as it is. */
    function showPresence() {
      for (const row of list.children) {
        if (countedOnline !== null) {
          row.classList.remove("is-online", "is-offline");
          const text = row.querySelector(".presence-text");
          if (text) text.textContent = "";
          // Nor its dot, which would say "offline" in grey beside "1 online".
          row.querySelector(".presence-dot")?.setAttribute("hidden", "");
          continue;
        }
        const isOnline = online.has(Number(row.dataset.accountId));
        row.classList.toggle("is-online", isOnline);
        row.classList.toggle("is-offline", !isOnline);
        row.querySelector(".presence-text").textContent = t(isOnline ? "space.online" : "space.offline");
      }
      count.textContent = t("space.online_count", { count: countedOnline ?? online.size });
    }

    async function load(announce = false) {
      try {
        members = group ? await group.first() : await ctx.api.members(space.id);
        if (!alive) return;
        if (announce) area.success(t("space.refreshed"));
        else area.clear("error");
        render();
      } catch (failure) {
        if (alive) area.error(ctx.describe(failure));
      }
    }

    const offPresence = view.presence.on((message) => {
      if (message.type === "presence.count") {
        countedOnline = message.online;
      } else if (message.type === "presence") {
        online.clear();
        for (const member of message.members) online.add(member.account_id);
      } else if (message.type === "event" && message.event === JOIN) {
        online.add(message.data.account_id);
        // (In a group, not everyone is on the page shown: only who is listed is marked.)
        if (!group && !members.some((m) => m.account_id === message.data.account_id)) load();
      } else if (message.type === "event" && message.event === LEAVE) {
        online.delete(message.data.account_id);
      }
      showPresence();
    });
    const offSpace = view.spaceEvents.on((message) => {
      // Membership and role changes come as events; a reset means some were missed.
      if (message.type === "event" && MEMBER_EVENTS.has(message.event)) load();
      if (message.type === "reset") load(!message.followed);
    });

    load();
    return () => {
      alive = false;
      for (const extra of extras) extra.stop();
      cards.hide();
      offPresence();
      offSpace();
    };
  },
};

/**
 * A group's members, a page at a time: {search (a form), more (a button), first()} where
 * first() reads the first page again (as many members as are shown, at least 50, at most
 * 100). `show()` draws the list; `keep(members)` hands it the members now loaded.
 */
function groupPaging(view, show, keep, report) {
  const { space, ctx } = view;
  let words = "";
  let after = null;
  let loaded = [];
  let serial = 0;
  const more = h("button", { type: "button", class: "secondary", text: t("groups.members_more"), hidden: true });
  const input = h("input", { id: "group-members-q", name: "q", type: "search", maxlength: "100" });
  const search = h(
    "form",
    { class: "member-search", role: "search", "aria-label": t("groups.members_search") },
    h("div", { class: "field" }, h("label", { for: "group-members-q", text: t("groups.members_search") }), input),
    h("button", { type: "submit", class: "secondary", text: t("groups.search_submit") }),
  );
  const feedback = formFeedback(search); // a refused search (too long) said by its field
  async function page(limit) {
    const found = await groupsApi.members(space.id, { after, q: words, limit });
    after = found.next;
    more.hidden = found.next === null;
    return found.members;
  }
  async function first() {
    const mine = ++serial;
    after = null;
    const found = await page(Math.min(100, Math.max(50, loaded.length)));
    if (mine === serial) loaded = found;
    return loaded;
  }
  more.addEventListener("click", async () => {
    try {
      const found = await page(50);
      loaded = loaded.concat(found);
      keep(loaded);
      show();
      if (more.hidden) input.focus(); // the last page: the button went, the focus stays near
    } catch (failure) {
      report(ctx.describe(failure), true);
    }
  });
  search.addEventListener("submit", async (event) => {
    event.preventDefault();
    words = input.value.trim();
    loaded = [];
    feedback.clear();
    try {
      keep(await first());
      show();
    } catch (failure) {
      feedback.fail(failure, ctx.describe);
    }
  });
  return { search, more: h("p", {}, more), first };
}
