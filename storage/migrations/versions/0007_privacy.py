"""Privacy: per-space audit-log retention and the record of erased pupils.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 09:10:00.000000

Types spelled out as in 0001. ``pupil_erasures`` holds ids only (no personal data).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
UTC_DATETIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "audit_settings",
        sa.Column("space_id", ID, nullable=False),
        sa.Column("retention_days", sa.Integer(), nullable=True),
        sa.Column("updated_at", UTC_DATETIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["space_id"],
            ["spaces.id"],
            name=op.f("fk_audit_settings_space_id_spaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("space_id", name=op.f("pk_audit_settings")),
    )
    op.create_table(
        "pupil_erasures",
        sa.Column("id", ID, nullable=False),
        sa.Column("space_id", ID, nullable=False),
        sa.Column("account_id", ID, nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("posts", sa.String(length=16), nullable=False),
        sa.Column("files", sa.String(length=16), nullable=False),
        sa.Column("erased_at", UTC_DATETIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_pupil_erasures_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["space_id"],
            ["spaces.id"],
            name=op.f("fk_pupil_erasures_space_id_spaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pupil_erasures")),
        sa.UniqueConstraint(
            "space_id", "account_id", name=op.f("uq_pupil_erasures_space_id_account_id")
        ),
    )
    op.create_index(
        op.f("ix_pupil_erasures_account_id"), "pupil_erasures", ["account_id"], unique=False
    )
    # Retention deletes by age: an index on the entries' time keeps that a range scan.
    op.create_index(op.f("ix_audit_log_created_at"), "audit_log", ["created_at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_audit_log_created_at"), table_name="audit_log")
    op.drop_index(op.f("ix_pupil_erasures_account_id"), table_name="pupil_erasures")
    op.drop_table("pupil_erasures")
    op.drop_table("audit_settings")
