"""`twinspace check-catalogue [LANG ...]`: is a translation of the page complete and sound?

The page's words are Fluent catalogues, one file per language (web/locales/LANG.ftl, issue 20);
English (en.ftl) is the source. A catalogue passes when it parses with no junk, has a
``### review-status: draft|reviewed|source ...`` line, has exactly English's message ids and
attributes, each message names the same variables as English, every select on ``$count`` has
exactly the CLDR plural categories of the language (babel's, the same data as the browsers'
Intl.PluralRules) plus any exact numbers (``[0]``), and no message or variant is empty. Each
problem is one line naming the file, the line and the message; the exit code is 1 when there
is any. docs/translating.md is the translators' side of this.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import click
from babel import Locale, UnknownLocaleError
from fluent.syntax import FluentParser
from fluent.syntax import ast as fl
from fluent.syntax.visitor import Visitor

import web

#: Where the page's catalogues are.
LOCALES = web.ROOT / "locales"
SOURCE = "en"
#: The review states a catalogue may declare (docs/translating.md).
REVIEW_STATES = ("draft", "reviewed", "source")
REVIEW_STATUS = re.compile(r"^review-status:\s*(\S+)(.*)$", re.MULTILINE)
#: The variable whose selects are plural selects.
COUNT = "count"


@dataclasses.dataclass(frozen=True)
class Problem:
    """One thing wrong with a catalogue: where (file, line, message) and what."""

    kind: str  # syntax, review-status, missing, extra, duplicate, attributes, variables,
    # plural, empty, reference, language, file
    text: str
    line: int | None = None
    message: str | None = None

    def describe(self, file: str) -> str:
        where = f"{file}:{self.line}" if self.line else file
        what = f"{self.message}: " if self.message else ""
        return f"{where}: [{self.kind}] {what}{self.text}"


@dataclasses.dataclass
class _Uses(Visitor):
    """What one message's patterns name: variables, selects, references."""

    variables: set[str] = dataclasses.field(default_factory=set)
    selects: list[fl.SelectExpression] = dataclasses.field(default_factory=list)
    terms: set[str] = dataclasses.field(default_factory=set)
    messages: set[str] = dataclasses.field(default_factory=set)

    def visit_VariableReference(self, node: fl.VariableReference) -> None:  # noqa: N802
        self.variables.add(node.id.name)

    def visit_SelectExpression(self, node: fl.SelectExpression) -> None:  # noqa: N802
        self.selects.append(node)
        self.generic_visit(node)

    def visit_TermReference(self, node: fl.TermReference) -> None:  # noqa: N802
        self.terms.add(node.id.name)
        self.generic_visit(node)

    def visit_MessageReference(self, node: fl.MessageReference) -> None:  # noqa: N802
        self.messages.add(node.id.name)


@dataclasses.dataclass(frozen=True)
class Entry:
    """One message as the checks see it."""

    id: str
    line: int
    attributes: frozenset[str]
    variables: frozenset[str]
    counted: bool  # has a select on $count
    uses: _Uses
    patterns: tuple[fl.Pattern, ...]


@dataclasses.dataclass(frozen=True)
class Catalogue:
    entries: dict[str, Entry]
    terms: frozenset[str]
    review: str | None  # the review-status line's text after the colon, if any
    problems: list[Problem]


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _counts(select: fl.SelectExpression) -> bool:
    """A select on `$count`, or on `NUMBER($count, ...)`."""
    selector: object = select.selector
    if isinstance(selector, fl.FunctionReference) and selector.id.name == "NUMBER":
        positional = selector.arguments.positional
        selector = positional[0] if positional else selector
    return isinstance(selector, fl.VariableReference) and selector.id.name == COUNT


