// The new pupils' page language (members-pupils.js, issue 20): the teacher's own by default,
// each language named in its own words.

import assert from "node:assert/strict";
import { test } from "node:test";

import { endonym as ownName } from "../../../web/js/languages.js";
import { teachersLanguage } from "../../../web/js/screens/members-pupils.js";

const SPOKEN = ["en", "fr", "az", "ar"];

test("the default is the teacher's saved language, by its primary tag", () => {
  assert.equal(teachersLanguage({ language: "az" }, SPOKEN, "en"), "az");
  assert.equal(teachersLanguage({ language: "fr-BE" }, SPOKEN, "en"), "fr");
  assert.equal(teachersLanguage({ language: "FR" }, SPOKEN, "en"), "fr");
});

test("a teacher with no saved language, or one the page does not speak, gives the page's", () => {
  assert.equal(teachersLanguage({ language: null }, SPOKEN, "ar"), "ar");
  assert.equal(teachersLanguage({}, SPOKEN, "fr"), "fr");
  assert.equal(teachersLanguage({ language: "ja" }, SPOKEN, "en"), "en");
  assert.equal(teachersLanguage(null, SPOKEN, "en"), "en");
});

test("each language is named in its own words, capitalised as a menu item", () => {
  assert.equal(ownName("de"), "Deutsch");
  assert.equal(ownName("fr"), "Français");
  assert.equal(ownName("tr"), "Türkçe");
  assert.equal(ownName("ar"), "العربية");
});

test("a code the platform cannot name is shown as it is", () => {
  assert.equal(ownName("not a code"), "not a code");
});
