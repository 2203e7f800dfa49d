"""An event's recordings (issue 22): Janus's own recording of the speakers, processed into
files kept with the event for its audience.

While the organiser records, Janus writes each publisher's streams into the room's folder
(``TWINSPACE_JANUS_RECORDINGS``/ROOM), one ``.mjr`` file per stream:
``videoroom-ROOM-user-PUBLISHER-MICROSECONDS-video-0.mjr`` (and ``-audio-1``). Stopping (or
ending the session) leaves a *take*, whose files move into a folder of its own (ROOM/take-ID:
a take is its files, not a time window over names written by Janus's clock); the server's
loop (``housekeeping.keep_recording``)
turns each take's files with Debian's ``janus-pp-rec`` (package ``janus-tools``) into one
WebM (VP8) per speaker's video and one Ogg Opus per speaker's audio, stores them as blobs, lists
them with the event and deletes the ``.mjr`` files. Muxing a speaker's two files into one
needs ffmpeg (``ffmpeg -i v.webm -i a.opus -c copy out.webm``): not done here.

The folder must be the same path for Janus and the server (one machine, or a shared volume),
and the server may create, move and delete files in it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from protocol import event_api
from protocol.errors import NotFound
from protocol.event_payloads import TakeProcessed
from protocol.events import EventName
from storage.models import Account, EventRecording, EventRecordingTake

from ..blobs.base import BlobStore
from ..policy import EventAction
from .context import RequestContext
from .event_questions import qa_channel
from .events import load_event
from .outbox import outbox_of

#: Janus's VideoRoom names each stream's file so (janus_videoroom.c, no recording_base).
MJR_NAME = re.compile(r"^videoroom-(\d+)-user-(\d+)-(\d+)-(audio|video)-(\d+)\.mjr$")
#: What janus-pp-rec writes for each kind, and the type the download is served as.
OUTPUT = {"video": ("webm", "video/webm"), "audio": ("opus", "audio/ogg")}
#: Seconds one janus-pp-rec run may take (an hour of HD video is well under a minute).
PP_REC_TIMEOUT_S = 600.0
NO_SUCH_RECORDING = "no such recording"
READ_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Made:
    """One processed file: whose, what, where its bytes are."""

    account_id: int
    kind: str
    content_type: str
    digest: str
    size: int


def room_folder(base: str, room: int) -> Path:
    return Path(base) / str(room)


def take_folder(base: str, room: int, take_id: int) -> Path:
    """Where one take's files wait to be processed: a folder of its own in the room's."""
    return room_folder(base, room) / f"take-{take_id}"


async def take(
    db: AsyncSession,
    event_id: int,
    room: int,
    since: dt.datetime,
    now: dt.datetime,
    base: str | None,
) -> None:
    """Janus stopped recording (it closed the files before answering): the take waits to
    be processed, and the ``.mjr`` files in the room's folder, all of this take's, move into
    the take's own folder at once. A take is so its files whatever the clocks say: Janus
    names them by its own wall clock, which the server's clock need not match (a test's
    clock, another host's), and a next take of the same room writes beside them. The
    caller holds the event's row, so no new take starts in the room meanwhile."""
    row = EventRecordingTake(event_id=event_id, room=room, started_at=since, stopped_at=now)
    db.add(row)
    await db.flush()  # its id names its folder
    if base is not None:
        await asyncio.to_thread(gather, room_folder(base, room), take_folder(base, room, row.id))


def gather(folder: Path, target: Path) -> None:
    """Move the room's finished ``.mjr`` files into one take's folder. Should the request's
    transaction roll back after this, they stay there, unprocessed (no take names them)."""
    if not folder.is_dir():
        return  # nobody published while it recorded: Janus wrote nothing
    sources = [path for path in folder.glob("*.mjr") if MJR_NAME.match(path.name)]
    if not sources:
        return
    target.mkdir(exist_ok=True)
    for source in sources:
        source.rename(target / source.name)


