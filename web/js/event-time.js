// An event's time in the reader's own time zone (the browser's), through Intl: the start and
// end as one range, and the zone named, so that a teacher in Lisbon and one in Helsinki each
// read their own clock. The form's date and time are read in that zone and sent as UTC.

import { formatLocale, language } from "./i18n.js";

/** The browser's time zone (IANA id, e.g. "Europe/Paris"). */
export function readerZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The reader's zone in words ("Central European Time"), or its id when Intl has no name. */
export function zoneName(at = new Date()) {
  try {
    const parts = new Intl.DateTimeFormat(formatLocale(), { timeZoneName: "longGeneric" }).formatToParts(at);
    return parts.find((part) => part.type === "timeZoneName")?.value ?? readerZone();
  } catch {
    return readerZone();
  }
}

/** "Wednesday 2 September 2026, 18:00 – 19:00" in the reader's zone and language. */
export function eventRange(startsAt, endsAt) {
  const format = new Intl.DateTimeFormat(formatLocale(), { dateStyle: "full", timeStyle: "short" });
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  try {
    return format.formatRange(start, end);
  } catch {
    return `${format.format(start)} – ${format.format(end)}`;
  }
}

/** A language's name in the page's language ("fr" -> "French"). */
export function languageName(code) {
  try {
    return new Intl.DisplayNames([language()], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

const pad = (n) => String(n).padStart(2, "0");

/** The date and time inputs' values ("2026-09-02", "18:00") of an instant, in the reader's zone. */
export function localParts(iso) {
  const at = new Date(iso);
  return {
    date: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
    time: `${pad(at.getHours())}:${pad(at.getMinutes())}`,
  };
}

/** The instant a date and a time mean in the reader's zone, as UTC ("…Z"), or null. A
 * date-time without an offset is local time by the ECMAScript rules, so the browser applies
 * the zone's offset on that day (summer time included). */
export function utcFromLocal(date, time) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const at = new Date(`${date}T${time}`);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}
