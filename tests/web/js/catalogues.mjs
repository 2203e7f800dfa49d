// The page's catalogues for node tests: i18n.js reads web/locales/LANG.ftl from the disk
// instead of fetching it, and each catalogue's messages can be walked as parsed by Fluent.

import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { FluentResource } from "../../../web/vendor/fluent-bundle/index.js";
import { loadLanguage, setCatalogueReader } from "../../../web/js/i18n.js";

export const LOCALES = fileURLToPath(new URL("../../../web/locales/", import.meta.url));

/** The text of `lang`'s catalogue file. */
export const catalogueText = (lang) => readFileSync(`${LOCALES}${lang}.ftl`, "utf8");

/** The languages that have a catalogue file, English first. */
export const PRESENT = readdirSync(LOCALES)
  .filter((name) => name.endsWith(".ftl"))
  .map((name) => name.slice(0, -4))
  .sort((a, b) => (a === "en" ? -1 : b === "en" ? 1 : a.localeCompare(b)));

/** i18n.js reads from the disk; `langs` are loaded (English always is). */
export async function useDiskCatalogues(langs = ["en"]) {
  setCatalogueReader(async (lang) => catalogueText(lang));
  for (const lang of langs) await loadLanguage(lang);
}

/** Every message of `lang`'s catalogue, as Fluent parsed it: [{id, value, attributes}]. */
export function messages(lang) {
  return new FluentResource(catalogueText(lang)).body;
}

/** Every text element of a parsed pattern, all variants included. */
export function texts(pattern) {
  if (pattern === null || pattern === undefined) return [];
  if (typeof pattern === "string") return [pattern];
  return pattern.flatMap((element) => {
    if (typeof element === "string") return [element];
    if (element.type === "select") return element.variants.flatMap((variant) => texts(variant.value));
    return [];
  });
}

/** The variables a parsed pattern names, and whether it selects on `$count`. */
export function variables(pattern, found = new Set()) {
  if (!Array.isArray(pattern)) return found;
  for (const element of pattern) {
    if (typeof element === "string") continue;
    if (element.type === "var") found.add(element.name);
    if (element.type === "select") {
      if (element.selector.type === "var") found.add(element.selector.name);
      for (const variant of element.variants) variables(variant.value, found);
    }
  }
  return found;
}

export function selectsOnCount(pattern) {
  return Array.isArray(pattern) && pattern.some((e) => e?.type === "select" && e.selector.type === "var" && e.selector.name === "count");
}
