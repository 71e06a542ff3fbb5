"""Search index with light stemming: words and their stems in separate FTS5 columns, the drafts'
vocabulary for "did you mean", and an index version stamp.

The new ``articles_fts`` starts empty. The old index (four columns, prefix variants inline) is kept as
``articles_fts_prev`` with its ``search_docs`` rows, so search still finds every draft while the new
index is built beside the open store (storage/search_rebuild.py; no stamp yet, so the store starts the
rebuild when it opens); the rebuild drops it at the end. A store with no drafts gets no old table.

Revision ID: 0011
Revises: 0007
Create Date: 2026-12-12
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0007"
branch_labels = None
depends_on = None

_TRIGGER = (
    "CREATE TRIGGER search_docs_after_delete AFTER DELETE ON search_docs BEGIN "
    "DELETE FROM articles_fts WHERE rowid = old.docid; END"
)


def upgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS search_docs_after_delete")
    indexed = op.get_bind().execute(sa.text("SELECT count(*) FROM search_docs")).scalar()
    if indexed:
        op.execute("DROP TABLE IF EXISTS articles_fts_prev")
        op.execute("ALTER TABLE articles_fts RENAME TO articles_fts_prev")  # FTS5 renames its shadow tables
    else:
        op.execute("DROP TABLE IF EXISTS articles_fts")
    op.execute(
        "CREATE VIRTUAL TABLE articles_fts USING fts5("
        "title, body, excerpt, tags, title_stem, body_stem, excerpt_stem, tags_stem, "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(_TRIGGER)
    op.create_table(
        "search_vocab",
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("term", sa.Text, primary_key=True),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "search_meta",
        sa.Column("name", sa.Text, primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS articles_fts_prev")
    op.drop_table("search_meta")
    op.drop_table("search_vocab")
    op.execute("DROP TRIGGER IF EXISTS search_docs_after_delete")
    op.execute("DROP TABLE IF EXISTS articles_fts")
    op.execute("DELETE FROM search_docs")  # the 0003 layout is rebuilt by DraftStore.reindex()
    op.execute(
        "CREATE VIRTUAL TABLE articles_fts USING fts5("
        "title, body, excerpt, tags, tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(_TRIGGER)
