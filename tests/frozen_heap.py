"""Keep the garbage collector's full passes short in the long-lived test processes.

A test process runs about 2,000 tests, and what they leave alive grows its heap by about a
thousand tracked objects a test (SQLAlchemy's and the apps' memoized statements, among
others): after collection there are 440,000, and a full collection late in a run walked
millions of objects, once holding a browser test's live server for 5 s (3.4 s of it in the
collector) so that Chromium's page load timed out in CI. Every `FREEZE_EVERY` tests, between
two tests where no server waits on it, the garbage goes now (`gc.collect()`) and what is still
alive is frozen out of every later collection (`gc.freeze()`): an automatic full collection
then walks at most what the last few hundred tests made. The price is that what was frozen
and dies later is never collected, which a test process that exits at the end can afford.
"""

from __future__ import annotations

import gc

import pytest

#: Tests between two freezes: each costs one full collection (about 0.3 s) between tests.
FREEZE_EVERY = 200


class FrozenHeap:
    """Registered in every test process by tests/conftest.py."""

    def __init__(self) -> None:
        self._finished = 0

    def pytest_collection_finish(self) -> None:
        freeze_what_lives()

    @pytest.hookimpl(trylast=True)
    def pytest_runtest_logfinish(self) -> None:
        self._finished += 1
        if self._finished % FREEZE_EVERY == 0:
            freeze_what_lives()


def freeze_what_lives() -> None:
    gc.collect()
    gc.freeze()
