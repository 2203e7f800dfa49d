"""Video sessions and their participants.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 15:30:00.000000

Types spelled out as in 0001: enums are VARCHAR(32) holding the values, timestamps have a
time zone.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
UTC_DATETIME = sa.DateTime(timezone=True)
ENUM = sa.String(length=32)


def upgrade() -> None:
    op.create_table(
        "video_sessions",
        sa.Column("id", ID, nullable=False),
        sa.Column("space_id", ID, nullable=False),
        sa.Column("state", ENUM, nullable=False),
        sa.Column("mode", ENUM, nullable=False),
        sa.Column("lobby", sa.Boolean(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("spotlight_id", ID, nullable=True),
        sa.Column("started_by_id", ID, nullable=True),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("ended_at", UTC_DATETIME, nullable=True),
        sa.ForeignKeyConstraint(
            ["space_id"],
            ["spaces.id"],
            name=op.f("fk_video_sessions_space_id_spaces"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["started_by_id"],
            ["accounts.id"],
            name=op.f("fk_video_sessions_started_by_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_video_sessions")),
    )
    op.create_index(
        "ix_video_sessions_space_id_state", "video_sessions", ["space_id", "state"], unique=False
    )
    op.create_table(
        "video_participants",
        sa.Column("id", ID, nullable=False),
        sa.Column("session_id", ID, nullable=False),
        sa.Column("account_id", ID, nullable=False),
        sa.Column("role", ENUM, nullable=False),
        sa.Column("display_name", sa.String(length=100), nullable=False),
        sa.Column("state", ENUM, nullable=False),
        sa.Column("mic", sa.Boolean(), nullable=False),
        sa.Column("camera", sa.Boolean(), nullable=False),
        sa.Column("screen", sa.Boolean(), nullable=False),
        sa.Column("hand_raised", sa.Boolean(), nullable=False),
        sa.Column("force_muted", sa.Boolean(), nullable=False),
        sa.Column("connection_id", sa.String(length=32), nullable=True),
        sa.Column("seen_at", UTC_DATETIME, nullable=True),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_video_participants_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["video_sessions.id"],
            name=op.f("fk_video_participants_session_id_video_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_video_participants")),
        sa.UniqueConstraint(
            "session_id",
            "account_id",
            name=op.f("uq_video_participants_session_id_account_id"),
        ),
    )
    op.create_index(
        op.f("ix_video_participants_account_id"),
        "video_participants",
        ["account_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_video_participants_account_id"), table_name="video_participants")
    op.drop_table("video_participants")
    op.drop_index("ix_video_sessions_space_id_state", table_name="video_sessions")
    op.drop_table("video_sessions")
