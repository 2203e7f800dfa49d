// The string catalogue: every language has every key, and every key the modules use exists.

import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import { CATALOGUE, LANGUAGES, errorKey, pickLanguage, plural, setLanguage } from "../../../web/js/i18n.js";

const WEB = fileURLToPath(new URL("../../../web/", import.meta.url));

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(js|html)$/.test(entry.name) && entry.name !== "i18n.js" ? [path] : [];
  });
}

test("every language has exactly the English keys, none empty", () => {
  const english = Object.keys(CATALOGUE.en).sort();
  assert.ok(LANGUAGES.length >= 2);
  for (const lang of LANGUAGES) {
    assert.deepEqual(Object.keys(CATALOGUE[lang]).sort(), english, lang);
    for (const [key, text] of Object.entries(CATALOGUE[lang])) assert.ok(text.trim(), `${lang} ${key}`);
  }
});

test("every placeholder in English is in every translation", () => {
  for (const [key, text] of Object.entries(CATALOGUE.en)) {
    const names = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const lang of LANGUAGES) assert.deepEqual(names(CATALOGUE[lang][key]), names(text), `${lang} ${key}`);
  }
});

test("every literal key the client uses is in the catalogue", () => {
  const used = new Set();
  for (const file of sources(WEB)) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/\bt\("([a-z_.]+)"/g)) used.add(m[1]);
    for (const m of text.matchAll(/\bplural\("([a-z_.]+)"/g)) used.add(`${m[1]}.other`);
    for (const m of text.matchAll(/data-i18n(?:-label)?="([a-z_.]+)"/g)) used.add(m[1]);
    for (const m of text.matchAll(/\b(?:label|title): "([a-z_.]+)"/g)) used.add(m[1]);
  }
  assert.ok(used.size > 20);
  for (const key of used) assert.ok(key in CATALOGUE.en, `missing key ${key}`);
});

test("every role and space kind has a name", () => {
  for (const role of ["founder", "admin", "teacher", "pupil_admin", "pupil", "guest"]) {
    assert.ok(`role.${role}` in CATALOGUE.en, role);
  }
  for (const kind of ["twinspace", "room"]) assert.ok(`spaces.kind.${kind}` in CATALOGUE.en, kind);
});

test("the language is the browser's first one we have, by primary tag", () => {
  assert.equal(pickLanguage(["fr-BE", "en"]), "fr");
  assert.equal(pickLanguage(["pl-PL", "fr"]), "fr");
  assert.equal(pickLanguage(["pl-PL"]), "en");
  assert.equal(pickLanguage(undefined), "en");
});

test("unknown error codes fall back to the generic message", () => {
  assert.equal(errorKey("bad_credentials"), "error.bad_credentials");
  assert.equal(errorKey("something_new"), "error.generic");
});

test("counts take the plural form of the language, and zero its own words", () => {
  setLanguage("en");
  assert.equal(plural("video.in_call", 0), "Nobody in the call yet");
  assert.equal(plural("video.in_call", 1), "1 person in the call");
  assert.equal(plural("video.in_call", 2), "2 people in the call");
  assert.equal(plural("video.in_call", 1200), "1,200 people in the call");
  setLanguage("fr");
  assert.equal(plural("video.in_call", 1), "1 personne dans l’appel");
  assert.equal(plural("video.in_call", 2), "2 personnes dans l’appel");
  assert.equal(plural("video.in_call", 1200), "1\u202f200 personnes dans l’appel");
  setLanguage("en");
});

test("every plural key has its other form in every language", () => {
  const bases = Object.keys(CATALOGUE.en).filter((k) => k.endsWith(".one")).map((k) => k.slice(0, -4));
  assert.ok(bases.includes("video.in_call"));
  for (const base of bases) for (const lang of LANGUAGES) assert.ok(`${base}.other` in CATALOGUE[lang], `${lang} ${base}`);
});
