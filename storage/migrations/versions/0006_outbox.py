"""Outbox: live announcements written in the transaction of the change they announce.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 09:10:00.000000

Rows live for milliseconds (the committing process deletes them once published), so the table
stays tiny and needs no index beyond its primary key: the sweeper reads it in id order.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
UTC_DATETIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "outbox_messages",
        sa.Column("id", ID, nullable=False),
        sa.Column("channel", sa.String(length=200), nullable=True),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.Column("token", sa.String(length=32), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_messages")),
    )


def downgrade() -> None:
    op.drop_table("outbox_messages")
