// Scheduling and changing an event (issue 22): title, description, language, start (a date
// and a time in the reader's own time zone, sent as UTC), duration, places, audience (every
// eTwinner, or the members of one of the organiser's groups or twinspaces) and speakers.
// The API's field codes are said next to their fields in the reader's language (forms.js).

import { ApiError, api } from "../api.js";
import { h, messageBox, say } from "../dom.js";
import { eventApi, mayOrganise } from "../event-api.js";
import { languageName, localParts, utcFromLocal, zoneName } from "../event-time.js";
import { countryName, formFeedback } from "../forms.js";
import { LANGUAGES, language, t } from "../i18n.js";

/** Roles that may schedule for a space: a twinspace's teachers, a group's owners and
 * moderators (founder and admin, read as the group's: docs/groups.md). */
const ORGANISER_ROLES = {
  twinspace: new Set(["founder", "admin", "teacher"]),
  group: new Set(["founder", "admin"]),
};
const TEACHER_ROLES = new Set(["founder", "admin", "teacher"]);
/** Answers of the API about one field that have words of their own (else field.<code>). */
const FIELD_WORDS = { "starts_at:too_small": "event_form.start_past" };

let serial = 0;

function labelled(label, control, hint = null) {
  const hintId = hint ? `${control.id}-hint` : null;
  if (hintId) control.setAttribute("aria-describedby", hintId);
  return h("div", { class: "field" }, h("label", { for: control.id, text: label }), hint ? h("p", { class: "hint", id: hintId, text: hint }) : null, control);
}

/** The spaces where the person may schedule an event, by audience. */
async function organiserSpaces() {
  const spaces = await api.spaces();
  const usable = (kind) => spaces.filter((space) => space.kind === kind && !space.archived && ORGANISER_ROLES[kind].has(space.my_role));
  return { twinspace: usable("twinspace"), group: usable("group"), all: spaces };
}

/** Teachers who may speak: an eTwinner's fellow teachers of `spaces` (not the organiser). */
async function speakerChoices(spaces, me) {
  const found = new Map();
  for (const space of spaces.slice(0, 20)) {
    if (!TEACHER_ROLES.has(space.my_role)) continue;
    try {
      for (const member of await api.members(space.id)) {
        if (member.kind === "teacher" && TEACHER_ROLES.has(member.role) && member.account_id !== me) {
          found.set(member.account_id, member.display_name);
        }
      }
    } catch {
      // a space that cannot be read now offers nobody
    }
  }
  return [...found].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, language()));
}

