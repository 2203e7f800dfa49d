"""What the generated files share (docs/protocol.md by protocol/schema.py, web/js/events.js by
protocol/events_doc.py): JSON blocks, descriptions without docstring indentation, and the
command line that writes a file or checks that it is up to date."""

from __future__ import annotations

import argparse
import inspect
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any


def json_block(value: Any) -> list[str]:
    return ["```json", json.dumps(value, indent=2, ensure_ascii=False), "```", ""]


def clean_descriptions(value: Any) -> Any:
    """Descriptions without the docstrings' indentation."""
    if isinstance(value, dict):
        return {
            k: (
                inspect.cleandoc(v)
                if k == "description" and isinstance(v, str)
                else clean_descriptions(v)
            )
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [clean_descriptions(v) for v in value]
    return value


def write_or_check(
    argv: Sequence[str] | None,
    *,
    prog: str,
    description: str | None,
    what: str,
    render: Callable[[], str],
    regenerate: str,
) -> int:
    """Write ``render()`` to stdout or ``-o PATH``; ``--check PATH`` exits 1 if stale."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("-o", "--output", type=Path, help=f"write the {what} to this file")
    group.add_argument("--check", type=Path, help="exit 1 if this file is not up to date")
    args = parser.parse_args(argv)
    text = render()
    if args.check is not None:
        current = args.check.read_text(encoding="utf-8") if args.check.exists() else ""
        if current != text:
            print(f"{args.check} is stale; run: {regenerate}", file=sys.stderr)
            return 1
        return 0
    if args.output is not None:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0
