// The page's words: one Fluent catalogue per language, web/locales/LANG.ftl (issue 20), read by
// the vendored @fluent/bundle. English is always loaded, as the source and the fallback of a
// message a catalogue lacks; another language is fetched only when chosen (`await
// loadLanguage(lang)`), so `t()` stays synchronous for the screens. Keys keep their dotted
// form in the code (`t("conn.session_ended")`); the catalogue's message id has dashes
// (`conn-session_ended`). docs/translating.md says how a catalogue is written and checked.

import { FluentBundle, FluentResource } from "../vendor/fluent-bundle/index.js";
import { LANGUAGES, direction } from "./languages.js";

export { LANGUAGES, direction };

const STORAGE_KEY = "twinspace.lang";

/** Strong right-to-left characters (Hebrew, Arabic, Syriac, Thaana, N'Ko... and their
 * presentation forms): text with one of them is isolated in a left-to-right sentence. */
const RTL_CHARACTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const FSI = "\u2068";
const PDI = "\u2069";

/** The loaded bundles, and the loads under way (a language is fetched once). */
const bundles = new Map();
const loading = new Map();
let current = "en";

/** Where a catalogue's text comes from: the page fetches it; node tests read the file. */
let readCatalogue = async (lang) => {
  const response = await fetch(`/web/locales/${lang}.ftl`);
  if (!response.ok) throw new Error(`the ${lang} catalogue could not be loaded (HTTP ${response.status})`);
  return response.text();
};

/** Read catalogues with `read(lang) → Promise<string>` instead of fetching them (node tests). */
export function setCatalogueReader(read) {
  readCatalogue = read;
  bundles.clear();
  loading.clear();
  current = "en";
}

/**
 * A bundle of one catalogue. Bidi isolation: in a right-to-left language every placeable is
 * wrapped in FSI…PDI (Fluent's useIsolating), so a French name or a number keeps its own
 * direction inside an Arabic sentence. In left-to-right languages Fluent's isolation is off
 * (its marks would be in every English text the tests compare exactly); `t()` isolates there
 * only a value that holds right-to-left characters (an Arabic name in an English sentence).
 */
function bundleOf(lang, text) {
  const bundle = new FluentBundle(lang, { useIsolating: direction(lang) === "rtl" });
  const errors = bundle.addResource(new FluentResource(text));
  if (errors.length) throw new Error(`the ${lang} catalogue has errors: ${errors.map(String).join("; ")}`);
  return bundle;
}

/**
 * Load `lang`'s catalogue (and English, the fallback) if not loaded yet. Resolves to the
 * language; rejects for an unknown code or a catalogue that cannot be read or parsed.
 */
export async function loadLanguage(lang) {
  if (!LANGUAGES.includes(lang)) throw new Error(`unknown language ${lang}`);
  for (const code of lang === "en" ? ["en"] : ["en", lang]) {
    if (bundles.has(code)) continue;
    if (!loading.has(code)) {
      loading.set(
        code,
        readCatalogue(code)
          .then((text) => bundles.set(code, bundleOf(code, text)))
          .finally(() => loading.delete(code)),
      );
    }
    await loading.get(code);
  }
  return lang;
}

/** True once `lang`'s catalogue is loaded (then setLanguage may choose it). */
export function isLoaded(lang) {
  return bundles.has(lang);
}

/** The first of the browser's preferred languages we have (by primary tag), else English. */
export function pickLanguage(preferred, available = LANGUAGES) {
  for (const tag of preferred ?? []) {
    const primary = String(tag).toLowerCase().split("-")[0];
    // Norwegian: a browser may say "no" or "nn"; the catalogue is Bokmål.
    const code = primary === "no" || primary === "nn" ? "nb" : primary;
    if (available.includes(code)) return code;
  }
  return "en";
}

/**
 * The language to show before anyone signs in: the choice made on this device, else the
 * link's (`?lang=az`, which an invitation carries: the inviting teacher's language), else the
 * browser's. Once signed in, the account's own saved choice wins (`accountLanguage`).
 */
export function chooseLanguage(storage, navigatorLike, search = "") {
  const saved = storage?.getItem(STORAGE_KEY);
  if (LANGUAGES.includes(saved)) return saved;
  const linked = known(new URLSearchParams(search).get("lang"));
  return linked ?? pickLanguage(navigatorLike?.languages);
}

/** A language tag's page language ("fr-BE" -> "fr"), or null when the page has none for it. */
function known(tag) {
  if (typeof tag !== "string" || tag === "") return null;
  const code = pickLanguage([tag]);
  return code === "en" && !tag.toLowerCase().startsWith("en") ? null : code;
}

/** The page language an account saved ("fr-BE" -> "fr"), or null when it saved none we have. */
export function accountLanguage(account) {
  return known(account?.language);
}

/** Choose `lang`, whose catalogue is loaded (`await loadLanguage(lang)` first), and remember it. */
export function setLanguage(lang, storage) {
  if (!bundles.has(lang)) throw new Error(`the ${lang} catalogue is not loaded`);
  current = lang;
  storage?.setItem(STORAGE_KEY, lang);
}

