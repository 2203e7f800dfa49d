// The languages the page speaks (issue 20): the 24 official languages of the EU and those of the
// other countries that take part in eTwinning and eTwinning Plus. Each has one catalogue,
// web/locales/CODE.ftl, fetched only when chosen (i18n.js). A language is added here and there.

/** Code (BCP 47, as the catalogue's file is named) → writing direction. */
export const DIRECTIONS = Object.freeze({
  bg: "ltr", // Bulgarian
  ca: "ltr", // Catalan
  cs: "ltr", // Czech
  da: "ltr", // Danish
  de: "ltr", // German
  el: "ltr", // Greek
  en: "ltr", // English: the source, and every other language's fallback
  es: "ltr", // Spanish
  et: "ltr", // Estonian
  fi: "ltr", // Finnish
  fr: "ltr", // French
  ga: "ltr", // Irish
  hr: "ltr", // Croatian
  hu: "ltr", // Hungarian
  hy: "ltr", // Armenian
  is: "ltr", // Icelandic
  it: "ltr", // Italian
  ka: "ltr", // Georgian
  lt: "ltr", // Lithuanian
  lv: "ltr", // Latvian
  mk: "ltr", // Macedonian
  mt: "ltr", // Maltese
  nb: "ltr", // Norwegian Bokmål
  nl: "ltr", // Dutch
  pl: "ltr", // Polish
  pt: "ltr", // Portuguese
  ro: "ltr", // Romanian
  sk: "ltr", // Slovak
  sl: "ltr", // Slovenian
  sq: "ltr", // Albanian
  sr: "ltr", // Serbian
  sv: "ltr", // Swedish
  tr: "ltr", // Turkish
  uk: "ltr", // Ukrainian
  az: "ltr", // Azerbaijani (Latin)
  ar: "rtl", // Arabic (Tunisia, Jordan, Lebanon)
});

/** The names the catalogues give themselves (`lang-name`), for browsers whose Intl lacks them. */
const OWN_NAMES = Object.freeze({
  ga: "Gaeilge",
  hy: "Հայերեն",
  is: "Íslenska",
  ka: "ქართული",
  mk: "Македонски",
  mt: "Malti",
  sq: "Shqip",
});

/** Every language code, English first. */
export const LANGUAGES = Object.freeze(["en", ...Object.keys(DIRECTIONS).filter((code) => code !== "en").sort()]);

/** "rtl" or "ltr": how `code` is written (unknown codes: left to right). */
export function direction(code) {
  return DIRECTIONS[code] ?? "ltr";
}

/**
 * The language's name in its own words (an endonym: "Deutsch", "Türkçe", "العربية"), from the
 * platform's Intl.DisplayNames, so the switch needs no catalogue: a reader finds their
 * language whatever language the page is in. Capitalised as a menu item; the code if the
 * platform knows no name.
 */
export function endonym(code) {
  let name = code;
  try {
    name = new Intl.DisplayNames([code], { type: "language" }).of(code) ?? code;
    // A browser built with less locale data names some languages in English only ("Irish",
    // "Georgian"): then the name the language's own catalogue gives, kept here.
    const english = new Intl.DisplayNames(["en"], { type: "language" }).of(code);
    if (code !== "en" && name === english && code in OWN_NAMES) name = OWN_NAMES[code];
  } catch {
    // An old browser without Intl.DisplayNames: the code.
    name = OWN_NAMES[code] ?? code;
  }
  // Georgian's capitals (Mtavruli) are not used to start a word: "ქართული" stays as it is.
  if (code === "ka" || !(code in DIRECTIONS)) return name; // an unknown code: as it is
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}
