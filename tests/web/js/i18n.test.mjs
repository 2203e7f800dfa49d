// The string catalogue: every language has every key, and every key the modules use exists.

import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import { fieldMessage, FIELD_CODES } from "../../../web/js/forms.js";
import {
  CATALOGUE,
  LANGUAGES,
  describeError,
  errorKey,
  pickLanguage,
  setLanguage,
  t,
} from "../../../web/js/i18n.js";

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
  // An entry's placeholders, over all its plural forms (a singular may say "the registration
  // of {names}" without its {count}).
  const names = (entry) =>
    [...new Set(texts(entry).flatMap((s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();
  for (const [key, entry] of Object.entries(CATALOGUE.en)) {
    for (const lang of LANGUAGES) assert.deepEqual(names(CATALOGUE[lang][key]), names(entry), `${lang} ${key}`);
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

test("every count is said through plural forms: {count} only in plural entries, and every t() given a count names one", () => {
  for (const [key, entry] of Object.entries(CATALOGUE.en)) {
    if (texts(entry).some((text) => text.includes("{count}"))) {
      assert.equal(typeof entry, "object", `${key} shows a count without plural forms`);
    }
  }
  let counted = 0;
  for (const file of sources(WEB)) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/\bt\("([a-z_.]+)",\s*\{[^}]*\bcount\s*[:,}]/g)) {
      counted += 1;
      assert.equal(typeof CATALOGUE.en[m[1]], "object", `${file}: t("${m[1]}") is given a count but has no plural forms`);
    }
  }
  assert.ok(counted >= 4, "the check found the page's counts");
});

test("counts pick their plural form and numbers are written as the language writes them", () => {
  try {
    setLanguage("en");
    assert.equal(t("forum.unread", { count: 1 }), "1 new");
    assert.equal(t("forum.thread_meta", { author: "Léa", count: 1, when: "now" }), "by Léa · 1 post · now");
    assert.equal(t("forum.thread_meta", { author: "Léa", count: 2, when: "now" }), "by Léa · 2 posts · now");
    assert.equal(t("chat.minutes", { count: 1 }), "1 minute");
    assert.equal(t("space.online_count", { count: 1200 }), "1,200 online");
    setLanguage("fr");
    assert.equal(t("forum.unread", { count: 1 }), "1 nouveau");
    assert.equal(t("forum.unread", { count: 0 }), "0 nouveau");
    assert.equal(t("forum.unread", { count: 3 }), "3 nouveaux");
    assert.equal(t("forum.thread_meta", { author: "Léa", count: 1, when: "x" }), "par Léa · 1 message · x");
    assert.equal(t("forum.thread_meta", { author: "Léa", count: 1000000, when: "x" }), "par Léa · 1\u202f000\u202f000 de messages · x");
  } finally {
    setLanguage("en");
  }
});

test("errors are said from their code, never with the server's words", () => {
  const schema = { code: "invalid", message: "Expected `str` matching regex '\\S' - at `$.title`" };
  assert.equal(describeError(schema), "Some fields are not filled in correctly.");
  const conflict = { code: "conflict", message: "'Photos' is already there" };
  try {
    setLanguage("fr");
    assert.ok(!describeError(conflict).includes("Photos"));
  } finally {
    setLanguage("en");
  }
  assert.equal(describeError(new TypeError("x is undefined")), "Something went wrong. Please try again.");
});

test("a status word in a refusal's reason is said in the page's language, not the server's", () => {
  const refused = { code: "conflict", reason: "wrong_status", params: { status: "active" } };
  try {
    assert.equal(describeError(refused), "This account's status (active) does not allow this.");
    assert.equal(describeError({ ...refused, params: { status: "pending" } }), "This account's status (waiting for validation) does not allow this.");
    setLanguage("fr");
    assert.equal(describeError(refused), "Le statut de ce compte (actif) ne le permet pas.");
  } finally {
    setLanguage("en");
  }
});

test("a lockout says how long it lasts, in the page's language", () => {
  const locked = { code: "rate_limited", message: "try again in 15 minutes", retryAfter: 900 };
  try {
    assert.equal(describeError(locked), "Too many attempts. Try again in 15 minutes.");
    assert.equal(describeError({ ...locked, retryAfter: 30 }), "Too many attempts. Try again in 30 seconds.");
    assert.equal(describeError({ code: "rate_limited", retryAfterMs: 120000 }), "Too many attempts. Try again in 2 minutes.");
    assert.equal(describeError({ code: "rate_limited" }), "Too many attempts. Please wait a moment and try again.");
    setLanguage("fr");
    assert.equal(describeError(locked), "Trop de tentatives. Réessayez dans 15 minutes.");
  } finally {
    setLanguage("en");
  }
});

test("every field error code the server sends has words, with its limits", () => {
  for (const code of FIELD_CODES) assert.ok(`field.${code}` in CATALOGUE.en, code);
  assert.equal(fieldMessage({ field: "title", code: "blank", min: 1, max: 200 }), "Write something here: spaces alone do not count.");
  assert.equal(fieldMessage({ field: "token", code: "too_short", min: 16 }), "Write at least 16 characters.");
  assert.equal(fieldMessage({ field: "name", code: "too_long", max: 1 }), "Write at most 1 character.");
  assert.equal(fieldMessage({ field: "name", code: "too_long" }), "This value is not accepted.");
  assert.equal(fieldMessage({ field: "x", code: "something_new" }), "This value is not accepted.");
});

test("the teachers' area has one name everywhere: the Teachers' Bulletin, as eTwinning calls it", () => {
  for (const lang of LANGUAGES) {
    const name = CATALOGUE[lang]["forum.area.teachers"];
    assert.equal(CATALOGUE[lang]["chat.teachers_tab"], name, lang);
    assert.equal(CATALOGUE[lang]["chat.teachers_title"], name, lang);
    for (const [key, entry] of Object.entries(CATALOGUE[lang])) {
      for (const text of texts(entry)) {
        assert.doesNotMatch(text, /staff room|salle des profs|teachers['’] chat|discussion des enseignants/i, `${lang} ${key}`);
      }
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
