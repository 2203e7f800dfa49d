// The directory of eTwinning Groups (issue 21), for validated eTwinners only: search by words
// of the title, topic, language and a member's country; featured groups first (marked), then
// the most recently active, in the server's order, a page at a time ("Show more groups": the
// server's cursor); join an open group in one click, ask to join a closed one and withdraw
// the request; create a group. Anyone else is shown the page of an address that names
// nothing: a pupil never learns groups exist.

import { countryChoices } from "../countries.js";
import { h, field, messageBox, say } from "../dom.js";
import { formFeedback, messageArea } from "../forms.js";
import { groupsApi } from "../groups-api.js";
import { t } from "../i18n.js";
import { LANGUAGES } from "../languages.js";
import { seesGroups } from "../roles.js";
import { groupCard, languageName } from "./group-card.js";
import notFound from "./not-found.js";

/** A <select> of the page's languages, named in their own words, with a first choice. */
function languageSelect(id, name, first) {
  return h(
    "select",
    { id, name },
    first ? h("option", { value: "", text: first }) : null,
    LANGUAGES.map((code) => h("option", { value: code, lang: code, text: languageName(code) })),
  );
}

function searchForm(onSearch) {
  const country = h(
    "select",
    { id: "groups-country", name: "country" },
    h("option", { value: "", text: t("groups.country_any") }),
    countryChoices().map(({ code, name }) => h("option", { value: code, text: name })),
  );
  const form = h(
    "form",
    { class: "card groups-search", role: "search", "aria-labelledby": "groups-search-heading" },
    h("h2", { id: "groups-search-heading", text: t("groups.search") }),
    h(
      "div",
      { class: "search-fields" },
      field(t("groups.words"), { id: "groups-words", name: "q", type: "search", maxlength: "100" }),
      field(t("groups.topic"), { id: "groups-topic", name: "topic", maxlength: "100" }),
      h(
        "div",
        { class: "field" },
        h("label", { for: "groups-language", text: t("groups.language") }),
        languageSelect("groups-language", "language", t("groups.language_any")),
      ),
      h("div", { class: "field" }, h("label", { for: "groups-country", text: t("groups.country") }), country),
    ),
    h("button", { type: "submit", text: t("groups.search_submit") }),
  );
  // A refused search (a filter too long) is said next to its field.
  const feedback = formFeedback(form);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    feedback.clear();
    const data = new FormData(form);
    const value = (name) => String(data.get(name) ?? "").trim();
    onSearch({ q: value("q"), topic: value("topic"), language: value("language"), country: value("country") }, feedback);
  });
  return form;
}

function createForm(ctx, onCreated) {
  const access = h(
    "fieldset",
    { class: "choices" },
    h("legend", { text: t("groups.access") }),
    ["open", "closed"].map((value) =>
      h(
        "div",
        { class: "choice" },
        h("input", { type: "radio", id: `group-access-${value}`, name: "access", value, checked: value === "open" }),
        h("label", { for: `group-access-${value}`, text: t(`groups.access.${value}`) }),
      ),
    ),
  );
  const language = languageSelect("group-language", "language", t("groups.language_choose"));
  language.required = true;
  const button = h("button", { type: "submit", text: t("groups.create_submit") });
  const form = h(
    "form",
    { class: "card", "aria-labelledby": "group-create-heading" },
    h("h2", { id: "group-create-heading", text: t("groups.create") }),
    field(t("groups.group_title"), { id: "group-title", name: "title", required: true, maxlength: "200" }),
    field(t("groups.topic"), { id: "group-topic", name: "topic", required: true, maxlength: "100" }),
    h("div", { class: "field" }, h("label", { for: "group-language", text: t("groups.language") }), language),
    field(t("groups.description"), { tag: "textarea", id: "group-description", name: "description", rows: "3" }),
    access,
    button,
  );
  const feedback = formFeedback(form);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!feedback.check()) return;
    button.disabled = true;
    const data = new FormData(form);
    try {
      const group = await groupsApi.create({
        title: String(data.get("title")),
        topic: String(data.get("topic")),
        language: String(data.get("language")),
        description: String(data.get("description") ?? ""),
        access: String(data.get("access") ?? "open"),
      });
      form.reset();
      feedback.success(t("groups.created", { title: group.title }));
      onCreated(group);
    } catch (failure) {
      feedback.fail(failure, ctx.describe);
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

/** Join, ask, withdraw: the server's new card, and the sentence that says what happened. */
export async function actOn(kind, group) {
  if (kind === "join") return [await groupsApi.join(group.id), t("groups.joined", { title: group.title })];
  if (kind === "ask") return [await groupsApi.ask(group.id), t("groups.asked", { title: group.title })];
  await groupsApi.withdraw(group.id);
  return [{ ...group, standing: "none" }, t("groups.withdrawn", { title: group.title })];
}

export default {
  id: "groups",
  path: "/groups",
  title: "groups.title",
  session: "required",
  render(main, params, ctx) {
    if (!seesGroups(ctx.account)) {
      // As for any address that names nothing: no word of groups.
      document.title = `${t(notFound.title)} – ${t("app.name")}`;
      return notFound.render(main, params, ctx);
    }
    const list = h("ul", { class: "group-list", "aria-labelledby": "groups-found-heading" });
    const empty = h("p", { class: "empty", text: t("groups.empty"), hidden: true });
    const more = h("button", { type: "button", class: "secondary", text: t("groups.more"), hidden: true });
    const error = messageBox("error");
    const area = messageArea(); // the cards' one message area: join, ask, withdraw
    let alive = true;
    let search = {};
    let cursor = null;
    let serial = 0; // a newer search wins over an older one still answering

    async function act(kind, group) {
      try {
        const [card, said] = await actOn(kind, group);
        if (!alive) return;
        const row = list.querySelector(`[data-group-id="${group.id}"]`);
        const fresh = groupCard(card, act);
        row?.replaceWith(fresh);
        area.success(said);
        fresh.querySelector(".group-actions a, .group-actions button")?.focus();
      } catch (failure) {
        if (alive) area.error(ctx.describe(failure));
      }
    }

    let searchFeedback = null;
    async function load(append) {
      const mine = ++serial;
      try {
        const page = await groupsApi.directory(search, append ? cursor : null);
        if (!alive || mine !== serial) return;
        say(error, "");
        const cards = page.groups.map((group) => groupCard(group, act));
        if (append) {
          list.append(...cards);
          cards[0]?.querySelector("a")?.focus(); // where the new page starts
        } else {
          list.replaceChildren(...cards);
          area.clear();
        }
        cursor = page.next_cursor;
        more.hidden = cursor === null;
        empty.hidden = list.children.length > 0;
      } catch (failure) {
        if (!alive || mine !== serial) return;
        if (searchFeedback) searchFeedback.fail(failure, ctx.describe);
        else say(error, ctx.describe(failure));
      }
    }
    more.addEventListener("click", () => load(true));

    main.append(
      h("h1", { tabindex: "-1", text: t("groups.title") }),
      h("p", { class: "description", text: t("groups.intro") }),
      error,
      searchForm((wanted, feedback) => {
        search = wanted;
        searchFeedback = feedback;
        load(false);
      }),
      h("h2", { id: "groups-found-heading", text: t("groups.found") }),
      area.element,
      list,
      empty,
      h("p", {}, more),
      createForm(ctx, (group) => ctx.navigate(`/spaces/${group.id}`)),
    );
    load(false);
    return () => {
      alive = false;
    };
  },
};
