// My account (issue 17): one's name and password, and signing out everywhere. A pupil sees
// their name only: their teacher keeps it, and their code.

import { api } from "../api.js";
import { accountForm, checks, inputField } from "../forms.js";
import { h } from "../dom.js";
import { t } from "../i18n.js";

function nameForm(ctx) {
  return accountForm({
    labelledBy: "account-name-heading",
    submitLabel: t("account.save_name"),
    describe: ctx.describe,
    children: [
      h("h2", { id: "account-name-heading", text: t("account.name_heading") }),
      inputField({
        label: t("account.name"),
        name: "display_name",
        autocomplete: "name",
        maxlength: "100",
        value: ctx.account.display_name,
        required: true,
      }),
    ],
    check: (data) => checks.required(data, ["display_name"]),
    async submit(data) {
      const account = await api.editMe({ display_name: String(data.get("display_name")).trim() });
      ctx.updateAccount(account);
      return t("account.name_saved");
    },
  });
}

function passwordForm(ctx) {
  return accountForm({
    labelledBy: "account-password-heading",
    submitLabel: t("account.save_password"),
    describe: ctx.describe,
    byCode: { bad_credentials: ["current_password", "account.current_wrong"] },
    children: [
      h("h2", { id: "account-password-heading", text: t("account.password_heading") }),
      h("p", { class: "hint", text: t("account.password_intro") }),
      inputField({
        label: t("account.current_password"),
        name: "current_password",
        type: "password",
        autocomplete: "current-password",
        required: true,
      }),
      inputField({
        label: t("account.new_password"),
        name: "new_password",
        type: "password",
        autocomplete: "new-password",
        hint: t("form.password_hint"),
        required: true,
      }),
      inputField({
        label: t("account.confirm_password"),
        name: "confirm",
        type: "password",
        autocomplete: "new-password",
        required: true,
      }),
    ],
    check: (data) => ({
      ...checks.required(data, ["current_password", "new_password", "confirm"]),
      ...checks.password(data, "new_password", "confirm"),
    }),
    async submit(data, form) {
      await api.changePassword(String(data.get("current_password")), String(data.get("new_password")));
      form.reset();
      return t("account.password_saved");
    },
  });
}

function everywhere(ctx) {
  const section = h("section", { class: "card", "aria-labelledby": "account-everywhere-heading" });
  const start = h("button", { type: "button", class: "secondary", text: t("account.everywhere") });
  const error = h("p", { class: "message message-error", role: "alert", hidden: true });
  const show = (node) => section.replaceChildren(
    h("h2", { id: "account-everywhere-heading", text: t("account.everywhere_heading") }),
    h("p", { text: t("account.everywhere_intro") }),
    node,
    error,
  );
  const ask = () => {
    const yes = h("button", { type: "button", class: "danger", text: t("account.everywhere_confirm") });
    const no = h("button", { type: "button", class: "secondary", text: t("account.cancel") });
    yes.addEventListener("click", async () => {
      yes.disabled = true;
      try {
        await api.logoutEverywhere();
        ctx.signedOut(t("account.everywhere_done"), "status");
      } catch (failure) {
        error.textContent = ctx.describe(failure);
        error.hidden = false;
        yes.disabled = false;
      }
    });
    no.addEventListener("click", () => {
      show(start);
      start.focus();
    });
    show(
      h(
        "div",
        { class: "confirm", role: "group", "aria-labelledby": "account-everywhere-question" },
        h("p", { id: "account-everywhere-question", class: "question", text: t("account.everywhere_question") }),
        h("div", { class: "actions" }, yes, no),
      ),
    );
    yes.focus();
  };
  start.addEventListener("click", ask);
  show(start);
  return section;
}

export default {
  id: "account",
  path: "/account",
  title: "account.title",
  session: "required",
  render(main, params, ctx) {
    const account = ctx.account;
    main.append(h("h1", { tabindex: "-1", text: t("account.title") }));
    if (account.kind === "pupil") {
      main.append(
        h(
          "section",
          { class: "card", "aria-labelledby": "account-name-heading" },
          h("h2", { id: "account-name-heading", text: t("account.name_heading") }),
          h("p", { class: "readonly-name", text: account.display_name }),
          h("p", { class: "hint", text: t("account.pupil_note") }),
        ),
      );
    } else {
      main.append(
        h(
          "p",
          { class: "meta" },
          t("account.signed_in_with", { email: account.email ?? "" }),
        ),
        nameForm(ctx),
        passwordForm(ctx),
      );
    }
    main.append(everywhere(ctx));
    return null;
  },
};
