// The space's settings, for teacher admins: title and description, the moderation and upload
// settings, archive and open again, delete (founders). What shows is the server's
// `space.allowed`; each destructive step asks first and names what is lost.

import { adminApi } from "../admin-api.js";
import { confirmAction } from "../confirm.js";
import { field, h } from "../dom.js";
import { formFeedback, messageArea } from "../forms.js";
import { t } from "../i18n.js";

const SETTINGS_VERBS = ["update_settings", "archive", "unarchive", "delete"];
const SWITCHES = ["premoderate_pupils", "pupils_may_create_threads", "pupils_may_upload"];

function settingsForm(view, area) {
  const { space, ctx } = view;
  const title = field(t("spaces.space_title"), {
    id: "settings-title", name: "title", required: true, maxlength: "200", value: space.title,
  });
  const description = field(t("spaces.description"), {
    tag: "textarea", id: "settings-description", name: "description", rows: "3", maxlength: "5000",
  });
  description.querySelector("textarea").value = space.description;
  const switches =
    space.kind === "twinspace"
      ? h(
          "fieldset",
          { class: "switches" },
          h("legend", { text: t("settings.pupils") }),
          SWITCHES.map((name) =>
            h(
              "div",
              { class: "choice" },
              h("input", { type: "checkbox", id: `settings-${name}`, name, checked: space.settings[name] }),
              h("label", { for: `settings-${name}`, text: t(`settings.${name}`) }),
            ),
          ),
        )
      : null;
  const button = h("button", { type: "submit", text: t("settings.save") });
  const form = h("form", { class: "settings-form", "aria-labelledby": "settings-form-heading" },
    h("h3", { id: "settings-form-heading", text: t("settings.space") }), title, description, switches, button);
  const feedback = formFeedback(form, { area });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!feedback.check()) return;
    const input = form.elements.title;
    const changes = { title: input.value.trim(), description: form.elements.description.value };
    for (const name of switches ? SWITCHES : []) changes[name] = form.elements[name].checked;
    button.disabled = true;
    try {
      const saved = await adminApi.updateSpace(space.id, changes);
      Object.assign(space, saved);
      area.success(t("settings.saved"));
    } catch (failure) {
      feedback.fail(failure, ctx.describe);
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

function archivePart(view, area) {
  const { space, ctx } = view;
  const archived = (space.allowed ?? []).includes("unarchive");
  const button = h("button", {
    type: "button",
    class: archived ? "" : "secondary danger-text",
    text: t(archived ? "settings.unarchive" : "settings.archive"),
  });
  button.addEventListener("click", async () => {
    const sure = await confirmAction(
      archived
        ? { title: t("settings.unarchive_question", { title: space.title }), lost: [t("settings.unarchive_consequence")], confirm: t("settings.unarchive") }
        : {
            title: t("settings.archive_question", { title: space.title }),
            lost: [t("settings.archive_read_only"), t("settings.archive_video"), t("settings.archive_undo")],
            confirm: t("settings.archive_confirm"),
          },
    );
    if (!sure) return;
    try {
      await (archived ? adminApi.unarchive(space.id) : adminApi.archive(space.id));
      ctx.navigate(`/spaces/${space.id}`); // shown again, with what may be done now
    } catch (failure) {
      area.error(ctx.describe(failure));
    }
  });
  return h(
    "section",
    { class: "admin-panel", "aria-labelledby": "archive-heading" },
    h("h3", { id: "archive-heading", text: t(archived ? "settings.archived_title" : "settings.archive_title") }),
    h("p", { text: t(archived ? "settings.archived_text" : "settings.archive_text") }),
    button,
  );
}

function deletePart(view, area) {
  const { space, ctx } = view;
  const button = h("button", { type: "button", class: "danger", text: t("settings.delete") });
  button.addEventListener("click", async () => {
    const sure = await confirmAction({
      title: t("settings.delete_question", { title: space.title }),
      lost: [t("settings.delete_content"), t("settings.delete_members"), t("settings.delete_video"), t("settings.delete_no_undo")],
      confirm: t("settings.delete_confirm"),
      typed: { text: space.title, label: t("admin.type_to_confirm", { text: space.title }) },
    });
    if (!sure) return;
    try {
      await adminApi.deleteSpace(space.id);
      ctx.notify(t("settings.deleted", { title: space.title }));
      ctx.navigate("/spaces");
    } catch (failure) {
      area.error(ctx.describe(failure));
    }
  });
  return h(
    "section",
    { class: "admin-panel danger-zone", "aria-labelledby": "delete-heading" },
    h("h3", { id: "delete-heading", text: t("settings.delete_title") }),
    h("p", { text: t("settings.delete_text") }),
    button,
  );
}

export default {
  id: "settings",
  label: "settings.tab",
  available: (space) => (space.allowed ?? []).some((verb) => SETTINGS_VERBS.includes(verb)),
  render(panel, view) {
    const allowed = view.space.allowed ?? [];
    // One message area for the tab: the form's answers and the archive/delete steps' refusals.
    const area = messageArea();
    panel.append(h("h2", { text: t("settings.tab") }), area.element);
    if (allowed.includes("update_settings")) panel.append(settingsForm(view, area));
    if (allowed.includes("archive") || allowed.includes("unarchive")) panel.append(archivePart(view, area));
    if (allowed.includes("delete")) panel.append(deletePart(view, area));
  },
};
