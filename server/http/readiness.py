"""Readiness: a list of named checks, each run with a timeout; `/readyz` answers 503 and the
log says so loudly (ERROR, once per change) when any part is down.

A check is an async function of the application context that returns a :class:`CheckResult`
(or raises: any exception means "unavailable"). Register one at wiring time::

    readiness = app.state.readiness          # made by create_app
    readiness.register("janus", janus_check)  # async def janus_check(ctx) -> CheckResult

Its figures (``detail``) appear under its name in the JSON of `/readyz`. They must reveal
nothing about any space: /readyz is public, for load balancers.
"""

from __future__ import annotations

import asyncio
import logging
import shutil
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from protocol.errors import present
from storage.database import check_database

from ..observability import metrics
from ..services.video import rooms

if TYPE_CHECKING:
    from ..context import AppContext

logger = logging.getLogger("twinspace.health")

#: How long a readiness check waits for each part (default 2 s) before calling it down.
READINESS_TIMEOUT = 2.0


@dataclass(frozen=True, slots=True)
class CheckResult:
    #: "ok" or why not ("unavailable", "low", ...).
    status: str = "ok"
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status == "ok"


Check = Callable[["AppContext"], Awaitable[CheckResult]]


class Readiness:
    """The checks of one application, run in registration order."""

    def __init__(self) -> None:
        self.checks: dict[str, Check] = {}
        self.last: dict[str, str] = {}

    def register(self, name: str, check: Check) -> None:
        if name in self.checks:
            raise ValueError(f"a readiness check named {name!r} exists already")
        self.checks[name] = check

    async def run(self, ctx: AppContext) -> tuple[bool, dict[str, dict[str, Any]]]:
        results = await asyncio.gather(*(self.one(name, ctx) for name in self.checks))
        named = zip(self.checks, results, strict=True)
        report = {name: {"status": r.status, **r.detail} for name, r in named}
        return all(r.ok for r in results), report

    async def one(self, name: str, ctx: AppContext) -> CheckResult:
        try:
            result = await asyncio.wait_for(self.checks[name](ctx), READINESS_TIMEOUT)
        except TimeoutError:
            result = CheckResult("timeout", {"after_s": READINESS_TIMEOUT})
        except Exception as exc:  # any failure means "not ready"; only its type is shown
            result = CheckResult("unavailable", {"error": type(exc).__name__})
        self.note(name, result)
        return result

    def note(self, name: str, result: CheckResult) -> None:
        metrics.READY.labels(check=name).set(1 if result.ok else 0)
        before = self.last.get(name)
        self.last[name] = result.status
        if result.status == before:
            return
        if not result.ok:
            logger.error("NOT READY: %s is %s %s", name, result.status, result.detail)
        elif before is not None:
            logger.warning("ready again: %s is ok", name)


async def database_check(ctx: AppContext) -> CheckResult:
    started = time.perf_counter()
    await check_database(ctx.engine)
    return CheckResult(detail={"ms": round((time.perf_counter() - started) * 1000, 1)})


async def redis_check(ctx: AppContext) -> CheckResult:
    """With Redis, this process's subscriptions must be live: otherwise it is silently deaf."""
    channels = len(ctx.hub.listeners)
    if not ctx.hub.broker.healthy:
        return CheckResult("unavailable", {"channels": channels})
    return CheckResult(detail={"channels": channels})


async def disk_check(ctx: AppContext) -> CheckResult:
    """Free space under the data folder (the file store) against --min-free-disk-mb."""
    usage = await asyncio.to_thread(shutil.disk_usage, ctx.settings.data_dir)
    wanted = ctx.settings.min_free_disk_bytes
    detail = {"free_bytes": usage.free, "min_free_bytes": wanted}
    return CheckResult("ok" if usage.free >= wanted else "low", detail)


def default_readiness(with_redis: bool) -> Readiness:
    readiness = Readiness()
    readiness.register("database", database_check)
    if with_redis:
        readiness.register("redis", redis_check)
    readiness.register("disk", disk_check)
    return readiness


async def janus_readiness(ctx: AppContext) -> CheckResult:
    """Readiness of the SFU: registered only when Janus is configured."""
    sfu = present(rooms.sfu_of(ctx.settings.video), "the SFU the check was registered for")
    return CheckResult(detail=await sfu.check())


async def blobs_readiness(ctx: AppContext) -> CheckResult:
    """The object store (registered only with TWINSPACE_BLOBS_URL): its bucket answers."""
    started = time.perf_counter()
    await ctx.blobs.check()
    return CheckResult(detail={"ms": round((time.perf_counter() - started) * 1000, 1)})
