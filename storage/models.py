"""SQLAlchemy 2.x typed models: the people, spaces, memberships, sessions and audit log.

Relationships are not declared: repositories query explicitly, so no attribute access can
hide a database round trip (the asyncio docs' "preventing implicit IO").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Dialect,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, validates

from protocol.errors import InvariantBroken
from protocol.video import ParticipantState, VideoMode, VideoSessionState
from protocol.vocabulary import (
    AccountKind,
    AccountStatus,
    EventAudience,
    ForumArea,
    GroupAccess,
    PostState,
    QuestionState,
    ReactionKind,
    Registration,
    Role,
    SpaceKind,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: 64-bit ids on PostgreSQL; SQLite only autoincrements a plain INTEGER primary key.
IdType = BigInteger().with_variant(Integer(), "sqlite")


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes on every backend (SQLite would hand back naive ones)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if not isinstance(value, dt.datetime):
            raise InvariantBroken(f"a UTC column read {type(value).__name__}, not a datetime")
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


def enum_column(enum_type: type[Any]) -> Enum:
    """Enums stored by value as plain strings, so adding a member needs no type migration."""
    return Enum(
        enum_type,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Account(Base):
    """Every person: teachers (pending or eTwinners), pupils, guests and national admins."""

    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    kind: Mapped[AccountKind] = mapped_column(enum_column(AccountKind))
    status: Mapped[AccountStatus] = mapped_column(enum_column(AccountStatus), index=True)
    display_name: Mapped[str] = mapped_column(String(100))
    #: ``display_name.casefold()``, kept by :meth:`_keep_name_key`: how an ``@Name`` mention
    #: finds its member by index, without reading a space's member list (issue 21).
    #: Casefolding may lengthen a name (ß → ss), hence the wider column.
    name_key: Mapped[str] = mapped_column(String(300), index=True)
    # Teachers, guests and national admins sign in by e-mail; pupils have none, ever.
    email: Mapped[str | None] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str | None] = mapped_column(String(200))
    # Pupils sign in with a username and a login code their teacher hands out.
    username: Mapped[str | None] = mapped_column(String(64), unique=True)
    login_code_hash: Mapped[str | None] = mapped_column(String(200))
    school: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    created_by_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="SET NULL")
    )
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    status_changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    status_changed_by_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="SET NULL")
    )
    #: The page language the person chose (registration, "My account"): mail uses it. None
    #: means unknown: mail goes out in English.
    language: Mapped[str | None] = mapped_column(String(16))

    @validates("display_name")
    def _keep_name_key(self, _key: str, value: str) -> str:
        self.name_key = value.casefold()
        return value


class PasswordReset(Base):
    """A "forgot my password" link: one use, an expiry, and only the hash of its secret."""

    __tablename__ = "password_resets"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    account_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)
    #: Set when the link was used; a used link opens nothing again.
    used_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class AuthSession(Base):
    """A signed-in session: a browser cookie or a bearer token. Only hashes are stored."""

    __tablename__ = "auth_sessions"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    csrf_hash: Mapped[str] = mapped_column(String(64))
    account_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)


class Space(Base):
    """A twinspace, a room or a group (a group has its own row in `groups` too)."""

    __tablename__ = "spaces"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    kind: Mapped[SpaceKind] = mapped_column(enum_column(SpaceKind))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    pupils_may_create_threads: Mapped[bool] = mapped_column(Boolean, default=False)
    pupils_may_upload: Mapped[bool] = mapped_column(Boolean, default=True)
    premoderate_pupils: Mapped[bool] = mapped_column(Boolean, default=False)
    archived_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    created_by_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="SET NULL")
    )
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class Membership(Base):
    """One account's role in one space."""

    __tablename__ = "memberships"
    __table_args__ = (UniqueConstraint("space_id", "account_id"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    space_id: Mapped[int] = mapped_column(IdType, ForeignKey("spaces.id", ondelete="CASCADE"))
    account_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[Role] = mapped_column(enum_column(Role))
    #: Indexed so that the mute-expiry sweep finds the mutes that ran out (migration 0008).
    muted_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), index=True)
    added_by_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="SET NULL")
    )
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class Invitation(Base):
    """A guest invitation link to one twinspace: expiring, revocable and use-limited."""

    __tablename__ = "invitations"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    space_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("spaces.id", ondelete="CASCADE"), index=True
    )
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    note: Mapped[str] = mapped_column(String(200), default="")
    created_by_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="SET NULL")
    )
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    max_uses: Mapped[int] = mapped_column(Integer)
    uses: Mapped[int] = mapped_column(Integer, default=0)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class AuditEntry(Base):
    """Who did what, when and why: moderation, role changes, invitations, validations."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_space_id_id", "space_id", "id"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    # None for account-level events (a validation, a suspension).
    space_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("spaces.id", ondelete="CASCADE")
    )
    # None when the operator acted from the command line.
    actor_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="SET NULL")
    )
    action: Mapped[str] = mapped_column(String(64))
    target_account_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="SET NULL")
    )
    reason: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: Indexed for the retention job, which deletes by age (issue 9).
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)


# -- video sessions (issue 7) ---------------------------------------------------------------


class VideoSession(Base):
    """One video session in a space; its state is shared by every server process."""

    __tablename__ = "video_sessions"
    __table_args__ = (Index("ix_video_sessions_space_id_state", "space_id", "state"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    space_id: Mapped[int] = mapped_column(IdType, ForeignKey("spaces.id", ondelete="CASCADE"))
    state: Mapped[VideoSessionState] = mapped_column(enum_column(VideoSessionState))
    mode: Mapped[VideoMode] = mapped_column(enum_column(VideoMode))
    lobby: Mapped[bool] = mapped_column(Boolean)
    #: The kind of its space (which never changes), copied at start: who moderates video
    #: differs in a group, and a participant's ``moderator`` flag is shown without a query.
    space_kind: Mapped[SpaceKind] = mapped_column(
        enum_column(SpaceKind), default=SpaceKind.TWINSPACE, server_default="twinspace"
    )
    title: Mapped[str] = mapped_column(String(200))
    #: The participant shown large to everyone, or None.
    spotlight_id: Mapped[int | None] = mapped_column(IdType)
    started_by_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="SET NULL")
    )
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    ended_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class VideoParticipant(Base):
    """One account's place in one session: one row per person, kept across rejoins."""

    __tablename__ = "video_participants"
    __table_args__ = (UniqueConstraint("session_id", "account_id"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("video_sessions.id", ondelete="CASCADE")
    )
    account_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[Role] = mapped_column(enum_column(Role))
    display_name: Mapped[str] = mapped_column(String(100))
    state: Mapped[ParticipantState] = mapped_column(enum_column(ParticipantState))
    mic: Mapped[bool] = mapped_column(Boolean, default=False)
    camera: Mapped[bool] = mapped_column(Boolean, default=False)
    screen: Mapped[bool] = mapped_column(Boolean, default=False)
    hand_raised: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Muted by a teacher: the client must keep its microphone off, and the signalling
    #: refuses its offers that send audio until a teacher allows it again.
    force_muted: Mapped[bool] = mapped_column(Boolean, default=False)
    #: The force-mute follows the member's timed mute in the space (issue 10): it is lifted
    #: when that mute ends or runs out. A teacher's own video mute or unmute clears it.
    space_muted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    #: The WebSocket connection bound by `join`, and when its process last saw it alive.
    connection_id: Mapped[str | None] = mapped_column(String(32))
    seen_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


# -- forums (issue 5) -----------------------------------------------------------------------
# Full-text search lives outside these models, in the migration: an FTS5 table on SQLite, an
# expression GIN index on PostgreSQL (see storage/search.py, which also tells autogenerate).


class ForumThread(Base):
    """A thread of one space's forum, in the open area or the teachers-only area."""

    __tablename__ = "forum_threads"
    __table_args__ = (Index("ix_forum_threads_space_id_area_id", "space_id", "area", "id"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    space_id: Mapped[int] = mapped_column(IdType, ForeignKey("spaces.id", ondelete="CASCADE"))
    area: Mapped[ForumArea] = mapped_column(enum_column(ForumArea))
    title: Mapped[str] = mapped_column(String(200))
    author_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="SET NULL")
    )
    #: Follows its opening post while that is held: pending, rejected, else visible.
    state: Mapped[PostState] = mapped_column(enum_column(PostState))
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    #: The newest visible post, for unread counts and "last activity".
    last_post_id: Mapped[int | None] = mapped_column(IdType)
    last_post_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    visible_posts: Mapped[int] = mapped_column(Integer, default=0)


class ForumPost(Base):
    """A post (the opening one or a reply), stored raw; ``client_id`` makes creation
    idempotent per author."""

    __tablename__ = "forum_posts"
    __table_args__ = (
        UniqueConstraint("author_id", "client_id"),
        Index("ix_forum_posts_thread_id_id", "thread_id", "id"),
        Index("ix_forum_posts_space_id_created_at", "space_id", "created_at"),
        Index("ix_forum_posts_author_id_created_at", "author_id", "created_at"),
        Index("ix_forum_posts_space_id_state", "space_id", "state"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    thread_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("forum_threads.id", ondelete="CASCADE")
    )
    space_id: Mapped[int] = mapped_column(IdType, ForeignKey("spaces.id", ondelete="CASCADE"))
    author_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="SET NULL")
    )
    client_id: Mapped[str] = mapped_column(String(64))
    body: Mapped[str] = mapped_column(Text)
    state: Mapped[PostState] = mapped_column(enum_column(PostState))
    #: A teacher approved, rejected, hid or restored it: a pupil may no longer edit it.
    teacher_acted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    edited_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    moderated_by_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="SET NULL")
    )
    moderated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class ForumReaction(Base):
    """One person's reaction of one kind to one post: at most one of each kind per person.

    The primary key (post, kind, account) serves a page's counts (``post_id IN …`` grouped
    by post and kind) from the index alone; ``ix_forum_reactions_account_id_post_id`` serves
    the reader's own reactions to the same page."""

    __tablename__ = "forum_reactions"
    __table_args__ = (Index("ix_forum_reactions_account_id_post_id", "account_id", "post_id"),)

    post_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("forum_posts.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[ReactionKind] = mapped_column(enum_column(ReactionKind), primary_key=True)
    account_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class ForumPostRevision(Base):
    """An earlier body of an edited post: edits keep their history."""

    __tablename__ = "forum_post_revisions"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    post_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("forum_posts.id", ondelete="CASCADE"), index=True
    )
    body: Mapped[str] = mapped_column(Text)
    #: When this body was replaced.
    replaced_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class ForumReadMark(Base):
    """How far one account has read one thread."""

    __tablename__ = "forum_read_marks"
    __table_args__ = (UniqueConstraint("account_id", "thread_id"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    account_id: Mapped[int] = mapped_column(IdType, ForeignKey("accounts.id", ondelete="CASCADE"))
    thread_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("forum_threads.id", ondelete="CASCADE"), index=True
    )
    last_read_post_id: Mapped[int] = mapped_column(IdType)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class ForumReport(Base):
    """A member's report of a post, waiting for a moderator until resolved."""

    __tablename__ = "forum_reports"
    __table_args__ = (Index("ix_forum_reports_space_id_resolved_at", "space_id", "resolved_at"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    space_id: Mapped[int] = mapped_column(IdType, ForeignKey("spaces.id", ondelete="CASCADE"))
    post_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("forum_posts.id", ondelete="CASCADE"), index=True
    )
    reporter_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="SET NULL")
    )
    reason: Mapped[str] = mapped_column(String(1000), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    resolved_by_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="SET NULL")
    )
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    resolution: Mapped[str] = mapped_column(String(1000), default="")


