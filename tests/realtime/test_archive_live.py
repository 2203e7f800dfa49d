"""The archive's live events reach every subscribed client of the space, after the commit."""

from __future__ import annotations

import asyncio
import socket

from protocol.messages import Event

from ..http.archive_support import data_dir, temp_files, upload, uploaded
from ..http.conftest import ok
from ..support import eventually
from .conftest import LiveServer, WsClient
from .test_endpoint_channels import subscribe


async def next_event(client: WsClient) -> Event:
    event: Event = await client.expect(Event)
    return event


async def test_every_change_reaches_a_second_connected_client(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    [pupil] = await world.pupils(ana, space_id, ["Léa"])
    channel = f"archive:{space_id}"
    watchers = [await live.connect(ana), await live.connect(pupil)]
    for client in watchers:
        await subscribe(client, channel)

    async def everyone_sees(event_name: str) -> list[Event]:
        seen = [await next_event(client) for client in watchers]
        assert {(e.channel, e.event) for e in seen} == {(channel, event_name)}
        return seen

    base = f"/api/spaces/{space_id}"
    folder = ok(await ana.post(f"{base}/folders", {"name": "Science"}), 201)
    assert (await everyone_sees("folder.created"))[1].data["folder"]["id"] == folder["id"]
    file = await uploaded(pupil, space_id, "experiment.txt", b"results")
    added = await everyone_sees("file.added")
    # The same file, but without the uploader's `allowed`: events go to everyone alike.
    shared = {key: value for key, value in file.items() if key != "allowed"}
    assert added[0].data["file"] == {**shared, "versions": None}
    await uploaded(pupil, space_id, "experiment.txt", b"results, corrected")
    assert (await everyone_sees("file.version_added"))[0].data["file"]["version"] == 2
    ok(await pupil.post(f"{base}/files/{file['id']}/rename", {"name": "lab.txt"}))
    assert (await everyone_sees("file.renamed"))[1].data["file"]["name"] == "lab.txt"
    ok(await ana.post(f"{base}/files/{file['id']}/move", {"folder_id": folder["id"]}))
    assert (await everyone_sees("file.moved"))[0].data["file"]["folder_id"] == folder["id"]
    ok(await ana.post(f"{base}/files/{file['id']}/trash"))
    await everyone_sees("file.trashed")
    ok(await ana.post(f"{base}/files/{file['id']}/restore"))
    await everyone_sees("file.restored")
    ok(await ana.post(f"{base}/files/{file['id']}/trash"))
    await everyone_sees("file.trashed")
    ok(await ana.delete(f"{base}/files/{file['id']}"), 204)
    assert (await everyone_sees("file.purged"))[0].data["file_id"] == file["id"]
    ok(await ana.post(f"{base}/folders/{folder['id']}/rename", {"name": "Physics"}))
    await everyone_sees("folder.renamed")
    # A refused change announces nothing.
    refused = await upload(pupil, space_id, "../bad", b"x")
    assert refused.status_code == 422
    for client in watchers:
        await client.nothing_within(0.2)


async def test_a_client_that_goes_away_mid_upload_leaves_nothing(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    space_id = await world.space(ana)
    before = await world.row_counts()
    folder = data_dir(world)
    host, port = str(world.client.base_url.host), int(world.client.base_url.port or 80)
    reader, writer = await asyncio.open_connection(host, port)
    head = (
        f"POST /api/spaces/{space_id}/files?name=half.bin HTTP/1.1\r\n"
        f"Host: {host}\r\nAuthorization: Bearer {ana.token}\r\n"
        "Content-Type: application/octet-stream\r\nContent-Length: 50000000\r\n\r\n"
    )
    writer.write(head.encode())
    for _ in range(40):  # 10 MB of the 50 MB promised
        writer.write(b"h" * 256_000)
        await writer.drain()
    await eventually("the upload's temporary file exists", lambda: bool(temp_files(folder)))
    writer.transport.get_extra_info("socket").setsockopt(
        socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
    )
    writer.close()
    await eventually("the temporary file is gone", lambda: not temp_files(folder))
    assert await world.row_counts() == before
    assert not list((folder / "files" / "blobs").glob("*/*/*"))
    del reader
