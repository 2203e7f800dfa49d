// A teacher's account waiting for validation (issue 17): who decides, and what happens next.

import { api } from "../api.js";
import { h, messageBox, say } from "../dom.js";
import { countryName } from "../forms.js";
import { home } from "../home.js";
import { t } from "../i18n.js";

export default {
  id: "pending",
  path: "/pending",
  title: "pending.title",
  session: "required",
  render(main, params, ctx) {
    const account = ctx.account;
    if (home(account) !== "/pending") {
      ctx.navigate(home(account));
      return null;
    }
    const status = messageBox("status");
    const error = messageBox("error");
    const check = h("button", { type: "button", text: t("pending.check") });
    check.addEventListener("click", async () => {
      say(status, "");
      say(error, "");
      check.disabled = true;
      try {
        const me = await api.me();
        if (home(me) !== "/pending") {
          ctx.updateAccount(me);
          ctx.navigate(home(me));
          return;
        }
        say(status, t("pending.still"));
      } catch (failure) {
        say(error, ctx.describe(failure));
      } finally {
        check.disabled = false;
      }
    });
    const country = account.country ? countryName(account.country) : "";
    main.append(
      h("h1", { tabindex: "-1", text: t("pending.title") }),
      h(
        "section",
        { class: "card pending", "aria-labelledby": "pending-who" },
        h("h2", { id: "pending-who", text: t("pending.who_heading") }),
        h("p", { text: t("pending.who", { country }) }),
        h("h2", { text: t("pending.next_heading") }),
        h(
          "ul",
          {},
          h("li", { text: t("pending.next_validate") }),
          h("li", { text: t("pending.next_reject") }),
          h("li", { text: t("pending.next_meanwhile") }),
        ),
        status,
        error,
        h("div", { class: "actions" }, check, h("a", { href: "#/account", text: t("account.title") })),
      ),
    );
    return null;
  },
};
