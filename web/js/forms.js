// Forms of the account screens (issue 17): one message area per form, and each field with its
// own error line next to it (aria-describedby, aria-invalid), in the page's language.
// Server field errors follow docs/api.md: a 422's `fields` [{field, code, min, max}] are shown
// as t("field.<code>") next to the input of that name.

import { ApiError } from "./api.js";
import { h, messageBox, say } from "./dom.js";
import { CATALOGUE, language, t } from "./i18n.js";

let serial = 0;

/**
 * A labelled input with a hint (optional) and an error line:
 * inputField({name: "email", label: "E-mail", type: "email", hint: "...", ...attributes}).
 */
export function inputField({ label, hint, tag = "input", children = [], ...attrs }) {
  const id = attrs.id ?? `af${++serial}`;
  const hintId = hint ? `${id}-hint` : null;
  const errorId = `${id}-error`;
  const input = h(tag, { ...attrs, id, "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") }, ...children);
  return h(
    "div",
    { class: "field", "data-field": attrs.name },
    h("label", { for: id, text: label }),
    hint ? h("p", { class: "hint", id: hintId, text: hint }) : null,
    input,
    h("p", { class: "field-error", id: errorId, hidden: true }),
  );
}

/** Show `text` next to the field named `name` in `form` ("" clears it). */
export function fieldError(form, name, text) {
  const wrapper = form.querySelector(`[data-field="${CSS.escape(name)}"]`);
  if (!wrapper) return false;
  const line = wrapper.querySelector(".field-error");
  const input = wrapper.querySelector("input, select, textarea");
  say(line, text);
  if (text) input.setAttribute("aria-invalid", "true");
  else input.removeAttribute("aria-invalid");
  return true;
}

export function clearErrors(form) {
  for (const wrapper of form.querySelectorAll("[data-field]")) fieldError(form, wrapper.dataset.field, "");
}

/** A server field error's words: the shared field.<code> text, else our own fallback. */
export function fieldText(problem) {
  const key = `field.${problem.code}`;
  if (key in CATALOGUE.en) return t(key, { min: problem.min ?? "", max: problem.max ?? "" });
  return t("form.field_invalid");
}

/**
 * Show a failed request: its field errors next to their fields (the first one focused), the
 * rest in the form's one message area. `byCode` maps an error code to [field, catalogue key]
 * for answers about one field (a wrong current password, an e-mail already taken).
 */
export function showFailure(form, box, failure, describe, byCode = {}) {
  const fields = failure instanceof ApiError ? (failure.fields ?? []) : [];
  let first = null;
  for (const problem of fields) {
    if (fieldError(form, problem.field, fieldText(problem))) first ??= problem.field;
  }
  const mapped = failure instanceof ApiError ? byCode[failure.code] : undefined;
  if (mapped && fieldError(form, mapped[0], t(mapped[1]))) first ??= mapped[0];
  if (first) {
    say(box, t("form.check_fields"));
    form.querySelector(`[data-field="${CSS.escape(first)}"] input, [data-field="${CSS.escape(first)}"] select`)?.focus();
  } else {
    say(box, describe(failure));
  }
}

/**
 * A form that runs `submit(data)` once at a time: errors cleared first, shown afterwards.
 * `check(data)` returns {field: catalogue key} of problems found before asking the server.
 */
export function accountForm({ labelledBy, children, submitLabel, submit, check, describe, byCode }) {
  const box = messageBox("error");
  const done = messageBox("status");
  const button = h("button", { type: "submit", text: submitLabel });
  const form = h("form", { class: "card", "aria-labelledby": labelledBy, novalidate: true }, ...children, box, done, button);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors(form);
    say(box, "");
    say(done, "");
    const data = new FormData(form);
    const problems = Object.entries(check ? check(data) : {});
    if (problems.length) {
      for (const [name, key] of problems) fieldError(form, name, t(key));
      say(box, t("form.check_fields"));
      form.querySelector(`[data-field="${CSS.escape(problems[0][0])}"] input, [data-field="${CSS.escape(problems[0][0])}"] select`)?.focus();
      return;
    }
    button.disabled = true;
    try {
      const message = await submit(data, form);
      if (message) say(done, message);
    } catch (failure) {
      showFailure(form, box, failure, describe, byCode);
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

/** Common checks, as {field: catalogue key}. */
export const checks = {
  required(data, names) {
    const found = {};
    for (const name of names) if (!String(data.get(name) ?? "").trim()) found[name] = "form.required";
    return found;
  },
  email(data, name) {
    const value = String(data.get(name) ?? "").trim();
    return value && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value) ? { [name]: "form.email_format" } : {};
  },
  password(data, name, confirmName) {
    const value = String(data.get(name) ?? "");
    if (value && value.length < 10) return { [name]: "form.password_short" };
    if (value.length > 200) return { [name]: "form.password_long" };
    if (confirmName && data.get(confirmName) !== value) return { [confirmName]: "form.password_mismatch" };
    return {};
  },
};

/** A count's text through the language's plural rules: keys `<stem>.one`, `<stem>.other`. */
export function plural(stem, count, params = {}) {
  const category = new Intl.PluralRules(language()).select(count);
  const key = `${stem}.${category}` in CATALOGUE.en ? `${stem}.${category}` : `${stem}.other`;
  return t(key, { count: new Intl.NumberFormat(language()).format(count), ...params });
}

/** A date and time in the page's language. */
export function when(iso) {
  return new Intl.DateTimeFormat(language(), { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}

/** A country's name in the page's language (ISO 3166-1 alpha-2 code). */
export function countryName(code) {
  try {
    return new Intl.DisplayNames([language()], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}
