"""Chat: which forum thread is the chat of a space, of its teachers, or of a video session.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 16:20:00.000000

Chat messages are forum posts (in threads of the chat areas), so only this index table and
the per-space chat settings (retention) are new. Types spelled out as in 0001.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
UTC_DATETIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "chats",
        sa.Column("id", ID, nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("space_id", ID, nullable=False),
        sa.Column("thread_id", ID, nullable=False),
        sa.Column("video_session_id", ID, nullable=True),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["space_id"], ["spaces.id"], name=op.f("fk_chats_space_id_spaces"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["thread_id"],
            ["forum_threads.id"],
            name=op.f("fk_chats_thread_id_forum_threads"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["video_session_id"],
            ["video_sessions.id"],
            name=op.f("fk_chats_video_session_id_video_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chats")),
        sa.UniqueConstraint("key", name=op.f("uq_chats_key")),
        sa.UniqueConstraint("thread_id", name=op.f("uq_chats_thread_id")),
        sa.UniqueConstraint("video_session_id", name=op.f("uq_chats_video_session_id")),
    )
    op.create_index(op.f("ix_chats_space_id"), "chats", ["space_id"], unique=False)
    op.create_table(
        "chat_settings",
        sa.Column("space_id", ID, nullable=False),
        sa.Column("retention_days", sa.Integer(), nullable=True),
        sa.Column("updated_at", UTC_DATETIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["space_id"],
            ["spaces.id"],
            name=op.f("fk_chat_settings_space_id_spaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("space_id", name=op.f("pk_chat_settings")),
    )


def downgrade() -> None:
    op.drop_table("chat_settings")
    op.drop_index(op.f("ix_chats_space_id"), table_name="chats")
    op.drop_table("chats")
