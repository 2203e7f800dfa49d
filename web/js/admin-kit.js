// Small shared pieces of the administration screens: plural counts, dates, field errors next
// to their fields, and the confirmation dialog every destructive step goes through.

import { h } from "./dom.js";
import { CATALOGUE, language, t } from "./i18n.js";

/** A count in words: `key.one`, `key.other`... chosen by Intl.PluralRules, {count} formatted. */
export function tn(key, count, params = {}) {
  const form = `${key}.${new Intl.PluralRules(language()).select(count)}`;
  const chosen = form in CATALOGUE.en ? form : `${key}.other`;
  return t(chosen, { ...params, count: new Intl.NumberFormat(language()).format(count) });
}

/** A date and time in the page's language. */
export function when(iso) {
  return new Intl.DateTimeFormat(language(), { dateStyle: "medium", timeStyle: "short" }).format(
    new Date(iso),
  );
}

/** The sentence for one field error of the server's 422 shape ({field, code, min, max}). */
export function fieldText(error) {
  const key = `field.${error.code}`;
  return t(key in CATALOGUE.en ? key : "field.invalid", { min: error.min ?? "", max: error.max ?? "" });
}

/** Put `text` next to `input` (replacing what was there); empty text clears it. */
export function markField(input, text) {
  const id = `${input.id}-error`;
  let note = document.getElementById(id);
  if (!text) {
    note?.remove();
    input.removeAttribute("aria-invalid");
    input.removeAttribute("aria-describedby");
    return;
  }
  if (!note) {
    note = h("p", { id, class: "field-error" });
    input.insertAdjacentElement("afterend", note);
  }
  note.textContent = text;
  input.setAttribute("aria-invalid", "true");
  input.setAttribute("aria-describedby", id);
}

export function clearFields(form) {
  for (const input of form.querySelectorAll("[aria-invalid]")) markField(input, "");
}

/** Show a failure's field errors next to the form's inputs; true if any was placed. */
export function showFieldErrors(form, failure) {
  let placed = false;
  for (const error of failure?.fields ?? []) {
    const input = form.querySelector(`[name="${CSS.escape(error.field)}"]`);
    if (!input) continue;
    markField(input, fieldText(error));
    if (!placed) input.focus();
    placed = true;
  }
  return placed;
}

/**
 * Ask before something is lost. `lines` say what is lost; `typed` (optional) is a text the
 * person must type to enable the button; `extra` are more form controls (their values come
 * back). Resolves with the dialog's FormData, or null when cancelled.
 */
export function confirmAction({ title, lines = [], confirm, typed = null, extra = [] }) {
  return new Promise((resolve) => {
    const headingId = `confirm-${Date.now()}`;
    const yes = h("button", { type: "submit", class: "danger", text: confirm });
    const no = h("button", { type: "button", class: "secondary", text: t("admin.cancel") });
    let typedInput = null;
    if (typed !== null) {
      typedInput = h("input", { id: `${headingId}-typed`, name: "typed", autocomplete: "off" });
      yes.disabled = true;
      typedInput.addEventListener("input", () => {
        yes.disabled = typedInput.value.trim() !== typed.trim();
      });
    }
    const form = h(
      "form",
      { method: "dialog" },
      h("h2", { id: headingId, text: title }),
      lines.length ? h("ul", { class: "consequences" }, lines.map((line) => h("li", { text: line }))) : null,
      extra,
      typedInput
        ? h(
            "div",
            { class: "field" },
            h("label", { for: typedInput.id, text: t("admin.type_to_confirm", { text: typed }) }),
            typedInput,
          )
        : null,
      h("div", { class: "dialog-buttons" }, no, yes),
    );
    const dialog = h("dialog", { class: "confirm-dialog", "aria-labelledby": headingId }, form);
    let answer = null;
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      if (yes.disabled) return;
      answer = new FormData(form);
      dialog.close();
    });
    no.addEventListener("click", () => dialog.close());
    const opener = document.activeElement;
    const openerLabel = opener?.getAttribute?.("aria-label");
    dialog.addEventListener("close", () => {
      dialog.remove();
      // A live update may have rebuilt the list meanwhile: the same control, found again.
      let back = opener instanceof HTMLElement && opener.isConnected ? opener : null;
      if (!back && openerLabel) back = document.querySelector(`[aria-label="${CSS.escape(openerLabel)}"]`);
      back?.focus();
      resolve(answer);
    });
    document.body.append(dialog);
    dialog.showModal();
    (typedInput ?? no).focus();
  });
}

/** A radio group (fieldset + legend) for a dialog: `choices` are [value, label] pairs. */
export function radios(name, legend, choices) {
  return h(
    "fieldset",
    { class: "choices" },
    h("legend", { text: legend }),
    choices.map(([value, label]) => {
      const id = `${name}-${value}`;
      return h(
        "div",
        { class: "choice" },
        h("input", { type: "radio", id, name, value, required: true }),
        h("label", { for: id, text: label }),
      );
    }),
  );
}
