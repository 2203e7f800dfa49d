"""Answers shared as event data: only structs that encode as objects have fields to strip."""

from __future__ import annotations

import msgspec
import pytest

from protocol.errors import InvariantBroken
from server.services.allowed import shared


class Named(msgspec.Struct):
    name: str
    allowed: list[str]


class Pair(msgspec.Struct, array_like=True):
    left: int
    right: int


def test_shared_drops_the_callers_allowed() -> None:
    assert shared(Named(name="a", allowed=["edit"])) == {"name": "a"}


def test_a_struct_that_encodes_as_an_array_is_our_bug() -> None:
    with pytest.raises(InvariantBroken, match="Pair does not encode as an object"):
        shared(Pair(left=1, right=2))
