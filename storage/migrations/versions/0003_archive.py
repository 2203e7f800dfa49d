"""The file archive: folders, files and their versions, chunked uploads (issue 6).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 15:14:48.239319

Types spelled out as in 0001. Blobs live on disk (or another blob store), named by the
sha256 kept in archive_file_versions; the tables say which blobs are in use.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: 64-bit ids on PostgreSQL; SQLite only autoincrements a plain INTEGER primary key.
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
UTC_DATETIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "archive_folders",
        sa.Column("id", ID, nullable=False),
        sa.Column("space_id", ID, nullable=False),
        sa.Column("parent_id", ID, nullable=True),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("name_key", sa.String(length=255), nullable=False),
        sa.Column("created_by_id", ID, nullable=True),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("trashed_at", UTC_DATETIME, nullable=True),
        sa.Column("trashed_by_id", ID, nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["accounts.id"],
            name=op.f("fk_archive_folders_created_by_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["archive_folders.id"],
            name=op.f("fk_archive_folders_parent_id_archive_folders"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["space_id"],
            ["spaces.id"],
            name=op.f("fk_archive_folders_space_id_spaces"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["trashed_by_id"],
            ["accounts.id"],
            name=op.f("fk_archive_folders_trashed_by_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_archive_folders")),
    )
    with op.batch_alter_table("archive_folders", schema=None) as batch_op:
        batch_op.create_index(
            "ix_archive_folders_space_id_parent_id", ["space_id", "parent_id"], unique=False
        )

    op.create_table(
        "archive_files",
        sa.Column("id", ID, nullable=False),
        sa.Column("space_id", ID, nullable=False),
        sa.Column("folder_id", ID, nullable=True),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("name_key", sa.String(length=255), nullable=False),
        sa.Column("owner_id", ID, nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("updated_at", UTC_DATETIME, nullable=False),
        sa.Column("trashed_at", UTC_DATETIME, nullable=True),
        sa.Column("trashed_by_id", ID, nullable=True),
        sa.ForeignKeyConstraint(
            ["folder_id"],
            ["archive_folders.id"],
            name=op.f("fk_archive_files_folder_id_archive_folders"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["accounts.id"],
            name=op.f("fk_archive_files_owner_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["space_id"],
            ["spaces.id"],
            name=op.f("fk_archive_files_space_id_spaces"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["trashed_by_id"],
            ["accounts.id"],
            name=op.f("fk_archive_files_trashed_by_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_archive_files")),
    )
    with op.batch_alter_table("archive_files", schema=None) as batch_op:
        batch_op.create_index(
            "ix_archive_files_space_id_folder_id", ["space_id", "folder_id"], unique=False
        )

    op.create_table(
        "archive_file_versions",
        sa.Column("id", ID, nullable=False),
        sa.Column("file_id", ID, nullable=False),
        sa.Column("space_id", ID, nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("uploaded_by_id", ID, nullable=True),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["file_id"],
            ["archive_files.id"],
            name=op.f("fk_archive_file_versions_file_id_archive_files"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["space_id"],
            ["spaces.id"],
            name=op.f("fk_archive_file_versions_space_id_spaces"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["uploaded_by_id"],
            ["accounts.id"],
            name=op.f("fk_archive_file_versions_uploaded_by_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_archive_file_versions")),
        sa.UniqueConstraint(
            "file_id", "number", name=op.f("uq_archive_file_versions_file_id_number")
        ),
    )
    with op.batch_alter_table("archive_file_versions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_archive_file_versions_sha256"), ["sha256"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_archive_file_versions_space_id"), ["space_id"], unique=False
        )

    op.create_table(
        "archive_uploads",
        sa.Column("id", ID, nullable=False),
        sa.Column("space_id", ID, nullable=False),
        sa.Column("folder_id", ID, nullable=True),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("owner_id", ID, nullable=False),
        sa.Column("store_key", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("received", sa.BigInteger(), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("updated_at", UTC_DATETIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["folder_id"],
            ["archive_folders.id"],
            name=op.f("fk_archive_uploads_folder_id_archive_folders"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["accounts.id"],
            name=op.f("fk_archive_uploads_owner_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["space_id"],
            ["spaces.id"],
            name=op.f("fk_archive_uploads_space_id_spaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_archive_uploads")),
    )
    with op.batch_alter_table("archive_uploads", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_archive_uploads_space_id"), ["space_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("archive_uploads", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_archive_uploads_space_id"))

    op.drop_table("archive_uploads")
    with op.batch_alter_table("archive_file_versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_archive_file_versions_space_id"))
        batch_op.drop_index(batch_op.f("ix_archive_file_versions_sha256"))

    op.drop_table("archive_file_versions")
    with op.batch_alter_table("archive_files", schema=None) as batch_op:
        batch_op.drop_index("ix_archive_files_space_id_folder_id")

    op.drop_table("archive_files")
    with op.batch_alter_table("archive_folders", schema=None) as batch_op:
        batch_op.drop_index("ix_archive_folders_space_id_parent_id")

    op.drop_table("archive_folders")
