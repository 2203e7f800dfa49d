"""Reactions to posts (issue 21): one row per person, post and kind.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 01:50:00.000000

``forum_reactions`` holds who reacted with which kind (protocol.vocabulary.ReactionKind,
stored by value) to which post. Its primary key (post, kind, account) makes each reaction
once per person and serves a page's counts from the index alone; the index on (account,
post) serves the reader's own reactions to a page. Both go with their post (a purge) or
their account.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0014"
down_revision: str | Sequence[str] | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
UTC_DATETIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "forum_reactions",
        sa.Column("post_id", ID, nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("account_id", ID, nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_forum_reactions_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["post_id"],
            ["forum_posts.id"],
            name=op.f("fk_forum_reactions_post_id_forum_posts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("post_id", "kind", "account_id", name=op.f("pk_forum_reactions")),
    )
    op.create_index(
        "ix_forum_reactions_account_id_post_id",
        "forum_reactions",
        ["account_id", "post_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_forum_reactions_account_id_post_id", table_name="forum_reactions")
    op.drop_table("forum_reactions")
