// What the signed-in member may do with one member's row: exactly the server's `allowed` for
// that member (change_role, remove, reset_code, export, erase), each destructive step behind a
// confirmation that names what is lost.

import { adminApi } from "../admin-api.js";
import { confirmAction, radios } from "../confirm.js";
import { h } from "../dom.js";
import { formFeedback } from "../forms.js";
import { groupsApi } from "../groups-api.js";
import { t } from "../i18n.js";
import { roleName } from "../roles.js";

/**
 * The controls for one member. `tools`: {space, ctx, cards, area (the list's messageArea),
 * report(text, isError), reload()};
 * `label`: the member's name as listed (with its distinguishing mark).
 */
export function memberControls(member, label, tools) {
  const { space, ctx, cards, area, report, reload } = tools;
  const allowed = member.allowed ?? [];
  const controls = [];
  const run = async (work, done, feedback = null) => {
    try {
      await work();
      if (done) report(done, false);
      reload();
    } catch (failure) {
      if (feedback) feedback.fail(failure, ctx.describe);
      else report(ctx.describe(failure), true);
    }
  };

  if (allowed.includes("change_role")) {
    const id = `role-${member.account_id}`;
    const select = h(
      "select",
      { id, name: "role" },
      member.assignable_roles.map((role) =>
        h("option", { value: role, text: roleName(role, space.kind), selected: role === member.role }),
      ),
    );
    const form = h(
      "form",
      { class: "role-form" },
      h("label", { for: id, class: "visually-hidden", text: t("members.role_of", { name: label }) }),
      select,
      h("button", { type: "submit", class: "small secondary", text: t("members.change_role"), "aria-label": t("admin.action_for", { action: t("members.change_role"), name: label }) }),
    );
    const feedback = formFeedback(form, { area });
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      if (select.value === member.role) return;
      const from = roleName(member.role, space.kind);
      const to = roleName(select.value, space.kind);
      const sure = await confirmAction({
        title: t("members.role_question", { name: label, from, to }),
        lost: [t("members.role_consequence", { name: label, to })],
        confirm: t("members.role_confirm"),
      });
      if (!sure) return void (select.value = member.role);
      run(() => adminApi.changeRole(space.id, member.account_id, select.value), t("members.role_changed", { name: label, role: to }), feedback);
    });
    controls.push(form);
  }

  const button = (text, onclick, extra = "") =>
    h("button", {
      type: "button",
      class: `small secondary ${extra}`.trim(),
      text,
      "aria-label": t("admin.action_for", { action: text, name: label }),
      onclick,
    });

  if (allowed.includes("reset_code")) {
    controls.push(
      button(t("members.reset_code"), async () => {
        const sure = await confirmAction({
          title: t("members.reset_question", { name: label }),
          lost: [t("members.reset_consequence")],
          confirm: t("members.reset_confirm"),
        });
        if (!sure) return;
        try {
          const credentials = await adminApi.resetCode(space.id, member.account_id);
          report(t("members.reset_done", { name: label }), false);
          cards.show([credentials]);
        } catch (failure) {
          report(ctx.describe(failure), true);
        }
      }),
    );
  }

  if (allowed.includes("export")) {
    controls.push(
      h("a", {
        class: "button small secondary",
        href: adminApi.exportUrl(space.id, member.account_id),
        download: "",
        text: t("members.export"),
        "aria-label": t("admin.action_for", { action: t("members.export"), name: label }),
      }),
    );
  }

  if (allowed.includes("remove")) {
    controls.push(
      button(t("members.remove"), async () => {
        const pupil = member.kind === "pupil";
        const sure = await confirmAction({
          title: t("members.remove_question", { name: label }),
          lost: [
            t("members.remove_consequence", { name: label }),
            t(pupil ? "members.remove_pupil_kept" : "members.remove_kept"),
          ],
          confirm: t("members.remove_confirm"),
        });
        if (sure) run(() => adminApi.removeMember(space.id, member.account_id), t("members.removed", { name: label }));
      }, "danger-text"),
    );
  }

  if (allowed.includes("ban")) {
    // A group's moderators: out at once, and no coming back or asking (docs/groups.md).
    controls.push(
      button(t("groups.ban"), async () => {
        const answer = await confirmAction({
          title: t("groups.ban_question", { name: label }),
          lost: [t("groups.ban_consequence", { name: label }), t("groups.ban_kept")],
          extra: [
            h(
              "div",
              { class: "field" },
              h("label", { for: `ban-reason-${member.account_id}`, text: t("groups.ban_reason") }),
              h("input", { id: `ban-reason-${member.account_id}`, name: "reason", maxlength: "500" }),
            ),
          ],
          confirm: t("groups.ban_confirm"),
        });
        if (answer) {
          run(
            () => groupsApi.ban(space.id, member.account_id, String(answer.get("reason") ?? "").trim()),
            t("groups.banned", { name: label }),
          );
        }
      }, "danger-text"),
    );
  }

  if (allowed.includes("erase")) {
    controls.push(
      button(t("members.erase"), async () => {
        const answer = await confirmAction({
          title: t("erase.question", { name: label }),
          lost: [t("erase.account_gone"), t("erase.signed_out"), t("erase.no_undo"), t("erase.export_first")],
          extra: [
            radios("posts", t("erase.posts"), [
              ["keep", t("erase.posts_keep")],
              ["remove", t("erase.posts_remove")],
            ]),
            radios("files", t("erase.files"), [
              ["keep", t("erase.files_keep")],
              ["remove", t("erase.files_remove")],
            ]),
          ],
          confirm: t("erase.confirm"),
        });
        if (answer) {
          run(
            () => adminApi.erasePupil(space.id, member.account_id, answer.get("posts"), answer.get("files")),
            t("erase.done", { name: label }),
          );
        }
      }, "danger-text"),
    );
  }
  return controls;
}
