// Forgot my password (issue 17): ask for a one-use link by e-mail. The answer is the same
// whether or not the address has an account. Pupils are told to ask their teacher.

import { api } from "../api.js";
import { accountForm, checks, inputField } from "../forms.js";
import { h } from "../dom.js";
import { t } from "../i18n.js";

export default {
  id: "forgot",
  path: "/forgot",
  title: "forgot.title",
  session: "none",
  render(main, params, ctx) {
    const form = accountForm({
      labelledBy: "forgot-heading",
      submitLabel: t("forgot.submit"),
      describe: ctx.describe,
      children: [
        inputField({ label: t("login.email"), name: "email", type: "email", autocomplete: "email", required: true }),
      ],
      check: (data) => ({ ...checks.required(data, ["email"]), ...checks.email(data, "email") }),
      async submit(data) {
        await api.requestReset(String(data.get("email")).trim());
        return t("forgot.sent");
      },
    });
    main.append(
      h("h1", { id: "forgot-heading", tabindex: "-1", text: t("forgot.title") }),
      h("p", { text: t("forgot.intro") }),
      form,
      h("p", { class: "card note", text: t("forgot.pupils") }),
      h("p", {}, h("a", { href: "#/login", text: t("forgot.back") })),
    );
  },
};
