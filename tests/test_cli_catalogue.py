"""`twinspace check-catalogue`: each kind of fault in a translation is found and named, and
every catalogue of the page passes."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from server.cli import main
from server.cli.catalogue import LOCALES, check, check_files, parse, plural_categories

ENGLISH = """\
### review-status: source
hello = Hello { $name }
files =
    { $count ->
        [one] { $count } file
       *[other] { $count } files
    }
save = Save
    .title = Save the page
"""

#: A sound Polish translation of ENGLISH: Polish counts one, few, many and other.
POLISH = """\
### review-status: draft (machine-drafted, 2026-12-06)
hello = Cześć { $name }
files =
    { $count ->
        [one] { $count } plik
        [few] { $count } pliki
        [many] { $count } plików
       *[other] { $count } pliku
    }
save = Zapisz
    .title = Zapisz stronę
"""


def problems_of(text: str, lang: str = "pl") -> list[tuple[str, str | None]]:
    found = check(lang, text, parse(ENGLISH))
    return [(p.kind, p.message) for p in found]


def test_a_sound_translation_and_the_source_pass() -> None:
    assert check("en", ENGLISH, None) == []
    assert problems_of(POLISH) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        pytest.param(
            ("save = Zapisz\n    .title = Zapisz stronę\n", ""), [("missing", "save")], id="missing"
        ),
        pytest.param(
            ("    .title = Zapisz stronę\n", "    .title = Zapisz stronę\nbye = Pa\n"),
            [("extra", "bye")],
            id="extra",
        ),
        pytest.param(
            ("hello = Cześć { $name }", "hello = Cześć { $nazwa }"),
            [("variables", "hello")],
            id="renamed variable",
        ),
        pytest.param(
            ("hello = Cześć { $name }", "hello = Cześć"),
            [("variables", "hello")],
            id="lost variable",
        ),
        pytest.param(
            ("        [many] { $count } plików\n", ""), [("plural", "files")], id="lacks a category"
        ),
        pytest.param(
            ("        [one] { $count } plik\n", "        [one] { $count } plik\n        [two] x\n"),
            [("plural", "files")],
            id="a category the language lacks",
        ),
        pytest.param(
            ("hello = Cześć { $name }", 'hello = { "" }'),
            [("empty", "hello"), ("variables", "hello")],
            id="empty text",
        ),
        pytest.param(
            ("        [few] { $count } pliki", '        [few] { "" }'),
            [("empty", "files")],
            id="empty variant",
        ),
        pytest.param(
            ("hello = Cześć { $name }", "hello = Cześć { $name"),
            [("syntax", None), ("missing", "hello")],
            id="junk",
        ),
        pytest.param(
            ("### review-status: draft (machine-drafted, 2026-12-06)\n", ""),
            [("review-status", None)],
            id="no review status",
        ),
        pytest.param(
            ("review-status: draft (machine-drafted, 2026-12-06)", "review-status: done"),
            [("review-status", None)],
            id="unknown review status",
        ),
        pytest.param(
            ("review-status: draft (machine-drafted, 2026-12-06)", "review-status: reviewed"),
            [("review-status", None)],
            id="reviewed by nobody",
        ),
        pytest.param(
            ("save = Zapisz\n", "save = Zapisz\nsave = Zapisz\n"),
            [("duplicate", "save")],
            id="duplicate",
        ),
        pytest.param(
            ("    .title = Zapisz stronę\n", ""), [("attributes", "save")], id="lost attribute"
        ),
        pytest.param(
            ("hello = Cześć { $name }", "hello = Cześć { $name } { -brand }"),
            [("reference", "hello")],
            id="unknown term",
        ),
    ],
)
def test_each_fault_is_found_and_named(
    change: tuple[str, str], expected: list[tuple[str, str | None]]
) -> None:
    old, new = change
    assert old in POLISH
    assert sorted(problems_of(POLISH.replace(old, new))) == sorted(expected)


def test_a_count_said_without_a_select_is_a_plural_fault() -> None:
    text = POLISH.replace(
        POLISH[POLISH.index("files =") : POLISH.index("save =")], "files = { $count } plików\n"
    )
    assert ("plural", "files") in problems_of(text)


def test_plural_categories_are_cldrs_and_agree_with_the_browsers() -> None:
    # The same as Intl.PluralRules in node and Chromium (tests/web/test_page_languages.py
    # compares them in the browser for every catalogue).
    assert plural_categories("en") == {"one", "other"}
    assert plural_categories("fr") == {"one", "many", "other"}
    assert plural_categories("ar") == {"zero", "one", "two", "few", "many", "other"}
    assert plural_categories("ga") == {"one", "two", "few", "many", "other"}
    assert plural_categories("tr") == {"one", "other"}
    assert plural_categories("lv") == {"zero", "one", "other"}


def test_the_command_reports_each_problem_and_fails(tmp_path: Path) -> None:
    (tmp_path / "en.ftl").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "pl.ftl").write_text(POLISH, encoding="utf-8")
    (tmp_path / "de.ftl").write_text(
        POLISH.replace("        [few] { $count } pliki\n", ""), encoding="utf-8"
    )
    runner = CliRunner()
    passed = runner.invoke(main, ["check-catalogue", "--folder", str(tmp_path), "pl"])
    assert passed.exit_code == 0, passed.output
    assert "pl.ftl: ok (draft (machine-drafted, 2026-12-06))" in passed.output
    failed = runner.invoke(main, ["check-catalogue", "--folder", str(tmp_path)])
    assert failed.exit_code == 1
    # German has no "many": it is named, with the line of the message.
    assert "de.ftl:3: [plural] files: the $count select has many, which de does not use" in (
        failed.output
    )
    assert "pl.ftl: ok" in failed.output
    unknown = runner.invoke(main, ["check-catalogue", "--folder", str(tmp_path), "xx"])
    assert unknown.exit_code == 1
    assert "no catalogue at" in unknown.output


@pytest.mark.parametrize("lang", sorted(p.stem for p in LOCALES.glob("*.ftl")))
def test_every_catalogue_of_the_page_passes(lang: str) -> None:
    problems = check_files([lang])[lang]
    assert not problems, "\n".join(p.describe(f"{lang}.ftl") for p in problems)
