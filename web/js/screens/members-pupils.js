// Creating pupils: one by one, or a whole class from a pasted list of names (one per line,
// an error next to each line the server or the page refuses). The usernames and codes go to
// the login cards view, once.

import { adminApi } from "../admin-api.js";
import { clearFields, fieldText, markField, showFieldErrors, tn } from "../admin-kit.js";
import { field, h, messageBox, say } from "../dom.js";
import { t } from "../i18n.js";

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

export function pupilForms(view, cards, onCreated) {
  const { space, ctx } = view;
  const error = messageBox("error");
  const status = messageBox("status");

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

  async function create(form, button, entries) {
    say(error, "");
    say(status, "");
    button.disabled = true;
    try {
      const created = await adminApi.createPupils(space.id, entries.map((e) => e.name));
      form.reset();
      say(status, tn("pupils.created", created.length));
      cards.show(created);
      onCreated();
      return [];
    } catch (failure) {
      if (!showFieldErrors(form, failure) && !(failure?.fields ?? []).length) say(error, ctx.describe(failure));
      return lineErrors(entries, failure?.fields ?? []);
    } finally {
      button.disabled = false;
    }
  }

  one.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFields(one);
    const input = one.elements.display_name;
    const name = input.value.trim();
    if (!name) return markField(input, t("field.blank"));
    const [first] = await create(one, oneButton, [{ name, line: 1 }]);
    if (first) {
      markField(input, fieldText(first.error));
      input.focus();
    }
  });

  whole.addEventListener("submit", async (event) => {
    event.preventDefault();
    const textarea = whole.elements.names;
    markField(textarea, "");
    lineList.replaceChildren();
    lineList.hidden = true;
    const entries = classLines(textarea.value);
    const local = entries
      .filter((entry) => entry.name.length > NAME_MAX)
      .map((entry) => ({ line: entry.line, error: { code: "too_long", max: NAME_MAX } }));
    let problems = local;
    if (!entries.length) return markField(textarea, t("pupils.class_empty"));
    if (!local.length) problems = await create(whole, classButton, entries);
    if (problems.length) {
      lineList.replaceChildren(
        ...problems.map(({ line, error: e }) =>
          h("li", { text: t("pupils.line_error", { line, error: fieldText(e) }) }),
        ),
      );
      lineList.hidden = false;
      markField(textarea, tn("pupils.lines_refused", problems.length));
      textarea.focus();
    }
  });

  return h(
    "section",
    { class: "admin-panel", "aria-labelledby": "pupils-heading" },
    h("h3", { id: "pupils-heading", text: t("pupils.title") }),
    error,
    status,
    h("div", { class: "columns" }, one, whole),
  );
}
