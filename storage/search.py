"""Full-text search over forum posts: SQLite FTS5 or PostgreSQL full text, one interface.

The search structures are made by hand in migration 0002 (models cannot declare an FTS5
table or an expression index portably), so autogenerate is told to leave them alone
(:func:`include_name`). Both backends split a query into words and match posts holding
every word, case-insensitively, with no stemming: pupils write many languages.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnElement, func, literal_column, text

from .models import ForumPost

#: Names that exist only in the migration: the FTS5 table (and the shadow tables FTS5
#: makes for it) on SQLite, the GIN index on PostgreSQL.
HAND_MADE_PREFIXES = ("forum_posts_fts", "ix_forum_posts_search")

#: Words of a query; everything else (quotes, operators) is dropped, so no query syntax
#: reaches FTS5 or to_tsquery from a client.
_WORD = re.compile(r"\w+", re.UNICODE)
#: Most words one query may hold (default 16); more are ignored.
MAX_QUERY_WORDS = 16


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """Alembic's include_name hook: skip the hand-made search objects."""
    return not (name is not None and name.startswith(HAND_MADE_PREFIXES))


def query_words(query: str) -> list[str]:
    return _WORD.findall(query)[:MAX_QUERY_WORDS]


def matches(dialect: str, words: list[str]) -> ColumnElement[bool]:
    """A condition on ForumPost true for posts holding every word (``words`` not empty)."""
    if dialect == "sqlite":
        # Each word quoted: FTS5 reads a quoted string as a plain token sequence.
        fts_query = " ".join('"' + word.replace('"', '""') + '"' for word in words)
        return ForumPost.id.in_(
            text("SELECT rowid FROM forum_posts_fts WHERE forum_posts_fts MATCH :fts").bindparams(
                fts=fts_query
            )
        )
    vector = func.to_tsvector(literal_column("'simple'"), ForumPost.body)
    query = func.plainto_tsquery(literal_column("'simple'"), " ".join(words))
    return vector.bool_op("@@")(query)
