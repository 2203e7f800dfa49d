"""Routes: events and webinars (issue 22): the list of upcoming events, scheduling, changing
and cancelling one, registration and the waiting list, the organiser's registrants, and each
event's iCalendar file.

An event outside the asker's audience answers the 404 of an event that does not exist, byte
for byte; pupils and guests see their twinspaces' events only.
"""

from __future__ import annotations

from starlette.responses import Response, StreamingResponse

from protocol import event_api
from protocol.errors import ErrorCode, ProtocolError, Unavailable

from ..services import (
    event_attendance,
    event_live,
    event_questions,
    event_recordings,
    event_stage_hold,
)
from ..services import events as event_service
from .ranges import content_disposition
from .routing import ApiRouter, Call, Reply

router = ApiRouter("events")
EVENT = "/api/events/{event_id:int}"
#: A cursor is a few dozen characters; anything much longer is no cursor of ours.
CURSOR_MAX = 200


def cursor_param(call: Call[None]) -> str | None:
    value = call.request.query_params.get("cursor")
    if not value:
        return None
    if len(value) > CURSOR_MAX:
        raise ProtocolError("query parameter 'cursor' is not valid", code=ErrorCode.INVALID)
    return value


@router.operation(
    "GET",
    "/api/events",
    "The events not over yet that the caller may see (their audience, or organised or spoken"
    " at by them), by start; paged with a cursor",
    response=event_api.EventPage,
    errors=(422,),
    query=("limit",),
    text_query=("cursor",),
)
async def upcoming(call: Call[None]) -> event_api.EventPage:
    limit = call.query_int("limit", event_api.EVENT_PAGE_DEFAULT, 1, event_api.EVENT_PAGE_MAX)
    return await event_service.upcoming(call.req, cursor_param(call), limit)


@router.operation(
    "POST",
    "/api/events",
    "Schedule an event: eTwinners for every eTwinner, national admins for their country's,"
    " a group's owners and moderators for it, a twinspace's teachers for it",
    body=event_api.CreateEvent,
    response=event_api.EventOut,
    status=201,
    errors=(403, 404, 422),
)
async def create(call: Call[event_api.CreateEvent]) -> event_api.EventOut:
    return await event_service.create_event(call.req, call.body)


@router.operation(
    "GET",
    EVENT,
    "One event as the caller stands with it (its audience, organiser and speakers)",
    response=event_api.EventOut,
    errors=(404,),
)
async def show(call: Call[None]) -> event_api.EventOut:
    return await event_service.show_event(call.req, call.path_id("event_id"))


@router.operation(
    "PATCH",
    EVENT,
    "Change an event (its organiser; not once cancelled or over); more places go to the"
    " waiting list in order",
    body=event_api.UpdateEvent,
    response=event_api.EventOut,
    errors=(403, 404, 422),
)
async def update(call: Call[event_api.UpdateEvent]) -> event_api.EventOut:
    return await event_stage_hold.edit_event(
        call.req, call.path_id("event_id"), call.body, call.ctx.settings.video
    )


@router.operation(
    "POST",
    EVENT + "/cancel",
    "Cancel an event (its organiser): kept, marked cancelled, no more registration",
    body=event_api.CancelEvent,
    response=event_api.EventOut,
    errors=(403, 404),
)
async def cancel(call: Call[event_api.CancelEvent]) -> event_api.EventOut:
    return await event_service.cancel_event(call.req, call.path_id("event_id"), call.body)


@router.operation(
    "POST",
    EVENT + "/registration",
    "Register: a place while there is one, else the waiting list (again: the same answer)",
    response=event_api.EventOut,
    errors=(403, 404),
)
async def register(call: Call[None]) -> event_api.EventOut:
    return await event_service.register(call.req, call.path_id("event_id"))


@router.operation(
    "DELETE",
    EVENT + "/registration",
    "Give one's place or turn back; the first who waits gets the place",
    status=204,
    errors=(403, 404),
)
async def unregister(call: Call[None]) -> Reply:
    await event_service.unregister(call.req, call.path_id("event_id"))
    return Reply(None, 204)


