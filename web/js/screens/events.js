// Upcoming events (issue 22): those the API shows the signed-in person (their audience, or
// organised or spoken at by them), by start, one page at a time as the API pages them; a link
// to schedule one for those who may.

import { h, messageBox, say } from "../dom.js";
import { countryName } from "../forms.js";
import { eventApi, mayOrganise } from "../event-api.js";
import { eventRange, zoneName } from "../event-time.js";
import { t } from "../i18n.js";

/** The audience in words: every eTwinner (of a country, for a national admin's), a group's
 * or a twinspace's members. */
export function audienceWords(event) {
  if (event.audience === "etwinners" && event.country) {
    return t("events.audience.country", { country: countryName(event.country) });
  }
  return t(`events.audience.${event.audience}`);
}

/** Where the reader stands with the event, in words, or null. */
export function standingWords(event) {
  if (event.organising) return t("events.organising");
  if (event.my_registration === "registered") return t("events.registered");
  if (event.my_registration === "waiting") return t("events.waiting", { position: event.my_waiting_position ?? 0 });
  return null;
}

function eventItem(event) {
  const state = event.state === "scheduled" ? null : h("span", { class: `badge event-state-${event.state}`, text: t(`events.state.${event.state}`) });
  const standing = standingWords(event);
  return h(
    "li",
    { class: "event-item" },
    h("a", { href: `#/events/${event.id}`, class: "event-link", text: event.title }),
    state,
    h("p", { class: "event-when", text: eventRange(event.starts_at, event.ends_at) }),
    h("p", { class: "meta" }, `${audienceWords(event)} · ${t("events.places", { taken: event.registered, capacity: event.capacity })}`),
    standing ? h("p", { class: "event-standing", text: standing }) : null,
  );
}

export default {
  id: "events",
  path: "/events",
  title: "events.title",
  session: "required",
  render(main, params, ctx) {
    const list = h("ul", { class: "event-list", "aria-labelledby": "events-heading" });
    const empty = h("p", { class: "empty", text: t("events.empty"), hidden: true });
    const error = messageBox("error");
    const flash = messageBox(ctx.flash ? ctx.flashKind : "status");
    say(flash, ctx.flash);
    const more = h("button", { type: "button", class: "secondary", text: t("events.more"), hidden: true });
    let cursor = null;
    let alive = true;
    const load = async () => {
      more.disabled = true;
      try {
        const page = await eventApi.upcoming(cursor);
        if (!alive) return;
        list.append(...page.events.map(eventItem));
        cursor = page.next_cursor ?? null;
        more.hidden = cursor === null;
        empty.hidden = list.children.length > 0;
        // The first of the new ones, for a keyboard that asked for more.
        if (page.events.length && document.activeElement === more) list.children[list.children.length - page.events.length]?.querySelector("a")?.focus();
      } catch (failure) {
        if (alive) say(error, ctx.describe(failure));
      } finally {
        more.disabled = false;
      }
    };
    more.addEventListener("click", load);
    main.append(
      ...[
      h("h1", { id: "events-heading", tabindex: "-1", text: t("events.title") }),
      flash,
      mayOrganise(ctx.account) ? h("p", {}, h("a", { href: "#/events/new", class: "button", text: t("events.schedule") })) : null,
      h("p", { class: "hint", text: t("events.zone", { zone: zoneName() }) }),
      error,
      list,
      empty,
      more,
      ].filter(Boolean),
    );
    load();
    return () => {
      alive = false;
    };
  },
};
