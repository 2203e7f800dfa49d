// Evaluated in the page by tests/web/test_page_sweep.py: what is wrong with the screen as it
// is now. Returns a list of problems (strings); an empty list is a clean screen.
//
// - overflow: the document is wider than the viewport (something pushes the page sideways);
// - a visible text node or accessible label reading null, undefined, NaN or [object Object];
// - a visible text that is not from the catalogue in the page's language: every text must be
//   a catalogue string (its {params} matching text that passes the same check), data the
//   test created (names, titles, bodies, file names), or a formatted value (numbers, dates,
//   times, sizes). Server sentences ("Expected `str` matching regex"), English on a French
//   page and hard-coded words all fail.
async ({ userData }) => {
  const lang = document.documentElement.lang;
  const HOLE = "\u241f";
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const problems = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) {
    // Name the innermost elements that stick out, to say where to look.
    const clipped = (e) => {
      for (let up = e.parentElement; up && up !== root; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== "visible") return true;
      }
      return false;
    };
    const rtl = getComputedStyle(root).direction === "rtl";
    const out = (e) => {
      const box = e.getBoundingClientRect();
      return (rtl ? box.left < -0.5 : box.right > root.clientWidth + 0.5) && !clipped(e);
    };
    const culprits = [...document.body.querySelectorAll("*")]
      .filter((e) => out(e) && ![...e.children].some(out))
      .slice(0, 3)
      .map((e) => `<${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).split(" ").join(".")}` : ""}>`);
    problems.push(`the page is ${root.scrollWidth}px wide in a ${root.clientWidth}px viewport (${culprits.join(", ")})`);
  }

  // What the catalogue allows, built once per page and language (the page keeps it until it
  // is reloaded) rather than fetched, parsed and formatted again for every check.
  const matchers = async () => {
    const { LANGUAGES, endonym } = await import("/web/js/languages.js");
    const { FluentResource } = await import("/web/vendor/fluent-bundle/index.js");
    // Dates and numbers are written for the page's format locale ("en" is "en-GB": "Sept"),
    // the same module instance the page uses, so its language is the page's.
    const { formatLocale } = await import("/web/js/i18n.js");
    const dateLocale = formatLocale();
    // Every text a message of the page's catalogue can give, with a hole for each placeable: the
    // catalogue as the page fetched it, parsed by the page's Fluent.
    const catalogue = async (code) =>
      new FluentResource(await (await fetch(`/web/locales/${code}.ftl`)).text()).body;
    const alternatives = (pattern) => {
      if (typeof pattern === "string") return [pattern];
      let found = [""];
      for (const element of pattern ?? []) {
        let parts;
        if (typeof element === "string") parts = [element];
        else if (element.type === "select") parts = element.variants.flatMap((v) => alternatives(v.value));
        else parts = [HOLE];
        found = found.flatMap((before) => parts.map((part) => before + part));
      }
      return found;
    };
    const exact = new Set();
    const templates = [];
    const entries = await catalogue(lang);
    for (const { value } of entries) {
      for (const text of alternatives(value)) {
        if (!text.includes(HOLE)) exact.add(text.trim());
        else {
          const source = text.trim().split(HOLE).map(escape).join("(.+?)");
          templates.push(new RegExp(`^${source}$`, "s"));
        }
      }
    }
    // The language switch names each language in its own words.
    for (const other of LANGUAGES) exact.add(endonym(other));
    const units = entries
      .filter(({ id }) => id.startsWith("unit-"))
      .map(({ value }) => escape(alternatives(value)[0]));
    // Digits of any script (Arabic writes ١٫٢), its separators, the size's unit.
    const size = new RegExp(`^[\\p{Nd}\\s.,\\u00a0\\u202f\\u066b\\u066c]+\\s?(?:${units.join("|")})$`, "u");

    // Words Intl puts in dates and times in this language (months, AM/PM, "à"): learnt from
    // formatting a date of every month, morning and afternoon, as the page does.
    const dateWords = new Set();
    // An event's time is a full date (weekday, month) in a range (event-time.js).
    const dateFormats = [
      { dateStyle: "medium", timeStyle: "short" },
      { hour: "2-digit", minute: "2-digit" },
      { dateStyle: "full", timeStyle: "short" },
    ];
    for (const options of dateFormats) {
      const format = new Intl.DateTimeFormat(dateLocale, options);
      for (let month = 0; month < 12; month += 1) {
        for (const hour of [1, 13]) {
          const at = new Date(2026, month, 6, hour, 5);
          // And as a range (an event's start and end: some languages add "Uhr", "ч.").
          const hourLater = new Date(at.getTime() + 3600 * 1000);
          for (const part of [...format.formatToParts(at), ...format.formatRangeToParts(at, hourLater)]) {
            if (/\p{L}/u.test(part.value)) dateWords.add(part.value.trim());
          }
        }
      }
    }
    // The reader's time zone named (an event's times are in it) and the page's languages named
    // (an event's language), as Intl writes them in this language.
    for (const part of new Intl.DateTimeFormat(dateLocale, { timeZoneName: "longGeneric" }).formatToParts(new Date())) {
      if (part.type === "timeZoneName") dateWords.add(part.value);
    }
    const languageNames = new Intl.DisplayNames([lang], { type: "language" });
    for (const code of LANGUAGES) dateWords.add(languageNames.of(code));
    // Country names, as Intl.DisplayNames writes them in this language (the registration and
    // the national admin's console name countries that way).
    const regions = new Intl.DisplayNames([lang], { type: "region" });
    for (let a = 65; a < 91; a += 1) {
      for (let b = 65; b < 91; b += 1) {
        const code = String.fromCharCode(a, b);
        try {
          const name = regions.of(code);
          if (name && name !== code) dateWords.add(name);
        } catch {
          // not a region code
        }
      }
    }
    // One pattern for every such word, longest first: a text is checked against hundreds of
    // words, and one scan is far cheaper than a split for each.
    const dateWordList = [...dateWords].sort((a, b) => b.length - a.length);
    const dateWordPattern = new RegExp(dateWordList.map(escape).join("|"), "gu");
    return { exact, templates, size, dateWordPattern };
  };
  window.__sweepMatchers ??= {};
  window.__sweepMatchers[lang] ??= await matchers();
  const { exact, templates, size, dateWordPattern } = window.__sweepMatchers[lang];
  const data = [...userData].filter(Boolean).sort((a, b) => b.length - a.length);

  function noWords(s) {
    return !/\p{L}/u.test(s.replace(dateWordPattern, " "));
  }

  function fromCatalogue(s, depth = 0) {
    const text = s.trim();
    if (!text || text === HOLE || noWords(text) || exact.has(text) || size.test(text)) return true;
    if (depth > 3) return false;
    for (const template of templates) {
      const found = template.exec(text);
      if (found && found.slice(1).every((part) => fromCatalogue(part, depth + 1))) return true;
    }
    // Pieces the page puts side by side: "TwinSpace · Your role: Founder".
    const pieces = text.split(" · ");
    return pieces.length > 1 && pieces.every((piece) => fromCatalogue(piece, depth + 1));
  }

  function allowed(raw) {
    // Bidi isolation marks (FSI, PDI) around a right-to-left page's placeables are not words.
    let text = raw.replace(/[\u2068\u2069]/g, "");
    for (const value of data) text = text.split(value).join(HOLE);
    // What the page writes beside a name on its own (" (you)") is checked without the name.
    return fromCatalogue(text) || text.split(HOLE).every((piece) => fromCatalogue(piece));
  }

  const broken = /(^|[^\p{L}])(null|undefined|NaN)([^\p{L}]|$)|\[object Object\]/u;
  const visible = (element) =>
    element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }) &&
    !element.closest("[hidden], [aria-hidden='true']");
  const seen = new Set();
  const report = (what, text, where) => {
    const line = `${what}: ${JSON.stringify(text.trim().slice(0, 160))} in <${where.tagName.toLowerCase()}${where.id ? `#${where.id}` : ""}${where.className ? `.${String(where.className).split(" ").join(".")}` : ""}>`;
    if (!seen.has(line)) problems.push(line);
    seen.add(line);
  };

  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent.trim() || ["SCRIPT", "STYLE"].includes(parent.tagName)) continue;
    if (parent.tagName !== "OPTION" && !visible(parent)) continue;
    if (broken.test(node.textContent)) report("a broken value", node.textContent, parent);
    else if (!allowed(node.textContent)) report("text not from the catalogue", node.textContent, parent);
  }
  for (const element of document.body.querySelectorAll("[aria-label], [placeholder], [title], [alt]")) {
    if (!visible(element)) continue;
    for (const name of ["aria-label", "placeholder", "title", "alt"]) {
      const value = element.getAttribute(name);
      if (!value || !value.trim()) continue;
      if (broken.test(value)) report(`a broken ${name}`, value, element);
      else if (!allowed(value)) report(`${name} not from the catalogue`, value, element);
    }
  }
  return problems;
};
