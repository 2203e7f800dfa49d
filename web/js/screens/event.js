// One event (issue 22): its details with the time in the reader's own zone, registration and
// the waiting list, its iCalendar file, for its organiser the registrants, the waiting list
// and (once it runs) the attendance, its live webinar (event-live.js), its recordings
// (event-recordings.js) and its live Q&A (event-qa.js).
//
// The page follows the reader's own seat, `seat:EVENT:ME`: `registration.changed` reads the
// event again (and says so when the reader moved up from the waiting list; the organiser's
// seat hears every registrant's change), `live.stage` off the stage tells the live section why
// and reads the event again (what the reader may do changed), and `event.attendance` (the
// organiser's seat: who follows the running event changed) reads the attendance again.

import { confirmAction } from "../confirm.js";
import { h, messageBox, say } from "../dom.js";
import { eventApi } from "../event-api.js";
import { EVENT_ATTENDANCE, LIVE_STAGE, REGISTRATION_CHANGED } from "../events.js";
import { eventRange, languageName, zoneName } from "../event-time.js";
import { messageArea } from "../forms.js";
import { formatLocale, t } from "../i18n.js";
import { liveSection } from "./event-live.js";
import { questionsSection } from "./event-qa.js";
import { recordingsSection } from "./event-recordings.js";
import { audienceWords } from "./events.js";
import { follow } from "./forum-live.js";

const OPEN_STATES = new Set(["scheduled", "live"]);
const DAY_MS = 24 * 60 * 60 * 1000;
// After the start or end: the server's answer is then surely the new state.
const TURN_SLACK_MS = 1500;

function row(label, ...value) {
  return [h("dt", { text: label }), h("dd", {}, ...value)];
}

function peopleList(name, people, empty, detail = null) {
  if (!people.length) return h("p", { class: `empty ${name}`, text: empty });
  return h("ol", { class: `people-list ${name}` }, people.map((person) => h("li", {}, h("span", { class: "person-name", text: person.display_name }), detail ? h("span", { class: "meta", text: detail(person) }) : null)));
}

function minutes(seconds) {
  return t("event.minutes", { minutes: new Intl.NumberFormat(formatLocale()).format(Math.round(seconds / 60)) });
}

