"""The vendored axe-core is the version the lockfile pins (`make vendor-axe` refreshes it)."""

from __future__ import annotations

import json
from pathlib import Path

AXE = Path(__file__).parent / "axe"


def test_vendored_axe_is_the_locked_version() -> None:
    lock = json.loads((AXE / "package-lock.json").read_text(encoding="utf-8"))
    locked = lock["packages"]["node_modules/axe-core"]["version"]
    wanted = json.loads((AXE / "package.json").read_text(encoding="utf-8"))["dependencies"]
    assert wanted["axe-core"] == locked
    head = (AXE / "axe.min.js").read_text(encoding="utf-8")[:40]
    assert head.startswith(f"/*! axe v{locked}\n"), head
