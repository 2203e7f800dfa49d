// Choose a new password from a reset link (issue 17): #/reset/TOKEN. The fragment never
// reaches the server's logs; the token goes in the request body.

import { api } from "../api.js";
import { accountForm, checks, inputField } from "../forms.js";
import { h } from "../dom.js";
import { t } from "../i18n.js";

export default {
  id: "reset",
  path: "/reset/:token",
  title: "reset.title",
  session: "none",
  render(main, params, ctx) {
    const form = accountForm({
      labelledBy: "reset-heading",
      submitLabel: t("reset.submit"),
      describe: (failure) =>
        failure.code === "gone" ? t("reset.gone") : ctx.describe(failure),
      children: [
        inputField({
          label: t("reset.password"),
          name: "password",
          type: "password",
          autocomplete: "new-password",
          hint: t("form.password_hint"),
          required: true,
        }),
        inputField({ label: t("reset.confirm"), name: "confirm", type: "password", autocomplete: "new-password", required: true }),
      ],
      check: (data) => ({
        ...checks.required(data, ["password", "confirm"]),
        ...checks.password(data, "password", "confirm"),
      }),
      async submit(data) {
        await api.completeReset(params.token, String(data.get("password")));
        // Every sign-in of the account ended, this browser's too if it had one.
        ctx.signedOut(t("reset.done"), "status");
      },
    });
    main.append(
      h("h1", { id: "reset-heading", tabindex: "-1", text: t("reset.title") }),
      h("p", { text: t("reset.intro") }),
      form,
      h("p", {}, h("a", { href: "#/forgot", text: t("reset.ask_again") })),
    );
  },
};
