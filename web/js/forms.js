// What every form of the page shares (docs/web-client.md, "Forms"): ONE message area, replaced
// and never appended; errors next to their fields (aria-invalid, aria-describedby), in the
// page's language from the catalogue, never the server's own words; the page's own check of
// required and blank fields before anything is sent, said next to the field.
//
//   const feedback = formFeedback(form);          // adds the form's message area
//   form.addEventListener("submit", async (event) => {
//     event.preventDefault();
//     if (!feedback.check()) return;              // empty, blank, too short: said, focused
//     try { await save(); feedback.success(done); }
//     catch (error) { feedback.fail(error, describe); }
//   });

import { ApiError } from "./api.js";
import { h, messageBox, say } from "./dom.js";
import { formatLocale, language, t } from "./i18n.js";

/** Field error codes the server sends (ApiError.fields[].code, docs/api.md) and the page uses. */
export const FIELD_CODES = [
  "required",
  "unknown",
  "type",
  "blank",
  "too_short",
  "too_long",
  "too_small",
  "too_large",
  "format",
  "choice",
];
const NEEDS = { too_short: "min", too_long: "max", too_small: "min", too_large: "max" };

/** One field error ({code, min, max}) as a sentence of the catalogue. */
export function fieldMessage(problem) {
  const code = FIELD_CODES.includes(problem.code) ? problem.code : "invalid";
  const limit = NEEDS[code];
  if (limit && typeof problem[limit] !== "number") return t("field.invalid");
  return t(`field.${code}`, { min: problem.min, max: problem.max, count: problem[limit] ?? 0 });
}

let serial = 0;

/**
 * One message area (a form's, or a section's for its row actions): each message replaces the
 * last, so a success never stands beside an older error. Errors are alerts, the rest status.
 */
export function messageArea() {
  const element = h("div", { class: "form-message", "aria-live": "polite" });
  let shown = null; // "error" | "success" | null
  const say = (kind, text) => {
    shown = text ? kind : null;
    element.replaceChildren(
      ...(text
        ? [h("p", { class: `message message-${kind}`, role: kind === "error" ? "alert" : "status", text })]
        : []),
    );
  };
  return {
    element,
    success: (text) => say("success", text),
    error: (text) => say("error", text),
    /** Clear the area; with a kind, only a message of that kind (an old error, not news). */
    clear: (kind = null) => {
      if (kind === null || kind === shown) say(null, "");
    },
  };
}

/** The input a field error belongs to: by name (`display_name`, `pupils.0.display_name`). */
function inputFor(form, name) {
  const found = form.elements.namedItem(name);
  if (found instanceof RadioNodeList) return found[0] ?? null;
  return found ?? null;
}

function describedBy(input, id, add) {
  const ids = new Set((input.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean));
  if (add) ids.add(id);
  else ids.delete(id);
  if (ids.size) input.setAttribute("aria-describedby", [...ids].join(" "));
  else input.removeAttribute("aria-describedby");
}

/**
 * The feedback of one form. `area` (a messageArea(), created when not given) is the form's
 * one message area; unless `place` is false it goes before the submit button. Returns
 * {area, clear(), success(text), error(text), fail(error, describe), fieldError(input, text),
 * check(inputs?), require(input, key?)}.
 */
export function formFeedback(form, { area = null, place = true } = {}) {
  form.noValidate = true; // our own checks, in the page's language, next to each field
  const messages = area ?? messageArea();
  const box = messages.element;
  if (!area && place) {
    const submit = form.querySelector("[type=submit]");
    if (submit?.parentNode) submit.parentNode.insertBefore(box, submit);
    else form.append(box);
  }
  const shown = new Map(); // input -> its error element

  function fieldError(input, text) {
    let note = shown.get(input);
    if (!note) {
      note = h("p", { class: "field-error", id: `${input.id || `field${++serial}`}-error` });
      shown.set(input, note);
      const holder = input.closest(".field, .check, .chat-compose, fieldset") ?? input;
      holder.after(note);
    }
    note.textContent = text;
    input.setAttribute("aria-invalid", "true");
    describedBy(input, note.id, true);
    // The error goes as soon as the field is changed.
    input.addEventListener("input", () => clearField(input), { once: true });
  }

  function clearField(input) {
    const note = shown.get(input);
    if (!note) return;
    describedBy(input, note.id, false);
    input.removeAttribute("aria-invalid");
    note.remove();
    shown.delete(input);
  }

  function clear() {
    messages.clear();
    for (const input of [...shown.keys()]) clearField(input);
  }

  /** Whether `input` holds something; if not, say so next to it. */
  function require(input, key = null) {
    const value = input.type === "file" ? (input.files?.length ? "x" : "") : input.value;
    if (value.trim()) return true;
    fieldError(input, t(key ?? (value.length ? "field.blank" : "field.required")));
    return false;
  }

  /** The page's own checks: required, blank, minlength, e-mail format. Focus goes to the
   * first field in error. */
  function check(inputs = null) {
    clear();
    const all = inputs ?? [...form.elements].filter((e) => e.matches("input, textarea, select"));
    let first = null;
    for (const input of all) {
      let fine = true;
      if (input.required) fine = require(input);
      if (fine && input.minLength > 0 && input.value.length < input.minLength && input.value.length > 0) {
        fieldError(input, fieldMessage({ code: "too_short", min: input.minLength }));
        fine = false;
      }
      if (fine && input.type === "email" && input.validity?.typeMismatch) {
        fieldError(input, t("field.format"));
        fine = false;
      }
      if (!fine) first ??= input;
    }
    first?.focus();
    return first === null;
  }

  /** A refusal: field errors next to their fields; the form's message from the error code. */
  function fail(error, describe) {
    clear();
    const fields = error instanceof ApiError ? error.fields : [];
    let first = null;
    let unplaced = false;
    for (const problem of fields) {
      const input = inputFor(form, problem.field);
      if (input) {
        fieldError(input, fieldMessage(problem));
        first ??= input;
      } else unplaced = true;
    }
    if (first && !unplaced) messages.error(t("error.fields"));
    else messages.error(describe(error));
    first?.focus();
  }

  return {
    area: box,
    clear,
    fieldError,
    clearField,
    require,
    check,
    fail,
    success: messages.success,
    error: messages.error,
  };
}

// -- the account screens' forms (issue 17) ----------------------------------------------------
// inputField() builds a field with its hint and its error line; accountForm() wires a whole
// form with its checks. Both share the rules above: one message area, errors by their fields.

let accountSerial = 0;

/**
 * A labelled input with a hint (optional) and an error line:
 * inputField({name: "email", label: "E-mail", type: "email", hint: "...", ...attributes}).
 */
export function inputField({ label, hint, tag = "input", children = [], ...attrs }) {
  const id = attrs.id ?? `af${++accountSerial}`;
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

/** A server field error's words: the shared field.<code> text (fieldMessage, above). */
export function fieldText(problem) {
  return fieldMessage(problem);
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

/** A count's text: the catalogue entry's plural form for it (t() uses Intl.PluralRules). */
export function plural(stem, count, params = {}) {
  return t(stem, { count, ...params });
}

/** A date and time in the page's language. */
export function when(iso) {
  return new Intl.DateTimeFormat(formatLocale(), { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}

/** A country's name in the page's language (ISO 3166-1 alpha-2 code). */
export function countryName(code) {
  try {
    return new Intl.DisplayNames([language()], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}
