// Guest invitation links of a twinspace (teachers): create one with its life and number of
// uses, shown once as the full link with a copy button; the live ones with their uses; revoke.
// The link is the server's (`link`: its public address, TWINSPACE_PUBLIC_URL, or the request's),
// never built here: behind a proxy the page's own origin may not be the one guests reach.

import { adminApi } from "../admin-api.js";
import { confirmAction } from "../confirm.js";
import { field, h, messageBox, say } from "../dom.js";
import { formFeedback, messageArea, when } from "../forms.js";
import { t } from "../i18n.js";

const LIFETIMES = [24, 72, 168, 336, 720]; // hours: 1, 3, 7, 14, 30 days

function newLink(invitation) {
  const input = h("input", { id: "new-link", readonly: true, value: invitation.link, class: "link-field" });
  const note = messageBox("status");
  const copy = h("button", { type: "button", text: t("links.copy") });
  copy.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(input.value);
      say(note, t("links.copied"));
    } catch {
      // No clipboard (an insecure origin, a refusal): select the link for the person to copy.
      input.focus();
      input.select();
      say(note, t("links.select_copy"));
    }
  });
  return h(
    "div",
    { class: "new-link" },
    h("label", { id: "new-link-label", for: "new-link", text: t("links.new") }),
    h("div", { class: "copy-row" }, input, copy),
    h("p", { class: "meta", text: t("links.once") }),
    note,
  );
}

export default {
  id: "invitations",
  label: "links.tab",
  available: (space) => (space.allowed ?? []).includes("invite_guest"),
  render(panel, view) {
    const { space, ctx } = view;
    const area = messageArea(); // the tab's one message area: the form's and the rows'
    const created = h("div", { class: "created-link" });
    const list = h("ul", { class: "link-list", "aria-labelledby": "links-live-heading" });
    const empty = h("p", { class: "empty", text: t("links.empty"), hidden: true });
    const lifetime = h(
      "select",
      { id: "link-life", name: "expires_in_hours" },
      LIFETIMES.map((hours) => h("option", { value: hours, text: t("links.days", { count: hours / 24 }), selected: hours === 168 })),
    );
    const button = h("button", { type: "submit", text: t("links.create") });
    const form = h(
      "form",
      { class: "inline-form", "aria-labelledby": "links-new-heading" },
      h("h3", { id: "links-new-heading", text: t("links.create_title") }),
      h("div", { class: "field" }, h("label", { for: "link-life", text: t("links.valid_for") }), lifetime),
      field(t("links.uses"), { id: "link-uses", name: "max_uses", type: "number", min: "1", max: "500", value: "1", required: true }),
      field(t("links.note"), { id: "link-note", name: "note", maxlength: "200", autocomplete: "off" }),
      button,
    );
    panel.append(
      h("h2", { text: t("links.tab") }),
      h("p", { text: t("links.intro") }),
      area.element,
      form,
      created,
      h("h3", { id: "links-live-heading", text: t("links.live") }),
      empty,
      list,
    );
    let alive = true;

    function row(invitation) {
      const revoke = h("button", {
        type: "button",
        class: "small secondary danger-text",
        text: t("links.revoke"),
        "aria-label": t("admin.action_for", { action: t("links.revoke"), name: invitation.note || t("links.untitled") }),
      });
      revoke.addEventListener("click", async () => {
        const sure = await confirmAction({
          title: t("links.revoke_question"),
          lost: [t("links.revoke_consequence"), t("links.revoke_kept")],
          confirm: t("links.revoke"),
        });
        if (!sure) return;
        try {
          await adminApi.revokeInvitation(space.id, invitation.id);
          area.success(t("links.revoked"));
          load();
        } catch (failure) {
          area.error(ctx.describe(failure));
        }
      });
      return h(
        "li",
        { class: "link-item", "data-invitation-id": invitation.id },
        h("strong", { text: invitation.note || t("links.untitled") }),
        h("span", { class: "meta", text: t("links.used", { count: invitation.uses, max: invitation.max_uses }) }),
        h("span", { class: "meta", text: t("links.until", { time: when(invitation.expires_at) }) }),
        revoke,
      );
    }

    async function load() {
      try {
        const invitations = (await adminApi.invitations(space.id)).filter((i) => i.live);
        if (!alive) return;
        list.replaceChildren(...invitations.map(row));
        empty.hidden = invitations.length > 0;
      } catch (failure) {
        if (alive) area.error(ctx.describe(failure));
      }
    }

    const feedback = formFeedback(form, { area });
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      if (!feedback.check()) return;
      const data = new FormData(form);
      button.disabled = true;
      try {
        const invitation = await adminApi.createInvitation(space.id, {
          expires_in_hours: Number(data.get("expires_in_hours")),
          max_uses: Number(data.get("max_uses")),
          note: String(data.get("note") ?? "").trim(),
        });
        created.replaceChildren(newLink(invitation));
        created.querySelector("input").focus();
        form.reset();
        load();
      } catch (failure) {
        feedback.fail(failure, ctx.describe);
      } finally {
        button.disabled = false;
      }
    });
    // Read afresh each time the tab is shown: guests use the links while the page is open.
    const shown = new MutationObserver(() => panel.hidden || load());
    shown.observe(panel, { attributes: true, attributeFilter: ["hidden"] });
    load();
    return () => {
      alive = false;
      shown.disconnect();
    };
  },
};
