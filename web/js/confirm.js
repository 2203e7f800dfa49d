// The one confirmation of a destructive action (docs/web-client.md, "Confirmations"): a modal
// <dialog> that names what is lost, with Cancel focused first. Every delete, purge, removal,
// erasure and end in the page goes through it:
//
//   if (await confirmAction({ title, lost, confirm })) ...   (sentences of the catalogue)
//
// `lost` is one sentence or a list of them (shown as a list). Additions for the heaviest
// steps of a space's administration and of the national admin's console:
//   typed: {text, label}  the person types `text` (a space's title) before the button works;
//   extra: [controls]     more form controls (a choice like keep/remove posts, a reason); the
//                         answer is then the dialog's FormData; a required control left empty
//                         is said next to it (formFeedback) and the dialog stays;
//   danger: false         for a step that loses nothing (reinstating an account);
//   keep: "…"             the Cancel button's words, where "Cancel" would read as the
//                         action itself ("Cancel the event?": "Keep the event").

import { h } from "./dom.js";
import { formFeedback } from "./forms.js";
import { t } from "./i18n.js";

let serial = 0;

/**
 * Ask before a destructive action. Resolves false when cancelled; when confirmed, true, or
 * the dialog's FormData when it has `extra` controls.
 */
export function confirmAction({ title, lost, confirm, typed = null, extra = [], danger = true, keep = null }) {
  const id = `confirm${++serial}`;
  const opener = document.activeElement;
  // A live update may rebuild the list meanwhile: the same control is then found by its label.
  const openerLabel = opener?.getAttribute?.("aria-label");
  const sentences = Array.isArray(lost) ? lost : [lost];
  return new Promise((resolve) => {
    const cancel = h("button", { type: "button", class: "secondary", autofocus: true, text: keep ?? t("confirm.cancel") });
    const yes = h("button", { type: "submit", class: danger ? "danger" : null, "data-action": "confirm", text: confirm });
    let typedInput = null;
    if (typed) {
      typedInput = h("input", { id: `${id}-typed`, name: "typed", autocomplete: "off" });
      yes.disabled = true;
      typedInput.addEventListener("input", () => {
        yes.disabled = typedInput.value.trim() !== typed.text.trim();
      });
    }
    const form = h(
      "form",
      { method: "dialog" },
      h("h2", { id: `${id}-title`, text: title }),
      sentences.length > 1
        ? h("ul", { id: `${id}-lost`, class: "consequences" }, sentences.map((line) => h("li", { text: line })))
        : h("p", { id: `${id}-lost`, text: sentences[0] }),
      extra,
      typedInput
        ? h("div", { class: "field" }, h("label", { for: typedInput.id, text: typed.label }), typedInput)
        : [],
      h("div", { class: "button-row" }, cancel, yes),
    );
    const dialog = h(
      "dialog",
      { class: "confirm-dialog", "aria-labelledby": `${id}-title`, "aria-describedby": `${id}-lost` },
      form,
    );
    // Its errors (a choice not made) stand next to the choice, in the page's language.
    const feedback = formFeedback(form, { place: false });
    let answer = false;
    cancel.addEventListener("click", () => dialog.close());
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      if (yes.disabled || !answered(form, feedback)) return;
      answer = extra.length ? new FormData(form) : true;
      dialog.close();
    });
    dialog.addEventListener("close", () => {
      dialog.remove();
      let back = opener instanceof HTMLElement && opener.isConnected ? opener : null;
      if (!back && openerLabel) back = document.querySelector(`[aria-label="${CSS.escape(openerLabel)}"]`);
      back?.focus();
      resolve(answer);
    });
    document.body.append(dialog);
    dialog.showModal();
    // Focus on what must be written first (a title, a reason), else on Cancel.
    (form.querySelector("textarea, input:not([type=radio], [type=checkbox])") ?? cancel).focus();
  });
}

/** Whether the dialog's required controls are answered; each one not says so, next to it. */
function answered(form, feedback) {
  let fine = feedback.check(); // required fields and blank ones
  const groups = new Map();
  for (const radio of form.querySelectorAll("input[type=radio][required]")) {
    groups.set(radio.name, (groups.get(radio.name) ?? []).concat(radio));
  }
  for (const radios of groups.values()) {
    if (radios.some((radio) => radio.checked)) continue;
    feedback.fieldError(radios[0], t("field.required"));
    if (fine) radios[0].focus();
    fine = false;
  }
  return fine;
}

/** A radio group (fieldset + legend) for a dialog's `extra`: `choices` are [value, label] pairs. */
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
