"""`twinspace-loadtest --help` explains every flag of every scenario: a load tester reads it
before a run, and a bare ``--rate RATE`` tells neither the unit nor what it paces."""

from __future__ import annotations

import argparse

import pytest

from loadtest.__main__ import build_parser

#: The scenarios, named here rather than read from the parser at collection: building it
#: imports every scenario's module, 0.5-0.6 s of each xdist process's collection.
SCENARIOS = ("classroom", "cluster", "fanout", "files", "group", "hundredk", "soak")


def scenarios() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    (subparsers,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(subparsers.choices)


@pytest.mark.parametrize("name", SCENARIOS)
def test_every_flag_of_a_scenario_says_what_it_does(name: str) -> None:
    parser = scenarios()[name]
    unexplained = [
        action.option_strings[-1]
        for action in parser._actions
        if action.option_strings and not (action.help or "").strip()
    ]
    assert unexplained == [], f"{name}: flags without a help text: {unexplained}"


def test_the_check_covers_every_scenario() -> None:
    assert sorted(scenarios()) == list(SCENARIOS)


def test_a_scenarios_flags_are_its_knobs_with_their_types_and_defaults() -> None:
    hundredk = scenarios()["hundredk"]
    defaults = vars(hundredk.parse_args([]))
    assert {k: defaults[k] for k in ("connections", "settle_s", "storm")} == {
        "connections": 100_000,
        "settle_s": 10.0,
        "storm": False,
    }
    chosen = vars(hundredk.parse_args(["--settle", "2.5", "--storm", "--class-size", "25"]))
    assert (chosen["settle_s"], chosen["storm"], chosen["class_size"]) == (2.5, True, 25)
    group = vars(scenarios()["group"].parse_args(["--ramp", "3", "--seed", "7"]))
    assert (group["ramp_s"], group["seed"]) == (3.0, 7)
    assert isinstance(group["ramp_s"], float)
