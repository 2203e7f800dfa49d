// The national admin's console (issue 17): teachers of their country waiting for validation
// (validate or reject, one or many, a rejection with its reason), and a search of their
// country's accounts to suspend (after a confirmation) or reinstate. The server decides every
// request and shows nothing of another country.

import { api } from "../api.js";
import { h, messageBox, say } from "../dom.js";
import { clearErrors, countryName, fieldError, inputField, plural, when } from "../forms.js";
import { t } from "../i18n.js";

const PAGE = 20;
/** The words of each status change of the search's rows. */
const CHANGES = {
  suspend: {
    button: "admin.suspend",
    named: "admin.suspend_named",
    question: "admin.suspend_question",
    reason: "admin.suspend_reason",
    confirm: "admin.suspend_confirm",
    done: "admin.suspend_done",
  },
  reinstate: {
    button: "admin.reinstate",
    named: "admin.reinstate_named",
    question: "admin.reinstate_question",
    reason: "admin.reinstate_reason",
    confirm: "admin.reinstate_confirm",
    done: "admin.reinstate_done",
  },
};

function personLines(account) {
  return [
    h("span", { class: "person-name", text: account.display_name }),
    h("span", { class: "meta", text: account.email ?? "" }),
    h("span", { class: "meta", text: t("admin.school", { school: account.school ?? "" }) }),
    h("span", { class: "meta", text: t("admin.registered", { date: when(account.created_at) }) }),
  ];
}

/** Run `change` for each account one after the other; the names that failed, with why. */
async function each(accounts, change, reason, describe) {
  const failed = [];
  for (const account of accounts) {
    try {
      await api.changeStatus(account.id, change, reason);
    } catch (failure) {
      failed.push(t("admin.failed_one", { name: account.display_name, why: describe(failure) }));
    }
  }
  return failed;
}

