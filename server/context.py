"""What every request handler shares: settings, database, clock and secrets."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from .blobs.base import BlobStore
from .brokers.attempts import AttemptCounter
from .brokers.typing_memory import MemoryTypingGate, TypingGate
from .clock import Clock
from .config import Settings
from .mail.sending import Mailer
from .realtime.hub import Hub
from .realtime.watch_counts import WatchCounts
from .security import Secrets
from .services.sign_in_throttle import SignInThrottle


@dataclass(frozen=True, slots=True)
class AppContext:
    settings: Settings
    engine: AsyncEngine
    sessionmaker: async_sessionmaker[AsyncSession]
    #: The same engine's sessions for checks that only read (storage.database's
    #: read_only_sessions): a sign-in check on SQLite takes no lock.
    reader: async_sessionmaker[AsyncSession]
    clock: Clock
    secrets: Secrets
    hub: Hub
    sign_in_throttle: SignInThrottle
    #: Counters in fixed windows (in-process, or shared through Redis): the sign-in
    #: throttle's, and the reactions' budget (server/services/reactions.py).
    attempts: AttemptCounter
    #: Where the file archive's contents live (issue 6).
    blobs: BlobStore
    #: Mail out (issue 17): SMTP, or the data folder's Maildir (server/mail).
    mailer: Mailer
    #: Chat typing indicators sent lately (issue 10): shared through Redis when configured.
    typing_gate: TypingGate = field(default_factory=MemoryTypingGate)
    #: Events whose count watching changed lately (issue 22's webinar), announced coalesced.
    watch_counts: WatchCounts = field(default_factory=WatchCounts)
