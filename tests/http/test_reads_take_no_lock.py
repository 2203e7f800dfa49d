"""Every GET reads in a read-only transaction (``Operation.reads_only``): on the embedded
SQLite it takes no lock, so a page's reads are answered while a writer (another process, a
long import) holds the one write lock, rather than queueing behind it and failing after the
busy timeout with a 503."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import OperationalError
from starlette.requests import Request

from server.app import OPERATIONS
from server.http.errors import on_database_down

from .conftest import World, error_code, ok


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_reads_are_answered_while_another_process_holds_the_write_lock(
    world: World, database_url: str
) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    holder = sqlite3.connect(database_url.split("///", 1)[1], isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # the write lock, held
        assert ok(await ana.get(f"/api/spaces/{space_id}"))["id"] == space_id
        assert ok(await ana.get("/api/spaces"))
        # A write waits for the lock as before, then says so: nothing half done.
        body = {"kind": "twinspace", "title": "Held back"}
        assert error_code(await ana.post("/api/spaces", body), 503) == "unavailable"
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert ok(await ana.post("/api/spaces", body), 201)


def test_only_the_gets_that_make_or_audit_something_write() -> None:
    """The GETs left writing: each chat is made on its first reading, a pupil's export is
    audited. Any other GET that wrote would answer 500 on SQLite (query_only) in every test
    of it."""
    writing = sorted(
        (op.method, op.path) for op in OPERATIONS if op.method == "GET" and not op.reads_only
    )
    assert writing == [
        ("GET", "/api/spaces/{space_id:int}/chat"),
        ("GET", "/api/spaces/{space_id:int}/chat/teachers"),
        ("GET", "/api/spaces/{space_id:int}/pupils/{account_id:int}/export"),
        ("GET", "/api/spaces/{space_id:int}/video-sessions/{session_id:int}/chat"),
    ]


async def test_a_write_in_a_reading_transaction_is_our_bug_not_an_outage() -> None:
    request = Request({"type": "http", "method": "GET", "path": "/api/x", "headers": []})
    readonly = sqlite3.OperationalError("attempt to write a readonly database")
    assert (
        await on_database_down(request, OperationalError("INSERT", {}, readonly))
    ).status_code == 500
    locked = sqlite3.OperationalError("database is locked")
    assert (
        await on_database_down(request, OperationalError("INSERT", {}, locked))
    ).status_code == 503
