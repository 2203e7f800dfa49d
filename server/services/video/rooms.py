"""Where a session's media goes: a mesh while it is small, the SFU's room past the mesh limit.

The database says which (`VideoSession.mode`); these functions keep the SFU in step with it
(create the room on the switch, let admitted participants in, kick, mute, destroy). They run
inside the caller's transaction: if the SFU refuses, the change is rolled back with it.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from protocol import api
from protocol.errors import InvariantBroken, LimitExceeded, Unavailable
from protocol.video import ParticipantState, VideoMode
from storage.models import VideoParticipant, VideoSession
from storage.repositories import video as video_repo

from ...config import VideoSettings
from .janus import JanusSfu
from .sfu import Sfu, participant_token, sfu_access

#: Publishers a classroom room takes (the teacher, a few pupils presenting, screen shares).
ROOM_PUBLISHERS = 10


def sfu_of(settings: VideoSettings) -> Sfu | None:
    if settings.janus_url and settings.janus_admin_key:
        return JanusSfu(settings.janus_url, settings.janus_admin_key, settings.janus_client_url)
    return None


def token_of(settings: VideoSettings, session: VideoSession, p: VideoParticipant) -> str:
    """The participant's token in the session's room; only asked while an SFU is configured."""
    if not settings.janus_admin_key:
        raise InvariantBroken("an SFU token asked for with no SFU configured")
    return participant_token(settings.janus_admin_key, session.id, p.id)


async def make_room(
    db: AsyncSession, session: VideoSession, p: VideoParticipant, settings: VideoSettings
) -> bool:
    """A place for ``p``'s media, just admitted: True if the session switched to the SFU.

    Past ``mesh_limit`` the session's room is created with everyone admitted so far; with no
    SFU configured the admission is refused (``limit_exceeded``)."""
    sfu = sfu_of(settings)
    if session.mode is VideoMode.SFU:
        if sfu is None:  # moved to the SFU before a restart that left Janus out
            raise Unavailable("this session's SFU is not configured")
        await sfu.allow(session.id, [token_of(settings, session, p)])
        return False
    if await video_repo.count_joined(db, session.id) <= settings.mesh_limit:
        return False
    if sfu is None:
        raise LimitExceeded(
            f"the session is full: a peer-to-peer session holds {settings.mesh_limit}"
        )
    present = [
        q
        for q in await video_repo.list_participants(db, session.id)
        if q.state is not ParticipantState.LOBBY
    ]
    tokens = [token_of(settings, session, q) for q in present]
    await sfu.create_room(session.id, tokens, publishers=ROOM_PUBLISHERS)
    session.mode = VideoMode.SFU
    return True


async def kick(session: VideoSession, p: VideoParticipant, settings: VideoSettings) -> None:
    sfu = sfu_of(settings)
    if session.mode is VideoMode.SFU and sfu is not None:
        await sfu.kick(session.id, p.id, token_of(settings, session, p))


async def mute(
    session: VideoSession, p: VideoParticipant, muted: bool, settings: VideoSettings
) -> None:
    sfu = sfu_of(settings)
    if session.mode is VideoMode.SFU and sfu is not None:
        await sfu.mute(session.id, p.id, muted)


async def close_room(session: VideoSession, settings: VideoSettings) -> None:
    sfu = sfu_of(settings)
    if session.mode is VideoMode.SFU and sfu is not None:
        await sfu.destroy_room(session.id)


def access(
    session: VideoSession, p: VideoParticipant, settings: VideoSettings
) -> api.SfuAccessOut | None:
    """The participant's way into the SFU room, once the session uses one."""
    sfu, key = sfu_of(settings), settings.janus_admin_key
    admitted = p.state in (ParticipantState.ADMITTED, ParticipantState.JOINED)
    if session.mode is not VideoMode.SFU or sfu is None or not key or not admitted:
        return None
    return sfu_access(sfu, key, session.id, p.id)
