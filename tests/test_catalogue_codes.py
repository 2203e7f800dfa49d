"""The server speaks codes, the page speaks words (issue 20): every code the server can send a
person (an error and its reason, a field's refusal, why a live connection closed, a notice
about one's own post or account, why a video session ended) has its words in the page's
catalogues, English and French, with the parameters the server gives it."""

from __future__ import annotations

from pathlib import Path

import pytest
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from protocol.channels import ChannelKind
from protocol.close_codes import CloseReason
from protocol.errors import ErrorCode, ErrorReason, FieldCode
from protocol.events import EVENT_SPECS, EventName
from protocol.video import EndReason
from server.http.apidoc import REASONS

LOCALES = Path(__file__).resolve().parent.parent / "web" / "locales"
#: The catalogues every key below must be in: the source and the language written with it.
#: The other languages are checked against English by the catalogue check (issue 20).
LANGUAGES = ("en", "fr")
#: Notice events that only move counters or pressed buttons on the member's other tabs:
#: nothing to say.
SILENT_NOTICES = {EventName.THREAD_READ, EventName.POST_MY_REACTIONS}


def messages(language: str) -> dict[str, set[str]]:
    """Each message id of a catalogue with the variables its value uses."""
    resource = FluentParser().parse((LOCALES / f"{language}.ftl").read_text(encoding="utf-8"))
    junk = [entry.content for entry in resource.body if isinstance(entry, ast.Junk)]
    assert junk == [], f"{language}.ftl does not parse"
    found: dict[str, set[str]] = {}
    for entry in resource.body:
        if isinstance(entry, ast.Message) and entry.value is not None:
            variables = Variables()
            variables.visit(entry.value)
            found[entry.id.name] = variables.names
    return found


class Variables(Visitor):
    """The ``$variables`` a pattern uses, in its placeables and its selectors."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:  # noqa: N802 (the library dispatches on the class name)
        self.names.add(node.id.name)
        self.generic_visit(node)


def notice_events() -> list[EventName]:
    return sorted(
        {
            spec.name
            for spec in EVENT_SPECS
            if ChannelKind.NOTICE in spec.kinds and spec.name not in SILENT_NOTICES
        }
    )


def expected() -> dict[str, set[str]]:
    """Every key the page needs for what the server sends, with the variables it is given."""
    keys: dict[str, set[str]] = {}
    keys.update({f"error-{code.value}": set() for code in ErrorCode})
    for reason in ErrorReason:
        code, params = REASONS[reason]
        keys[f"error-{code}-{reason.value}"] = set(params)
    keys.update({f"field-{code.value}": set() for code in FieldCode})
    # A field's limits; forms.js passes the one that applies as ``count`` too, for plurals.
    keys.update(
        {
            "field-too_short": {"min", "count"},
            "field-too_long": {"max", "count"},
            "field-too_small": {"min"},
            "field-too_large": {"max"},
        }
    )
    keys.update({f"conn-closed-{reason.value}": set() for reason in CloseReason})
    for event in notice_events():
        keys[f"notice-{event.value.replace('.', '-')}"] = set()
    keys["notice-chat-mention"] = {"name"}  # the mentioning post's author
    keys.update(
        {f"video-ended_{reason.value}": set() for reason in EndReason if reason != "teacher"}
    )
    keys["video-ended"] = set()  # a teacher ended it: the plain sentence
    return keys


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_code_the_server_sends_has_words_in_the_catalogue(language: str) -> None:
    have = messages(language)
    missing = sorted(key for key in expected() if key not in have)
    assert missing == [], f"{language}.ftl lacks {missing}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_words_use_only_the_parameters_the_server_gives(language: str) -> None:
    have = messages(language)
    # A placeable the server never fills would show as "{$name}" (or nothing) to the reader.
    wrong = {
        key: (have[key], given)
        for key, given in expected().items()
        if key in have and not have[key] <= given
    }
    assert wrong == {}


def test_the_notices_are_every_event_of_a_members_notice_channel() -> None:
    # A new notice event must be given words (or be declared silent above), not slip through.
    assert EventName.POST_HIDDEN in notice_events()
    assert EventName.MEMBER_MUTED in notice_events()
    assert EventName.CHAT_MENTION in notice_events()


def test_every_error_reason_is_declared_under_its_code() -> None:
    assert set(REASONS) == set(ErrorReason)
    assert {code for code, _ in REASONS.values()} <= {code.value for code in ErrorCode}
