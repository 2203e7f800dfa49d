"""Forums: threads, posts, their edit history, read marks, reports, and full-text search.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 15:11:27.757269

Types are spelled out as in 0001. Search is made here by hand (storage/search.py keeps
autogenerate from seeing it): on SQLite an external-content FTS5 table over forum_posts.body,
kept in step by triggers; on PostgreSQL a GIN index on to_tsvector('simple', body). The
'simple' configuration and FTS5's unicode61 tokenizer (diacritics kept) both split words and
fold case without language-specific stemming: pupils of partner schools write many languages.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
UTC_DATETIME = sa.DateTime(timezone=True)
ENUM = sa.String(length=32)

SQLITE_SEARCH = [
    "CREATE VIRTUAL TABLE forum_posts_fts USING fts5(body, content='forum_posts', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER forum_posts_fts_insert AFTER INSERT ON forum_posts BEGIN "
    "INSERT INTO forum_posts_fts(rowid, body) VALUES (new.id, new.body); END",
    "CREATE TRIGGER forum_posts_fts_delete AFTER DELETE ON forum_posts BEGIN "
    "INSERT INTO forum_posts_fts(forum_posts_fts, rowid, body) "
    "VALUES ('delete', old.id, old.body); END",
    "CREATE TRIGGER forum_posts_fts_update AFTER UPDATE OF body ON forum_posts BEGIN "
    "INSERT INTO forum_posts_fts(forum_posts_fts, rowid, body) "
    "VALUES ('delete', old.id, old.body); "
    "INSERT INTO forum_posts_fts(rowid, body) VALUES (new.id, new.body); END",
]
POSTGRES_SEARCH = [
    "CREATE INDEX ix_forum_posts_search ON forum_posts USING gin (to_tsvector('simple', body))",
]


def upgrade() -> None:
    op.create_table(
        "forum_threads",
        sa.Column("id", ID, nullable=False),
        sa.Column("space_id", ID, nullable=False),
        sa.Column(
            "area",
            ENUM,
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("author_id", ID, nullable=True),
        sa.Column(
            "state",
            ENUM,
            nullable=False,
        ),
        sa.Column("pinned", sa.Boolean(), nullable=False),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("updated_at", UTC_DATETIME, nullable=False),
        sa.Column("last_post_id", ID, nullable=True),
        sa.Column("last_post_at", UTC_DATETIME, nullable=True),
        sa.Column("visible_posts", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["accounts.id"],
            name=op.f("fk_forum_threads_author_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["space_id"],
            ["spaces.id"],
            name=op.f("fk_forum_threads_space_id_spaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forum_threads")),
    )
    op.create_index(
        "ix_forum_threads_space_id_area_id",
        "forum_threads",
        ["space_id", "area", "id"],
        unique=False,
    )

    op.create_table(
        "forum_posts",
        sa.Column("id", ID, nullable=False),
        sa.Column("thread_id", ID, nullable=False),
        sa.Column("space_id", ID, nullable=False),
        sa.Column("author_id", ID, nullable=True),
        sa.Column("client_id", sa.String(length=64), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column(
            "state",
            ENUM,
            nullable=False,
        ),
        sa.Column("teacher_acted", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("edited_at", UTC_DATETIME, nullable=True),
        sa.Column("moderated_by_id", ID, nullable=True),
        sa.Column("moderated_at", UTC_DATETIME, nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["accounts.id"],
            name=op.f("fk_forum_posts_author_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["moderated_by_id"],
            ["accounts.id"],
            name=op.f("fk_forum_posts_moderated_by_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["space_id"],
            ["spaces.id"],
            name=op.f("fk_forum_posts_space_id_spaces"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["thread_id"],
            ["forum_threads.id"],
            name=op.f("fk_forum_posts_thread_id_forum_threads"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forum_posts")),
        sa.UniqueConstraint(
            "author_id", "client_id", name=op.f("uq_forum_posts_author_id_client_id")
        ),
    )
    op.create_index(
        "ix_forum_posts_author_id_created_at",
        "forum_posts",
        ["author_id", "created_at"],
        unique=False,
    )
    op.create_index(
        "ix_forum_posts_space_id_created_at",
        "forum_posts",
        ["space_id", "created_at"],
        unique=False,
    )
    op.create_index(
        "ix_forum_posts_space_id_state", "forum_posts", ["space_id", "state"], unique=False
    )
    op.create_index("ix_forum_posts_thread_id_id", "forum_posts", ["thread_id", "id"], unique=False)

    op.create_table(
        "forum_read_marks",
        sa.Column("id", ID, nullable=False),
        sa.Column("account_id", ID, nullable=False),
        sa.Column("thread_id", ID, nullable=False),
        sa.Column(
            "last_read_post_id",
            ID,
            nullable=False,
        ),
        sa.Column("updated_at", UTC_DATETIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_forum_read_marks_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["thread_id"],
            ["forum_threads.id"],
            name=op.f("fk_forum_read_marks_thread_id_forum_threads"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forum_read_marks")),
        sa.UniqueConstraint(
            "account_id", "thread_id", name=op.f("uq_forum_read_marks_account_id_thread_id")
        ),
    )
    op.create_index(
        op.f("ix_forum_read_marks_thread_id"), "forum_read_marks", ["thread_id"], unique=False
    )

    op.create_table(
        "forum_post_revisions",
        sa.Column("id", ID, nullable=False),
        sa.Column("post_id", ID, nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("replaced_at", UTC_DATETIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["post_id"],
            ["forum_posts.id"],
            name=op.f("fk_forum_post_revisions_post_id_forum_posts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forum_post_revisions")),
    )
    op.create_index(
        op.f("ix_forum_post_revisions_post_id"), "forum_post_revisions", ["post_id"], unique=False
    )

    op.create_table(
        "forum_reports",
        sa.Column("id", ID, nullable=False),
        sa.Column("space_id", ID, nullable=False),
        sa.Column("post_id", ID, nullable=False),
        sa.Column("reporter_id", ID, nullable=True),
        sa.Column("reason", sa.String(length=1000), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("resolved_by_id", ID, nullable=True),
        sa.Column("resolved_at", UTC_DATETIME, nullable=True),
        sa.Column("resolution", sa.String(length=1000), nullable=False),
        sa.ForeignKeyConstraint(
            ["post_id"],
            ["forum_posts.id"],
            name=op.f("fk_forum_reports_post_id_forum_posts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reporter_id"],
            ["accounts.id"],
            name=op.f("fk_forum_reports_reporter_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["resolved_by_id"],
            ["accounts.id"],
            name=op.f("fk_forum_reports_resolved_by_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["space_id"],
            ["spaces.id"],
            name=op.f("fk_forum_reports_space_id_spaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forum_reports")),
    )
    op.create_index(op.f("ix_forum_reports_post_id"), "forum_reports", ["post_id"], unique=False)
    op.create_index(
        "ix_forum_reports_space_id_resolved_at",
        "forum_reports",
        ["space_id", "resolved_at"],
        unique=False,
    )

    is_sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in SQLITE_SEARCH if is_sqlite else POSTGRES_SEARCH:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER forum_posts_fts_{trigger}")
        op.execute("DROP TABLE forum_posts_fts")
    else:
        op.execute("DROP INDEX ix_forum_posts_search")
    op.drop_index("ix_forum_reports_space_id_resolved_at", table_name="forum_reports")
    op.drop_index(op.f("ix_forum_reports_post_id"), table_name="forum_reports")

    op.drop_table("forum_reports")
    op.drop_index(op.f("ix_forum_post_revisions_post_id"), table_name="forum_post_revisions")

    op.drop_table("forum_post_revisions")
    op.drop_index(op.f("ix_forum_read_marks_thread_id"), table_name="forum_read_marks")

    op.drop_table("forum_read_marks")
    op.drop_index("ix_forum_posts_thread_id_id", table_name="forum_posts")
    op.drop_index("ix_forum_posts_space_id_state", table_name="forum_posts")
    op.drop_index("ix_forum_posts_space_id_created_at", table_name="forum_posts")
    op.drop_index("ix_forum_posts_author_id_created_at", table_name="forum_posts")

    op.drop_table("forum_posts")
    op.drop_index("ix_forum_threads_space_id_area_id", table_name="forum_threads")

    op.drop_table("forum_threads")
