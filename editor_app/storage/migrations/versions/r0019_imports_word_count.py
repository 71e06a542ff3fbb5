"""Files imported into drafts (so the same file is not imported twice by mistake); word counts
recounted by Qalam's one definition of a word (core.plain_text.word_count: vowel marks, hyphens and
number separators no longer split words); and a covering index for the drafts list, so listing
10,000 drafts reads the index only, not every body (storage.draft_queries.SUMMARY_COLUMNS).

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from editor_app.core.plain_text import article_word_count

# The drafts list's columns, newest first; keep in step with storage.draft_queries.SUMMARY_COLUMNS.
LIST_COLUMNS = ("updated_at", "trashed_at", "id", "title", "state", "site_id", "created_at", "word_count",
                "remote_id", "categories", "tags", "content_hash", "published_hash")

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_sources",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(36), sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("file_name", sa.Text, nullable=False, server_default=""),
        sa.Column("imported_at", sa.String(27), nullable=False),
    )
    op.create_index("ix_import_sources_sha256", "import_sources", ["sha256"])
    op.create_index("ix_import_sources_article", "import_sources", ["article_id"])
    op.create_index("ix_articles_list", "articles", list(LIST_COLUMNS))
    op.drop_index("ix_articles_updated_at", table_name="articles")  # ix_articles_list starts with it
    conn = op.get_bind()
    for table in ("articles", "revisions"):
        rows = conn.execute(sa.text(f"SELECT id, body_html, word_count FROM {table}")).all()
        changed = [{"n": n, "id": row_id} for row_id, body, old in rows
                   if (n := article_word_count(body or "")) != old]
        if changed:
            conn.execute(sa.text(f"UPDATE {table} SET word_count = :n WHERE id = :id"), changed)


def downgrade() -> None:
    op.create_index("ix_articles_updated_at", "articles", ["updated_at"])
    op.drop_index("ix_articles_list", table_name="articles")
    op.drop_index("ix_import_sources_article", table_name="import_sources")
    op.drop_index("ix_import_sources_sha256", table_name="import_sources")
    op.drop_table("import_sources")
