// The page knows the server's event names from one generated module (web/js/events.js, made
// from protocol/events.py): no screen writes an event's name as a string of its own.

import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import * as events from "../../../web/js/events.js";

const JS = fileURLToPath(new URL("../../../web/js/", import.meta.url));

function modules(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return modules(path);
    return entry.name.endsWith(".js") ? [path] : [];
  });
}

const names = Object.entries(events).filter(([, value]) => typeof value === "string");
const families = Object.entries(events).filter(([, value]) => value instanceof Set);

test("every event name is exported once, under its own constant", () => {
  assert.ok(names.length >= 50, "the module lists the server's events");
  assert.equal(new Set(names.map(([, value]) => value)).size, names.length);
  for (const [constant, value] of names) {
    assert.equal(constant, value.toUpperCase().replace(/\./g, "_"));
    assert.match(value, /^[a-z_]+(\.[a-z_]+)*$/);
  }
});

test("a family holds exactly the names that start with it", () => {
  for (const [constant, members] of families) {
    const family = constant.replace(/_EVENTS$/, "").toLowerCase();
    const expected = names.map(([, value]) => value).filter((value) => value.startsWith(`${family}.`));
    assert.deepEqual([...members].sort(), expected.sort(), constant);
  }
});

// WebRTC signalling frames (webrtc/) carry the signalling's own names (offer, answer,
// candidate, welcome: protocol/video.py), not the server's events.
const SCREENS = modules(JS).filter((path) => !path.endsWith("events.js") && !path.includes("/webrtc/"));

test("no screen compares an event with a string: it imports the name", () => {
  const written = [
    /\.event\s*[!=]==?\s*["'`]/, // message.event === "post.created"
    /["'`]\s*[!=]==?\s*\w+\.event\b/, // "post.created" === message.event
    /\.event\.(startsWith|endsWith|includes)\(/, // message.event.startsWith("thread.")
    /\[\s*["'`][^\]]*\]\.includes\(\s*\w+\.event\s*\)/, // ["post.created", …].includes(message.event)
  ];
  let checked = 0;
  for (const path of SCREENS) {
    const text = readFileSync(path, "utf8");
    if (text.includes(".event")) checked += 1;
    for (const pattern of written) assert.doesNotMatch(text, pattern, path);
  }
  assert.ok(checked >= 8, "the check read the screens that follow events");
});
