"""What the chat's upkeep costs each server process (issue 10): the mute-expiry pass that runs
every second, with nothing due and with mutes due, and one typing-gate decision in process and
through Redis. Prints medians and percentiles (ms) and the Redis/memory ratio.

    python -m loadtest.chat_upkeep --members 20000 --rounds 300 \
        [--database-url postgresql+asyncpg://...] [--redis-url redis://127.0.0.1:PORT/15]

Without ``--database-url`` it uses a new SQLite file in a temporary folder. It writes only
into the database it is given (its own rows, in a space of their own); give it a scratch one.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from protocol.vocabulary import AccountKind, AccountStatus, Role, SpaceKind
from server.brokers.typing_memory import MemoryTypingGate, TypingGate
from server.brokers.typing_redis import RedisTypingGate
from server.config import VideoSettings
from server.services.mute_expiry import lift_expired
from storage.database import create_engine, make_sessionmaker, migrate
from storage.models import Account, Membership, Space
from storage.repositories import mutes as mute_repo

from .stats import percentiles

T0 = dt.datetime(2026, 9, 1, 8, 0, tzinfo=dt.UTC)
Maker = async_sessionmaker[AsyncSession]


async def provision(sessionmaker: Maker, members: int, muted: int) -> None:
    """``members`` pupils in one space, ``muted`` of them muted until T0 + 1 minute."""
    async with sessionmaker() as db, db.begin():
        space = Space(kind=SpaceKind.TWINSPACE, title="upkeep bench", created_at=T0)
        db.add(space)
        await db.flush()
        rows = [
            {
                "kind": AccountKind.PUPIL,
                "status": AccountStatus.ACTIVE,
                "display_name": f"Pupil {i}",
                "name_key": f"pupil {i}",  # a bulk insert skips the model's validator
                "created_at": T0,
                "status_changed_at": T0,
            }
            for i in range(members)
        ]
        ids = (await db.execute(insert(Account).returning(Account.id), rows)).scalars().all()
        until = T0 + dt.timedelta(minutes=1)
        memberships = [
            {
                "space_id": space.id,
                "account_id": account_id,
                "role": Role.PUPIL,
                "muted_until": until if i < muted else None,
                "created_at": T0,
            }
            for i, account_id in enumerate(ids)
        ]
        await db.execute(insert(Membership), memberships)


async def idle_passes(sessionmaker: Maker, rounds: int) -> list[int]:
    """The pass with nothing due yet (the common case): one indexed read."""
    samples = []
    for _ in range(rounds):
        started = time.perf_counter_ns()
        async with sessionmaker() as db, db.begin():
            assert not await mute_repo.due(db, T0)
        samples.append(time.perf_counter_ns() - started)
    return samples


async def lifting_pass(sessionmaker: Maker) -> tuple[int, int]:
    """One pass once the mutes ran out: how many it lifted, in how many nanoseconds."""
    started = time.perf_counter_ns()
    async with sessionmaker() as db, db.begin():
        lifted = await lift_expired(db, T0 + dt.timedelta(minutes=2), VideoSettings())
    return lifted, time.perf_counter_ns() - started


async def gate_calls(gate: TypingGate, rounds: int) -> list[int]:
    samples = []
    for i in range(rounds):
        started = time.perf_counter_ns()
        await gate.admit(i % 50, 1, T0 + dt.timedelta(milliseconds=i * 100))
        samples.append(time.perf_counter_ns() - started)
    await gate.close()
    return samples


async def bench(args: argparse.Namespace) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as scratch:
        url = args.database_url or f"sqlite+aiosqlite:///{Path(scratch) / 'bench.sqlite3'}"
        engine = create_engine(url)
        try:
            await migrate(engine)
            sessionmaker = make_sessionmaker(engine)
            await provision(sessionmaker, args.members, args.muted)
            idle = percentiles(await idle_passes(sessionmaker, args.rounds))
            lifted, lifting_ns = await lifting_pass(sessionmaker)
        finally:
            await engine.dispose()
    report: dict[str, object] = {
        "database": url.split(":", 1)[0],
        "members": args.members,
        "idle_pass_ms": idle.as_dict(),
        "lifting_pass": {
            "lifted": lifted,
            "total_ms": round(lifting_ns / 1e6, 2),
            "per_mute_ms": round(lifting_ns / 1e6 / max(lifted, 1), 3),
        },
    }
    memory = percentiles(await gate_calls(MemoryTypingGate(), args.rounds * 10))
    report["typing_gate_memory_ms"] = memory.as_dict()
    if args.redis_url:
        shared = percentiles(await gate_calls(RedisTypingGate(args.redis_url), args.rounds * 10))
        report["typing_gate_redis_ms"] = shared.as_dict()
        report["typing_gate_redis_over_memory_p50"] = round(shared.p50 / max(memory.p50, 1e-6))
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m loadtest.chat_upkeep", description=__doc__)
    parser.add_argument("--members", type=int, default=20_000)
    parser.add_argument("--muted", type=int, default=100, help="mutes that run out at once")
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--redis-url", default="")
    args = parser.parse_args(argv)
    if args.members < 1 or args.rounds < 1 or not 0 <= args.muted <= args.members:
        parser.error("members and rounds must be at least 1, muted between 0 and members")
    print(json.dumps(asyncio.run(bench(args)), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
