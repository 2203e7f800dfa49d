// My spaces: the list, and for eTwinners (validated teachers) a form to create one.

import { api } from "../api.js";
import { field, h, messageBox, say } from "../dom.js";
import { formFeedback } from "../forms.js";
import { t } from "../i18n.js";
import { pendingBadge } from "../pending.js";
import { roleName } from "../roles.js";

function mayCreate(account) {
  return account.kind === "teacher" && account.status === "active";
}

function spaceItem(space, badges, ctx) {
  // Issue 17: for its moderators, what waits in the space, kept live.
  const badge = typeof space.pending === "number" ? pendingBadge(ctx, space.id, space.pending) : null;
  if (badge) badges.push(badge);
  return h(
    "li",
    { class: "space-item" },
    h("a", { href: `#/spaces/${space.id}`, class: "space-link", text: space.title }),
    h(
      "span",
      { class: "meta" },
      `${t(`spaces.kind.${space.kind}`)} · ${t("spaces.my_role", { role: roleName(space.my_role, space.kind) })}`,
      space.archived ? ` · ${t("spaces.archived")}` : "",
    ),
    badge?.element,
  );
}

function createForm(ctx, onCreated) {
  const kind = h(
    "select",
    { id: "space-kind", name: "kind" },
    h("option", { value: "twinspace", text: t("spaces.kind.twinspace") }),
    h("option", { value: "room", text: t("spaces.kind.room") }),
  );
  const button = h("button", { type: "submit", text: t("spaces.create_submit") });
  const form = h(
    "form",
    { class: "card", "aria-labelledby": "create-heading" },
    h("h2", { id: "create-heading", text: t("spaces.create") }),
    h("div", { class: "field" }, h("label", { for: "space-kind", text: t("spaces.kind") }), kind),
    field(t("spaces.space_title"), {
      id: "space-title",
      name: "title",
      required: true,
      maxlength: "200",
    }),
    field(t("spaces.description"), {
      tag: "textarea",
      id: "space-description",
      name: "description",
      rows: "3",
    }),
    button,
  );
  const feedback = formFeedback(form);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!feedback.check()) return;
    button.disabled = true;
    const data = new FormData(form);
    try {
      const space = await api.createSpace(
        data.get("kind"),
        data.get("title"),
        data.get("description") ?? "",
      );
      form.reset();
      feedback.success(t("spaces.created", { title: space.title }));
      onCreated(space);
    } catch (failure) {
      feedback.fail(failure, ctx.describe);
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

export default {
  id: "spaces",
  path: "/spaces",
  title: "spaces.title",
  session: "required",
  render(main, params, ctx) {
    const list = h("ul", { class: "space-list", "aria-labelledby": "spaces-heading" });
    const empty = h("p", { class: "empty", text: t("spaces.empty"), hidden: true });
    const error = messageBox("error");
    // A message left by the screen before (ctx.notify: a space left, a space deleted).
    const flash = messageBox(ctx.flash ? ctx.flashKind : "status");
    say(flash, ctx.flash);
    let alive = true;
    let badges = [];
    const load = async () => {
      try {
        const spaces = await api.spaces();
        if (!alive) return;
        for (const badge of badges.splice(0)) badge.stop();
        list.replaceChildren(...spaces.map((space) => spaceItem(space, badges, ctx)));
        empty.hidden = spaces.length > 0;
      } catch (failure) {
        if (alive) say(error, ctx.describe(failure));
      }
    };
    // Element.append() writes null as the text "null": leave the form out instead.
    main.append(
      h("h1", { id: "spaces-heading", tabindex: "-1", text: t("spaces.title") }),
      flash,
      error,
      list,
      empty,
      ...(mayCreate(ctx.account) ? [createForm(ctx, load)] : []),
    );
    load();
    return () => {
      alive = false;
      for (const badge of badges.splice(0)) badge.stop();
    };
  },
};