def parse(text: str) -> Catalogue:
    """A catalogue's messages, its review status, and what keeps it from parsing."""
    resource = FluentParser(with_spans=True).parse(text)
    problems: list[Problem] = []
    entries: dict[str, Entry] = {}
    terms: set[str] = set()
    review: str | None = None
    for item in resource.body:
        line = _line_of(text, item.span.start) if item.span else None
        if isinstance(item, fl.Junk):
            notes = "; ".join(a.message or a.code for a in item.annotations) or "not Fluent"
            content = (item.content or "").strip()
            first = content.splitlines()[0] if content else ""
            problems.append(Problem("syntax", f"{notes} (near {first[:60]!r})", line))
        elif isinstance(item, fl.ResourceComment) and item.content:
            found = REVIEW_STATUS.search(item.content)
            if found and review is None:
                review = f"{found.group(1)}{found.group(2)}".strip()
        elif isinstance(item, fl.Term):
            terms.add(item.id.name)
        elif isinstance(item, fl.Message):
            uses = _Uses()
            uses.visit(item)
            patterns = tuple(
                p for p in [item.value, *(a.value for a in item.attributes)] if p is not None
            )
            if item.id.name in entries:
                problems.append(Problem("duplicate", "said twice", line, item.id.name))
            entries[item.id.name] = Entry(
                id=item.id.name,
                line=line or 0,
                attributes=frozenset(a.id.name for a in item.attributes),
                variables=frozenset(uses.variables),
                counted=any(_counts(s) for s in uses.selects),
                uses=uses,
                patterns=patterns,
            )
    return Catalogue(entries, frozenset(terms), review, problems)


def plural_categories(lang: str) -> frozenset[str]:
    """The CLDR plural categories of `lang` ("other" included); KeyError if babel has none."""
    try:
        return frozenset(Locale.parse(lang).plural_form.tags | {"other"})
    except (UnknownLocaleError, ValueError) as error:
        raise KeyError(lang) from error


def _empty(pattern: fl.Pattern) -> bool:
    """Nothing a reader would see: only blanks, or `{ "" }`."""
    for element in pattern.elements:
        if isinstance(element, fl.TextElement):
            if element.value.strip():
                return False
        elif not (
            isinstance(element.expression, fl.StringLiteral)
            and not element.expression.value.strip()
        ):
            return False
    return True


def _empty_variants(pattern: fl.Pattern) -> Iterable[str]:
    """The keys of the variants of `pattern`'s selects that are empty ("" for the pattern)."""
    if _empty(pattern):
        yield ""
    for element in pattern.elements:
        if isinstance(element, fl.Placeable) and isinstance(
            element.expression, fl.SelectExpression
        ):
            for variant in element.expression.variants:
                key = variant.key.name if isinstance(variant.key, fl.Identifier) else None
                label = key or (
                    variant.key.value if isinstance(variant.key, fl.NumberLiteral) else ""
                )
                if any(True for _ in _empty_variants(variant.value)):
                    yield label