async def pending(db: AsyncSession, limit: int = 5) -> list[EventRecordingTake]:
    """Takes not processed yet, held (another process skips them)."""
    query = (
        select(EventRecordingTake)
        .where(EventRecordingTake.processed_at.is_(None))
        .order_by(EventRecordingTake.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    return list(await db.scalars(query))


async def convert(source: Path, target: Path) -> None:
    """One ``.mjr`` into a playable file with janus-pp-rec; RuntimeError if it fails."""
    tool = shutil.which("janus-pp-rec")
    if tool is None:
        raise RuntimeError("janus-pp-rec is not installed (Debian: janus-tools)")
    process = await asyncio.create_subprocess_exec(
        tool,
        str(source),
        str(target),
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        async with asyncio.timeout(PP_REC_TIMEOUT_S):
            _, errors = await process.communicate()
    except TimeoutError:
        process.kill()
        await process.wait()
        raise RuntimeError(
            f"janus-pp-rec took over {PP_REC_TIMEOUT_S} s on {source.name}"
        ) from None
    written = await asyncio.to_thread(lambda: target.stat().st_size if target.exists() else 0)
    if process.returncode != 0 or written == 0:
        tail = errors.decode(errors="replace")[-300:]
        raise RuntimeError(f"janus-pp-rec failed on {source.name}: {tail}")


async def store(blobs: BlobStore, path: Path) -> tuple[str, int]:
    upload = blobs.begin_upload()
    try:
        with path.open("rb") as file:
            while chunk := file.read(READ_CHUNK):
                await upload.write(chunk)
        sealed = await upload.seal()
        await upload.publish()
    except BaseException:
        await upload.abort()
        raise
    return sealed.digest, sealed.size


async def process(take: EventRecordingTake, base: str, blobs: BlobStore) -> list[Made]:
    """The take's files (its own folder, :func:`take`), converted and stored; the ``.mjr``
    files are deleted once stored, and the emptied folder with them."""
    folder = take_folder(base, take.room, take.id)
    made: list[Made] = []
    sources = sorted(folder.glob("*.mjr")) if folder.is_dir() else []
    with tempfile.TemporaryDirectory(prefix="tsl-recording-") as scratch:
        for source in sources:
            match = MJR_NAME.match(source.name)
            if match is None or int(match[1]) != take.room:
                continue
            kind = match[4]
            extension, content_type = OUTPUT[kind]
            target = Path(scratch) / f"{source.stem}.{extension}"
            await convert(source, target)
            digest, size = await store(blobs, target)
            made.append(Made(int(match[2]), kind, content_type, digest, size))
            source.unlink()
    if folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
    return made


def announce_processed(db: AsyncSession, take: EventRecordingTake, files: int) -> None:
    """``recording.processed`` on ``qa:EVENT`` (sent once the loop's transaction commits):
    every open page of the event reads its recordings again, so a take is listed as soon as
    it is ready, whenever the page last read them."""
    done = TakeProcessed(
        event_id=take.event_id, take_id=take.id, files=files, failed=take.failure is not None
    )
    outbox_of(db).event(qa_channel(take.event_id), EventName.RECORDING_PROCESSED, done)


def record_made(
    db: AsyncSession, take: EventRecordingTake, made: list[Made], now: dt.datetime
) -> None:
    for item in made:
        db.add(
            EventRecording(
                event_id=take.event_id,
                take_id=take.id,
                account_id=item.account_id,
                kind=item.kind,
                content_type=item.content_type,
                digest=item.digest,
                size=item.size,
                created_at=now,
            )
        )
    take.processed_at = now
    announce_processed(db, take, len(made))


async def list_recordings(req: RequestContext, event_id: int) -> list[event_api.RecordingOut]:
    """The event's recordings, for whoever sees the event (its audience), the oldest first."""
    seen = await load_event(req, event_id, EventAction.SEE_EVENT)
    rows = await req.db.execute(
        select(EventRecording, EventRecordingTake, Account)
        .join(EventRecordingTake, EventRecordingTake.id == EventRecording.take_id)
        .outerjoin(Account, Account.id == EventRecording.account_id)
        .where(EventRecording.event_id == seen.event.id)
        .order_by(EventRecording.id)
    )
    return [
        event_api.RecordingOut(
            id=recording.id,
            speaker=account.display_name if account is not None else None,
            kind=recording.kind,
            content_type=recording.content_type,
            size=recording.size,
            created_at=recording.created_at,
            take_id=take.id,
            started_at=take.started_at,
            seconds=max(0, round((take.stopped_at - take.started_at).total_seconds())),
        )
        for recording, take, account in rows
    ]


async def processing(req: RequestContext, event_id: int) -> event_api.RecordingsProcessing:
    """How many of the event's takes wait to be processed (not given up on), for whoever
    sees the event: the page says the recording is on its way."""
    seen = await load_event(req, event_id, EventAction.SEE_EVENT)
    count = await req.db.scalar(
        select(func.count())
        .select_from(EventRecordingTake)
        .where(
            EventRecordingTake.event_id == seen.event.id,
            EventRecordingTake.processed_at.is_(None),
        )
    )
    return event_api.RecordingsProcessing(takes=int(count or 0))


async def recording(req: RequestContext, event_id: int, recording_id: int) -> EventRecording:
    seen = await load_event(req, event_id, EventAction.SEE_EVENT)
    row = await req.db.get(EventRecording, recording_id)
    if row is None or row.event_id != seen.event.id:
        raise NotFound(NO_SUCH_RECORDING)
    return row
