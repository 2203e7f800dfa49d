"""Accounts' name keys, video sessions' space kind, archive pages (issue 21, built for size).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 22:15:00.000000

``accounts.name_key`` is the display name casefolded (Python's ``str.casefold``, which
neither SQLite's ``lower`` nor every PostgreSQL collation matches, hence a stored column
rather than an expression index). A post's mentions then read only the members whose key is
one of the post's ``@…`` candidates, instead of the whole member list of the space.
The existing rows are filled here, in batches, with the same function the model uses.

``video_sessions.space_kind`` is its space's kind, copied (a space's kind never changes):
whether a participant's role moderates video differs in a group (owners and moderators, not
members), and ``ParticipantOut.moderator`` is shown from the participant's row alone.

``ix_archive_files_space_id_id`` serves the archive listing's keyset pages (``?after=``).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 1000


def upgrade() -> None:
    op.add_column("accounts", sa.Column("name_key", sa.String(length=300), nullable=True))
    accounts = sa.table(
        "accounts",
        sa.column("id", sa.Integer),
        sa.column("display_name", sa.String),
        sa.column("name_key", sa.String),
    )
    bind = op.get_bind()
    last = 0
    while True:
        rows = bind.execute(
            sa.select(accounts.c.id, accounts.c.display_name)
            .where(accounts.c.id > last)
            .order_by(accounts.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            break
        for account_id, name in rows:
            bind.execute(
                accounts.update()
                .where(accounts.c.id == account_id)
                .values(name_key=name.casefold())
            )
        last = rows[-1][0]
    with op.batch_alter_table("accounts") as batch:
        batch.alter_column("name_key", existing_type=sa.String(length=300), nullable=False)
    op.create_index(op.f("ix_accounts_name_key"), "accounts", ["name_key"], unique=False)
    op.add_column(
        "video_sessions",
        sa.Column("space_kind", sa.String(length=32), server_default="twinspace", nullable=False),
    )
    op.create_index("ix_archive_files_space_id_id", "archive_files", ["space_id", "id"])
    op.execute(
        "UPDATE video_sessions SET space_kind = "
        "(SELECT spaces.kind FROM spaces WHERE spaces.id = video_sessions.space_id)"
    )


def downgrade() -> None:
    op.drop_index("ix_archive_files_space_id_id", table_name="archive_files")
    with op.batch_alter_table("video_sessions") as batch:
        batch.drop_column("space_kind")
    op.drop_index(op.f("ix_accounts_name_key"), table_name="accounts")
    with op.batch_alter_table("accounts") as batch:
        batch.drop_column("name_key")