def check(lang: str, text: str, source: Catalogue | None) -> list[Problem]:
    """Every problem of `lang`'s catalogue `text` against English (`source`; None for English)."""
    catalogue = parse(text)
    problems = list(catalogue.problems)
    try:
        categories = plural_categories(lang)
    except KeyError:
        return [*problems, Problem("language", f"{lang!r} is not a language CLDR knows")]

    if catalogue.review is None:
        problems.append(
            Problem("review-status", "no '### review-status: draft|reviewed|source ...' line")
        )
    else:
        state = catalogue.review.split()[0]
        expected = ("source",) if source is None else ("draft", "reviewed")
        if state not in expected:
            problems.append(
                Problem("review-status", f"'{state}' is not one of {', '.join(expected)}")
            )
        elif state == "reviewed" and len(catalogue.review.split()) < 2:
            problems.append(Problem("review-status", "'reviewed' says by whom and when"))

    for entry in catalogue.entries.values():
        for select in entry.uses.selects:
            if not _counts(select):
                continue
            keys = {v.key.name for v in select.variants if isinstance(v.key, fl.Identifier)}
            missing, extra = sorted(categories - keys), sorted(keys - categories)
            if missing or extra:
                said = []
                if missing:
                    said.append(f"lacks {', '.join(missing)}")
                if extra:
                    said.append(f"has {', '.join(extra)}, which {lang} does not use")
                wanted = ", ".join(sorted(categories))
                problems.append(
                    Problem(
                        "plural",
                        f"the $count select {' and '.join(said)} (wants {wanted})",
                        entry.line,
                        entry.id,
                    )
                )
        for pattern in entry.patterns:
            for key in _empty_variants(pattern):
                where = f"the [{key}] variant is" if key else "the text is"
                problems.append(Problem("empty", f"{where} empty", entry.line, entry.id))
        for term in sorted(entry.uses.terms - catalogue.terms):
            problems.append(Problem("reference", f"-{term} is not defined", entry.line, entry.id))
        for name in sorted(entry.uses.messages - catalogue.entries.keys()):
            problems.append(Problem("reference", f"{name} is not defined", entry.line, entry.id))

    if source is not None:
        for name in sorted(source.entries.keys() - catalogue.entries.keys()):
            problems.append(Problem("missing", "not translated", None, name))
        for name in sorted(catalogue.entries.keys() - source.entries.keys()):
            entry = catalogue.entries[name]
            problems.append(Problem("extra", "English has no such message", entry.line, name))
        for name in sorted(source.entries.keys() & catalogue.entries.keys()):
            english, entry = source.entries[name], catalogue.entries[name]
            if entry.attributes != english.attributes:
                problems.append(
                    Problem(
                        "attributes",
                        f"has {sorted(entry.attributes)}, English {sorted(english.attributes)}",
                        entry.line,
                        name,
                    )
                )
            if entry.variables != english.variables:
                lost = ", ".join(f"${v}" for v in sorted(english.variables - entry.variables))
                added = ", ".join(f"${v}" for v in sorted(entry.variables - english.variables))
                parts = (lost and f"lacks {lost}", added and f"has {added}, unknown")
                problems.append(
                    Problem("variables", " and ".join(p for p in parts if p), entry.line, name)
                )
            if english.counted and not entry.counted:
                problems.append(
                    Problem("plural", "English selects on $count: so must this", entry.line, name)
                )
    return sorted(problems, key=lambda p: (p.line or 0, p.kind, p.message or ""))


def check_files(langs: Sequence[str], folder: Path = LOCALES) -> dict[str, list[Problem]]:
    """Each language's problems; every catalogue in `folder` when `langs` is empty."""
    chosen = list(langs) or sorted(p.stem for p in folder.glob("*.ftl"))
    english_file = folder / f"{SOURCE}.ftl"
    source = parse(english_file.read_text(encoding="utf-8")) if english_file.exists() else None
    found: dict[str, list[Problem]] = {}
    for lang in chosen:
        path = folder / f"{lang}.ftl"
        if not path.exists():
            found[lang] = [Problem("file", f"no catalogue at {path}")]
        elif source is None and lang != SOURCE:
            found[lang] = [Problem("file", f"no English catalogue at {english_file} to compare")]
        else:
            text = path.read_text(encoding="utf-8")
            found[lang] = check(lang, text, None if lang == SOURCE else source)
    return found


@click.command("check-catalogue")
@click.argument("langs", nargs=-1)
@click.option(
    "--folder",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    default=LOCALES,
    show_default=True,
    help="Where the LANG.ftl files are.",
)
def check_catalogue(langs: tuple[str, ...], folder: Path) -> None:
    """Check the page's translations (every one when no LANG is given) against English."""
    results = check_files(langs, folder)
    failed = 0
    for lang, problems in results.items():
        file = f"{lang}.ftl"
        if not problems:
            review = parse((folder / file).read_text(encoding="utf-8")).review
            click.echo(f"{file}: ok ({review})")
            continue
        failed += 1
        click.echo(f"{file}: {len(problems)} problem{'s' if len(problems) > 1 else ''}")
        for problem in problems:
            click.echo(f"  {problem.describe(file)}")
    if failed:
        click.echo(f"{failed} of {len(results)} catalogues have problems.", err=True)
        raise SystemExit(1)
    click.echo(f"{len(results)} catalogue{'s' if len(results) > 1 else ''} checked: no problem.")
