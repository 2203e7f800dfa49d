"""The live webinar of an event (issue 22): its video session and the stage.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 23:00:00.000000

``event_live_sessions`` holds an event's one video session (its random Janus room, when it
started and ended, whether it records); ``event_stage`` the viewers who raised a hand or were
promoted to speak, and who publishes now; ``event_recording_takes`` each stretch Janus
recorded the speakers (processed by the server's loop), ``event_recordings`` the files made
of them (blobs), kept with the event.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
UTC_DATETIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "event_live_sessions",
        sa.Column("event_id", ID, nullable=False),
        sa.Column("room", sa.BigInteger(), nullable=False),
        sa.Column("started_by_id", ID, nullable=True),
        sa.Column("started_at", UTC_DATETIME, nullable=False),
        sa.Column("ended_at", UTC_DATETIME, nullable=True),
        sa.Column("recording_since", UTC_DATETIME, nullable=True),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_event_live_sessions_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["started_by_id"],
            ["accounts.id"],
            name=op.f("fk_event_live_sessions_started_by_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_event_live_sessions")),
    )
    op.create_table(
        "event_stage",
        sa.Column("event_id", ID, nullable=False),
        sa.Column("account_id", ID, nullable=False),
        sa.Column("hand_raised", sa.Boolean(), nullable=False),
        sa.Column("on_stage", sa.Boolean(), nullable=False),
        sa.Column("publishing", sa.Boolean(), nullable=False),
        sa.Column("changed_at", UTC_DATETIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_event_stage_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_event_stage_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "account_id", name=op.f("pk_event_stage")),
    )
    op.create_index(op.f("ix_event_stage_account_id"), "event_stage", ["account_id"], unique=False)

    op.create_table(
        "event_recording_takes",
        sa.Column("id", ID, nullable=False),
        sa.Column("event_id", ID, nullable=False),
        sa.Column("room", sa.BigInteger(), nullable=False),
        sa.Column("started_at", UTC_DATETIME, nullable=False),
        sa.Column("stopped_at", UTC_DATETIME, nullable=False),
        sa.Column("processed_at", UTC_DATETIME, nullable=True),
        sa.Column("failure", sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_event_recording_takes_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_recording_takes")),
    )
    op.create_index(
        op.f("ix_event_recording_takes_event_id"),
        "event_recording_takes",
        ["event_id"],
        unique=False,
    )
    op.create_table(
        "event_recordings",
        sa.Column("id", ID, nullable=False),
        sa.Column("event_id", ID, nullable=False),
        sa.Column("take_id", ID, nullable=False),
        sa.Column("account_id", ID, nullable=True),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("content_type", sa.String(length=64), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_event_recordings_account_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_event_recordings_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["take_id"],
            ["event_recording_takes.id"],
            name=op.f("fk_event_recordings_take_id_event_recording_takes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_recordings")),
    )
    op.create_index(
        op.f("ix_event_recordings_event_id"), "event_recordings", ["event_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_event_recordings_event_id"), table_name="event_recordings")
    op.drop_table("event_recordings")
    op.drop_index(op.f("ix_event_recording_takes_event_id"), table_name="event_recording_takes")
    op.drop_table("event_recording_takes")
    op.drop_index(op.f("ix_event_stage_account_id"), table_name="event_stage")
    op.drop_table("event_stage")
    op.drop_table("event_live_sessions")