export default {
  id: "event",
  path: "/events/:event_id",
  title: "event.title",
  session: "required",
  render(main, params, ctx) {
    const eventId = params.event_id;
    const heading = h("h1", { tabindex: "-1", text: t("app.loading") });
    const error = messageBox("error");
    const flash = messageBox(ctx.flash ? ctx.flashKind : "status");
    say(flash, ctx.flash);
    const details = h("div", { class: "event-details" });
    const organiser = h("div", { class: "event-organiser" });
    const liveHolder = h("div", { class: "event-live-holder" });
    const qaHolder = h("div", { class: "event-qa-holder" });
    const recordings = recordingsSection(ctx, eventId);
    main.append(h("p", {}, h("a", { href: "#/events", text: t("event.back") })), heading, flash, error, details, liveHolder, recordings.element, organiser, qaHolder);
    let alive = true;
    let qa = null;
    let live = null; // the live webinar's section, while the event runs
    // One message area for the registration and the organiser's buttons: each answer replaces
    // the last.
    const actions = messageArea();

    // The event's state follows the clock (scheduled, then live at its start, ended at its
    // end), and with it what the reader may do (Start, the live section): read it again when
    // the next of those times passes, by the server's clock as the welcome told it.
    let turn = null;
    let lastRead = null;
    function readAgainAtTheNextTurn(event) {
      lastRead = event;
      clearTimeout(turn);
      turn = null;
      const offset = ctx.live.serverClockOffsetMs ?? 0;
      const next = [event.starts_at, event.ends_at]
        .map((iso) => Date.parse(iso) - (Date.now() + offset))
        .find((ms) => ms > 0);
      // A day ahead at most (setTimeout's own bound is 24 days): a page open longer reloads.
      if (next !== undefined && next < DAY_MS) turn = setTimeout(() => alive && load(), next + TURN_SLACK_MS);
    }
    // The server's clock is known from each welcome (the first may come after the first read).
    const onWelcome = () => lastRead && readAgainAtTheNextTurn(lastRead);
    ctx.live.addEventListener("welcome", onWelcome);

    async function load() {
      try {
        const event = await eventApi.event(eventId);
        if (!alive) return;
        show(event);
        readAgainAtTheNextTurn(event);
        if (event.state === "live" && !live) {
          live = liveSection(ctx, event, { recordingStopped: () => recordings.update(event), sessionChanged: () => load() });
          liveHolder.replaceChildren(live.element);
        } else if (event.state === "live") live.update(event);
        else if (live) {
          live.stop();
          live = null;
          liveHolder.replaceChildren();
        }
        recordings.update(event);
        if (event.organising) await showOrganiser(event);
        if (!qa && alive) {
          qa = questionsSection(ctx, event);
          qaHolder.replaceChildren(qa.element);
        } else qa?.update(event);
      } catch (failure) {
        if (!alive) return;
        heading.textContent = t("event.title");
        say(error, ctx.describe(failure));
      }
    }

    async function act(work, done) {
      actions.clear();
      try {
        await work();
        await load();
        if (done) actions.success(done());
        // The pressed button was drawn again (Register became "Give my place back"): the
        // keyboard stays in the registration box rather than going back to the page's start.
        if (alive && (document.activeElement === document.body || !document.activeElement)) {
          (details.querySelector(".event-registration button") ?? heading).focus();
        }
      } catch (failure) {
        if (alive) actions.error(ctx.describe(failure));
      }
    }

    function registration(event) {
      const mine = event.my_registration;
      const speaking = event.speakers.some((person) => person.id === ctx.account.id);
      const box = h("div", { class: "event-registration", "aria-labelledby": "event-registration-heading", role: "group" });
      box.append(h("h2", { id: "event-registration-heading", text: t("event.registration") }));
      if (event.organising || speaking) {
        box.append(h("p", { text: t(event.organising ? "events.organising" : "event.speaking") }));
      } else if (mine === "registered") box.append(h("p", { class: "event-standing", text: t("events.registered") }));
      else if (mine === "waiting") box.append(h("p", { class: "event-standing", text: t("events.waiting", { position: event.my_waiting_position ?? 0 }) }));
      const buttons = h("div", { class: "actions" });
      if (OPEN_STATES.has(event.state) && !event.organising && !speaking) {
        if (mine === "none") {
          if (event.registered >= event.capacity) box.append(h("p", { class: "hint", text: t("event.full") }));
          buttons.append(h("button", { type: "button", text: t("event.register"), onclick: () => act(() => eventApi.register(event.id), null) }));
        } else {
          const label = t(mine === "waiting" ? "event.leave_waiting" : "event.unregister");
          buttons.append(
            h("button", {
              type: "button",
              class: "secondary",
              text: label,
              onclick: async () => {
                const sure = await confirmAction({
                  title: t("event.unregister_confirm_title", { title: event.title }),
                  lost: t("event.unregister_confirm"),
                  confirm: label,
                });
                if (sure) await act(() => eventApi.unregister(event.id), () => t("event.unregistered"));
              },
            }),
          );
        }
      }
      buttons.append(h("a", { href: eventApi.calendarUrl(event.id), download: "", class: "button secondary", text: t("event.calendar") }));
      box.append(buttons, actions.element);
      return box;
    }

    function show(event) {
      heading.textContent = event.title;
      document.title = `${event.title} – ${t("app.name")}`;
      const notice = event.state === "scheduled" ? null : h("p", { class: `message event-notice event-state-${event.state}`, text: t(`events.state.${event.state}`) });
      const speakers = event.speakers.length ? event.speakers.map((person) => person.display_name).join(", ") : t("event.no_speakers");
      details.replaceChildren(
        ...[
          notice,
          h(
            "dl",
            { class: "event-facts" },
            row(t("event.when"), h("span", { class: "event-when", text: eventRange(event.starts_at, event.ends_at) }), h("span", { class: "hint event-zone", text: t("events.zone", { zone: zoneName(new Date(event.starts_at)) }) })),
            row(t("event.language"), languageName(event.language)),
            row(t("event.audience"), audienceWords(event)),
            event.organiser ? row(t("event.organiser"), event.organiser.display_name) : [],
            row(t("event.speakers"), speakers),
            row(t("event.places"), `${t("events.places", { taken: event.registered, capacity: event.capacity })}${event.waiting ? ` · ${t("event.waiting_count", { waiting: event.waiting })}` : ""}`),
          ),
          event.description ? h("p", { class: "event-description", dir: "auto", text: event.description }) : null,
          registration(event),
        ].filter(Boolean),
      );
    }

    // The attendance list, its own box: `event.attendance` on the organiser's seat (who
    // follows the running event changed) reads it again, not the whole organiser's section.
    const attendance = h("div", { class: "event-attendance" });
    async function showAttendance(id) {
      const people = await eventApi.attendance(id);
      if (alive) attendance.replaceChildren(peopleList("attendance-list", people, t("event.attendance_none"), (person) => minutes(person.seconds)));
    }

    async function showOrganiser(event) {
      const parts = [h("h2", { id: "event-organiser-heading", text: t("event.organiser_tools") })];
      if (OPEN_STATES.has(event.state)) {
        parts.push(
          h(
            "div",
            { class: "actions" },
            event.state === "scheduled" ? h("a", { href: `#/events/${event.id}/edit`, class: "button secondary", text: t("event.edit") }) : null,
            h("button", {
              type: "button",
              class: "danger",
              text: t("event.cancel"),
              onclick: async () => {
                const sure = await confirmAction({
                  title: t("event.cancel_confirm_title", { title: event.title }),
                  lost: t("event.cancel_confirm_lost"),
                  confirm: t("event.cancel"),
                  keep: t("event.keep"),
                });
                if (sure) await act(() => eventApi.cancel(event.id), () => t("event.cancelled"));
              },
            }),
          ),
        );
      }
      const lists = await eventApi.registrants(event.id);
      parts.push(
        h("h3", { text: t("event.registrants") }),
        peopleList("registered-list", lists.registered, t("event.nobody")),
        h("h3", { text: t("event.waiting_list") }),
        peopleList("waiting-list", lists.waiting, t("event.nobody")),
      );
      if (event.state === "live" || event.state === "ended") {
        await showAttendance(event.id);
        parts.push(h("h3", { text: t("event.attendance") }), h("p", { class: "hint", text: t("event.attendance_hint") }), attendance);
      }
      if (!alive) return;
      organiser.replaceChildren(h("section", { class: "card event-organiser-tools", "aria-labelledby": "event-organiser-heading" }, ...parts.filter(Boolean)));
    }

    // The reader's own seat. Its first load is the page's own (below); after a reconnection
    // the event is read again.
    let seatLoaded = false;
    const seat = follow(ctx.live, `seat:${eventId}:${ctx.account.id}`, {
      async load() {
        if (seatLoaded) await load();
        seatLoaded = true;
      },
      async apply(message) {
        const data = message.data ?? {};
        if (message.event === REGISTRATION_CHANGED) {
          const mine = data.account_id === ctx.account.id;
          await load();
          if (alive && mine && data.from_waiting_list && data.state === "registered") {
            actions.success(t("event.moved_up"));
          }
        } else if (message.event === LIVE_STAGE && data.account_id === ctx.account.id && data.on_stage === false) {
          live?.offStage(data.why);
          // Muted, removed from the space, taken off the list: what we may do changed too.
          await load();
        } else if (message.event === EVENT_ATTENDANCE) {
          await showAttendance(eventId).catch((failure) => alive && say(error, ctx.describe(failure)));
        }
      },
    });

    load();
    return () => {
      alive = false;
      clearTimeout(turn);
      ctx.live.removeEventListener("welcome", onWelcome);
      seat.stop();
      recordings.stop();
      qa?.stop();
      live?.stop();
    };
  },
};
