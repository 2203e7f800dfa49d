// Countries a teacher may register from: the eTwinning countries (EU members, other
// Erasmus+ programme countries and the eTwinning partner countries), as ISO 3166-1 alpha-2
// codes. Their names come from Intl.DisplayNames in the page's language, never from here.

import { language } from "./i18n.js";
import { countryName } from "./forms.js";

export const COUNTRIES = [
  "AL", "AM", "AT", "AZ", "BA", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR",
  "GE", "GR", "HR", "HU", "IE", "IS", "IT", "JO", "LB", "LI", "LT", "LU", "LV", "MD", "ME",
  "MK", "MT", "NL", "NO", "PL", "PT", "RO", "RS", "SE", "SI", "SK", "TN", "TR", "UA",
];

/** [{code, name}] sorted by name as the page's language sorts. */
export function countryChoices() {
  const collator = new Intl.Collator(language());
  return COUNTRIES.map((code) => ({ code, name: countryName(code) })).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
}