@router.operation(
    "GET",
    EVENT + "/registrants",
    "Who holds a place and who waits, in order (the organiser)",
    response=event_api.RegistrantsOut,
    errors=(403, 404),
)
async def registrants(call: Call[None]) -> event_api.RegistrantsOut:
    return await event_service.registrants(call.req, call.path_id("event_id"))


@router.operation(
    "GET",
    EVENT + "/event.ics",
    "The event as an iCalendar file (RFC 5545, times in UTC) for one's own calendar",
    errors=(404,),
    binary_response=True,
    media_type="text/calendar",
)
async def calendar_file(call: Call[None]) -> Response:
    site = call.ctx.settings.public_url or str(call.request.base_url)
    content, name = await event_service.calendar(call.req, call.path_id("event_id"), site)
    return Response(
        content,
        media_type="text/calendar; charset=utf-8",
        headers={"Content-Disposition": content_disposition(name), "Cache-Control": "no-store"},
    )


# -- the Q&A -------------------------------------------------------------------------------------

QUESTION = EVENT + "/questions/{question_id:int}"


@router.operation(
    "GET",
    EVENT + "/questions",
    "The event's Q&A, the most upvoted first (hidden questions for its moderators only);"
    " live on the channel qa:EVENT",
    response=list[event_api.QuestionOut],
    errors=(404,),
)
async def questions(call: Call[None]) -> list[event_api.QuestionOut]:
    return await event_questions.list_questions(call.req, call.path_id("event_id"))


@router.operation(
    "POST",
    EVENT + "/questions",
    "Ask a question (those with a place, and the moderators, until the event is over)",
    body=event_api.AskQuestion,
    response=event_api.QuestionOut,
    status=201,
    errors=(403, 404, 422),
)
async def ask(call: Call[event_api.AskQuestion]) -> event_api.QuestionOut:
    return await event_questions.ask(call.req, call.path_id("event_id"), call.body)


@router.operation(
    "POST",
    QUESTION + "/vote",
    "Upvote a question, once per person (again: the same answer)",
    response=event_api.QuestionOut,
    errors=(403, 404),
)
async def vote(call: Call[None]) -> event_api.QuestionOut:
    return await event_questions.upvote(
        call.req, call.path_id("event_id"), call.path_id("question_id")
    )


@router.operation(
    "POST",
    QUESTION + "/moderate",
    "Pick, put back, answer (and mark answered), hide or restore a question (the organiser,"
    " the speakers, a group's moderators); a move its state does not allow: 409",
    body=event_api.ModerateQuestion,
    response=event_api.QuestionOut,
    errors=(403, 404, 409, 422),
)
async def moderate(call: Call[event_api.ModerateQuestion]) -> event_api.QuestionOut:
    return await event_questions.moderate(
        call.req, call.path_id("event_id"), call.path_id("question_id"), call.body
    )


@router.operation(
    "GET",
    EVENT + "/attendance",
    "Who followed the event live (its qa:EVENT channel while it ran) and for how long (the"
    " organiser)",
    response=list[event_api.AttendeeOut],
    errors=(403, 404),
)
async def attendance(call: Call[None]) -> list[event_api.AttendeeOut]:
    return await event_attendance.attendance(call.req, call.path_id("event_id"))


# -- the live webinar ----------------------------------------------------------------------------

LIVE = EVENT + "/live"


@router.operation(
    "POST",
    LIVE,
    "Start the event's video session through the SFU, in webinar mode (its organiser or a"
    " speaker, at its time); again: the running session's answer",
    response=event_api.LiveJoined,
    errors=(403, 404, 503),
)
async def start_live(call: Call[None]) -> event_api.LiveJoined:
    return await event_live.start(call.req, call.path_id("event_id"), call.ctx.settings.video)


@router.operation(
    "GET",
    LIVE,
    "The event's video session: who speaks, whether it records; the count watching and the"
    " raised hands for its moderators",
    response=event_api.LiveOut,
    errors=(404,),
)
async def show_live(call: Call[None]) -> event_api.LiveOut:
    return await event_live.show(call.req, call.path_id("event_id"))


@router.operation(
    "POST",
    LIVE + "/join",
    "Watch the running session: the SFU room, and a publisher token for who may publish"
    " only (the audience subscribes, no camera or microphone asked)",
    response=event_api.LiveJoined,
    errors=(403, 404, 503),
)
async def join_live(call: Call[None]) -> event_api.LiveJoined:
    return await event_live.join(call.req, call.path_id("event_id"), call.ctx.settings.video)