function render(main, params, ctx) {
  const editing = params.event_id !== undefined;
  const me = ctx.account.id;
  const heading = h("h1", { tabindex: "-1", id: "event-form-heading", text: t(editing ? "event_form.edit_title" : "event_form.new_title") });
  const error = messageBox("error");
  const back = h("a", { href: editing ? `#/events/${encodeURIComponent(params.event_id)}` : "#/events", text: t("event.back") });
  main.append(h("p", {}, back), heading, error);
  if (!mayOrganise(ctx.account)) {
    say(error, t("error.forbidden"));
    return null;
  }
  const id = `ev${++serial}`;
  const title = h("input", { id: `${id}-title`, name: "title", required: true, maxlength: "200", autocomplete: "off" });
  const description = h("textarea", { id: `${id}-description`, name: "description", rows: "4", maxlength: "5000" });
  const lang = h(
    "select",
    { id: `${id}-language`, name: "language" },
    LANGUAGES.map((code) => h("option", { value: code, selected: code === language(), text: languageName(code) })),
  );
  const date = h("input", { id: `${id}-date`, name: "starts_at", type: "date", required: true });
  const time = h("input", { id: `${id}-time`, name: "start_time", type: "time", required: true });
  const duration = h("input", { id: `${id}-duration`, name: "duration_minutes", type: "number", min: "5", max: "480", step: "5", value: "60", required: true, inputmode: "numeric" });
  const capacity = h("input", { id: `${id}-capacity`, name: "capacity", type: "number", min: "1", max: "10000", value: "50", required: true, inputmode: "numeric" });
  const audienceBox = h("fieldset", { class: "choices event-audience" }, h("legend", { text: t("event.audience") }));
  const spaceSelect = h("select", { id: `${id}-space`, name: "space_id" });
  const spaceField = labelled(t("event_form.space"), spaceSelect);
  spaceField.hidden = true;
  const speakersBox = h("fieldset", { class: "choices event-speakers" }, h("legend", { text: t("event.speakers") }));
  const speakersList = h("div", { class: "speaker-choices" });
  speakersBox.append(h("p", { class: "hint", text: t("event_form.speakers_hint") }), speakersList);
  const submit = h("button", { type: "submit", text: t(editing ? "event_form.save" : "event_form.create") });
  const form = h(
    "form",
    { class: "card event-form", "aria-labelledby": heading.id },
    labelled(t("event_form.title"), title),
    labelled(t("event_form.description"), description),
    labelled(t("event.language"), lang),
    h(
      "div",
      { class: "event-start" },
      labelled(t("event_form.date"), date, t("events.zone", { zone: zoneName() })),
      labelled(t("event_form.time"), time),
    ),
    h("div", { class: "event-numbers" }, labelled(t("event_form.duration"), duration), labelled(t("event.places"), capacity)),
    audienceBox,
    spaceField,
    speakersBox,
    submit,
  );
  const feedback = formFeedback(form);
  let alive = true;
  let spaces = { twinspace: [], group: [], all: [] };
  let chosenSpeakers = [];

  function showSpeakers(people) {
    const known = new Map(people.map((person) => [person.id, person.name]));
    for (const person of chosenSpeakers) if (!known.has(person.id)) known.set(person.id, person.name);
    const chosen = new Set(chosenSpeakers.map((person) => person.id));
    speakersList.replaceChildren(
      ...(known.size
        ? [...known].map(([accountId, name]) => {
            const box = h("input", { type: "checkbox", id: `${id}-speaker-${accountId}`, name: "speakers", value: String(accountId), checked: chosen.has(accountId) });
            box.addEventListener("change", () => {
              chosenSpeakers = box.checked
                ? [...chosenSpeakers, { id: accountId, name }]
                : chosenSpeakers.filter((person) => person.id !== accountId);
            });
            return h("div", { class: "check-row" }, box, h("label", { for: box.id, text: name }));
          })
        : [h("p", { class: "empty", text: t("event_form.no_speakers") })]),
    );
  }

  async function refreshSpeakers() {
    const audience = form.elements.namedItem("audience")?.value ?? "etwinners";
    const from = audience === "etwinners" ? spaces.all : spaces.all.filter((space) => String(space.id) === spaceSelect.value);
    const people = await speakerChoices(from, me);
    if (alive) showSpeakers(people);
  }

  function showAudience(chosen) {
    const kinds = [["etwinners", ctx.account.kind === "national_admin" ? t("events.audience.country", { country: countryName(ctx.account.country ?? "") }) : t("events.audience.etwinners")]];
    if (spaces.group.length) kinds.push(["group", t("events.audience.group")]);
    if (spaces.twinspace.length) kinds.push(["twinspace", t("events.audience.twinspace")]);
    audienceBox.replaceChildren(
      h("legend", { text: t("event.audience") }),
      ...kinds.map(([value, label]) => {
        const radio = h("input", { type: "radio", id: `${id}-audience-${value}`, name: "audience", value, checked: value === chosen });
        radio.addEventListener("change", () => {
          showSpaces(value);
          refreshSpeakers();
        });
        return h("div", { class: "choice" }, radio, h("label", { for: radio.id, text: label }));
      }),
    );
    showSpaces(chosen);
  }

  function showSpaces(audience) {
    const choices = spaces[audience] ?? [];
    spaceField.hidden = audience === "etwinners";
    spaceSelect.replaceChildren(...choices.map((space) => h("option", { value: String(space.id), text: space.title })));
  }
  spaceSelect.addEventListener("change", refreshSpeakers);

  async function start() {
    try {
      if (ctx.account.kind !== "national_admin") spaces = await organiserSpaces();
      if (!alive) return;
      if (editing) {
        const event = await eventApi.event(params.event_id);
        if (!alive) return;
        if (!event.organising) throw new ApiError(403, "forbidden", "");
        title.value = event.title;
        description.value = event.description;
        lang.value = LANGUAGES.includes(event.language) ? event.language : language();
        const local = localParts(event.starts_at);
        date.value = local.date;
        time.value = local.time;
        duration.value = String(event.duration_minutes);
        capacity.value = String(event.capacity);
        chosenSpeakers = event.speakers.map((person) => ({ id: person.id, name: person.display_name }));
        // The audience does not change once scheduled (the API's UpdateEvent has none).
        audienceBox.replaceChildren(h("legend", { text: t("event.audience") }), h("p", { text: t(`events.audience.${event.audience}`) }));
        const own = spaces.all.filter((space) => space.id === event.space_id);
        const people = await speakerChoices(event.audience === "etwinners" ? spaces.all : own, me);
        if (alive) showSpeakers(people);
      } else {
        showAudience("etwinners");
        await refreshSpeakers();
      }
      if (alive) main.append(form);
    } catch (failure) {
      if (alive) say(error, ctx.describe(failure));
    }
  }

  function body() {
    const data = new FormData(form);
    const number = (name) => {
      const text = String(data.get(name) ?? "").trim();
      return /^-?\d+$/.test(text) ? Number(text) : text;
    };
    const fields = {
      title: String(data.get("title")),
      description: String(data.get("description") ?? ""),
      language: String(data.get("language")),
      starts_at: utcFromLocal(String(data.get("starts_at")), String(data.get("start_time"))),
      duration_minutes: number("duration_minutes"),
      capacity: number("capacity"),
      speakers: data.getAll("speakers").map(Number),
    };
    if (!editing) {
      fields.audience = String(data.get("audience") ?? "etwinners");
      if (fields.audience !== "etwinners") fields.space_id = Number(data.get("space_id"));
    }
    return fields;
  }

  /** The API's refusal next to its fields; `speakers.N` goes to the speakers' boxes. */
  function refused(failure) {
    if (failure instanceof ApiError) {
      failure.fields = failure.fields.map((problem) =>
        problem.field?.startsWith("speakers.") ? { ...problem, field: "speakers" } : problem,
      );
    }
    feedback.fail(failure, ctx.describe);
    for (const problem of failure instanceof ApiError ? failure.fields : []) {
      const key = FIELD_WORDS[`${problem.field}:${problem.code}`];
      const input = form.elements.namedItem(problem.field);
      if (key && input instanceof HTMLElement) feedback.fieldError(input, t(key));
    }
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!feedback.check()) return;
    submit.disabled = true;
    try {
      const fields = body();
      const saved = editing ? await eventApi.update(params.event_id, fields) : await eventApi.create(fields);
      ctx.notify(t(editing ? "event_form.saved" : "event_form.created", { title: saved.title }));
      ctx.navigate(`/events/${saved.id}`);
    } catch (failure) {
      if (alive) refused(failure);
    } finally {
      submit.disabled = false;
    }
  });
  start();
  return () => {
    alive = false;
  };
}

export const newEvent = { id: "event-new", path: "/events/new", title: "event_form.new_title", session: "required", render };
export const editEvent = { id: "event-edit", path: "/events/:event_id/edit", title: "event_form.edit_title", session: "required", render };
