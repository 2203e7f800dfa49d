// The page's words: the Fluent catalogues as i18n.js loads them, and every key the modules use.

import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { before, test } from "node:test";
import { fileURLToPath } from "node:url";

import { fieldMessage, FIELD_CODES } from "../../../web/js/forms.js";
import {
  LANGUAGES,
  accountLanguage,
  chooseLanguage,
  describeError,
  errorKey,
  formatLocale,
  hasMessage,
  isLoaded,
  language,
  loadLanguage,
  pickLanguage,
  setCatalogueReader,
  setLanguage,
  t,
} from "../../../web/js/i18n.js";
import { direction, endonym } from "../../../web/js/languages.js";
import { PRESENT, messages, selectsOnCount, texts, useDiskCatalogues, variables } from "./catalogues.mjs";

const WEB = fileURLToPath(new URL("../../../web/", import.meta.url));

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "vendor" ? [] : sources(path);
    return /\.(js|html)$/.test(entry.name) && entry.name !== "i18n.js" ? [path] : [];
  });
}

before(async () => {
  await useDiskCatalogues(PRESENT);
});

test("the page lists 36 languages, each with its direction, and every catalogue file is one of them", () => {
  assert.equal(LANGUAGES.length, 36);
  assert.equal(LANGUAGES[0], "en");
  assert.equal(direction("ar"), "rtl");
  for (const lang of LANGUAGES.filter((code) => code !== "ar")) assert.equal(direction(lang), "ltr", lang);
  for (const lang of PRESENT) assert.ok(LANGUAGES.includes(lang), `web/locales/${lang}.ftl is not in languages.js`);
});

test("the language switch names each language in its own words", () => {
  assert.equal(endonym("en"), "English");
  assert.equal(endonym("fr"), "Français");
  assert.equal(endonym("de"), "Deutsch");
  assert.equal(endonym("ar"), "العربية");
  assert.equal(endonym("ka"), "ქართული");
  assert.equal(new Set(LANGUAGES.map(endonym)).size, LANGUAGES.length);
  for (const lang of LANGUAGES) assert.notEqual(endonym(lang), lang, `the platform has no name for ${lang}`);
});

