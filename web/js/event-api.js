// The events' HTTP API (issue 22, docs/events.md) from the page: the list, scheduling,
// registration, the organiser's lists, the live Q&A's questions and the live webinar.

import { call } from "./api.js";

const enc = encodeURIComponent;
const base = (id) => `/api/events/${enc(id)}`;

export const eventApi = {
  /** One page of upcoming events; `cursor` from the previous page's `next_cursor`. */
  upcoming: (cursor = null) => call("GET", `/api/events${cursor ? `?cursor=${enc(cursor)}` : ""}`),
  create: (body) => call("POST", "/api/events", body),
  event: (id) => call("GET", base(id)),
  update: (id, changes) => call("PATCH", base(id), changes),
  cancel: (id) => call("POST", `${base(id)}/cancel`, { reason: "" }),
  register: (id) => call("POST", `${base(id)}/registration`),
  unregister: (id) => call("DELETE", `${base(id)}/registration`),
  registrants: (id) => call("GET", `${base(id)}/registrants`),
  attendance: (id) => call("GET", `${base(id)}/attendance`),
  questions: (id) => call("GET", `${base(id)}/questions`),
  ask: (id, body) => call("POST", `${base(id)}/questions`, { body }),
  upvote: (id, questionId) => call("POST", `${base(id)}/questions/${enc(questionId)}/vote`),
  moderate: (id, questionId, verb, answer = "") =>
    call("POST", `${base(id)}/questions/${enc(questionId)}/moderate`, { verb, answer }),
  // The live webinar (its video session through the SFU).
  live: (id) => call("GET", `${base(id)}/live`),
  startLive: (id) => call("POST", `${base(id)}/live`),
  joinLive: (id) => call("POST", `${base(id)}/live/join`),
  endLive: (id) => call("POST", `${base(id)}/live/end`),
  hand: (id, raised) => call("POST", `${base(id)}/live/hand`, { raised }),
  publishing: (id, publishing) => call("POST", `${base(id)}/live/publishing`, { publishing }),
  stage: (id, accountId, onStage) => call("POST", `${base(id)}/live/stage/${enc(accountId)}`, { on_stage: onStage }),
  recording: (id, recording) => call("POST", `${base(id)}/live/recording`, { recording }),
  // The recordings: each take's files, and how many takes are still being processed.
  recordings: (id) => call("GET", `${base(id)}/recordings`),
  recordingsProcessing: (id) => call("GET", `${base(id)}/recordings/processing`),
  /** One recording's address (a plain link: the browser downloads it with the session's
   * cookie). */
  recordingUrl: (id, recordingId) => `${base(id)}/recordings/${enc(recordingId)}`,
  /** The iCalendar file's address (a plain link: the browser downloads it). */
  calendarUrl: (id) => `${base(id)}/event.ics`,
};

/** Who may schedule an event at all: validated eTwinners and national admins. */
export function mayOrganise(account) {
  if (!account) return false;
  if (account.kind === "national_admin") return true;
  return account.kind === "teacher" && account.status === "active";
}

/** Who sees the events list in the navigation: every active account (pupils and guests get
 * the events of their twinspaces that the API offers them, often none). */
export function seesEvents(account) {
  return Boolean(account) && account.status !== "pending";
}
