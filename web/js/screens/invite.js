// Accept a guest invitation link: /#/invite/TOKEN (the token stays in the fragment, which
// browsers never send to a server). The link is checked as the page opens
// (POST /api/invitations/status): an unknown, expired, used-up or withdrawn link is said at
// once, before the guest fills in anything.

import { api } from "../api.js";
import { field, h } from "../dom.js";
import { formFeedback } from "../forms.js";
import { language, t } from "../i18n.js";

/** What the page says of a link that does not work, by the server's `state`. */
const NOT_USABLE = {
  expired: "invite.expired",
  used_up: "invite.used_up",
  revoked: "invite.revoked",
  closed: "invite.closed",
};

export default {
  id: "invite",
  path: "/invite/:token",
  title: "invite.title",
  session: "any",
  render(main, params, ctx) {
    let alive = true;
    const standing = h("div", { class: "invite-standing", "aria-live": "polite" });
    const say = (kind, text) =>
      standing.replaceChildren(
        h("p", { class: `message message-${kind}`, role: kind === "error" ? "alert" : "status", text }),
      );
    const button = h("button", { type: "submit", text: t("invite.submit") });
    const form = h(
      "form",
      { class: "card narrow", hidden: true },
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
      button,
    );
    const feedback = formFeedback(form);
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      if (!feedback.check()) return;
      button.disabled = true;
      const data = new FormData(form);
      try {
        const session = await api.acceptInvitation(
          params.token,
          data.get("display_name"),
          data.get("email"),
          data.get("password"),
          language(),
        );
        ctx.signedIn(session.account);
        ctx.navigate("/spaces");
      } catch (failure) {
        if (failure?.code === "gone" || failure?.code === "not_found") check(); // say why
        else feedback.fail(failure, ctx.describe);
      } finally {
        button.disabled = false;
      }
    });

    async function check() {
      say("status", t("invite.checking"));
      let answer;
      try {
        answer = await api.invitationStatus(params.token);
      } catch (failure) {
        if (!alive) return;
        form.hidden = true;
        // Unknown, or a malformed token (422): the same words, no schema message.
        const unknown = failure?.code === "not_found" || failure?.code === "invalid";
        say("error", unknown ? t("invite.unknown") : ctx.describe(failure));
        return;
      }
      if (!alive) return;
      if (answer.state === "usable") {
        say("status", t("invite.for_space", { title: answer.space_title }));
        form.hidden = false;
      } else {
        form.hidden = true;
        say("error", t(NOT_USABLE[answer.state] ?? "invite.unknown"));
      }
    }

    main.append(
      h("h1", { tabindex: "-1", text: t("invite.title") }),
      h("p", { text: t("invite.intro") }),
      standing,
      form,
    );
    check();
    return () => {
      alive = false;
    };
  },
};
