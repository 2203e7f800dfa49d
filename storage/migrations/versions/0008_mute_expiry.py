"""Mutes that run out: the video force-mute that follows a space mute, and finding expiries.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 09:10:00.000000

`video_participants.space_muted` marks a force-mute made by the member's timed mute in the
space (issue 10), so that the mute running out lifts that one and not a teacher's own video
mute. The index on `memberships.muted_until` lets every process's sweep find the mutes due.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("video_participants") as batch:
        batch.add_column(
            sa.Column("space_muted", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    op.create_index(op.f("ix_memberships_muted_until"), "memberships", ["muted_until"])


def downgrade() -> None:
    op.drop_index(op.f("ix_memberships_muted_until"), table_name="memberships")
    with op.batch_alter_table("video_participants") as batch:
        batch.drop_column("space_muted")
