"""Routes: video sessions, their lobby and their moderation. Signalling is on the WebSocket."""

from __future__ import annotations

from typing import Any

from protocol import api

from ..services.video import moderation
from ..services.video import sessions as video
from ..services.video.states import SessionEvent
from .routing import ApiRouter, Call, Reply

router = ApiRouter("video")
SESSIONS = "/api/spaces/{space_id:int}/video-sessions"
SESSION = SESSIONS + "/{session_id:int}"
PARTICIPANT = SESSION + "/participants/{participant_id:int}"


def ids(call: Call[Any]) -> tuple[int, int]:
    return call.path_id("space_id"), call.path_id("session_id")


@router.operation(
    "POST",
    SESSIONS,
    "Start a video session (teachers); the starter is its first participant",
    body=api.StartVideo,
    response=api.JoinedVideo,
    status=201,
    errors=(403, 404),
)
async def start_session(call: Call[api.StartVideo]) -> api.JoinedVideo:
    return await video.start(call.req, call.path_id("space_id"), call.body, call.ctx.settings.video)


@router.operation(
    "GET",
    SESSIONS,
    "The space's video sessions that have not ended",
    response=list[api.VideoSessionOut],
    errors=(404,),
)
async def list_sessions(call: Call[None]) -> list[api.VideoSessionOut]:
    return await video.list_open(call.req, call.path_id("space_id"))


@router.operation(
    "GET",
    SESSION,
    "One video session with its participants",
    response=api.VideoSessionOut,
    errors=(404,),
)
async def show_session(call: Call[None]) -> api.VideoSessionOut:
    return await video.show(call.req, *ids(call))


@router.operation(
    "POST",
    SESSION + "/join",
    "Take a place in a session: admitted at once, or in the lobby (pupils with a lobby, guests)",
    response=api.JoinedVideo,
    errors=(403, 404, 409, 410, 422),
)
async def join_session(call: Call[None]) -> api.JoinedVideo:
    return await video.join(call.req, *ids(call), call.ctx.settings.video)


@router.operation(
    "POST", SESSION + "/leave", "Leave a session (or the lobby)", status=204, errors=(404,)
)
async def leave_session(call: Call[None]) -> Reply:
    await video.leave(call.req, *ids(call), call.ctx.settings.video)
    return Reply(status=204)


def session_action(event: SessionEvent, summary: str) -> None:
    @router.operation(
        "POST",
        f"{SESSION}/{event.value}",
        summary,
        response=api.VideoSessionOut,
        errors=(403, 404, 409, 410),
    )
    async def change(call: Call[None]) -> api.VideoSessionOut:
        return await moderation.change_state(call.req, *ids(call), event, call.ctx.settings.video)

    change.__name__ = f"{event.value}_session"


session_action(SessionEvent.LOCK, "Lock a session: only teachers get in from now on (teachers)")
session_action(SessionEvent.UNLOCK, "Unlock a session (teachers)")
session_action(SessionEvent.END, "End a session for everyone, at once (teachers)")


@router.operation(
    "POST",
    SESSION + "/spotlight",
    "Show one participant large to everyone, or clear the spotlight (teachers)",
    body=api.Spotlight,
    response=api.VideoSessionOut,
    errors=(403, 404, 410),
)
async def spotlight(call: Call[api.Spotlight]) -> api.VideoSessionOut:
    return await moderation.spotlight(call.req, *ids(call), call.body.participant_id)


@router.operation(
    "POST",
    PARTICIPANT + "/admit",
    "Admit a participant from the lobby (teachers)",
    body=api.ModerateParticipant,
    response=api.ParticipantOut,
    errors=(403, 404, 409, 410, 422),
)
async def admit(call: Call[api.ModerateParticipant]) -> api.ParticipantOut:
    return await moderation.admit(
        call.req,
        *ids(call),
        call.path_id("participant_id"),
        call.ctx.settings.video,
        allow=True,
        reason=call.body.reason,
    )


@router.operation(
    "POST",
    PARTICIPANT + "/deny",
    "Turn a participant away from the lobby; they stay out of this session (teachers)",
    body=api.ModerateParticipant,
    response=api.ParticipantOut,
    errors=(403, 404, 409, 410),
)
async def deny(call: Call[api.ModerateParticipant]) -> api.ParticipantOut:
    return await moderation.admit(
        call.req,
        *ids(call),
        call.path_id("participant_id"),
        call.ctx.settings.video,
        allow=False,
        reason=call.body.reason,
    )


@router.operation(
    "POST",
    PARTICIPANT + "/mute",
    "Mute a participant (or allow them to unmute again); the signalling enforces it (teachers)",
    body=api.MuteParticipant,
    response=api.ParticipantOut,
    errors=(403, 404, 410),
)
async def mute(call: Call[api.MuteParticipant]) -> api.ParticipantOut:
    return await moderation.mute(
        call.req,
        *ids(call),
        call.path_id("participant_id"),
        call.ctx.settings.video,
        muted=call.body.muted,
        reason=call.body.reason,
    )


@router.operation(
    "POST",
    PARTICIPANT + "/remove",
    "Remove a participant: their signalling stops at once and they stay out (teachers)",
    body=api.ModerateParticipant,
    response=api.ParticipantOut,
    errors=(403, 404, 409, 410),
)
async def remove(call: Call[api.ModerateParticipant]) -> api.ParticipantOut:
    return await moderation.remove(
        call.req,
        *ids(call),
        call.path_id("participant_id"),
        call.ctx.settings.video,
        call.body.reason,
    )
