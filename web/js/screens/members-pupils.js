// Creating pupils: one by one, or a whole class from a pasted list of names (one per line,
// an error next to each line the server or the page refuses). The usernames and codes go to
// the login cards view, once. The teacher chooses the language the page speaks to the new
// pupils (issue 20), by default their own; the pupil's page follows it after signing in.

import { adminApi } from "../admin-api.js";
import { field, h } from "../dom.js";
import { fieldMessage, formFeedback, messageArea } from "../forms.js";
import { LANGUAGES, language, t } from "../i18n.js";
import { endonym } from "../languages.js";

const NAME_MAX = 100;

/** The class list's names, each with its line number (blank lines are skipped). */
export function classLines(text) {
  return text
    .split(/\r?\n/)
    .map((name, index) => ({ name: name.trim(), line: index + 1 }))
    .filter((entry) => entry.name !== "");
}

function lineErrors(entries, fields) {
  // The server names a class list's field pupils.<index>.display_name.
  const errors = [];
  for (const error of fields) {
    const match = /^pupils\.(\d+)\./.exec(error.field);
    if (match && entries[Number(match[1])]) errors.push({ line: entries[Number(match[1])].line, error });
  }
  return errors;
}

/** The language new pupils get unless the teacher picks another: the teacher's own saved
 * choice (its primary tag, "fr-BE" → "fr") if the page speaks it, else the page's language. */
export function teachersLanguage(account, languages = LANGUAGES, current = language()) {
  const primary = String(account?.language ?? "").toLowerCase().split("-")[0];
  return languages.includes(primary) ? primary : current;
}

/** The select of the new pupils' language, shared by both forms, labelled and explained. */
function languageChoice(account) {
  const chosen = teachersLanguage(account);
  const select = h(
    "select",
    { id: "pupil-language", name: "language", "aria-describedby": "pupil-language-help" },
    ...LANGUAGES.map((code) =>
      h("option", { value: code, lang: code, selected: code === chosen, text: endonym(code) }),
    ),
  );
  const help = h("p", { id: "pupil-language-help", class: "meta", text: t("pupils.language_help") });
  const box = h("div", { class: "field" }, h("label", { for: "pupil-language", text: t("pupils.language") }), select, help);
  return { box, select };
}

export function pupilForms(view, cards, onCreated) {
  const { space, ctx } = view;
  const area = messageArea(); // the section's one message area, for both forms
  const languageField = languageChoice(ctx.account);

  const oneName = field(t("pupils.name"), {
    id: "pupil-name",
    name: "display_name",
    autocomplete: "off",
    maxlength: String(NAME_MAX),
    required: true,
  });
  const oneButton = h("button", { type: "submit", text: t("pupils.add_one") });
  const one = h("form", { class: "inline-form", "aria-labelledby": "pupil-one-heading" },
    h("h4", { id: "pupil-one-heading", text: t("pupils.one_title") }), oneName, oneButton);

  const classBox = field(t("pupils.class_names"), {
    tag: "textarea",
    id: "pupil-class",
    name: "names",
    rows: "6",
    "aria-describedby": "pupil-class-help",
  });
  const help = h("p", { id: "pupil-class-help", class: "meta", text: t("pupils.class_help") });
  const lineList = h("ul", { class: "line-errors", "aria-label": t("pupils.line_errors"), hidden: true });
  const classButton = h("button", { type: "submit", text: t("pupils.add_class") });
  const whole = h("form", { class: "class-form", "aria-labelledby": "pupil-class-heading" },
    h("h4", { id: "pupil-class-heading", text: t("pupils.class_title") }), help, classBox, lineList, classButton);

  const oneFeedback = formFeedback(one, { area });
  const wholeFeedback = formFeedback(whole, { area });

  async function create(feedback, form, button, entries) {
    area.clear();
    button.disabled = true;
    try {
      const names = entries.map((e) => e.name);
      const created = await adminApi.createPupils(space.id, names, languageField.select.value);
      form.reset();
      area.success(t("pupils.created", { count: created.length }));
      cards.show(created);
      onCreated();
      return [];
    } catch (failure) {
      const problems = lineErrors(entries, failure?.fields ?? []);
      // A class list's refusals are said line by line below its box; anything else here.
      if (!problems.length) feedback.fail(failure, ctx.describe);
      return problems;
    } finally {
      button.disabled = false;
    }
  }

  one.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!oneFeedback.check()) return;
    const input = one.elements.display_name;
    const [first] = await create(oneFeedback, one, oneButton, [{ name: input.value.trim(), line: 1 }]);
    if (first) {
      oneFeedback.fieldError(input, fieldMessage(first.error));
      input.focus();
    }
  });

  whole.addEventListener("submit", async (event) => {
    event.preventDefault();
    const textarea = whole.elements.names;
    wholeFeedback.clear();
    lineList.replaceChildren();
    lineList.hidden = true;
    const entries = classLines(textarea.value);
    const local = entries
      .filter((entry) => entry.name.length > NAME_MAX)
      .map((entry) => ({ line: entry.line, error: { code: "too_long", max: NAME_MAX } }));
    let problems = local;
    if (!entries.length) return wholeFeedback.fieldError(textarea, t("pupils.class_empty")), textarea.focus();
    if (!local.length) problems = await create(wholeFeedback, whole, classButton, entries);
    if (problems.length) {
      lineList.replaceChildren(
        ...problems.map(({ line, error: e }) =>
          h("li", { text: t("pupils.line_error", { line, error: fieldMessage(e) }) }),
        ),
      );
      lineList.hidden = false;
      wholeFeedback.fieldError(textarea, t("pupils.lines_refused", { count: problems.length }));
      textarea.focus();
    }
  });

  return h(
    "section",
    { class: "admin-panel", "aria-labelledby": "pupils-heading" },
    h("h3", { id: "pupils-heading", text: t("pupils.title") }),
    area.element,
    languageField.box,
    h("div", { class: "columns" }, one, whole),
  );
}
