"""A pseudo-locale for layout tests: English with every text accented and 40 % longer.

"Sign in" becomes "ŠŠíğğñ ííñ": every word 60 % longer, which makes nearly every text at least
40 % longer than the English once spaces and punctuation are counted (translations run up to
that much longer: German, Finnish, Greek), with placeables, plural variants and message ids
untouched, so the page behaves exactly as in English. A word is stretched the same way
wherever it stands, so a button's visible text stays inside its accessible name (axe checks).
tests/web/test_page_languages.py serves it in place of en.ftl and looks for overflow.
"""

from __future__ import annotations

import math
import re

from fluent.syntax import FluentParser, FluentSerializer
from fluent.syntax import ast as fl
from fluent.syntax.visitor import Transformer, Visitor

#: How much longer every word becomes: 60 % makes the catalogue's texts 57 % longer, all but 3
#: of its 751 texts at least 40 % longer (a word alone with punctuation stays short).
WORD_GROWTH = 0.6
ACCENTS = str.maketrans(
    "aceginorsuyzACEGINORSUYZ",
    "áçéğíñöŕšüýžÁÇÉĞÍÑÖŔŠÜÝŽ",
)
WORD = re.compile(r"[^\W\d_]+")


def pseudo_word(word: str) -> str:
    """One word, accented and 60 % longer (its letters repeated evenly)."""
    size = math.ceil(len(word) * (1 + WORD_GROWTH))
    return "".join(word[i * len(word) // size] for i in range(size)).translate(ACCENTS)


def pseudo_text(text: str) -> str:
    """`text` with every word accented and stretched."""
    return WORD.sub(lambda match: pseudo_word(match.group()), text)


class _Texts(Visitor):
    def __init__(self) -> None:
        self.found: list[str] = []

    def visit_TextElement(self, node: fl.TextElement) -> None:  # noqa: N802
        self.found.append(node.value)


def english_texts(english: str) -> list[str]:
    """Every text of the catalogue's messages (variants included), as the pseudo-locale sees."""
    texts = _Texts()
    for entry in FluentParser().parse(english).body:
        if isinstance(entry, fl.Message):
            texts.visit(entry)
    return texts.found


class _Pseudo(Transformer):
    def visit_TextElement(self, node: fl.TextElement) -> fl.TextElement:  # noqa: N802
        node.value = pseudo_text(node.value)
        return node


def pseudo_catalogue(english: str) -> str:
    """The English catalogue's text, every message's text pseudo-localised."""
    resource = FluentParser().parse(english)
    for entry in resource.body:
        if isinstance(entry, fl.Message):
            _Pseudo().visit(entry)
    return FluentSerializer().serialize(resource)
