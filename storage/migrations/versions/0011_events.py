"""Events and webinars: the events, their speakers and their registrations (issue 22).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 22:30:00.000000

An event is for every eTwinner (``space_id`` NULL; ``country`` set for a national admin's),
one group's or one twinspace's members (``space_id``). ``ends_at`` is ``starts_at`` plus the
duration, kept so that the list of upcoming events is one range of
``ix_events_ends_at_starts_at``. ``event_registrations`` hold places and the waiting list,
whose order is the id's. ``event_questions`` and ``event_question_votes`` (one per person)
are the Q&A, kept with the event.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
UTC_DATETIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("id", ID, nullable=False),
        sa.Column("audience", sa.String(length=32), nullable=False),
        sa.Column("space_id", ID, nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("organiser_id", ID, nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("starts_at", UTC_DATETIME, nullable=False),
        sa.Column("ends_at", UTC_DATETIME, nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("cancelled_at", UTC_DATETIME, nullable=True),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("updated_at", UTC_DATETIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["organiser_id"],
            ["accounts.id"],
            name=op.f("fk_events_organiser_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["space_id"], ["spaces.id"], name=op.f("fk_events_space_id_spaces"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    op.create_index(
        "ix_events_ends_at_starts_at", "events", ["ends_at", "starts_at", "id"], unique=False
    )
    op.create_index(op.f("ix_events_organiser_id"), "events", ["organiser_id"], unique=False)
    op.create_index(op.f("ix_events_space_id"), "events", ["space_id"], unique=False)
    op.create_table(
        "event_speakers",
        sa.Column("event_id", ID, nullable=False),
        sa.Column("account_id", ID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_event_speakers_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_event_speakers_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "account_id", name=op.f("pk_event_speakers")),
    )
    op.create_index(
        op.f("ix_event_speakers_account_id"), "event_speakers", ["account_id"], unique=False
    )
    op.create_table(
        "event_registrations",
        sa.Column("id", ID, nullable=False),
        sa.Column("event_id", ID, nullable=False),
        sa.Column("account_id", ID, nullable=False),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("placed_at", UTC_DATETIME, nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_event_registrations_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_event_registrations_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_registrations")),
        sa.UniqueConstraint(
            "event_id", "account_id", name=op.f("uq_event_registrations_event_id_account_id")
        ),
    )
    op.create_index(
        "ix_event_registrations_event_id_state_id",
        "event_registrations",
        ["event_id", "state", "id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_event_registrations_account_id"),
        "event_registrations",
        ["account_id"],
        unique=False,
    )

    op.create_table(
        "event_questions",
        sa.Column("id", ID, nullable=False),
        sa.Column("event_id", ID, nullable=False),
        sa.Column("author_id", ID, nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("votes", sa.Integer(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("moderated_by_id", ID, nullable=True),
        sa.Column("moderated_at", UTC_DATETIME, nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["accounts.id"],
            name=op.f("fk_event_questions_author_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_event_questions_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["moderated_by_id"],
            ["accounts.id"],
            name=op.f("fk_event_questions_moderated_by_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_questions")),
    )
    op.create_index(
        "ix_event_questions_event_id_id", "event_questions", ["event_id", "id"], unique=False
    )
    op.create_index(
        op.f("ix_event_questions_author_id"), "event_questions", ["author_id"], unique=False
    )
    op.create_table(
        "event_question_votes",
        sa.Column("question_id", ID, nullable=False),
        sa.Column("account_id", ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_event_question_votes_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["event_questions.id"],
            name=op.f("fk_event_question_votes_question_id_event_questions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("question_id", "account_id", name=op.f("pk_event_question_votes")),
    )
    op.create_index(
        op.f("ix_event_question_votes_account_id"),
        "event_question_votes",
        ["account_id"],
        unique=False,
    )

    op.create_table(
        "event_attendance",
        sa.Column("id", ID, nullable=False),
        sa.Column("event_id", ID, nullable=False),
        sa.Column("account_id", ID, nullable=False),
        sa.Column("connection_id", sa.String(length=64), nullable=False),
        sa.Column("joined_at", UTC_DATETIME, nullable=False),
        sa.Column("left_at", UTC_DATETIME, nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_event_attendance_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_event_attendance_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_attendance")),
    )
    op.create_index(
        "ix_event_attendance_event_id_account_id",
        "event_attendance",
        ["event_id", "account_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_event_attendance_account_id"), "event_attendance", ["account_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_event_attendance_account_id"), table_name="event_attendance")
    op.drop_index("ix_event_attendance_event_id_account_id", table_name="event_attendance")
    op.drop_table("event_attendance")
    op.drop_index(op.f("ix_event_question_votes_account_id"), table_name="event_question_votes")
    op.drop_table("event_question_votes")
    op.drop_index(op.f("ix_event_questions_author_id"), table_name="event_questions")
    op.drop_index("ix_event_questions_event_id_id", table_name="event_questions")
    op.drop_table("event_questions")
    op.drop_index(op.f("ix_event_registrations_account_id"), table_name="event_registrations")
    op.drop_index("ix_event_registrations_event_id_state_id", table_name="event_registrations")
    op.drop_table("event_registrations")
    op.drop_index(op.f("ix_event_speakers_account_id"), table_name="event_speakers")
    op.drop_table("event_speakers")
    op.drop_index(op.f("ix_events_space_id"), table_name="events")
    op.drop_index(op.f("ix_events_organiser_id"), table_name="events")
    op.drop_index("ix_events_ends_at_starts_at", table_name="events")
    op.drop_table("events")