function pendingSection(ctx, onChanged) {
  let pending = [];
  const count = h("p", { class: "meta", "aria-live": "polite" });
  const list = h("ul", { class: "pending-list" });
  const all = h("input", { type: "checkbox", id: "pending-all" });
  const allRow = h("div", { class: "check-row" }, all, h("label", { for: "pending-all", text: t("admin.select_all") }));
  const status = messageBox("status");
  const error = messageBox("error");
  const validate = h("button", { type: "button", text: t("admin.validate_selected") });
  const reject = h("button", { type: "button", class: "secondary", text: t("admin.reject_selected") });
  const confirmArea = h("div", {});
  const form = h("form", { id: "pending-form", class: "card", "aria-labelledby": "pending-heading", novalidate: true });

  const boxes = () => [...list.querySelectorAll("input[type=checkbox]")];
  const selected = () => {
    const ids = new Set(boxes().filter((box) => box.checked).map((box) => Number(box.value)));
    return pending.filter((account) => ids.has(account.id));
  };
  const syncAll = () => {
    const checked = boxes().filter((box) => box.checked).length;
    all.checked = checked > 0 && checked === boxes().length;
    all.indeterminate = checked > 0 && checked < boxes().length;
  };
  all.addEventListener("change", () => {
    for (const box of boxes()) box.checked = all.checked;
  });
  list.addEventListener("change", syncAll);

  const load = async () => {
    try {
      pending = await api.pendingTeachers();
    } catch (failure) {
      say(error, ctx.describe(failure));
      return;
    }
    count.textContent = pending.length
      ? plural("admin.pending_count", pending.length)
      : t("admin.pending_none");
    list.replaceChildren(
      ...pending.map((account) => {
        const id = `pending-${account.id}`;
        return h(
          "li",
          { class: "pending-item" },
          h("input", { type: "checkbox", id, value: account.id, "aria-describedby": `${id}-more` }),
          h(
            "label",
            { for: id, class: "person" },
            h("span", { class: "person-name", text: account.display_name }),
          ),
          h("div", { class: "person-more", id: `${id}-more` }, ...personLines(account).slice(1)),
        );
      }),
    );
    allRow.hidden = pending.length === 0;
    validate.hidden = reject.hidden = pending.length === 0;
    syncAll();
  };

  const needSelection = () => {
    if (selected().length) return true;
    say(error, t("admin.select_first"));
    return false;
  };

  validate.addEventListener("click", async () => {
    say(status, "");
    say(error, "");
    confirmArea.replaceChildren();
    if (!needSelection()) return;
    const chosen = selected();
    validate.disabled = true;
    const failed = await each(chosen, "validate", "", ctx.describe);
    validate.disabled = false;
    const done = chosen.length - failed.length;
    if (done) say(status, plural("admin.validated", done));
    if (failed.length) say(error, failed.join(" "));
    await load();
    onChanged();
  });

  reject.addEventListener("click", () => {
    say(status, "");
    say(error, "");
    if (!needSelection()) return;
    const chosen = selected();
    const reasonField = inputField({
      label: t("admin.reject_reason"),
      hint: t("admin.reject_reason_hint"),
      name: "reject_reason",
      tag: "textarea",
      rows: "3",
      maxlength: "1000",
      required: true,
    });
    const yes = h("button", { type: "button", class: "danger", text: plural("admin.reject_confirm", chosen.length) });
    const no = h("button", { type: "button", class: "secondary", text: t("account.cancel") });
    no.addEventListener("click", () => {
      confirmArea.replaceChildren();
      reject.focus();
    });
    yes.addEventListener("click", async () => {
      clearErrors(confirmArea);
      const reason = confirmArea.querySelector("textarea").value.trim();
      if (!reason) {
        fieldError(confirmArea, "reject_reason", t("form.required"));
        confirmArea.querySelector("textarea").focus();
        return;
      }
      yes.disabled = true;
      const failed = await each(chosen, "reject", reason, ctx.describe);
      confirmArea.replaceChildren();
      const done = chosen.length - failed.length;
      if (done) say(status, plural("admin.rejected", done));
      if (failed.length) say(error, failed.join(" "));
      await load();
      onChanged();
    });
    confirmArea.replaceChildren(
      h(
        "div",
        { class: "confirm", role: "group", "aria-labelledby": "reject-question" },
        h("p", {
          id: "reject-question",
          class: "question",
          text: plural("admin.reject_question", chosen.length, { names: chosen.map((a) => a.display_name).join(", ") }),
        }),
        reasonField,
        h("div", { class: "actions" }, yes, no),
      ),
    );
    confirmArea.querySelector("textarea").focus();
  });

  form.addEventListener("submit", (event) => event.preventDefault());
  form.append(
    h("h2", { id: "pending-heading", text: t("admin.pending_heading") }),
    count,
    allRow,
    list,
    status,
    error,
    h("div", { class: "actions" }, validate, reject),
    confirmArea,
  );
  return { element: form, load };
}