test("every catalogue parses in the page's Fluent and has every English message", () => {
  const english = messages("en").map((m) => m.id).sort();
  assert.ok(english.length > 600);
  for (const lang of PRESENT) {
    assert.ok(isLoaded(lang), lang);
    const ids = messages(lang).map((m) => m.id).sort();
    assert.deepEqual(ids, english, lang);
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
  for (const key of used) assert.ok(hasMessage(key), `missing key ${key}`);
});

test("every role and space kind has a name", () => {
  for (const role of ["founder", "admin", "teacher", "pupil_admin", "pupil", "guest"]) {
    assert.ok(hasMessage(`role.${role}`), role);
  }
  for (const kind of ["twinspace", "room"]) assert.ok(hasMessage(`spaces.kind.${kind}`), kind);
});

test("the language is the browser's first one we have, by primary tag", () => {
  assert.equal(pickLanguage(["fr-BE", "en"]), "fr");
  assert.equal(pickLanguage(["ja-JP", "fr"]), "fr");
  assert.equal(pickLanguage(["pl-PL"]), "pl");
  assert.equal(pickLanguage(["nn-NO", "en"]), "nb");
  assert.equal(pickLanguage(["ja-JP"]), "en");
  assert.equal(pickLanguage(undefined), "en");
});

test("before sign-in: this device's choice, else the link's language, else the browser's", () => {
  const storage = (saved) => ({ getItem: () => saved });
  const browser = { languages: ["de-AT", "en"] };
  assert.equal(chooseLanguage(storage(null), browser, ""), "de");
  assert.equal(chooseLanguage(storage(null), browser, "?lang=az"), "az");
  assert.equal(chooseLanguage(storage(null), browser, "?lang=en"), "en");
  assert.equal(chooseLanguage(storage(null), browser, "?lang=xx"), "de"); // not a page language
  assert.equal(chooseLanguage(storage("fr"), browser, "?lang=az"), "fr");
});

test("signed in: the account's saved language, by primary tag, or none", () => {
  assert.equal(accountLanguage({ language: "az" }), "az");
  assert.equal(accountLanguage({ language: "fr-BE" }), "fr");
  assert.equal(accountLanguage({ language: "en-GB" }), "en");
  assert.equal(accountLanguage({ language: "xx" }), null);
  assert.equal(accountLanguage({ language: null }), null);
  assert.equal(accountLanguage(null), null);
});

test("unknown error codes fall back to the generic message", () => {
  assert.equal(errorKey("bad_credentials"), "error.bad_credentials");
  assert.equal(errorKey("something_new"), "error.generic");
});

test("a count selects over exactly the plural categories of its language (Intl.PluralRules)", () => {
  for (const lang of PRESENT) {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    let selects = 0;
    for (const { id, value } of messages(lang)) {
      for (const element of Array.isArray(value) ? value : []) {
        if (element?.type !== "select" || element.selector.name !== "count") continue;
        selects += 1;
        // Exact numbers ([0]) may stand beside the categories; every category must be there.
        const keys = element.variants.map((v) => v.key).filter((key) => key.type === "str").map((key) => key.value);
        for (const category of categories) assert.ok(keys.includes(category), `${lang} ${id} lacks "${category}"`);
        for (const key of keys) assert.ok(categories.includes(key), `${lang} ${id} has "${key}"`);
      }
    }
    assert.ok(selects >= 10, `${lang}: the check found the counted messages`);
  }
});

test("every count is said through plural forms: $count only in selects on it, and every t() given a count names one", () => {
  for (const { id, value } of messages("en")) {
    if (variables(value).has("count")) assert.ok(selectsOnCount(value), `${id} shows a count without plural forms`);
  }
  const counted = new Map(messages("en").map(({ id, value }) => [id, selectsOnCount(value)]));
  let found = 0;
  for (const file of sources(WEB)) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/\bt\("([a-z_.]+)",\s*\{[^}]*\bcount\s*[:,}]/g)) {
      found += 1;
      assert.ok(counted.get(m[1].replaceAll(".", "-")), `${file}: t("${m[1]}") is given a count but has no plural forms`);
    }
  }
  assert.ok(found >= 4, "the check found the page's counts");
});

test("dates and numbers follow the browser's region for the page's language, else Europe's", () => {
  const at = new Date("2026-09-03T13:05:00Z");
  const short = (locale) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short", timeZone: "UTC" }).format(at);
  try {
    setLanguage("en");
    assert.equal(formatLocale(["en-IE", "fr"]), "en-IE");
    assert.equal(formatLocale(["fr-BE", "en"]), "en-GB"); // the page speaks English: not Belgium's
    assert.equal(formatLocale(["en"]), "en-GB");
    assert.equal(formatLocale(undefined), "en-GB");
    assert.equal(short(formatLocale(["en"])), "03/09/2026, 13:05"); // not "9/3/26, 1:05 PM"
    setLanguage("fr");
    assert.equal(formatLocale(["fr-ch", "en-US"]), "fr-CH");
    assert.equal(formatLocale(["en-US"]), "fr");
    assert.equal(formatLocale(["fr-!!"]), "fr"); // not a tag: ignored
  } finally {
    setLanguage("en");
  }
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
  for (const code of FIELD_CODES) assert.ok(hasMessage(`field.${code}`), code);
  assert.equal(fieldMessage({ field: "title", code: "blank", min: 1, max: 200 }), "Write something here: spaces alone do not count.");
  assert.equal(fieldMessage({ field: "token", code: "too_short", min: 16 }), "Write at least 16 characters.");
  assert.equal(fieldMessage({ field: "name", code: "too_long", max: 1 }), "Write at most 1 character.");
  assert.equal(fieldMessage({ field: "name", code: "too_long" }), "This value is not accepted.");
  assert.equal(fieldMessage({ field: "x", code: "something_new" }), "This value is not accepted.");
});