/** Load then choose `lang`: what the language switch does. */
export async function useLanguage(lang, storage) {
  await loadLanguage(lang);
  setLanguage(lang, storage);
  return lang;
}

export function language() {
  return current;
}

/** Where a bare language tag would give another continent's dates and numbers ("en" writes
 * "9/3/2026, 1:00 PM", "pt" Brazil's): the form eTwinning's readers expect instead. */
const EUROPEAN_FORM = { en: "en-GB", pt: "pt-PT" };

/**
 * The locale of dates, times and numbers: the browser's own tag for the page's language when
 * it names a region ("en-IE", "fr-BE", "de-AT": their order of day and month, their clock),
 * else the language's European form, else the language. The words stay the page's language.
 */
export function formatLocale(preferred = globalThis.navigator?.languages) {
  for (const tag of preferred ?? []) {
    const [primary, region] = String(tag).split("-");
    if (region && primary.toLowerCase() === current) {
      try {
        return Intl.getCanonicalLocales(String(tag))[0];
      } catch {
        // Not a well-formed tag: the next, or the default below.
      }
    }
  }
  return EUROPEAN_FORM[current] ?? current;
}

const messageId = (key) => key.replaceAll(".", "-");

/** Whether the catalogue has a message for `key` (English, the source, has every one). */
export function hasMessage(key) {
  return Boolean(bundles.get("en")?.hasMessage(messageId(key)));
}

/** A parameter as Fluent takes it: numbers stay numbers (the bundle formats them with its
 * locale), `count` becomes a number so that plural selection works, null and undefined are
 * empty text, and in a left-to-right language a right-to-left value is isolated. */
function argumentsOf(params, lang) {
  const args = {};
  for (const [name, value] of Object.entries(params)) {
    if (name === "count" && value !== null && value !== "" && Number.isFinite(Number(value))) {
      args[name] = Number(value);
    } else if (typeof value === "number" || value instanceof Date) {
      args[name] = value;
    } else {
      const text = String(value ?? "");
      args[name] = direction(lang) === "ltr" && RTL_CHARACTER.test(text) ? `${FSI}${text}${PDI}` : text;
    }
  }
  return args;
}

/**
 * The text of `key` in the current language (English when its catalogue lacks the message),
 * with its `{ $name }` placeables filled from `params`; counts pick their plural variant by
 * Intl.PluralRules ("1 post", "2 posts"), numbers are written as the language writes them.
 * Throws for a key no catalogue has: a typo must not reach the page as an empty string.
 */
export function t(key, params = {}) {
  const id = messageId(key);
  let lang = current;
  let bundle = bundles.get(lang);
  if (!bundle?.hasMessage(id)) {
    lang = "en";
    bundle = bundles.get("en");
  }
  if (!bundle) throw new Error(`no catalogue is loaded yet (asked for ${key})`);
  const message = bundle.getMessage(id);
  if (!message?.value) throw new Error(`missing catalogue key ${key}`);
  const errors = [];
  const text = bundle.formatPattern(message.value, argumentsOf(params, lang), errors);
  if (errors.length) console.warn(`i18n ${lang} ${key}:`, ...errors);
  return text;
}

/** A share (0 to 1) as a percentage in the current language ("40%", "40 %"). */
export function percent(share) {
  return new Intl.NumberFormat(formatLocale(), { style: "percent", maximumFractionDigits: 0 }).format(share);
}

/** How long until `seconds` from now, in words ("in 15 minutes", "dans 15 minutes"). */
export function waitWords(seconds) {
  const format = new Intl.RelativeTimeFormat(current, { numeric: "always" });
  if (seconds < 60) return format.format(Math.max(1, Math.ceil(seconds)), "second");
  if (seconds < 3600) return format.format(Math.ceil(seconds / 60), "minute");
  return format.format(Math.ceil(seconds / 3600), "hour");
}

/**
 * An error as a sentence of the catalogue, from its stable code only (an ApiError of api.js,
 * a ClientError of the live connection): never the server's own English words. A refusal
 * that says when to try again (Retry-After, `retry_after_ms`) says how long, in words.
 */
export function describeError(error) {
  const code = typeof error?.code === "string" ? error.code : "generic";
  const seconds = error?.retryAfter ?? (error?.retryAfterMs != null ? error.retryAfterMs / 1000 : null);
  if (code === "rate_limited" && typeof seconds === "number" && seconds > 0) {
    return t("error.rate_limited_wait", { wait: waitWords(seconds) });
  }
  const reasonKey = `error.${code}.${error?.reason}`;
  if (error?.reason && hasMessage(reasonKey)) return t(reasonKey, wordsOf(error.params ?? {}));
  return t(errorKey(code));
}

/** A reason's parameters in the page's language: a status word (`active`) as the catalogue says it. */
function wordsOf(params) {
  const status = `status.${params.status}`;
  return typeof params.status === "string" && hasMessage(status) ? { ...params, status: t(status) } : params;
}

/** The catalogue key for an API error code (see docs/api.md), with a generic fallback. */
export function errorKey(code) {
  const key = `error.${code}`;
  return hasMessage(key) ? key : "error.generic";
}
