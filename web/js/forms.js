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
import { h } from "./dom.js";
import { t } from "./i18n.js";

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
      const holder = input.closest(".field, .check, .chat-compose") ?? input;
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
