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
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from protocol.vocabulary import AccountKind, AccountStatus, Role, SpaceKind

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
        assert isinstance(value, dt.datetime)
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
    """A twinspace or a room."""

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
    muted_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
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
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


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
    __table_args__ = (Index("ix_archive_files_space_id_folder_id", "space_id", "folder_id"),)

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
