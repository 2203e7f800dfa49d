// Rules of the page that a reading of its source can check, so the next form or destructive
// button cannot forget them (docs/web-client.md, "Forms, messages and confirmations").

import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const JS = fileURLToPath(new URL("../../../web/js/", import.meta.url));

function modules(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return modules(path);
    return entry.name.endsWith(".js") ? [path] : [];
  });
}

const sources = modules(JS).map((path) => ({ path, text: readFileSync(path, "utf8") }));

test("every form the page builds has its feedback: one message area, errors by its fields", () => {
  let forms = 0;
  for (const { path, text } of sources) {
    if (path.endsWith("forms.js")) continue;
    const built = [...text.matchAll(/\bh\(\s*"form"/g)].length;
    // accountForm() builds and wires its own forms (forms.js); each form built here needs its
    // own formFeedback().
    const fed = [...text.matchAll(/\bformFeedback\(/g)].length;
    forms += built;
    assert.ok(fed >= built, `${path}: ${built} forms but ${fed} formFeedback() calls`);
  }
  assert.ok(forms >= 10, "the check found the page's forms");
});

//: Where a server's `message` may be read: the API and the live library build their errors
//: with it (for developers and logs); the screens never show it.
const LIBRARIES = /(api|twinspace-client|i18n)\.js$|\/webrtc\//;

test("no screen shows the server's own words: an error's message stays out of the page", () => {
  for (const { path, text } of sources) {
    if (LIBRARIES.test(path)) continue;
    assert.ok(!/\b(failure|error|err|problem)\??\.message\b/.test(text), `${path} reads an error's message`);
  }
});

//: Labels of actions that lose something: each module that shows one asks first.
const DESTRUCTIVE = /"(archive\.trash|archive\.purge|forum\.delete|chat\.delete|video\.end|video\.remove|video\.deny)"/;

test("every destructive button asks for confirmation, naming what is lost", () => {
  let found = 0;
  for (const { path, text } of sources) {
    if (path.endsWith("i18n.js") || !DESTRUCTIVE.test(text)) continue;
    found += 1;
    assert.match(text, /\bconfirmAction\(/, `${path} has a destructive button without confirmAction()`);
  }
  assert.ok(found >= 4, "the check found the destructive buttons");
});

test("one confirmation dialog: only confirm.js builds a <dialog>, only forms.js places field errors", () => {
  for (const { path, text } of sources) {
    if (!path.endsWith("confirm.js")) assert.ok(!/\bh\(\s*"dialog"/.test(text), `${path} builds its own dialog`);
    if (!path.endsWith("forms.js")) {
      assert.ok(!/class:\s*"field-error"/.test(text), `${path} places field errors by hand`);
      assert.ok(!/setAttribute\("aria-invalid"/.test(text), `${path} marks fields invalid by hand`);
    }
  }
});

test("nothing appends a value that may be null: Element.append(null) writes \"null\"", () => {
  for (const { path, text } of sources) {
    // A conditional child handed straight to append()/prepend(): `cond ? x : null`.
    assert.ok(!/\.(append|prepend)\([^;]*\?[^;:]*:\s*null\s*[,)]/s.test(text), `${path} may append null`);
  }
});

test("every layout is in logical CSS properties, so that Arabic mirrors it", () => {
  const CSS = fileURLToPath(new URL("../../../web/css/", import.meta.url));
  const physical = [
    /(?<![\w-])(margin|padding|border)-(left|right|top|bottom)\b/,
    /(?<=[{;\s])(left|right|top|bottom|width|height|(min|max)-(width|height))\s*:/,
    /text-align:\s*(left|right)\b/,
    /float:\s*(left|right)\b/,
    /clear:\s*(left|right)\b/,
  ];
  let files = 0;
  for (const name of readdirSync(CSS).filter((n) => n.endsWith(".css"))) {
    files += 1;
    // Media queries may only ask for the viewport's width: not a property of the layout.
    const text = readFileSync(join(CSS, name), "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/@media[^{]*/g, "@media");
    for (const rule of physical) assert.doesNotMatch(text, rule, `${name} uses a physical property`);
  }
  assert.ok(files >= 4);
});