function searchSection(ctx) {
  let words = "";
  let offset = 0;
  let searched = false;
  const status = messageBox("status");
  const error = messageBox("error");
  const results = h("ul", { class: "account-list", "aria-labelledby": "search-heading" });
  const summary = h("p", { class: "meta", "aria-live": "polite" });
  const previous = h("button", { type: "button", class: "secondary", text: t("admin.previous"), hidden: true });
  const next = h("button", { type: "button", class: "secondary", text: t("admin.next"), hidden: true });
  const query = inputField({ label: t("admin.search_label"), hint: t("admin.search_hint"), name: "q", type: "search", maxlength: "200" });
  const form = h(
    "form",
    { id: "search-form", class: "card", role: "search", "aria-labelledby": "search-heading", novalidate: true },
    h("h2", { id: "search-heading", text: t("admin.search_heading") }),
    h("div", { class: "search-row" }, query, h("button", { type: "submit", text: t("admin.search") })),
  );

  const row = (account) => {
    const item = h("li", { class: "account-item" });
    const show = (...extra) =>
      item.replaceChildren(
        h("div", { class: "person" }, ...personLines(account)),
        h("span", { class: `badge status-${account.status}`, text: t(`status.${account.status}`) }),
        ...extra,
      );
    const suspendable = account.status === "active" || account.status === "pending";
    const change = suspendable ? "suspend" : "reinstate";
    const texts = CHANGES[change];
    const act = h("button", {
      type: "button",
      class: suspendable ? "danger" : "secondary",
      text: t(texts.button),
      "aria-label": t(texts.named, { name: account.display_name }),
      hidden: !(suspendable || account.status === "suspended"),
    });
    act.addEventListener("click", () => {
      say(status, "");
      say(error, "");
      const area = h("div", { class: "confirm", role: "group", "aria-labelledby": `q-${account.id}` });
      const reasonField = inputField({
        label: t(texts.reason),
        name: `${change}_reason`,
        tag: "textarea",
        rows: "2",
        maxlength: "1000",
        required: suspendable,
      });
      const yes = h("button", { type: "button", class: suspendable ? "danger" : "", text: t(texts.confirm) });
      const no = h("button", { type: "button", class: "secondary", text: t("account.cancel") });
      no.addEventListener("click", () => {
        show(act);
        act.focus();
      });
      yes.addEventListener("click", async () => {
        clearErrors(area);
        const reason = area.querySelector("textarea").value.trim();
        if (suspendable && !reason) {
          fieldError(area, `${change}_reason`, t("form.required"));
          area.querySelector("textarea").focus();
          return;
        }
        yes.disabled = true;
        try {
          await api.changeStatus(account.id, change, reason);
          say(status, t(texts.done, { name: account.display_name }));
          await run();
        } catch (failure) {
          say(error, ctx.describe(failure));
          yes.disabled = false;
        }
      });
      area.append(
        h("p", { id: `q-${account.id}`, class: "question", text: t(texts.question, { name: account.display_name }) }),
        reasonField,
        h("div", { class: "actions" }, yes, no),
      );
      show(area);
      area.querySelector("textarea").focus();
    });
    show(act);
    return item;
  };

  const run = async () => {
    try {
      const page = await api.searchAccounts(words, offset, PAGE);
      searched = true;
      results.replaceChildren(...page.accounts.map(row));
      summary.textContent = page.total
        ? t("admin.showing", { from: offset + 1, to: offset + page.accounts.length, total: page.total })
        : t("admin.no_match");
      previous.hidden = offset === 0;
      next.hidden = offset + page.accounts.length >= page.total;
    } catch (failure) {
      say(error, ctx.describe(failure));
    }
  };
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    say(status, "");
    say(error, "");
    words = String(new FormData(form).get("q") ?? "").trim();
    offset = 0;
    await run();
  });
  previous.addEventListener("click", async () => {
    offset = Math.max(0, offset - PAGE);
    await run();
    previous.hidden ? next.focus() : previous.focus();
  });
  next.addEventListener("click", async () => {
    offset += PAGE;
    await run();
    next.hidden ? previous.focus() : next.focus();
  });
  form.append(summary, status, error, results, h("div", { class: "actions" }, previous, next));
  return { element: form, refresh: () => (searched ? run() : null) };
}

export default {
  id: "admin",
  path: "/admin",
  title: "admin.title",
  session: "required",
  render(main, params, ctx) {
    const account = ctx.account;
    main.append(h("h1", { tabindex: "-1", text: t("admin.title") }));
    if (account.kind !== "national_admin") {
      main.append(h("p", { class: "message message-error", text: t("admin.only_national_admins") }));
      return null;
    }
    const search = searchSection(ctx);
    const pending = pendingSection(ctx, () => search.refresh());
    main.append(
      h("p", { class: "meta", text: t("admin.country", { country: countryName(account.country) }) }),
      pending.element,
      search.element,
    );
    pending.load();
    return null;
  },
};