# -- file archive (issue 6) -------------------------------------------------------------------


class ArchiveFolder(Base):
    """A folder of a space's file archive; ``parent_id`` None is the top level."""

    __tablename__ = "archive_folders"
    __table_args__ = (Index("ix_archive_folders_space_id_parent_id", "space_id", "parent_id"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    space_id: Mapped[int] = mapped_column(IdType, ForeignKey("spaces.id", ondelete="CASCADE"))
    parent_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("archive_folders.id", ondelete="CASCADE")
    )
    name: Mapped[str] = mapped_column(String(255))
    #: Case-folded name: no two live items of one folder share it (checked under a lock).
    name_key: Mapped[str] = mapped_column(String(255))
    created_by_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="SET NULL")
    )
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    trashed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    trashed_by_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="SET NULL")
    )


class ArchiveFile(Base):
    """A file of a space's archive: a name in a folder, with one or more versions."""

    __tablename__ = "archive_files"
    __table_args__ = (
        Index("ix_archive_files_space_id_folder_id", "space_id", "folder_id"),
        # The listing's keyset pages (``?after=``): a group's archive may be long (issue 21).
        Index("ix_archive_files_space_id_id", "space_id", "id"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    space_id: Mapped[int] = mapped_column(IdType, ForeignKey("spaces.id", ondelete="CASCADE"))
    folder_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("archive_folders.id", ondelete="CASCADE")
    )
    name: Mapped[str] = mapped_column(String(255))
    name_key: Mapped[str] = mapped_column(String(255))
    #: Who uploaded the first version; the policy's Target for managing and deleting it.
    owner_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="SET NULL")
    )
    #: The latest version: its number, and its content's size and hash (denormalized).
    version: Mapped[int] = mapped_column(Integer)
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    trashed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    trashed_by_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="SET NULL")
    )


