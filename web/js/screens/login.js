// Sign in: teachers and guests with e-mail and password, pupils with username and code.

import { api } from "../api.js";
import { field, h, messageBox, say } from "../dom.js";
import { formFeedback } from "../forms.js";
import { home } from "../home.js";
import { t } from "../i18n.js";

function form(legendKey, fields, submitKey, submit) {
  const button = h("button", { type: "submit", text: t(submitKey) });
  const element = h(
    "form",
    { class: "card" },
    h("fieldset", {}, h("legend", { text: t(legendKey) }), ...fields, button),
  );
  const feedback = formFeedback(element);
  element.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!feedback.check()) return;
    button.disabled = true;
    try {
      await submit(new FormData(element));
    } catch (failure) {
      // A lockout says how long it lasts (Retry-After, in words): see describeError.
      feedback.fail(failure, submit.describe);
      if (!failure?.fields?.length) element.querySelector("input")?.focus();
    } finally {
      button.disabled = false;
    }
  });
  return element;
}

export default {
  id: "login",
  path: "/login",
  title: "login.title",
  session: "none",
  render(main, params, ctx) {
    const flash = messageBox(ctx.flashKind ?? "error");
    // Kept until the person acts (app.js forgets it on any other screen): a sign-out that is
    // both answered and announced on the socket renders this screen twice.
    say(flash, ctx.flash);
    const done = (session) => {
      ctx.signedIn(session.account);
      ctx.navigate(home(session.account));
    };
    const teacher = async (data) => done(await api.login(data.get("email"), data.get("password")));
    teacher.describe = ctx.describe;
    const pupil = async (data) =>
      done(await api.pupilLogin(data.get("username"), data.get("code")));
    pupil.describe = ctx.describe;
    main.append(
      h("h1", { tabindex: "-1", text: t("login.title") }),
      h("p", { text: t("login.intro") }),
      flash,
      h(
        "div",
        { class: "columns" },
        form(
          "login.teacher",
          [
            field(t("login.email"), {
              id: "login-email",
              name: "email",
              type: "email",
              autocomplete: "username",
              required: true,
            }),
            field(t("login.password"), {
              id: "login-password",
              name: "password",
              type: "password",
              autocomplete: "current-password",
              required: true,
            }),
          ],
          "login.submit",
          teacher,
        ),
        form(
          "login.pupil",
          [
            field(t("login.username"), {
              id: "pupil-username",
              name: "username",
              autocomplete: "username",
              autocapitalize: "none",
              spellcheck: "false",
              required: true,
            }),
            field(t("login.code"), {
              id: "pupil-code",
              name: "code",
              type: "password",
              autocomplete: "one-time-code",
              required: true,
            }),
          ],
          "login.pupil_submit",
          pupil,
        ),
      ),
    );
    // Issue 17: what to do without an account, a password or a code.
    const [teacherForm, pupilForm] = main.querySelectorAll("form");
    teacherForm.append(
      h(
        "p",
        { class: "form-links" },
        h("a", { href: "#/forgot", text: t("login.forgot") }),
        h("a", { href: "#/register", text: t("login.register") }),
      ),
    );
    pupilForm.append(h("p", { class: "form-note", text: t("login.pupil_forgot") }));
    // A new try replaces the message the page came with (one message at a time). On the
    // forms, drawn anew with each rendering: <main> stays, and its listeners would pile up.
    for (const form of [teacherForm, pupilForm]) {
      form.addEventListener("submit", () => say(flash, ""), { capture: true });
    }
  },
};
