"""The file archive over HTTP: upload, versions, download with Range and ETag, names, limits."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import update

from protocol.vocabulary import SpaceKind
from server.clock import FakeClock
from server.config import ArchiveLimits, Settings
from storage.models import Membership

from .archive_support import (
    archive_path,
    download,
    listing,
    sha,
    stored_blobs,
    upload,
    upload_leftovers,
    uploaded,
)
from .conftest import PASSWORD, ApiUser, BlobChoice, World, error_code, ok, open_world

HELLO = b"Bonjour, monde! " * 100


@pytest.fixture
def world(archive_world: World) -> World:
    """Every test here runs on the local disk store and on the S3 one (blob_choice)."""
    return archive_world


async def founder_space(world: World) -> tuple[ApiUser, int]:
    ana = await world.etwinner("Ana")
    return ana, await world.space(ana)


async def test_upload_then_list_show_and_download_the_same_bytes(world: World) -> None:
    ana, space_id = await founder_space(world)
    file = await uploaded(ana, space_id, "Fiche élève.pdf", HELLO)
    assert (file["name"], file["version"], file["size"]) == ("Fiche élève.pdf", 1, len(HELLO))
    assert file["sha256"] == sha(HELLO)
    assert file["owner_id"] == ana.id
    archive = await listing(ana, space_id)
    assert [f["id"] for f in archive["files"]] == [file["id"]]
    assert archive["used_bytes"] == len(HELLO)
    shown = ok(await ana.get(f"{archive_path(space_id)}/files/{file['id']}"))
    assert [v["number"] for v in shown["versions"]] == [1]
    response = await download(ana, space_id, file["id"])
    assert response.status_code == 200
    assert response.content == HELLO
    headers = response.headers
    assert headers["content-type"] == "application/octet-stream"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["etag"] == f'"{sha(HELLO)}"'
    assert headers["accept-ranges"] == "bytes"
    assert headers["content-length"] == str(len(HELLO))
    assert headers["content-disposition"] == (
        "attachment; filename=\"Fiche eleve.pdf\"; filename*=UTF-8''Fiche%20%C3%A9l%C3%A8ve.pdf"
    )
    assert await stored_blobs(world) == [sha(HELLO)]
    assert await upload_leftovers(world) == []


async def test_uploading_over_a_name_adds_a_version_and_old_versions_stay(world: World) -> None:
    ana, space_id = await founder_space(world)
    first = await uploaded(ana, space_id, "plan.txt", b"version one")
    response = await upload(ana, space_id, "PLAN.txt", b"version two, longer")
    second = ok(response, 200)  # 200: an existing file got a new version
    assert (second["id"], second["version"], second["name"]) == (first["id"], 2, "plan.txt")
    assert (await download(ana, space_id, first["id"])).content == b"version two, longer"
    old = await download(ana, space_id, first["id"], version=1)
    assert old.content == b"version one"
    assert (await download(ana, space_id, first["id"], version=3)).status_code == 404
    archive = await listing(ana, space_id)
    assert archive["used_bytes"] == len(b"version one") + len(b"version two, longer")


async def test_single_byte_ranges_are_served_with_206(world: World) -> None:
    ana, space_id = await founder_space(world)
    data = bytes(range(256)) * 40
    file_id = (await uploaded(ana, space_id, "bytes.bin", data))["id"]
    for header, expected, content_range in (
        ("bytes=0-9", data[:10], f"bytes 0-9/{len(data)}"),
        ("bytes=100-", data[100:], f"bytes 100-{len(data) - 1}/{len(data)}"),
        ("bytes=-5", data[-5:], f"bytes {len(data) - 5}-{len(data) - 1}/{len(data)}"),
        ("bytes=10000-99999", data[10000:], f"bytes 10000-{len(data) - 1}/{len(data)}"),
    ):
        response = await download(ana, space_id, file_id, {"Range": header})
        assert response.status_code == 206, header
        assert response.content == expected, header
        assert response.headers["content-range"] == content_range
        assert response.headers["content-length"] == str(len(expected))


async def test_unsatisfiable_range_is_416_and_multi_range_gets_the_whole_file(
    world: World,
) -> None:
    ana, space_id = await founder_space(world)
    file_id = (await uploaded(ana, space_id, "small.bin", b"0123456789"))["id"]
    response = await download(ana, space_id, file_id, {"Range": "bytes=10-20"})
    assert response.status_code == 416
    assert response.headers["content-range"] == "bytes */10"
    whole = await download(ana, space_id, file_id, {"Range": "bytes=0-1,4-5"})
    assert (whole.status_code, whole.content) == (200, b"0123456789")
    garbage = await download(ana, space_id, file_id, {"Range": "lines=1-2"})
    assert (garbage.status_code, garbage.content) == (200, b"0123456789")


async def test_if_range_with_an_old_etag_gets_the_whole_new_file(world: World) -> None:
    ana, space_id = await founder_space(world)
    file_id = (await uploaded(ana, space_id, "doc.txt", b"old content"))["id"]
    await uploaded(ana, space_id, "doc.txt", b"new content!")
    stale = {"Range": "bytes=0-2", "If-Range": f'"{sha(b"old content")}"'}
    response = await download(ana, space_id, file_id, stale)
    assert (response.status_code, response.content) == (200, b"new content!")
    fresh = {"Range": "bytes=0-2", "If-Range": f'"{sha(b"new content!")}"'}
    response = await download(ana, space_id, file_id, fresh)
    assert (response.status_code, response.content) == (206, b"new")


async def test_conditional_get_answers_304_and_a_new_version_changes_the_etag(
    world: World,
) -> None:
    ana, space_id = await founder_space(world)
    file_id = (await uploaded(ana, space_id, "notes.txt", b"first"))["id"]
    etag = (await download(ana, space_id, file_id)).headers["etag"]
    cached = await download(ana, space_id, file_id, {"If-None-Match": etag})
    assert (cached.status_code, cached.content) == (304, b"")
    assert cached.headers["etag"] == etag
    assert (await download(ana, space_id, file_id, {"If-None-Match": "*"})).status_code == 304
    await uploaded(ana, space_id, "notes.txt", b"second")
    changed = await download(ana, space_id, file_id, {"If-None-Match": etag})
    assert (changed.status_code, changed.content) == (200, b"second")
    assert changed.headers["etag"] != etag


async def test_head_gives_the_headers_without_the_bytes(world: World) -> None:
    ana, space_id = await founder_space(world)
    file_id = (await uploaded(ana, space_id, "a.bin", HELLO))["id"]
    response = await download(ana, space_id, file_id, method="HEAD")
    assert response.status_code == 200
    assert response.content == b""
    assert response.headers["content-length"] == str(len(HELLO))
    assert response.headers["etag"] == f'"{sha(HELLO)}"'


def same_but_request_id(headers: httpx.Headers) -> dict[str, str]:
    """Every header but the one that differs on every request by design."""
    return {name: value for name, value in headers.items() if name != "x-request-id"}


async def test_a_non_member_gets_the_same_404_as_for_a_missing_file(world: World) -> None:
    ana, space_id = await founder_space(world)
    outsider = await world.etwinner("Bob")
    file_id = (await uploaded(ana, space_id, "secret.txt", b"private"))["id"]
    missing = await download(ana, space_id, file_id + 1000)
    assert missing.status_code == 404
    for who, path in (
        (outsider, f"{archive_path(space_id)}/files/{file_id}/content"),
        (outsider, f"{archive_path(space_id)}/files/{file_id}"),
        (outsider, f"{archive_path(space_id + 1000)}/files/{file_id}/content"),
        (ana, f"{archive_path(space_id)}/files/{file_id + 1000}"),
    ):
        response = await who.get(path)
        assert response.status_code == 404
        assert response.content == missing.content
        assert same_but_request_id(response.headers) == same_but_request_id(missing.headers)
    refused = await upload(outsider, space_id, "x.txt", b"x")
    assert refused.status_code == 404


@pytest.mark.parametrize(
    "name",
    [
        "../escape.txt",
        "a/b.txt",
        "a\\b.txt",
        "..",
        ".",
        "CON",
        "nul.txt",
        "Lpt1.doc",
        "bad\x00name",
        "line\nbreak",
        "evil\u202etxt.exe",
        " leading",
        "trailing ",
        "dot.",
        "",
        "x" * 256,
        'quote".txt',
    ],
    ids=repr,
)
async def test_path_tricks_and_unsafe_names_are_refused_and_leave_nothing(
    world: World, name: str
) -> None:
    ana, space_id = await founder_space(world)
    before = await world.row_counts()
    response = await upload(ana, space_id, name, b"payload")
    assert error_code(response, 422) == "invalid"
    folder = await ana.post(f"{archive_path(space_id)}/folders", {"name": name})
    assert folder.status_code == 422
    assert await world.row_counts() == before
    assert await stored_blobs(world) == []
    assert await upload_leftovers(world) == []


async def test_names_are_normalized_to_nfc_and_clash_case_insensitively(world: World) -> None:
    ana, space_id = await founder_space(world)
    decomposed = "Cafe\u0301.txt"
    file = await uploaded(ana, space_id, decomposed, b"one")
    assert file["name"] == "Café.txt"
    again = ok(await upload(ana, space_id, "CAFÉ.TXT", b"two"), 200)
    assert (again["id"], again["version"]) == (file["id"], 2)


def small_limits(max_file: int, quota: int) -> ArchiveLimits:
    return dataclasses.replace(ArchiveLimits(), max_file_bytes=max_file, space_quota_bytes=quota)


@pytest.fixture
async def limited(
    database_url: str, tmp_path: Path, clock: FakeClock, blob_choice: BlobChoice
) -> AsyncIterator[World]:
    """A server with a 1,000-byte file limit and a 2,500-byte quota per space (each store)."""
    settings = Settings(
        database_url=database_url,
        data_dir=tmp_path,
        cheap_hashing=True,
        archive=small_limits(1000, 2500),
    )
    async with open_world(blob_choice.apply(settings), clock) as world:
        yield world


class CountingBody:
    """A streamed request body that counts how many of its chunks were asked for."""

    def __init__(self, chunks: int, size: int = 100) -> None:
        self.chunks, self.size, self.sent = chunks, size, 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for _ in range(self.chunks):
            self.sent += 1
            yield b"z" * self.size


async def test_a_file_over_the_size_limit_is_stopped_early_and_leaves_nothing(
    limited: World,
) -> None:
    world = limited
    ana, space_id = await founder_space(world)
    before = await world.row_counts()
    body = CountingBody(chunks=50)  # 5,000 bytes, streamed without a Content-Length
    response = await upload(ana, space_id, "big.bin", body)
    assert error_code(response, 413) == "too_large"
    assert (
        "1000" in response.json()["error"]["message"]
        or "MiB" in response.json()["error"]["message"]
    )
    assert body.sent < body.chunks  # stopped as soon as the limit was passed
    declared = await upload(ana, space_id, "big.bin", b"z" * 1001)  # Content-Length says it
    assert error_code(declared, 413) == "too_large"
    assert await world.row_counts() == before
    assert await stored_blobs(world) == []
    assert await upload_leftovers(world) == []


async def test_quota_abort_leaves_no_temp_file_no_blob_and_no_row(limited: World) -> None:
    world = limited
    ana, space_id = await founder_space(world)
    await uploaded(ana, space_id, "one.bin", b"1" * 1000)
    await uploaded(ana, space_id, "two.bin", b"2" * 1000)
    before, blobs = await world.row_counts(), await stored_blobs(world)
    body = CountingBody(chunks=9)  # 900 bytes, 400 more than the 500 left
    response = await upload(ana, space_id, "three.bin", body)
    assert error_code(response, 413) == "quota_exceeded"
    assert body.sent < body.chunks
    assert await world.row_counts() == before
    assert await stored_blobs(world) == blobs
    assert await upload_leftovers(world) == []
    # What is left still fits, and other spaces have their own quota.
    await uploaded(ana, space_id, "fits.bin", b"3" * 500)
    other = await world.space(ana)
    await uploaded(ana, other, "elsewhere.bin", b"4" * 1000)


async def test_same_content_is_stored_once_across_files_and_spaces(world: World) -> None:
    ana, space_id = await founder_space(world)
    other = await world.space(ana)
    await uploaded(ana, space_id, "a.txt", HELLO)
    await uploaded(ana, space_id, "b.txt", HELLO)
    await uploaded(ana, other, "c.txt", HELLO)
    assert await stored_blobs(world) == [sha(HELLO)]


async def test_concurrent_uploads_of_the_same_content_make_one_blob(world: World) -> None:
    ana, space_id = await founder_space(world)
    data = b"shared worksheet " * 50_000  # 850 kB, several chunks each
    results = await asyncio.gather(
        *(upload(ana, space_id, f"copy{i}.txt", data) for i in range(4)),
        *(upload(ana, space_id, "same.txt", data) for _ in range(3)),
    )
    assert [r.status_code for r in results[:4]] == [201] * 4
    assert sorted(r.status_code for r in results[4:]) == [200, 200, 201]
    archive = await listing(ana, space_id)
    assert sorted(f["name"] for f in archive["files"]) == [
        "copy0.txt", "copy1.txt", "copy2.txt", "copy3.txt", "same.txt",
    ]  # fmt: skip
    same = next(f for f in archive["files"] if f["name"] == "same.txt")
    assert same["version"] == 3
    assert await stored_blobs(world) == [sha(data)]
    assert await upload_leftovers(world) == []
    assert archive["used_bytes"] == 7 * len(data)


async def test_pupils_upload_only_while_the_space_allows_and_never_guests(world: World) -> None:
    ana, space_id = await founder_space(world)
    [pupil] = await world.pupils(ana, space_id, ["Léa"])
    guest = await world.guest(ana, space_id)
    await uploaded(pupil, space_id, "homework.txt", b"mine")
    ok(await ana.patch(f"/api/spaces/{space_id}", {"pupils_may_upload": False}))
    before = await world.row_counts()
    for who in (pupil, guest):
        body = CountingBody(chunks=1000)
        assert error_code(await upload(who, space_id, "x.txt", body), 403) == "forbidden"
        assert body.sent <= 1  # refused before the bytes were taken
    assert await world.row_counts() == before
    assert await upload_leftovers(world) == []


async def test_a_muted_pupil_cannot_upload(world: World) -> None:
    ana, space_id = await founder_space(world)
    [pupil] = await world.pupils(ana, space_id, ["Léa"])
    async with world.ctx.sessionmaker() as db, db.begin():
        await db.execute(
            update(Membership)
            .where(Membership.account_id == pupil.id)
            .values(muted_until=world.clock.now() + dt.timedelta(hours=1))
        )
    assert error_code(await upload(pupil, space_id, "x.txt", b"x"), 403) == "forbidden"


async def test_pupil_cannot_add_a_version_to_a_teachers_file(world: World) -> None:
    ana, space_id = await founder_space(world)
    [pupil] = await world.pupils(ana, space_id, ["Léa"])
    file = await uploaded(ana, space_id, "worksheet.pdf", b"teacher's")
    assert error_code(await upload(pupil, space_id, "worksheet.pdf", b"mine!"), 403) == "forbidden"
    assert (await download(pupil, space_id, file["id"])).content == b"teacher's"


async def test_a_room_has_an_archive_too(world: World) -> None:
    ana = await world.etwinner("Ana")
    room = await world.space(ana, SpaceKind.ROOM)
    file = await uploaded(ana, room, "agenda.md", b"# agenda")
    assert (await download(ana, room, file["id"])).content == b"# agenda"


async def test_a_form_body_is_refused_with_415(world: World) -> None:
    ana, space_id = await founder_space(world)
    response = await upload(
        ana,
        space_id,
        "x.txt",
        b"--b\r\n",
        headers={"Content-Type": "multipart/form-data; boundary=b"},
    )
    assert error_code(response, 415) == "unsupported"


async def test_upload_without_a_name_is_refused(world: World) -> None:
    ana, space_id = await founder_space(world)
    response = await ana.client.post(
        f"{archive_path(space_id)}/files",
        content=b"x",
        headers={"Authorization": f"Bearer {ana.token}"},
    )
    assert error_code(response, 422) == "invalid"


async def test_uploads_are_audited(world: World) -> None:
    ana, space_id = await founder_space(world)
    file = await uploaded(ana, space_id, "a.txt", b"1")
    await uploaded(ana, space_id, "a.txt", b"22")
    log = ok(await ana.get(f"/api/spaces/{space_id}/audit"))
    actions = [(e["action"], e["details"].get("file_id"), e["details"].get("version")) for e in log]
    assert actions[:2] == [
        ("archive.file_version_added", file["id"], 2),
        ("archive.file_added", file["id"], 1),
    ]


async def test_a_browser_upload_needs_the_csrf_token_and_streams_with_it(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    response = await world.client.post(
        "/api/auth/login",
        json={"email": ana.account["email"], "password": PASSWORD, "mode": "cookie"},
    )
    csrf = ok(response)["csrf_token"]
    url = f"{archive_path(space_id)}/files?name=drawing.png"
    body = CountingBody(chunks=100)
    refused = await world.client.post(url, content=body)
    assert error_code(refused, 403) == "csrf"
    assert body.sent <= 1
    sent = await world.client.post(url, content=b"png bytes", headers={"X-CSRF-Token": csrf})
    assert ok(sent, 201)["name"] == "drawing.png"
    assert await upload_leftovers(world) == []


async def test_a_lost_blob_answers_503_not_half_a_file(world: World) -> None:
    ana, space_id = await founder_space(world)
    file = await uploaded(ana, space_id, "gone.txt", b"soon lost")
    digest = file["sha256"]
    assert await world.ctx.blobs.delete(digest)  # type: ignore[attr-defined]
    response = await download(ana, space_id, file["id"])
    assert error_code(response, 503) == "unavailable"
