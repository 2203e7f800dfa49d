// Inviting a partner teacher: by e-mail address, or found by name, school or country among
// the validated eTwinners (GET /api/spaces/{id}/etwinners, paged). The roles offered are the
// server's `invite_roles` for the signed-in teacher admin; no e-mail address is ever listed.

import { adminApi } from "../admin-api.js";
import { field, h } from "../dom.js";
import { formFeedback, messageArea } from "../forms.js";
import { t } from "../i18n.js";

function roleSelect(id, roles) {
  return h(
    "select",
    { id, name: "role" },
    roles.map((role) => h("option", { value: role, text: t(`role.${role}`), selected: role === "teacher" })),
  );
}

export function inviteForms(view, onInvited) {
  const { space, ctx } = view;
  const roles = space.invite_roles ?? [];
  const area = messageArea(); // the section's one message area, both forms' and the rows'

  async function invite(who, role, name) {
    area.clear();
    await adminApi.inviteTeacher(space.id, who, role);
    area.success(t("invite_teacher.done", { name, role: t(`role.${role}`) }));
    onInvited();
  }

  // -- by e-mail ----------------------------------------------------------------------------
  const byEmailButton = h("button", { type: "submit", text: t("invite_teacher.submit") });
  const byEmail = h(
    "form",
    { class: "inline-form", "aria-labelledby": "invite-email-heading" },
    h("h4", { id: "invite-email-heading", text: t("invite_teacher.by_email") }),
    field(t("login.email"), { id: "invite-teacher-email", name: "email", type: "email", required: true, autocomplete: "off" }),
    h("div", { class: "field" }, h("label", { for: "invite-email-role", text: t("invite_teacher.role") }), roleSelect("invite-email-role", roles)),
    byEmailButton,
  );
  const byEmailFeedback = formFeedback(byEmail, { area });
  byEmail.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!byEmailFeedback.check()) return;
    byEmailButton.disabled = true;
    const data = new FormData(byEmail);
    try {
      await invite({ email: data.get("email") }, data.get("role"), data.get("email"));
      byEmail.reset();
    } catch (failure) {
      byEmailFeedback.fail(failure, (refusal) =>
        refusal?.code === "forbidden" ? t("invite_teacher.not_etwinner") : ctx.describe(refusal),
      );
    } finally {
      byEmailButton.disabled = false;
    }
  });

  // -- found among the eTwinners --------------------------------------------------------------
  const results = h("ul", { class: "etwinner-list", "aria-label": t("invite_teacher.results") });
  const none = h("p", { class: "empty", text: t("invite_teacher.none"), hidden: true });
  const more = h("button", { type: "button", class: "secondary", text: t("invite_teacher.more"), hidden: true });
  const searchButton = h("button", { type: "submit", text: t("invite_teacher.search") });
  const search = h(
    "form",
    { class: "inline-form", role: "search", "aria-labelledby": "invite-search-heading" },
    h("h4", { id: "invite-search-heading", text: t("invite_teacher.find") }),
    field(t("invite_teacher.query"), { id: "etwinner-query", name: "q", type: "search", maxlength: "100", autocomplete: "off" }),
    searchButton,
  );
  let text = "";
  let next = null;

  function row(found) {
    const select = roleSelect(`invite-role-${found.account_id}`, roles);
    const label = h("label", { for: select.id, class: "visually-hidden", text: t("invite_teacher.role_for", { name: found.display_name }) });
    const place = [found.school, found.country ? regionName(found.country) : null].filter(Boolean).join(" · ");
    const button = h("button", {
      type: "button",
      class: "small",
      text: t("invite_teacher.invite"),
      "aria-label": t("admin.action_for", { action: t("invite_teacher.invite"), name: found.display_name }),
    });
    button.addEventListener("click", async () => {
      button.disabled = true;
      try {
        await invite({ account_id: found.account_id }, select.value, found.display_name);
        button.replaceWith(h("span", { class: "meta", text: t("invite_teacher.member") }));
        select.remove();
        label.remove();
      } catch (failure) {
        area.error(ctx.describe(failure));
        button.disabled = false;
      }
    });
    const item = h(
      "li",
      { class: "etwinner", "data-account-id": found.account_id },
      h("span", { class: "etwinner-who" }, h("strong", { text: found.display_name }), place ? h("span", { class: "meta", text: ` ${place}` }) : null),
      found.member ? h("span", { class: "meta", text: t("invite_teacher.member") }) : h("span", { class: "etwinner-actions" }, label, select, button),
    );
    return item;
  }

  async function load(append) {
    searchFeedback.clear();
    searchButton.disabled = true;
    try {
      const page = await adminApi.searchEtwinners(space.id, text, append ? next : null);
      const rows = page.etwinners.map(row);
      if (append) results.append(...rows);
      else results.replaceChildren(...rows);
      next = page.next;
      more.hidden = next === null;
      none.hidden = results.childElementCount > 0;
      if (append) rows[0]?.querySelector("button, select")?.focus();
    } catch (failure) {
      searchFeedback.fail(failure, ctx.describe);
    } finally {
      searchButton.disabled = false;
    }
  }
  const searchFeedback = formFeedback(search, { area });
  search.addEventListener("submit", (event) => {
    event.preventDefault();
    text = new FormData(search).get("q").trim();
    load(false);
  });
  more.addEventListener("click", () => load(true));

  return h(
    "section",
    { class: "admin-panel", "aria-labelledby": "invite-teacher-heading" },
    h("h3", { id: "invite-teacher-heading", text: t("invite_teacher.title") }),
    area.element,
    h("div", { class: "columns" }, byEmail, h("div", {}, search, none, results, more)),
  );
}

/** "FR" -> "France" in the page's language (Intl), the code itself where unknown. */
function regionName(code) {
  try {
    return new Intl.DisplayNames([document.documentElement.lang || "en"], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}