class ArchiveFileVersion(Base):
    """One uploaded content of a file; its bytes are the blob named by ``sha256``."""

    __tablename__ = "archive_file_versions"
    __table_args__ = (UniqueConstraint("file_id", "number"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    file_id: Mapped[int] = mapped_column(IdType, ForeignKey("archive_files.id", ondelete="CASCADE"))
    #: Denormalized from the file, so quota sums need no join.
    space_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("spaces.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    uploaded_by_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="SET NULL")
    )
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class ArchiveUpload(Base):
    """A chunked (resumable) upload in progress: where it goes and how far it got."""

    __tablename__ = "archive_uploads"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    space_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("spaces.id", ondelete="CASCADE"), index=True
    )
    folder_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("archive_folders.id", ondelete="CASCADE")
    )
    name: Mapped[str] = mapped_column(String(255))
    owner_id: Mapped[int] = mapped_column(IdType, ForeignKey("accounts.id", ondelete="CASCADE"))
    #: The blob store's name for the bytes received so far.
    store_key: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    received: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


# -- chat (issue 10) ------------------------------------------------------------------------
# A chat is a forum thread of a chat area (protocol.vocabulary.CHAT_AREAS) and its messages
# are forum posts, so the forums' moderation, pre-moderation, reports and audit apply as is.


