"""Groups: what a group space has beyond a space, join requests and bans (issue 21).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 19:40:00.000000

A group is a space of kind ``group`` (kinds are stored as strings: no type change) with one
row in ``groups``: its topic and language (what the directory finds it by), ``access`` (open
or closed), ``featured`` (the operator's) and ``last_activity_at`` (the directory's order,
with the index ``ix_groups_directory``). ``group_join_requests`` wait for a moderator of a
closed group; ``group_bans`` keep the eTwinners a moderator barred.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
UTC_DATETIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "groups",
        sa.Column("space_id", ID, nullable=False),
        sa.Column("topic", sa.String(length=100), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("access", sa.String(length=32), nullable=False),
        sa.Column("featured", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("last_activity_at", UTC_DATETIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["space_id"],
            ["spaces.id"],
            name=op.f("fk_groups_space_id_spaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("space_id", name=op.f("pk_groups")),
    )
    op.create_index(
        "ix_groups_directory", "groups", ["featured", "last_activity_at", "space_id"], unique=False
    )
    op.create_index(op.f("ix_groups_language"), "groups", ["language"], unique=False)
    op.create_index(op.f("ix_groups_topic"), "groups", ["topic"], unique=False)
    for table in ("group_join_requests", "group_bans"):
        extra = (
            [sa.Column("message", sa.Text(), nullable=False)]
            if table == "group_join_requests"
            else [
                sa.Column("banned_by_id", ID, nullable=True),
                sa.Column("reason", sa.Text(), nullable=False),
            ]
        )
        op.create_table(
            table,
            sa.Column("id", ID, nullable=False),
            sa.Column("space_id", ID, nullable=False),
            sa.Column("account_id", ID, nullable=False),
            *extra,
            sa.Column("created_at", UTC_DATETIME, nullable=False),
            sa.ForeignKeyConstraint(
                ["account_id"],
                ["accounts.id"],
                name=op.f(f"fk_{table}_account_id_accounts"),
                ondelete="CASCADE",
            ),
            sa.ForeignKeyConstraint(
                ["space_id"],
                ["spaces.id"],
                name=op.f(f"fk_{table}_space_id_spaces"),
                ondelete="CASCADE",
            ),
            *(
                [
                    sa.ForeignKeyConstraint(
                        ["banned_by_id"],
                        ["accounts.id"],
                        name=op.f("fk_group_bans_banned_by_id_accounts"),
                        ondelete="SET NULL",
                    )
                ]
                if table == "group_bans"
                else []
            ),
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
            sa.UniqueConstraint(
                "space_id", "account_id", name=op.f(f"uq_{table}_space_id_account_id")
            ),
        )
        op.create_index(op.f(f"ix_{table}_account_id"), table, ["account_id"], unique=False)


def downgrade() -> None:
    for table in ("group_bans", "group_join_requests"):
        op.drop_index(op.f(f"ix_{table}_account_id"), table_name=table)
        op.drop_table(table)
    op.drop_index(op.f("ix_groups_topic"), table_name="groups")
    op.drop_index(op.f("ix_groups_language"), table_name="groups")
    op.drop_index("ix_groups_directory", table_name="groups")
    op.drop_table("groups")
