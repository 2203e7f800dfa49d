"""protocol.fields: every refused field of a body at once, as stable codes with limits."""

from __future__ import annotations

from typing import Any

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from protocol import api
from protocol.errors import FieldCode, FieldError
from protocol.fields import field_errors, refused_fields
from server.app import OPERATIONS

BODY_TYPES = sorted({op.body for op in OPERATIONS if op.body is not None}, key=repr)


def codes(value: object, type_: Any) -> list[tuple[str, str]]:
    return [(e.field, e.code.value) for e in field_errors(value, type_)]


def test_every_refused_field_is_listed_at_once_in_declaration_order() -> None:
    body = {
        "email": "not-an-email",
        "password": "short",
        "display_name": "   ",
        "school": "",
        "country": "France",
        "admin": True,
    }
    assert field_errors(body, api.RegisterTeacher) == [
        FieldError(field="email", code=FieldCode.FORMAT, max=254),
        FieldError(field="password", code=FieldCode.TOO_SHORT, min=10, max=200),
        FieldError(field="display_name", code=FieldCode.BLANK, min=1, max=100),
        FieldError(field="school", code=FieldCode.BLANK, min=1, max=200),
        FieldError(field="country", code=FieldCode.FORMAT),
        FieldError(field="admin", code=FieldCode.UNKNOWN),
    ]


def test_a_missing_required_field_is_required_and_a_defaulted_one_is_not() -> None:
    assert codes({"title": "T"}, api.CreateSpace) == [("kind", "required")]
    assert codes({"folder_id": None}, api.MoveItem) == []
    assert codes({}, api.MoveItem) == [("folder_id", "required")]


def test_limits_of_numbers_and_text_come_with_the_error() -> None:
    too_many = {"expires_in_hours": 10**12, "max_uses": 0, "note": "x" * 201}
    assert field_errors(too_many, api.CreateInvitation) == [
        FieldError(
            field="expires_in_hours",
            code=FieldCode.TOO_LARGE,
            min=1,
            max=api.MAX_INVITATION_HOURS,
        ),
        FieldError(field="max_uses", code=FieldCode.TOO_SMALL, min=1, max=api.MAX_INVITATION_USES),
        FieldError(field="note", code=FieldCode.TOO_LONG, max=200),
    ]


def test_nested_fields_are_dotted_paths_with_list_indexes() -> None:
    body = {"pupils": [{"display_name": "Ana"}, {"display_name": "", "role": "boss"}]}
    assert codes(body, api.CreatePupils) == [
        ("pupils.1.display_name", "blank"),
        ("pupils.1.role", "choice"),
    ]
    assert codes({"pupils": []}, api.CreatePupils) == [("pupils", "too_short")]


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("3", "type"),
        (True, "type"),
        (1.5, "type"),
        (None, "type"),
        (0, "too_small"),
        (2**63, "too_large"),
    ],
)
def test_a_wrong_value_for_a_whole_number_says_why(value: object, code: str) -> None:
    assert codes({"last_read_post_id": value}, api.MarkRead) == [("last_read_post_id", code)]


def test_a_body_that_is_not_an_object_is_one_type_error_of_the_whole_body() -> None:
    assert codes([1, 2], api.RegisterTeacher) == [("", "type")]


def test_a_nul_in_text_is_a_format_error_of_its_field() -> None:
    assert codes({"body": "a\x00b", "client_id": "abcdefgh"}, api.CreatePost) == [
        ("body", "format")
    ]


def test_choices_of_literals_and_enums() -> None:
    assert codes({"posts": "erase", "files": "keep"}, api.ErasePupil) == [("posts", "choice")]
    assert codes({"kind": "club", "title": "T"}, api.CreateSpace) == [("kind", "choice")]


def test_when_msgspec_refuses_what_the_walk_cannot_explain_its_path_is_used() -> None:
    class Odd(msgspec.Struct):
        items: list[int]

    error = msgspec.ValidationError("Expected `int`, got `str` - at `$.items[2]`")
    # The walk explains it; a hand-made error with nothing wrong in the value falls back.
    assert refused_fields({"items": [1, 2, "x"]}, Odd, error) == [
        FieldError(field="items.2", code=FieldCode.TYPE)
    ]
    assert refused_fields({"items": [1, 2, 3]}, Odd, error) == [
        FieldError(field="items.2", code=FieldCode.TYPE)
    ]


# -- the walk agrees with msgspec on every body type -----------------------------------------

#: NUL is refused in every text by the walk alone (see the test above): not drawn here.
TEXT = st.characters(exclude_characters="\x00", exclude_categories=["Cs"])
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**65), max_value=2**65),
    st.sampled_from([0, 1, 30, 60, 61, 168, 200, 201, 500, 720, 721, 2160, 2**63 - 1, 2**63]),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(TEXT, max_size=12),
    st.sampled_from(
        ["", " ", "a", "  x ", "a@b.co", "FR", "fr", "teacher", "pupil", "keep", "open", "x" * 101]
    ),
    st.text(TEXT, min_size=195, max_size=260),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(TEXT, max_size=12), inner),
    max_leaves=6,
)


def body_values(type_: Any) -> st.SearchStrategy[dict[str, object]]:
    names = [*type_.__struct_fields__, "unknown"]
    return st.dictionaries(st.sampled_from(names), VALUES, max_size=len(names))


@pytest.mark.parametrize("body_type", BODY_TYPES, ids=lambda t: t.__name__)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_the_walk_refuses_exactly_what_msgspec_refuses(body_type: Any, data: st.DataObject) -> None:
    value = data.draw(body_values(body_type))
    raw = msgspec.json.encode(value)
    try:
        msgspec.json.decode(raw, type=body_type)
    except msgspec.ValidationError:
        accepted = False
    else:
        accepted = True
    found = field_errors(msgspec.json.decode(raw), body_type)
    assert (found == []) == accepted, (value, found)
