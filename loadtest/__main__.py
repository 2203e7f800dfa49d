"""``twinspace-loadtest`` (also ``python -m loadtest``): one command, one subcommand per scenario.

``classroom`` is the classroom scenario (:mod:`loadtest.classroom`); ``group`` one group of
thousands with hundreds online (:mod:`loadtest.group`); ``hundredk`` 100,000 idle
connections on one machine, or (``--storm``) thousands reconnecting at once
(:mod:`loadtest.hundredk`); ``soak`` holds a
classroom-like load for minutes and watches the server for leaks (:mod:`loadtest.soak`);
``fanout`` hands every remaining argument to the fan-out benchmark (:mod:`loadtest.fanout`)
unchanged, so its flags stay its own.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Callable
from typing import cast

#: The packages of the `loadtest` extra: `pip install twinspace-live` alone serves, without them.
EXTRA_PACKAGES = frozenset({"hdrh", "matplotlib", "socketio", "engineio", "aiortc", "av"})
MISSING_EXTRA = (
    "twinspace-loadtest needs the load tester's packages ({name} is missing): "
    "pip install 'twinspace-live[loadtest]' (make test installs them)"
)


def run_fanout(argv: list[str]) -> int:
    """The fan-out benchmark's own entry point, or the module run as a program if it has none."""
    from . import fanout

    entry = getattr(fanout, "main", None)
    if callable(entry):
        return cast(Callable[[list[str]], int], entry)(argv)
    command = [sys.executable, "-m", "loadtest.fanout", *argv]
    return subprocess.call(command)  # noqa: S603 (our interpreter, the user's own flags)


def main(argv: list[str] | None = None) -> int:
    try:
        return run(sys.argv[1:] if argv is None else argv)
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] not in EXTRA_PACKAGES:
            raise
        print(MISSING_EXTRA.format(name=exc.name), file=sys.stderr)
        return 2


def build_parser() -> argparse.ArgumentParser:
    """The command's parser: a subcommand per scenario (fanout parses its own flags)."""
    from . import classroom, cluster, files_bench, group, hundredk, soak

    parser = argparse.ArgumentParser(
        prog="twinspace-loadtest", description="Load scenarios against a TwinSpace Live server."
    )
    subparsers = parser.add_subparsers(dest="scenario_name", required=True)
    classroom.add_parser(subparsers)
    cluster.add_parser(subparsers)
    files_bench.add_parser(subparsers)
    group.add_parser(subparsers)
    hundredk.add_parser(subparsers)
    soak.add_parser(subparsers)
    subparsers.add_parser("fanout", help="the fan-out benchmark (its own flags follow)")
    return parser


def run(args: list[str]) -> int:
    if args[:1] == ["fanout"]:
        return run_fanout(args[1:])
    namespace = build_parser().parse_args(args)
    result: int = namespace.run(namespace)
    return result


if __name__ == "__main__":
    sys.exit(main())