test("the teachers' area has one name everywhere: the Teachers' Bulletin, as eTwinning calls it", () => {
  for (const lang of PRESENT) {
    const entries = new Map(messages(lang).map(({ id, value }) => [id, texts(value).join("")]));
    const name = entries.get("forum-area-teachers");
    assert.equal(entries.get("chat-teachers_tab"), name, lang);
    assert.equal(entries.get("chat-teachers_title"), name, lang);
    for (const [id, text] of entries) {
      assert.doesNotMatch(text, /staff room|salle des profs|teachers['’] chat|discussion des enseignants/i, `${lang} ${id}`);
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

test("a count given as text still picks its plural form", () => {
  assert.equal(t("forum.unread", { count: "3" }), "3 new");
  assert.equal(t("video.people_in_call", { count: "1" }), "1 person in the call");
});

// Below, i18n.js reads small catalogues written here, not the page's files.
const FAKE = {
  en: "hello = Hello { $name }\nonly-english = Only in English\nnew = { $count ->\n    [one] { $count } new\n   *[other] { $count } new\n}\n",
  fr: "hello = Bonjour { $name }\nnew = { $count ->\n    [one] { $count } nouveau\n   *[other] { $count } nouveaux\n}\n",
  ar: "hello = مرحبا { $name }\nnew = { $count ->\n    [zero] لا جديد\n    [one] جديد واحد\n    [two] جديدان\n    [few] { $count } جديدة\n    [many] { $count } جديدًا\n   *[other] { $count } جديد\n}\n",
  de: "hello = Hallo\nhello = Hallo { $name }\n",
};

async function withFakeCatalogues(body) {
  const reads = [];
  setCatalogueReader(async (lang) => {
    reads.push(lang);
    if (!(lang in FAKE)) throw new Error(`no file for ${lang}`);
    return FAKE[lang];
  });
  try {
    await body(reads);
  } finally {
    await useDiskCatalogues(PRESENT);
  }
}

test("a language is fetched once, when chosen, with English beside it", async () => {
  await withFakeCatalogues(async (reads) => {
    assert.deepEqual(reads, []);
    await Promise.all([loadLanguage("fr"), loadLanguage("fr")]);
    assert.deepEqual(reads, ["en", "fr"]);
    await loadLanguage("fr");
    assert.deepEqual(reads, ["en", "fr"]);
    assert.ok(!isLoaded("ar"));
  });
});

test("a message the chosen catalogue lacks is said in English; an unknown key throws", async () => {
  await withFakeCatalogues(async () => {
    await loadLanguage("fr");
    setLanguage("fr");
    assert.equal(t("hello", { name: "Léa" }), "Bonjour Léa");
    assert.equal(t("only.english"), "Only in English");
    assert.throws(() => t("no.such.key"), /missing catalogue key no.such.key/);
  });
});

test("a language cannot be chosen before its catalogue is loaded, nor an unknown one, nor one that says a message twice", async () => {
  await withFakeCatalogues(async () => {
    assert.throws(() => setLanguage("fr"), /not loaded/);
    await assert.rejects(loadLanguage("xx"), /unknown language xx/);
    await assert.rejects(loadLanguage("de"), /the de catalogue has errors/);
    await assert.rejects(loadLanguage("it"), /no file for it/);
    assert.equal(language(), "en");
  });
});

test("names keep their own direction: isolated in Arabic, and an Arabic name in a left-to-right sentence", async () => {
  await withFakeCatalogues(async () => {
    await loadLanguage("ar");
    setLanguage("en");
    assert.equal(t("hello", { name: "Léa" }), "Hello Léa");
    assert.equal(t("hello", { name: "ليلى" }), "Hello \u2068ليلى\u2069");
    setLanguage("ar");
    assert.equal(t("hello", { name: "Léa Martin" }), "مرحبا \u2068Léa Martin\u2069");
    // Arabic's six plural categories, by Intl.PluralRules; numbers as Arabic writes them.
    assert.equal(t("new", { count: 0 }), "لا جديد");
    assert.equal(t("new", { count: 2 }), "جديدان");
    const three = new Intl.NumberFormat("ar").format(3);
    assert.equal(t("new", { count: 3 }), `\u2068${three}\u2069 جديدة`);
  });
});
