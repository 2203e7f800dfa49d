"""What a hung test was waiting for, when pytest-timeout gives up on it.

pytest-timeout's own report is every thread's stack, and a hung asyncio test shows only its
event loop idle in ``select``: what matters is which coroutine awaits what. This plugin keeps
pytest-timeout's trigger (SIGALRM in the main thread, ``timeout`` in pyproject.toml) and, when
it fires, first prints every task of the running loop with its await chain, then the threads,
then fails the test as pytest-timeout would. A whole run once sat at 99 % for six minutes in an
async fixture's teardown with nothing more to show.
"""

from __future__ import annotations

import asyncio
import faulthandler
import gc
import inspect
import signal
import sys
from collections.abc import Iterator
from types import FrameType
from typing import Any

import pytest


class HangReport:
    """Registered in the workers' (and a lone run's) pytest_configure."""

    @pytest.hookimpl(tryfirst=True)
    def pytest_timeout_set_timer(self, item: pytest.Item, settings: Any) -> bool | None:
        if settings.method != "signal" or settings.timeout <= 0:
            return None  # pytest-timeout's own thread method, or no timeout

        def on_timeout(signum: int, frame: FrameType | None) -> None:
            report(item, settings.timeout)
            pytest.fail(f"Timeout: {item.nodeid} ran over {settings.timeout:.0f} s")

        def cancel() -> None:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, signal.SIG_DFL)

        item.cancel_timeout = cancel  # type: ignore[attr-defined]  # pytest-timeout's contract
        signal.signal(signal.SIGALRM, on_timeout)
        signal.setitimer(signal.ITIMER_REAL, settings.timeout)
        return True


def report(item: pytest.Item, timeout: float) -> None:
    out = sys.__stderr__ or sys.stderr
    print(f"\n+++ {item.nodeid} ran over {timeout:.0f} s: what it waited for +++", file=out)
    loop = asyncio._get_running_loop()
    if loop is None:
        print("no event loop was running", file=out)
    else:
        for task in asyncio.all_tasks(loop):
            print(f"--- {task.get_name()}", file=out)
            for line in await_chain(task.get_coro()):
                print(line, file=out)
    print("--- threads", file=out, flush=True)
    faulthandler.dump_traceback(file=out, all_threads=True)
    print("+++ end of the report +++", file=out, flush=True)


def await_chain(awaitable: object) -> Iterator[str]:
    """Where a suspended coroutine stands, down its chain of awaits to what it waits on (a
    Task's own stack is only its outermost frame)."""
    while awaitable is not None:
        frame = next(
            (f for f in (getattr(awaitable, a, None) for a in _FRAMES) if f is not None), None
        )
        if frame is None:
            inner = _asend_generator(awaitable)
            if inner is not None:  # an async generator's step (a fixture's teardown)
                awaitable = inner
                continue
            yield f"  waiting on {awaitable!r}"  # a Future, or another awaitable
            return
        code = frame.f_code
        yield f'  File "{code.co_filename}", line {frame.f_lineno}, in {code.co_name}'
        awaitable = next(
            (n for n in (getattr(awaitable, a, None) for a in _AWAITS) if n is not None), None
        )


def _asend_generator(awaitable: object) -> object | None:
    """The async generator behind an ``asend``/``athrow`` step, which names no attribute for
    it: the garbage collector knows what the step holds."""
    if type(awaitable).__name__ not in ("async_generator_asend", "async_generator_athrow"):
        return None
    return next((r for r in gc.get_referents(awaitable) if inspect.isasyncgen(r)), None)


# Coroutines, generator-based awaitables and async generators name these differently.
_FRAMES = ("cr_frame", "gi_frame", "ag_frame")
_AWAITS = ("cr_await", "gi_yieldfrom", "ag_await")
