// Accept a guest invitation link: /#/invite/TOKEN (the token stays in the fragment, which
// browsers never send to a server).

import { api } from "../api.js";
import { field, h, messageBox, say } from "../dom.js";
import { t } from "../i18n.js";

export default {
  id: "invite",
  path: "/invite/:token",
  title: "invite.title",
  session: "any",
  render(main, params, ctx) {
    const error = messageBox("error");
    const button = h("button", { type: "submit", text: t("invite.submit") });
    const form = h(
      "form",
      { class: "card narrow" },
      field(t("invite.display_name"), {
        id: "invite-name",
        name: "display_name",
        autocomplete: "name",
        required: true,
        maxlength: "100",
      }),
      field(t("login.email"), {
        id: "invite-email",
        name: "email",
        type: "email",
        autocomplete: "email",
        required: true,
      }),
      field(t("login.password"), {
        id: "invite-password",
        name: "password",
        type: "password",
        autocomplete: "new-password",
        minlength: "10",
        required: true,
      }),
      error,
      button,
    );
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      say(error, "");
      button.disabled = true;
      const data = new FormData(form);
      try {
        const session = await api.acceptInvitation(
          params.token,
          data.get("display_name"),
          data.get("email"),
          data.get("password"),
        );
        ctx.signedIn(session.account);
        ctx.navigate("/spaces");
      } catch (failure) {
        say(error, ctx.describe(failure));
      } finally {
        button.disabled = false;
      }
    });
    main.append(
      h("h1", { tabindex: "-1", text: t("invite.title") }),
      h("p", { text: t("invite.intro") }),
      form,
    );
  },
};
