// An event's time in the reader's zone (web/js/event-time.js): the form's local date and time
// become the right UTC instant in each zone, summer time included, and back.

import assert from "node:assert/strict";
import { afterEach, test } from "node:test";

import { localParts, utcFromLocal } from "../../../web/js/event-time.js";

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

test("a local start is sent as the UTC instant it means in the reader's zone", () => {
  process.env.TZ = "Europe/Paris";
  assert.equal(utcFromLocal("2026-09-02", "18:00"), "2026-09-02T16:00:00.000Z"); // summer: +2
  assert.equal(utcFromLocal("2026-12-02", "18:00"), "2026-12-02T17:00:00.000Z"); // winter: +1
  process.env.TZ = "America/New_York";
  assert.equal(utcFromLocal("2026-09-02", "12:00"), "2026-09-02T16:00:00.000Z");
  process.env.TZ = "Asia/Tokyo";
  assert.equal(utcFromLocal("2026-09-03", "01:00"), "2026-09-02T16:00:00.000Z");
});

test("what is not a date and a time gives nothing to send", () => {
  for (const [date, time] of [["", "18:00"], ["2026-09-02", ""], ["02/09/2026", "18:00"], ["2026-13-40", "18:00"]]) {
    assert.equal(utcFromLocal(date, time), null, `${date} ${time}`);
  }
});

test("an instant is shown back in the form as the reader's local date and time", () => {
  process.env.TZ = "Asia/Tokyo";
  assert.deepEqual(localParts("2026-09-02T16:00:00Z"), { date: "2026-09-03", time: "01:00" });
  process.env.TZ = "Europe/Lisbon";
  assert.deepEqual(localParts("2026-09-02T16:00:00Z"), { date: "2026-09-02", time: "17:00" });
});
