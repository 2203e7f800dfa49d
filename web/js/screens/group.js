// One group's page (#/groups/12), for an eTwinner who is not (yet) a member: its card, with
// join (open), ask to join with a message (closed), withdraw the request; a member goes on to
// the group's own screens (the space screen, #/spaces/12). While a request waits, the card is
// read again every few seconds while the page is shown, so the asker sees the acceptance
// without reloading: no channel carries news to someone who is not a member (docs/groups.md).
//
// To anyone else, and for a group that does not exist, the same page: "Page not found".

import { h, messageBox, replace, say } from "../dom.js";
import { formFeedback } from "../forms.js";
import { groupsApi } from "../groups-api.js";
import { t } from "../i18n.js";
import { seesGroups } from "../roles.js";
import { groupActions, groupFacts, standingText } from "./group-card.js";
import { actOn } from "./groups.js";
import notFound from "./not-found.js";

/** How often a waiting asker's page asks whether the request was decided. */
const WAITING_CHECK_MS = 4000;

export default {
  id: "group",
  path: "/groups/:space_id",
  title: "groups.title",
  session: "required",
  render(main, params, ctx) {
    const groupId = params.space_id;
    if (!seesGroups(ctx.account)) {
      // Not even a request: the page of an address that names nothing.
      document.title = `${t(notFound.title)} – ${t("app.name")}`;
      return notFound.render(main, params, ctx);
    }
    let alive = true;
    let timer = null;
    const heading = h("h1", { tabindex: "-1", text: t("app.loading") });
    const body = h("div", { class: "group-page" });
    const status = messageBox("status");
    main.append(h("p", {}, h("a", { href: "#/groups", text: t("groups.back") })), heading, status, body);

    function showMissing() {
      // The page of an address that names nothing, exactly: no word of groups.
      main.replaceChildren();
      document.title = `${t(notFound.title)} – ${t("app.name")}`;
      notFound.render(main, params, ctx);
      main.querySelector("h1")?.focus();
    }

    function askForm(group) {
      const message = h("textarea", { id: "group-ask-message", name: "message", rows: "3", maxlength: "1000" });
      const button = h("button", { type: "submit", text: t("groups.ask") });
      const form = h(
        "form",
        { class: "card group-ask" },
        h("div", { class: "field" }, h("label", { for: "group-ask-message", text: t("groups.ask_message") }), message),
        button,
      );
      const feedback = formFeedback(form);
      form.addEventListener("submit", async (event) => {
        event.preventDefault();
        button.disabled = true;
        try {
          const card = await groupsApi.ask(group.id, message.value);
          show(card, t("groups.asked", { title: group.title }));
        } catch (failure) {
          feedback.fail(failure, ctx.describe);
        } finally {
          button.disabled = false;
        }
      });
      return form;
    }

    async function act(kind, group) {
      try {
        const [card, said] = await actOn(kind, group);
        if (alive) show(card, said);
      } catch (failure) {
        if (alive) say(status, ctx.describe(failure));
      }
    }

    function show(group, said = "") {
      if (!alive) return;
      heading.textContent = group.title;
      document.title = `${group.title} – ${t("app.name")}`;
      const standing = standingText(group);
      const actions = group.standing === "none" && group.access === "closed" ? [] : groupActions(group, act);
      // (replace() leaves the absent parts out; replaceChildren would write them as "null".)
      replace(
        body,
        group.featured ? h("p", {}, h("span", { class: "badge featured", text: t("groups.featured") })) : null,
        groupFacts(group),
        group.description ? h("p", { class: "description", text: group.description }) : null,
        standing ? h("p", { class: `group-standing standing-${group.standing}`, text: standing }) : null,
        group.standing === "requested" ? h("p", { class: "meta", text: t("groups.waiting") }) : null,
        actions.length ? h("div", { class: "row-buttons group-actions" }, actions) : null,
        group.standing === "none" && group.access === "closed" ? askForm(group) : null,
      );
      say(status, said);
      clearTimeout(timer);
      if (group.standing === "requested") timer = setTimeout(check, WAITING_CHECK_MS);
      if (said) body.querySelector(".group-actions a, .group-actions button")?.focus();
    }

    async function check() {
      if (!alive) return;
      if (document.hidden) {
        timer = setTimeout(check, WAITING_CHECK_MS);
        return;
      }
      try {
        const group = await groupsApi.group(groupId);
        if (!alive) return;
        if (group.standing === "member") show(group, t("groups.accepted", { title: group.title }));
        else if (group.standing === "requested") timer = setTimeout(check, WAITING_CHECK_MS);
        else show(group, group.standing === "none" ? t("groups.not_accepted") : "");
      } catch (failure) {
        if (!alive) return;
        if (failure?.code === "not_found") showMissing();
        else timer = setTimeout(check, WAITING_CHECK_MS);
      }
    }

    (async () => {
      try {
        const group = await groupsApi.group(groupId);
        if (!alive) return;
        if (group.standing === "member") {
          // A member opens the group itself (its tabs), without this page in the history.
          history.replaceState(history.state, "", `#/spaces/${encodeURIComponent(group.id)}`);
          ctx.navigate(`/spaces/${group.id}`);
          return;
        }
        show(group);
        heading.focus();
      } catch (failure) {
        if (!alive) return;
        if (failure?.code === "not_found") showMissing();
        else {
          heading.textContent = t("error.generic");
          say(status, ctx.describe(failure));
        }
      }
    })();
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  },
};
