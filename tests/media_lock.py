"""Media tests run while no other heavy test does: a readers-writer lock across xdist workers.

A media test (marked ``media``) needs real audio and video to flow within a bound: WebRTC
between headless Chromium pages, aiortc peers, Janus forwarding. The heavy tests (marked
``browser``, ``janus`` or ``multiprocess``) each start browsers, Janus or several servers. Four
workers running heavy tests side by side hold this 2-core machine at load average 25-40, and
there a media test fails for want of CPU, not for a fault: in a CI run (2026-12-07) three video
tests did (the SFU's pages decoded nothing within 30 s, a mesh call had no selected pair yet),
and the same three failed on a quiet machine beside 24 busy loops (load 30), passing beside 8.

So a heavy test holds a shared lock while it runs, and a media test an exclusive one: it waits
for the heavy tests running on other workers to finish and keeps new ones waiting until it
ends. The light tests (most of the suite) never wait. A turnstile in front keeps a media test
from waiting for ever while the other workers' heavy tests take turns holding the shared lock.
The locks are `flock`s on two files in the run's temporary folder (which xdist's workers share
and pytest removes with old runs), so a kill leaves nothing held; a run without xdist has
nothing to share the machine with, and takes no lock. The wait is outside the test's timeout
and its reported duration.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import IO

import pytest

#: The marks of tests that load the machine: real browsers, Janus, several processes.
HEAVY_MARKERS = ("browser", "janus", "multiprocess")
MEDIA_MARKER = "media"


def is_media(item: pytest.Item) -> bool:
    return item.get_closest_marker(MEDIA_MARKER) is not None


def is_heavy(item: pytest.Item) -> bool:
    return any(item.get_closest_marker(marker) for marker in HEAVY_MARKERS)


class HeavyTestLock:
    """Registered on each xdist worker by tests/conftest.py."""

    def __init__(self, folder: Path) -> None:
        # Each lock on a descriptor of its own: flock locks belong to the open file.
        self._turnstile = open(folder / "heavy-tests.turnstile", "a+b")  # noqa: SIM115
        self._room = open(folder / "heavy-tests.room", "a+b")  # noqa: SIM115

    @pytest.hookimpl(hookwrapper=True, tryfirst=True)  # outside pytest-timeout's timer
    def pytest_runtest_protocol(self, item: pytest.Item) -> Generator[None, None, None]:
        held: contextlib.AbstractContextManager[None]
        if is_media(item):
            held = self.alone()
        elif is_heavy(item):
            held = self.beside_other_heavy_tests()
        else:
            held = contextlib.nullcontext()
        with held:
            yield

    @contextlib.contextmanager
    def alone(self) -> Iterator[None]:
        with locked(self._turnstile, fcntl.LOCK_EX):
            fcntl.flock(self._room, fcntl.LOCK_EX)  # once the heavy tests inside have left
        try:
            yield
        finally:
            fcntl.flock(self._room, fcntl.LOCK_UN)

    @contextlib.contextmanager
    def beside_other_heavy_tests(self) -> Iterator[None]:
        with locked(self._turnstile, fcntl.LOCK_EX):
            pass  # not while a media test waits for the room or holds it
        with locked(self._room, fcntl.LOCK_SH):
            yield

    def pytest_unconfigure(self) -> None:
        self._turnstile.close()
        self._room.close()


@contextlib.contextmanager
def locked(file: IO[bytes], how: int) -> Iterator[None]:
    fcntl.flock(file, how)
    try:
        yield
    finally:
        fcntl.flock(file, fcntl.LOCK_UN)


def register(config: pytest.Config) -> None:
    """On an xdist worker, whose temporary folder xdist names inside the run's."""
    if os.environ.get("PYTEST_XDIST_WORKER") is None or not config.option.basetemp:
        return
    run_folder = Path(config.option.basetemp).parent
    run_folder.mkdir(parents=True, exist_ok=True)
    config.pluginmanager.register(HeavyTestLock(run_folder), "twinspace-heavy-test-lock")
