// Create an eTwinner account (issue 17): a teacher registers, is signed in, and sees that a
// national admin of their country must validate the account.

import { api } from "../api.js";
import { checks, accountForm, inputField } from "../forms.js";
import { countryChoices } from "../countries.js";
import { h } from "../dom.js";
import { language, t } from "../i18n.js";

export default {
  id: "register",
  path: "/register",
  title: "register.title",
  session: "none",
  render(main, params, ctx) {
    const form = accountForm({
      labelledBy: "register-heading",
      submitLabel: t("register.submit"),
      describe: ctx.describe,
      byCode: { conflict: ["email", "register.email_taken"] },
      children: [
        inputField({ label: t("register.name"), name: "display_name", autocomplete: "name", maxlength: "100", required: true }),
        inputField({ label: t("login.email"), name: "email", type: "email", autocomplete: "email", maxlength: "254", required: true }),
        inputField({
          label: t("login.password"),
          name: "password",
          type: "password",
          autocomplete: "new-password",
          hint: t("form.password_hint"),
          required: true,
        }),
        inputField({ label: t("register.school"), name: "school", autocomplete: "organization", maxlength: "200", required: true }),
        inputField({
          label: t("register.country"),
          name: "country",
          tag: "select",
          required: true,
          children: [
            h("option", { value: "", text: t("register.country_choose") }),
            ...countryChoices().map(({ code, name }) => h("option", { value: code, text: name })),
          ],
        }),
      ],
      check: (data) => ({
        ...checks.required(data, ["display_name", "email", "password", "school", "country"]),
        ...checks.email(data, "email"),
        ...checks.password(data, "password"),
      }),
      async submit(data) {
        const email = String(data.get("email")).trim();
        const password = String(data.get("password"));
        await api.register({
          display_name: String(data.get("display_name")).trim(),
          email,
          password,
          school: String(data.get("school")).trim(),
          country: data.get("country"),
          language: language(),
        });
        const session = await api.login(email, password);
        ctx.signedIn(session.account);
        ctx.navigate("/pending");
      },
    });
    main.append(
      h("h1", { id: "register-heading", tabindex: "-1", text: t("register.title") }),
      h("p", { text: t("register.intro") }),
      form,
      h("p", {}, h("a", { href: "#/login", text: t("register.have_account") })),
    );
  },
};
