"""The archive's folders and changes: rename, move, trash, restore, purge, and who may."""

from __future__ import annotations

from typing import Any

import pytest

from .archive_support import archive_path, download, listing, sha, stored_blobs, uploaded
from .conftest import ApiUser, World, error_code, ok


@pytest.fixture
def world(archive_world: World) -> World:
    """Every test here runs on the local disk store and on the S3 one (blob_choice)."""
    return archive_world


async def folder(user: ApiUser, space_id: int, name: str, parent: int | None = None) -> int:
    body = {"name": name, "parent_id": parent}
    folder_id: int = ok(await user.post(f"{archive_path(space_id)}/folders", body), 201)["id"]
    return folder_id


def item(space_id: int, kind: str, item_id: int) -> str:
    return f"{archive_path(space_id)}/{kind}s/{item_id}"


async def act(
    user: ApiUser, space_id: int, kind: str, item_id: int, verb: str, body: object = None
) -> Any:
    return await user.post(f"{item(space_id, kind, item_id)}/{verb}", body)


async def test_nested_folders_hold_files_and_uploads_go_into_them(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    term = await folder(ana, space_id, "Term 1")
    week = await folder(ana, space_id, "Week 2", term)
    file = await uploaded(ana, space_id, "notes.txt", b"notes", folder=week)
    assert file["folder_id"] == week
    archive = await listing(ana, space_id)
    assert {(f["id"], f["parent_id"]) for f in archive["folders"]} == {(term, None), (week, term)}
    # Same name in another folder is another file.
    other = await uploaded(ana, space_id, "notes.txt", b"other", folder=term)
    assert other["id"] != file["id"]
    assert error_code(await ana.post(f"{archive_path(space_id)}/folders", {"name": "Term 1"}), 409)
    missing = await ana.post(f"{archive_path(space_id)}/folders", {"name": "x", "parent_id": 999})
    assert error_code(missing, 404) == "not_found"


async def test_rename_and_move_files_and_folders(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    a, b = await folder(ana, space_id, "A"), await folder(ana, space_id, "B")
    file = await uploaded(ana, space_id, "draft.txt", b"text", folder=a)
    renamed = ok(await act(ana, space_id, "file", file["id"], "rename", {"name": "final.txt"}))
    assert renamed["name"] == "final.txt"
    moved = ok(await act(ana, space_id, "file", file["id"], "move", {"folder_id": b}))
    assert moved["folder_id"] == b
    top = ok(await act(ana, space_id, "file", file["id"], "move", {"folder_id": None}))
    assert top["folder_id"] is None
    ok(await act(ana, space_id, "folder", b, "move", {"folder_id": a}))
    into_itself = await act(ana, space_id, "folder", a, "move", {"folder_id": b})
    assert error_code(into_itself, 409) == "conflict"
    bad = await act(ana, space_id, "file", file["id"], "rename", {"name": "../x"})
    assert error_code(bad, 422) == "invalid"
    await uploaded(ana, space_id, "taken.txt", b"t")
    clash = await act(ana, space_id, "file", file["id"], "rename", {"name": "TAKEN.txt"})
    assert error_code(clash, 409) == "conflict"
    log = ok(await ana.get(f"/api/spaces/{space_id}/audit"))
    assert {"archive.file_renamed", "archive.file_moved", "archive.folder_moved"} <= {
        e["action"] for e in log
    }


async def test_trash_and_restore_a_file(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    file = await uploaded(ana, space_id, "report.txt", b"r")
    trashed = ok(await act(ana, space_id, "file", file["id"], "trash"))
    assert trashed["trashed_at"] is not None
    assert (await listing(ana, space_id))["files"] == []
    assert [f["id"] for f in (await listing(ana, space_id, trash=True))["files"]] == [file["id"]]
    # The name is free again while the file is in the trash...
    newer = await uploaded(ana, space_id, "report.txt", b"new")
    assert newer["id"] != file["id"]
    # ... so restoring it would clash until the new one is renamed.
    assert error_code(await act(ana, space_id, "file", file["id"], "restore"), 409)
    ok(await act(ana, space_id, "file", newer["id"], "rename", {"name": "report v2.txt"}))
    restored = ok(await act(ana, space_id, "file", file["id"], "restore"))
    assert restored["trashed_at"] is None
    assert error_code(await act(ana, space_id, "file", file["id"], "restore"), 409)


async def test_a_folder_is_trashed_only_when_empty_and_restored_before_its_files(
    world: World,
) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    box = await folder(ana, space_id, "Box")
    file = await uploaded(ana, space_id, "in.txt", b"i", folder=box)
    assert error_code(await act(ana, space_id, "folder", box, "trash"), 409) == "conflict"
    ok(await act(ana, space_id, "file", file["id"], "trash"))
    ok(await act(ana, space_id, "folder", box, "trash"))
    assert error_code(await act(ana, space_id, "file", file["id"], "restore"), 409)
    ok(await act(ana, space_id, "folder", box, "restore"))
    ok(await act(ana, space_id, "file", file["id"], "restore"))
    into_trash = await uploaded(ana, space_id, "x.txt", b"x")
    ok(await act(ana, space_id, "file", into_trash["id"], "trash"))
    assert error_code(
        await act(ana, space_id, "file", into_trash["id"], "move", {"folder_id": box}), 409
    )


async def test_purge_is_for_teacher_admins_and_frees_blobs_no_one_else_uses(
    world: World,
) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    teacher = await world.etwinner("Tom")
    await world.add_teacher(ana, space_id, teacher)
    shared = await uploaded(ana, space_id, "shared.txt", b"same bytes")
    await uploaded(ana, space_id, "copy.txt", b"same bytes")
    alone = await uploaded(ana, space_id, "alone.txt", b"only here")
    await uploaded(ana, space_id, "alone.txt", b"only here, v2")
    live_purge = await ana.delete(item(space_id, "file", alone["id"]))
    assert error_code(live_purge, 409) == "conflict"  # trash it first
    for f in (shared, alone):
        ok(await act(ana, space_id, "file", f["id"], "trash"))
    assert error_code(await teacher.delete(item(space_id, "file", alone["id"])), 403)
    ok(await ana.delete(item(space_id, "file", alone["id"])), 204)
    ok(await ana.delete(item(space_id, "file", shared["id"])), 204)
    # The copy still uses "same bytes"; both versions of alone.txt are gone.
    assert await stored_blobs(world) == [sha(b"same bytes")]
    assert (await download(ana, space_id, alone["id"])).status_code == 404
    assert (await listing(ana, space_id, trash=True))["files"] == []
    assert (await listing(ana, space_id))["used_bytes"] == len(b"same bytes")


async def test_purging_a_folder_purges_what_is_in_it(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    outer = await folder(ana, space_id, "Outer")
    inner = await folder(ana, space_id, "Inner", outer)
    file = await uploaded(ana, space_id, "deep.txt", b"deep", folder=inner)
    ok(await act(ana, space_id, "file", file["id"], "trash"))
    ok(await act(ana, space_id, "folder", inner, "trash"))
    ok(await act(ana, space_id, "folder", outer, "trash"))
    ok(await ana.delete(item(space_id, "folder", outer)), 204)
    trash = await listing(ana, space_id, trash=True)
    assert (trash["folders"], trash["files"]) == ([], [])
    assert await stored_blobs(world) == []


async def test_who_may_change_which_file(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    tom = await world.etwinner("Tom")
    await world.add_teacher(ana, space_id, tom)
    lea, max_ = await world.pupils(ana, space_id, ["Léa", "Max"])
    guest = await world.guest(ana, space_id)
    teachers = await uploaded(ana, space_id, "teachers.pdf", b"t")
    leas = await uploaded(lea, space_id, "lea.txt", b"l")
    # Pupils: their own files only; guests: nothing.
    assert error_code(await act(max_, space_id, "file", leas["id"], "rename", {"name": "m"}), 403)
    assert error_code(await act(lea, space_id, "file", teachers["id"], "trash"), 403)
    assert error_code(await act(guest, space_id, "file", leas["id"], "trash"), 403)
    assert error_code(await act(guest, space_id, "file", leas["id"], "rename", {"name": "g"}), 403)
    ok(await act(lea, space_id, "file", leas["id"], "rename", {"name": "lea2.txt"}))
    # A teacher renames anyone's file and trashes pupils' files, not the founder's.
    ok(await act(tom, space_id, "file", teachers["id"], "rename", {"name": "t2.pdf"}))
    assert error_code(await act(tom, space_id, "file", teachers["id"], "trash"), 403)
    ok(await act(tom, space_id, "file", leas["id"], "trash"))
    ok(await act(lea, space_id, "file", leas["id"], "restore"))
    ok(await act(lea, space_id, "file", leas["id"], "trash"))
    assert error_code(await lea.delete(item(space_id, "file", leas["id"])), 403)
    # Guests read and download.
    assert len((await listing(guest, space_id))["files"]) == 1
    assert (await download(guest, space_id, teachers["id"])).content == b"t"


async def test_an_archived_space_archive_is_read_only(world: World) -> None:
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    file = await uploaded(ana, space_id, "keep.txt", b"k")
    ok(await ana.post(f"/api/spaces/{space_id}/archive"))
    from .archive_support import upload

    assert error_code(await upload(ana, space_id, "new.txt", b"n"), 403) == "forbidden"
    assert error_code(await act(ana, space_id, "file", file["id"], "rename", {"name": "x"}), 403)
    assert (await download(ana, space_id, file["id"])).content == b"k"
