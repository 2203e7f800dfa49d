"""Gauges counted from the database: what exists cluster-wide, whichever process asks.

Video sessions move between processes (started on one, joined on another, ended on a third)
and the file store is shared, so per-process increments would drift or double-count. Each
process instead counts from the database on its sampling tick; the gauges use the "mostrecent"
multiprocess mode, so with several workers the figure is the latest count, not a sum.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from protocol.video import ParticipantState, VideoSessionState
from storage.models import ArchiveFileVersion, VideoParticipant, VideoSession

from . import metrics


@dataclass(frozen=True, slots=True)
class Census:
    video_sessions: int
    video_participants: int
    file_store_bytes: int


async def take_census(sessionmaker: async_sessionmaker[AsyncSession]) -> Census:
    """Three aggregate queries in one short read-only session."""
    open_states = (VideoSessionState.LIVE, VideoSessionState.LOCKED)
    async with sessionmaker() as db:
        sessions = await db.scalar(
            select(func.count())
            .select_from(VideoSession)
            .where(VideoSession.state.in_(open_states))
        )
        participants = await db.scalar(
            select(func.count())
            .select_from(VideoParticipant)
            .join(VideoSession, VideoSession.id == VideoParticipant.session_id)
            .where(
                VideoSession.state.in_(open_states),
                VideoParticipant.state == ParticipantState.JOINED,
            )
        )
        # Each content once: the store keeps one blob per digest, however many versions share it.
        blobs = (
            select(ArchiveFileVersion.sha256, func.max(ArchiveFileVersion.size).label("size"))
            .group_by(ArchiveFileVersion.sha256)
            .subquery()
        )
        stored = await db.scalar(select(func.coalesce(func.sum(blobs.c.size), 0)))
    return Census(int(sessions or 0), int(participants or 0), int(stored or 0))


def publish_census(census: Census) -> None:
    metrics.VIDEO_SESSIONS.set(census.video_sessions)
    metrics.VIDEO_PARTICIPANTS.set(census.video_participants)
    metrics.FILE_STORE_BYTES.set(census.file_store_bytes)