class Chat(Base):
    """Which thread is the chat of a space, of its teachers, or of one video session.

    ``key`` (``space:S``, ``teachers:S``, ``session:V``) makes creating a chat on first use
    idempotent under concurrency: a second creator loses at the unique constraint."""

    __tablename__ = "chats"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    space_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("spaces.id", ondelete="CASCADE"), index=True
    )
    thread_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("forum_threads.id", ondelete="CASCADE"), unique=True
    )
    video_session_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("video_sessions.id", ondelete="CASCADE"), unique=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class ChatSettings(Base):
    """A space's chat settings: how many days its chats keep messages (None: for ever)."""

    __tablename__ = "chat_settings"

    space_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("spaces.id", ondelete="CASCADE"), primary_key=True
    )
    retention_days: Mapped[int | None] = mapped_column(Integer)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


# -- privacy (issue 9) ------------------------------------------------------------------------


class AuditSettings(Base):
    """How many days a space's audit log keeps entries; None: the server's default."""

    __tablename__ = "audit_settings"

    space_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("spaces.id", ondelete="CASCADE"), primary_key=True
    )
    retention_days: Mapped[int | None] = mapped_column(Integer)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class PupilErasure(Base):
    """That a pupil account (now an empty "former pupil" tombstone) was erased while a
    member of this space: its content there shows as "former pupil", and asking to erase it
    again answers what was done. Holds no personal data."""

    __tablename__ = "pupil_erasures"
    __table_args__ = (UniqueConstraint("space_id", "account_id"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    space_id: Mapped[int] = mapped_column(IdType, ForeignKey("spaces.id", ondelete="CASCADE"))
    account_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    #: The role the pupil held here, so a repeated erasure is decided like the first.
    role: Mapped[Role] = mapped_column(enum_column(Role))
    #: "kept" (as "former pupil") or "removed", for posts and messages and for files.
    posts: Mapped[str] = mapped_column(String(16))
    files: Mapped[str] = mapped_column(String(16))
    erased_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


# -- the durable outbox (issue 3) -----------------------------------------------------------
# Live announcements (events on replayable channels, control commands) written in the same
# transaction as the change they announce; the committing process publishes and deletes them
# at once, and any process republishes those a dead one left behind
# (server/realtime/outbox_relay.py).


class OutboxMessage(Base):
    """One committed announcement not yet known to be published.

    ``channel`` is None for a control command. ``payload`` is the encoded event body (or
    command), exactly the bytes the broker carries. ``token`` names this announcement to the
    broker, which publishes each token once: a republish after a crash between publishing and
    deleting the row changes nothing."""

    __tablename__ = "outbox_messages"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    channel: Mapped[str | None] = mapped_column(String(200))
    payload: Mapped[bytes] = mapped_column(LargeBinary)
    token: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


# -- groups (issue 21) ------------------------------------------------------------------------


class Group(Base):
    """What a space of kind ``group`` has beyond a space: what the directory finds it by,
    how eTwinners get in, whether the operator features it, and when it was last active."""

    __tablename__ = "groups"
    __table_args__ = (
        # The directory's order: featured first, then the most recently active.
        Index("ix_groups_directory", "featured", "last_activity_at", "space_id"),
    )

    space_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("spaces.id", ondelete="CASCADE"), primary_key=True
    )
    topic: Mapped[str] = mapped_column(String(100), index=True)
    #: The language the group speaks (a BCP 47 tag, as the page's languages are).
    language: Mapped[str] = mapped_column(String(16), index=True)
    access: Mapped[GroupAccess] = mapped_column(enum_column(GroupAccess))
    featured: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    #: A join, a thread, a post or a chat message moves it on; the directory sorts by it.
    last_activity_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class GroupJoinRequest(Base):
    """An eTwinner's request to join a closed group, until a moderator accepts or declines."""

    __tablename__ = "group_join_requests"
    __table_args__ = (UniqueConstraint("space_id", "account_id"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    space_id: Mapped[int] = mapped_column(IdType, ForeignKey("spaces.id", ondelete="CASCADE"))
    account_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    message: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class GroupBan(Base):
    """An eTwinner a group's moderator barred: no rejoining, no asking to."""

    __tablename__ = "group_bans"
    __table_args__ = (UniqueConstraint("space_id", "account_id"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    space_id: Mapped[int] = mapped_column(IdType, ForeignKey("spaces.id", ondelete="CASCADE"))
    account_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    banned_by_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="SET NULL")
    )
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


# -- events and webinars (issue 22) ---------------------------------------------------------


class Event(Base):
    """An online event or webinar: who it is for, when, and how many places it has."""

    __tablename__ = "events"
    __table_args__ = (
        # The list of upcoming events: those not over yet, by start.
        Index("ix_events_ends_at_starts_at", "ends_at", "starts_at", "id"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    audience: Mapped[EventAudience] = mapped_column(enum_column(EventAudience))
    #: The group or twinspace it is for; None for every eTwinner.
    space_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("spaces.id", ondelete="CASCADE"), index=True
    )
    #: A national admin's event is for the eTwinners of that country; None: for all.
    country: Mapped[str | None] = mapped_column(String(2))
    organiser_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(16))
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    #: starts_at + duration, kept so that "not over yet" is one indexed comparison.
    ends_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    capacity: Mapped[int] = mapped_column(Integer)
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class EventSpeaker(Base):
    """An eTwinner who speaks at an event (publishes audio and video in its webinar)."""

    __tablename__ = "event_speakers"

    event_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    account_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer)


class EventRegistration(Base):
    """One person's place at an event, or their turn on its waiting list (the id's order)."""

    __tablename__ = "event_registrations"
    __table_args__ = (
        UniqueConstraint("event_id", "account_id"),
        # Counting the places, and the waiting list in order.
        Index("ix_event_registrations_event_id_state_id", "event_id", "state", "id"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    event_id: Mapped[int] = mapped_column(IdType, ForeignKey("events.id", ondelete="CASCADE"))
    account_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    state: Mapped[Registration] = mapped_column(enum_column(Registration))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    #: When the person got a place (registered, or promoted from the waiting list).
    placed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class EventQuestion(Base):
    """A question of an event's Q&A, kept with the event afterwards (hidden is not deleted)."""

    __tablename__ = "event_questions"
    __table_args__ = (Index("ix_event_questions_event_id_id", "event_id", "id"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    event_id: Mapped[int] = mapped_column(IdType, ForeignKey("events.id", ondelete="CASCADE"))
    author_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="SET NULL"), index=True
    )
    body: Mapped[str] = mapped_column(Text)
    state: Mapped[QuestionState] = mapped_column(enum_column(QuestionState))
    #: Upvotes so far (one per person: event_question_votes), kept for the order.
    votes: Mapped[int] = mapped_column(Integer, default=0)
    answer: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    #: The last moderator's act (pick, answer, hide, restore) and when.
    moderated_by_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="SET NULL")
    )
    moderated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class EventQuestionVote(Base):
    """One person's upvote of one question: once each."""

    __tablename__ = "event_question_votes"

    question_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("event_questions.id", ondelete="CASCADE"), primary_key=True
    )
    account_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class EventAttendance(Base):
    """One stretch of following an event live: a connection on its ``qa:EVENT`` channel while
    the event ran, from its subscription to its end (the unsubscribe or the socket's close)."""

    __tablename__ = "event_attendance"
    __table_args__ = (Index("ix_event_attendance_event_id_account_id", "event_id", "account_id"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    event_id: Mapped[int] = mapped_column(IdType, ForeignKey("events.id", ondelete="CASCADE"))
    account_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    #: The WebSocket connection (one person may follow from two tabs).
    connection_id: Mapped[str] = mapped_column(String(64))
    joined_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    #: None while it lasts (or if the process died: the listing ends it at the event's end).
    left_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class EventLiveSession(Base):
    """The video session of an event (its live webinar): the SFU room its speakers publish
    in and its audience subscribes to. One per event; a restart after an end reuses the row
    with a new room."""

    __tablename__ = "event_live_sessions"

    event_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    #: The Janus room: random (52 bits), since a subscription to it needs no token (the
    #: audience holds no publisher handle), so its number is what only the audience learns.
    room: Mapped[int] = mapped_column(BigInteger)
    started_by_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="SET NULL")
    )
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    #: None while it runs.
    ended_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    #: Since when Janus records the speakers (None: not recording).
    recording_since: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class EventStagePlace(Base):
    """One viewer's place by the stage of a running webinar: a raised hand, or promoted to
    speak by a moderator (returned: both false)."""

    __tablename__ = "event_stage"

    event_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    account_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    hand_raised: Mapped[bool] = mapped_column(Boolean, default=False)
    on_stage: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Says it publishes now (its client's word, so the audience knows which feeds to
    #: subscribe to; Janus holds the media itself). The organiser and speakers have a row
    #: for this alone.
    publishing: Mapped[bool] = mapped_column(Boolean, default=False)
    changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class EventRecordingTake(Base):
    """One stretch of Janus recording an event's speakers (started and stopped by the
    organiser), waiting for its files to be processed into the event's recordings."""

    __tablename__ = "event_recording_takes"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    event_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("events.id", ondelete="CASCADE"), index=True
    )
    #: The Janus room whose recording folder holds the take's files.
    room: Mapped[int] = mapped_column(BigInteger)
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    stopped_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    #: None until processed (or given up on: ``failure`` says why).
    processed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    failure: Mapped[str] = mapped_column(String(500), default="")


class EventRecording(Base):
    """One file of an event's recording, kept with the event for its audience: one speaker's
    video (WebM, VP8) or audio (Opus in Ogg), as Janus's ``janus-pp-rec`` wrote it."""

    __tablename__ = "event_recordings"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    event_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("events.id", ondelete="CASCADE"), index=True
    )
    take_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("event_recording_takes.id", ondelete="CASCADE")
    )
    #: The speaker (their publisher id in the room); None once their account is gone.
    account_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("accounts.id", ondelete="SET NULL")
    )
    kind: Mapped[str] = mapped_column(String(8))  # "video" or "audio"
    content_type: Mapped[str] = mapped_column(String(64))
    digest: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
