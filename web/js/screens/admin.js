// The national admin's console (issue 17): teachers of their country waiting for validation
// (validate or reject, one or many, a rejection with its reason), and a search of their
// country's accounts to suspend (after a confirmation) or reinstate. The server decides every
// request and shows nothing of another country.

import { api } from "../api.js";
import { confirmAction } from "../confirm.js";
import { field, h } from "../dom.js";
import { countryName, formFeedback, inputField, plural, when } from "../forms.js";
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
    heading: "admin.suspend_heading",
    done: "admin.suspend_done",
  },
  reinstate: {
    button: "admin.reinstate",
    named: "admin.reinstate_named",
    question: "admin.reinstate_question",
    reason: "admin.reinstate_reason",
    confirm: "admin.reinstate_confirm",
    heading: "admin.reinstate_heading",
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

/** The reason asked in a status change's confirmation (`hint` optional). */
function reasonField(name, label, hint, required, rows) {
  const id = `${name}-field`;
  const wrapper = field(label, {
    tag: "textarea", id, name, rows, maxlength: "1000", required, "aria-describedby": hint ? `${id}-hint` : null,
  });
  if (hint) wrapper.querySelector("label").after(h("p", { class: "hint", id: `${id}-hint`, text: hint }));
  return wrapper;
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
  const validate = h("button", { type: "button", text: t("admin.validate_selected") });
  const reject = h("button", { type: "button", class: "secondary", text: t("admin.reject_selected") });
  const form = h("form", { id: "pending-form", class: "card", "aria-labelledby": "pending-heading" });
  const feedback = formFeedback(form, { place: false });

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
      feedback.error(ctx.describe(failure));
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
    feedback.error(t("admin.select_first"));
    return false;
  };
  /** Validated or rejected: what was done and, in the same one message, what failed. */
  const report = (done, doneKey, failed) => {
    const said = done ? [plural(doneKey, done)] : [];
    if (failed.length) feedback.error([...said, ...failed].join(" "));
    else feedback.success(said.join(" "));
  };

  validate.addEventListener("click", async () => {
    feedback.clear();
    if (!needSelection()) return;
    const chosen = selected();
    validate.disabled = true;
    const failed = await each(chosen, "validate", "", ctx.describe);
    validate.disabled = false;
    report(chosen.length - failed.length, "admin.validated", failed);
    await load();
    onChanged();
  });

  reject.addEventListener("click", async () => {
    feedback.clear();
    if (!needSelection()) return;
    const chosen = selected();
    const answer = await confirmAction({
      title: t("admin.reject_heading"),
      lost: plural("admin.reject_question", chosen.length, { names: chosen.map((a) => a.display_name).join(", ") }),
      confirm: plural("admin.reject_confirm", chosen.length),
      extra: [reasonField("reject_reason", t("admin.reject_reason"), t("admin.reject_reason_hint"), true, "3")],
    });
    if (!answer) return;
    const failed = await each(chosen, "reject", String(answer.get("reject_reason")).trim(), ctx.describe);
    report(chosen.length - failed.length, "admin.rejected", failed);
    await load();
    onChanged();
  });

  form.addEventListener("submit", (event) => event.preventDefault());
  form.append(
    h("h2", { id: "pending-heading", text: t("admin.pending_heading") }),
    count,
    allRow,
    list,
    feedback.area,
    h("div", { class: "actions" }, validate, reject),
  );
  return { element: form, load };
}

function searchSection(ctx) {
  let words = "";
  let offset = 0;
  let searched = false;
  const results = h("ul", { class: "account-list", "aria-labelledby": "search-heading" });
  const summary = h("p", { class: "meta", "aria-live": "polite" });
  const previous = h("button", { type: "button", class: "secondary", text: t("admin.previous"), hidden: true });
  const next = h("button", { type: "button", class: "secondary", text: t("admin.next"), hidden: true });
  const query = inputField({ label: t("admin.search_label"), hint: t("admin.search_hint"), name: "q", type: "search", maxlength: "200" });
  const form = h(
    "form",
    { id: "search-form", class: "card", role: "search", "aria-labelledby": "search-heading" },
    h("h2", { id: "search-heading", text: t("admin.search_heading") }),
    h("div", { class: "search-row" }, query, h("button", { type: "submit", text: t("admin.search") })),
  );
  const feedback = formFeedback(form, { place: false });

  const row = (account) => {
    const item = h("li", { class: "account-item" });
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
    item.append(
      h("div", { class: "person" }, ...personLines(account)),
      h("span", { class: `badge status-${account.status}`, text: t(`status.${account.status}`) }),
      act,
    );
    act.addEventListener("click", async () => {
      feedback.clear();
      const answer = await confirmAction({
        title: t(texts.heading),
        lost: t(texts.question, { name: account.display_name }),
        confirm: t(texts.confirm),
        extra: [reasonField(`${change}_reason`, t(texts.reason), null, suspendable, "2")],
        danger: suspendable,
      });
      if (!answer) return;
      try {
        await api.changeStatus(account.id, change, String(answer.get(`${change}_reason`)).trim());
        feedback.success(t(texts.done, { name: account.display_name }));
        await run();
      } catch (failure) {
        feedback.fail(failure, ctx.describe);
      }
    });
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
      feedback.fail(failure, ctx.describe);
    }
  };
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    feedback.clear();
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
  form.append(summary, feedback.area, results, h("div", { class: "actions" }, previous, next));
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
