// A group's moderators' tools in its Members tab (issue 21): the join requests, kept live
// on the moderation channel (join_request.created / join_request.closed), accepted or
// declined; the bans, listed and lifted. Which shows is the server's `space.allowed`
// (decide_join_requests, ban); banning a member is a row's control (members-actions.js).

import { h } from "../dom.js";
import { countryName, when } from "../forms.js";
import { JOIN_REQUEST_CLOSED, JOIN_REQUEST_CREATED } from "../events.js";
import { groupsApi } from "../groups-api.js";
import { t } from "../i18n.js";

function rowButton(text, label, onclick, extra = "") {
  return h("button", {
    type: "button",
    class: `small ${extra}`.trim(),
    text,
    "aria-label": t("admin.action_for", { action: text, name: label }),
    onclick,
  });
}

/** The waiting requests, oldest first: {element, stop()}. `tools`: {space, ctx, report, reload}. */
export function joinRequests(tools) {
  const { space, ctx, report, reload } = tools;
  const list = h("ul", { class: "request-list", "aria-labelledby": "requests-heading" });
  const empty = h("p", { class: "empty", text: t("groups.requests_empty") });
  const element = h(
    "section",
    { class: "group-requests", "aria-labelledby": "requests-heading" },
    h("h3", { id: "requests-heading", text: t("groups.requests") }),
    list,
    empty,
  );
  const requests = new Map(); // account id -> request
  let alive = true;

  function render() {
    const sorted = [...requests.values()].sort((a, b) => a.id - b.id);
    list.replaceChildren(
      ...sorted.map((request) => {
        const name = request.display_name;
        const decide = async (accept) => {
          try {
            if (accept) await groupsApi.accept(space.id, request.account_id);
            else await groupsApi.decline(space.id, request.account_id);
            requests.delete(request.account_id);
            render();
            report(t(accept ? "groups.accepted_member" : "groups.declined", { name }), false);
            if (accept) reload();
          } catch (failure) {
            report(ctx.describe(failure), true);
            load(); // decided by another moderator meanwhile, perhaps
          }
        };
        return h(
          "li",
          { class: "request", "data-account-id": request.account_id },
          h(
            "p",
            { class: "request-who" },
            h("strong", { class: "member-name", text: name }),
            request.country ? h("span", { class: "meta", text: ` · ${countryName(request.country)}` }) : null,
            h("span", { class: "meta", text: ` · ${when(request.at)}` }),
          ),
          request.message ? h("p", { class: "request-message", text: request.message }) : null,
          h(
            "div",
            { class: "row-buttons" },
            rowButton(t("groups.accept"), name, () => decide(true)),
            rowButton(t("groups.decline"), name, () => decide(false), "secondary"),
          ),
        );
      }),
    );
    empty.hidden = requests.size > 0;
  }

  async function load() {
    try {
      const found = await groupsApi.requests(space.id);
      if (!alive) return;
      requests.clear();
      for (const request of found) requests.set(request.account_id, request);
      render();
    } catch (failure) {
      if (alive) report(ctx.describe(failure), true);
    }
  }

  const channel = `moderation:${space.id}`;
  const onModeration = (message) => {
    if (!alive) return;
    if (message.type === "event" && message.event === JOIN_REQUEST_CREATED) {
      requests.set(message.data.request.account_id, message.data.request);
      render();
    } else if (message.type === "event" && message.event === JOIN_REQUEST_CLOSED) {
      if (requests.delete(message.data.account_id)) render();
    } else if (message.type === "reset") {
      load(); // missed news
    }
  };
  render();
  // Read once subscribed: what came between a first read and the subscription is in it.
  ctx.live.subscribe(channel, onModeration).then(() => alive && load(), () => load());
  return {
    element,
    stop() {
      alive = false;
      ctx.live.unsubscribe(channel, onModeration).catch(() => {});
    },
  };
}

/** The group's bans, lifted one by one: {element, reload()}. */
export function groupBans(tools) {
  const { space, ctx, report } = tools;
  const list = h("ul", { class: "ban-list", "aria-labelledby": "bans-heading" });
  const empty = h("p", { class: "empty", text: t("groups.bans_empty") });
  const element = h(
    "section",
    { class: "group-bans", "aria-labelledby": "bans-heading" },
    h("h3", { id: "bans-heading", text: t("groups.bans") }),
    list,
    empty,
  );
  let alive = true;

  async function reload() {
    try {
      const bans = await groupsApi.bans(space.id);
      if (!alive || !element.isConnected) return;
      list.replaceChildren(
        ...bans.map((ban) =>
          h(
            "li",
            { class: "ban", "data-account-id": ban.account_id },
            h(
              "p",
              {},
              h("strong", { class: "member-name", text: ban.display_name }),
              h("span", { class: "meta", text: ` · ${when(ban.at)}` }),
              ban.reason ? h("span", { class: "meta", text: ` · ${t("audit.reason", { reason: ban.reason })}` }) : null,
            ),
            rowButton(t("groups.lift"), ban.display_name, async () => {
              try {
                await groupsApi.liftBan(space.id, ban.account_id);
                report(t("groups.lifted", { name: ban.display_name }), false);
                reload();
              } catch (failure) {
                report(ctx.describe(failure), true);
              }
            }, "secondary"),
          ),
        ),
      );
      empty.hidden = bans.length > 0;
    } catch (failure) {
      if (alive) report(ctx.describe(failure), true);
    }
  }
  reload();
  return {
    element,
    reload,
    stop() {
      alive = false;
    },
  };
}
