// What an address that names no screen shows ("#/nothing-here"): says so, and offers the way
// back, instead of silently showing another screen.

import { h } from "../dom.js";
import { t } from "../i18n.js";

export default {
  id: "not-found",
  path: null, // never matched: app.js shows it when no screen's path matches
  title: "page.not_found",
  session: "any",
  render(main, params, ctx) {
    const home = ctx.account
      ? h("a", { href: "#/spaces", text: t("page.go_spaces") })
      : h("a", { href: "#/login", text: t("page.go_sign_in") });
    main.append(
      h("h1", { tabindex: "-1", text: t("page.not_found") }),
      h("p", { text: t("page.not_found_text") }),
      h("p", {}, home),
    );
  },
};
