"""A scenario's knobs (a dataclass of defaults) as command-line flags, one per field, each
with its help text: the flags cannot drift from the knobs, and no flag goes unexplained."""

from __future__ import annotations

import argparse
import dataclasses
import typing
from collections.abc import Mapping
from typing import Any


def flag_name(field: str) -> str:
    """``ramp_s`` -> ``--ramp`` (seconds are said in the help), ``post_rate`` -> ``--post-rate``."""
    return "--" + field.removesuffix("_s").replace("_", "-")


def add_knob_flags(parser: argparse.ArgumentParser, knobs: Any, helps: Mapping[str, str]) -> None:
    """A flag for every field of the dataclass instance ``knobs`` (its value the default), with
    ``helps[field]`` as its text, its type the field's; a bool field is a switch
    (``store_true``)."""
    types = typing.get_type_hints(type(knobs))
    for field in dataclasses.fields(knobs):
        default = getattr(knobs, field.name)
        text = helps[field.name]  # a KeyError here: a knob was added without its help
        if types[field.name] is bool:
            parser.add_argument(
                flag_name(field.name),
                action="store_true",
                default=default,
                dest=field.name,
                help=text,
            )
        else:
            parser.add_argument(
                flag_name(field.name),
                type=types[field.name],
                default=default,
                dest=field.name,
                help=text,
            )
