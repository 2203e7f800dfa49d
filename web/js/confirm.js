// The one confirmation of a destructive action (docs/web-client.md, "Confirmations"): a modal
// <dialog> that names what is lost, with Cancel focused first. Every delete, purge, removal
// and end in the page goes through it:
//
//   if (await confirmAction({ title, lost, confirm })) ...   (three sentences of the catalogue)

import { h } from "./dom.js";
import { t } from "./i18n.js";

let serial = 0;

/** Ask before a destructive action; resolves true when the person confirms. */
export function confirmAction({ title, lost, confirm }) {
  const id = `confirm${++serial}`;
  const opener = document.activeElement;
  return new Promise((resolve) => {
    const cancel = h("button", { type: "button", class: "secondary", autofocus: true, text: t("confirm.cancel") });
    const yes = h("button", { type: "button", class: "danger", "data-action": "confirm", text: confirm });
    const dialog = h(
      "dialog",
      { class: "confirm-dialog", "aria-labelledby": `${id}-title`, "aria-describedby": `${id}-lost` },
      h("h2", { id: `${id}-title`, text: title }),
      h("p", { id: `${id}-lost`, text: lost }),
      h("div", { class: "button-row" }, cancel, yes),
    );
    let answer = false;
    cancel.addEventListener("click", () => dialog.close());
    yes.addEventListener("click", () => {
      answer = true;
      dialog.close();
    });
    dialog.addEventListener("close", () => {
      dialog.remove();
      if (opener?.isConnected) opener.focus();
      resolve(answer);
    });
    document.body.append(dialog);
    dialog.showModal();
    cancel.focus();
  });
}