@router.operation(
    "POST",
    LIVE + "/end",
    "End the event's video session (its organiser or a speaker)",
    response=event_api.LiveOut,
    errors=(403, 404, 503),
)
async def end_live(call: Call[None]) -> event_api.LiveOut:
    return await event_live.end(call.req, call.path_id("event_id"), call.ctx.settings.video)


@router.operation(
    "POST",
    LIVE + "/hand",
    "Raise or lower one's hand (a viewer with a place)",
    body=event_api.RaiseHand,
    response=event_api.LiveOut,
    errors=(403, 404, 422),
)
async def hand(call: Call[event_api.RaiseHand]) -> event_api.LiveOut:
    return await event_live.raise_hand(call.req, call.path_id("event_id"), call.body)


@router.operation(
    "POST",
    LIVE + "/publishing",
    "Who may publish says its publisher is up or down at the SFU, so the audience subscribes",
    body=event_api.Publishing,
    response=event_api.LiveOut,
    errors=(403, 404, 422),
)
async def publishing(call: Call[event_api.Publishing]) -> event_api.LiveOut:
    return await event_live.set_publishing(call.req, call.path_id("event_id"), call.body)


@router.operation(
    "POST",
    LIVE + "/stage/{account_id:int}",
    "Promote a viewer to speak or return them to the audience (the organiser, the speakers,"
    " a group's moderators); returned, their publisher is kicked at the SFU",
    body=event_api.StageMove,
    response=event_api.LiveOut,
    errors=(403, 404, 422, 503),
)
async def stage(call: Call[event_api.StageMove]) -> event_api.LiveOut:
    return await event_live.move(
        call.req,
        call.path_id("event_id"),
        call.path_id("account_id"),
        call.body,
        call.ctx.settings.video,
    )


@router.operation(
    "POST",
    LIVE + "/recording",
    "Start or stop Janus's recording of the speakers (the organiser; never an event whose"
    " audience may hold pupils); announced to everyone following",
    body=event_api.RecordingSwitch,
    response=event_api.LiveOut,
    errors=(403, 404, 422, 503),
)
async def recording(call: Call[event_api.RecordingSwitch]) -> event_api.LiveOut:
    return await event_live.record(
        call.req, call.path_id("event_id"), call.body, call.ctx.settings.video
    )


@router.operation(
    "GET",
    EVENT + "/recordings",
    "The event's recordings (Janus's recording of the speakers, one video and one audio file"
    " per speaker and take), for whoever sees the event",
    response=list[event_api.RecordingOut],
    errors=(404,),
)
async def recordings(call: Call[None]) -> list[event_api.RecordingOut]:
    return await event_recordings.list_recordings(call.req, call.path_id("event_id"))


@router.operation(
    "GET",
    EVENT + "/recordings/processing",
    "How many of the event's takes are still being processed into recordings, for whoever"
    " sees the event",
    response=event_api.RecordingsProcessing,
    errors=(404,),
)
async def recordings_processing(call: Call[None]) -> event_api.RecordingsProcessing:
    return await event_recordings.processing(call.req, call.path_id("event_id"))


@router.operation(
    "GET",
    EVENT + "/recordings/{recording_id:int}",
    "Download one recording (WebM video or Ogg Opus audio: its listing's content_type)",
    errors=(404, 503),
    binary_response=True,
    # One declared type for both kinds (the listing says which a file is): a download, whole.
    media_type="application/octet-stream",
)
async def recording_file(call: Call[None]) -> Response:
    row = await event_recordings.recording(
        call.req, call.path_id("event_id"), call.path_id("recording_id")
    )
    if await call.ctx.blobs.stat(row.digest) is None:
        raise Unavailable("the recording's content is unavailable; the operator has been told")
    extension = "webm" if row.kind == "video" else "opus"
    headers = {
        "Content-Length": str(row.size),
        "Cache-Control": "private, no-cache",
        "Content-Disposition": content_disposition(f"recording-{row.id}.{extension}"),
    }
    return StreamingResponse(
        call.ctx.blobs.read(row.digest), headers=headers, media_type="application/octet-stream"
    )
