// The string catalogue: every language has every key, and every key the modules use exists.

import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import { CATALOGUE, LANGUAGES, errorKey, pickLanguage, setLanguage, t } from "../../../web/js/i18n.js";

/** Every text of an entry: the string, or each of its plural forms. */
const texts = (entry) => (typeof entry === "string" ? [entry] : Object.values(entry));

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
    for (const [key, entry] of Object.entries(CATALOGUE[lang])) {
      for (const text of texts(entry)) assert.ok(text.trim(), `${lang} ${key}`);
    }
  }
});

test("every placeholder in English is in every translation", () => {
  const names = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const [key, entry] of Object.entries(CATALOGUE.en)) {
    const english = names(texts(entry).at(-1));
    for (const lang of LANGUAGES) {
      for (const text of texts(CATALOGUE[lang][key])) assert.deepEqual(names(text), english, `${lang} ${key}`);
    }
  }
});

test("every literal key the client uses is in the catalogue", () => {
  const used = new Set();
  for (const file of sources(WEB)) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/\bt\("([a-z_.]+)"/g)) used.add(m[1]);
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

test("an entry with plural forms has every form its language's plural rules ask for", () => {
  for (const lang of LANGUAGES) {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    for (const [key, entry] of Object.entries(CATALOGUE[lang])) {
      if (typeof entry === "string") continue;
      for (const category of categories) assert.ok(entry[category], `${lang} ${key} lacks "${category}"`);
      for (const form of Object.keys(entry)) assert.ok(categories.includes(form), `${lang} ${key} has "${form}"`);
    }
  }
});

test("how many are in a call takes the plural form of the language", () => {
  try {
    setLanguage("en");
    assert.equal(t("video.people_in_call", { count: 1 }), "1 person in the call");
    assert.equal(t("video.people_in_call", { count: 1200 }), "1,200 people in the call");
    setLanguage("fr");
    assert.equal(t("video.people_in_call", { count: 1 }), "1 personne dans l’appel");
    assert.equal(t("video.people_in_call", { count: 2 }), "2 personnes dans l’appel");
    assert.equal(t("video.people_in_call", { count: 1000000 }), "1\u202f000\u202f000 de personnes dans l’appel");
  } finally {
    setLanguage("en");
  }
});
